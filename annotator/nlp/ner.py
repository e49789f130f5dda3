"""The stock underthesea NER (bundled CRF) as a suggester of PER, LOC and ORG spans."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.core.syllables import is_word_token, syllable_spans
from annotator.nlp.align import align_tokens
from annotator.nlp.base import Suggestion
from annotator.nlp.units import sentence_spans

# underthesea's MISC has no place in the schema; the rest map one to one.
LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
# Sentences are cut into pieces of at most this many syllables (at a comma or
# similar where possible) so one pathological line stays cheap and local.
MAX_TOKENS = 120
_SOFT_BREAKS = frozenset(",;:()–-")


def chunks(text: str, start: int, end: int, *, limit: int = MAX_TOKENS) -> list[tuple[int, int]]:
    """Pieces of text[start:end] of at most `limit` syllables that hold a letter."""
    tokens = syllable_spans(text, start, end)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        j = min(i + limit, len(tokens))
        if j < len(tokens):
            breaks = [k for k in range(i + limit // 2, j) if text[tokens[k][0]] in _SOFT_BREAKS]
            j = breaks[-1] + 1 if breaks else j
        piece = (tokens[i][0], tokens[j - 1][1])
        if any(ch.isalpha() for ch in text[piece[0] : piece[1]]):
            out.append(piece)
        i = j
    return out


def bio_to_ranges(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last+1, type) token ranges of a BIO sequence.

    An I- tag that does not continue an entity of the same type starts one
    (underthesea emits I-PER after a title with no B-PER before it).
    """
    out: list[tuple[int, int, str]] = []
    current: list = []
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and current and current[2] == kind and current[1] == i:
            current[1] = i + 1
            continue
        if current:
            out.append((current[0], current[1], current[2]))
            current = []
        if prefix in ("B", "I") and kind:
            current = [i, i + 1, kind]
    if current:
        out.append((current[0], current[1], current[2]))
    return out


_Template = tuple[str, int, int | None, int, str | None]
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\[(.*?)\])?(?:\.(.*))?")


def _parse(template: Sequence[str]) -> list[_Template]:
    out = []
    for syntax in template:
        m = _TEMPLATE.fullmatch(syntax)
        if m is None:
            raise ValueError(f"unknown feature template {syntax!r}")
        first, second, column, func = m.groups()
        out.append((syntax, int(first), int(second) if second else None, int(column or 0), func))
    return out


def template_features(
    rows: Sequence[Sequence[str]], template: Sequence[_Template]
) -> list[list[str]]:
    """The features underthesea's tagged_feature computes, in linear time.

    underthesea rebuilds every column of the sentence for each token and
    template, which makes a sentence cost the square of its length; the
    strings produced here are identical.
    """
    from underthesea.pipeline.ner.tagged_feature import apply_function

    n = len(rows)
    columns = [[row[c] for row in rows] for c in range(len(rows[0]))] if rows else []
    out = []
    for i in range(n):
        feats = []
        for syntax, first, second, column, func in template:
            if i + first < 0:
                feats.append(f"{syntax}=BOS")
                continue
            if i + first >= n or (second is not None and i + second >= n):
                feats.append(f"{syntax}=EOS")
                continue
            if second is not None:
                word = " ".join(columns[column][i + first : i + second + 1])
            else:
                word = rows[i + first][column]
            feats.append(f"{syntax}={apply_function(func, word) if func else word}")
        out.append(feats)
    return out


class _Taggers:
    """underthesea's bundled POS, chunk and NER CRFs with their templates, parsed once."""

    _instance: _Taggers | None = None

    def __init__(self) -> None:
        from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
        from underthesea.pipeline.ner.model_crf import CRFNERPredictor
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

        self.steps = [
            (p.model, _parse(p.transformer.template))
            for p in (
                CRFPOSTagPredictor.Instance(),
                CRFChunkingPredictor.Instance(),
                CRFNERPredictor.Instance(),
            )
        ]

    @classmethod
    def get(cls) -> _Taggers:
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance


def fast_ner(sentence: str) -> list[tuple[str, str, str, str]]:
    """Same output as underthesea.ner(sentence) (word, POS, chunk, NER), in linear time."""
    from underthesea import word_tokenize

    rows: list[list[str]] = [[w] for w in word_tokenize(sentence)]
    if not rows:
        return []
    for model, template in _Taggers.get().steps:
        tags = model.tag(template_features([[*r, "X"] for r in rows], template))
        for row, tag in zip(rows, tags, strict=True):
            row.append(tag)
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading/trailing punctuation tokens; None if nothing wordlike is left."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if start >= end or not is_word_token(text, start, end):
        return None
    return start, end


def tag_sentence(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int] | None, str]]:
    """underthesea's NER on text[start:end]: (word, offsets or None, NER tag) per word."""
    try:
        rows = fast_ner(text[start:end])
    except Exception:  # one bad sentence costs only its own suggestions
        return []
    words = [row[0] for row in rows]
    spans = align_tokens(text, words, start=start, end=end)
    return [(row[0], span, row[-1]) for row, span in zip(rows, spans, strict=True)]


class UndertheseaNER:
    """Runs underthesea's bundled NER CRF per sentence and maps BIO to spans."""

    name = "underthesea"

    def suggest(self, text: str) -> list[Suggestion]:
        out: list[Suggestion] = []
        for s_start, s_end in sentence_spans(text):
            for c_start, c_end in chunks(text, s_start, s_end):
                out.extend(self._sentence(text, c_start, c_end))
        return out

    def _sentence(self, text: str, start: int, end: int) -> list[Suggestion]:
        tagged = tag_sentence(text, start, end)
        out = []
        for first, last, kind in bio_to_ranges([tag for _, _, tag in tagged]):
            label = LABELS.get(kind)
            offsets = [span for _, span, _ in tagged[first:last] if span]
            if label is None or not offsets:
                continue
            trimmed = _trimmed(text, offsets[0][0], offsets[-1][1])
            if trimmed:
                out.append(Suggestion(trimmed[0], trimmed[1], label, self.name))
        return out
