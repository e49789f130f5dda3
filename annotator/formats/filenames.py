"""Safe, unique file names made from document titles (no traversal, no reserved names)."""

from __future__ import annotations

import re
import unicodedata

MAX_STEM = 80
# Names Windows refuses whatever the extension.
RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
_UNSAFE = re.compile(r"[^\w\-]+", re.UNICODE)


def safe_stem(title: str, *, fallback: str = "document", max_length: int = MAX_STEM) -> str:
    """A file-name stem from a title: letters, digits, `-` and `_` only, NFC, trimmed.

    Path separators, dots and control characters become `_`, so a title such
    as `../../etc/passwd` cannot leave the export folder; reserved device
    names get a trailing `_`.
    """
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", title)).strip("_-")
    cleaned = cleaned[:max_length].rstrip("_-")
    if not cleaned:
        cleaned = fallback
    if cleaned.lower() in RESERVED or cleaned.split("_")[0].lower() in RESERVED:
        cleaned = cleaned + "_"
    return cleaned


class UniqueNames:
    """Hands out stems that differ case-insensitively (case-folding file systems)."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def take(self, title: str, *, fallback: str = "document") -> str:
        stem = safe_stem(title, fallback=fallback)
        candidate = stem
        number = 2
        while candidate.lower() in self._used:
            suffix = f"-{number}"
            candidate = stem[: MAX_STEM - len(suffix)] + suffix
            number += 1
        self._used.add(candidate.lower())
        return candidate


_RECORD_SUFFIX = re.compile(r"(?:#|:)\d+$")


def source_file(source: str) -> str:
    """The file a document's `source` names, without a record suffix (`file#3`, `file:120`)."""
    return _RECORD_SUFFIX.sub("", source)
