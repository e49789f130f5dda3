"""Rule and gazetteer suggester for Vietnamese political news (no underthesea inside).

`RuleSuggester(resources_dir=None, project_dir=None).suggest(text)` returns
PER, ROLE, ORG, LOC, EVENT, DATE and DOC suggestions with code-point offsets
of the text as given. Matching folds case, tone placement and Đ lookalikes
per syllable; the text itself is never changed.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.resources import resources_dir as default_resources_dir
from annotator.core.syllables import SyllableIndex
from annotator.nlp.base import Suggestion
from annotator.nlp.rules.bodies import find_bodies
from annotator.nlp.rules.dates import find_dates
from annotator.nlp.rules.documents import find_documents
from annotator.nlp.rules.events import find_events
from annotator.nlp.rules.foreign import country_then_name, prefixed_places, press_names
from annotator.nlp.rules.gazetteer import Gazetteers
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.people import byline, find_people, find_places
from annotator.nlp.rules.resolve import resolve, trim

__all__ = ["RuleSuggester"]


class RuleSuggester:
    """Deterministic suggestions from gazetteers and patterns over syllables."""

    name = "rules"

    def __init__(
        self, resources_dir: str | Path | None = None, project_dir: str | Path | None = None
    ) -> None:
        self._blocked: tuple[str | None, list[tuple[int, int]]] = (None, [])
        base = Path(resources_dir) if resources_dir is not None else default_resources_dir()
        folders = [base / "gazetteers" if (base / "gazetteers").is_dir() else base]
        if project_dir is not None:
            folders.append(Path(project_dir))
        self.gazetteers = Gazetteers.load(folders)

    def suggest(self, text: str) -> list[Suggestion]:
        lines = self._lines(text)
        chosen = [(line, self._line_spans(line)) for line in lines]
        _propagate_names(chosen)
        _propagate_places(chosen)
        self._blocked = (text, [r for line, spans in chosen for r in _named_days(line, spans)])
        return _to_suggestions(text, chosen, self.name)

    def blocked(self, text: str) -> list[tuple[int, int]]:
        """Offsets the rules know name no entity, where no other suggester may put one.

        Named days alone (`dịp Quốc khánh`) are not annotated, but read like a
        body to a model. Kept from the last `suggest` of the same text.
        """
        if self._blocked[0] != text:
            self.suggest(text)
        return self._blocked[1]

    def _lines(self, text: str) -> list[Line]:
        lines = []
        offset = 0
        for raw in text.split("\n"):
            lines.append(Line(raw, offset, self.gazetteers))
            offset += len(raw) + 1
        return lines

    def _line_spans(self, line: Line) -> list[Candidate]:
        bodies = find_bodies(line)
        role_ends = {c.end for c in bodies if c.label == "ROLE"}
        candidates = bodies + find_people(line, role_ends) + byline(line)
        candidates += find_places(line) + find_dates(line) + find_events(line)
        candidates += find_documents(line) + country_then_name(line) + press_names(line)
        candidates += prefixed_places(line)
        trimmed = [t for t in (trim(line, c) for c in candidates) if t is not None]
        return _join_aides(line, resolve(line, trimmed))


def _named_days(line: Line, spans: list[Candidate]) -> list[tuple[int, int]]:
    """Capitalised holidays of the line outside every rule span, as text offsets."""
    taken = {k for c in spans for k in range(c.start, c.end)}
    out = []
    for i in range(line.n):
        end = line.match(i, "holidays")
        if end > i and line.cap(i) and not taken.intersection(range(i, end)):
            out.append((line.starts[i], line.ends[end - 1]))
    return out


def _join_aides(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`Đặc phái viên của Tổng thống Mỹ`: an aide's title takes the title of whom they serve."""
    out: list[Candidate] = []
    for c in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and c.label == last.label == "ROLE"
            and line.match(last.start, "aides") == last.end
            and (
                c.start == last.end
                or c.start == last.end + 1
                and line.is_(last.end, "của", "nguyên")
            )
        ):
            out[-1] = Candidate(last.start, c.end, "ROLE")
            continue
        out.append(c)
    return out


def _propagate_names(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every later or earlier mention of a full name found once is a PER too.

    A foreign name is also mentioned by its last word alone (`Putin` after
    `Vladimir Putin` or `Tổng thống Putin`).
    """
    found = [(line, c) for line, spans in chosen for c in spans if c.label == "PER"]
    names = {tuple(line.keys[c.start : c.end]) for line, c in found if c.end - c.start >= 2}
    names |= {(line.keys[c.end - 1],) for line, c in found if line.foreign(c.end - 1)}
    if not names:
        return
    longest = max(len(n) for n in names)
    for index, (line, spans) in enumerate(chosen):
        taken = [False] * line.n
        for c in spans:
            for k in range(c.start, c.end):
                taken[k] = True
        extra = []
        for i in range(line.n):
            if taken[i] or not line.cap(i):
                continue
            for size in range(min(longest, line.n - i), 0, -1):
                if tuple(line.keys[i : i + size]) in names and not any(taken[i : i + size]):
                    if not line.cap(i + size):
                        extra.append(Candidate(i, i + size, "PER"))
                        for k in range(i, i + size):
                            taken[k] = True
                    break
        if extra:
            chosen[index] = (line, sorted(spans + extra, key=lambda c: c.start))


def _propagate_places(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """A foreign-shaped word found once as a place is a place everywhere in the article.

    `thành phố Vasylkiv` makes `Vasylkiv` a LOC in `thị trưởng Vasylkiv` and
    wherever the word stands alone; a person's name keeps its words.
    """
    places = {
        line.keys[c.start]
        for line, spans in chosen
        for c in spans
        if c.label == "LOC" and c.end == c.start + 1 and line.foreign(c.start)
    }
    people = {
        line.keys[k]
        for line, spans in chosen
        for c in spans
        if c.label == "PER"
        for k in range(c.start, c.end)
        if c.end > c.start + 1
    }
    places -= people
    if not places:
        return
    for index, (line, spans) in enumerate(chosen):
        taken = {k for c in spans for k in range(c.start, c.end)}
        out: list[Candidate] = []
        for c in spans:
            if c.label == "PER" and c.end == c.start + 1 and line.keys[c.start] in places:
                if out and out[-1].label == "ROLE" and out[-1].end == c.start:
                    out[-1] = Candidate(out[-1].start, c.end, "ROLE")  # "thị trưởng Vasylkiv"
                    continue
                c = Candidate(c.start, c.end, "LOC")
            out.append(c)
        out += [
            Candidate(i, i + 1, "LOC")
            for i in range(line.n)
            if i not in taken
            and line.keys[i] in places
            and line.foreign(i)
            and not line.cap(i - 1)
            and not line.cap(i + 1)
        ]
        chosen[index] = (line, sorted(out, key=lambda c: c.start))


def _glued(text: str, start: int, end: int) -> bool:
    """A letter or digit right outside the span: it cut a written word in two."""
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _to_suggestions(
    text: str, chosen: list[tuple[Line, list[Candidate]]], name: str
) -> list[Suggestion]:
    """Offsets in the text, grown to whole syllables where a token split a word."""
    index: SyllableIndex | None = None
    out: list[Suggestion] = []
    last_end = -1
    for line, spans in chosen:
        for c in spans:
            start, end = line.starts[c.start], line.ends[c.end - 1]
            if _glued(text, start, end):
                index = index or SyllableIndex(text)
                snapped = index.snap(start, end)
                if snapped is None:
                    continue
                start, end = snapped
            if start < last_end:
                continue
            out.append(Suggestion(start, end, c.label, name))
            last_end = end
    return out
