"""Level source: a document written back in the tokens, sentences, columns and names it came with.

A document imported from a tokenised corpus keeps its source tokens
(core.source_tokens). Exported at level source, its spans are turned back
into the source's label names, spread over the source's tag columns and
tagged in its scheme, exactly as the reader computed them at import; tags
the file wrote differently are restored where the spans still give the tag
they stood for. So an untouched corpus is written back as it came, and a
corrected one as corrected. What cannot be written in those tokens is
reported: a span that cuts a token, a span deeper than the tag columns, a
span across two sentences (the sentences are then joined).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from annotator.app.exporting.report import DocName, LossReport
from annotator.core.source_tokens import SourceTokens
from annotator.formats.source_tags import tag_columns
from annotator.formats.tokens import ExportDoc, ExportSpan, SourceRows


def source_shape(
    doc: ExportDoc, tokens: SourceTokens, *, scheme: str, report: LossReport
) -> ExportDoc:
    """The document with `rows` (and blocks and layers) in its source tokens."""
    layout = tokens.layout
    spans = [
        ExportSpan(s.start, s.end, layout.source_label(s.label), s.annotator) for s in doc.spans
    ]
    tags = tag_columns(tokens, spans, scheme=scheme)
    for kind, lost in (("overlap", tags.dropped), ("cut", tags.cut)):
        for span in lost:
            surface = doc.text[span.start : span.end]
            report.add(kind, doc=DocName.of(doc), label=span.label, surface=surface)
    kept = [s for layer in tags.layers for s in layer]
    cuts = _sentence_cuts(tokens, kept, report, DocName.of(doc))
    rows = SourceRows(layout, tokens.written_forms(doc.text), tokens.extra, tags.columns, cuts)
    pairs = list(zip(tokens.starts, tokens.ends, strict=True))
    blocks = tuple(tuple(pairs[a:b]) for a, b in rows.sentences())
    # Layers carry the project's names again (spaCy and the counts use them).
    names = {layout.source_label(s.label): s.label for s in doc.spans}
    layers = tuple(
        tuple(ExportSpan(s.start, s.end, names.get(s.label, s.label), s.annotator) for s in layer)
        for layer in tags.layers
    )
    return replace(doc, blocks=blocks, layers=layers, rows=rows, word_level=bool(layout.word_join))


def _sentence_cuts(
    tokens: SourceTokens, spans: list[ExportSpan], report: LossReport, key: DocName
) -> list[int]:
    """Sentence boundaries in token indices; a boundary a span crosses is dropped and reported."""
    starts = tokens.starts
    boundaries = [i for i in tokens.sentences if i > 0]
    crossed: set[int] = set()
    if spans and boundaries:
        offsets = [starts[i] for i in boundaries]
        for span in spans:
            low = bisect_right(offsets, span.start)
            high = bisect_left(offsets, span.end)
            crossed.update(boundaries[low:high])
            if high > low:
                report.add("joined", doc=key, label=span.label)
    return [0, *(i for i in boundaries if i not in crossed), len(starts)]
