"""A word glued before a person's name stays out of the PER.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not. Each glued case fails with `names_after_openers` switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# The holder's country between a trade or a post and a foreign name joins the post.
COUNTRIES: list[Case] = [
    (
        "[Nhà báo Úc]ROLE [Peter Walsh]PER viết về chuyến thăm.",
        (("Úc Peter Walsh", "PER"),),
    ),
    (
        "[Luật sư Pháp]ROLE [Jacques Vergès]PER từ chối bình luận.",
        (("Pháp Jacques Vergès", "PER"),),
    ),
]
# A foreign honorific before the name is no part of it.
HONORIFICS: list[Case] = [
    (
        "Giáo sĩ Sheikh [Hassan Nasrallah]PER phát biểu trên truyền hình.",
        (("Sheikh Hassan Nasrallah", "PER"),),
    ),
    (
        "Đón đoàn có Hoàng thân Samdech [Norodom Ranariddh]PER.",
        (("Samdech Norodom Ranariddh", "PER"),),
    ),
]
# A body's foreign name glued before a Vietnamese full name.
BODIES: list[Case] = [
    (
        "[Phó tổng giám đốc]ROLE Liên doanh dầu khí Vinapetrol [Trần Minh Khải]PER bị bắt.",
        (("Vinapetrol Trần Minh Khải", "PER"),),
    ),
]
# Lookalikes: a Vietnamese given name that spells a country, a foreign name alone.
KEPT: list[Case] = [
    ("Ông [Anh Tuấn]PER nói với phóng viên.", ()),
    ("Ông [Peter Walsh]PER nói với phóng viên.", ()),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), COUNTRIES + HONORIFICS + BODIES + KEPT)
def test_a_glued_word_stays_out_of_the_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), COUNTRIES + HONORIFICS + BODIES)
def test_each_glued_case_needs_the_rule(
    monkeypatch: pytest.MonkeyPatch, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    monkeypatch.setattr(rules_module, "names_after_openers", lambda line, spans: spans)
    with pytest.raises(AssertionError):
        check_marked(RuleSuggester(), line, wrong)
