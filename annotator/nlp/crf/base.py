"""The base model shipped in resources/models: suggestions before a project trains its own.

It is the same syllable CRF a project trains (stacked on the rules), built by
`make base-model` from the gold the repository holds (see
resources/models/README.md). A fresh project uses it until it has a model of
its own; its spans carry the suggester name "base-model" and the CRF's
marginal probability as their confidence.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.core.resources import resource_path
from annotator.nlp.crf.model import GAP_MIN_CONFIDENCE

BASE_MODEL_NAME = "base-model"
BASE_MODEL_FILE = ("models", "base-crf.model")
BASE_RECIPE_FILE = ("models", "base-crf.json")
# What the base model reads besides the text: the rules' spans.
BASE_STACK = ("rules",)
# The base model only fills the rules' gaps, and what it adds there below this
# marginal probability was more often wrong than right on gold/dev.jsonl
# (micro F1 0.965 with everything it adds, 0.967 from 0.8 up). Every model
# combined rules-first keeps this floor (GAP_MIN_CONFIDENCE); the base model
# keeps it even without the rules' spans.
BASE_MIN_CONFIDENCE = GAP_MIN_CONFIDENCE


@lru_cache(maxsize=1)
def base_model() -> bytes | None:
    """The shipped model's bytes, or None when the resources hold none."""
    path = resource_path(*BASE_MODEL_FILE)
    try:
        return path.read_bytes()
    except OSError:
        return None
