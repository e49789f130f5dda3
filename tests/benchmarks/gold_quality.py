"""Scoring what a fresh project suggests (the rules and the base model) on gold files.

Stock underthesea NER is scored alone beside it, as the baseline (it is not
merged by default, see annotator/app/suggesters.py).

Shared by the quality benchmarks: spans per label and per source, relations
given the gold spans and end to end. Only scores are computed here; the
blind parts of the gold are scored, never inspected.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.app.evaluate import GoldDocument, evaluate_documents
from annotator.core.metrics import Score, SpanScorer
from annotator.nlp.pipeline import MERGED, NER, base_model_config

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
LABELS = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")
RELATIONS = ("HOLDS", "PARTICIPATES", "WHEN", "ISSUED_BY")
# The span targets on the second development set's blind part.
SPAN_TARGETS = {"PER": 0.95, "ROLE": 0.90, "ORG": 0.85, "LOC": 0.85, "EVENT": 0.75, "DATE": 0.85}
MICRO_TARGET = 0.92


def added_by_label(right: dict[str, int], wrong: dict[str, int]) -> str:
    """`PER +3/-1 ORG +1/-0`: right and wrong spans a step added, per label it touched."""
    return (
        " ".join(f"{x} +{right[x]}/-{wrong[x]}" for x in LABELS if right[x] or wrong[x]) or "none"
    )


def source_of(row: dict) -> str:
    """VNTC (VnExpress, Tuổi Trẻ, NLĐ, Thanh Niên 2004-2006) or VFND (2014-2022)."""
    return "VFND" if str(row.get("source", "")).startswith("VFND") else "VNTC"


def outlet_of(row: dict) -> str:
    """The newspaper an article came from (its `outlet` metadata line)."""
    return str(row.get("meta", {}).get("outlet", "unknown"))


def gold_rows(path: Path, split: str | None = None) -> list[dict]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [row for row in rows if split is None or row.get("split") == split]


def as_gold(rows: Iterable[dict]) -> list[GoldDocument]:
    return [
        GoldDocument(
            str(row["id"]),
            row["text"],
            tuple((s, e, lab) for s, e, lab in row["spans"]),
            tuple((h, t, k) for h, t, k in row.get("relations", ())),
        )
        for row in rows
    ]


@dataclass
class Scores:
    """Span scorers of the merged output and of stock underthesea; relations both ways."""

    merged: SpanScorer = field(default_factory=SpanScorer)
    stock: SpanScorer = field(default_factory=SpanScorer)
    relations_end_to_end: SpanScorer = field(default_factory=SpanScorer)
    relations_gold_spans: SpanScorer = field(default_factory=SpanScorer)


def score_rows(rows: list[dict]) -> Scores:
    """Everything a fresh project suggests, scored on the rows' gold."""
    docs = as_gold(rows)
    config = base_model_config()
    out = Scores()
    end_to_end = evaluate_documents(
        docs, config=config, relations=out.relations_end_to_end, baseline=True
    )
    out.merged, out.stock = end_to_end[MERGED], end_to_end[NER]
    from annotator.nlp.relations import suggest_relations

    for doc in docs:
        spans = list(doc.spans)
        found = {(spans[r.head], spans[r.tail], r.type) for r in suggest_relations(doc.text, spans)}
        out.relations_gold_spans.add(doc.relation_keys(), found)
    return out


def by_source(rows: list[dict], key: Callable[[dict], str] = source_of) -> dict[str, Scores]:
    """Scores per group of rows: per source by default, or per `key` (e.g. outlet_of)."""
    groups = sorted({key(row) for row in rows})
    return {name: score_rows([r for r in rows if key(r) == name]) for name in groups}


def _cell(score: Score) -> str:
    """F1, or a dash when there was nothing to score (no gold and no suggestion)."""
    return "-" if score.tp + score.fp + score.fn == 0 else f"{score.f1:.3f}"


def span_table(title: str, scorers: dict[str, SpanScorer]) -> str:
    head = f"{'':28}" + "".join(f"{x:>7}" for x in ("micro", *LABELS))
    lines = [f"== {title}", head]
    for name, scorer in scorers.items():
        cells = [scorer.micro(list(LABELS))] + [scorer.score(x) for x in LABELS]
        lines.append(f"{name:28}" + "".join(f"{_cell(c):>7}" for c in cells))
    return "\n".join(lines)


def relation_table(title: str, scorers: dict[str, SpanScorer]) -> str:
    lines = [f"== {title}"]
    for name, scorer in scorers.items():
        cells = [
            f"{k} -"
            if scorer.score(k).tp + scorer.score(k).fp + scorer.score(k).fn == 0
            else f"{k} {scorer.score(k).f1:.2f} (P {scorer.score(k).p:.2f} R {scorer.score(k).r:.2f})"
            for k in RELATIONS
        ]
        lines.append(f"  {name:22} " + "  ".join(cells))
    return "\n".join(lines)
