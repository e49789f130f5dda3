"""Where underthesea's sentence splitter starts each sentence, found without its per-character loop.

underthesea's `sent_tokenize` walks a paragraph character by character and
ends a sentence only inside a run of `.`, `?` and `!`: `?` and `!` always
end one; three or more dots do at the end or before an uppercase letter
(after spaces or tabs); a dot between digits (1.500) or after one of its
abbreviations does not. A sentence that ends takes the whole run, so each
run ends at most one sentence, always at the run's end, and runs do not
depend on each other. Here only the runs are looked at. A start is the first
non-space character after a run: where the stripped sentence string begins.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from types import ModuleType

__all__ = ["abbreviations", "line_sentence_starts", "sentence_starts"]

_PUNCTUATION_RUN = re.compile(r"[.?!]+")
_NON_SPACE = re.compile(r"\S")
# The first non-space character of the first line, and of each later line (group 1).
_FIRST_LINE_START = re.compile(r"[^\S\n]*(\S)")
_NEXT_LINE_START = re.compile(r"\n[^\S\n]*(\S)")


def _sent_tokenize_module_alone() -> ModuleType:
    """underthesea's sentence module, run from its file without the package's __init__."""
    package = importlib.util.find_spec("underthesea")
    if package is None or not package.submodule_search_locations:
        raise ImportError("underthesea is not installed")
    folder = Path(next(iter(package.submodule_search_locations)))
    path = folder / "pipeline" / "sent_tokenize" / "__init__.py"
    spec = importlib.util.spec_from_file_location("_underthesea_sent_tokenize", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _abbreviations_of(module: ModuleType) -> frozenset[str]:
    module._load_model()
    return frozenset(module.sentence_tokenizer.abbrev_types)


@cache
def abbreviations() -> frozenset[str]:
    """underthesea's own abbreviations: lowercased words a dot after which ends no sentence.

    Importing the underthesea package takes most of a second and export
    workers must not pay it, so its sentence module, which needs only the
    standard library, is run on its own; the normal import is the fallback.
    """
    try:
        return _abbreviations_of(_sent_tokenize_module_alone())
    except Exception:
        from underthesea.pipeline import sent_tokenize

        return _abbreviations_of(sent_tokenize)


@cache
def _abbreviation_lookup() -> tuple[frozenset[str], int]:
    """The abbreviations and the length of the longest one."""
    found = abbreviations()
    return found, max(map(len, found), default=0)


def _dot_ends_sentence(text: str, pos: int) -> bool:
    """The dot at `pos` is neither inside a number (1.500) nor after an abbreviation."""
    if text[pos + 1 : pos + 2].isdigit() and pos > 0 and text[pos - 1].isdigit():
        return False
    abbrevs, longest = _abbreviation_lookup()
    word_start = text.rfind(" ", 0, pos) + 1  # usually a plain word follows a space
    if pos - word_start <= longest and text[word_start:pos].isalnum():
        return text[word_start:pos].lower() not in abbrevs
    word = _word_before(text, pos, longest)
    return not word or word.lower() not in abbrevs


def _word_before(text: str, pos: int, longest: int) -> str | None:
    """The letters, digits and dots just before `pos`; None when longer than `longest`.

    Lowercasing never shortens a string, so a longer word is no abbreviation.
    """
    start = pos
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
        if pos - start > longest:
            return None
    return text[start:pos]


def _dots_end_sentence(text: str, dots_end: int) -> bool:
    """Three or more dots ending at `dots_end` end a sentence: nothing or a capital follows."""
    after = dots_end
    while after < len(text) and text[after] in " \t":
        after += 1
    return after == len(text) or text[after].isupper()


def _run_ends_sentence(text: str, start: int, end: int) -> bool:
    """underthesea's walk through the run text[start:end] of `.`, `?` and `!` ends a sentence."""
    pos = start
    while pos < end:
        if text[pos] != ".":
            return True
        dots_end = pos + 1
        while dots_end < end and text[dots_end] == ".":
            dots_end += 1
        if dots_end - pos >= 3:
            if dots_end == end and _dots_end_sentence(text, end):
                return True
            pos = dots_end
        elif _dot_ends_sentence(text, pos):
            return True
        else:
            pos += 1
    return False


def _first_non_space(text: str, pos: int) -> int | None:
    """The first non-space offset from `pos`, found at once after none or one space."""
    size = len(text)
    if pos >= size:
        return None
    if not text[pos].isspace():
        return pos
    if pos + 1 < size and not text[pos + 1].isspace():
        return pos + 1
    found = _NON_SPACE.search(text, pos)
    return found.start() if found else None


def _punctuation_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each maximal run of `.`, `?` and `!`.

    Most paragraphs hold only dots, and str.find scans for one character many
    times faster than a regex character class does.
    """
    if "?" in text or "!" in text:
        return [run.span() for run in _PUNCTUATION_RUN.finditer(text)]
    runs = []
    size = len(text)
    start = text.find(".")
    while start >= 0:
        end = start + 1
        while end < size and text[end] == ".":
            end += 1
        runs.append((start, end))
        start = text.find(".", end)
    return runs


def sentence_starts(paragraph: str) -> list[int]:
    """Offsets in `paragraph` of the sentences underthesea's `sent_tokenize` returns, in order.

    A run decides nothing when only spaces follow it (no sentence can start
    there), so the usual closing dot of a paragraph is not looked at.
    """
    first = _first_non_space(paragraph, 0)
    if first is None:
        return []
    starts = [first]
    for start, end in _punctuation_runs(paragraph):
        following = _first_non_space(paragraph, end)
        if following is None:
            break
        if end - start == 1:
            ends = paragraph[start] != "." or _dot_ends_sentence(paragraph, start)
        else:
            ends = _run_ends_sentence(paragraph, start, end)
        if ends:
            starts.append(following)
    return starts


def line_sentence_starts(text: str) -> tuple[list[int], list[int]]:
    """`sentence_starts` of every line of `text` at once, in offsets of `text` (imports).

    Returns the lines' first non-space characters and, apart, the other
    starts. The same as `sentence_starts` of each stripped line, without a
    step per line: runs are found in the whole text (`?` and `!` read as
    dots to find them), and a run is looked at only when text follows it on
    its line. The rules read the same neighbours either way: a line's
    stripped edges are spaces or the text's ends, which no rule tells apart.
    """
    first = _FIRST_LINE_START.match(text)
    firsts = [first.start(1)] if first else []
    firsts.extend(line.start(1) for line in _NEXT_LINE_START.finditer(text))
    scan = text.replace("?", ".").replace("!", ".") if "?" in text or "!" in text else text
    others = []
    for start, end in _punctuation_runs(scan):
        following = _first_non_space(text, end)
        if following is None:
            break
        if following > end and text.find("\n", end, following) >= 0:
            continue  # the run ends its line
        if end - start == 1:
            ends = text[start] != "." or _dot_ends_sentence(text, start)
        else:
            ends = _run_ends_sentence(text, start, end)
        if ends:
            others.append(following)
    return firsts, others
