"""Agreement of the merged team project against values computed by hand (see team_project)."""

from __future__ import annotations

from pathlib import Path

import krippendorff
import numpy as np
import pytest

from annotator.app.team.agreement import AgreementOptions, compute_agreement, report_lines
from annotator.app.team.merge import merge_package
from annotator.core.agreement import token_tags
from annotator.core.errors import TeamError
from annotator.core.syllables import syllable_table
from tests.app.team.team_project import DOCUMENTS, TOKENS, build_team_project, text_of


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    setup = build_team_project(tmp_path_factory.mktemp("team"))
    for path in setup.packages.files.values():
        merge_package(setup.project, setup.project.session(), path)
    yield setup.project
    setup.project.close()


def _pair(report: dict, a: str, b: str) -> dict:
    return next(p for p in report["pairs"] if (p["a"], p["b"]) == (a, b))


def test_the_documents_have_the_token_count_the_hand_computation_uses() -> None:
    assert len(syllable_table(text_of(7))[0]) == TOKENS


def test_span_f1_per_pair_and_label(merged) -> None:
    report = compute_agreement(merged)
    assert report["annotators"] == ["an", "binh", "chi"]
    an_binh = _pair(report, "an", "binh")
    # 10 shared documents: PER and ROLE agree (20), an's LOC and binh's ORG do not.
    assert an_binh["documents"] == 10
    assert (an_binh["micro"]["tp"], an_binh["micro"]["fp"], an_binh["micro"]["fn"]) == (20, 10, 10)
    assert an_binh["micro"]["f1"] == pytest.approx(40 / 60, abs=1e-4)
    assert an_binh["labels"]["PER"]["f1"] == 1.0 and an_binh["labels"]["LOC"]["f1"] == 0.0
    assert an_binh["labels"]["ORG"]["fn"] == 10
    # an and chi: chi has no LOC: 20 agreed, 10 only an's.
    assert _pair(report, "an", "chi")["micro"]["f1"] == pytest.approx(40 / 50, abs=1e-4)
    assert _pair(report, "binh", "chi")["micro"]["f1"] == pytest.approx(40 / 50, abs=1e-4)
    # Over all pairs: tp 60, fp 30, fn 10.
    assert report["overall"]["span_f1"] == pytest.approx(120 / 160, abs=1e-4)
    assert report["overall"]["documents"] == DOCUMENTS


def test_cohen_kappa_of_a_pair_by_hand(merged) -> None:
    an_binh = _pair(compute_agreement(merged), "an", "binh")
    # Per document (16 tokens): 7 agree O, 3 agree PER (B I I), 4 agree ROLE (B I I I),
    # Hà Nội is B-LOC I-LOC against B-ORG I-ORG. Over 10 documents:
    observed = 140 / 160
    expected = (70**2 + 10**2 + 20**2 + 10**2 + 30**2) / 160**2
    assert an_binh["micro"]["kappa"] == pytest.approx(
        (observed - expected) / (1 - expected), abs=1e-4
    )
    # LOC alone: an tags 20 tokens LOC, binh none: kappa 0.
    assert an_binh["labels"]["LOC"]["kappa"] == pytest.approx(0.0, abs=1e-9)
    assert an_binh["labels"]["PER"]["kappa"] == 1.0


def test_fleiss_kappa_and_alpha_over_all_documents(merged) -> None:
    overall = compute_agreement(merged)["overall"]
    # 30 documents x 16 tokens, 2 raters each; 60 tokens disagree (2 per document).
    items = DOCUMENTS * TOKENS
    mean_agreement = (items - 60) / items
    ratings = items * 2
    totals = {"B-PER": 60, "I-PER": 120, "B-ROLE": 60, "I-ROLE": 180}
    totals |= {"B-LOC": 20, "I-LOC": 20, "B-ORG": 20, "I-ORG": 20}
    totals["O"] = ratings - sum(totals.values())
    chance = sum((n / ratings) ** 2 for n in totals.values())
    assert overall["fleiss_kappa"] == pytest.approx(
        (mean_agreement - chance) / (1 - chance), abs=1e-4
    )
    # Alpha from the krippendorff package on the same tokens, rater by rater.
    codes = {tag: i for i, tag in enumerate(sorted(totals))}
    columns = []
    for doc_id in merged.document_ids():
        doc = next(merged.iter_team([doc_id]))
        forms, starts = syllable_table(doc.text)
        for i in range(len(forms)):
            column = []
            for name in ("an", "binh", "chi"):
                if name not in doc.statuses:
                    column.append(np.nan)
                    continue
                tags = token_tags(doc.spans.get(name, []), starts, forms)
                column.append(codes[tags[i]])
            columns.append(column)
    expected = krippendorff.alpha(
        reliability_data=np.array(columns).T, level_of_measurement="nominal"
    )
    assert overall["krippendorff_alpha"] == pytest.approx(expected, abs=1e-4)


def test_relation_agreement_per_type(merged) -> None:
    report = compute_agreement(merged)
    assert _pair(report, "an", "chi")["relations"]["HOLDS"]["f1"] == 1.0
    an_binh = _pair(report, "an", "binh")["relations"]["HOLDS"]
    assert (an_binh["tp"], an_binh["fp"], an_binh["fn"], an_binh["f1"]) == (0, 10, 0, 0.0)
    # tp 10 (an & chi), fp 10 (an vs binh), fn 10 (binh vs chi).
    assert report["overall"]["relation_f1"] == pytest.approx(20 / 40, abs=1e-4)


def test_documents_come_worst_first(merged) -> None:
    documents = compute_agreement(merged)["documents"]
    assert len(documents) == DOCUMENTS
    f1s = [d["span_f1"] for d in documents]
    assert f1s == sorted(f1s)
    worst = documents[0]
    assert set(worst["annotators"]) == {"an", "binh"} and worst["disagreements"] == 2


def test_filters_by_annotators_and_labels(merged) -> None:
    report = compute_agreement(merged, AgreementOptions(annotators=("an", "chi"), labels=("PER",)))
    assert [(p["a"], p["b"]) for p in report["pairs"]] == [("an", "chi")]
    assert report["pairs"][0]["micro"]["f1"] == 1.0 and report["overall"]["documents"] == 10
    with pytest.raises(TeamError, match="no layer of annotator 'dung'"):
        compute_agreement(merged, AgreementOptions(annotators=("an", "dung")))


def test_the_json_has_the_documented_shape(merged) -> None:
    report = compute_agreement(merged)
    assert set(report) == {"annotators", "pairs", "overall", "documents"}
    pair = report["pairs"][0]
    assert {"a", "b", "labels", "micro"} <= set(pair)
    assert {"f1", "kappa"} <= set(pair["micro"]) and all(
        {"f1", "kappa"} <= set(v) for v in pair["labels"].values()
    )
    assert {"fleiss_kappa", "krippendorff_alpha", "span_f1"} <= set(report["overall"])
    assert any("Fleiss" in line for line in report_lines(report))


def test_one_annotator_is_not_enough(tmp_path: Path) -> None:
    setup = build_team_project(tmp_path, annotate=False)
    with pytest.raises(TeamError, match="at least two"):
        compute_agreement(setup.project)
    setup.project.close()
