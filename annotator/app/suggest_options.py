"""The project's choice of suggesters, kept in the project file.

Stock underthesea NER is opt-in per project (the GUI's Annotate menu, or
`annotator suggest --with-underthesea` for one run): next to the rules and
the base model it changed merged F1 by less than 0.001 on every gold set the
project holds, and it is most of the suggesting time. It stays available for
corpora where the rules know little (sport, business, culture). A model the
project trains stacks on it only when the project has it on, so a trained
project does not run it behind the user's back.

The rules, the model and the project's memory run unless the project
leaves them out (the window's Annotate ▸ Suggesters; `annotator suggest`
follows the same setting, `--with-memory/--without-memory` for one run).
The setting names what is left out, so a suggester added later runs by
default.
"""

from __future__ import annotations

from typing import Any

# Project setting: whether suggesting runs stock underthesea NER too.
UNDERTHESEA_SETTING = "suggest_with_underthesea"
# Project setting: suggestions (spans and relations) less confident than this are left out.
MIN_CONFIDENCE_SETTING = "suggest_min_confidence"
# Project setting: the suggesters ("rules", "model") and "memory" the project leaves out.
LEFT_OUT_SETTING = "suggest_left_out"
# What may be left out; stock underthesea NER has a setting of its own (opt-in).
OPTIONAL = ("rules", "model", "memory")


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


def left_out(project: Any) -> frozenset[str]:
    """The suggesters and the memory this project's suggestions leave out (none by default)."""
    value = project.get_setting(LEFT_OUT_SETTING, [])
    if not isinstance(value, list):  # a hand-edited file: nothing left out rather than a failure
        return frozenset()
    return frozenset(v for v in value if v in OPTIONAL)


def set_left_out(project: Any, name: str, out: bool) -> None:
    """Leave `name` (one of OPTIONAL) out of this project's later suggestions, or bring it back."""
    if name not in OPTIONAL:
        raise ValueError(f"no suggester called {name!r} can be left out")
    names = set(left_out(project))
    if out:
        names.add(name)
    else:
        names.discard(name)
    project.set_setting(LEFT_OUT_SETTING, sorted(names))


def uses_memory(project: Any) -> bool:
    """Whether this project's suggestions go through its memory (on by default)."""
    return "memory" not in left_out(project)
