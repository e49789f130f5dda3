"""Which suggesters a project runs: the rules, its own model or the base model, stock NER if chosen.

See app/suggest_options.py for why stock underthesea NER is opt-in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.app.suggest_options import left_out, uses_underthesea
from annotator.app.training import load_model
from annotator.nlp.pipeline import MODEL, PipelineConfig, base_model_config, suggesters


def pipeline_config(
    project: Any,
    names: Iterable[str] | None = None,
    *,
    with_underthesea: bool | None = None,
) -> PipelineConfig:
    """What suggesting runs for this project: its own model once trained, else the base model.

    `names` picks suggesters explicitly; otherwise the rules and the model
    run unless the project leaves them out, with stock NER when
    `with_underthesea` says so (None: as the project's setting says). A
    project that would leave nothing to run (a hand-edited file) runs the
    default ones.
    """
    if names is not None:
        wanted = tuple(names)
    else:
        ner = uses_underthesea(project) if with_underthesea is None else with_underthesea
        out = left_out(project)
        wanted = tuple(n for n in suggesters(with_underthesea=ner) if n not in out)
        wanted = wanted or suggesters(with_underthesea=ner)
    stored = load_model(project) if MODEL in wanted else None
    if stored is None:
        return base_model_config(wanted)
    data, meta = stored
    return PipelineConfig(names=wanted, model=data, stack=tuple(meta.get("stack", ())))
