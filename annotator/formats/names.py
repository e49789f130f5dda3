"""Label and relation-type names written in formats that forbid some characters, reversibly.

A label may be called `CHỨC VỤ`; brat's `.ann` lines and CoNLL's columns are
split at whitespace, so such a name would break the line. Writers of those
formats write the characters their format cannot hold as `%XX` (the bytes of
the character in UTF-8, as in URLs), and `%` itself as `%25`, so reading the
file back gives the very name again: `CHỨC VỤ` is written `CHỨC%20VỤ`. Names
without such characters are written as they are. Exports list every name
they wrote differently in the loss report.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

# Characters no format here can hold inside a name: whitespace and invisible
# or control characters (they split or hide parts of a line), and the escape.
_ALWAYS = frozenset("%")
# Inside ENAMEX TYPE="..." attributes the markup characters must go too.
MARKUP = frozenset("\"'<>&=")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def _needs_escape(char: str, extra: frozenset[str]) -> bool:
    return (
        char in _ALWAYS
        or char in extra
        or char.isspace()
        or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")
    )


@cache
def written_name(name: str, extra: frozenset[str] = frozenset()) -> str:
    """`name` as a format without spaces and invisible characters writes it."""
    if not any(_needs_escape(c, extra) for c in name):
        return name
    return "".join(
        "".join(f"%{b:02X}" for b in c.encode("utf-8")) if _needs_escape(c, extra) else c
        for c in name
    )


def read_name(written: str) -> str:
    """The name a written name stands for: `%XX` sequences decoded (invalid ones kept)."""
    if "%" not in written:
        return written

    def decode(match: re.Match[str]) -> str:
        data = bytes(int(h, 16) for h in _ESCAPE.findall(match.group(0)))
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)

    return _ESCAPES.sub(decode, written)


def renamed(names: Iterable[str], extra: frozenset[str] = frozenset()) -> dict[str, str]:
    """The names a writer writes differently, each with how it writes it."""
    return {n: written_name(n, extra) for n in names if written_name(n, extra) != n}


def written_tag(tag: str) -> str:
    """A BIO tag with its label written safely (`B-CHỨC%20VỤ`); other cells unchanged."""
    if len(tag) > 2 and tag[1] == "-" and tag[0] in "BIESLU":
        label = tag[2:]
        safe = written_name(label)
        return tag if safe == label else f"{tag[:2]}{safe}"
    return tag
