"""A post gives back the first word of the name or time it ran on over.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A foreigner's given name before the family name the rules found.
    (
        "Ông hội đàm với [Bộ trưởng Quốc phòng]ROLE [Lloyd Austin]PER tại Lầu Năm Góc.",
        (("Bộ trưởng Quốc phòng Lloyd", "ROLE"),),
    ),
    # A name written with an initial.
    ("[Chủ tịch Thượng viện Pháp]ROLE [G.Larcher]PER tiếp đoàn.", ()),
    # The `hôm` of `hôm qua` after a post with a foreign body.
    ("Ông gặp [giám đốc điều hành tập đoàn Intel]ROLE [hôm qua]DATE tại Hà Nội.", ()),
    # Lookalikes: a place or body with a dot stays in the post; a two-word name stays whole.
    ("[Phó chủ tịch UBND TP.HCM]ROLE phát biểu.", (("TP.HCM", "PER"),)),
    (
        "[Người phát ngôn Điện Kremlin]ROLE [Dmitry Peskov]PER cho biết.",
        (("Kremlin Dmitry Peskov", "PER"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_post_gives_back_the_next_words_start(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
