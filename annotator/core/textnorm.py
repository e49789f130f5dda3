"""Normalising article text once, at import: NFC, \\n, no invisible characters that mean nothing.

Annotated formats carry offsets into the raw text, so normalisation also
returns a map from raw positions to normalised positions. The map is exact:
a span whose ends lie between characters that NFC keeps apart maps to the
same characters in the normalised text, whatever composes elsewhere (Hangul
jamo, combining marks that NFC reorders or merges across clusters).

The invisible-character rule (see CONTEXT.md):
- BOM, NUL, zero-width space, word joiner and soft hyphen (`DROPPED`) are
  dropped: they carry no meaning and shift offsets between tools.
- Zero-width joiner and non-joiner (`JOINERS`) are kept between two visible
  characters, inside a word or an emoji sequence, where they are part of the
  text; anywhere else (next to a space, a line break, the text's ends or
  another invisible) they join nothing and are dropped.
- A token made only of invisible characters goes with one space beside it,
  so no double, leading or trailing space is left where it was.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator, Sequence

from annotator.core.errors import ImportFailure
from annotator.core.messages import Message, by_count, message

# Always dropped at import: invisible, meaningless, and they shift offsets
# between tools (BOM, NUL, zero-width space, word joiner, soft hyphen).
DROPPED = frozenset("\ufeff\x00\u200b\u2060\u00ad")
# Kept inside a word or an emoji sequence, dropped anywhere else.
JOINERS = frozenset("\u200c\u200d")

_INVISIBLE = "".join(sorted(DROPPED | JOINERS))
_SOLID = rf"[^\s{_INVISIBLE}]"
# A token of invisibles between spaces or line ends, with the one space that
# goes with it: the space after it, else the space before it at a line end.
_INVISIBLE_TOKEN = re.compile(rf"(?<![^ \r\n])[{_INVISIBLE}]+ | [{_INVISIBLE}]+(?![^\r\n])")
_STRAY_JOINER = re.compile(rf"(?<!{_SOLID})[\u200c\u200d]|[\u200c\u200d](?!{_SOLID})")
_ANY_INVISIBLE = re.compile(rf"[{_INVISIBLE}]")


# Said, not silent: the text rule changed a file's text. No count in it: the
# report counts the files (or documents), and names each one.
DROPPED_INVISIBLES = message(
    "invisible characters dropped (zero-width spaces, word joiners, soft hyphens, stray "
    "byte-order marks or joiners outside a word); a zero-width space between two words joins them"
)


def composed_marks(raw: str, text: str) -> int:
    """How many combining marks of `raw` NFC merged into their letters to make `text`.

    A decomposed word (t u o U+0302 U+0309 i) is stored as the one-character
    form (tuổi) that search, the rules and every export expect; the report
    says so, as the offsets of such a file's own tools count the marks apart.
    """
    if unicodedata.is_normalized("NFC", raw):
        return 0
    return _combining_count(raw) - _combining_count(text)


def _combining_count(text: str) -> int:
    return sum(1 for char in text if unicodedata.combining(char))


def composed_warnings(raw: str, text: str) -> list[Message]:
    """The import warning of a text whose accents were typed apart from their letters."""
    count = composed_marks(raw, text)
    if count <= 0:
        return []
    return [
        by_count(
            count,
            "composed 1 accent mark with its letter (Unicode NFC: a letter typed "
            "as a base letter and separate marks, such as o + U+0302 + U+0309, is stored as "
            "the one character ổ that search, rules and exports expect)",
            "composed {n} accent marks with their letters (Unicode NFC: a letter typed "
            "as a base letter and separate marks, such as o + U+0302 + U+0309, is stored as "
            "the one character ổ that search, rules and exports expect)",
        )
    ]


# Direction controls (embeddings, overrides, isolates, marks): kept, as they are
# part of what the file says, but they reorder how a line is shown and are
# invisible, so the linguist hears of them.
_DIRECTION_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def direction_warnings(text: str) -> list[Message]:
    """The import warning of a text holding bidirectional controls (kept, never dropped)."""
    count = len(_DIRECTION_CONTROLS.findall(text))
    if not count:
        return []
    return [
        by_count(
            count,
            "kept 1 invisible text-direction control (U+200E, U+200F, U+202A to U+202E or "
            "U+2066 to U+2069): it can reorder how its line is shown",
            "kept {n} invisible text-direction controls (U+200E, U+200F, U+202A to U+202E or "
            "U+2066 to U+2069): they can reorder how their lines are shown",
        )
    ]


def text_warnings(raw: str, text: str) -> list[Message]:
    """What normalising changed or kept that the linguist must hear of: accents composed,
    direction controls kept."""
    return composed_warnings(raw, text) + direction_warnings(text)


# A character reference as web pages write them, always with its ";": "&#39;",
# "&#x2019;", "&quot;". "AT&T" or "R&D" are not references and stay as written.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Decoded to a plain space: a web page's no-break space is layout, not text.
_LAYOUT_SPACES = {"\u00a0": " ", "\u202f": " "}


def decode_references(raw: str) -> tuple[str, int]:
    """`raw` with its HTML character references decoded, and how many there were.

    Text scraped from web pages keeps "&#39;", "&quot;", "&amp;", "&nbsp;"
    where the page meant ', ", &, a space; stored as written, the linguist
    would annotate and export "&#39;" as text. Plain-text import runs this
    before NFC, as text never changes after import. A name HTML does not
    know ("&foo;") or a number that is no character ("&#0;", a surrogate, a
    control character) is left as written and not counted. One pass: a file
    that says "&amp;#39;" gets "&#39;", which is what it wrote.
    """
    if "&" not in raw or _REFERENCE.search(raw) is None:
        return raw, 0
    count = 0

    def decoded(match: re.Match[str]) -> str:
        nonlocal count
        reference = match.group(0)
        char = html.unescape(reference)
        if char == reference or not char or not _is_text(char):
            return reference
        count += 1
        return _LAYOUT_SPACES.get(char, char)

    return _REFERENCE.sub(decoded, raw), count


def _is_text(chars: str) -> bool:
    """Whether a decoded reference is text: no replacement character, no control but tab
    and line breaks (html.unescape turns "&#0;" and surrogates into U+FFFD)."""
    return all(
        ch in "\t\n" or (ch != "\ufffd" and unicodedata.category(ch) != "Cc") for ch in chars
    )


def reference_warnings(count: int) -> list[Message]:
    """The import warning of a text whose character references were decoded."""
    if count <= 0:
        return []
    return [
        by_count(
            count,
            "decoded 1 HTML character reference (such as &#39; for ' or &amp; for &)",
            "decoded {n} HTML character references (such as &#39; for ' or &amp; for &)",
        )
    ]


def references_in_warning(warning: str) -> int:
    """How many references a warning of `reference_warnings` says were decoded; 0 for any
    other warning (the import report adds them up across files)."""
    if getattr(warning, "template", None) not in _REFERENCE_TEMPLATES:
        return 0
    return int(warning.fields["n"])  # type: ignore[attr-defined]


_REFERENCE_TEMPLATES = frozenset(reference_warnings(n)[0].template for n in (1, 2))


def normalize_text(raw: str) -> str:
    """The stored form of an article: NFC, \\n line endings, meaningless invisibles dropped."""
    return normalize_with_offsets(raw)[0]


def count_invisibles(text: str) -> int:
    """How many characters of the invisible-character rule `text` holds (kept or not)."""
    if _ANY_INVISIBLE.search(text) is None:
        return 0
    return len(_ANY_INVISIBLE.findall(text))


def drop_invisibles(raw: str) -> str:
    """`raw` without the invisible characters (and token spaces) the rule drops; no NFC."""
    if _ANY_INVISIBLE.search(raw) is None:
        return raw
    # The same positions as `_dropped_positions`, removed by C-speed substitutions:
    # removing a token never changes whether a joiner sits between visible characters.
    text = _STRAY_JOINER.sub("", _INVISIBLE_TOKEN.sub("", raw))
    for ch in DROPPED:
        if ch in text:
            text = text.replace(ch, "")
    return text


def _dropped_positions(raw: str) -> Iterator[int]:
    """Positions of `raw` that the invisible-character rule removes."""
    for match in _INVISIBLE_TOKEN.finditer(raw):
        yield from range(match.start(), match.end())
    for match in _STRAY_JOINER.finditer(raw):
        yield match.start()
    for i, ch in enumerate(raw):
        if ch in DROPPED:
            yield i


def _kept(raw: str) -> list[bool]:
    keep = [True] * len(raw)
    if _ANY_INVISIBLE.search(raw) is not None:
        for i in _dropped_positions(raw):
            keep[i] = False
    return keep


def normalize_with_offsets(raw: str) -> tuple[str, list[int]]:
    """Normalise `raw` and map every raw position 0..len(raw) to the new text.

    A position inside characters that NFC merges into one maps to the start
    of the merged character; a dropped character maps to where it would have
    been. Every other position maps exactly. Raises ImportFailure if the
    result could not be made exact (never expected; it replaces a shifted map).
    """
    keep = _kept(raw)
    pieces = list(_clusters(raw, keep))
    joined = "".join(piece for _, _, piece in pieces)
    if not unicodedata.is_normalized("NFC", joined):
        pieces = _merge_composing(pieces)
        joined = "".join(piece for _, _, piece in pieces)
        if not unicodedata.is_normalized("NFC", joined):
            raise ImportFailure(
                "the text cannot be normalised with exact offsets (an unusual sequence of "
                "combining characters); nothing of it was stored"
            )
    return joined, _mapping(raw, keep, pieces)


def _clusters(raw: str, keep: list[bool]) -> Iterator[tuple[int, int, str]]:
    """(raw start, raw end, NFC text) of each character and the combining marks after it.

    CR and CRLF become one \\n; dropped characters belong to the cluster
    they sit in (or form an empty one), so they map to where they would be.
    """
    n = len(raw)
    i = 0
    while i < n:
        if not keep[i]:
            yield i, i + 1, ""
            i += 1
            continue
        if raw[i] == "\r":
            end = i + 1
            while end < n and not keep[end]:
                end += 1
            # CR LF is one line break, even with a dropped character between them.
            end = end + 1 if end < n and raw[end] == "\n" else i + 1
            yield i, end, "\n"
            i = end
            continue
        j = i + 1
        while j < n and (not keep[j] or unicodedata.combining(raw[j])):
            j += 1
        cluster = "".join(raw[k] for k in range(i, j) if keep[k])
        yield i, j, unicodedata.normalize("NFC", cluster)
        i = j


def _merge_composing(pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join neighbouring clusters that NFC composes or reorders across (Hangul jamo...).

    Dropped characters between two clusters that merge become part of the merged one.
    """
    out: list[tuple[int, int, str]] = []
    last = -1  # index in `out` of the last piece with text
    for start, end, text in pieces:
        if text and last >= 0:
            before = out[last][2]
            together = unicodedata.normalize("NFC", before + text)
            if together != before + text:
                out[last:] = [(out[last][0], end, together)]
                continue
        out.append((start, end, text))
        if text:
            last = len(out) - 1
    return out


def _mapping(raw: str, keep: list[bool], pieces: list[tuple[int, int, str]]) -> OffsetMap:
    mapping = OffsetMap([0] * (len(raw) + 1))
    if not all(keep):
        mapping.dropped = frozenset(i for i, kept in enumerate(keep) if not kept)
    out_len = 0
    for start, end, text in pieces:
        if end - start == 1 or (len(text) < 2 and all(keep[start:end])):
            # No exact cut inside one character (a dropped one still maps past what precedes it).
            mapping[start:end] = [out_len] * (end - start)
        else:
            offsets = _inner_offsets(raw, keep, start, end, text)
            mapping[start:end] = [out_len + o for o in offsets]
        out_len += len(text)
    mapping[len(raw)] = out_len
    return mapping


def _inner_offsets(raw: str, keep: list[bool], start: int, end: int, text: str) -> list[int]:
    """Where each raw position of one piece lands in its normalised `text`.

    A position where NFC of the part before and of the part after add up to
    `text` (a cut NFC keeps) maps exactly; any other lies inside a merged
    character and maps to where that character starts (the last exact cut).
    """
    kept = "".join(raw[k] for k in range(start, end) if keep[k])
    offsets: list[int] = []
    count = 0  # kept characters before position k
    last = 0
    for k in range(start, end):
        if kept == text:
            last = count
        elif count:
            before = unicodedata.normalize("NFC", kept[:count])
            if before + unicodedata.normalize("NFC", kept[count:]) == text:
                last = len(before)
        offsets.append(last)
        count += keep[k]
    return offsets


class OffsetMap(list[int]):
    """Raw position -> normalised position, knowing which raw characters were dropped."""

    dropped: frozenset[int] = frozenset()


def map_span(mapping: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Map a raw [start, end) through `mapping`.

    A span inside one character that NFC merges with others covers that
    whole character. A span over dropped characters only (a token of zero-
    width spaces) covers nothing: it comes back empty, for the reader to
    refuse or report, never moved onto the next character.
    """
    new_start, new_end = mapping[start], mapping[end]
    if new_end <= new_start and end > start:
        dropped: frozenset[int] = getattr(mapping, "dropped", frozenset())
        if all(k in dropped for k in range(start, end)):
            return new_start, new_start
        new_end = new_start + 1
    return new_start, new_end
