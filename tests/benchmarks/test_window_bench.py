"""Main-window benchmarks on a 100,000-document project: start, switching, memory.

Run with `make bench`; every figure is printed. Budgets: start <= 2 s,
switching documents <= 100 ms, resident memory <= 400 MB.
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.store import create_project

SEED = Path(__file__).resolve().parents[2] / "resources" / "demo" / "seed-lay-phieu-tin-nhiem.txt"
DOCUMENTS = 100_000


def _sources(count: int):
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]
    for i in range(count):
        body = "\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(6))
        yield SourceDocument(
            text=f"Bài số {i}: hội nghị tỉnh\n{body}\n", title=f"Bài số {i}: hội nghị tỉnh"
        )


CACHE = Path(__file__).resolve().parents[1] / "output" / "bench" / f"window-{DOCUMENTS}.db"


@pytest.fixture(scope="module")
def big_project(tmp_path_factory) -> Path:
    """A copy of the 100,000-document project, built once and kept in tests/output."""
    path = tmp_path_factory.mktemp("bench") / "big.db"
    if not CACHE.exists():
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        _build(CACHE.with_suffix(".part"))
        CACHE.with_suffix(".part").rename(CACHE)
    shutil.copyfile(CACHE, path)
    return path


def _build(path: Path) -> None:
    path.unlink(missing_ok=True)
    began = time.perf_counter()
    project = create_project(path)
    for _ in project.add_documents(_sources(DOCUMENTS), commit_every=5000):
        pass
    session = project.session()
    for doc_id in range(1, 2001, 10):  # some annotated documents, as in real work
        session.apply(AddSpan(doc_id, 0, 3, "EVENT"))
    project.close()
    print(f"\nbuilt {DOCUMENTS} documents in {time.perf_counter() - began:.1f} s")


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path):
    QCoreApplication.setOrganizationName("annotator-bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()


def _start(qtbot, path: Path):
    from annotator.gui.app import create_main_window

    began = time.perf_counter()
    window = create_main_window(path)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    window.repaint()
    return window, time.perf_counter() - began


def test_window_start_switch_and_memory(qtbot, big_project):
    window, start_s = _start(qtbot, big_project)
    try:
        assert window.documents.model.rowCount() == DOCUMENTS
        rng = random.Random(7)
        times = []
        for doc_id in rng.sample(range(1, DOCUMENTS + 1), 60):
            began = time.perf_counter()
            window.open_document(doc_id)
            QApplication.processEvents()
            window.editor.viewport().repaint()
            times.append(time.perf_counter() - began)
        table = window.documents.table
        began = time.perf_counter()
        table.scrollToBottom()
        QApplication.processEvents()
        table.viewport().repaint()
        scroll_s = time.perf_counter() - began
        began = time.perf_counter()
        window.documents.title_filter.setText("số 9999")
        window.documents.flush_filter()
        filtered = window.documents.model.rowCount()
        table.viewport().repaint()
        filter_s = time.perf_counter() - began
        rss_mb = psutil.Process().memory_info().rss / 2**20
    finally:
        window.close()
    switch_ms = [t * 1000 for t in times]
    print(
        f"\nwindow start with {DOCUMENTS} documents: {start_s:.2f} s"
        f"\nswitch document: median {statistics.median(switch_ms):.1f} ms, "
        f"max {max(switch_ms):.1f} ms over {len(switch_ms)} switches"
        f"\nscroll document list to the end: {scroll_s * 1000:.0f} ms"
        f"\ntitle filter ({filtered} rows): {filter_s * 1000:.0f} ms"
        f"\nresident memory: {rss_mb:.0f} MB"
    )
    assert start_s <= 2.0
    assert statistics.median(switch_ms) <= 100
    assert max(switch_ms) <= 250
    assert rss_mb <= 400
    assert filtered == 11  # 9999 and 99990..99999
