"""Which paragraph (¶) a place in a text is in, counted as a reader counts them.

A text's paragraphs are its lines ("\n" splits them once imported). An
article that starts with blank lines read ¶2 for its first paragraph; a
linguist counts from the first words, so blank lines before them do not count.
The editor's status bar, the Annotations list and import warnings all say ¶
through these functions.
"""

from __future__ import annotations

import re

# The blank lines a text may start with (spaces and tabs count as blank).
_LEADING_BLANK_LINES = re.compile(r"(?:[^\S\n]*\n)*")


def paragraph_of_line(text: str, line: int) -> int:
    """The ¶ number (from 1) of line `line` (from 0); a leading blank line reads ¶1."""
    leading = _LEADING_BLANK_LINES.match(text)
    skipped = leading.group().count("\n") if leading else 0
    return max(1, line + 1 - skipped)


def paragraph_at(text: str, cp: int) -> int:
    """The ¶ number (from 1) of the code point `cp` of `text`."""
    return paragraph_of_line(text, text.count("\n", 0, cp))
