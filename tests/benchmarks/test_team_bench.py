"""Team benchmarks: agreement over 10,000 documents x 3 annotators, merging a 10,000-document package.

Targets: agreement in at most 10 s; a merge at 1,000 documents a second or
more. Each measures a floor in the same run on the same data (reading the
spans and tokens as plain rows; copying the package's rows with one
INSERT ... SELECT) and asserts the ratio to it, which does not depend on
how busy the machine is. The time
target is asserted too, except when the floor alone already takes more than
half of it, or when the process's own CPU time is within the target and
only the wall time is not (it waited for a CPU): then the machine, not the
code, misses it, and the test says so as an expected failure.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from annotator.app.team.agreement import compute_agreement
from annotator.app.team.curation import MAJORITY, merge_agreed, read_curation
from annotator.app.team.merge import merge_package
from annotator.app.team.packages import PackageOptions, create_packages
from annotator.core.model import SourceDocument
from annotator.core.operations import MergeLayer
from annotator.core.textpack import unpack
from annotator.nlp.stored_units import token_arrays, units_of
from annotator.store import create_project, open_project
from annotator.store.connection import connect

DOCUMENTS = 10_000
AGREEMENT_SECONDS = 10.0
AGREEMENT_RATIO = 4.0  # agreement over reading the layers
MERGE_RATE = 1000  # documents a second
MERGE_RATIO = 3.0  # merge over the bare copy of the same rows
PACKAGE_RATIO = 4.0  # packages over three empty projects and three whole-file copies
CURATION_SECONDS = 0.25  # a document's curation view opens and merges at once
SENTENCE = "Ông Phan Việt Cường, Bí thư Tỉnh ủy Quảng Nam, chủ trì hội nghị ngày 23.2 tại Tam Kỳ. "
# (part of the sentence, label) marked by the annotators
PARTS = (("Phan Việt Cường", "PER"), ("Bí thư Tỉnh ủy", "ROLE"), ("Quảng Nam", "LOC"))
PARTS += (("hội nghị", "EVENT"), ("ngày 23.2", "DATE"), ("Tam Kỳ", "LOC"))


# Like the gold articles (840 syllables and 73 spans each on average): 36 sentences
# of 24 tokens, the entities of every third one marked.
SENTENCES = 36
MARKED = range(0, SENTENCES, 3)


def _texts() -> list[str]:
    return [f"Bài {i}. " + SENTENCE * SENTENCES for i in range(DOCUMENTS)]


def _layer(text: str, rng: random.Random, doc_id: int, *, noise: float) -> tuple:
    """Spans of one annotator on one document: the parts of marked sentences, a few changed."""
    spans = []
    for k in MARKED:
        base = text.index(SENTENCE) + k * len(SENTENCE)
        for part, label in PARTS:
            if rng.random() < noise:
                continue  # missed
            start = base + SENTENCE.index(part)
            end = start + len(part)
            if rng.random() < noise:
                label = "ORG"
            spans.append((None, start, end, label, "manual", "accepted", None, None))
    return (doc_id, "done", tuple(spans), ())


def _project(path: Path, texts: list[str]):
    project = create_project(path, annotator="lead")
    docs = (SourceDocument(text=t, title=t[:8], units=units_of(t)) for t in texts)
    for _ in project.add_documents(docs, commit_every=2000):
        pass
    return project


def test_agreement_over_10000_documents_and_3_annotators(tmp_path: Path) -> None:
    texts = _texts()
    project = _project(tmp_path / "agree.db", texts)
    ids = project.document_ids()
    for n, name in enumerate(("an", "binh", "chi")):
        rng = random.Random(n)
        layer = tuple(_layer(t, rng, i, noise=0.05) for i, t in zip(ids, texts, strict=True))
        project.session().apply(MergeLayer(name, layer))
    floor, tokens = _bare_read(project)
    began, cpu = time.perf_counter(), time.process_time()
    report = compute_agreement(project)
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    project.close()
    assert report["overall"]["documents"] == DOCUMENTS and tokens > DOCUMENTS * 700
    assert 0.8 < report["overall"]["krippendorff_alpha"] < 0.95  # 5% missed, 5% relabelled
    print(
        f"\nagreement over {DOCUMENTS:,} documents x 3 annotators ({tokens:,} tokens each): "
        f"{elapsed:.2f} s (target <= 10 s; CPU time of the process {cpu:.2f} s); reading the "
        f"spans and tokens alone {floor:.2f} s; ratio {elapsed / floor:.1f}x; "
        f"alpha {report['overall']['krippendorff_alpha']}; {_load()}"
    )
    assert elapsed <= AGREEMENT_RATIO * floor, f"{elapsed / floor:.1f}x the bare read"
    busy = floor > AGREEMENT_SECONDS / 2 or cpu <= AGREEMENT_SECONDS < elapsed
    _target(elapsed <= AGREEMENT_SECONDS, busy, "agreement in <= 10 s")


def test_merging_a_10000_document_package(tmp_path: Path) -> None:
    texts = _texts()
    project = _project(tmp_path / "main.db", texts)
    report = create_packages(
        project, PackageOptions(annotators=("an",), overlap=1, out=tmp_path / "packages")
    )
    path = report.files["an"]
    package = open_project(path, annotator="an")
    rng = random.Random(3)
    layer = tuple(
        _layer(t, rng, i, noise=0.05) for i, t in zip(package.document_ids(), texts, strict=True)
    )
    package.session().apply(MergeLayer("an", layer))
    package.close()
    spans = sum(len(doc[2]) for doc in layer)
    floor_copy = tmp_path / "floor.db"
    with closing(sqlite3.connect(floor_copy)) as copy:
        project._conn.backup(copy)
    session = project.session()
    began, cpu = time.perf_counter(), time.process_time()
    merged = merge_package(project, session, path)
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    floor = _bare_merge(floor_copy, path)
    again_began = time.perf_counter()
    merge_package(project, session, path)
    again = time.perf_counter() - again_began
    undo_began = time.perf_counter()
    session.undo()
    undo = time.perf_counter() - undo_began
    project.close()
    rate = merged.documents / elapsed
    print(
        f"\nmerge of a {DOCUMENTS:,}-document package ({spans:,} spans): {elapsed:.2f} s, "
        f"{rate:,.0f} documents/s (target >= 1,000; CPU time {cpu:.2f} s); "
        f"merged again (replacing) {again:.2f} s, "
        f"undone {undo:.2f} s; the floor (the spans and statuses copied from the attached "
        f"package with INSERT ... SELECT) {floor:.2f} s; ratio {elapsed / floor:.1f}x; {_load()}"
    )
    assert merged.documents == DOCUMENTS and merged.spans == spans
    assert elapsed <= MERGE_RATIO * floor, f"{elapsed / floor:.1f}x the bare copy"
    budget = DOCUMENTS / MERGE_RATE
    busy = floor > budget / 2 or cpu <= budget < elapsed
    _target(rate >= MERGE_RATE, busy, "merge at >= 1,000 documents/s")


def test_creating_packages_for_3_annotators_over_10000_documents(tmp_path: Path) -> None:
    """No target in the issue: reported, and held to making three projects and copying (the floor)."""
    texts = _texts()
    project = _project(tmp_path / "main.db", texts)
    options = PackageOptions(annotators=("an", "binh", "chi"), overlap=2, out=tmp_path / "out")
    began, cpu = time.perf_counter(), time.process_time()
    report = create_packages(project, options)
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    floor_began = time.perf_counter()
    for name in ("an", "binh", "chi"):
        # What any package costs: an ordinary (empty) project made by the migrations,
        # and the documents handed out the simplest way, a whole-file copy.
        create_project(tmp_path / f"empty-{name}.db", annotator=name).close()
        with closing(sqlite3.connect(tmp_path / f"copy-{name}.db")) as copy:
            project._conn.backup(copy)
    floor = time.perf_counter() - floor_began
    project.close()
    print(
        f"\npackages for 3 annotators, overlap 2, over {DOCUMENTS:,} documents (20,000 "
        f"document copies): {elapsed:.2f} s, {2 * DOCUMENTS / elapsed:,.0f} documents/s "
        f"(CPU time {cpu:.2f} s); three empty projects and three whole-file copies of the "
        f"project {floor:.2f} s; "
        f"ratio {elapsed / floor:.1f}x; {_load()}"
    )
    assert sorted(report.documents.values()) == [6666, 6667, 6667]  # balanced
    assert elapsed <= PACKAGE_RATIO * floor, f"{elapsed / floor:.1f}x the floor"


def test_curating_a_document_of_3_layers(tmp_path: Path) -> None:
    """No target in the issue: the curation view must open at once on a gold-sized document."""
    texts = _texts()[:50]
    project = _project(tmp_path / "cur.db", texts)
    ids = project.document_ids()
    for n, name in enumerate(("an", "binh", "chi")):
        rng = random.Random(n)
        layer = tuple(_layer(t, rng, i, noise=0.05) for i, t in zip(ids, texts, strict=True))
        project.session().apply(MergeLayer(name, layer))
    session = project.session()
    began, cpu = time.perf_counter(), time.process_time()
    for doc_id in ids:
        op = merge_agreed(read_curation(project, doc_id), MAJORITY)
        if op is not None:
            session.apply(op)
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    floor_began = time.perf_counter()
    for doc_id in ids:
        project.spans(doc_id, states=None)
        project.relations(doc_id)
    floor = time.perf_counter() - floor_began
    curated = project._conn.execute(
        "SELECT count(*) FROM annotations WHERE annotator = '@curated'"
    ).fetchone()[0]
    project.close()
    per_doc = elapsed / len(ids)
    print(
        f"\ncuration (read the 3 layers, merge the majority, one step) of {len(ids)} documents "
        f"of about 200 spans: {per_doc * 1000:.1f} ms a document (CPU time {cpu:.2f} s in all); "
        f"reading their spans and relations {floor / len(ids) * 1000:.1f} ms; "
        f"{curated} curated spans; {_load()}"
    )
    assert curated > len(ids) * 60
    assert per_doc < CURATION_SECONDS, f"{per_doc:.3f} s a document"


def _load() -> str:
    """The machine's load average, to read the times against."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (5 min {five:.1f}) on {os.cpu_count()} cores"


def _target(met: bool, machine_too_slow: bool, what: str) -> None:
    if met:
        return
    if machine_too_slow:
        pytest.xfail(f"{what} missed: the floor alone takes over half the time on this machine")
    raise AssertionError(f"{what} missed")


def _bare_read(project) -> tuple[float, int]:
    """The floor: what any agreement must read, as plain rows (accepted spans, stored tokens)."""
    conn = project._conn
    began = time.perf_counter()
    spans = conn.execute(
        "SELECT doc_id, annotator, start, \"end\", label FROM annotations WHERE state = 'accepted'"
    ).fetchall()
    tokens = 0
    rows = conn.execute(
        "SELECT u.doc_id, u.version, u.forms, u.starts, "
        "CASE WHEN length(u.starts) = 0 THEN b.body END "
        "FROM document_units u JOIN document_bodies b ON b.doc_id = u.doc_id"
    )
    for doc_id, made_by, forms, starts, body in rows:
        # Tokens cut from the text (or unpacked from older rows), as agreement does.
        text = unpack(body, doc_id) if body is not None else None
        arrays = token_arrays(made_by, forms, starts, text)
        tokens += 0 if arrays is None else len(arrays[0])
    elapsed = time.perf_counter() - began
    assert len(spans) > DOCUMENTS * 3 * 60
    return elapsed, tokens


def _bare_merge(path: Path, package: Path) -> float:
    """The floor: the simplest correct copy of the package's layer into the project.

    The package attached, its spans and statuses copied for the documents
    matched by text hash with INSERT ... SELECT in one transaction, into the
    same project file with its indexes and triggers; no checks, no undo.
    """
    with closing(connect(path)) as conn:
        conn.execute("INSERT OR IGNORE INTO annotators (name, created) VALUES ('an', 0)")
        conn.execute("ATTACH DATABASE ? AS package", (str(package),))
        began = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
            'suggester, created, updated, confidence) SELECT d.id, a.start, a."end", a.label, '
            "'an', a.origin, a.state, a.suggester, 0, 0, a.confidence FROM package.annotations a "
            "JOIN package.documents p ON p.id = a.doc_id "
            "JOIN main.documents d ON d.text_hash = p.text_hash"
        )
        conn.execute(
            "INSERT INTO document_status (doc_id, annotator, status, updated) "
            "SELECT d.id, 'an', p.status, 0 FROM package.documents p "
            "JOIN main.documents d ON d.text_hash = p.text_hash"
        )
        conn.execute("COMMIT")
        return time.perf_counter() - began
