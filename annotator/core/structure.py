"""Finding the parts of a news article in its text: title, bylines, source tag, captions, tags, body.

Pure text in, regions out, so exports can keep or skip captions and bylines
and suggesters can skip the TAGS list. The rules follow Vietnamese online
news layouts (provincial papers, Dân trí); a line no rule claims is body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.core.model import Region

TITLE = "title"
BYLINE = "byline"
SOURCE = "source"
CAPTION = "caption"
TAGS = "tags"
BODY = "body"
KINDS = (TITLE, BYLINE, SOURCE, CAPTION, TAGS, BODY)

# Longer first lines are paragraphs, not headlines.
MAX_TITLE_CHARS = 250
MAX_CAPTION_CHARS = 400
# Longest credit the caption rules recognise ("(Ảnh minh họa: ...)" with 80 characters).
_CAPTION_TAIL = 140
MAX_TAG_LINES = 40
# Shown in document lists when an article has no title line.
FALLBACK_TITLE_CHARS = 120

_SOURCE_TAG_RE = re.compile(r"\(\s*[^()\n]{1,30}?\s*\)\s*[-–—]+")
_CAPTION_RE = re.compile(
    r"""(?:
        \(\s*(?:Ảnh|Nguồn\s+ảnh|Ảnh\s+minh\s+h[oọ]ạ?|Ảnh\s+chụp\s+màn\s+hình|Video|Clip)\b[^()\n]{0,80}\)\s*\.?
      | \bẢnh\s*:\s*[^()\n]{1,60}
      | \bẢnh\s+minh\s+h[oọ]ạ?\.?
      | \bẢnh\s+chụp\s+màn\s+hình\.?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_TAGS_HEADER_RE = re.compile(r"^\s*(?:TAGS|Tags|Tag|Từ\s+khóa|Từ\s+khoá)\s*:?\s*$")
_DATE_RE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_CREDIT_RE = re.compile(r"^\(?\s*(?:Tổng\s+hợp|Theo\s+\S.{0,60}?)\s*\)?$")
_END_PUNCTUATION = tuple(".!?:;…\"”'),")
_NAME_SEPARATORS = frozenset({"-", "–", "/", "&", "và", "|"})


@dataclass(frozen=True)
class Line:
    """One line of the text: [start, end) without its newline."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ArticleStructure:
    """The title to show and the regions of an article, in text order."""

    title: str
    regions: tuple[Region, ...]

    def of_kind(self, kind: str) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.kind == kind)


def split_lines(text: str) -> list[Line]:
    """Every line of `text` with its code-point offsets."""
    lines = []
    start = 0
    for part in text.split("\n"):
        lines.append(Line(start, start + len(part), part))
        start += len(part) + 1
    return lines


def analyse_article(text: str) -> ArticleStructure:
    """The structure of one normalised article text."""
    lines = [ln for ln in split_lines(text) if ln.text.strip()]
    if not lines:
        return ArticleStructure(title="", regions=())
    kinds: dict[int, str] = {
        i: CAPTION
        for i, line in enumerate(lines)
        if len(line.text) <= MAX_CAPTION_CHARS and _looks_like_caption(line.text)
    }
    title_index = _title_index(lines) if 0 not in kinds else None
    if title_index is not None:
        kinds[title_index] = TITLE
    first_body = _mark_top_bylines(lines, kinds)
    tags_from = _mark_tags(lines, kinds)
    _mark_end_bylines(lines, kinds, tags_from)
    regions = _regions(lines, kinds, first_body)
    if title_index is not None:
        title = lines[title_index].text.strip()
    else:
        untyped = [ln for i, ln in enumerate(lines) if i not in kinds]
        title = _fallback_title(untyped or lines)
    return ArticleStructure(title=title, regions=tuple(regions))


def _looks_like_caption(text: str) -> bool:
    # A caption credit sits at the end of its line, so only the tail is searched,
    # and only if it names a photo or video at all.
    tail = text[-_CAPTION_TAIL:]
    lowered = tail.lower()
    if "ảnh" not in lowered and "video" not in lowered and "clip" not in lowered:
        return False
    return _CAPTION_RE.search(tail) is not None


def _title_index(lines: list[Line]) -> int | None:
    first = lines[0].text.strip()
    if len(lines) < 2 or len(first) > MAX_TITLE_CHARS:
        return None
    if first.endswith(".") and not first.endswith("..."):
        return None
    return 0


def _fallback_title(lines: list[Line]) -> str:
    first = lines[0].text.strip()
    if len(first) <= FALLBACK_TITLE_CHARS:
        return first
    return first[:FALLBACK_TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def _mark_top_bylines(lines: list[Line], kinds: dict[int, str]) -> int:
    """Mark bylines right after the title; returns the index of the first other line."""
    i = 1 if kinds.get(0) == TITLE else 0
    while 0 < i < min(len(lines), 3) and i not in kinds and _is_top_byline(lines[i].text):
        kinds[i] = BYLINE
        i += 1
    return i


def _is_top_byline(text: str) -> bool:
    stripped = text.strip()
    if len(stripped) > 80 or stripped.endswith((".", "?", "!")):
        return False
    if _DATE_RE.search(stripped) and ("|" in stripped or _is_all_caps(stripped.split("|")[0])):
        return True
    return _is_all_caps(stripped) and len(stripped.split()) <= 6


def _mark_tags(lines: list[Line], kinds: dict[int, str]) -> int:
    """Mark a trailing TAGS block; returns the index where it starts (len if none)."""
    lowest = max(1, len(lines) - MAX_TAG_LINES - 1)
    for i in range(len(lines) - 1, lowest - 1, -1):
        if _TAGS_HEADER_RE.match(lines[i].text):
            if all(len(ln.text) <= 100 for ln in lines[i + 1 :]):
                for j in range(i, len(lines)):
                    kinds[j] = TAGS
                return i
            break
    return len(lines)


def _mark_end_bylines(lines: list[Line], kinds: dict[int, str], end: int) -> None:
    """Mark author and credit lines ("NGUYÊN ĐOAN", "Minh Nhật", "Theo Reuters") at the end."""
    i = end - 1
    while i >= max(1, end - 3) and i not in kinds and _is_end_byline(lines[i].text):
        kinds[i] = BYLINE
        i -= 1


def _is_end_byline(text: str) -> bool:
    stripped = text.strip()
    if _CREDIT_RE.match(stripped):
        return True
    if not stripped or len(stripped) > 70 or stripped.endswith(_END_PUNCTUATION):
        return False
    if any(ch.isdigit() for ch in stripped):
        return False
    words = stripped.split()
    if _is_all_caps(stripped):
        return len(words) <= 6
    names = [w for w in words if w not in _NAME_SEPARATORS]
    return 1 <= len(names) <= 7 and all(w[0].isupper() for w in names)


def _is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _regions(lines: list[Line], kinds: dict[int, str], first_body: int) -> list[Region]:
    regions: list[Region] = []
    body_start: int | None = None
    body_end = 0
    for i, line in enumerate(lines):
        kind = kinds.get(i)
        if kind is not None:
            if body_start is not None:
                regions.append(Region(body_start, body_end, BODY))
                body_start = None
            region = _trimmed(line, kind)
            if kind == TAGS and regions and regions[-1].kind == TAGS:
                region = Region(regions[-1].start, region.end, TAGS)
                regions.pop()
            regions.append(region)
            continue
        start = line.start
        if i == first_body:
            tag = _SOURCE_TAG_RE.match(line.text)
            if tag and tag.end() < len(line.text.rstrip()):
                regions.append(Region(line.start, line.start + tag.end(), SOURCE))
                start = line.start + len(line.text) - len(line.text[tag.end() :].lstrip())
        if body_start is None:
            body_start = start
        body_end = line.start + len(line.text.rstrip())
    if body_start is not None:
        regions.append(Region(body_start, body_end, BODY))
    return regions


def _trimmed(line: Line, kind: str) -> Region:
    """The region of a line without its surrounding spaces."""
    lead = len(line.text) - len(line.text.lstrip())
    return Region(line.start + lead, line.start + len(line.text.rstrip()), kind)


def regions_to_meta(regions: tuple[Region, ...]) -> list[list[object]]:
    """A JSON-friendly form of regions: [[start, end, kind], ...]."""
    return [[r.start, r.end, r.kind] for r in regions]


def regions_from_meta(value: object) -> tuple[Region, ...]:
    """Regions back from their JSON form; anything malformed is ignored."""
    if not isinstance(value, list):
        return ()
    out = []
    for item in value:
        if (
            isinstance(item, list | tuple)
            and len(item) == 3
            and isinstance(item[0], int)
            and isinstance(item[1], int)
            and isinstance(item[2], str)
        ):
            out.append(Region(item[0], item[1], item[2]))
    return tuple(out)
