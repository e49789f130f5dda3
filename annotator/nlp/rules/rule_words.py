"""Word lists of resources/rules/: data one rule reads, never a model's feature.

The gazetteers of resources/gazetteers/ are features of the CRF and of the
name classifier as well as rule data: a new file there changes what the
shipped models see, and so their suggestions, even for words no rule marks.
A list only one rule consults (what a number counts after a company's short
name, the regions a body serves) lives here instead, read and matched like a
gazetteer (folded syllables, so case and tone placement do not matter).
"""

from __future__ import annotations

import functools

from annotator.core.resources import resource_path
from annotator.nlp.rules.gazetteer import entry_keys


@functools.cache
def rule_words(name: str) -> frozenset[tuple[str, ...]]:
    """The folded entries of resources/rules/NAME.txt (one a line, `#` a comment)."""
    text = resource_path("rules", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.strip() for line in text.splitlines())
    return frozenset(entry_keys(e) for e in entries if e and not e.startswith("#"))
