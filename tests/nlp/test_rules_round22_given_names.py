"""Round 22 rules: a person's name glued after a body's foreign name is a PER of its own.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A post or a body ran on into the name of the person after it.
    (
        "Ông tiếp [Tổng giám đốc Tập đoàn Intel]ROLE [Craig Barrett]PER tại Hà Nội.",
        (("Tổng giám đốc Tập đoàn Intel Craig Barrett", "ROLE"),),
    ),
    ("Cựu binh Marine [Thomas Hurd]PER kể lại chuyến đi.", (("Marine Thomas Hurd", "PER"),)),
    # Lookalikes: a body named after a person, a person's own full name.
    ("[Quỹ Bill Gates]ORG tài trợ dự án.", (("Bill Gates", "PER"),)),
    ("Ông được chữa tại [Bệnh viện Saint Paul]ORG.", (("Paul", "PER"),)),
    ("Theo ông [Donald Rumsfeld]PER, cuộc gặp rất tốt.", ()),
    ("Tiền vệ [Frank Lampard]PER ghi bàn ở phút 80.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_names_glued_after_bodies(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
