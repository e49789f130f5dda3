"""Knowing the corpus on 100,000 documents: search's first page, label-all, registry build.

The project is written directly (the import path is benchmarked apart):
each document is a short political report made of a template sentence with
an official's role and name (2,000 names, so each person recurs), a short
form of the name (`Ông Cường`), a body and a date, plus two sentences of
the shipped demo articles. About eight accepted spans per document, a full-
text index, and `Trà Leng` in exactly one document in ten (10,000 hits).

Each figure is printed with a floor measured in the same run on the same
file: the bare FTS query plus reading the texts of one page (search), a
bare read of the documents' texts and spans plus an executemany of as
many span rows and a commit (label-all), and a bare
read of every mention with its surface plus an executemany of as many link
rows (registry). The targets are absolute: first page p95 ≤ 50 ms,
label-all over 10,000 hits ≤ 2 s, registry build ≤ 30 s.
"""

from __future__ import annotations

import hashlib
import random
import statistics
import time
from pathlib import Path

import pytest

from annotator.app.registry.build import plan_registry_update
from annotator.app.registry.files import write_registry
from annotator.app.search.engine import SearchRun
from annotator.app.search.label_all import plan_label_all
from annotator.core.resources import resource_path
from annotator.core.search_query import SearchQuery, parse_query
from annotator.core.textpack import pack
from annotator.store import create_project
from annotator.store.texts import read_texts, span_surfaces

DOCUMENTS = 100_000
# Label-all runs (with an undo after each); the fastest counts, as other
# programs on a shared machine slow some runs down.
ROUNDS = 3
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Việt", "Xuân", "Trí", "Thanh"]
GIVENS = [
    "Cường",
    "Dũng",
    "Thanh",
    "Hùng",
    "Lan",
    "Hương",
    "Tuấn",
    "Nghĩa",
    "Sơn",
    "Phong",
    "Hải",
    "Long",
    "Nam",
    "Bình",
    "Hòa",
    "Thủy",
    "Quân",
    "Trung",
    "Hiếu",
    "Khánh",
]
ROLES = (
    "Bí thư Tỉnh ủy",
    "Chủ tịch UBND tỉnh",
    "Phó Chủ tịch HĐND tỉnh",
    "Giám đốc Sở Y tế",
    "Phó Bí thư Thường trực Tỉnh ủy",
)
BODIES = ("Ban Thường vụ Tỉnh ủy", "UBND tỉnh", "Thường trực HĐND tỉnh", "Sở Nội vụ")
PROVINCES = [
    "Quảng Nam",
    "Hà Tĩnh",
    "Nghệ An",
    "Thanh Hóa",
    "Đắk Nông",
    "Cà Mau",
    "Lào Cai",
    "Bắc Ninh",
]


def _filler() -> list[str]:
    """Sentences of the demo articles (without the place planted in one document in ten)."""
    sentences = []
    for path in sorted(resource_path("demo").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            sentences += [s.strip() + "." for s in line.split(". ") if len(s) > 40]
    return [s for s in sentences if "Trà Leng" not in s]


def _document(rng: random.Random, i: int, filler: list[str]) -> tuple[str, list[tuple]]:
    """One text and its spans (start, end, label)."""
    names = [(rng.choice(SURNAMES), rng.choice(MIDDLES), rng.choice(GIVENS)) for _ in range(2)]
    role, body, province = rng.choice(ROLES), rng.choice(BODIES), rng.choice(PROVINCES)
    parts: list[tuple[str, str | None]] = [
        (f"Bài {i}: hội nghị tại {province}\n", None),
        (
            f"Sáng {rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.choice((2021, 2022, 2023))}",
            "DATE",
        ),
        (", ", None),
        (body, "ORG"),
        (" tổ chức hội nghị. ", None),
        (role, "ROLE"),
        (" ", None),
        (" ".join(names[0]), "PER"),
        (" chủ trì hội nghị. Ông ", None),
        (names[0][2], "PER"),
        (" yêu cầu các cấp thực hiện nghiêm. Tham dự có ông ", None),
        (" ".join(names[1]), "PER"),
        (f". {rng.choice(filler)} {rng.choice(filler)}", None),
    ]
    if i % 10 == 0:
        parts.append((" Đoàn công tác đến xã Trà Leng.", None))
    text, spans = "", []
    for piece, label in parts:
        if label:
            spans.append((len(text), len(text) + len(piece), label))
        text += piece
    return text, spans


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    build_corpus_file(path)
    return path


def build_corpus_file(path: Path) -> None:
    """The benchmark's project, written with plain inserts in one transaction."""
    project = create_project(path, annotator="bench")
    rng, filler = random.Random(14), _filler()
    conn = project._conn
    began = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO annotators (name, created) VALUES ('bench', 0)")
    statuses = ("new", "in_progress", "done", "reviewed")
    span_rows = []
    for i in range(1, DOCUMENTS + 1):
        text, spans = _document(rng, i, filler)
        conn.execute(
            "INSERT INTO documents (id, title, title_key, status, text_hash, length, created, "
            "updated) VALUES (?, ?, '', ?, ?, ?, 0, 0)",
            (i, text.split("\n")[0], statuses[i % 4], hashlib.sha256(text.encode()).hexdigest())
            + (len(text),),
        )
        conn.execute("INSERT INTO document_bodies (doc_id, body) VALUES (?, ?)", (i, pack(text)))
        conn.execute("INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", (i, text))
        span_rows += [(i, s, e, label) for s, e, label in spans]
    conn.executemany(
        'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
        "created, updated) VALUES (?, ?, ?, ?, 'bench', 'manual', 'accepted', 0, 0)",
        span_rows,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    print(
        f"\n{DOCUMENTS:,} documents and {len(span_rows):,} spans written in "
        f"{time.perf_counter() - began:.0f} s"
    )
    project.close()


def _p95(samples: list[float]) -> float:
    return sorted(samples)[max(0, round(len(samples) * 0.95) - 1)] * 1000


QUERIES = (
    "quoc hoi",
    "Bí thư Tỉnh ủy",
    "Trà Leng",
    "nguyen van cuong",
    "Phan Việt Cường",
    "hội nghị",
    'label:ROLE "Giám đốc"',
    "label:PER",
    "Chủ tịch HĐND",
    "Lào Cai",
)


def test_search_first_page(corpus: Path) -> None:
    from annotator.store import open_project

    project = open_project(corpus)
    try:
        ours, floor = [], []
        for _ in range(6):
            for text in QUERIES:
                query = parse_query(text, match_diacritics=text[0].isupper())
                began = time.perf_counter()
                page = next(SearchRun(project, query).pages(page_size=50), [])
                ours.append(time.perf_counter() - began)
                assert len(page) == 50, text
                floor.append(_floor_page(project, text))
        rare = parse_query("QUỐC HỘI", match_case=True)  # every document matches but this casing
        began = time.perf_counter()
        next(SearchRun(project, rare).pages(page_size=50), [])
        scan = time.perf_counter() - began
    finally:
        project.close()
    p95, base = _p95(ours), _p95(floor)
    print(
        f"\nsearch first page (50 hits), {len(ours)} searches of {len(QUERIES)} queries: "
        f"p95 {p95:.1f} ms, median {statistics.median(ours) * 1000:.1f} ms; floor (bare FTS "
        f"page + its texts) p95 {base:.1f} ms; ratio {p95 / base:.2f}x; target ≤ 50 ms"
    )
    print(f"a case-sensitive casing found nowhere (scans every candidate): {scan:.2f} s")
    assert p95 <= 50


def _floor_page(project, text: str) -> float:
    from annotator.store.corpus_search import fts_phrase

    phrase = fts_phrase(text.replace("label:ROLE", "").replace("label:PER", "") or "x")
    began = time.perf_counter()
    conn = project._conn
    if phrase is None:
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id LIMIT 50")]
    else:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid LIMIT 50",
                (phrase,),
            )
        ]
    read_texts(conn, ids)
    return time.perf_counter() - began


def test_label_all_over_10000_hits(corpus: Path) -> None:
    """Plan (the search and the checks) plus apply, as one undo step; the best of ROUNDS."""
    from annotator.store import open_project

    project = open_project(corpus, annotator="bench")
    try:
        session = project.session()
        results: dict[bool, list[tuple[float, float, float]]] = {False: [], True: []}
        for _ in range(ROUNDS):
            for accept in (False, True):
                began = time.perf_counter()
                plan = plan_label_all(project, SearchQuery(text="Trà Leng"), "LOC", accept=accept)
                planned = time.perf_counter() - began
                change = session.apply(plan.operation())
                total = time.perf_counter() - began
                assert plan.count == DOCUMENTS // 10 == len(change.spans_added)
                began = time.perf_counter()
                session.undo()
                results[accept].append((total, planned, time.perf_counter() - began))
        floor = min(_floor_label_all(project, DOCUMENTS // 10) for _ in range(ROUNDS))
    finally:
        project.close()
    for accept, runs in results.items():
        total, planned, undo = min(runs)
        how = "accepted" if accept else "pending"
        print(
            f"\nlabel-all {DOCUMENTS // 10:,} hits ({how}), best of {ROUNDS}: {total:.2f} s "
            f"(plan {planned:.2f} s, apply {total - planned:.2f} s), undo {undo:.2f} s; all runs "
            f"{', '.join(f'{t:.2f}' for t, _, _ in runs)} s; floor (bare read of those documents' "
            f"texts and spans, insert of as many rows, commit) {floor:.3f} s; "
            f"ratio {total / floor:.1f}x; target ≤ 2 s"
        )
    assert max(min(runs)[0] for runs in results.values()) <= 2.0


def _floor_label_all(project, count: int) -> float:
    """The least a label-all must do: read the texts and spans of the documents, insert, commit."""
    conn = project._conn
    ids = [i * 10 for i in range(1, count + 1)]
    began = time.perf_counter()
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ",".join("?" * len(part))
        read_texts(conn, part)
        conn.execute(
            f'SELECT id, doc_id, start, "end", label, state FROM annotations WHERE doc_id IN ({marks})',
            part,
        ).fetchall()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
        "created, updated) VALUES (?, 1, 2, 'LOC', 'bench', 'manual', 'pending', 0, 0)",
        [(doc_id,) for doc_id in ids],
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - began
    conn.execute("DELETE FROM annotations WHERE label = 'LOC' AND start = 1 AND \"end\" = 2")
    return elapsed


def test_registry_build(corpus: Path) -> None:
    from annotator.store import open_project

    project = open_project(corpus, annotator="bench")
    try:
        floor = _floor_registry(project)
        began = time.perf_counter()
        update = plan_registry_update(project)
        planned = time.perf_counter() - began
        project.session().apply(update.operation())
        total = time.perf_counter() - began
        persons = len(project.registry_entities("person"))
        began = time.perf_counter()
        files = write_registry(project, corpus.parent / "registry")
        written = time.perf_counter() - began
    finally:
        project.close()
    print(f"\nregistry files written in {written:.1f} s: {files.summary()}")
    print(
        f"\nregistry build: {total:.1f} s (plan {planned:.1f} s, apply {total - planned:.1f} s): "
        f"{update.summary()}; {persons:,} persons; floor (read every mention with its surface, "
        f"insert as many link rows) {floor:.1f} s; ratio {total / floor:.1f}x; target ≤ 30 s"
    )
    assert update.count("suggested") >= DOCUMENTS  # every "Ông Cường" waits for the linguist
    assert total <= 30


def _floor_registry(project) -> float:
    conn = project._conn
    began = time.perf_counter()
    spans = conn.execute(
        'SELECT a.id, a.doc_id, a.start, a."end" FROM annotations a '
        "WHERE a.label IN ('PER', 'ORG') ORDER BY a.doc_id"
    ).fetchall()
    surfaces = span_surfaces(conn, [row[1:] for row in spans])
    rows = [(row[0], surface) for row, surface in zip(spans, surfaces, strict=True)]
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO registry_entities (id, uid, type, name, annotator, created, updated) "
        "VALUES (1, 'floor', 'person', 'x', 'bench', 0, 0)"
    )
    conn.executemany(
        "INSERT INTO registry_links (span_id, entity_id, status, annotator, updated) "
        "VALUES (?, 1, 'auto', 'bench', 0)",
        [(row[0],) for row in rows],
    )
    elapsed = time.perf_counter() - began
    conn.execute("ROLLBACK")
    return elapsed
