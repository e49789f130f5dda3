"""Syllable features for the user-trained CRF: form, shape, context, gazetteers, stacking.

A sequence is one paragraph's syllable tokens. Each token becomes a row of
columns (folded form, shape, 3-letter prefix, gazetteer tag and the BIO tag
each stacked suggester gave it) and underthesea_core's CRFFeaturizer turns the
rows into feature strings with the templates below, so the model learns when
to trust the rules and the stock NER (stacking).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from annotator.core.resources import resource_path
from annotator.core.syllables import syllable_spans
from annotator.core.vietnamese import fold_key
from annotator.nlp.rules.gazetteer import RULES_ONLY

Range = tuple[int, int]
LabelledRange = tuple[int, int, str]

# Columns of a token row; stacked suggesters' BIO tags follow, one column each.
FORM, SHAPE, PREFIX, GAZ = 0, 1, 2, 3
_OWN = (
    "T[0]",
    "T[-1]",
    "T[1]",
    "T[-2]",
    "T[2]",
    "T[-1,0]",
    "T[0,1]",
    "T[0][1]",
    "T[-1][1]",
    "T[1][1]",
    "T[-1,0][1]",
    "T[0,1][1]",
    "T[0][2]",
    "T[0][3]",
    "T[-1][3]",
    "T[1][3]",
)
# For each stacked column c: its tag here and around, and tag bigrams, so a
# span's inside and edges are features; the tag joined with the form lets the
# model learn where a suggester errs.
_STACKED = ("T[0][{c}]", "T[-1][{c}]", "T[1][{c}]", "T[-1,0][{c}]", "T[0,1][{c}]", "T[0][{x}]")


@functools.lru_cache(maxsize=1 << 16)
def shape(token: str) -> str:
    """A coarse case/character class: Title, UPPER, lower, digit, punct, mixed."""
    if not any(ch.isalnum() for ch in token):
        return "punct"
    if token.isdigit():
        return "digit"
    if any(ch.isdigit() for ch in token):
        return "alnum"
    if token.isupper():
        return "UPPER"
    if token[:1].isupper():
        return "Title" if token[1:].islower() or len(token) == 1 else "Mixed"
    return "lower"


@functools.lru_cache(maxsize=4)
def load_gazetteers(folder: str = "") -> tuple[dict[tuple[str, ...], frozenset[str]], int]:
    """Phrase (folded syllables) → kinds, from resources/gazetteers/*.txt."""
    root = Path(folder) if folder else resource_path("gazetteers")
    table: dict[tuple[str, ...], set[str]] = {}
    for path in sorted(root.glob("*.txt")) if root.is_dir() else []:
        kind = path.stem
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = line.strip()
            if entry.startswith("# kind:"):
                kind = entry.split(":", 1)[1].strip() or kind
            if not entry or entry.startswith("#"):
                continue
            key = tuple(fold_key(entry[a:b]) for a, b in syllable_spans(entry))
            if key and kind not in RULES_ONLY:
                table.setdefault(key, set()).add(kind)
    longest = max((len(k) for k in table), default=0)
    return {k: frozenset(v) for k, v in table.items()}, longest


@functools.lru_cache(maxsize=4)
def _prefixes(folder: str = "") -> frozenset[tuple[str, ...]]:
    """Every beginning of a gazetteer phrase, so a match stops as soon as none goes on."""
    table, _ = load_gazetteers(folder)
    return frozenset(key[:n] for key in table for n in range(1, len(key) + 1))


@functools.lru_cache(maxsize=4)
def _first_syllables(folder: str = "") -> frozenset[str]:
    """The first syllable of every gazetteer phrase."""
    return frozenset(key[0] for key in load_gazetteers(folder)[0])


def gazetteer_tags(keys: Sequence[str]) -> list[list[str]]:
    """Per token, 'g:B-kind' / 'g:I-kind' for the longest gazetteer phrase covering it.

    Each phrase tried is built once, a syllable at a time, while it is still the
    beginning of some entry: most tokens stop at the first syllable.
    """
    table, _ = load_gazetteers()
    prefixes = _prefixes()
    firsts = _first_syllables()
    out: list[list[str]] = [[] for _ in keys]
    for i in range(len(keys)):
        if keys[i] not in firsts:
            continue  # most tokens start no phrase: no tuple built to find that out
        best, kinds = 0, frozenset[str]()
        phrase: tuple[str, ...] = (keys[i],)
        while phrase in prefixes:
            found = table.get(phrase)
            if found:
                best, kinds = len(phrase), found
            if i + len(phrase) >= len(keys):
                break
            phrase += (keys[i + len(phrase)],)
        for k in sorted(kinds) if kinds else ():
            out[i].append(f"g:B-{k}")
            for m in range(i + 1, i + best):
                out[m].append(f"g:I-{k}")
    return out


def bio_tags(tokens: Sequence[Range], spans: Iterable[LabelledRange]) -> list[str]:
    """BIO tag of each token from labelled spans (tokens wholly inside a span)."""
    tags = ["O"] * len(tokens)
    starts = [s for s, _ in tokens]
    for start, end, label in sorted(spans):
        inside = []
        i = bisect_left(starts, start)
        while i < len(tokens) and tokens[i][1] <= end:
            inside.append(i)
            i += 1
        if not inside or any(tags[i] != "O" for i in inside):
            continue
        tags[inside[0]] = f"B-{label}"
        for i in inside[1:]:
            tags[i] = f"I-{label}"
    return tags


def templates(stacked: Sequence[str]) -> list[str]:
    """The CRFFeaturizer templates for rows with these stacked columns, in order."""
    out = list(_OWN)
    for k in range(len(stacked)):
        c = GAZ + 1 + 2 * k
        out.extend(t.format(c=c, x=c + 1) for t in _STACKED)
    return out


@functools.lru_cache(maxsize=8)
def _featurizer(stacked: tuple[str, ...]):  # -> underthesea_core.CRFFeaturizer
    from underthesea_core import CRFFeaturizer

    return CRFFeaturizer(templates(stacked), set())


@functools.lru_cache(maxsize=1 << 16)
def _form_key(form: str) -> str:
    """`fold_key` of a token's form, remembered: the same words recur in every paragraph
    and folding them was a tenth of the model's time."""
    return fold_key(form)


def token_rows(
    text: str, tokens: Sequence[Range], stacked: Mapping[str, Sequence[LabelledRange]]
) -> list[list[str]]:
    """One row of columns per token (see FORM, SHAPE, PREFIX, GAZ)."""
    forms = [text[a:b] for a, b in tokens]
    keys = [_form_key(f) for f in forms]
    gaz = gazetteer_tags(keys)
    rows = [
        [k, shape(f), k[:3] if len(k) > 3 else "-", "|".join(g) or "-"]
        for k, f, g in zip(keys, forms, gaz, strict=True)
    ]
    for name in sorted(stacked):
        for row, tag in zip(rows, bio_tags(tokens, stacked[name]), strict=True):
            row.extend([tag, f"{tag}|{row[FORM]}"])
    return rows


def sequence_features(
    text: str,
    tokens: Sequence[Range],
    *,
    stacked: Mapping[str, Sequence[LabelledRange]] | None = None,
) -> list[list[str]]:
    """Feature lists for the tokens of one paragraph.

    `stacked` maps a source name ("rules", "underthesea") to the spans it
    suggested; their BIO tags at this token and its neighbours become features
    named after the source, so a model must be fed the same sources again.
    """
    if not tokens:
        return []
    sources = dict(stacked or {})
    rows = token_rows(text, tokens, sources)
    names = tuple(sorted(sources))
    renamed = _renamer(names)
    feats = _featurizer(names).process([rows])[0]
    # One feature per template, in order: only the stacked columns' names change
    # (renaming every feature was a fifth of the suggesting time).
    own, width = len(_OWN), len(templates(names))
    return [
        ["bias", *row[:own], *map(renamed, row[own:])]
        if len(row) == width
        else ["bias", *map(renamed, row)]
        for row in feats
    ]


@functools.lru_cache(maxsize=8)
def _feature_names(names: tuple[str, ...]) -> dict[str, str]:
    """Template → readable name: 'T[0][4]' of the rules column becomes 'rules[0]'."""
    out = {}
    for k, name in enumerate(names):
        c = GAZ + 1 + 2 * k
        for template in _STACKED:
            raw = template.format(c=c, x=c + 1)
            where = raw[1 : raw.index("]") + 1]
            out[raw] = f"{name}+w{where}" if raw.endswith(f"[{c + 1}]") else f"{name}{where}"
    return out


@functools.lru_cache(maxsize=8)
def _renamer(names: tuple[str, ...]):  # -> Callable[[str], str]
    """The renaming of features for these stacked sources, remembered per feature."""
    shown = _feature_names(names)

    @functools.lru_cache(maxsize=1 << 18)
    def renamed(feature: str) -> str:
        head, _, value = feature.partition("=")
        return f"{shown.get(head, head)}={value}"

    return renamed


def paragraph_tokens(text: str, start: int, end: int) -> list[Range]:
    """The syllable and punctuation tokens of a paragraph."""
    return syllable_spans(text, start, end)


def tags_to_spans(tokens: Sequence[Range], tags: Sequence[str]) -> list[LabelledRange]:
    """Spans from predicted BIO tags; an I- without a matching B- starts a span."""
    out: list[LabelledRange] = []
    current: list | None = None
    for (start, end), tag in zip(tokens, tags, strict=True):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and current is not None and current[2] == label:
            current[1] = end
            continue
        if current is not None:
            out.append((current[0], current[1], current[2]))
            current = None
        if prefix in ("B", "I") and label:
            current = [start, end, label]
    if current is not None:
        out.append((current[0], current[1], current[2]))
    return out
