"""The agreement report computed document by document in plain Python: the reference.

This is how the report was first computed (core.agreement's per-document
functions over `Project.iter_team`): slow, but simple enough to read line
by line. The array version in the app must give the same report; the two
share only the shaping of the JSON (rounding, F1 of counts, pair entries).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from annotator.app.team.agreement import (
    AgreementOptions,
    _annotators,
    _counts,
    _f1,
    _pair_entry,
    _round,
)
from annotator.app.team.agreement_tally import PairTally
from annotator.core.agreement import (
    MultiRaterTally,
    Tags,
    cohen_kappa,
    confusion,
    f1,
    pair_counts,
    pairs_of,
    token_tags,
)
from annotator.core.errors import TeamError
from annotator.core.syllables import syllable_table
from annotator.nlp.stored_units import decode_tokens
from annotator.store.team_reads import TeamDocument


def _tokens(doc: TeamDocument) -> tuple[list[str], Sequence[int]]:
    if doc.units is not None:
        decoded = decode_tokens(doc.units, doc.text)
        if decoded is not None:
            return decoded
    return syllable_table(doc.text)


class _Tally:
    """Everything the report needs, added up one document at a time."""

    def __init__(self, names: Sequence[str], options: AgreementOptions) -> None:
        self.names = list(names)
        self.labels = set(options.labels)
        self.statuses = set(options.statuses)
        self.pairs: dict[tuple[str, str], PairTally] = {p: PairTally() for p in pairs_of(names)}
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
        here = PairTally()
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

    def _relations(self, doc: TeamDocument, a: str, b: str, pair: PairTally) -> None:
        def chosen(name: str) -> set[Any]:
            found = set(doc.relations.get(name, []))
            if self.labels:
                found = {r for r in found if r[0][2] in self.labels and r[1][2] in self.labels}
            return found

        left, right = chosen(a), chosen(b)
        for kind, found in (("tp", left & right), ("fp", left - right), ("fn", right - left)):
            for relation in found:
                pair.relations[(relation[2], kind)] += 1


def _document_entry(doc: TeamDocument, raters: list[str], here: PairTally) -> dict[str, Any]:
    exact = _counts(here.spans.exact)
    return {
        "doc_id": doc.doc_id,
        "title": doc.title,
        "annotators": raters,
        "span_f1": _round(f1(exact["tp"], exact["fp"], exact["fn"], empty=1.0)),
        "kappa": _round(cohen_kappa(here.tokens)),
        "disagreements": exact["fp"] + exact["fn"],
    }


def reference_agreement(project: Any, options: AgreementOptions | None = None) -> dict[str, Any]:
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
