"""Another program's checkpoint between the two reads of the log check is not an overwritten file.

The check before each write reads the file's stamp, then the log. When
another connection (`annotator index` beside the window) checkpoints and
starts a new log generation in between, the log extends a newer file state
than the one read: that used to be taken for an older copy put in place,
and the window refused every edit from then on (seen in
test_search_backlog_orders.py::test_second_process_fills_while_first_edits).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.operations import SetNote
from annotator.store import create_project, open_project, wal
from tests.store.helpers import article


@pytest.fixture
def raced(tmp_path: Path, monkeypatch):
    """(path, the file's stamp as read before another connection checkpointed and wrote on)."""
    monkeypatch.setattr(wal, "_LOOK_AGAIN_SECONDS", 0.0, raising=False)
    path = tmp_path / "p.db"
    with create_project(path, annotator="tester") as first:
        doc = first.add_document(article())
    before = wal.file_stamp(path)
    other = open_project(path)
    session = other.session()
    session.apply(SetNote(doc, "một"))  # a log generation extending the file as it was
    assert other.settle()  # copied into the file, whose stamp is now that generation's
    session.apply(SetNote(doc, "hai"))  # a new generation, extending the new file state
    assert wal.file_stamp(path) != before
    yield path, before
    other.close()


def test_a_checkpoint_between_the_two_reads_is_not_an_overwritten_file(raced, monkeypatch) -> None:
    path, before = raced
    real = wal.file_stamp
    reads = iter([before])  # the first look read the file before the checkpoint
    monkeypatch.setattr(wal, "file_stamp", lambda p: next(reads, None) or real(p))
    assert wal.LogWatch(path).fits()


def test_a_file_older_than_its_log_on_every_look_is_still_refused(raced, monkeypatch) -> None:
    path, before = raced
    monkeypatch.setattr(wal, "file_stamp", lambda p: before)  # an older copy put in place
    assert not wal.LogWatch(path).fits()
