"""A small project whose first document marks a long club name, for the memory's tests."""

from __future__ import annotations

from annotator.core.model import PENDING, SourceDocument
from annotator.core.operations import AddSpan, SetStatus
from annotator.store import create_project, open_project

CLUB = "Câu lạc bộ Doanh nhân Hà Nội"
TEXTS = [
    f"Hôm qua, {CLUB} tổ chức hội thảo về thuế.",
    f"Sáng nay, {CLUB} mở hội thảo với ông Nguyễn Văn An tại Đà Nẵng.",
    "Chiều nay, đoàn dự hội thảo tại Bảo tàng Hồ Chí Minh.",
]
WITHOUT_MEMORY = ("rules", "model")


def memory_project(path) -> list[int]:
    project = create_project(path, annotator="tester")
    try:
        return [
            project.add_document(SourceDocument(text=t, title=f"t{i}")) for i, t in enumerate(TEXTS)
        ]
    finally:
        project.close()


def spans_with_text(path, doc_ids, states=(PENDING,)) -> list[tuple]:
    """(doc_id, surface, span) of the stored spans in `states`, read on a connection of its own."""
    project = open_project(path)
    try:
        out = []
        for doc_id in doc_ids:
            text = project.document(doc_id).text
            out += [
                (doc_id, text[s.start : s.end], s) for s in project.spans(doc_id, states=states)
            ]
        return out
    finally:
        project.close()


def stored(path, doc_ids) -> list[tuple]:
    return sorted(
        (
            (doc_id, surface, s.label, s.suggester, s.confidence, s.origin)
            for doc_id, surface, s in spans_with_text(path, doc_ids)
        ),
        key=repr,
    )


def mark_club(path, doc_id: int) -> None:
    """The linguist marks the whole club in a document and sets to work on it."""
    project = open_project(path)
    try:
        session = project.session()
        start = TEXTS[0].index(CLUB)
        session.apply(AddSpan(doc_id, start, start + len(CLUB), "ORG"))
        session.apply(SetStatus(doc_id, "in_progress"))
    finally:
        project.close()
