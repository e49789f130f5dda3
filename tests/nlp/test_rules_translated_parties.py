"""A foreign party named in sentence case after `đảng` is one ORG, the head inside.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label. Each marked case fails with `translated_parties` switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

PARTIES: list[Case] = [
    # A party word in lowercase after the capitalised one stays in the name.
    ("Thủ lĩnh [đảng Dân chủ tự do]ORG tuyên bố rút lui.", (("đảng Dân chủ", "ORG"),)),
    ("Theo [Đảng Các khu vực]ORG, cuộc bỏ phiếu không hợp lệ.", ()),
    # The lowercase syllable that completes a capitalised word, then the abbreviation.
    ("Lãnh đạo [đảng Thịnh vượng Quốc gia (PNP)]ORG phản đối.", ()),
    ("Ông gia nhập [đảng Hòa hợp Dân tộc]ORG năm ngoái.", ()),
    ("Cuộc họp của [Công đảng]ORG đã kết thúc.", ()),
]
ENDS: list[Case] = [
    # Any other lowercase word, and a foreign person's name, end the party's name.
    ("Ông Karl của [đảng Tự do]ORG theo đường lối cứng rắn.", (("đảng Tự do theo", "ORG"),)),
    (
        "Ứng viên [đảng Dân chủ]ORG [John Kerry]PER thua cuộc.",
        (("đảng Dân chủ John Kerry", "ORG"),),
    ),
    # Another body after `Đảng` is no party's name.
    ("Ban cán sự Đảng Chính phủ đã họp.", (("Đảng Chính phủ", "ORG"),)),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), PARTIES + ENDS)
def test_parties_in_sentence_case(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), PARTIES)
def test_each_party_needs_the_finder(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(rules_module, "translated_parties", lambda line: [])
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
