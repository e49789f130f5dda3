"""Writing a classifier the project ships (names.json, events.json) the same way every time.

Both learned steps after the merge are logistic regressions trained from the
committed gold; their files hold the recipe, each input's SHA-256 and a hash
of the weights, so a rebuild that gives other weights is seen.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from annotator.core.resources import resource_path


@dataclass(frozen=True)
class ClassifierReport:
    documents: int
    features: int
    path: Path


def weights_digest(data: dict) -> str:
    """A hash of the heads, labels and weights: what "the same classifier" means."""
    core = {k: data[k] for k in ("heads", "labels", "weights")}
    return hashlib.sha256(json.dumps(core, sort_keys=True).encode("utf-8")).hexdigest()


def write_classifier(
    data: dict, model_file: tuple[str, ...], out_dir: Path | None
) -> ClassifierReport:
    """Write `data` with its weights' hash to the shipped place (or `out_dir`)."""
    data["weights_sha256"] = weights_digest(data)
    target = out_dir or resource_path(*model_file).parent
    target.mkdir(parents=True, exist_ok=True)
    path = target / model_file[-1]
    path.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    return ClassifierReport(data["documents"], len(data["weights"]), path)
