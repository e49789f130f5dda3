"""PhoNER_COVID19 JSON lines (import only): `{"words": [...], "tags": [...]}` per sentence.

Each line becomes a document of one sentence. Tokens may be fully decomposed
(NFD) and word-level files join syllables with `_`; the text is rebuilt with
the CoNLL spacing rule and normalised. The `token tag` CoNLL files of the same
corpus are read by the CoNLL reader.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.formats import conll
from annotator.formats.registry import Reader, register_reader

NAME = "phoner"


def sniff(path: Path, head: bytes) -> bool:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped[:1] == b"{" and b'"words"' in head and b'"tags"' in head


def read(path: Path, data: bytes) -> Iterator[SourceDocument | ImportFailure]:
    """One document per line; a bad line yields an ImportFailure naming it."""
    name = Path(path).name
    text = data.decode("utf-8-sig", errors="strict")
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    word_level = any("_" in w.strip("_") for _, line in lines[:200] for w in _words(line))
    for number, line in lines:
        try:
            obj = json.loads(line)
            words, tags = obj["words"], obj["tags"]
            if len(words) != len(tags) or not words:
                raise ImportFailure(f"{len(words)} words but {len(tags)} tags")
            block = [(number, [str(w), str(t)]) for w, t in zip(words, tags, strict=True)]
            yield conll.build_document([block], word_level=word_level, source=f"{name}:{number}")
        except (ValueError, KeyError, TypeError, ImportFailure) as exc:
            yield ImportFailure(f"{name}, line {number}: {exc}")


def _words(line: str) -> list[str]:
    try:
        return [str(w) for w in json.loads(line).get("words", [])]
    except (ValueError, AttributeError):
        return []


register_reader(
    Reader(
        name=NAME,
        extensions=(".json", ".jsonl"),
        sniff=sniff,
        read=read,  # type: ignore[arg-type]
        description="PhoNER_COVID19 JSON lines (words and tags)",
        priority=30,
    )
)
