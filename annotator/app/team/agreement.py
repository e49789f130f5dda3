"""Agreement between annotators' layers of a project: the report `annotator agreement` prints.

A document counts for an annotator when their own status of it is done (a
merged package's documents, an imported layer); it enters the figures when
at least two chosen annotators count it. Spans are the accepted ones. Kappa
and alpha are computed on syllable tokens with BIO tags (core.agreement).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.agreement import (
    MultiRaterTally,
    PairScore,
    Tags,
    cohen_kappa,
    confusion,
    f1,
    pair_counts,
    pairs_of,
    restrict,
    token_tags,
)
from annotator.core.errors import TeamError
from annotator.core.model import DONE
from annotator.core.syllables import syllable_table
from annotator.core.team import is_person
from annotator.nlp.stored_units import decode_tokens
from annotator.store.team_reads import TeamDocument


@dataclass(frozen=True)
class AgreementOptions:
    annotators: tuple[str, ...] = ()  # empty: every annotator with a finished document
    labels: tuple[str, ...] = ()  # empty: every label
    statuses: tuple[str, ...] = (DONE,)  # own statuses that make a document count
    doc_ids: tuple[int, ...] = ()  # empty: every document


@dataclass
class _Pair:
    spans: PairScore = field(default_factory=PairScore)
    tokens: Counter[tuple[str, str]] = field(default_factory=Counter)
    relations: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, tp|fp|fn)
    documents: int = 0


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _f1(counts: dict[str, int]) -> float | None:
    """F1 of the counts; None when neither layer has anything to compare."""
    if not (counts["tp"] or counts["fp"] or counts["fn"]):
        return None
    return _round(f1(counts["tp"], counts["fp"], counts["fn"]))


def _tokens(doc: TeamDocument) -> tuple[list[str], Sequence[int]]:
    if doc.units is not None:
        decoded = decode_tokens(doc.units)
        if decoded is not None:
            return decoded
    return syllable_table(doc.text)


class _Tally:
    """Everything the report needs, added up one document at a time."""

    def __init__(self, names: Sequence[str], options: AgreementOptions) -> None:
        self.names = list(names)
        self.labels = set(options.labels)
        self.statuses = set(options.statuses)
        self.pairs: dict[tuple[str, str], _Pair] = {p: _Pair() for p in pairs_of(names)}
        self.multi = MultiRaterTally()
        self.documents: list[dict[str, Any]] = []

    def raters(self, doc: TeamDocument) -> list[str]:
        return [n for n in self.names if doc.statuses.get(n) in self.statuses]

    def spans(self, doc: TeamDocument, name: str) -> list[tuple[int, int, str]]:
        found = doc.spans.get(name, [])
        return [s for s in found if s[2] in self.labels] if self.labels else found

    def add(self, doc: TeamDocument) -> None:
        raters = self.raters(doc)
        if len(raters) < 2:
            return
        forms, starts = _tokens(doc)
        layers = {n: self.spans(doc, n) for n in raters}
        tags: dict[str, Tags] = {n: token_tags(layers[n], starts, forms) for n in raters}
        self.multi.add_document([tags[n] for n in raters])
        here = _Pair()
        for a, b in pairs_of(raters):
            pair = self.pairs[(a, b)]
            pair.documents += 1
            spans = pair_counts(layers[a], layers[b])
            tokens = confusion(tags[a], tags[b])
            for target in (pair, here):
                target.spans.update(spans)
                target.tokens.update(tokens)
            self._relations(doc, a, b, pair)
        self.documents.append(_document_entry(doc, raters, here))

    def _relations(self, doc: TeamDocument, a: str, b: str, pair: _Pair) -> None:
        def chosen(name: str) -> set[Any]:
            found = set(doc.relations.get(name, []))
            if self.labels:
                found = {r for r in found if r[0][2] in self.labels and r[1][2] in self.labels}
            return found

        left, right = chosen(a), chosen(b)
        for kind, found in (("tp", left & right), ("fp", left - right), ("fn", right - left)):
            for relation in found:
                pair.relations[(relation[2], kind)] += 1


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


def _pair_entry(a: str, b: str, pair: _Pair) -> dict[str, Any]:
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


def _document_entry(doc: TeamDocument, raters: list[str], here: _Pair) -> dict[str, Any]:
    exact = _counts(here.spans.exact)
    return {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "annotators": raters,
        "span_f1": _round(f1(exact["tp"], exact["fp"], exact["fn"], empty=1.0)),
        "kappa": _round(cohen_kappa(here.tokens)),
        "disagreements": exact["fp"] + exact["fn"],
    }


def _annotators(project: Any, options: AgreementOptions) -> list[str]:
    known = [n for n in project.layer_names() if is_person(n)]
    if not options.annotators:
        return known
    unknown = [n for n in options.annotators if n not in known]
    if unknown:
        raise TeamError(
            f"no layer of annotator {unknown[0]!r} in this project; layers: {', '.join(known) or 'none'}"
        )
    return list(dict.fromkeys(options.annotators))


def compute_agreement(project: Any, options: AgreementOptions | None = None) -> dict[str, Any]:
    """The agreement report as a JSON-ready dict (shape documented in docs/ARCHITECTURE.md)."""
    options = options or AgreementOptions()
    names = _annotators(project, options)
    if len(names) < 2:
        raise TeamError("agreement needs at least two annotators' layers in the project")
    tally = _Tally(names, options)
    ids = list(options.doc_ids) or project.document_ids()
    for doc in project.iter_team(ids):
        tally.add(doc)
    pairs = [_pair_entry(a, b, pair) for (a, b), pair in tally.pairs.items() if pair.documents]
    exact: Counter[str] = Counter()
    overlap: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    for pair in tally.pairs.values():
        exact.update(_counts(pair.spans.exact))
        overlap.update(_counts(pair.spans.overlap))
        relations.update(_counts(pair.relations))
    overall = {
        "fleiss_kappa": _round(tally.multi.fleiss_kappa()),
        "krippendorff_alpha": _round(tally.multi.krippendorff_alpha()),
        "span_f1": _f1(exact),
        "overlap_f1": _f1(overlap),
        "relation_f1": _f1(relations),
        "documents": len(tally.documents),
    }
    documents = sorted(
        tally.documents, key=lambda d: (d["span_f1"], d["kappa"] if d["kappa"] is not None else 1.0)
    )
    return {"annotators": names, "pairs": pairs, "overall": overall, "documents": documents}


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
            f"{pair['a']} & {pair['b']} ({pair['documents']} documents): F1 {micro['f1']} "
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
                f"({doc['disagreements']} disagreements) {doc['title']}"
            )
    return out
