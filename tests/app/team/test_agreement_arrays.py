"""The array computation of agreement gives the report the plain per-document one gives.

Random projects with what makes token tagging and span matching hard:
nested and crossing spans, spans starting inside a token or
covering only spaces, relabelled and shifted spans, documents some
annotators have not finished, documents without stored tokens, relations,
a label filter, more annotators than two, batches of documents, and the
spans read in id ranges by two threads.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from annotator.app.team import agreement_tally
from annotator.app.team.agreement import AgreementOptions, compute_agreement
from annotator.core.agreement import token_tags
from annotator.core.agreement_arrays import Spans, Tokens, bio_tags, tag_names
from annotator.core.model import SourceDocument
from annotator.core.operations import MergeLayer
from annotator.core.syllables import syllable_table
from annotator.nlp.stored_units import units_of
from annotator.store import agreement_reads, create_project
from tests.app.team.reference_agreement import reference_agreement

WORDS = "Ông Phan Việt Cường, Bí thư Tỉnh ủy Quảng Nam, chủ trì hội nghị ngày 23.2 tại Tam Kỳ."
LABELS = ("PER", "ROLE", "LOC", "ORG", "EVENT", "DATE")
NAMES = ("an", "binh", "chi", "dung")


def _random_spans(rng: random.Random, text: str, base: list[tuple[int, int, str]]) -> list:
    """An annotator's take on the shared spans: most kept, some missed, moved or relabelled."""
    spans = []
    for start, end, label in base:
        roll = rng.random()
        if roll < 0.15:
            continue
        if roll < 0.25:
            label = rng.choice(LABELS)
        elif roll < 0.32:
            start = max(0, start + rng.choice((-2, -1, 1, 2)))
            end = max(start + 1, min(len(text), end + rng.choice((-1, 1, 3))))
        spans.append((start, end, label))
    for _ in range(rng.randrange(3)):  # their own, possibly nested or crossing
        start = rng.randrange(len(text) - 1)
        spans.append((start, min(len(text), start + rng.randrange(1, 30)), rng.choice(LABELS)))
    return list(dict.fromkeys(spans))  # a layer holds a place and label once


def _project(path: Path, seed: int):
    rng = random.Random(seed)
    project = create_project(path, annotator="lead")
    texts = [" ".join(rng.sample(WORDS.split(), k=14)) + "  ." for _ in range(23)]
    docs = (
        SourceDocument(text=t, title=f"d{i}", units=units_of(t) if i % 5 else None)
        for i, t in enumerate(texts)
    )
    list(project.add_documents(docs))
    ids = project.document_ids()
    shared = []
    for text in texts:
        cuts = sorted(rng.sample(range(len(text)), 8))
        shared.append(
            [(a, b, rng.choice(LABELS)) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
        )
    for name in NAMES:
        layer = []
        for doc_id, text, base in zip(ids, texts, shared, strict=True):
            status = rng.choice(("done", "done", "done", "in_progress", None))
            spans = [(None, s, e, lab, "manual", "accepted", None, None) for s, e, lab in
                     _random_spans(rng, text, base)]  # fmt: skip
            if rng.random() < 0.1:
                spans.append((None, 0, 3, "PER", "suggested", "pending", "rules", 0.5))
            relations = []
            if len(spans) >= 2 and rng.random() < 0.6:
                relations.append((None, 0, 1, "HOLDS", "accepted", "manual", None, None))
            layer.append((doc_id, status, tuple(spans), tuple(relations)))
        project.session().apply(MergeLayer(name, tuple(layer)))
    return project


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    "options",
    [
        AgreementOptions(),
        AgreementOptions(labels=("PER", "ROLE")),
        AgreementOptions(annotators=("binh", "an")),
        AgreementOptions(statuses=("done", "in_progress"), doc_ids=(3, 1, 7, 8, 9, 20)),
    ],
)
def test_the_arrays_give_the_reference_report(tmp_path: Path, monkeypatch, seed, options) -> None:
    monkeypatch.setattr(agreement_tally, "BATCH", 4)
    monkeypatch.setattr("annotator.app.team.agreement.BATCH", 4)
    monkeypatch.setattr(agreement_reads, "SPAN_BATCH", 5)  # spans read by two threads
    project = _project(tmp_path / "p.db", seed)
    try:
        assert compute_agreement(project, options) == reference_agreement(project, options)
    finally:
        project.close()


def test_bio_tags_match_token_tags_on_random_spans() -> None:
    rng = random.Random(7)
    texts = [" ".join(rng.sample(WORDS.split(), k=12)) for _ in range(40)]
    labels = sorted(LABELS)
    documents, expected, spans = [], [], []
    for i, text in enumerate(texts):
        forms, starts = syllable_table(text)
        documents.append((np.array(starts), np.array([len(f) for f in forms])))
        found = set()
        for _ in range(rng.randrange(12)):
            start = rng.randrange(len(text))
            found.add((start, min(len(text), start + rng.randrange(1, 25)), rng.choice(labels)))
        expected += token_tags(found, starts, forms)
        spans += [(i, s, e, labels.index(lab)) for s, e, lab in found]
    columns = [np.array(c, dtype=np.int64) for c in zip(*spans, strict=True)]
    tags = bio_tags(Tokens.of(documents), Spans(*columns).unique())
    names = tag_names(labels)
    assert [names[t] for t in tags] == expected
