"""The EVENT rules' closed word lists are data a project can extend, not code.

Written here, not copied from an article. A project's own list of a kind adds
to the shipped one; the lists are read by the rules only, never as CRF features.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.resources import resource_path
from annotator.nlp.crf.features import gazetteer_tags, load_gazetteers
from annotator.nlp.rules import RuleSuggester
from annotator.nlp.rules.gazetteer import RULES_ONLY, read_gazetteer_file
from annotator.nlp.rules.lines import keys_of
from tests.nlp.marked import check_marked, parse_marked


def _events(rules: RuleSuggester, text: str) -> set[str]:
    return {text[s.start : s.end] for s in rules.suggest(text) if s.label == "EVENT"}


# Each kind with a sentence whose EVENT depends on one word of its list, and a word
# the shipped list lacks that a project's own list adds.
PROJECT_WORDS = [
    (
        "event_manners",
        "Tỉnh ủy đã tổ chức [cuộc họp nóng bỏng]EVENT về đất đai.",
        "nóng bỏng",
    ),
    (
        "event_modifiers",
        "Sáng nay diễn ra [hội nghị liên vùng]EVENT tại Cần Thơ.",
        "liên vùng",
    ),
    (
        "counted_people",
        "Tỉnh ủy đã [kỷ luật]EVENT 12 giáo viên vi phạm.",
        "giáo viên",
    ),
    (
        "received_forms",
        "Ba cán bộ xã nhận hình thức [hạ lương]EVENT.",
        "hạ lương",
    ),
    (
        "arrest_verbs",
        "Công an huyện đã [bắt lại]EVENT Nguyễn Văn Hùng sáng qua.",
        "bắt lại",
    ),
    # Round 31's lists (test_rules_round31_event_word_lists.py holds their shipped words).
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


def test_the_shipped_lists_hold_their_words(rules: RuleSuggester) -> None:
    check_marked(rules, "Ban Thường vụ đã có [cuộc họp đột xuất]EVENT sáng nay.", ())
    check_marked(rules, "Quốc hội khai mạc [kỳ họp bất thường]EVENT vào tuần tới.", ())
    assert "thăm" not in _events(rules, "Thủ tướng Phan Văn Khải về thăm mẹ ở Quảng Nam.")


@pytest.mark.parametrize("kind", sorted(RULES_ONLY))
def test_each_list_is_shipped_and_reads_back_as_written(kind: str) -> None:
    entries = read_gazetteer_file(resource_path("gazetteers", f"{kind}.txt"))
    assert entries and all(e.kind == kind for e in entries)
    for entry in entries:
        keys = keys_of(entry.text)
        assert keys_of(" ".join(keys)) == keys  # folded keys fold to themselves


def test_the_crf_reads_no_rule_only_list() -> None:
    table, _ = load_gazetteers()
    assert not any(kinds & RULES_ONLY for kinds in table.values())
    tags = gazetteer_tags(list(keys_of("cuộc họp đột xuất")))
    assert not any("event_manners" in tag for row in tags for tag in row)


# Lists of the generic-event rules whose words take an EVENT away: a sentence whose
# EVENT a project's own word of the kind removes.
PROJECT_REMOVALS = [
    (
        "step_terms",
        "Luật mới quy định lại khung xét xử đối với các tội ít nghiêm trọng.",
        "xét xử",
        "khung",
    ),
    (
        "kind_handlers",
        "Chính quyền cần dập tắt các vụ tấn công vào trạm điện.",
        "vụ tấn công",
        "dập tắt",
    ),
    (
        "not_done_between",
        "Vụ án chưa được mang ra xét xử trong năm nay.",
        "xét xử",
        "mang ra",
    ),
    (
        "not_done",
        "Quốc hội tạm hoãn kỷ luật 12 đảng viên vi phạm.",
        "kỷ luật",
        "tạm hoãn",
    ),
]


@pytest.mark.parametrize(("kind", "text", "event", "word"), PROJECT_REMOVALS)
def test_a_project_list_of_generic_words_extends_the_shipped_one(
    rules: RuleSuggester, tmp_path: Path, kind: str, text: str, event: str, word: str
) -> None:
    assert event in _events(rules, text)  # the shipped list lacks the word
    (tmp_path / f"{kind}.mine.txt").write_text(f"{word}\n", encoding="utf-8")
    assert event not in _events(RuleSuggester(project_dir=tmp_path), text)
