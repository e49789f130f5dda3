"""Which annotators' layer an export takes: curated, one annotator, majority vote, or each apart.

- auto (the default): the curated layer of a document that has one, every
  layer's spans (duplicates once, as before teams) of one that does not;
  with an annotator filter, those annotators' layers;
- curated: only curated documents, their curated layer;
- majority: a span (range and label) that more than half of the document's
  annotators have; the annotators of a document are the people whose layer
  there holds any span, accepted or pending, and the people who marked it
  done (someone who finished it and found nothing votes "no span");
- separate: one export per annotator, each in a folder of its own
  (`run_layered_export`).

Relations follow their spans' layer. The dataset card says which layer was
taken, with the agreement figures of the exported documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from operator import attrgetter
from pathlib import Path
from typing import Any

from annotator.app.card_language import say
from annotator.core.errors import AnnotatorError, ExportError
from annotator.core.model import Relation
from annotator.core.team import CURATED, is_person
from annotator.store.streaming import SpanRow

AUTO = "auto"
CURATED_LAYER = "curated"
MAJORITY = "majority"
SEPARATE = "separate"
LAYER_CHOICES = (AUTO, CURATED_LAYER, MAJORITY, SEPARATE)


def choose_layer(
    spans: Sequence[SpanRow],
    relations: Sequence[Relation],
    *,
    layer: str,
    annotators: Sequence[str] = (),
    reviewed: bool = False,
    finished: Sequence[str] = (),
) -> tuple[Sequence[SpanRow], Sequence[Relation]] | None:
    """The spans and relations of the chosen layer; None when the document lacks it.

    A document is curated when it has curated spans, or when it is reviewed
    and holds several people's layers (the curator kept no span at all); a
    reviewed document of one annotator is that annotator's, as before teams.
    """
    curated = _curated(spans, reviewed)
    if layer == AUTO and not annotators and not curated:
        return spans, relations  # no curated layer: every layer, as exports always did
    if annotators:
        kept = [s for s in spans if s.annotator in annotators]
    elif layer in (AUTO, CURATED_LAYER):
        if not curated:
            return None
        kept = [s for s in spans if s.annotator == CURATED]
    elif layer == MAJORITY:
        kept = _majority(spans, finished)
    else:
        raise ExportError(
            "unknown layer {layer!r}; choose one of {choices}",
            layer=layer,
            choices=", ".join(LAYER_CHOICES),
        )
    if len(kept) == len(spans):
        return spans, relations
    ids = {s.id for s in kept}
    return kept, [r for r in relations if r.head in ids and r.tail in ids]


_annotator = attrgetter("annotator")


def _curated(spans: Sequence[SpanRow], reviewed: bool) -> bool:
    """Whether the document has a curated layer (asked of every document an export takes)."""
    if CURATED in map(_annotator, spans):
        return True
    return reviewed and len({s.annotator for s in spans if is_person(s.annotator)}) >= 2


def _majority(spans: Sequence[SpanRow], finished: Sequence[str]) -> list[SpanRow]:
    people = {s.annotator for s in spans if is_person(s.annotator)} | set(finished)
    votes: Counter[tuple[int, int, str]] = Counter()
    first: dict[tuple[int, int, str], SpanRow] = {}
    voted: set[tuple[str, tuple[int, int, str]]] = set()
    for span in spans:
        key = (span.start, span.end, span.label)
        if not is_person(span.annotator) or span.state != "accepted":
            continue
        if (span.annotator, key) not in voted:
            voted.add((span.annotator, key))
            votes[key] += 1
            first.setdefault(key, span)
    return sorted(
        (first[key] for key, n in votes.items() if 2 * n > len(people)),
        key=lambda s: (s.start, s.end, s.id),
    )


def layer_card(
    project: Any,
    *,
    layer: str,
    annotators: Sequence[str],
    ids: Sequence[int],
    language: str = "en",
) -> str:
    """The dataset card's section on the layer taken and the exported documents' agreement."""

    def s(text: str) -> str:
        return say(text, language)

    what = _layer_described(layer, annotators, s)
    out = ["", "## " + s("Annotation layer"), "", "- " + s("layer: {what}").format(what=what)]
    people = [n for n in project.layer_names() if is_person(n)]
    if len(people) < 2:
        out.append("- " + s("agreement: one annotator's layer only; no agreement figures"))
        return "\n".join(out) + "\n"
    # Only now: agreement loads numpy, which a one-annotator export never needs.
    from annotator.app.team.agreement import AgreementOptions, compute_agreement

    try:
        report = compute_agreement(project, AgreementOptions(doc_ids=tuple(ids)))
    except AnnotatorError as exc:
        out.append("- " + s("agreement: not computed ({reason})").format(reason=exc))
        return "\n".join(out) + "\n"
    out.extend(_agreement_lines(report, s))
    return "\n".join(out) + "\n"


def _layer_described(layer: str, annotators: Sequence[str], s: Callable[[str], str]) -> str:
    """The card's words for the layer taken: a chosen annotator filter outranks the layer."""
    if annotators:
        return s("the layer of {names}").format(names=", ".join(annotators))
    return {
        AUTO: s("the curated layer where a document has one; elsewhere every annotator's spans"),
        CURATED_LAYER: s("the curated layer (documents without one are left out)"),
        MAJORITY: s(
            "majority vote: spans more than half of a document's annotators made (those with "
            "spans there and those who marked it done)"
        ),
    }.get(layer, layer)


def _agreement_lines(report: dict[str, Any], s: Callable[[str], str]) -> list[str]:
    """The overall agreement line, then one indented line per pair of annotators."""
    overall = report["overall"]
    lines = [
        "- "
        + s(
            "agreement over the 1 exported document that several annotators finished: "
            "span F1 {f1}, Fleiss' kappa {fleiss}, Krippendorff's alpha {alpha} "
            "(syllable BIO tokens)"
            if overall["documents"] == 1
            else "agreement over the {documents} exported documents that several annotators "
            "finished: span F1 {f1}, Fleiss' kappa {fleiss}, Krippendorff's alpha {alpha} "
            "(syllable BIO tokens)"
        ).format(
            documents=overall["documents"],
            f1=overall["span_f1"],
            fleiss=overall["fleiss_kappa"],
            alpha=overall["krippendorff_alpha"],
        )
    ]
    for pair in report["pairs"]:
        micro = pair["micro"]
        lines.append(
            "  - "
            + s(
                "{a} & {b}: 1 document, F1 {f1}, kappa {kappa}"
                if pair["documents"] == 1
                else "{a} & {b}: {documents} documents, F1 {f1}, kappa {kappa}"
            ).format(
                a=pair["a"],
                b=pair["b"],
                documents=pair["documents"],
                f1=micro["f1"],
                kappa=micro["kappa"],
            )
        )
    return lines


def run_layered_export(project: Any, options: Any, **kwargs: Any) -> list[Any]:
    """Run an export; with the separate layer, one per annotator into OUT/NAME."""
    from annotator.app.exporting.run import default_directory, run_export

    if options.selection.layer != SEPARATE:
        return [run_export(project, options, **kwargs)]
    chosen = separate_layers(project, options.selection)
    if not chosen:
        raise ExportError("no annotator's layer to export separately")
    base = Path(options.out) if options.out else default_directory(project, options)
    results = []
    for name in chosen:
        selection = replace(options.selection, layer=AUTO, annotators=(name,))
        one = replace(options, selection=selection, out=base / layer_folder(name))
        results.append(run_export(project, one, **kwargs))
    return results


def separate_layers(project: Any, selection: Any) -> list[str]:
    """The annotators a separate-layer export writes, one folder each, in this order."""
    people = [n for n in project.layer_names() if is_person(n)]
    return [n for n in people if not selection.annotators or n in selection.annotators]


def layer_folder(name: str) -> str:
    """The folder a separate-layer export writes `name`'s layer into, inside its target."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name) or "annotator"
