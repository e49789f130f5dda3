"""Building the event classifier shipped in resources/models/events.json, the same way every time.

The recipe is the name classifier's (annotator.app.name_model): every
candidate of the base model's training documents, labelled by the gold,
fixed parameters, a deterministic descent; the file records each input's
SHA-256 and the gazetteers' hash, so a changed input is seen.
"""

from __future__ import annotations

from pathlib import Path

from annotator.app.base_model import gazetteer_digest, training_documents
from annotator.app.shipped_classifier import ClassifierReport, write_classifier
from annotator.nlp.events import train_events
from annotator.nlp.events.fill import EXTENT_MARGIN, EXTENT_THRESHOLD, MODEL_FILE, THRESHOLD
from annotator.nlp.events.training import ITERATIONS, L2
from annotator.nlp.names.lexicon import read_lexicon


def event_model_data(gold_dir: Path) -> dict:
    """The classifier and its recipe as the JSON object the shipped file holds."""
    docs, _, inputs = training_documents(gold_dir)
    model = train_events(docs, read_lexicon())
    return {
        "about": "Events nobody suggested (annotator.nlp.events); rebuild with `make event-model`.",
        "inputs": inputs,
        "documents": len(docs),
        "gazetteers_sha256": gazetteer_digest(),
        "params": {"l2": L2, "iterations": ITERATIONS},
        "threshold": THRESHOLD,
        "extent": {"threshold": EXTENT_THRESHOLD, "margin": EXTENT_MARGIN},
        **model,
    }


def build_event_model(gold_dir: Path, out_dir: Path | None = None) -> ClassifierReport:
    """Train the classifier on the committed gold and write it with its recipe."""
    return write_classifier(event_model_data(gold_dir), MODEL_FILE, out_dir)
