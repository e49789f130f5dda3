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
from annotator.nlp.ner import UndertheseaNER
from annotator.nlp.pipeline import (
    MERGED,
    NER,
    Pipeline,
    PipelineConfig,
    base_model_config,
    suggesters,
)
from annotator.nlp.relations import suggest_relations
from annotator.store import open_project

# Report order of the schema's span labels; others follow alphabetically.
LABEL_ORDER = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")
RELATION_ORDER = ("HOLDS", "PARTICIPATES", "WHEN", "ISSUED_BY")
Triple = tuple[int, int, str]
BASELINE = NER


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    spans: tuple[Triple, ...]
    # (head index, tail index, type): indices into spans.
    relations: tuple[Triple, ...] = ()
    # The part of its gold file it belongs to ("tune", "blind", ...), or "".
    split: str = ""

    def relation_keys(self) -> set[tuple[Triple, Triple, str]]:
        """Each relation as (head span, tail span, type): what scoring compares."""
        return {(self.spans[h], self.spans[t], kind) for h, t, kind in self.relations}


def read_gold(path: str | os.PathLike[str]) -> list[GoldDocument]:
    """Documents of a gold JSONL file; a malformed line is an error naming its number."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                # "label": the project's own JSONL export, read as gold as it is written.
                listed = row["spans"] if "spans" in row else row["label"]
                text = row["text"]
                spans = tuple((int(s), int(e), str(lab)) for s, e, lab in listed)
                _check_spans(spans, text)
                links = tuple((int(h), int(t), str(k)) for h, t, k in row.get("relations", ()))
                if any(not (0 <= i < len(spans)) for h, t, _ in links for i in (h, t)):
                    raise ValueError("a relation points at a span the line does not have")
                doc_id, split = str(row.get("id", number)), str(row.get("split") or "")
                out.append(GoldDocument(doc_id, text, spans, links, split))
            except KeyError as exc:
                raise ImportFailure(
                    '{path}, line {number}: not a gold document (no "{field}" field). Each line '
                    'needs "text" and "spans" (or "label", as the JSONL export writes it): '
                    "[[start, end, label], ...].",
                    path=path,
                    number=number,
                    field=exc.args[0],
                ) from exc
            except (ValueError, TypeError) as exc:
                raise ImportFailure(
                    '{path}, line {number}: not a gold document ({exc}). Each line needs "text" and '
                    '"spans" (or "label", as the JSONL export writes it): [[start, end, label], ...].',
                    path=path,
                    number=number,
                    exc=exc,
                ) from exc
    return out


def _check_spans(spans: tuple[Triple, ...], text: object) -> None:
    """Gold spans lie inside their text: one outside would be scored as a miss in silence."""
    if not isinstance(text, str):
        raise TypeError('"text" holds no string')
    for start, end, label in spans:
        if not 0 <= start < end <= len(text):
            raise ValueError(
                f"span [{start}, {end}) {label} does not fit a text of {len(text)} characters"
            )


def read_gold_parts(path: str | os.PathLike[str], splits: Iterable[str]) -> list[GoldDocument]:
    """The documents of a gold file that belong to these of its parts."""
    wanted = set(splits)
    return [doc for doc in read_gold(path) if doc.split in wanted]


def ordered_labels(labels: Iterable[str]) -> list[str]:
    chosen = set(labels)
    return [x for x in LABEL_ORDER if x in chosen] + sorted(chosen - set(LABEL_ORDER))


def evaluate_documents(
    docs: Sequence[GoldDocument],
    *,
    config: PipelineConfig = PipelineConfig(),
    progress: Callable[[int, int], None] | None = None,
    relations: SpanScorer | None = None,
    gold_spans: bool = False,
    baseline: bool = False,
) -> dict[str, SpanScorer]:
    """A scorer per suggester, plus "merged" for the combined output.

    With `baseline`, stock underthesea NER is scored too even when the
    configuration does not merge it. With `relations`, the suggested
    relations are scored into it too: over the merged spans (end to end), or
    over the gold spans with `gold_spans`.
    """
    pipeline = Pipeline(config)
    extra = UndertheseaNER() if baseline and NER not in pipeline.names else None
    scorers: dict[str, SpanScorer] = {name: SpanScorer() for name in pipeline.names}
    if extra is not None:
        scorers[NER] = SpanScorer()
    scorers[MERGED] = SpanScorer()
    for i, doc in enumerate(docs):
        run = pipeline.run(doc.text)
        merged = pipeline.merge_run(run, doc.text)
        if extra is not None:
            run[NER] = extra.suggest(doc.text)
        for name, suggested in run.items():
            scorers[name].add(doc.spans, [(s.start, s.end, s.label) for s in suggested])
        found = [(s.start, s.end, s.label) for s in merged]
        scorers[MERGED].add(doc.spans, found)
        if relations is not None:
            relations.add(doc.relation_keys(), _relation_keys(doc, found, gold_spans))
        if progress is not None:
            progress(i + 1, len(docs))
    return scorers


def _relation_keys(
    doc: GoldDocument, found: list[Triple], gold_spans: bool
) -> set[tuple[Triple, Triple, str]]:
    spans = list(doc.spans) if gold_spans else found
    return {(spans[r.head], spans[r.tail], r.type) for r in suggest_relations(doc.text, spans)}


def relations_json(scorer: SpanScorer, docs: Sequence[GoldDocument]) -> dict[str, Any]:
    """{TYPE: {"p", "r", "f1"}} for every relation type in the gold or suggested."""
    present = {kind for doc in docs for *_, kind in doc.relations} | set(scorer.labels())
    kinds = [k for k in RELATION_ORDER if k in present] + sorted(present - set(RELATION_ORDER))
    return {kind: _prf(scorer.score(kind).as_dict()) for kind in kinds}


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
    if "relations" in result:
        out["relations"] = result["relations"]
    if per_suggester:
        out["suggesters"] = {name: shape(r) for name, r in result["suggesters"].items()}
    return out


def evaluate_gold(
    gold_path: str | os.PathLike[str],
    *,
    suggester: str | None = None,
    project_path: str | os.PathLike[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    gold_spans: bool = False,
    with_underthesea: bool = False,
) -> dict[str, Any]:
    """Evaluate rules, the project's model (if given, else the base model) and their merge.

    Stock underthesea NER is always scored, as the baseline; it is part of
    the merge only `with_underthesea`, as in suggesting. "relations" holds
    the suggested relations' scores per type, end to end or (gold_spans)
    given the gold file's spans.
    """
    docs = read_gold(gold_path)
    config = _pipeline_config(suggesters(with_underthesea=with_underthesea), project_path)
    relations = SpanScorer()
    scorers = evaluate_documents(
        docs,
        config=config,
        progress=progress,
        relations=relations,
        gold_spans=gold_spans,
        baseline=True,
    )
    main = suggester or MERGED
    if main not in scorers:
        raise AnnotatorError(
            "No suggester named {main!r} ran; choose one of: {choices}.",
            main=main,
            choices=", ".join(sorted(scorers)),
        )
    result = report(scorers, docs, main=main)
    result["relations"] = relations_json(relations, docs)
    return result


def _pipeline_config(
    names: tuple[str, ...], project_path: str | os.PathLike[str] | None
) -> PipelineConfig:
    """The suggesters with the project's own model when it has one, else the shipped base model
    (what a project without its own model suggests)."""
    if project_path is not None:
        project = open_project(Path(project_path), access="read")  # its model only
        try:
            stored = load_model(project)
        finally:
            project.close()
        if stored is not None:
            return PipelineConfig(
                names=names, model=stored[0], stack=tuple(stored[1].get("stack", ()))
            )
    return base_model_config(names)
