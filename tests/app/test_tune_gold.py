"""The gold parts the shipped models learn from are exactly the committed tuning parts.

A set flipped to tuning data but not named in annotator.app.tune_gold would be
left out of the base model, the classifiers and the confidence table without
a word; a blind set named there would be learnt from and then scored as unseen.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.app.base_model import TRAINING_SETS
from annotator.app.suggest.confidence_table import ABOUT
from annotator.app.tune_gold import TUNE_FILES, TUNE_PARTS, spoken_list

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"


def _splits(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["split"] for line in lines if line.strip()}


def test_every_gold_file_with_a_tune_part_is_named_and_no_other() -> None:
    with_tune = {path.name for path in GOLD.glob("*.jsonl") if "tune" in _splits(path)}
    assert set(TUNE_FILES) == with_tune
    assert len(TUNE_FILES) == len(set(TUNE_FILES))


def test_the_base_model_reads_the_tune_parts_and_world_train() -> None:
    assert TRAINING_SETS[: len(TUNE_PARTS)] == TUNE_PARTS
    assert TRAINING_SETS[len(TUNE_PARTS) :] == (("world.jsonl", ("train",)),)
    assert all(splits == ("tune",) for _, splits in TUNE_PARTS)


def test_the_confidence_table_names_the_files_it_was_measured_on() -> None:
    assert spoken_list(("a", "b", "c")) == "a, b and c"
    assert f"{TUNE_FILES[-2]} and {TUNE_FILES[-1]})" in ABOUT
