"""A state's name after `tiếng` is its language, no place: `nói tiếng Nga`, `bản tiếng Nhật`.

The gold leaves a language unmarked (`nói tiếng Nga`, news4; `Tiêu đề tiếng
Nga`, news10), while the rules read the state's name as a LOC wherever it
stands; on the non-political contrast articles the same reading made false
places (`bằng tiếng Nhật`, `tít bài tiếng Nga`). One-syllable names that
are common words (`tiếng Anh`) were already kept out by their own rule; this
drops the rest. `danh tiếng` and `nổi tiếng` (reputation, famous) are no
language: a name after them keeps its reading (`tạp chí danh tiếng
Parlamentní`, `ca sĩ nổi tiếng Mỹ`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Words that make `tiếng` the second half of another word.
_NOT_LANGUAGE = ("danh", "nổi", "lên", "có", "mang")


def drop_languages_everywhere(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """The same for every line after the article's places were spread: a place named
    elsewhere in the article (`sống ở Ukraine`) is no place after `tiếng` either."""
    for index, (line, spans) in enumerate(chosen):
        chosen[index] = (line, drop_languages(line, spans))


def drop_languages(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans without a LOC right after a `tiếng` that names a language."""
    return [c for c in spans if not (c.label == "LOC" and _language(line, c.start))]


def _language(line: Line, i: int) -> bool:
    return line.is_(i - 1, "tiếng") and line.lower(i - 1) and not line.is_(i - 2, *_NOT_LANGUAGE)
