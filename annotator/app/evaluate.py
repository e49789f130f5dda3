"""Scoring the suggesters against a gold file: exact-match P/R/F1 per label and micro.

The gold file has one JSON object per line with "text" (NFC) and "spans"
as [start, end, label]. Every suggester is scored on its own, and so is the
merged output the user actually sees; the stock underthesea NER is the
baseline.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.app.training import load_model
from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.metrics import SpanScorer
from annotator.nlp.pipeline import MERGED, MODEL, NER, RULES, Pipeline, PipelineConfig
from annotator.store import open_project

# Report order of the schema's span labels; others follow alphabetically.
LABEL_ORDER = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")
BASELINE = NER


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    spans: tuple[tuple[int, int, str], ...]


def read_gold(path: str | os.PathLike[str]) -> list[GoldDocument]:
    """Documents of a gold JSONL file; a malformed line is an error naming its number."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                spans = tuple((int(s), int(e), str(lab)) for s, e, lab in row["spans"])
                out.append(GoldDocument(str(row.get("id", number)), row["text"], spans))
            except (ValueError, KeyError, TypeError) as exc:
                raise ImportFailure(
                    f"{path}, line {number}: not a gold document ({exc}). Each line needs "
                    '"text" and "spans": [[start, end, label], ...].'
                ) from exc
    return out


def ordered_labels(labels: Iterable[str]) -> list[str]:
    chosen = set(labels)
    return [x for x in LABEL_ORDER if x in chosen] + sorted(chosen - set(LABEL_ORDER))


def evaluate_documents(
    docs: Sequence[GoldDocument],
    *,
    config: PipelineConfig = PipelineConfig(),
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, SpanScorer]:
    """A scorer per suggester, plus "merged" for the combined output."""
    pipeline = Pipeline(config)
    scorers: dict[str, SpanScorer] = {name: SpanScorer() for name in pipeline.names}
    scorers[MERGED] = SpanScorer()
    for i, doc in enumerate(docs):
        run = pipeline.run(doc.text)
        for name, found in run.items():
            scorers[name].add(doc.spans, [(s.start, s.end, s.label) for s in found])
        merged = pipeline.merge_run(run, doc.text)
        scorers[MERGED].add(doc.spans, [(s.start, s.end, s.label) for s in merged])
        if progress is not None:
            progress(i + 1, len(docs))
    return scorers


def report(
    scorers: dict[str, SpanScorer], docs: Sequence[GoldDocument], *, main: str = MERGED
) -> dict[str, Any]:
    """{"labels", "micro"} of the main suggester and the same under "suggesters"."""
    labels = ordered_labels(lab for doc in docs for *_, lab in doc.spans)
    per = {name: scorer.report(labels) for name, scorer in scorers.items()}
    chosen = per[main]
    return {"labels": chosen["labels"], "micro": chosen["micro"], "main": main, "suggesters": per}


SCORE_KEYS = ("p", "r", "f1")


def _prf(scores: dict[str, Any]) -> dict[str, float]:
    return {key: scores[key] for key in SCORE_KEYS}


def scores_json(result: dict[str, Any], *, per_suggester: bool = False) -> dict[str, Any]:
    """The documented JSON: {"labels": {L: {"p", "r", "f1"}}, "micro": {"p", "r", "f1"}}.

    With per_suggester, "suggesters" adds the same for every suggester.
    """

    def shape(report: dict[str, Any]) -> dict[str, Any]:
        labels = {name: _prf(s) for name, s in report["labels"].items()}
        return {"labels": labels, "micro": _prf(report["micro"])}

    out = shape(result)
    if per_suggester:
        out["suggesters"] = {name: shape(r) for name, r in result["suggesters"].items()}
    return out


def evaluate_gold(
    gold_path: str | os.PathLike[str],
    *,
    suggester: str | None = None,
    project_path: str | os.PathLike[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Evaluate rules, underthesea, the project's model (if given) and their merge."""
    docs = read_gold(gold_path)
    names: tuple[str, ...] = (RULES, NER)
    config = PipelineConfig(names=names)
    if project_path is not None:
        project = open_project(Path(project_path))
        try:
            stored = load_model(project)
        finally:
            project.close()
        if stored is not None:
            config = PipelineConfig(
                names=(*names, MODEL), model=stored[0], stack=tuple(stored[1].get("stack", ()))
            )
    scorers = evaluate_documents(docs, config=config, progress=progress)
    main = suggester or MERGED
    if main not in scorers:
        raise AnnotatorError(
            f"No suggester named {main!r} ran; choose one of: {', '.join(sorted(scorers))}."
        )
    return report(scorers, docs, main=main)
