"""Round 21 rules: a post of `Bộ` + a list of fields is one post over several ministries.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The fields after the one `Bộ` belong to the post.
    (
        "Cử tri hỏi trách nhiệm của [Bộ trưởng Bộ Tài chính, Công Thương]ROLE ra sao.",
        (("Bộ trưởng Bộ Tài chính", "ROLE"),),
    ),
    (
        "Sẽ chất vấn [Bộ trưởng các bộ Y tế, Xây dựng và Ngoại giao]ROLE tại kỳ họp.",
        (("Bộ trưởng các bộ Y tế", "ROLE"),),
    ),
    # Lookalikes: a body of its own after the comma; two posts; an aside after the post.
    (
        "[Thứ trưởng Bộ Công an]ROLE, [Công an tỉnh Nghệ An]ORG cùng có mặt.",
        (),
    ),
    ("[Bộ trưởng Bộ Tài chính]ROLE và [Bộ trưởng Bộ Ngoại giao]ROLE cùng dự.", ()),
    ("Ông [Tô Lâm]PER, [Bộ trưởng Bộ Công an]ROLE, cho biết.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_post_of_one_ministry_word_takes_the_fields_listed_after_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
