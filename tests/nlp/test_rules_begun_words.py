"""After a post, a capitalised syllable that a lowercase one goes on is no given name.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.relations import suggest_relations
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

BEGUN: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A body's first syllable after the post, the rest in lowercase.
    (
        "Bà Lan, [Phó tổng giám đốc]ROLE Liên doanh vận tải Sao Mai, đã từ chức.",
        (("Liên", "PER"),),
    ),
    ("Theo [Chánh án]ROLE Tòa nhân dân huyện, hồ sơ đã đủ.", (("Tòa", "PER"),)),
    # A foreign minister's field, then the holder's name.
    (
        "[Bộ trưởng]ROLE An sinh xã hội [Maria Lopez]PER đã tới thăm vùng lũ.",
        (("An", "PER"),),
    ),
    # The source lost the space after the body: `Chính phủcông nhận`.
    ("Năm nay, [Thủ tướng]ROLE Chính phủđã ký quyết định mới.", (("Chính", "PER"),)),
    # A given name alone is followed by what the person does, and stays.
    ("[Thứ trưởng]ROLE [Hải]PER cho rằng việc này cần làm ngay.", ()),
    ("[Giám đốc]ROLE [Minh]PER, người ký hợp đồng, vắng mặt.", ()),
    # A foreign-shaped name is spelt apart and stays before any verb.
    ("[Tổng thống]ROLE [Bush]PER ca ngợi khoản viện trợ.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BEGUN)
def test_a_begun_word_after_a_post_is_no_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


def test_no_holder_is_drawn_to_a_begun_word(rules: RuleSuggester) -> None:
    """The demo's `Thủ tướng Chính phủcông nhận`: no PER, so no HOLDS to the post."""
    text = "Và nay, Thủ tướng Chính phủcông nhận huyện Hòa Bình đạt chuẩn nông thôn mới."
    spans = rules.suggest(text)
    assert not [s for s in spans if s.label == "PER"]
    ranges = [(s.start, s.end, s.label) for s in spans]
    kinds = {r.type for r in suggest_relations(text, ranges)}
    assert "HOLDS" not in kinds
