"""EVENT word lists kept as data: the phrases of one gazetteer kind, as `Line` reads them.

The closed lists of the EVENT rules (modifiers, manners, delegations …) live in
`resources/gazetteers` so a linguist can extend them without code; the rules
ask `Line.longest` and `Line.ending` about fixed phrases, so each kind is turned
back into a tuple of phrases once per loaded gazetteer set.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from annotator.nlp.rules.gazetteer import Gazetteers
from annotator.nlp.rules.lines import Line

# Per loaded gazetteer set, so a project's own lists never leak into another's.
_PHRASES: WeakKeyDictionary[Gazetteers, dict[str, tuple[str, ...]]] = WeakKeyDictionary()


def phrases(line: Line, kind: str) -> tuple[str, ...]:
    """The entries of `kind` as space-separated keys, in a fixed order."""
    by_kind = _PHRASES.get(line.gaz)
    if by_kind is None:
        by_kind = _PHRASES[line.gaz] = {}
    found = by_kind.get(kind)
    if found is None:
        found = by_kind[kind] = tuple(sorted(" ".join(keys) for keys in line.gaz.by_kind[kind]))
    return found
