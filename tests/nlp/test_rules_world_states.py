"""Every state and capital is a place, in every spelling the press uses.

countries.world.txt completes the states of countries.txt: the original
spelling (`Italia`), the Sino-Vietnamese (`Luân Đôn`, `Cu Ba`) and the older
transcription by hyphen-joined syllables (`I-rắc`, `Xin-ga-po`), whose first
syllable alone is capitalised and counts for the whole. Unlisted, a state was
read into a person's name (`Thủ tướng Italia Silvio Berlusconi`) or missed
(`Syria và Libăng`, news21 at blind time). Lines are written here.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Đây là một vụ bê bối chống lại [Syria]LOC và [Libăng]LOC.", ()),
    (
        "[Thủ tướng Italia]ROLE [Silvio Berlusconi]PER đã bác bỏ.",
        (("Italia Silvio Berlusconi", "PER"),),
    ),
    ("Đoàn đã đến [U-crai-na]LOC và [Mát-xcơ-va]LOC.", ()),
    ("Quân đội Mỹ vẫn đóng ở [I-rắc]LOC.", ()),
    ("Hội nghị diễn ra tại [Luân Đôn]LOC và [Xin-ga-po]LOC.", ()),
    # Lookalike: hyphen-joined syllables of no listed place stay unmarked.
    ("Ông đến Pa-ta-li-a hôm qua.", (("Pa-ta-li-a", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_state_in_any_press_spelling_is_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
