"""Agreement between annotators' layers of a project: the report `annotator agreement` prints.

A document counts for an annotator when their own status of it is done (a
merged package's documents, an imported layer); it enters the figures when
at least two chosen annotators count it. Spans are the accepted ones. Kappa
and alpha are computed on syllable tokens with BIO tags (core.agreement).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from annotator.app.team.agreement_tally import (
    BATCH,
    PairTally,
    Tally,
    batch_spans,
    tokens_of,
)
from annotator.core.agreement import MultiRaterTally, cohen_kappa, f1, restrict
from annotator.core.agreement_arrays import Spans, Tokens
from annotator.core.errors import TeamError
from annotator.core.messages import counted
from annotator.core.model import DONE
from annotator.core.team import is_person


@dataclass(frozen=True)
class AgreementOptions:
    annotators: tuple[str, ...] = ()  # empty: every annotator with a finished document
    labels: tuple[str, ...] = ()  # empty: every label
    statuses: tuple[str, ...] = (DONE,)  # own statuses that make a document count
    doc_ids: tuple[int, ...] = ()  # empty: every document


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _f1(counts: dict[str, int]) -> float | None:
    """F1 of the counts; None when neither layer has anything to compare."""
    if not (counts["tp"] or counts["fp"] or counts["fn"]):
        return None
    return _round(f1(counts["tp"], counts["fp"], counts["fn"]))


def _counts(score: Counter[tuple[str, str]], labels: Iterable[str] | None = None) -> dict[str, int]:
    chosen = None if labels is None else set(labels)
    totals: Counter[str] = Counter()
    for (label, kind), n in score.items():
        if chosen is None or label in chosen:
            totals[kind] += n
    return {"tp": totals["tp"], "fp": totals["fp"], "fn": totals["fn"]}


def _figures(exact: dict[str, int], overlap: dict[str, int], kappa: float | None) -> dict[str, Any]:
    return {
        "f1": _f1(exact),
        "kappa": _round(kappa),
        "overlap_f1": _f1(overlap),
        **exact,
    }


def _pair_entry(a: str, b: str, pair: PairTally) -> dict[str, Any]:
    labels = {}
    for label in pair.spans.labels():
        exact, overlap = _counts(pair.spans.exact, [label]), _counts(pair.spans.overlap, [label])
        labels[label] = _figures(exact, overlap, cohen_kappa(restrict(pair.tokens, label)))
    micro = _figures(
        _counts(pair.spans.exact), _counts(pair.spans.overlap), cohen_kappa(pair.tokens)
    )
    relations = {}
    for kind in sorted({k for k, _ in pair.relations}):
        counts = _counts(pair.relations, [kind])
        relations[kind] = {"f1": _f1(counts), **counts}
    return {
        "a": a,
        "b": b,
        "documents": pair.documents,
        "labels": labels,
        "micro": micro,
        "relations": relations,
    }


def _document_entry(tally: Tally, rank: int) -> dict[str, Any]:
    tp, fp, fn = (int(n) for n in tally.documents.exact[rank])
    return {
        "doc_id": tally.doc_ids[rank],
        "title": tally.titles[rank],
        "annotators": tally.raters(rank),
        "span_f1": _round(f1(tp, fp, fn, empty=1.0)),
        "kappa": _round(tally.documents.kappa(rank)),
        "disagreements": fp + fn,
    }


def _annotators(project: Any, options: AgreementOptions) -> list[str]:
    # Only an annotator with an own status can count a document (and the
    # statuses are far fewer rows to read than the spans).
    known = [n for n in project.status_annotators() if is_person(n)]
    if not options.annotators:
        return known
    unknown = [n for n in options.annotators if n not in known]
    if unknown:
        raise TeamError(
            "no layer of annotator {unknown!r} in this project; layers: {value}",
            unknown=unknown[0],
            value=", ".join(known) or "none",
        )
    return list(dict.fromkeys(options.annotators))


def compute_agreement(project: Any, options: AgreementOptions | None = None) -> dict[str, Any]:
    """The agreement report as a JSON-ready dict (shape documented in docs/ARCHITECTURE.md)."""
    options = options or AgreementOptions()
    names = _annotators(project, options)
    if len(names) < 2:
        raise TeamError("agreement needs at least two annotators' layers in the project")
    labels = sorted(set(options.labels)) if options.labels else project.span_labels()
    every_label = not options.labels
    finished = project.finished_documents(names, options.statuses, options.doc_ids or None)
    if not finished.doc_ids:
        raise TeamError(
            "No document has been marked done by at least two annotators yet ({names}), so "
            "there is nothing to compare: give the same documents to two or more annotators "
            "(Team ▸ Create work packages, with several annotators per document) and merge "
            "their packages once they are done.",
            names=", ".join(names),
        )
    tally = Tally(names, labels, finished)
    _add_documents(project, tally, every_label=every_label)
    multi = tally.finish()
    pairs = [
        _pair_entry(names[a], names[b], pair)
        for (a, b), pair in tally.pair_tallies.items()
        if pair.documents
    ]
    overall = _overall_entry(tally, multi)
    documents = sorted(
        (_document_entry(tally, rank) for rank in range(len(tally.doc_ids))),
        key=lambda d: (d["span_f1"], d["kappa"] if d["kappa"] is not None else 1.0),
    )
    return {"annotators": names, "pairs": pairs, "overall": overall, "documents": documents}


def _overall_entry(tally: Tally, multi: MultiRaterTally) -> dict[str, Any]:
    """The report's overall figures: kappa and alpha of all annotators, F1 summed over pairs."""
    exact: Counter[str] = Counter()
    overlap: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    for pair in tally.pair_tallies.values():
        exact.update(_counts(pair.spans.exact))
        overlap.update(_counts(pair.spans.overlap))
        relations.update(_counts(pair.relations))
    return {
        "fleiss_kappa": _round(multi.fleiss_kappa()),
        "krippendorff_alpha": _round(multi.krippendorff_alpha()),
        "span_f1": _f1(exact),
        "overlap_f1": _f1(overlap),
        "relation_f1": _f1(relations),
        "documents": len(tally.doc_ids),
    }


def _add_documents(project: Any, tally: Tally, *, every_label: bool) -> None:
    """Feed the tally a batch of documents at a time: tokens, spans, relations."""
    ids = tally.doc_ids
    arrays = None
    if tally.labels:
        arrays = project.accepted_span_arrays(tally.names, tally.labels, every_label=every_label)
    if arrays is not None:
        rank, counted = batch_spans(arrays, ids, tally.masks)
        order = np.argsort(rank[counted], kind="stable")
        picked = np.flatnonzero(counted)[order]
        span_rank = rank[picked]
    rows = project.document_tokens(ids)
    for first in range(0, len(ids), BATCH):
        count = min(BATCH, len(ids) - first)
        documents = []
        for i in range(first, first + count):
            row = next(rows)
            tally.titles[i] = row[1] or ""
            documents.append(tokens_of(row, project.document_text))
        if arrays is None:
            continue
        low, high = np.searchsorted(span_rank, [first, first + count])
        which = picked[low:high]
        spans = Spans(
            span_rank[low:high] - first,
            arrays.start[which],
            arrays.end[which],
            arrays.label[which],
        )
        tally.add_batch(first, count, Tokens.of(documents), spans, arrays.rater[which])
    for i, relations in _relations_by_rank(project, ids).items():
        tally.add_relations(i, relations)


def _relations_by_rank(project: Any, ids: list[int]) -> dict[int, dict[str, list[Any]]]:
    rank = {doc_id: i for i, doc_id in enumerate(ids)}
    return {rank[d]: found for d, found in project.accepted_relations(ids).items() if d in rank}


def report_lines(report: dict[str, Any], *, worst: int = 10) -> list[str]:
    """The report as plain text for a terminal."""
    overall = report["overall"]
    out = [
        f"Annotators: {', '.join(report['annotators'])}",
        f"Documents compared: {overall['documents']}",
        f"Fleiss' kappa {overall['fleiss_kappa']}, Krippendorff's alpha {overall['krippendorff_alpha']}, "
        f"span F1 {overall['span_f1']} (overlap {overall['overlap_f1']}), "
        f"relation F1 {overall['relation_f1']}",
    ]
    for pair in report["pairs"]:
        micro = pair["micro"]
        out.append(
            f"{pair['a']} & {pair['b']} ({counted(pair['documents'], 'document')}): "
            f"F1 {micro['f1']} "
            f"(overlap {micro['overlap_f1']}; {micro['tp']} agreed, {micro['fp']} only {pair['a']}, "
            f"{micro['fn']} only {pair['b']}), kappa {micro['kappa']}"
        )
        for label, fig in pair["labels"].items():
            out.append(
                f"    {label:<10} F1 {fig['f1']}  kappa {fig['kappa']}  "
                f"overlap F1 {fig['overlap_f1']}  ({fig['tp']}/{fig['fp']}/{fig['fn']})"
            )
        for kind, fig in pair["relations"].items():
            out.append(
                f"    relation {kind:<12} F1 {fig['f1']}  ({fig['tp']}/{fig['fp']}/{fig['fn']})"
            )
    if report["documents"]:
        out.append(f"Documents with the lowest agreement (of {len(report['documents'])}):")
        for doc in report["documents"][:worst]:
            out.append(
                f"  #{doc['doc_id']} F1 {doc['span_f1']} kappa {doc['kappa']} "
                f"({counted(doc['disagreements'], 'disagreement')}) {doc['title']}"
            )
    return out
