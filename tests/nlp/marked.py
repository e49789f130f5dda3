"""Sentences written with their spans marked: `[Phan Văn Khải]PER dự [hội nghị]EVENT`."""

from __future__ import annotations

import re
from typing import Protocol

from annotator.nlp.base import Suggestion
from annotator.nlp.relations import suggest_relations

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


class _Suggests(Protocol):
    def suggest(self, text: str) -> list[Suggestion]: ...


def check_marked(rules: _Suggests, line: str, wrong: tuple[tuple[str, str], ...]) -> None:
    """The marked spans are suggested, and no (surface, label) of `wrong` is."""
    text, expected = parse_marked(line)
    got = {(s.start, s.end, s.label) for s in rules.suggest(text)}
    missing = {(text[s:e], label) for s, e, label in expected - got}
    shown = [f"{text[s:e]}/{label}" for s, e, label in sorted(got)]
    assert not missing, f"not suggested: {sorted(missing)}; got {shown}"
    found = {(text[s:e], label) for s, e, label in got}
    assert not found & set(wrong), f"suggested wrongly: {sorted(found & set(wrong))}"


def suggested_pairs(line: str, kind: str) -> set[tuple[str, str]]:
    """The (head, tail) surfaces of the `kind` relations suggested over the marked spans.

    The relation tests write a sentence with its spans marked and list the
    pairs they expect by surface; this is the one place that reads them back.
    """
    text, marked = parse_marked(line)
    spans = sorted(marked)
    return {
        (text[slice(*spans[r.head][:2])], text[slice(*spans[r.tail][:2])])
        for r in suggest_relations(text, spans)
        if r.type == kind
    }
