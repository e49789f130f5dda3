"""The gazetteers of resources/ as a plain lookup: folded entry → kind.

The classifier reads them as features only (an entry's kind, the kind of
the words before or after a candidate); which spans the rules make of them
it never sees. The lists one rule alone consults (`RULES_ONLY`) are no
feature: adding one must leave the shipped classifiers as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from annotator.core.resources import resource_path
from annotator.core.vietnamese import fold_key
from annotator.nlp.rules.gazetteer import RULES_ONLY


def kind_of(path: Path, lines: list[str]) -> str:
    """A file's kind: its `# kind:` line among the first five, else its name up to a dot."""
    for line in lines[:5]:
        if line.startswith("# kind:"):
            return line.split(":", 1)[1].strip()
    return path.name.split(".", 1)[0]


def read_lexicon(folders: Iterable[Path] | None = None) -> dict[str, str]:
    """Every entry of every gazetteer file, folded; the first file in name order wins."""
    folders = folders if folders is not None else (resource_path("gazetteers"),)
    lexicon: dict[str, str] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            lines = path.read_text(encoding="utf-8").splitlines()
            kind = kind_of(path, lines)
            if kind in RULES_ONLY:
                continue
            for line in lines:
                entry = line.strip()
                if entry and not entry.startswith("#"):
                    key = " ".join(fold_key(w.lower()) for w in entry.split())
                    lexicon.setdefault(key, kind)
    return lexicon
