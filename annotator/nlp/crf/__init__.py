"""A CRF over syllables, trained on the project's own annotations (underthesea_core)."""

from annotator.nlp.crf.combine import COMBINATIONS, MODEL_FIRST, MODEL_ONLY, RULES_FIRST
from annotator.nlp.crf.model import (
    MODEL_NAME,
    CRFSuggester,
    Example,
    ModelError,
    TrainingCancelled,
    TrainParams,
    base_labels,
    stored_combination,
    train_model,
    with_combination,
)

__all__ = [
    "COMBINATIONS",
    "MODEL_FIRST",
    "MODEL_NAME",
    "MODEL_ONLY",
    "RULES_FIRST",
    "CRFSuggester",
    "Example",
    "ModelError",
    "TrainParams",
    "TrainingCancelled",
    "base_labels",
    "stored_combination",
    "train_model",
    "with_combination",
]
