"""Sentences written with their spans marked: `[Phan Văn Khải]PER dự [hội nghị]EVENT`."""

from __future__ import annotations

import re

_MARK = re.compile(r"\[([^\[\]]+)\]([A-Z]+)")


def parse_marked(line: str) -> tuple[str, set[tuple[int, int, str]]]:
    """Plain text and (start, end, label) spans of one `[surface]LABEL` line."""
    text, spans, pos = "", set(), 0
    for m in _MARK.finditer(line):
        text += line[pos : m.start()]
        start = len(text)
        text += m.group(1)
        spans.add((start, len(text), m.group(2)))
        pos = m.end()
    return text + line[pos:], spans
