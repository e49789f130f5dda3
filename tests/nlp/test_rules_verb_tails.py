"""A post read on over its body's name ends before the verb its holder does.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not. Each case of `VERBS` fails with `posts_before_verbs` switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

VERBS: list[Case] = [
    # A one-word verb after a body's foreign name or its state.
    (
        "Theo ông, [Giám đốc Viện Brookings]ROLE từng là cố vấn an ninh.",
        (("Giám đốc Viện Brookings từng", "ROLE"),),
    ),
    (
        "Hiệp định do [Quốc vụ khanh Bộ Hợp tác quốc tế Vương quốc Anh]ROLE ký.",
        (("Quốc vụ khanh Bộ Hợp tác quốc tế Vương quốc Anh ký", "ROLE"),),
    ),
    # The first word of a two-word verb after a lowercase field.
    (
        "Việc này sẽ do [Giám đốc Sở Quy hoạch kiến trúc]ROLE giải trình trước HĐND.",
        (("Giám đốc Sở Quy hoạch kiến trúc giải", "ROLE"),),
    ),
]
# A title that ends in such a word keeps it.
KEPT: list[Case] = [
    ("Ông được bầu làm [Tổng Thư ký]ROLE nhiệm kỳ mới.", ()),
    ("Ông là [Phó Tổng Thư ký]ROLE.", ()),
    ("Ông là [Tổ trưởng Tổ đăng ký]ROLE.", ()),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), VERBS + KEPT)
def test_a_post_ends_before_its_holders_verb(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), VERBS)
def test_each_verb_case_needs_the_rule(
    monkeypatch: pytest.MonkeyPatch, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    monkeypatch.setattr(rules_module, "posts_before_verbs", lambda line, spans: spans)
    with pytest.raises(AssertionError):
        check_marked(RuleSuggester(), line, wrong)
