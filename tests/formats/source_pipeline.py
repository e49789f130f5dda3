"""A source document shaped for an export at level source, as the exporter shapes a stored one."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.app.exporting.report import LossReport
from annotator.app.exporting.run import ExportOptions
from annotator.app.exporting.select import Selection
from annotator.app.exporting.shape import DocumentShaper
from annotator.core.model import Document, SourceDocument
from annotator.formats.tokens import ExportDoc
from annotator.store.streaming import AnnotatedDocument, SpanRow


def source_export_doc(
    src: SourceDocument,
    *,
    spans: Iterable[tuple[int, int, str]] | None = None,
    format: str = "conll",
    scheme: str = "",
    report: LossReport | None = None,
) -> ExportDoc:
    """`src` (read with its source tokens) exported at level source, with `spans` if given."""
    doc = Document(id=1, title=src.title, text=src.text, meta=dict(src.meta), source=src.source)
    chosen = sorted(src.spans if spans is None else spans)
    rows = tuple(
        SpanRow(i + 1, 1, s, e, label, "ann", "accepted") for i, (s, e, label) in enumerate(chosen)
    )
    item = AnnotatedDocument(doc, rows, (), None, src.tokens)
    options = ExportOptions(format=format, scheme=scheme, selection=Selection(statuses=()))
    shaped = DocumentShaper(options, report if report is not None else LossReport()).shape(item)
    assert shaped is not None
    return shaped
