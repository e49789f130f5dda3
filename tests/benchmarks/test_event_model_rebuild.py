"""Rebuilding the shipped event classifier (`make event-model`) gives the weights it ships with.

Run with `make bench`: one training on every candidate of the committed
gold (about ten seconds on one core).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from annotator.app.event_model import build_event_model
from annotator.core.resources import resource_path
from annotator.nlp.events.fill import MODEL_FILE

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"


def test_rebuilding_gives_the_shipped_weights(tmp_path):
    """Same inputs, same classifier: its heads, labels and weights hash the same."""
    shipped = json.loads(resource_path(*MODEL_FILE).read_text(encoding="utf-8"))
    started = time.monotonic()
    report = build_event_model(GOLD, tmp_path)
    rebuilt = json.loads(report.path.read_text(encoding="utf-8"))
    print(
        f"\nevent classifier rebuilt in {time.monotonic() - started:.0f} s: "
        f"{report.documents} documents, {report.features} features"
    )
    assert rebuilt["weights_sha256"] == shipped["weights_sha256"], (
        "the shipped classifier is not what its recipe builds now (gold, gazetteers or "
        "trainer changed): run `make event-model` and commit resources/models/events.json"
    )
    assert rebuilt["gazetteers_sha256"] == shipped["gazetteers_sha256"]
