"""Syllable features for the user-trained CRF: form, shape, context, gazetteers, stacking.

A sequence is one paragraph's syllable tokens. Besides the token itself the
features carry gazetteer hits and the BIO tags that the rules and the stock
NER gave the same text, so the model learns when to trust them (stacking).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from annotator.core.resources import resource_path
from annotator.core.syllables import syllable_spans
from annotator.core.vietnamese import fold_key

Range = tuple[int, int]
LabelledRange = tuple[int, int, str]


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


def _token_features(token: str) -> list[str]:
    low = fold_key(token)
    feats = [f"w={low}", f"s={shape(token)}"]
    if "." in token:
        feats.append("dot")
    if "-" in token or "/" in token:
        feats.append("dash")
    if len(low) > 3:
        feats.append(f"p3={low[:3]}")
    return feats


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
            if key:
                table.setdefault(key, set()).add(kind)
    longest = max((len(k) for k in table), default=0)
    return {k: frozenset(v) for k, v in table.items()}, longest


def gazetteer_tags(keys: Sequence[str]) -> list[list[str]]:
    """Per token, 'g:B-kind' / 'g:I-kind' for the longest gazetteer phrase covering it."""
    table, longest = load_gazetteers()
    out: list[list[str]] = [[] for _ in keys]
    i = 0
    while i < len(keys):
        for n in range(min(longest, len(keys) - i), 0, -1):
            kinds = table.get(tuple(keys[i : i + n]))
            if kinds:
                for k in sorted(kinds):
                    out[i].append(f"g:B-{k}")
                    for j in range(i + 1, i + n):
                        out[j].append(f"g:I-{k}")
                break
        i += 1
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


def sequence_features(
    text: str,
    tokens: Sequence[Range],
    *,
    stacked: Mapping[str, Sequence[LabelledRange]] | None = None,
) -> list[list[str]]:
    """Feature lists for the tokens of one paragraph.

    `stacked` maps a source name ("rules", "underthesea") to the spans it
    suggested; their BIO tags at this token and its neighbours become features.
    """
    forms = [text[a:b] for a, b in tokens]
    own = [_token_features(f) for f in forms]
    keys = [f[0][2:] for f in own]
    gaz = gazetteer_tags(keys)
    extra = {name: bio_tags(tokens, spans) for name, spans in (stacked or {}).items()}
    out: list[list[str]] = []
    n = len(tokens)
    for i in range(n):
        feats = ["bias", *own[i], *gaz[i]]
        for d in (-2, -1, 1, 2):
            j = i + d
            feats.append(f"w[{d}]={keys[j]}" if 0 <= j < n else f"w[{d}]=<pad>")
            if abs(d) == 1 and 0 <= j < n:
                feats.append(f"s[{d}]={own[j][1][2:]}")
                feats.extend(f"[{d}]{g}" for g in gaz[j])
        feats.append(f"w[-1:0]={keys[i - 1] if i else '<s>'}|{keys[i]}")
        feats.append(f"w[0:1]={keys[i]}|{keys[i + 1] if i + 1 < n else '</s>'}")
        for name, tags in extra.items():
            feats.append(f"{name}={tags[i]}")
            feats.append(f"{name}[-1]={tags[i - 1] if i else '<s>'}")
            feats.append(f"{name}[1]={tags[i + 1] if i + 1 < n else '</s>'}")
        out.append(feats)
    return out


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
