"""A name at a headline's end stops before the lead's `Sáng nay`, and stays a name.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

LEADS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A one-word name after a post, glued to the lead's time of day.
    (
        "Chấp thuận đơn từ chức của [Bộ trưởng]ROLE [Khang]PER Chiều nay, văn phòng đã thông báo.",
        (("Khang Chiều", "PER"),),
    ),
    # A full name glued to the lead.
    (
        "Bắt giam nguyên [giám đốc]ROLE [Trần Văn Lâm]PER Tối nay, cơ quan điều tra khám xét.",
        (("Trần Văn Lâm Tối", "PER"),),
    ),
    # A name whose last syllable is a time word stays whole.
    ("Ông [Nguyễn Văn Sáng]PER cho biết đã nộp đơn.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), LEADS)
def test_a_name_ends_before_the_leads_time(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
