"""Training the event classifier from gold documents: every candidate, labelled by the gold.

A candidate whose offsets are exactly a gold EVENT span is an event; every
other candidate (too short, too long, a head used as no event) is nothing.
The model, its training and the gazetteer lookup are the name classifier's
(annotator.nlp.names), with two classes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from annotator.nlp.events.candidates import event_candidates, learn_heads
from annotator.nlp.events.features import EventDocument, event_features
from annotator.nlp.names.candidates import words_of
from annotator.nlp.names.model import NOTHING, train
from annotator.nlp.names.training import GoldText

EVENT = "EVENT"
MIN_FEATURE_COUNT = 2
# The penalty per weight and the number of descent steps (measured by
# leaving one blind-time set out, see resources/models/README.md).
L2 = 1.0
ITERATIONS = 300


def event_samples(
    docs: Sequence[GoldText], heads: Sequence[str], lexicon: Mapping[str, str]
) -> list[tuple[list[str], str]]:
    """(features, EVENT or NOTHING) for every candidate of every document."""
    out = []
    for text, spans in docs:
        gold = {(s, e) for s, e, label in spans if label == EVENT}
        words = words_of(text)
        doc = EventDocument(text, words, lexicon)
        for c in event_candidates(text, words, heads):
            out.append((event_features(doc, c), EVENT if (c.start, c.end) in gold else NOTHING))
    return out


def train_events(docs: Sequence[GoldText], lexicon: Mapping[str, str]) -> dict:
    """The classifier's JSON-ready data: labels, weights and the heads it was given."""
    heads = learn_heads(docs)
    model = train(
        event_samples(docs, heads, lexicon),
        l2=L2,
        iterations=ITERATIONS,
        min_count=MIN_FEATURE_COUNT,
    )
    return {"heads": heads, **model.to_dict()}
