"""A bill list glued to its numbers ("bất động sản3.") exports whole at both levels.

The tokeniser cuts a list number from the word before it (`syllables-4`),
but the word-level export gave underthesea the raw text, which read "sản3"
as one piece: a word ran across the cut and past the bill's end ("bảo hiểm
xã" + "hội2"), and the bill was cut. Sentences ended after each number, so
every item but the first ended with the next item's number. Exported, read
back by the format's own reader, the bills are the same spans and each
sentence is one item that starts at its number, at word and syllable level.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.exporting.tokens import TokenOptions
from annotator.app.importing.importer import import_paths
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, SetStatus
from annotator.store import create_project

BILLS = [
    "Luật bảo hiểm xã hội",
    "Luật kinh doanh bất động sản",
    "Luật hàng không dân dụng Việt Nam",
    "Luật công nghệ thông tin",
]
TEXT = (
    "Quốc hội cho ý kiến bốn dự luật\n"
    + "".join(f"{i}. {bill}" for i, bill in enumerate(BILLS, 1))
    + "."
)


def _project_with_bills(path: Path):
    project = create_project(path, annotator="tester")
    doc = project.add_document(SourceDocument(text=TEXT, title="Bốn dự luật"))
    session = project.session()
    for bill in BILLS:
        start = TEXT.index(bill)
        session.apply(AddSpan(doc, start, start + len(bill), "DOC"))
    session.apply(SetStatus(doc, "done"))
    return project


def _read_back(folder: Path, path: Path) -> tuple[str, list[str]]:
    """The text and the DOC surfaces of the one document the export holds, as imported."""
    project = create_project(path, annotator="reader")
    try:
        report = import_paths(project, [folder])
        ids = project.document_ids()
        assert len(ids) == 1, report
        doc_id = ids[0]
        text = project.document(doc_id).text
        spans = sorted(project.spans(doc_id), key=lambda s: s.start)
        return text, [text[s.start : s.end] for s in spans if s.label == "DOC"]
    finally:
        project.close()


@pytest.mark.parametrize("level", ["word", "syllable"])
def test_the_bills_come_back_whole_and_each_sentence_is_one_item(
    tmp_path: Path, level: str
) -> None:
    project = _project_with_bills(tmp_path / "bills.db")
    out = tmp_path / "out"
    try:
        result = run_export(
            project,
            ExportOptions(
                format="conll",
                out=out,
                tokens=TokenOptions(level=level, block="sentence"),
                selection=Selection(statuses=()),
            ),
        )
    finally:
        project.close()
    assert not result.report.counts, result.report.examples  # no bill split or cut
    conll = "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.conll")))
    sentences = [
        [
            line.split()[0]
            for line in block.splitlines()
            if line and not line.startswith("-DOCSTART")
        ]
        for block in conll.split("\n\n")
    ]
    sentences = [s for s in sentences if s]
    firsts = [s[0] for s in sentences]
    assert firsts[-4:] == ["1", "2", "3", "4"], sentences
    tokens = [t for s in sentences for t in s]
    assert not any(t[-1:].isdigit() and not t.isdigit() for t in tokens), tokens  # "hội2"
    text, bills = _read_back(out, tmp_path / "read.db")
    assert bills == BILLS, (bills, text)
