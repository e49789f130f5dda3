"""Saved export filters: named selections of documents and spans, kept in the project file.

A filter stores a `Selection` (statuses, title words, annotators, labels,
pending, skipped regions) under a name, so the CLI (`--filter NAME`) and the
export dialog can take the same documents again. Filters live in the
project's settings, outside the undo history.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from annotator.app.exporting.select import Selection
from annotator.core.errors import ExportError

SETTING = "export.saved_filters"


def _to_selection(data: dict[str, Any]) -> Selection:
    known = {f.name: f for f in fields(Selection)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue  # written by a newer version: ignore what this one cannot use
        values[key] = tuple(value) if isinstance(value, list) else value
    return Selection(**values)


def saved_filters(project: Any) -> dict[str, Selection]:
    """Every saved filter of the project, by name."""
    stored = project.get_setting(SETTING, {}) or {}
    return {name: _to_selection(data) for name, data in sorted(stored.items())}


def load_filter(project: Any, name: str) -> Selection:
    """The selection saved as `name`; ExportError naming the saved ones otherwise."""
    filters = saved_filters(project)
    if name not in filters:
        known = ", ".join(filters) or "none saved yet (use --save-filter NAME)"
        raise ExportError(
            "no saved filter called {name!r}; saved filters: {known}", name=name, known=known
        )
    return filters[name]


def save_filter(project: Any, name: str, selection: Selection) -> None:
    """Save (or replace) the filter `name`."""
    name = name.strip()
    if not name:
        raise ExportError("a saved filter needs a name")
    stored = dict(project.get_setting(SETTING, {}) or {})
    stored[name] = asdict(selection)
    project.set_setting(SETTING, stored)


def delete_filter(project: Any, name: str) -> None:
    stored = dict(project.get_setting(SETTING, {}) or {})
    stored.pop(name, None)
    project.set_setting(SETTING, stored)
