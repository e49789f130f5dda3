"""A ROLE's text split into the post and the body it belongs to, for timelines.

`Phó Bí thư Thường trực Tỉnh ủy` is the post `Phó Bí thư Thường trực` of
the body `Tỉnh ủy`; `Thủ tướng Chính phủ` the post `Thủ tướng` of
`Chính phủ`; `Chủ tịch nước` is a post of its own. The titles, posts,
qualifiers and bodies come from the gazetteers the rule suggester uses
(resources/gazetteers and a project's own lists), so the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from annotator.core.registry import organisation_key
from annotator.core.resources import resource_path
from annotator.core.vietnamese import fold_key
from annotator.nlp.rules.gazetteer import Gazetteers, token_pattern

TITLE_KINDS = frozenset({"titles", "posts"})
BODY_KINDS = frozenset({"bodies", "org_heads", "sectors", "media", "places", "place_units"})


@dataclass(frozen=True)
class Post:
    """A role as the registry groups it: the post, the body, and their keys."""

    text: str  # the role as written, on one line
    post: str
    body: str

    @property
    def post_key(self) -> str:
        return fold_key(self.post)

    @property
    def body_key(self) -> str:
        return organisation_key(self.body) if self.body else ""


class RoleParser:
    """Splits role texts with the gazetteers of `folders` (default: the shipped ones)."""

    def __init__(self, folders: tuple[Path, ...] = ()) -> None:
        self._gazetteers = Gazetteers.load(folders or (resource_path("gazetteers"),))
        self._trie = self._gazetteers.trie
        self._token = token_pattern()

    def split(self, role_text: str) -> Post:
        text = " ".join(role_text.split())
        tokens = list(self._token.finditer(text))
        keys = [fold_key(t.group(0)) for t in tokens]
        cut = self._cut(keys)
        if cut is None or cut >= len(tokens):
            return Post(text, _normal(text), "")
        post = text[: tokens[cut - 1].end()]
        return Post(text, _normal(post), _normal(text[tokens[cut].start() :]))

    def _cut(self, keys: list[str]) -> int | None:
        """Index of the first token of the body, len(keys) for no body, None if unknown."""
        first = 1 if keys[:1] == ["phó"] else 0
        titles = [end for end, kinds in self._trie.matches(keys, first) if kinds & TITLE_KINDS]
        if not titles:
            return next((i for i in range(1, len(keys)) if self._body_at(keys, i)), None)
        for end in titles:  # shortest first: prefer a body the gazetteers know
            after = self._qualifiers(keys, end)
            if after < len(keys) and self._body_at(keys, after):
                return after
        return self._qualifiers(keys, titles[-1])

    def _qualifiers(self, keys: list[str], index: int) -> int:
        while index < len(keys):
            found = [e for e, kinds in self._trie.matches(keys, index) if "qualifiers" in kinds]
            if not found:
                break
            index = found[-1]
        return index

    def _body_at(self, keys: list[str], index: int) -> bool:
        return any(kinds & BODY_KINDS for _, kinds in self._trie.matches(keys, index))


def _normal(text: str) -> str:
    """As written, on one line (keys fold case and tone placement for grouping)."""
    return " ".join(text.split())


@lru_cache(maxsize=1)
def default_parser() -> RoleParser:
    return RoleParser()
