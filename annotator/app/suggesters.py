"""Which suggesters a project runs: the project's choice of stock NER and its own model.

Stock underthesea NER is opt-in per project (the setting below, the GUI's
Annotate menu, or `annotator suggest --with-underthesea` for one run): next to
the rules and the base model it changed merged F1 by less than 0.001 on every
gold set the project holds, and it is most of the suggesting time. It stays
available for corpora where the rules know little (sport, business, culture).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.app.training import load_model
from annotator.nlp.pipeline import MODEL, PipelineConfig, base_model_config, suggesters

# Project setting: whether suggesting runs stock underthesea NER too.
UNDERTHESEA_SETTING = "suggest_with_underthesea"


def uses_underthesea(project: Any) -> bool:
    """Whether this project's suggestions include stock underthesea NER (off by default)."""
    return bool(project.get_setting(UNDERTHESEA_SETTING, False))


def set_underthesea(project: Any, enabled: bool) -> None:
    """Turn stock underthesea NER on or off for this project's suggestions."""
    project.set_setting(UNDERTHESEA_SETTING, bool(enabled))


def pipeline_config(
    project: Any,
    names: Iterable[str] | None = None,
    *,
    with_underthesea: bool | None = None,
) -> PipelineConfig:
    """What suggesting runs for this project: its own model once trained, else the base model.

    `names` picks suggesters explicitly; otherwise the rules and the model
    run, with stock NER when `with_underthesea` says so (None: as the
    project's setting says).
    """
    if names is not None:
        wanted = tuple(names)
    else:
        ner = uses_underthesea(project) if with_underthesea is None else with_underthesea
        wanted = suggesters(with_underthesea=ner)
    stored = load_model(project) if MODEL in wanted else None
    if stored is None:
        return base_model_config(wanted)
    data, meta = stored
    return PipelineConfig(names=wanted, model=data, stack=tuple(meta.get("stack", ())))
