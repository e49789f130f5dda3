"""Measuring the precision table behind every suggestion's confidence.

Rules and stock underthesea give no probability of their own, so a
suggestion of theirs is stored with its suggester's measured precision for
its label (annotator.nlp.confidence reads resources/suggest/confidence.json).
A suggested relation is stored with the measured precision of the pattern
that proposed it, given the gold spans (`relations` in the same table).
That table is only true for the rules it was measured with: after a change to
rules or gazetteers, `make confidence` measures it again, on the same
development gold every time (the shared development file and the tune parts
of the committed gold, never a blind or test part), and writes it with what
it was measured on. tests/benchmarks/test_confidence_table.py fails when the
shipped table no longer matches the rules.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.app.evaluate import GoldDocument, ordered_labels, read_gold, read_gold_parts
from annotator.app.tune_gold import TUNE_FILES, TUNE_PARTS, spoken_list
from annotator.core.messages import counted
from annotator.core.metrics import SpanScorer
from annotator.core.resources import resource_path
from annotator.nlp.merge import name_shaped_ner
from annotator.nlp.ner import UndertheseaNER
from annotator.nlp.pipeline import NER, RULES, Pipeline, PipelineConfig
from annotator.nlp.relations import PATTERNS, suggest_relations

DEFAULT = 0.5
ABOUT = (
    "Precision of each suggester per label, measured on the development gold "
    f"(gold/dev.jsonl, the tune parts of {spoken_list(TUNE_FILES)}). A suggestion's "
    "confidence is its suggester's precision for its label, unless the suggester gives "
    "its own (the project's model and the base model: the CRF's marginal probability). "
    "Written by `make confidence`; see README.md."
)


def development_documents(dev_file: Path, gold_dir: Path) -> list[GoldDocument]:
    """The shared development file whole, then the tune parts of the committed gold."""
    docs = read_gold(dev_file)
    for name, splits in TUNE_PARTS:
        docs += read_gold_parts(gold_dir / name, splits)
    return docs


def relation_documents(dev_file: Path, gold_dir: Path) -> list[GoldDocument]:
    """The development documents of the files that annotate relations.

    heldout.jsonl marks spans only: its documents would count every relation
    proposed there as wrong.
    """
    docs = read_gold(dev_file)
    for name, splits in TUNE_PARTS:
        part = read_gold_parts(gold_dir / name, splits)
        if any(doc.relations for doc in part):
            docs += part
    return docs


def measure(
    docs: Sequence[GoldDocument], suggesters: Sequence[str] = (RULES, NER)
) -> dict[str, dict[str, float]]:
    """suggester -> label -> smoothed precision (two decimals), for the labels it proposed.

    Stock NER is scored as the merge uses it: only its name-shaped spans.
    """
    rules = Pipeline(PipelineConfig(names=(RULES,))) if RULES in suggesters else None
    ner = UndertheseaNER() if NER in suggesters else None
    scorers = {name: SpanScorer() for name in suggesters}
    for doc in docs:
        if rules is not None:
            found = rules.run(doc.text)[RULES]
            scorers[RULES].add(doc.spans, [(s.start, s.end, s.label) for s in found])
        if ner is not None:
            kept = name_shaped_ner(ner.suggest(doc.text), doc.text)
            scorers[NER].add(doc.spans, [(s.start, s.end, s.label) for s in kept])
    return {name: _precisions(scorer) for name, scorer in scorers.items()}


def measure_relations(docs: Sequence[GoldDocument]) -> dict[str, float]:
    """relation pattern -> smoothed precision, given the gold spans, over docs with relations.

    Given the gold spans, so that a pattern is judged on what it reads, not on
    the span errors before it; smoothed as the span table is, and never
    above 0.99: hundreds of right relations on tuning data are not certainty.
    """
    right = dict.fromkeys(PATTERNS, 0)
    proposed = dict.fromkeys(PATTERNS, 0)
    for doc in docs:
        gold = set(doc.relations)
        for found in suggest_relations(doc.text, list(doc.spans)):
            proposed[found.pattern] += 1
            right[found.pattern] += (found.head, found.tail, found.type) in gold
    return {
        name: min(0.99, round((right[name] + 1) / (proposed[name] + 2), 2))
        for name in PATTERNS
        if proposed[name]
    }


def _precisions(scorer: SpanScorer) -> dict[str, float]:
    """Precision with one hit and one miss added (Laplace), so few spans never claim 1.0.

    The rules were tuned on these very files; a label they proposed twenty
    times without a miss is likely, not certain, to be right elsewhere.
    """
    scores = {label: scorer.score(label) for label in ordered_labels(scorer.labels())}
    return {
        label: round((s.tp + 1) / (s.tp + s.fp + 2), 2)
        for label, s in scores.items()
        if s.tp + s.fp
    }


def table(
    precisions: dict[str, dict[str, float]],
    docs: Sequence[GoldDocument],
    relations: dict[str, float],
) -> dict[str, Any]:
    """The JSON object confidence.json holds."""
    spans = sum(len(doc.spans) for doc in docs)
    return {
        "about": ABOUT,
        "measured_on": " + ".join(("dev.jsonl", *(f"{name} tune" for name in TUNE_FILES))) + " "
        f"({counted(len(docs), 'document')}, {counted(spans, 'gold span')})",
        "default": DEFAULT,
        "suggesters": precisions,
        "relations": relations,
    }


def write_table(data: dict[str, Any], path: Path) -> None:
    """One suggester per line, as the file has always been laid out, for readable diffs."""
    lines = [
        "{",
        *(
            f"  {json.dumps(k)}: {json.dumps(data[k], ensure_ascii=False)},"
            for k in data
            if k not in ("suggesters", "relations")
        ),
        '  "suggesters": {',
        ",\n".join(
            f"    {json.dumps(name)}: {json.dumps(labels, ensure_ascii=False)}"
            for name, labels in data["suggesters"].items()
        ),
        "  },",
        f'  "relations": {json.dumps(data["relations"])}',
        "}",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, required=True, help="the shared development gold file")
    parser.add_argument("--gold-dir", type=Path, default=Path("tests/fixtures/gold"))
    parser.add_argument(
        "--out", type=Path, default=Path(resource_path("suggest", "confidence.json"))
    )
    args = parser.parse_args(argv)
    if not args.dev.is_file():
        parser.exit(2, f"No development gold at {args.dev}: the table is measured on it.\n")
    docs = development_documents(args.dev, args.gold_dir)
    relations = measure_relations(relation_documents(args.dev, args.gold_dir))
    data = table(measure(docs), docs, relations)
    write_table(data, args.out)
    print(f"Wrote {args.out}: {data['measured_on']}")
    for name, labels in data["suggesters"].items():
        print(f"  {name}: " + ", ".join(f"{label} {p:.2f}" for label, p in labels.items()))
    print("  relations: " + ", ".join(f"{name} {p:.2f}" for name, p in relations.items()))


if __name__ == "__main__":
    main()
