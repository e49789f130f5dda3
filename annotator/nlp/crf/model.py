"""Training the syllable CRF on annotated texts, and the "model" suggester it yields.

The model is kept as bytes (the CRFsuite file written by underthesea_core)
so the project can store it as a blob; `stack` names the suggesters whose
output the model reads as features and must be fed again when tagging. Bytes
may start with a one-line header naming how the model's spans are combined
with the rules' (see combine); bytes without one are rules-first.
"""

from __future__ import annotations

import os
import tempfile
import threading
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from annotator.core.errors import AnnotatorError
from annotator.nlp.base import Suggester, Suggestion
from annotator.nlp.crf.combine import COMBINATIONS, RULES_FIRST, combine_as
from annotator.nlp.crf.features import (
    LabelledRange,
    bio_tags,
    paragraph_tokens,
    sequence_features,
    tags_to_spans,
)
from annotator.nlp.units import paragraph_spans

MODEL_NAME = "model"
# The stacked suggester whose spans the model is combined with.
BASE = "rules"
# Under rules-first a model only fills the rules' gaps, and only with spans it
# is at least this sure of (the smallest marginal over the span's tags): below
# it, what the shipped base model added on gold/dev.jsonl, and what models
# trained on 20 world-news documents added, was more often wrong than right.
GAP_MIN_CONFIDENCE = 0.8
_HEADER = b"annotator-crf combination="
_BASE_LABELS = b"rules="


class TrainingCancelled(AnnotatorError):
    """Training was stopped by the user; the previous model is unchanged."""


class ModelError(AnnotatorError):
    """A stored model cannot be read or has nothing to learn from."""


@dataclass(frozen=True)
class Example:
    """One annotated text: gold spans and what the stacked suggesters proposed."""

    text: str
    spans: tuple[LabelledRange, ...]
    stacked: dict[str, tuple[LabelledRange, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class TrainParams:
    max_iterations: int = 120
    c1: float = 0.05
    c2: float = 0.01


def example_sequences(example: Example) -> list[tuple[list[list[str]], list[str]]]:
    """(features, BIO tags) for every paragraph of one example."""
    out = []
    for p_start, p_end in paragraph_spans(example.text):
        tokens = paragraph_tokens(example.text, p_start, p_end)
        if not tokens:
            continue
        inside = [s for s in example.spans if p_start <= s[0] and s[1] <= p_end]
        stacked = {
            name: [s for s in spans if p_start <= s[0] and s[1] <= p_end]
            for name, spans in example.stacked.items()
        }
        feats = sequence_features(example.text, tokens, stacked=stacked)
        out.append((feats, bio_tags(tokens, inside)))
    return out


def train_model(
    examples: Iterable[Example],
    *,
    params: TrainParams = TrainParams(),
    cancel: threading.Event | None = None,
) -> bytes:
    """Train a CRF on the examples and return the model file's bytes."""
    xs: list[list[list[str]]] = []
    ys: list[list[str]] = []
    for example in examples:
        if cancel is not None and cancel.is_set():
            raise TrainingCancelled("Training was cancelled.")
        for feats, tags in example_sequences(example):
            xs.append(feats)
            ys.append(tags)
    if not any(t != "O" for tags in ys for t in tags):
        raise ModelError(
            "There are no accepted annotations to learn from: mark annotated documents done first."
        )
    from underthesea_core import CRFTrainer

    trainer = CRFTrainer()
    trainer.set_max_iterations(params.max_iterations)
    trainer.set_l1_penalty(params.c1)
    trainer.set_l2_penalty(params.c2)
    model = trainer.train(xs, ys)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.crfsuite")
        model.save(path)
        with open(path, "rb") as handle:
            return handle.read()


def with_combination(
    data: bytes, combination: str, base_labels: Iterable[str] | None = None
) -> bytes:
    """The model's bytes, marked with how its spans are combined with the rules'.

    `base_labels` are the labels the rules produced on the training texts:
    spans of any other label (one the user added, which no rule knows) are
    the model's alone, and rules-first does not hold them back.
    """
    if combination not in COMBINATIONS:
        raise ModelError(
            "Unknown combination {combination!r}: use one of {choices}.",
            combination=combination,
            choices=", ".join(COMBINATIONS),
        )
    head = _HEADER + combination.encode("ascii")
    if base_labels is not None:
        head += b" " + _BASE_LABELS + ",".join(sorted(set(base_labels))).encode("utf-8")
    return head + b"\n" + _payload(data)


def _header_fields(data: bytes) -> list[str]:
    if not data.startswith(_HEADER):
        return []
    return data[len(_HEADER) : data.index(b"\n")].decode("utf-8", "replace").split(" ")


def stored_combination(data: bytes) -> str:
    """How a model's spans are combined with the rules' (rules-first when unmarked)."""
    fields = _header_fields(data)
    if not fields:
        return RULES_FIRST
    name = fields[0]
    if name not in COMBINATIONS:
        raise ModelError(
            "The stored model names an unknown combination {name!r}; train it again.", name=name
        )
    return name


def stored_base_labels(data: bytes) -> frozenset[str] | None:
    """The labels the rules produced on the model's training texts, if recorded."""
    prefix = _BASE_LABELS.decode("ascii")
    for field_ in _header_fields(data)[1:]:
        if field_.startswith(prefix):
            return frozenset(x for x in field_[len(prefix) :].split(",") if x)
    return None


def base_labels(examples: Iterable[Example]) -> list[str]:
    """The labels the rules (the stacked base suggester) produced on these examples."""
    return sorted({lab for ex in examples for *_, lab in ex.stacked.get(BASE, ())})


def _payload(data: bytes) -> bytes:
    return data[data.index(b"\n") + 1 :] if data.startswith(_HEADER) else data


def _load_tagger(data: bytes):  # -> underthesea_core.CRFTagger
    from underthesea_core import CRFTagger

    tagger = CRFTagger()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.crfsuite")
        with open(path, "wb") as handle:
            handle.write(_payload(data))
        try:
            tagger.load(path)
        except Exception as exc:
            raise ModelError(
                "The stored model cannot be read ({exc}); train it again.", exc=exc
            ) from exc
    return tagger


class CRFSuggester:
    """Suggests spans with a trained model; origin "model" in the store.

    `combination` overrides the one stored with the model (see combine).
    """

    name = MODEL_NAME

    def __init__(
        self,
        data: bytes,
        *,
        stack: Sequence[Suggester] = (),
        combination: str | None = None,
        name: str = MODEL_NAME,
        min_score: float = 0.0,
    ) -> None:
        self.name = name
        # Own spans less probable than this are not suggested at all.
        self.min_score = min_score
        self.combination = combination or stored_combination(data)
        self.base_labels = stored_base_labels(data)
        if self.combination not in COMBINATIONS:
            raise ModelError(
                "Unknown combination {combination!r}: use one of {choices}.",
                combination=self.combination,
                choices=", ".join(COMBINATIONS),
            )
        self._tagger = _load_tagger(data)
        self._stack = tuple(stack)
        self._lock = threading.Lock()
        self._tags = list(self._tagger.labels())

    def labels(self) -> list[str]:
        return sorted({t[2:] for t in self._tags if t != "O"})

    def suggest(self, text: str) -> list[Suggestion]:
        stacked = {
            s.name: [(x.start, x.end, x.label) for x in s.suggest(text)] for s in self._stack
        }
        return self.predict(text, stacked=stacked)

    def predict(
        self, text: str, *, stacked: Mapping[str, Sequence[LabelledRange]] | None = None
    ) -> list[Suggestion]:
        """Tag text given what the stacked suggesters already proposed for it.

        When the base suggester (the rules) is among them, the model's spans
        are combined with theirs as the model's combination says.
        """
        scored = self._kept(self.combination, self.scored_spans(text, stacked), stacked)
        own = [(s, e, lab) for s, e, lab, _ in scored]
        score = {(s, e, lab): p for s, e, lab, p in scored}
        found = combine_as(self.combination, (stacked or {}).get(BASE), own, self.base_labels)
        return [
            Suggestion(s, e, lab, self.name, score.get((s, e, lab), 1.0)) for s, e, lab in found
        ]

    def predict_as(
        self,
        combination: str,
        text: str,
        *,
        stacked: Mapping[str, Sequence[LabelledRange]] | None = None,
    ) -> list[LabelledRange]:
        """predict's spans as they would be under another combination."""
        scored = self._kept(combination, self.scored_spans(text, stacked), stacked)
        own = [(s, e, lab) for s, e, lab, _ in scored]
        return combine_as(combination, (stacked or {}).get(BASE), own, self.base_labels)

    def _kept(
        self,
        combination: str,
        scored: list[tuple[int, int, str, float]],
        stacked: Mapping[str, Sequence[LabelledRange]] | None,
    ) -> list[tuple[int, int, str, float]]:
        """The own spans a combination uses: only sure ones where they fill the rules' gaps."""
        floor = self.min_score
        if combination == RULES_FIRST and BASE in (stacked or {}):
            floor = max(floor, GAP_MIN_CONFIDENCE)
        return [x for x in scored if x[3] >= floor]

    def own_spans(
        self, text: str, stacked: Mapping[str, Sequence[LabelledRange]] | None = None
    ) -> list[LabelledRange]:
        """The model's own tagging of text, before any combination."""
        return [(s, e, lab) for s, e, lab, _ in self.scored_spans(text, stacked)]

    def scored_spans(
        self, text: str, stacked: Mapping[str, Sequence[LabelledRange]] | None = None
    ) -> list[tuple[int, int, str, float]]:
        """The model's own spans with their confidence: the CRF's marginal probability.

        A span's confidence is the smallest marginal probability of the tags
        of its tokens (B- then I-): how sure the model is of its weakest part.
        In a paragraph where the model only repeats the stacked rules' spans,
        those are given 1.0 without computing marginals.
        """
        out: list[tuple[int, int, str, float]] = []
        for p_start, p_end in paragraph_spans(text):
            tokens = paragraph_tokens(text, p_start, p_end)
            if not tokens:
                continue
            inside = {
                name: [s for s in spans if p_start <= s[0] and s[1] <= p_end]
                for name, spans in (stacked or {}).items()
            }
            feats = sequence_features(text, tokens, stacked=inside)
            with self._lock:
                tags = self._tagger.tag(feats)
            spans = tags_to_spans(tokens, tags)
            known = set(inside.get(BASE, ()))
            if all(span in known for span in spans):
                # The rules' own spans, tagged again: no marginals needed (the
                # forward-backward pass costs three times the tagging).
                out.extend((s, e, lab, 1.0) for s, e, lab in spans)
                continue
            with self._lock:
                marginals = self._tagger.marginals(feats)
            out.extend(_scored(tokens, tags, marginals, self._tags))
        return out


def _scored(
    tokens: Sequence[tuple[int, int]],
    tags: Sequence[str],
    marginals: Sequence[Sequence[float]],
    labels: Sequence[str],
) -> list[tuple[int, int, str, float]]:
    """Spans of BIO tags, each with the smallest marginal of its tokens' tags."""
    column = {tag: k for k, tag in enumerate(labels)}
    starts = [s for s, _ in tokens]
    out = []
    for start, end, label in tags_to_spans(tokens, tags):
        inside = range(bisect_left(starts, start), bisect_left(starts, end))
        probs = [marginals[k][column[tags[k]]] for k in inside if tags[k] in column]
        out.append((start, end, label, round(min(probs), 4) if probs else 0.0))
    return out
