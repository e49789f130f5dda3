"""Shaping one stored document for an export: select, flatten, tokenise; count and report.

The same shaping runs in the exporting process and in export workers, so a
parallel export writes exactly what a sequential one writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from annotator.app.exporting.report import MAX_EXAMPLES, DocName, LossReport
from annotator.app.exporting.select import Selection, document_key, prepare
from annotator.app.exporting.source import source_shape
from annotator.app.exporting.sources import SOURCE_FORMATS, exported_source
from annotator.app.exporting.tokens import (
    SOURCE,
    SYLLABLE,
    TokenOptions,
    syllable_shortcut,
    tokenize,
    wants_units,
)
from annotator.app.team.layers import choose_layer
from annotator.core.model import REVIEWED
from annotator.core.source_tokens import SourceTokens
from annotator.formats.layers import LAYERS, flatten
from annotator.formats.tokens import ExportDoc
from annotator.formats.vlsp2018 import crossing
from annotator.store.streaming import AnnotatedDocument

if TYPE_CHECKING:  # stored_units loads numpy: only exports that read stored units need it
    from annotator.nlp.stored_units import Units

TOKEN_FORMATS = frozenset({"conll", "hf", "spacy", "phoner", "vlsp2016"})
RELATION_FORMATS = frozenset({"jsonl", "brat", "doccano-rel", "spacy", "hf"})
# Token formats that keep relations between the spans their tag columns hold.
TOKEN_RELATION_FORMATS = frozenset({"hf"})
# Formats that write spans as nested tags: spans must nest, never cross.
NESTED_FORMATS = frozenset({"vlsp2018"})


class DocumentShaper:
    """Turns stored documents into what one format's writer receives.

    `format`, `selection`, `tokens`, `overlap` and `max_layers` are read from
    the export options; losses go to `report`. `shortcuts=False` always takes
    the general path (tests compare the two).
    """

    def __init__(self, options: Any, report: LossReport, *, shortcuts: bool = True) -> None:
        self.shortcuts = shortcuts
        self.format: str = options.format
        self.selection: Selection = options.selection
        self.tokens: TokenOptions = options.tokens
        self.overlap: str = options.overlap
        self.max_layers: int = options.max_layers
        self.scheme: str = options.scheme
        self.full_sources: bool = options.absolute_sources
        self.report = report
        # Documents without source tokens are tokenised again: at level source, in syllables.
        level = SYLLABLE if self.tokens.level == SOURCE else self.tokens.level
        self._retokenised = replace(self.tokens, level=level)

    @property
    def wants_units(self) -> bool:
        """Whether the syllables stored at import would serve this export (read them, then)."""
        return (
            self.shortcuts
            and self.format == "conll"
            and self.overlap != LAYERS
            and wants_units(self.tokens)
        )

    @property
    def wants_tokens(self) -> bool:
        """Whether documents go out in their source tokens (read them, then)."""
        return self.format in TOKEN_FORMATS and self.tokens.level == SOURCE

    def shape_all(self, items: Sequence[AnnotatedDocument]) -> list[ExportDoc | None]:
        """`shape` of each item; the stored units of all are decoded together (a chunk)."""
        if not self.wants_units:
            return [self.shape(item) for item in items]
        from annotator.nlp.stored_units import decode_all

        texts = [item.document.text for item in items]
        decoded = decode_all([item.units for item in items], texts)
        return [self.shape(item, units) for item, units in zip(items, decoded, strict=True)]

    def shape(self, item: AnnotatedDocument, units: Units | None = None) -> ExportDoc | None:
        """The document as exported, or None when nothing of it goes out.

        `units` are its stored units decoded (by `shape_all`); without them,
        the item's own are decoded here.
        """
        doc, spans = item.document, item.spans
        selection = self.selection
        if selection.annotators and not any(s.annotator in selection.annotators for s in spans):
            return None
        chosen = choose_layer(
            spans,
            item.relations,
            layer=selection.layer,
            annotators=selection.annotators,
            reviewed=doc.status == REVIEWED,
            finished=item.finished,
        )
        if chosen is None:
            self.report.add("layer", doc=DocName(document_key(doc), doc.title))
            return None
        out = prepare(doc, chosen[0], chosen[1], selection=selection, report=self.report)
        out = self._with_source(out, item.shared_source)
        # Stored units and tokens describe the stored text: not one with regions cut out.
        whole = out.text is doc.text
        if units is None and item.units is not None and whole:
            units = _decoded(item.units, doc.text)
        units = units if whole else None
        tokens = item.tokens if whole else None
        return self._shape(out, units, tokens)

    def _with_source(self, doc: ExportDoc, shared: str) -> ExportDoc:
        """The document with the source it may carry out (app.exporting.sources), counted."""
        source, kind = exported_source(doc.source, shared, full=self.full_sources)
        if kind is not None and self.format in SOURCE_FORMATS:
            self.report.add(kind, doc=DocName.of(doc), surface=source)  # e.g. 12: 'bao-2021/a.txt'
        return doc if source == doc.source else replace(doc, source=source)

    def _shape(
        self, doc: ExportDoc, units: Units | None, tokens: SourceTokens | None = None
    ) -> ExportDoc | None:
        fmt = self.format
        source_level = tokens is not None and fmt in TOKEN_FORMATS and self.tokens.level == SOURCE
        refused = source_level and tokens is not None and not tokens.fits(doc.text)
        source_level = source_level and not refused
        if not doc.text.strip() and not source_level:
            # A record of invisible tokens only still goes out in its tokens.
            self.report.add("empty", doc=DocName.of(doc))
            return None
        if fmt not in RELATION_FORMATS:
            for head, tail, kind in doc.relations:
                # by its two ends: "e.g. 12: HOLDS" alone cannot be found again
                shown = len(self.report.examples.get("relation", ())) < MAX_EXAMPLES
                ends = f"{_surface(doc, head)} → {_surface(doc, tail)}" if shown else ""
                self.report.add("relation", doc=DocName.of(doc), label=kind, surface=ends)
        if fmt in NESTED_FORMATS:
            return self._nested(doc)
        if fmt not in TOKEN_FORMATS:
            return doc
        if source_level:
            assert tokens is not None
            shaped = source_shape(doc, tokens, scheme=self.scheme, report=self.report)
            return self._kept_relations(shaped)
        if self.tokens.level == SOURCE:  # no tokens of its own, or stored ones that do not fit
            self.report.add("refused_tokens" if refused else "level", doc=DocName.of(doc))
        return self._tokenised(doc, units)

    def _nested(self, doc: ExportDoc) -> ExportDoc:
        """The document without spans that cross another (nested tags cannot hold them).

        A span across a line break is written, but said: no entity of VLSP 2018
        runs across a line, and a reader leaves such a tag out.
        """
        for span in doc.spans:
            if doc.text.find("\n", span.start, span.end) >= 0:
                surface = doc.text[span.start : span.end]
                self.report.add(
                    "across_line", doc=DocName.of(doc), label=span.label, surface=surface
                )
        bad = crossing([(s.start, s.end) for s in doc.spans])
        for i in sorted(bad):
            span = doc.spans[i]
            surface = doc.text[span.start : span.end]
            self.report.add("overlap", doc=DocName.of(doc), label=span.label, surface=surface)
        if not bad:
            return doc
        return replace(doc, spans=tuple(s for i, s in enumerate(doc.spans) if i not in bad))

    def _tokenised(self, doc: ExportDoc, units: Units | None) -> ExportDoc | None:
        fmt = self.format
        options = self._retokenised
        text = doc.text
        for span in doc.spans:  # blocks a span straddles are written as one
            if text.find("\n", span.start, span.end) >= 0:
                surface = text[span.start : span.end]
                self.report.add("joined", doc=DocName.of(doc), label=span.label, surface=surface)
        policy = LAYERS if fmt == "spacy" else self.overlap
        depth = None if fmt == "spacy" else self.max_layers
        layers, dropped = flatten(doc.spans, policy, max_layers=depth)
        for span in dropped:
            self.report.add(
                "overlap",
                doc=DocName.of(doc),
                label=span.label,
                surface=doc.text[span.start : span.end],
            )
        if self.shortcuts and fmt == "conll" and len(layers) == 1 and policy != LAYERS:
            fast = syllable_shortcut(doc, layers[0], options, units, self.report)
            if fast is not None:
                return fast
        shaped = tokenize(doc, layers, options, self.report)
        if not any(shaped.blocks):
            self.report.add("empty", doc=DocName.of(doc))
            return None
        if fmt in TOKEN_RELATION_FORMATS:
            return self._kept_relations(shaped)
        if fmt != "spacy" and policy != LAYERS:
            shaped = _keep_layer_spans(shaped)
        return shaped

    def _kept_relations(self, doc: ExportDoc) -> ExportDoc:
        """For a token format with relations: the spans its tags hold, and the relations
        between them; a relation one of whose spans the tags lost is reported, not dropped
        silently."""
        if self.format not in TOKEN_RELATION_FORMATS:
            return doc
        kept = sorted({s for layer in doc.layers for s in layer})
        index = {(s.start, s.end, s.label): i for i, s in enumerate(kept)}
        relations = []
        for head, tail, kind in doc.relations:
            ends = [doc.spans[head], doc.spans[tail]]
            new_head, new_tail = (index.get((s.start, s.end, s.label)) for s in ends)
            if new_head is None or new_tail is None:
                surface = f"{_surface(doc, head)} → {_surface(doc, tail)}"
                self.report.add("relation", doc=DocName.of(doc), label=kind, surface=surface)
                continue
            relations.append((new_head, new_tail, kind))
        return replace(doc, spans=tuple(kept), relations=tuple(relations))


def _decoded(stored: Any, text: str) -> Units | None:
    """The stored units of `text` (read only when the export asked for them)."""
    from annotator.nlp.stored_units import decode

    return decode(stored, text)


def _keep_layer_spans(doc: ExportDoc) -> ExportDoc:
    """A flat export counts only the spans it kept (for the card's numbers)."""
    kept = [s for layer in doc.layers for s in layer]
    return replace(doc, spans=tuple(sorted(kept)), relations=())


def _surface(doc: ExportDoc, index: int) -> str:
    """The text of the document's `index`-th span, on one line."""
    span = doc.spans[index]
    return " ".join(doc.text[span.start : span.end].split())
