"""Building the name classifier shipped in resources/models/names.json, the same way every time.

The recipe: every candidate of the base model's training documents (the
committed gold minus its blind and test parts, in the same fixed order),
labelled by the gold, trained with fixed parameters by a deterministic
descent. The file records each input's SHA-256 and a hash of the gazetteers
its features read, so a changed input is seen.
"""

from __future__ import annotations

from pathlib import Path

from annotator.app.base_model import gazetteer_digest, training_documents
from annotator.app.shipped_classifier import ClassifierReport, write_classifier
from annotator.nlp.names import train_names
from annotator.nlp.names.fill import ADDED_LABELS, MODEL_FILE, THRESHOLDS
from annotator.nlp.names.lexicon import read_lexicon
from annotator.nlp.names.training import ITERATIONS, L2


def name_model_data(gold_dir: Path) -> dict:
    """The classifier and its recipe as the JSON object the shipped file holds."""
    docs, _, inputs = training_documents(gold_dir)
    model = train_names(docs, read_lexicon())
    return {
        "about": "Names nobody suggested (annotator.nlp.names); rebuild with `make name-model`.",
        "inputs": inputs,
        "documents": len(docs),
        "gazetteers_sha256": gazetteer_digest(),
        "params": {"l2": L2, "iterations": ITERATIONS},
        "thresholds": dict(THRESHOLDS),
        "added_labels": sorted(ADDED_LABELS),
        **model,
    }


def build_name_model(gold_dir: Path, out_dir: Path | None = None) -> ClassifierReport:
    """Train the classifier on the committed gold and write it with its recipe."""
    return write_classifier(name_model_data(gold_dir), MODEL_FILE, out_dir)
