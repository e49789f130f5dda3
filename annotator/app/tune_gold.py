"""The committed gold parts the shipped models and tables learn from, named once.

A news set is scored blind for three scorings, then flipped to tuning data
(tests/fixtures/gold/README.md). From then on the base model, the name and
event classifiers and the confidence table all learn from its `tune` part:
naming the set here, by raising LAST_TUNE_NEWS, is the one edit that does it.
The parts kept for measuring (heldout's blind part, world's test part, the
sets still blind) are never listed.
"""

from __future__ import annotations

# The news sets from news2 up to this one are tuning data.
LAST_TUNE_NEWS = 32

TUNE_FILES: tuple[str, ...] = ("heldout.jsonl",) + tuple(
    f"news{number}.jsonl" for number in range(2, LAST_TUNE_NEWS + 1)
)
# (file under the gold folder, the splits read from it).
TUNE_PARTS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (name, ("tune",)) for name in TUNE_FILES
)


def spoken_list(names: tuple[str, ...]) -> str:
    """`a, b and c`, as the tables' notes name the files they were measured on."""
    return ", ".join(names[:-1]) + " and " + names[-1]
