"""How the model's spans are combined with the rules' it was stacked on.

The model reads the rules' tags as features, yet a CRF learns one weight per
label and position: after a few documents it cuts long rule spans in two or
drops labels it saw rarely. On political news, where the shipped rules were
written, the changes it made to a rule span (removing or reshaping it) were
wrong far more often than right, while the spans it found where the rules
found nothing were mostly right: there the model keeps every rule span and
adds its own only where they overlap none ("rules-first"). Outside that domain
the rules' own false positives dominate, and only letting the model decide
helps: "model-first" keeps the model's spans and fills the gaps with the
rules', "model-only" is the model's own tagging. Training chooses one by
validation on the project's documents (see annotator.app.training).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from annotator.nlp.crf.features import LabelledRange

RULES_FIRST = "rules-first"
MODEL_FIRST = "model-first"
MODEL_ONLY = "model-only"
# In order of preference when they score the same: the first is the safe default.
COMBINATIONS = (RULES_FIRST, MODEL_FIRST, MODEL_ONLY)


class UnknownCombination(ValueError):
    """A combination name that is not one of COMBINATIONS."""


def combine(
    base_spans: Sequence[LabelledRange], model_spans: Sequence[LabelledRange]
) -> list[LabelledRange]:
    """The base (rules') spans plus the model's spans that overlap none of them."""
    kept = sorted(set(base_spans))
    added = [
        s for s in model_spans if s[0] < s[1] and not any(s[0] < e and b < s[1] for b, e, _ in kept)
    ]
    return sorted({*kept, *added})


def combine_as(
    combination: str,
    rule_spans: Sequence[LabelledRange] | None,
    model_spans: Sequence[LabelledRange],
    rule_labels: Collection[str] | None = None,
) -> list[LabelledRange]:
    """The spans a model with this combination suggests; without rules, its own.

    With `rule_labels` (those the rules produced on the training texts),
    rules-first holds back only the model's spans of those labels: a span of
    a label no rule knows takes the place of the rule spans it overlaps, as
    the rules cannot be right about it.
    """
    if combination not in COMBINATIONS:
        raise UnknownCombination(
            f"Unknown combination {combination!r}: use one of {', '.join(COMBINATIONS)}."
        )
    own = [s for s in model_spans if s[0] < s[1]]
    if rule_spans is None or combination == MODEL_ONLY:
        return sorted(set(own))
    if combination == MODEL_FIRST:
        return combine(own, rule_spans)
    if rule_labels is None:
        return combine(rule_spans, own)
    unknown = [s for s in own if s[2] not in rule_labels]
    kept = [r for r in rule_spans if not any(r[0] < e and s < r[1] for s, e, _ in unknown)]
    return combine([*kept, *unknown], [s for s in own if s[2] in rule_labels])
