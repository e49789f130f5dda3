"""How far two annotators following the same guidelines agree on a gold set's articles.

For each set in SECOND_ANNOTATIONS, tests/fixtures/gold/<set>/second.txt is a
second annotation of some of its articles (seven of news5, six of news7, six
of news8), written from the raw text and committed before the first one (the
gold, <set>.jsonl) was looked at. tests/benchmarks/gold_agreement.py computes
the figures (exact-match F1 per label and micro, same span any label,
overlapping span same label, syllable kappa, relations per type) and lists
every disagreement, for adjudication (README, "Agreement between two
annotators (news5)", "(news7)" and "(news8)").

Only what can be checked is asserted: both files hold the same articles
with the same text, and every span of each side was counted. The figures
themselves are printed, never asserted: they describe the gold. A set whose
JSONL is not built yet, or lacks an article of its second annotation, is
skipped with the reason (news8's second half is merged into news8.jsonl when the halves are joined).
The texts come from the folder `corpus_folder` names for the set: the shared
political-news-2 corpus, or for news21 to news27 their copy beside the gold, so that a
set drawn from the whole of VNTC is compared without the shared data.

    pytest -s tests/benchmarks/test_gold_agreement.py -k news7
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.gold_agreement import (
    REPOSITORY_CORPORA,
    SECOND,
    SHARED_CORPUS,
    agreement_tables,
    corpus_folder,
    missing_articles,
    pair_rows,
    read_spec,
    report,
)
from tests.benchmarks.gold_quality import GOLD, LABELS, gold_rows

# Each set with a second annotation, and how many of its articles that annotation covers.
SECOND_ANNOTATIONS = {"news5": 7, "news7": 6, "news8": 6}


@pytest.fixture(params=sorted(SECOND_ANNOTATIONS))
def gold_set(request: pytest.FixtureRequest) -> str:
    """The name of a gold set that has a second annotation."""
    return str(request.param)


@pytest.fixture
def second_rows(request: pytest.FixtureRequest, gold_set: str) -> list[dict]:
    """The second annotation's rows, placed in the stored text by build.py; only a set
    whose texts are not in the repository asks for the shared data (and skips without it)."""
    needs_shared = gold_set not in REPOSITORY_CORPORA
    shared = request.getfixturevalue("shared_dir") if needs_shared else None
    return read_spec(gold_set, corpus_folder(gold_set, shared), SECOND)


# The ids of each set drawn from the whole of VNTC, first and last, as vntc-2/README.md gives them.
VNTC_IDS = {
    "news21": (1001, 1010),
    "news22": (2001, 2013),
    "news23": (3001, 3011),
    "news24": (4001, 4014),
    "news25": (5001, 5012),
    "news26": (6001, 6012),
    "news27": (7001, 7015),
    "news28": (8001, 8010),
    "news29": (9001, 9011),
    "news30": (10001, 10012),
    "news31": (11001, 11010),
    "news32": (12001, 12011),
    "news33": (13001, 13012),
}


def test_a_set_drawn_from_the_whole_of_vntc_reads_its_texts_beside_the_gold() -> None:
    folder = GOLD / "vntc-2"
    assert all(corpus_folder(name) == folder for name in VNTC_IDS)
    names = sorted(
        (p.name for p in (folder / "data").glob("*.txt")), key=lambda name: int(name[:-4])
    )
    assert names == [
        f"{number}.txt" for first, last in VNTC_IDS.values() for number in range(first, last + 1)
    ]
    assert corpus_folder("news8", Path("shared")) == Path("shared") / SHARED_CORPUS
    with pytest.raises(ValueError, match="news8's texts are in the shared data"):
        corpus_folder("news8")


@pytest.mark.parametrize("name", list(VNTC_IDS))
def test_the_folder_named_for_a_vntc_set_gives_the_texts_of_its_gold(name: str) -> None:
    """Placed in the texts corpus_folder gives, the set's span list is its JSONL again."""
    path = GOLD / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} is not built yet")
    rows = read_spec(name, corpus_folder(name), "annotations.txt")
    built = {row["id"]: row for row in gold_rows(path)}
    assert [row["id"] for row in rows] == list(built)
    for row in rows:
        assert (row["text"], row["spans"]) == (built[row["id"]]["text"], built[row["id"]]["spans"])


@pytest.fixture
def pairs(gold_set: str, second_rows: list[dict]) -> list[tuple[dict, dict]]:
    """(gold row, second row) per article of the set's second annotation, in its order."""
    path = GOLD / f"{gold_set}.jsonl"
    if not path.exists():
        pytest.skip(f"{path.name} is not built yet: its gold is merged before it is compared")
    gold = gold_rows(path)
    missing = missing_articles(gold, second_rows)
    if missing:
        pytest.skip(f"{path.name} lacks {', '.join(missing)} of {gold_set}/{SECOND}")
    return pair_rows(gold, second_rows)


@pytest.mark.shared
def test_the_second_annotation_covers_the_articles_it_is_counted_for(
    second_rows: list[dict], gold_set: str
) -> None:
    assert len(second_rows) == SECOND_ANNOTATIONS[gold_set], f"{gold_set}/{SECOND}"


@pytest.mark.shared
def test_both_annotations_cover_the_same_articles_and_text(pairs: list, gold_set: str) -> None:
    assert len(pairs) == SECOND_ANNOTATIONS[gold_set], f"every article of {SECOND} in the gold"
    for gold, second in pairs:
        assert gold["text"] == second["text"], gold["id"]


@pytest.mark.shared
def test_agreement_between_two_annotators(pairs: list, gold_set: str) -> None:
    micro = agreement_tables(pairs)["exact"].micro(list(LABELS))
    assert micro.tp + micro.fn == sum(len(g["spans"]) for g, _ in pairs)
    assert micro.tp + micro.fp == sum(len(s["spans"]) for _, s in pairs)
    print("\n" + report(gold_set, pairs))
