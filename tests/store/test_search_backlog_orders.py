"""The search backlog and đ as d in every order of edits, checked against a scan of the texts."""

from __future__ import annotations

import faulthandler
import re
import sqlite3
import subprocess
import sys

import pytest

from annotator.core.model import SourceDocument
from annotator.core.operations import DeleteDocument
from annotator.store import create_project, open_project, search_backlog
from annotator.store.search import _folded

WORDS = ["Đảng", "Đà Nẵng", "Quốc hội", "đại biểu", "Hà Nội"]


def _articles(count: int, tag: str = "") -> list[SourceDocument]:
    return [
        SourceDocument(text=f"Bài {tag}{n}: {WORDS[n % 5]} họp về {WORDS[(n + 2) % 5]} số {n}.")
        for n in range(count)
    ]


@pytest.fixture
def at_once(monkeypatch) -> int:
    monkeypatch.setattr(search_backlog, "INDEX_AT_ONCE", 5)
    return 5


def _import(project, count: int, tag: str = "") -> list[int]:
    stored = project.add_documents(_articles(count, tag), commit_every=4)
    return [doc_id for _, doc_id in stored if doc_id is not None]


def _scan(project, query: str) -> set[int]:
    words = [_folded(w) for w in query.split()]
    found = set()
    conn = project._conn
    for (doc_id,) in conn.execute("SELECT id FROM documents").fetchall():
        text = project.document(doc_id).text
        folded = {_folded(w) for w in re.findall(r"\w+", text)}
        if all(w in folded for w in words):
            found.add(doc_id)
    return found


def _check(project, queries=("dang", "Đảng", "da nang", "Đà Nẵng", "dai bieu", "quoc hoi")):
    assert project.search_index_consistent()
    waiting = {r[0] for r in project._conn.execute("SELECT doc_id FROM search_backlog")}
    for q in queries:
        hits = {d for d, _ in project.search(q, limit=10_000)}
        assert hits == _scan(project, q) - waiting, q


@pytest.mark.parametrize(
    "steps",
    [
        "d u f r u f",
        "d f u r u",
        "f d u r u f",
        "d u r f u f",
        "d r",  # redo without undo is nothing
        "d u f d u f",
        "u",
    ],
)
def test_delete_undo_redo_fill_orders(project, at_once, steps) -> None:
    ids = _import(project, 12)
    session = project.session()
    for target in (ids[-1], ids[1]):  # waiting, indexed
        session.apply(DeleteDocument(target))
        _check(project)
        for step in steps.split():
            if step == "d":
                doc = target
                if project._conn.execute("SELECT 1 FROM documents WHERE id=?", (doc,)).fetchone():
                    session.apply(DeleteDocument(doc))
            elif step == "u" and session.can_undo():
                session.undo()
            elif step == "r" and session.can_redo():
                session.redo()
            elif step == "f":
                project.index_waiting()
            _check(project)
    project.index_waiting()
    _check(project)
    assert project.search_waiting() == 0


def test_undo_of_a_delete_made_before_the_import_that_filled_the_backlog(project, at_once):
    first = _import(project, 3)
    session = project.session()
    session.apply(DeleteDocument(first[0]))  # indexed when deleted
    _import(project, 12, tag="b")  # backlog filled after the delete
    _check(project)
    session.undo()
    _check(project)
    project.index_waiting()
    _check(project)
    session.redo()
    _check(project)


def test_reopened_session_undo(project_path, at_once) -> None:
    project = create_project(project_path, annotator="tester")
    ids = _import(project, 12)
    session = project.session()
    session.apply(DeleteDocument(ids[-1]))
    session.apply(DeleteDocument(ids[0]))
    project.close()
    project = open_project(project_path)
    try:
        session = project.session()
        while session.can_undo():
            session.undo()
            _check(project)
        project.index_waiting()
        _check(project)
    finally:
        project.close()


# Far beyond the test's own time (about 10 s): only a hang reaches it.
HANG_SECONDS = 300


@pytest.fixture
def hang_guard():
    """Should the test ever block, end the run with every thread's stack instead of hanging CI."""
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


# The indexer of the command line, in batches of five documents with a pause
# after each commit. At 200 a batch, back to back, a fast machine indexed the
# 3,000 short texts while the first process waited for the write lock, and it
# made three edits: the test could not say the two had run side by side.
EDITS = 200  # about 2 s of edits; the paced indexer takes 6 s or more
SMALL_BATCH_INDEXER = """
import sys, time
from annotator.cli import cli, index_cmds
from annotator.store import search_backlog

search_backlog.BATCH_DOCUMENTS = 5
shown = index_cmds._progress


def paced(total):
    report = shown(total)

    def after_commit(done, of):
        report(done, of)
        time.sleep(0.01)

    return after_commit


index_cmds._progress = paced
cli(["index", sys.argv[1]])
"""


def test_second_process_fills_while_first_edits(project, project_path, at_once, hang_guard) -> None:
    # It used to hang now and then: the log keeper's timer thread checkpointed
    # through the project's connection while `_check` read it without the lock
    # (tests/store/test_log_keeper_thread.py), and to fail with "overwritten by
    # another copy" when the child checkpointed between the two reads of the
    # log check (tests/store/test_log_watch_race.py).
    ids = _import(project, 3000)
    session = project.session()
    proc = subprocess.Popen(
        [sys.executable, "-c", SMALL_BATCH_INDEXER, str(project_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    edits = 0
    try:
        started = proc.stderr.readline()  # "Indexing 2,992 documents ...": it holds the file now
        for doc_id in reversed(ids[-EDITS - 1 : -1]):  # not the last: its id would be reused
            if proc.poll() is not None:
                break
            session.apply(DeleteDocument(doc_id))
            if edits % 3:
                session.undo()
            if edits % 3 == 2:
                session.redo()
            edits += 1
        out, err = proc.communicate(timeout=120)
        err = started + err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert edits > 10, err  # the two ran side by side
    _check(project)
    while session.can_undo():
        session.undo()
    _check(project)
    project.index_waiting()
    _check(project)


def test_d_search_and_diacritics(project) -> None:
    list(
        project.add_documents(
            [
                SourceDocument(text="Đảng bộ tỉnh Đà Nẵng họp."),
                SourceDocument(text="Đang họp ở đảng ủy."),
                SourceDocument(text="Dang dở việc đăng ký."),
            ]
        )
    )
    _check(project, ("dang", "Đảng", "đảng", "DANG", "da nang", "đà nẵng", "dang ky", "đăng"))
    assert {d for d, _ in project.search("dang")} == {1, 2, 3}


def _old_index(path) -> None:
    """The index as a file before 0092 held it: đ kept as đ."""
    from annotator.store.texts import unpack

    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
    waiting = (
        {r[0] for r in conn.execute("SELECT doc_id FROM search_backlog")}
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name='search_backlog'").fetchone()
        else set()
    )
    for doc_id, body in conn.execute("SELECT doc_id, body FROM document_bodies").fetchall():
        if doc_id not in waiting:
            conn.execute(
                "INSERT INTO documents_fts (rowid, text) VALUES (?, ?)",
                (doc_id, unpack(body, doc_id)),
            )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("with_backlog", [False, True])
def test_a_file_before_0092_is_indexed_again(project_path, at_once, with_backlog) -> None:
    from annotator.store.migrations import MIGRATIONS

    drop = {"0092_index_d_as_d"} | (set() if with_backlog else {"0095_search_backlog"})
    older = tuple(m for m in MIGRATIONS if m.name not in drop)
    created = create_project(project_path, annotator="tester", migrations=older)
    ids = _import(created, 12)
    session = created.session()
    session.apply(DeleteDocument(ids[2]))  # indexed, with đ, before 0092
    session.apply(DeleteDocument(ids[-2]))  # waiting (or indexed without a backlog)
    created.close()
    _old_index(project_path)
    project = open_project(project_path)
    try:
        _check(project)
        session = project.session()
        while session.can_undo():
            session.undo()
            _check(project)
        project.index_waiting()
        _check(project)
        session.redo()
        _check(project)
    finally:
        project.close()


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_keep_the_index_whole(project, at_once, monkeypatch, seed) -> None:
    import random
    import threading

    monkeypatch.setattr(search_backlog, "BATCH_DOCUMENTS", 3)
    monkeypatch.setattr(search_backlog, "_CHUNK", 2)
    rng = random.Random(seed)
    session = project.session()
    runs = 0
    for _ in range(40):
        step = rng.choice("iiddddduuurrfc")
        live = [r[0] for r in project._conn.execute("SELECT id FROM documents")]
        if step == "i":
            _import(project, rng.choice([2, 9]), tag=f"r{runs}-")
            runs += 1
        elif step == "d" and len(live) > 1:
            session.apply(DeleteDocument(rng.choice(sorted(live)[:-1])))
        elif step == "u" and session.can_undo():
            session.undo()
        elif step == "r" and session.can_redo():
            session.redo()
        elif step == "f":
            project.index_waiting()
        elif step == "c":
            cancel = threading.Event()
            project.index_waiting(progress=lambda *_, stop=cancel: stop.set(), cancel=cancel)
        _check(project)
    project.index_waiting()
    _check(project)
