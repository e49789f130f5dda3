"""Benchmark: does a memory of the project's own annotations help on the next article?

A linguist annotates the once-blind sets in order (tests/benchmarks/
memory_simulation.py): for each article of news3 … news13, the memory is
built from the gold of every article worked before it (news2's tune part
first) and the suggestions those articles had at blind time that the gold
has at no place (rejected), then applied to the article's own blind-time
merged suggestions. Scored by exact match, per set and per label, before ->
after, with the spans moved (right gained / wrong removed / right lost /
wrong added).

The policy (docs/memory.md, "The bar"): every point of GRID is
run; the one with the highest summed micro gain over news3 … news8 is
chosen (the first in GRID order on a tie) and must then gain on at least 8
of the 11 sets, lose no more than TOLERANCE on any, and gain on at least 4
of the 5 later sets. Written before any figure of the memory was measured;
not met, so that test stays an expected failure marked strict (NOT_SHIPPED),
the record of the rule's choice. What runs by default is the candidate
(`annotator.app.suggest.memory.CANDIDATE`, extend and hold back only), which
met the bar here and was confirmed once on news14 (docs/memory.md,
"Confirming the candidate"): its test must pass. A few minutes.
"""

from __future__ import annotations

import itertools

import pytest

from annotator.app.suggest.memory import CANDIDATE
from annotator.nlp.memory import Policy
from tests.benchmarks.corrector_sets import BLIND_TIME_MICRO, LABELS, Tally, moved_line
from tests.benchmarks.memory_simulation import (
    SETS,
    Outcome,
    Step,
    gold_rows,
    run,
    simulate,
)

TOLERANCE = 0.003
EARLY = tuple(SETS)[:6]
LATER = tuple(SETS)[6:]
# fill, extend, relabel: which of them a mode does ("-": none, hold back only).
MODES = ("f", "fe", "fer", "e", "r", "-")
GRID = tuple(
    Policy(
        min_count=count,
        min_ratio=ratio,
        min_syllables=syllables,
        fill="f" in mode,
        extend="e" in mode,
        relabel="r" in mode,
        hold_back=hold,
    )
    for count, ratio, syllables, mode, hold in itertools.product(
        (1, 2, 3), (0.5, 0.6, 0.7, 0.8, 0.9), (1, 2), MODES, (0, 1, 2)
    )
    if mode != "-" or hold
)
NOT_SHIPPED = pytest.mark.xfail(
    strict=True,
    reason="the policy chosen on news3-news8 loses more than .003 on news10 "
    "and gains on one of the five later sets",
)


@pytest.fixture(scope="module")
def steps() -> list[Step]:
    return simulate()


@pytest.fixture(scope="module")
def outcomes(steps: list[Step]) -> dict[Policy, Outcome]:
    cache: dict = {}
    return {policy: run(steps, policy, cache) for policy in GRID}


def chosen(outcomes: dict[Policy, Outcome]) -> Policy:
    """The policy of GRID with the highest summed gain over the early sets."""
    return max(GRID, key=lambda p: sum(outcomes[p].gain(n) for n in EARLY))


def passes_the_bar(outcome: Outcome) -> bool:
    gains = [outcome.gain(n) for n in SETS]
    later = sum(1 for n in LATER if outcome.gain(n) > 0)
    return sum(1 for g in gains if g > 0) >= 8 and min(gains) >= -TOLERANCE and later >= 4


def report(outcome: Outcome, title: str) -> str:
    lines = [f"\n{title}"]
    for name in SETS:
        before, after, moved = outcome.before[name], outcome.after[name], outcome.moved[name]
        lines.append(moved_line(name, 7, before, after, moved))
    lines.append("  all     " + _pooled(outcome))
    return "\n".join(lines)


def _pooled(outcome: Outcome) -> str:
    """Micro and per-label F1 over all eleven sets together, before -> after."""
    before, after = Tally(), Tally()
    for name in SETS:
        for mine, theirs in ((before, outcome.before[name]), (after, outcome.after[name])):
            mine.tp.update(theirs.tp)
            mine.fp.update(theirs.fp)
            mine.fn.update(theirs.fn)
    per_label = " ".join(f"{x} {before.f1(x):.3f}->{after.f1(x):.3f}" for x in LABELS)
    return f"{before.f1():.4f} -> {after.f1():.4f}  {per_label}"


def test_the_floor_reproduces_the_blind_time_figures(steps: list[Step]) -> None:
    outcome = run(steps, Policy(fill=False, extend=False))
    for name in SETS:
        assert round(outcome.before[name].f1(), 3) == BLIND_TIME_MICRO[name], name
        assert outcome.after[name].f1() == outcome.before[name].f1(), name


def test_the_memory_of_earlier_articles_is_built_at_every_step(steps: list[Step]) -> None:
    assert len(steps) == sum(len(gold_rows(name)) for name in SETS)
    sizes = [len(s.table.entries) for s in steps]
    assert sizes == sorted(sizes), "the memory only grows as articles are worked"
    assert sizes[0] > 0


@NOT_SHIPPED
def test_the_policy_chosen_on_the_early_sets_passes_the_bar(
    outcomes: dict[Policy, Outcome],
) -> None:
    policy = chosen(outcomes)
    print(report(outcomes[policy], f"chosen on news3-news8: {policy}"))
    for mode in MODES:
        fill, extend, relabel = ("f" in mode, "e" in mode, "r" in mode)
        for hold in (0, 2):
            if mode == "-" and not hold:
                continue
            other = Policy(
                min_count=policy.min_count,
                min_ratio=policy.min_ratio,
                min_syllables=policy.min_syllables,
                fill=fill,
                extend=extend,
                relabel=relabel,
                hold_back=hold,
            )
            print(report(outcomes[other], f"the same surfaces, {other}"))
    passing = [p for p in GRID if passes_the_bar(outcomes[p])]
    print(f"\n{len(passing)} of {len(GRID)} policies of the grid pass the bar")
    for p in passing[:1]:
        print(report(outcomes[p], f"the first that passes (not chosen): {p}"))
    assert passes_the_bar(outcomes[policy])


def test_the_policy_that_runs_passes_the_bar(outcomes: dict[Policy, Outcome]) -> None:
    """The candidate the suggest paths run (confirmed on news14) still meets the bar here."""
    assert CANDIDATE in GRID
    print(report(outcomes[CANDIDATE], f"the policy that runs: {CANDIDATE}"))
    assert passes_the_bar(outcomes[CANDIDATE])
