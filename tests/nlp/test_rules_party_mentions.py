"""A foreign party named once after `đảng` is an ORG wherever its own name stands alone.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label. Each marked case of `MENTIONS` fails with `propagate_party_names`
switched off, each of `LETTERS` with a party's letters no name.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from annotator.nlp.rules.bodies.parties import party_names
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

MENTIONS: list[Case] = [
    # Named with `đảng` once, the bare name later is the party, not a person.
    (
        "Ông Tanjung rời đảng Halvorsk năm ngoái. Nhiều người lo ngại [Halvorsk]ORG sẽ thắng.",
        (("Halvorsk", "PER"),),
    ),
    (
        "Cử tri ủng hộ Đảng Avanti Sardegna. Ông là người sáng lập [Avanti Sardegna]ORG.",
        (("Avanti Sardegna", "PER"),),
    ),
    # After `đảng cầm quyền` the gold marks the name alone.
    ("Các thành viên đảng cầm quyền [PRX]ORG họp kín.", ()),
    # A post right before the bare name holds it in the party: one ROLE.
    (
        "Ông được bầu vào đảng Halvorsk. Tân [chủ tịch Halvorsk]ROLE sẽ phát biểu.",
        (("Halvorsk", "ORG"),),
    ),
]
LETTERS: list[Case] = [
    # A party known by its letters, with the word `đảng`.
    ("Lãnh đạo [đảng PRX]ORG của ông Moreau phản đối.", ()),
]
KEPT: list[Case] = [
    # A party named after a place leaves the place's other mentions a place.
    ("Ông dẫn đầu đảng Ukraine của chúng ta. Cử tri [Ukraine]LOC đi bầu.", (("Ukraine", "ORG"),)),
    # Letters that are a body of their own stay that body's.
    ("Ban cán sự Đảng UBND tỉnh đã họp.", (("Đảng UBND", "ORG"),)),
    # A person with no party named before keeps being a person.
    ("Ông [Halvorsk]PER phát biểu tại cuộc họp.", ()),
    # A full name after a post over `đảng` is the holder's, no party.
    (
        "Ông là đồng minh của cựu chủ tịch đảng Omar Bakrie. Sau đó [Omar Bakrie]PER từ chức.",
        (("Omar Bakrie", "ORG"),),
    ),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), MENTIONS + LETTERS + KEPT)
def test_party_names_carried_to_bare_mentions(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), MENTIONS)
def test_each_mention_needs_the_carrier(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(rules_module, "propagate_party_names", lambda chosen: None)
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), LETTERS + MENTIONS[2:3])
def test_each_party_of_letters_needs_them_read(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(party_names, "_party_letters", lambda line, i: False)
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
