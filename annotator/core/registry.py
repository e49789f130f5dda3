"""The people-and-roles registry as values: entities, their names, and how names compare.

A person or organisation is an entity with a canonical name and name
variants. Mentions (PER or ORG spans) are linked to entities by span id, so
a link travels with its span. Entities are named by a `uid` that stays the
same in every copy of the project (a work package, a merge), while the
integer row id is only the file's own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from annotator.core.search_text import fold_text
from annotator.core.vietnamese import fold_key

PERSON = "person"
ORGANISATION = "organisation"
ENTITY_KINDS = (PERSON, ORGANISATION)
# Which span label is a mention of which kind of entity.
MENTION_LABELS = {PERSON: "PER", ORGANISATION: "ORG"}
ROLE_LABEL = "ROLE"
DATE_LABEL = "DATE"
EVENT_LABEL = "EVENT"
HOLDS = "HOLDS"
WHEN = "WHEN"
PARTICIPATES = "PARTICIPATES"

# How a mention came to be linked: by its name (automatic), proposed for a
# short form and waiting for the linguist, or decided by the linguist.
AUTO = "auto"
SUGGESTED = "suggested"
CONFIRMED = "confirmed"
LINK_STATUSES = (AUTO, SUGGESTED, CONFIRMED)

# Full names and abbreviations of bodies, unified in organisation keys.
_ABBREVIATIONS = (
    ("hội đồng nhân dân", "hđnd"),
    ("ủy ban nhân dân", "ubnd"),
    ("mặt trận tổ quốc", "mttq"),
    ("tòa án nhân dân", "tand"),
    ("viện kiểm sát nhân dân", "vksnd"),
    ("thành phố", "tp."),
)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,4}[^\W\d_]\.?$|^[^\W\d_]{2,4}$")


@dataclass(frozen=True)
class Entity:
    """A person or organisation of the registry."""

    id: int | None
    uid: str
    kind: str
    name: str
    names: tuple[str, ...] = ()
    mention_count: int = 0


@dataclass(frozen=True)
class MentionLink:
    """A span linked to an entity (by uid), and how the link was made."""

    span_id: int
    uid: str
    status: str = AUTO


def new_uid() -> str:
    return uuid.uuid4().hex


def clean_name(surface: str) -> str:
    """A mention's text on one line with single spaces."""
    return " ".join(surface.split())


@lru_cache(maxsize=131_072)
def name_key(surface: str) -> str:
    """The key names are compared on: tone placement, case and Đ lookalikes folded.

    `NGUYÊN ĐOAN` = `Nguyên Đoan`, `Thuỷ` = `Thủy`; `Dũng` and `Dung` stay apart.
    """
    return fold_key(clean_name(surface))


@lru_cache(maxsize=131_072)
def organisation_key(surface: str) -> str:
    """`name_key` with the usual abbreviations of bodies unified (UBND = Ủy ban nhân dân)."""
    key = f" {name_key(surface)} "
    for full, short in _ABBREVIATIONS:
        key = key.replace(f" {fold_key(full)} ", f" {short} ")
    return key.strip()


def entity_key(kind: str, surface: str) -> str:
    return organisation_key(surface) if kind == ORGANISATION else name_key(surface)


def name_filter(query: str) -> Callable[[Entity], bool]:
    """Whether an entity has a name containing the query, as the registry view filters.

    Typed without diacritics (`phan viet`), the query matches every spelling
    (`Phan Việt Cường`), as the search panel does; typed with them, the tone
    placement and case are folded as names are compared.
    """
    plain = fold_text(query).strip()
    if plain == query.strip().lower():
        return lambda entity: any(plain in fold_text(n) for n in (entity.name, *entity.names))
    return lambda entity: any(
        entity_key(entity.kind, query) in entity_key(entity.kind, n)
        for n in (entity.name, *entity.names)
    )


def display_name(surface: str) -> str:
    """A readable canonical form: `NGUYÊN ĐOAN` becomes `Nguyên Đoan`, others stay."""
    name = clean_name(surface)
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) > 3 and all(ch.isupper() for ch in letters):
        return " ".join(word[:1] + word[1:].lower() for word in name.split())
    return name


@lru_cache(maxsize=131_072)
def is_initials(surface: str) -> bool:
    """`N.Đ`, `P.V.C`, `NĐ`: initials standing for a name."""
    name = clean_name(surface).replace(" ", "")
    if not _INITIALS.match(name):
        return False
    return all(ch.isupper() for ch in name if ch.isalpha())


@lru_cache(maxsize=131_072)
def is_short_form(surface: str) -> bool:
    """One syllable (`Cường`) or initials: never matched to a person across documents."""
    name = clean_name(surface)
    return len(name.split()) == 1 or is_initials(name)


def _initial(syllable: str) -> str:
    return fold_key(syllable[:1]).upper()


def short_form_fits(short: str, full: str) -> bool:
    """Whether a short form can stand for a full name.

    `Cường` fits `Phan Việt Cường` (the given name is the last syllable);
    `N.Đ` fits `NGUYÊN ĐOAN` (the initials of all syllables or of the last ones).
    """
    words = clean_name(full).split()
    if len(words) < 2:
        return False
    if is_initials(short):
        letters = [_initial(ch) for ch in clean_name(short) if ch.isalpha()]
        initials = [_initial(word) for word in words]
        return len(letters) >= 2 and initials[-len(letters) :] == letters
    return name_key(short) == name_key(words[-1])
