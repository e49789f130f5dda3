"""Rebuilding the shipped base model (`make base-model`) gives the model its recipe describes.

Run with `make bench`: it trains the CRF five times for the cross-validation
and once more (about a minute on one core).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from annotator.app.base_model import build_base_model
from annotator.core.resources import resource_path
from annotator.nlp.crf.base import BASE_RECIPE_FILE

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"


def test_rebuilding_gives_the_same_predictions_as_the_recipe_says(tmp_path):
    """Same inputs, same model: what it predicts on its training texts hashes the same."""
    shipped = json.loads(resource_path(*BASE_RECIPE_FILE).read_text(encoding="utf-8"))
    started = time.monotonic()
    report = build_base_model(GOLD, tmp_path)
    rebuilt = json.loads(report.recipe_path.read_text(encoding="utf-8"))
    print(
        f"\nbase model rebuilt in {time.monotonic() - started:.0f} s: {report.documents} "
        f"documents, {report.combination}, validation {report.validation}"
    )
    assert rebuilt["predictions_sha256"] == shipped["predictions_sha256"], (
        "the shipped model is not what its recipe builds now (gold, rules or trainer "
        "changed): run `make base-model` and commit resources/models"
    )
    assert rebuilt["combination"] == shipped["combination"]
