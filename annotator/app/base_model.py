"""Building the base model shipped in resources/models, the same way every time.

The recipe: the syllable CRF of annotator.nlp.crf, stacked on the rules,
trained on every committed gold file under tests/fixtures/gold except the
parts kept for measuring (the blind and test parts), with fixed parameters
and documents in a fixed order; how its spans are combined with the rules'
is chosen by cross-validation over those documents, as a project's training
does. The recipe file written beside the model names each input with its
SHA-256, so a changed input or rule set is seen, and a hash of the model's
predictions on its training texts: rebuilding from the same inputs gives
the same predictions (the trainer may order the file differently).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.app.evaluate import read_gold_parts
from annotator.app.trainer_process import train_in_child
from annotator.app.training import choose_combination, make_examples
from annotator.app.tune_gold import TUNE_PARTS
from annotator.core.resources import resource_path, resources_dir
from annotator.nlp.crf import CRFSuggester, Example, TrainParams, base_labels, with_combination
from annotator.nlp.crf.base import BASE_MODEL_FILE, BASE_RECIPE_FILE, BASE_STACK

# (file under the gold folder, the splits trained on): the tuning parts and
# world's train part. The other splits (heldout blind, world test, the blind
# news sets) are what the model is measured on.
TRAINING_SETS: tuple[tuple[str, tuple[str, ...]], ...] = TUNE_PARTS + (("world.jsonl", ("train",)),)
PARAMS = TrainParams(max_iterations=150, c1=0.05, c2=0.01)
SEED = 13


@dataclass(frozen=True)
class BaseModelReport:
    documents: int
    spans: int
    combination: str
    validation: dict[str, float]
    model_path: Path
    recipe_path: Path


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def gazetteer_digest(folder: Path | None = None) -> str:
    """One hash over the shipped gazetteer files: the rules the model was stacked on."""
    root = folder or resources_dir() / "gazetteers"
    digest = hashlib.sha256()
    for path in sorted(root.glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def training_documents(gold_dir: Path) -> tuple[list[tuple[str, list]], list[str], list[dict]]:
    """(text and spans per document, a group per document, the inputs with their hashes)."""
    docs: list[tuple[str, list]] = []
    groups: list[str] = []
    inputs = []
    for name, splits in TRAINING_SETS:
        path = gold_dir / name
        chosen = read_gold_parts(path, splits)
        for doc in chosen:
            docs.append((doc.text, list(doc.spans)))
            groups.append(f"{name}:{doc.id}")
        inputs.append(
            {
                "file": name,
                "splits": list(splits),
                "documents": len(chosen),
                "sha256": _sha256(path.read_bytes()),
            }
        )
    return docs, groups, inputs


def build_base_model(gold_dir: Path, out_dir: Path | None = None) -> BaseModelReport:
    """Train the base model on the committed gold and write it with its recipe."""
    docs, groups, inputs = training_documents(gold_dir)
    examples = make_examples(docs, stack=BASE_STACK)
    choice = choose_combination(examples, params=PARAMS, seed=SEED, groups=groups)
    data = with_combination(
        train_in_child(examples, params=PARAMS), choice.combination, base_labels(examples)
    )
    target = out_dir or resource_path(*BASE_MODEL_FILE).parent
    target.mkdir(parents=True, exist_ok=True)
    model_path = target / BASE_MODEL_FILE[-1]
    recipe_path = target / BASE_RECIPE_FILE[-1]
    model_path.write_bytes(data)
    recipe = _recipe(data, inputs, choice.as_meta(), sum(len(s) for _, s in docs))
    recipe["predictions_sha256"] = predictions_digest(data, examples)
    recipe_path.write_text(
        json.dumps(recipe, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return BaseModelReport(
        documents=len(docs),
        spans=recipe["spans"],
        combination=choice.combination,
        validation=dict(choice.scores),
        model_path=model_path,
        recipe_path=recipe_path,
    )


def predictions_digest(data: bytes, examples: Sequence[Example]) -> str:
    """A hash of what the model predicts on its training texts, confidences included.

    The trainer may write the same model with its features in another order,
    so two builds from the same inputs can differ in bytes; what they predict
    does not. This hash is what "the same model" means for the recipe.
    """
    model = CRFSuggester(data)
    rows = [
        [k, s, e, label, round(p, 3)]
        for k, ex in enumerate(examples)
        for s, e, label, p in model.scored_spans(ex.text, ex.stacked)
    ]
    return _sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8"))


def shipped_examples(gold_dir: Path) -> list[Example]:
    """The training examples of the recipe, with the rules' spans computed now."""
    docs, _, _ = training_documents(gold_dir)
    return make_examples(docs, stack=BASE_STACK)


def _recipe(
    data: bytes, inputs: Sequence[dict], choice: dict[str, Any], spans: int
) -> dict[str, Any]:
    return {
        "about": "The base CRF shipped with the annotator; rebuild with `make base-model`.",
        "inputs": list(inputs),
        "documents": sum(x["documents"] for x in inputs),
        "spans": spans,
        "stack": list(BASE_STACK),
        "gazetteers_sha256": gazetteer_digest(),
        "params": {"max_iterations": PARAMS.max_iterations, "c1": PARAMS.c1, "c2": PARAMS.c2},
        "seed": SEED,
        "labels": CRFSuggester(data).labels(),
        **choice,
    }
