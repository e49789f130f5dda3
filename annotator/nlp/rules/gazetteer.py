"""Gazetteer files: loading the editable word lists and matching them on syllables.

A file holds one entry per line; `#` starts a comment. Its kind is the file
name up to the first dot (`titles.txt`, `titles.my-project.txt`) unless a
`# kind: NAME` line says otherwise. Entries are matched on `fold_key` of each
syllable, so tone placement, letter case and Đ lookalikes do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import GazetteerError
from annotator.core.vietnamese import fold_key

# The closed lists one rule consults (the EVENT rules' through `Gazetteers.phrases`,
# what a number counts after a company, the regions a body serves): asked at one token,
# and read by no model as features (`crf/features.py`, `names/lexicon.py`), so adding
# one leaves the shipped models' suggestions as they were.
RULES_ONLY = frozenset(
    {
        "premises",
        "event_modifiers",
        "event_manners",
        "event_criteria",
        "not_done",
        "not_done_between",
        "bare_sittings",
        "discipline_forms",
        "received_forms",
        "counted_people",
        "not_receiving",
        "arrest_verbs",
        "trial_heads",
        "case_qualities",
        "award_ceremonies",
        "gatherings",
        "gathering_reach",
        "accident_vehicles",
        "accident_befalls",
        "accident_kinds",
        "offensives",
        "campaign_seasons",
        "war_blocs",
        "enemy_wars",
        "election_offices",
        "war_nouns",
        "named_hazards",
        "weapon_kinds",
        "official_meals",
        "leisure_trips",
        "visited_place_heads",
        "resignations",
        "briefings",
        "games",
        "topic_talks",
        "event_sizes",
        "contract_deals",
        "misdeeds",
        "awards",
        "plural_meetings",
        "delegations",
        "plans",
        "regulations",
        "statuses",
        "honours",
        "met_groups",
        "private_visits",
        "local_counts",
        "villages",
        "some_people",
        "own_bodies",
        "own_body_breaks",
        "envoys",
        "head_compounds",
        "government_acts",
        "government_clauses",
        "party_words",
        "function_bodies",
        "company_heads",
        "english_body_nouns",
        "court_bringers",
        "kind_handlers",
        "press_corps",
        "talk_manners",
        "legislatures",
        "court_steps",
        "step_terms",
        "general_persons",
        "name_openers",
        "post_verbs",
        "aside_posts",
        "missing_grounds",
        "court_instances",
        "counted_units",
        "country_regions",
        "law_subjects",
        "lead_openers",
    }
)
KINDS = RULES_ONLY | frozenset(
    {
        "titles",
        "posts",
        "qualifiers",
        "bodies",
        "sectors",
        "org_heads",
        "media",
        "outlets",
        "places",
        "place_units",
        "events",
        "holidays",
        "actions",
        "event_purposes",
        "documents",
        "document_names",
        "honorifics",
        "surnames",
        "time_words",
        "not_names",
        "venue_heads",
        "venue_bodies",
        "memorial_heads",
        "stops",
        "aides",
        "countries_ambiguous",
        "name_particles",
        "press_heads",
        "place_prefixes",
        "incidents",
        "conflicts",
        "enemies",
        "talks",
        "talk_topics",
        "polls",
        "disasters",
        "hazards",
        "trips",
        "warring_sides",
        "body_votes",
        "campaign_purposes",
        "forums",
        "meeting_members",
        "signed",
        "checks",
        "decisions",
        "documents_lowercase",
        "professions",
        "business_heads",
        "lunar_years",
        "korean_surnames",
        "described_heads",
        "budgets",
        "company_trades",
        "credit_heads",
        "body_activities",
        "board_functions",
        "law_ends",
        "acronym_heads",
        "law_owners",
        "subject_ends",
        "vehicles",
        "crimes",
        "zone_heads",
        "given_names",
        "country_compounds",
        "company_ends",
        "body_run_ons",
    }
)
# Kinds a rule looks up at one token it has chosen, never marked on every token:
# a given name is no listed word, so names made of them stay names to every rule.
LOOKUP_ONLY = (
    frozenset({"given_names", "country_compounds", "company_ends", "korean_surnames"}) | RULES_ONLY
)

# The same tokens as annotator.core.syllables, but a hyphen between letters
# splits ("động-Thương" is two syllables around a hyphen) so that
# "Lao động-Thương binh" and "Lao động - Thương binh" give the same keys.
# "&amp;" is an ampersand some sources left escaped ("Bộ NN&amp;PTNT"): it
# joins like "&" does.
_TOKEN = re.compile(
    r"\d[\w]*(?:(?:[.\-/,:]|&(?:amp;)?)[\w]+)*|[^\W\d_]+(?:(?:[.'’/]|&(?:amp;)?)[^\W_]+)*|\S",
    re.UNICODE,
)
_KIND_LINE = re.compile(r"#\s*kind\s*:\s*(\w+)")


def entry_keys(entry: str) -> tuple[str, ...]:
    """The syllable keys of one gazetteer entry or text fragment."""
    return tuple(fold_key(m.group(0)) for m in _TOKEN.finditer(entry))


def token_pattern() -> re.Pattern[str]:
    return _TOKEN


# Marks the key of an abbreviation's syllable in the trie (see `Trie.add`).
_CASED = "\x00"


def _abbreviation(token: str) -> bool:
    """An entry's syllable written in capitals (`TƯ`, `QH`, `UBND`), two letters or more."""
    return token.isupper() and sum(c.isalpha() for c in token) >= 2


class _Node:
    __slots__ = ("children", "kinds")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.kinds: frozenset[str] = frozenset()


class Trie:
    """Maps sequences of syllable keys to the kinds of the entries they spell."""

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, keys: tuple[str, ...], kind: str, cased: tuple[bool, ...] = ()) -> None:
        """Index an entry; a syllable flagged in `cased` is an abbreviation (`TƯ`)
        and matches no word written in lowercase (`tư pháp` is no `Trung ương`)."""
        node = self._root
        for index, key in enumerate(keys):
            if index < len(cased) and cased[index]:
                key += _CASED
            child = node.children.get(key)
            if child is None:
                child = node.children[key] = _Node()
            node = child
        node.kinds = node.kinds | {kind}

    def matches(
        self, keys: list[str], start: int, lowercase: list[bool] | None = None
    ) -> list[tuple[int, frozenset[str]]]:
        """(end, kinds) of every entry that starts at keys[start], shortest first.

        `lowercase` flags the words written in lowercase, which no abbreviation
        matches; without it any word matches both."""
        found: list[tuple[int, frozenset[str]]] = []
        if not self._starts_any(keys, start, lowercase):
            return found  # most words start no entry: no lists of nodes built for them
        nodes = [self._root]
        i = start
        while nodes and i < len(keys):
            key = keys[i]
            spellings = (key,) if lowercase is not None and lowercase[i] else (key, key + _CASED)
            nodes = [c for n in nodes for k in spellings if (c := n.children.get(k)) is not None]
            i += 1
            kinds = nodes[0].kinds if len(nodes) == 1 else _union(n.kinds for n in nodes)
            if kinds:
                found.append((i, kinds))
        return found

    def _starts_any(self, keys: list[str], start: int, lowercase: list[bool] | None) -> bool:
        """Some entry's first syllable is the word at start (as written, or in capitals)."""
        if start >= len(keys):
            return False
        first = self._root.children
        key = keys[start]
        if key in first:
            return True
        return (lowercase is None or not lowercase[start]) and key + _CASED in first


def _union(kinds: Iterable[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*kinds)


@dataclass(frozen=True)
class GazetteerEntry:
    kind: str
    text: str
    source: str


def read_gazetteer_file(path: Path) -> list[GazetteerEntry]:
    """Entries of one file; raises GazetteerError for an unknown kind."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(
            "Cannot read gazetteer file {name}: {exc}", name=path.name, exc=exc
        ) from exc
    kind = path.name.split(".", 1)[0]
    for line in lines[:5]:
        declared = _KIND_LINE.match(line.strip())
        if declared:
            kind = declared.group(1)
            break
    if kind not in KINDS:
        raise GazetteerError(
            "Gazetteer file {name} has unknown kind {kind!r}; name the file after one of: "
            "{choices}, or add a line '# kind: NAME'.",
            name=path.name,
            kind=kind,
            choices=", ".join(sorted(KINDS)),
        )
    entries = []
    for line in lines:
        text = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if text:
            entries.append(GazetteerEntry(kind, text, path.name))
    return entries


class Gazetteers:
    """All loaded entries, indexed by kind and in one trie."""

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self.trie = Trie()
        self.by_kind: dict[str, set[tuple[str, ...]]] = {kind: set() for kind in KINDS}
        for entry in entries:
            for variant in _variants(entry.text):
                tokens = [m.group(0) for m in _TOKEN.finditer(variant)]
                keys = tuple(fold_key(t) for t in tokens)
                if keys:
                    if entry.kind not in LOOKUP_ONLY:
                        self.trie.add(keys, entry.kind, tuple(map(_abbreviation, tokens)))
                    self.by_kind[entry.kind].add(keys)
        self._phrases: dict[str, tuple[str, ...]] = {}

    def phrases(self, kind: str) -> tuple[str, ...]:
        """The entries of one kind as space-separated keys, in a fixed order, made once.

        A rules-only list is asked about fixed phrases at one token (`Line.longest`,
        `Line.ending`), as the rules' own tuples are.
        """
        found = self._phrases.get(kind)
        if found is None:
            found = self._phrases[kind] = tuple(sorted(" ".join(k) for k in self.by_kind[kind]))
        return found

    def words(self, kind: str) -> set[str]:
        """Single-syllable keys of one kind (for quick membership tests)."""
        return {keys[0] for keys in self.by_kind[kind] if len(keys) == 1}

    @classmethod
    def load(cls, folders: Iterable[Path]) -> Gazetteers:
        entries: list[GazetteerEntry] = []
        for folder in folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.txt")):
                entries.extend(read_gazetteer_file(path))
        return cls(entries)


# Full names of bodies and the abbreviations news writes inside longer names
# ("Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND").
_ABBREVIATIONS = (
    ("Hội đồng nhân dân", "HĐND"),
    ("Ủy ban nhân dân", "UBND"),
    ("Mặt trận Tổ quốc", "MTTQ"),
    ("Tòa án nhân dân", "TAND"),
    ("Viện kiểm sát nhân dân", "VKSND"),
)


# Abbreviations of older house styles, written anywhere inside a name:
# "Hội Nông dân VN", "Ban Tổ chức TƯ", "Ủy viên T.Ư Đảng".
_SHORT_FORMS = (
    ("Việt Nam", ("VN",)),
    ("Trung ương", ("TƯ", "TW", "T.Ư")),
    ("Quốc hội", ("QH",)),
)


def _variants(text: str) -> set[str]:
    """Spellings to index: spaced and unspaced hyphens, Ủy ban and UB, abbreviations."""
    out = {text, text.replace(" - ", "-"), text.replace("-", " - ").replace("  ", " ")}
    for v in list(out):
        if v.startswith(("Ủy ban ", "Uỷ ban ")):
            out.add("UB " + v.split(" ", 2)[2])
        for full, short in _ABBREVIATIONS:
            if full in v and v != full:
                out.add(v.replace(full, short))
    for full, shorts in _SHORT_FORMS:
        for v in list(out):
            if full in v and v != full:
                out.update(v.replace(full, short) for short in shorts)
    out.update(_GLUED_VN.sub(r"\1VN", v) for v in list(out))
    # "Thương binh & Xã hội", "Tài nguyên &amp; Môi trường": an ampersand for `và`.
    out.update(v.replace(" và ", amp) for v in list(out) if " và " in v for amp in _AMPERSANDS)
    return {" ".join(v.split()) for v in out}


# Some house styles glue `VN` onto the abbreviation before it: `MTTQVN`, `Tổng
# LĐLĐVN`, `Hội LHPNVN` spell `MTTQ VN`, `Tổng LĐLĐ VN`, `Hội LHPN VN`.
_AMPERSANDS = (" & ", " &amp; ")
_GLUED_VN = re.compile(r"(?<!\S)([A-ZĐƯ]{2,}) VN(?!\S)")
