"""Which annotator gets which document: every document to `overlap` annotators, balanced and seeded."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

from annotator.core.errors import TeamError


def assign(
    doc_ids: Sequence[int],
    annotators: Sequence[str],
    *,
    overlap: int,
    seed: int,
    common: int = 0,
) -> dict[str, list[int]]:
    """Documents per annotator (each list in id order).

    `common` documents (drawn with the seed) go to every annotator, for an
    agreement sample all of them share. Every other document goes to
    `overlap` annotators: each time the least loaded ones, and among equals
    those who have shared fewest documents with the ones already chosen, so
    loads and pairs stay as even as the numbers allow.
    """
    names = list(dict.fromkeys(annotators))
    _check_request(names, annotators, len(doc_ids), overlap=overlap, common=common)
    rng = random.Random(seed)
    ids = sorted(doc_ids)
    rng.shuffle(ids)
    order = names[:]
    rng.shuffle(order)
    out: dict[str, list[int]] = {name: [] for name in names}
    for doc_id in ids[:common]:
        for name in names:
            out[name].append(doc_id)
    load: Counter[str] = Counter()
    shared: Counter[frozenset[str]] = Counter()
    for doc_id in ids[common:]:
        chosen = _least_loaded(order, overlap, load, shared)
        for i, name in enumerate(chosen):
            out[name].append(doc_id)
            load[name] += 1
            for other in chosen[i + 1 :]:
                shared[frozenset((name, other))] += 1
        order = order[1:] + order[:1]  # ties go round the team
    return {name: sorted(docs) for name, docs in out.items()}


def _check_request(
    names: Sequence[str], annotators: Sequence[str], documents: int, *, overlap: int, common: int
) -> None:
    """Refuse a team or numbers no assignment can satisfy, before anything is drawn."""
    if len(names) != len(annotators):
        raise TeamError("an annotator is named twice")
    if not names:
        raise TeamError("name at least one annotator")
    if not 1 <= overlap <= len(names):
        raise TeamError(
            "overlap must be between 1 and the number of annotators ({count})", count=len(names)
        )
    if not 0 <= common <= documents:
        if documents == 1:
            raise TeamError("--common {common}: there is only 1 document", common=common)
        raise TeamError(
            "--common {common}: there are only {count} documents", common=common, count=documents
        )


def _least_loaded(
    order: Sequence[str], overlap: int, load: Counter[str], shared: Counter[frozenset[str]]
) -> list[str]:
    """The `overlap` annotators for the next document: fewest documents first, then fewest shared."""
    chosen: list[str] = []
    for _ in range(overlap):
        best = min(
            (n for n in order if n not in chosen),
            key=lambda n: (load[n], sum(shared[frozenset((n, c))] for c in chosen)),
        )
        chosen.append(best)
    return chosen
