"""A CRF over syllables, trained on the project's own annotations (underthesea_core)."""

from annotator.nlp.crf.model import (
    MODEL_NAME,
    CRFSuggester,
    Example,
    ModelError,
    TrainingCancelled,
    TrainParams,
    train_model,
)

__all__ = [
    "MODEL_NAME",
    "CRFSuggester",
    "Example",
    "ModelError",
    "TrainParams",
    "TrainingCancelled",
    "train_model",
]
