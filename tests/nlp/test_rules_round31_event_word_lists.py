"""Round 31: more closed word lists of the EVENT rules are data a project can extend.

Written here, not copied from an article. Each kind has a sentence whose EVENT
depends on one word of its list, and a word the shipped list lacks that a
project's own list of the kind adds; the shipped words still do what the code's
tuples did.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked, parse_marked


def _events(rules: RuleSuggester, text: str) -> set[str]:
    return {text[s.start : s.end] for s in rules.suggest(text) if s.label == "EVENT"}


PROJECT_WORDS = [
    (
        "offensives",
        "Ông kể về [cuộc tổng phản công mùa xuân 1975]EVENT của quân giải phóng.",
        "tổng phản công",
    ),
    (
        "briefings",
        "Thành ủy đã tổ chức [báo cáo tóm tắt]EVENT kết quả hội nghị.",
        "báo cáo tóm tắt",
    ),
    (
        "official_meals",
        "Chủ tịch nước đã [ăn khuya]EVENT với Quốc vương Campuchia.",
        "ăn khuya",
    ),
    (
        "visited_place_heads",
        "Thủ tướng Phan Văn Khải đã đến [thăm]EVENT thị xã Hội An.",
        "thị xã",
    ),
    (
        "event_sizes",
        "Người dân đã tổ chức [cuộc biểu tình khổng lồ]EVENT ở thủ đô Kiev.",
        "khổng lồ",
    ),
    (
        "weapon_kinds",
        "Ba người chết trong [vụ tấn công bằng tên lửa siêu vượt âm]EVENT vào thành phố.",
        "siêu vượt âm",
    ),
]


@pytest.mark.parametrize(("kind", "line", "word"), PROJECT_WORDS)
def test_a_project_list_extends_the_shipped_one(
    rules: RuleSuggester, tmp_path: Path, kind: str, line: str, word: str
) -> None:
    text, marked = parse_marked(line)
    wanted = {text[s:e] for s, e, _ in marked}
    assert not wanted & _events(rules, text)  # the shipped list lacks the word
    (tmp_path / f"{kind}.mine.txt").write_text(f"{word}\n", encoding="utf-8")
    check_marked(RuleSuggester(project_dir=tmp_path), line, ())


SHIPPED = [
    "Ông kể về [cuộc tổng tiến công và nổi dậy mùa xuân 1975]EVENT của quân giải phóng.",
    "Ông Smith thắng trong [cuộc bầu cử tổng thống Mỹ]EVENT năm ngoái.",
    "Người dân đã tổ chức [cuộc biểu tình lớn]EVENT ở thủ đô Kiev.",
    "Ba người chết trong [vụ tấn công bằng tên lửa đạn đạo]EVENT vào thành phố.",
    "Thủ tướng Phan Văn Khải đã đến [thăm]EVENT thành phố Hội An.",
]


@pytest.mark.parametrize("line", SHIPPED)
def test_the_shipped_lists_hold_their_words(rules: RuleSuggester, line: str) -> None:
    check_marked(rules, line, ())


def test_a_visit_to_friends_is_private(rules: RuleSuggester) -> None:
    """`bạn` joined the shared `private_visits` list when the travel rule's own copy
    of it became data: a delegation's visit to friends is private, as to kin."""
    text = "Sau buổi làm việc, đoàn đại biểu tỉnh đã đi thăm bạn bè cũ ở Viêng Chăn."
    assert "thăm" not in _events(rules, text)
