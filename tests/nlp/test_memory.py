"""The memory's pure part: invented texts, with the lookalikes it must not fire on."""

from __future__ import annotations

import unicodedata

from annotator.nlp.base import Suggestion
from annotator.nlp.memory import (
    MEMORY,
    Policy,
    Rejection,
    Worked,
    apply_memory,
    build_table,
    recall,
    surface_keys,
)


def marked(text: str, *pieces: tuple[str, str, int]) -> Worked:
    """A worked document with `surface` labelled `label` at its n-th occurrence (0 first)."""
    spans = []
    for surface, label, nth in pieces:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        spans.append((start, start + len(surface), label))
    return Worked(text, tuple(spans))


COMMITTEE = "Ủy ban Thường vụ Quốc hội"
WORKED = [
    marked(f"Hôm qua {COMMITTEE} họp phiên thứ 30.", (COMMITTEE, "ORG", 0)),
    marked(f"Sáng nay {COMMITTEE} cho ý kiến.", (COMMITTEE, "ORG", 0)),
]


def spans_of(found: list[Suggestion], text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in found]


def test_a_surface_labelled_in_earlier_documents_is_recalled_with_its_label() -> None:
    table = build_table(WORKED)
    text = f"Chiều 5/12, {COMMITTEE} khai mạc phiên họp."
    found = recall(table, text, Policy())
    assert spans_of(found, text) == [(COMMITTEE, "ORG")]
    assert found[0].suggester == MEMORY
    assert found[0].score == (2 + 1) / (2 + 2)


def test_case_and_tone_placement_are_folded_and_offsets_are_those_of_the_text() -> None:
    table = build_table(WORKED)
    headline = "UỶ BAN THƯỜNG VỤ QUỐC HỘI HỌP"
    (found,) = recall(table, headline, Policy())
    assert headline[found.start : found.end] == "UỶ BAN THƯỜNG VỤ QUỐC HỘI"


def test_nfd_text_is_matched_and_its_offsets_point_into_it() -> None:
    table = build_table(WORKED)
    text = unicodedata.normalize("NFD", f"Theo {COMMITTEE}, dự án luật")
    (found,) = recall(table, text, Policy())
    assert unicodedata.normalize("NFC", text[found.start : found.end]) == COMMITTEE


def test_a_surface_is_found_only_on_whole_syllables() -> None:
    table = build_table([marked("Ông Nam Anh phát biểu.", ("Nam Anh", "PER", 0))] * 2)
    text = "Ông Nam Anhxtanh và ông Nam Anh."
    assert spans_of(recall(table, text, Policy()), text) == [("Nam Anh", "PER")]


def test_a_surface_left_bare_as_often_as_marked_does_not_qualify() -> None:
    text = "Chính phủ họp. Chính phủ bàn. Chính phủ duyệt. Chính phủ nghe."
    worked = [marked(text, ("Chính phủ", "ORG", 0), ("Chính phủ", "ORG", 1))]
    table = build_table(worked)
    entry = table.entries[surface_keys("Chính phủ")]
    assert (entry.labels["ORG"], entry.bare) == (2, 2)
    assert recall(table, "Chính phủ quyết định.", Policy(min_ratio=0.6)) == []
    assert recall(table, "Chính phủ quyết định.", Policy(min_ratio=0.5)) != []


def test_an_occurrence_inside_a_longer_span_is_not_bare() -> None:
    text = f"{COMMITTEE} và Quốc hội. {COMMITTEE} họp."
    worked = [marked(text, (COMMITTEE, "ORG", 0), ("Quốc hội", "ORG", 1), (COMMITTEE, "ORG", 1))]
    entry = build_table(worked).entries[surface_keys("Quốc hội")]
    assert (entry.labels["ORG"], entry.bare) == (1, 0)


def test_a_surface_inside_a_longer_remembered_name_takes_the_longer_name() -> None:
    worked = [*WORKED, *[marked("Quốc hội họp.", ("Quốc hội", "ORG", 0))] * 2]
    text = f"{COMMITTEE} và Quốc hội."
    found = recall(build_table(worked), text, Policy())
    assert spans_of(found, text) == [(COMMITTEE, "ORG"), ("Quốc hội", "ORG")]


def test_single_syllables_and_rare_surfaces_need_the_policy_to_allow_them() -> None:
    table = build_table([marked("Bộ Tài chính và Mỹ.", ("Mỹ", "LOC", 0))] * 2)
    text = "Phía Mỹ cho biết."
    assert recall(table, text, Policy(min_syllables=2)) == []
    assert spans_of(recall(table, text, Policy(min_syllables=1)), text) == [("Mỹ", "LOC")]
    assert recall(table, text, Policy(min_syllables=1, min_count=3)) == []


def test_fill_extend_and_relabel_meet_the_other_suggestions_as_the_policy_says() -> None:
    table = build_table(WORKED)
    text = f"{COMMITTEE} họp."
    quoc_hoi = text.index("Quốc hội")
    inner = Suggestion(quoc_hoi, quoc_hoi + len("Quốc hội"), "ORG", "rules", 0.9)
    extended = apply_memory(table, text, [inner], Policy(extend=True))
    assert spans_of(extended, text) == [(COMMITTEE, "ORG")]
    assert apply_memory(table, text, [inner], Policy(extend=False)) == [inner]
    same = Suggestion(0, len(COMMITTEE), "EVENT", "rules", 0.9)
    assert apply_memory(table, text, [same], Policy(relabel=False)) == [same]
    relabelled = apply_memory(table, text, [same], Policy(relabel=True))
    assert [(s.label, s.suggester) for s in relabelled] == [("ORG", MEMORY)]
    assert apply_memory(table, text, [], Policy(fill=False)) == []


def test_a_memory_span_that_cuts_a_suggestion_leaves_it_alone() -> None:
    table = build_table(WORKED)
    text = f"Phó Chủ tịch {COMMITTEE} Nguyễn Văn A."
    role = Suggestion(0, len(text) - len(" Nguyễn Văn A."), "ROLE", "rules", 0.9)
    assert apply_memory(table, text, [role], Policy()) == [role]


def test_a_suggestion_rejected_often_and_never_accepted_is_held_back() -> None:
    text = "Đại hội thể thao diễn ra."
    wrong = (0, len("Đại hội"), "EVENT")
    table = build_table([], [Rejection(text, wrong), Rejection(text, wrong)])
    suggestion = Suggestion(*wrong, "rules", 0.6)
    assert apply_memory(table, text, [suggestion], Policy(hold_back=2)) == []
    assert apply_memory(table, text, [suggestion], Policy(hold_back=3)) == [suggestion]
    assert apply_memory(table, text, [suggestion], Policy(hold_back=0)) == [suggestion]


def test_a_rejected_surface_the_user_also_accepted_is_kept() -> None:
    text = "Đại hội Đảng khai mạc."
    span = (0, len("Đại hội Đảng"), "EVENT")
    worked = [Worked(text, (span,))]
    table = build_table(worked, [Rejection(text, span)] * 3)
    suggestion = Suggestion(*span, "rules", 0.6)
    assert apply_memory(table, text, [suggestion], Policy(hold_back=2)) == [suggestion]


def test_a_surface_with_two_labels_is_remembered_with_the_usual_one_only_if_it_dominates() -> None:
    text = "Hội nghị Trung ương họp."
    as_event = Worked(text, ((0, len("Hội nghị Trung ương"), "EVENT"),))
    as_org = Worked(text, ((0, len("Hội nghị Trung ương"), "ORG"),))
    table = build_table([as_event, as_event, as_org])
    (found,) = recall(table, text, Policy(min_ratio=0.6))
    assert found.label == "EVENT"
    assert recall(table, text, Policy(min_ratio=0.7)) == []


def test_an_occurrence_under_a_long_span_that_holds_shorter_ones_is_not_bare() -> None:
    """The long span starts first, a short one after it ends sooner: the occurrence
    after the short one is still under the long one (the furthest end, not the last)."""
    text = f"Kỳ họp của {COMMITTEE} và Quốc hội khóa XI. Quốc hội họp."
    long_event = (0, text.index(" khóa XI") + len(" khóa XI"), "EVENT")
    committee = (text.index(COMMITTEE), text.index(COMMITTEE) + len(COMMITTEE), "ORG")
    worked = [
        Worked(text, (long_event, committee)),
        marked("Quốc hội họp.", ("Quốc hội", "ORG", 0)),
    ]
    entry = build_table(worked).entries[surface_keys("Quốc hội")]
    assert (entry.labels["ORG"], entry.bare) == (1, 1)
