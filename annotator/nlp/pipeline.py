"""The suggestion pipeline: rules, the trained (or shipped base) model and, on request, stock NER.

A `PipelineConfig` is a plain picklable value, so a worker process can build
its own `Pipeline` once (loading underthesea and the model there) and then
serve many texts.

Stock underthesea NER is opt-in (`suggesters(with_underthesea=True)`): on every
gold set the project holds it added a dozen spans in all behind the rules and
the base model, five of them right (merged micro F1 within 0.001 either way),
while it costs about two thirds of the suggesting time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from annotator.nlp.base import Suggester, Suggestion
from annotator.nlp.confidence import with_confidence
from annotator.nlp.crf import MODEL_NAME, RULES_FIRST, CRFSuggester
from annotator.nlp.crf.base import BASE_MIN_CONFIDENCE, BASE_MODEL_NAME, BASE_STACK, base_model
from annotator.nlp.ner import UndertheseaNER
from annotator.nlp.relations import RelationSuggestion, suggest_relations

RULES = "rules"
NER = "underthesea"
MODEL = MODEL_NAME
MERGED = "merged"
# The order a tie between overlapping suggestions is settled in.
PRIORITY = (RULES, MODEL, NER)


def suggesters(*, with_underthesea: bool = False) -> tuple[str, ...]:
    """The suggesters a project runs by default: the rules and the model, stock NER on request."""
    return (RULES, NER, MODEL) if with_underthesea else (RULES, MODEL)


DEFAULT_SUGGESTERS = suggesters()


@dataclass(frozen=True)
class PipelineConfig:
    """Which suggesters run; `model` is a trained model's bytes, `stack` what it reads."""

    names: tuple[str, ...] = DEFAULT_SUGGESTERS
    model: bytes | None = None
    stack: tuple[str, ...] = ()
    # The suggester name the model's spans carry: "model" for the project's
    # own, "base-model" for the shipped one.
    model_name: str = MODEL


def base_model_config(names: Sequence[str] = DEFAULT_SUGGESTERS) -> PipelineConfig:
    """The configuration of a project without its own model: the shipped base model, if any."""
    data = base_model() if MODEL in names else None
    if data is None:
        return PipelineConfig(names=tuple(n for n in names if n != MODEL))
    return PipelineConfig(
        names=tuple(names), model=data, stack=BASE_STACK, model_name=BASE_MODEL_NAME
    )


def without_base_model(config: PipelineConfig) -> PipelineConfig:
    """The configuration to send to another process: the shipped base model stays behind.

    A worker reads the base model from the resources itself (`with_base_model`).
    Sent through a worker's start-up pipe, its 1.5 MB held the sender until
    that worker had started and read it, so workers started one by one.
    """
    shipped = config.model_name == BASE_MODEL_NAME and config.model is not None
    if shipped and config.model == base_model():
        return replace(config, model=None)
    return config


def with_base_model(config: PipelineConfig) -> PipelineConfig:
    """The configuration a worker runs: the base model read back where it was left behind."""
    if config.model_name == BASE_MODEL_NAME and config.model is None and MODEL in config.names:
        return replace(config, model=base_model())
    return config


def rule_suggester() -> Suggester | None:
    """The political-domain rules, when that package is installed alongside."""
    try:
        from annotator.nlp.rules import RuleSuggester
    except ImportError:
        return None
    return RuleSuggester()


def merge(
    rule: list[Suggestion],
    ner: list[Suggestion],
    model: list[Suggestion],
    text: str | None = None,
    *,
    model_leads: bool = False,
    blocked: Sequence[tuple[int, int]] = (),
) -> list[Suggestion]:
    """One non-overlapping list from the three sources (the rules' merge when present).

    With the text, stock NER spans are kept only where shaped like names;
    `model_leads` puts a model that validated better than the rules first;
    `blocked` are offsets the rules know name no entity (see merge_suggestions).
    """
    try:
        from annotator.nlp.merge import merge_suggestions
    except ImportError:
        return _merge_by_priority([model, ner] if model_leads else [rule, model, ner])
    return list(merge_suggestions(rule, ner, model, text, model_leads=model_leads, blocked=blocked))


def _merge_by_priority(sources: Sequence[list[Suggestion]]) -> list[Suggestion]:
    kept: list[Suggestion] = []
    for source in sources:
        for s in sorted(source, key=lambda x: (x.start, -x.end)):
            if not any(s.start < k.end and k.start < s.end for k in kept):
                kept.append(s)
    return sorted(kept, key=lambda x: (x.start, x.end, x.label))


class Pipeline:
    """Builds the configured suggesters once and runs them over texts."""

    def __init__(self, config: PipelineConfig = PipelineConfig()) -> None:
        self.config = config
        needed = set(config.names) | (set(config.stack) if config.model else set())
        self._base: dict[str, Suggester] = {}
        if RULES in needed:
            rules = rule_suggester()
            if rules is not None:
                self._base[RULES] = rules
        if NER in needed:
            self._base[NER] = UndertheseaNER()
        self._model = (
            CRFSuggester(
                config.model,
                name=config.model_name,
                min_score=BASE_MIN_CONFIDENCE if config.model_name == BASE_MODEL_NAME else 0.0,
            )
            if config.model and MODEL in config.names
            else None
        )
        # The two shipped classifiers, names (annotator.nlp.names) and events
        # (annotator.nlp.events), are built and measured but not run: against the
        # rules of rounds 14 and 15 neither gained on unseen text, and the name
        # classifier cost the held-out parts and news13 (resources/models/README.md).

    @property
    def names(self) -> list[str]:
        """The suggesters that will actually report (rules may be absent)."""
        shown = [n for n in self.config.names if n in self._base]
        return [*shown, MODEL] if self._model else shown

    def run(self, text: str) -> dict[str, list[Suggestion]]:
        """Each configured suggester's own output for text."""
        out = {name: list(s.suggest(text)) for name, s in self._base.items()}
        if self._model is not None:
            stacked = {
                name: [(x.start, x.end, x.label) for x in out.get(name, [])]
                for name in self.config.stack
            }
            out[MODEL] = self._model.predict(text, stacked=stacked)
        return {name: spans for name, spans in out.items() if name in self.names}

    @property
    def model_leads(self) -> bool:
        """Whether the trained model validated better than keeping the rules' spans."""
        return self._model is not None and self._model.combination != RULES_FIRST

    def suggest(self, text: str) -> list[Suggestion]:
        """The merged suggestions for text."""
        return self.merge_run(self.run(text), text)

    def suggest_with_relations(
        self, text: str
    ) -> tuple[list[Suggestion], list[RelationSuggestion]]:
        """The merged suggestions, each with its confidence, and relations between them."""
        spans = with_confidence(self.suggest(text))
        return spans, suggest_relations(text, [(s.start, s.end, s.label) for s in spans])

    def merge_run(
        self, run: dict[str, list[Suggestion]], text: str | None = None
    ) -> list[Suggestion]:
        """Merge one run's outputs; pass the text it was run on (see merge)."""
        closed = getattr(self._base.get(RULES), "blocked", None)
        blocked = closed(text) if text is not None and closed is not None else []
        return merge(
            run.get(RULES, []),
            run.get(NER, []),
            run.get(MODEL, []),
            text,
            model_leads=self.model_leads and MODEL in run,
            blocked=blocked,
        )


def stack_for_training(names: Sequence[str] = (RULES,)) -> tuple[str, ...]:
    """The suggesters a new model stacks on: those available here, in a fixed order.

    A project that suggests with stock NER too passes (RULES, NER).
    """
    available = [RULES] if rule_suggester() is not None else []
    return tuple(n for n in names if n in {*available, NER})
