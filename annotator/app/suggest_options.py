"""The project's choice of suggesters, kept in the project file.

Stock underthesea NER is opt-in per project (the GUI's Annotate menu, or
`annotator suggest --with-underthesea` for one run): next to the rules and
the base model it changed merged F1 by less than 0.001 on every gold set the
project holds, and it is most of the suggesting time. It stays available for
corpora where the rules know little (sport, business, culture). A model the
project trains stacks on it only when the project has it on, so a trained
project does not run it behind the user's back.
"""

from __future__ import annotations

from typing import Any

# Project setting: whether suggesting runs stock underthesea NER too.
UNDERTHESEA_SETTING = "suggest_with_underthesea"
# Project setting: suggestions (spans and relations) less confident than this are left out.
MIN_CONFIDENCE_SETTING = "suggest_min_confidence"


def uses_underthesea(project: Any) -> bool:
    """Whether this project's suggestions include stock underthesea NER (off by default)."""
    return bool(project.get_setting(UNDERTHESEA_SETTING, False))


def set_underthesea(project: Any, enabled: bool) -> None:
    """Turn stock underthesea NER on or off for this project's suggestions."""
    project.set_setting(UNDERTHESEA_SETTING, bool(enabled))


def min_confidence(project: Any) -> float:
    """The least confidence a suggestion needs to be stored (0: all are), as the window and
    `annotator suggest` without `--min-confidence` use it."""
    value = project.get_setting(MIN_CONFIDENCE_SETTING, 0.0)
    try:
        return min(1.0, max(0.0, float(value)))
    except (TypeError, ValueError):  # a hand-edited file: no minimum rather than a failure
        return 0.0


def set_min_confidence(project: Any, limit: float) -> None:
    """Keep only suggestions of at least `limit` (0..1) in this project's later suggestions."""
    project.set_setting(MIN_CONFIDENCE_SETTING, min(1.0, max(0.0, float(limit))))
