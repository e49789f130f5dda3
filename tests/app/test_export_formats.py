"""Word-level CoNLL with POS columns, spaCy and Hugging Face exports from a real project."""

from __future__ import annotations

from pathlib import Path

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.tokens import TokenOptions
from annotator.formats import conll
from tests.formats.pipeline import build_project


def test_word_level_never_cuts_a_span_and_reads_back(project, tmp_path: Path) -> None:
    build_project(project)
    out = tmp_path / "w"
    result = run_export(
        project,
        ExportOptions(
            format="conll",
            out=out,
            overlap="layers",
            tokens=TokenOptions(level="word", block="paragraph", pos=True),
        ),
    )
    assert not result.report.counts["cut"]
    lines = [
        ln.split("\t")
        for ln in (out / "all.conll").read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith("-DOC")
    ]
    assert all(len(cells) == 6 for cells in lines)  # word POS chunk NER NER2 NER3
    words = [cells[0] for cells in lines]
    assert any("_" in w for w in words)
    docs = [d for d in conll.read(out / "all.conll", (out / "all.conll").read_bytes())]
    first = docs[0]
    surfaces = {(first.text[s:e], label) for s, e, label in first.spans}
    assert {
        ("Lê Trí Thanh", "PER"),
        ("Quảng Nam", "LOC"),
        ("Tỉnh ủy Quảng Nam", "ORG"),
        ("sáng 23.2", "DATE"),
    } <= surfaces


def test_spacy_export_from_project_loads_with_spacy(project, tmp_path: Path) -> None:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    build_project(project)
    run_export(
        project,
        ExportOptions(format="spacy", out=tmp_path / "sp", tokens=TokenOptions(block="paragraph")),
    )
    docs = list(DocBin().from_disk(tmp_path / "sp" / "all.spacy").get_docs(Vocab()))
    stored = project.document(project.document_ids()[0])
    assert docs[0].text == stored.text
    accepted = {(s.start, s.end, s.label) for s in project.spans(stored.id, states=("accepted",))}
    assert {(s.start_char, s.end_char, s.label_) for s in docs[0].spans["sc"]} == accepted
    assert {(e.start_char, e.end_char, e.label_) for e in docs[0].ents} <= accepted


def test_hf_export_from_project_with_splits(project, tmp_path: Path) -> None:
    import datasets

    build_project(project)
    run_export(
        project,
        ExportOptions(
            format="hf", out=tmp_path / "hf", split=(2, 1), tokens=TokenOptions(block="paragraph")
        ),
    )
    dd = datasets.load_from_disk(str(tmp_path / "hf" / "hf"))
    assert set(dd) == {"train", "dev"}
    total = sum(len(dd[s]) for s in dd)
    parquet = sum(
        len(datasets.Dataset.from_parquet(str(tmp_path / "hf" / "parquet" / f"{s}.parquet")))
        for s in dd
    )
    assert total == parquet > 0
    names = dd["train"].features["ner_tags"].feature.names
    assert names[0] == "O" and "B-PER" in names and "I-ROLE" in names
