"""Formats that need an optional extra (spaCy, Hugging Face datasets), and what to install.

The base install leaves spaCy and `datasets` out (hundreds of megabytes).
Without them the spacy and hf formats cannot be read or written; the command
line, the import report and the export dialog then say, in one line, which
extra to install instead of ending in ModuleNotFoundError.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass

from annotator.core.messages import message


@dataclass(frozen=True)
class Extra:
    """An optional dependency group of the package (`pip install 'annotator[NAME]'`)."""

    name: str
    library: str
    modules: tuple[str, ...]

    @property
    def install(self) -> str:
        return f"pip install 'annotator[{self.name}]'"


# Format name -> the extra its reader and writer import.
EXTRAS = {
    "spacy": Extra("spacy", "spaCy", ("spacy",)),
    "hf": Extra("hf", "Hugging Face datasets", ("datasets", "pyarrow")),
}


def _installed(module: str) -> bool:
    """Whether `module` can be imported, without importing it (spaCy takes seconds)."""
    if module in sys.modules:
        return sys.modules[module] is not None  # None: imports of it are blocked
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing_module(format_name: str) -> str | None:
    """The first module format `format_name` needs that is not installed, else None."""
    extra = EXTRAS.get(format_name)
    if extra is None:
        return None
    return next((m for m in extra.modules if not _installed(m)), None)


def unavailable_reason(format_name: str, module: str | None = None) -> str | None:
    """One line naming what to install for `format_name`, or None when it can be used.

    `module` names a module whose import already failed (a broken install
    that looked present).
    """
    missing = module or missing_module(format_name)
    extra = EXTRAS.get(format_name)
    if missing is None or extra is None:
        return None
    return message(
        "The {format} format needs {library} (Python module {module!r}), which is not "
        "installed: {install}",
        format=format_name,
        library=extra.library,
        module=missing,
        install=extra.install,
    )
