"""DOC: where a law's or a bill's lowercase name gives way to the clause after it.

A name written in lowercase runs on over lowercase words, so it ran into the
clause that follows when that clause opened with a word the grammar stops did
not hold: a conjunction of cause (`[dự luật] bởi vì thanh tra nhân dân …`,
`[dự luật] vì một bên là …`), a modal adverb (`[dự luật] chỉ nên sửa …`) or a
verb of issuing with its date (`[Pháp lệnh thanh tra] ban hành ngày 1/4/1990`,
the date then a DATE of its own). Blind, names ran into their clause in news6,
news12, news13, news14 and news19. The words are data (`law_ends`); the verb
of issuing ends a name only with a time after it, so `Luật ban hành văn bản
quy phạm pháp luật` keeps its subject.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line


def opens_clause(line: Line, k: int) -> bool:
    """Token k opens the clause after a law's lowercase name (a listed `law_ends` word)."""
    return line.lower(k) and line.match(k, "law_ends") > k
