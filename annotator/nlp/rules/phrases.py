"""The naming clause after an event or document noun: where a title ends."""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import STOP, is_stop

MAX_PHRASE = 40
YEARISH = re.compile(r"^(?:19|20)[0-9][0-9](?:-+(?:19|20)[0-9][0-9])?$")
_CLAUSE_STOP = STOP - frozenset(keys_of("và của tại"))
# Grammar words that do not end a title when bound to the word before them.
_BOUND = frozenset({keys_of("gắn với"), keys_of("tiếp theo"), keys_of("đi vào")})


def clause(line: Line, i: int) -> int:
    """End of a title's wording from i: up to a grammar word, a verb or punctuation; or -1."""
    j = i
    while j < line.n and j - i < MAX_PHRASE:
        if line.key(j) in _CLAUSE_STOP and (line.key(j - 1), line.key(j)) not in _BOUND:
            break
        if j > i and is_stop(line, j) and line.key(j) not in STOP:
            break
        if not line.word(j) and not (line.surface[j] in "-–" and line.word(j + 1)):
            break
        j += 1
    return j if j > i else -1
