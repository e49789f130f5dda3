"""Shaping one stored document for an export: select, flatten, tokenise; count and report.

The same shaping runs in the exporting process and in export workers, so a
parallel export writes exactly what a sequential one writes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from annotator.app.export_policy import LAYERS, flatten
from annotator.app.export_report import LossReport
from annotator.app.export_select import Selection, prepare
from annotator.app.export_tokens import TokenOptions, syllable_shortcut, tokenize, wants_units
from annotator.app.team.layers import choose_layer
from annotator.core.model import REVIEWED
from annotator.formats.tokens import ExportDoc
from annotator.nlp.stored_units import Units, decode
from annotator.store.streaming import AnnotatedDocument

TOKEN_FORMATS = frozenset({"conll", "hf", "spacy"})
RELATION_FORMATS = frozenset({"jsonl", "brat"})


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
        self.report = report

    @property
    def wants_units(self) -> bool:
        """Whether the tokens stored at import would serve this export (read them, then)."""
        return (
            self.shortcuts
            and self.format == "conll"
            and self.overlap != LAYERS
            and wants_units(self.tokens)
        )

    def shape(self, item: AnnotatedDocument) -> ExportDoc | None:
        """The document as exported, or None when nothing of it goes out."""
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
            self.report.add("layer", doc=str(doc.id))
            return None
        out = prepare(doc, chosen[0], chosen[1], selection=selection, report=self.report)
        # Stored units describe the stored text: not one with regions cut out.
        units = decode(item.units) if item.units is not None and out.text is doc.text else None
        return self._shape(out, units)

    def _shape(self, doc: ExportDoc, units: Units | None) -> ExportDoc | None:
        fmt = self.format
        if not doc.text.strip():
            self.report.add("empty", doc=doc.key)
            return None
        if fmt not in RELATION_FORMATS:
            for _, _, kind in doc.relations:
                self.report.add("relation", doc=doc.key, label=kind)
        if fmt not in TOKEN_FORMATS:
            return doc
        text = doc.text
        for span in doc.spans:  # blocks a span straddles are written as one
            if text.find("\n", span.start, span.end) >= 0:
                surface = text[span.start : span.end]
                self.report.add("joined", doc=doc.key, label=span.label, surface=surface)
        policy = LAYERS if fmt == "spacy" else self.overlap
        depth = None if fmt == "spacy" else self.max_layers
        layers, dropped = flatten(doc.spans, policy, max_layers=depth)
        for span in dropped:
            self.report.add(
                "overlap", doc=doc.key, label=span.label, surface=doc.text[span.start : span.end]
            )
        if self.shortcuts and fmt == "conll" and len(layers) == 1 and policy != LAYERS:
            fast = syllable_shortcut(doc, layers[0], self.tokens, units)
            if fast is not None:
                return fast
        shaped = tokenize(doc, layers, self.tokens, self.report)
        if not any(shaped.blocks):
            self.report.add("empty", doc=doc.key)
            return None
        if fmt != "spacy" and policy != LAYERS:
            shaped = _keep_layer_spans(shaped)
        return shaped


def _keep_layer_spans(doc: ExportDoc) -> ExportDoc:
    """A flat export counts only the spans it kept (for the card's numbers)."""
    kept = [s for layer in doc.layers for s in layer]
    return replace(doc, spans=tuple(sorted(kept)), relations=())
