"""Property: whatever bytes and file name, the importer imports or reports, never crashes."""

from __future__ import annotations

import codecs
import itertools
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.app.importing.importer import ImportOptions, import_paths
from annotator.app.importing.report import DUPLICATE, IMPORTED, SKIPPED
from annotator.store import create_project

_counter = itertools.count()

file_names = st.text(
    alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=40,
).filter(lambda n: n not in (".", "..") and len(n.encode("utf-8")) < 200)

article_bytes = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8")),
    st.text(max_size=300).map(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    st.sampled_from([b"%PDF-1.7 x", b"PK\x03\x04", b"SQLite format 3\x00", b"", b" \n"]),
    st.text(alphabet="àáảãạăằắẳẵặâầấẩẫậđêềếểễệôồốổỗộơờớởỡợưừứửữự abc\n", max_size=300).map(
        lambda t: unicodedata.normalize("NFD", t).encode("utf-8")
    ),
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    opened = create_project(tmp_path_factory.mktemp("prop") / "p.db", annotator="prop")
    yield opened
    opened.close()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=file_names, data=article_bytes, suffix=st.sampled_from(["", ".txt", ".jsonl", ".json"]))
def test_any_file_is_imported_or_reported(project, tmp_path_factory, name, data, suffix):
    folder = tmp_path_factory.mktemp(f"case{next(_counter)}")
    path = folder / (name + suffix)
    try:
        path.write_bytes(data)
    except OSError:
        return  # a name this file system refuses is not the importer's input
    before = project.document_count()
    report = import_paths(project, [path], options=ImportOptions(max_bytes=1500))
    statuses = [o.status for o in report.outcomes]
    assert statuses, "every file gives at least one outcome"
    assert set(statuses) <= {IMPORTED, DUPLICATE, SKIPPED}
    for outcome in report.outcomes:
        assert (outcome.status == SKIPPED) == bool(outcome.reason and outcome.status == SKIPPED)
        if outcome.status == SKIPPED:
            assert outcome.reason.strip()
    assert project.document_count() == before + report.imported
    for doc_id in report.doc_ids:
        text = project.document(doc_id).text
        assert text.strip() and unicodedata.is_normalized("NFC", text)


@settings(max_examples=40, deadline=None)
@given(names=st.lists(file_names, min_size=1, max_size=5, unique=True))
def test_folders_of_odd_names_are_walked(tmp_path_factory, names):
    folder = tmp_path_factory.mktemp(f"walk{next(_counter)}")
    written = 0
    for name in names:
        try:
            (folder / (name + ".txt")).write_text(f"Bài số {written}\nNội dung.", encoding="utf-8")
            written += 1
        except OSError:
            continue
    project = create_project(folder / "p.project", annotator="prop")
    try:
        report = import_paths(project, [folder])
    finally:
        project.close()
    hidden = sum(1 for n in names if n.startswith("."))
    assert len(report.outcomes) + hidden >= written
    assert all(o.status != SKIPPED for o in report.outcomes), report.details()
    assert Path(folder).is_dir()
