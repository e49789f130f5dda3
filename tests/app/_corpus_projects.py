"""A small hand-written corpus for the search, label-all, statistics and registry tests."""

from __future__ import annotations

from annotator.core.model import SourceDocument
from annotator.core.operations import AddRelation, AddSpan, AddSuggestions, SetStatus

ARTICLES = [
    (
        "Hội nghị Tỉnh ủy",
        "Sáng 23.2.2022, Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường chủ trì hội nghị. "
        "Ông Cường yêu cầu Tỉnh ủy khẩn trương. Chủ tịch UBND tỉnh Lê Trí Thanh phát biểu.",
        {},
        "done",
    ),
    (
        "Kỳ họp HĐND",
        "Ngày 15/3, ông PHAN VIỆT CƯỜNG, Chủ tịch HĐND tỉnh, dự kỳ họp. "
        "Tỉnh ủy Quảng Nam họp; Tỉnh ủy chỉ đạo. Quốc hội khóa XV.",
        {"date": "20230315"},
        "in_progress",
    ),
    (
        "Luật mới",
        "QUỐC HỘI thông qua luật. Đoàn Nami đến Quảng Nam, gặp Phan Việt Cường.",
        {},
        "new",
    ),
]


def corpus_file(path):
    """A project file at `path` holding the corpus, closed (for the window and the CLI)."""
    from annotator.store import create_project

    project = create_project(path, annotator="tester")
    build_corpus(project)
    project.close()
    return path


def find(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def build_corpus(project) -> list[int]:
    """The three articles, annotated by hand (accepted) as each test expects, with statuses."""
    ids = [
        project.add_document(SourceDocument(text=text, title=title, meta=meta))
        for title, text, meta, _ in ARTICLES
    ]
    session = project.session()

    def add(doc: int, surface: str, label: str, nth: int = 0) -> int:
        start, end = find(ARTICLES[ids.index(doc)][1], surface, nth)
        return session.apply(AddSpan(doc, start, end, label)).spans_added[0]

    first, second, third = ids
    date = add(first, "Sáng 23.2.2022", "DATE")
    role = add(first, "Bí thư Tỉnh ủy Quảng Nam", "ROLE")
    person = add(first, "Phan Việt Cường", "PER")
    event = add(first, "hội nghị", "EVENT")
    add(first, "Cường", "PER", 1)
    add(first, "Tỉnh ủy", "ORG", 1)
    add(first, "Chủ tịch UBND tỉnh", "ROLE")
    add(first, "Lê Trí Thanh", "PER")
    session.apply(AddRelation(person, role, "HOLDS"))
    session.apply(AddRelation(event, date, "WHEN"))
    session.apply(AddRelation(person, event, "PARTICIPATES"))
    add(second, "Ngày 15/3", "DATE")
    add(second, "PHAN VIỆT CƯỜNG", "PER")
    add(second, "Chủ tịch HĐND tỉnh", "ROLE")
    add(second, "Tỉnh ủy Quảng Nam", "ORG")
    add(second, "Quốc hội", "ORG")
    start, end = find(ARTICLES[2][1], "Phan Việt Cường")
    session.apply(AddSuggestions(third, ((start, end, "PER", "rules"),)))
    for doc, (_, _, _, status) in zip(ids, ARTICLES, strict=True):
        if status != "new":
            session.apply(SetStatus(doc, status))
    return ids
