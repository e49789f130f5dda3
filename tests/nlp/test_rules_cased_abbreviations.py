"""A gazetteer abbreviation matches only in its own case.

`Hội nghị Trung ương` is also listed as `Hội nghị TƯ`; gazetteer keys fold
letter case, so the lowercase `tư` of `Hội nghị tư pháp` once matched the
abbreviation and the meeting was cut to `Hội nghị tư`. A syllable written in
capitals in an entry now matches no word written in lowercase. Each line is
written here, not copied from an article; `[surface]LABEL` marks a span the
rules must suggest, `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from annotator.nlp.rules.gazetteer import GazetteerEntry, Gazetteers, entry_keys
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("[Hội nghị tư pháp toàn quốc]EVENT khai mạc sáng nay.", (("Hội nghị tư", "EVENT"),)),
    ("Bộ trưởng phát biểu tại [Hội nghị tư pháp]EVENT năm nay.", (("Hội nghị tư", "EVENT"),)),
    # The abbreviation in capitals still matches.
    ("Ông Lê Văn Ba, [Trưởng ban Tổ chức TƯ]ROLE, phát biểu.", ()),
    ("[Hội nghị TƯ 4]EVENT đã bế mạc.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_abbreviation_matches_only_in_capitals(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


def test_the_trie_keeps_an_abbreviation_from_a_lowercase_word() -> None:
    gaz = Gazetteers([GazetteerEntry("events", "Hội nghị Trung ương", "test.txt")])
    keys = list(entry_keys("Hội nghị TƯ"))
    upper = gaz.trie.matches(keys, 0, [False, False, False])
    lower = gaz.trie.matches(keys, 0, [False, False, True])
    assert (3, frozenset({"events"})) in upper
    assert all(end != 3 for end, _ in lower)
    # A caller that knows no case matches both, as before.
    assert (3, frozenset({"events"})) in gaz.trie.matches(keys, 0)
