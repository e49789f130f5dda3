"""Exports keep flags, skin tones and ZWJ families whole: one token each, read back by their consumers."""

from __future__ import annotations

from pathlib import Path

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.tokens import TokenOptions
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, SetStatus
from annotator.formats import conll

FAMILY = "👨\u200d👩\u200d👧"
TEXT = f"Ông Nguyễn Văn An👍🏽 thăm Hà Nội 🇻🇳 cùng gia đình {FAMILY} sáng nay."
SPANS = [("Nguyễn Văn An", "PER"), ("Hà Nội", "LOC")]
WHOLE = ["👍🏽", "🇻🇳", FAMILY]


def _project_with_clusters(project) -> set[tuple[int, int, str]]:
    doc_id = project.add_document(SourceDocument(text=TEXT, title="Gia đình"))
    session = project.session()
    for surface, label in SPANS:
        start = TEXT.index(surface)
        session.apply(AddSpan(doc_id, start, start + len(surface), label))
    session.apply(SetStatus(doc_id, "done"))
    return {(TEXT.index(s), TEXT.index(s) + len(s), label) for s, label in SPANS}


def _export(project, out: Path, fmt: str) -> None:
    options = TokenOptions(level="syllable", block="paragraph")
    run_export(project, ExportOptions(format=fmt, out=out, tokens=options))


def _assert_whole(tokens: list[str]) -> None:
    assert all(cluster in tokens for cluster in WHOLE), tokens
    assert not {"🇻", "🇳", "🏽", "\u200d", "👩"} & set(tokens)


def test_conll_writes_one_line_per_cluster_and_reads_back(project, tmp_path: Path) -> None:
    spans = _project_with_clusters(project)
    _export(project, tmp_path / "out", "conll")
    path = tmp_path / "out" / "all.conll"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "-"]
    _assert_whole([ln.split()[0] for ln in lines])
    back = next(iter(conll.read(path, path.read_bytes())))
    assert {(back.text[s:e], label) for s, e, label in back.spans} == {
        (TEXT[s:e], label) for s, e, label in spans
    }


def test_hugging_face_rows_hold_whole_clusters(project, tmp_path: Path) -> None:
    import datasets

    _project_with_clusters(project)
    _export(project, tmp_path / "out", "hf")
    rows = datasets.load_from_disk(str(tmp_path / "out" / "hf"))["all"]
    row = rows[0]
    _assert_whole(row["tokens"])
    tags = rows.features["ner_tags"].feature.names
    tagged = [(tok, tags[t]) for tok, t in zip(row["tokens"], row["ner_tags"], strict=True)]
    assert ("An", "I-PER") in tagged and ("👍🏽", "O") in tagged and ("Hà", "B-LOC") in tagged


def test_spacy_tokens_are_the_clusters_and_spans_round_trip(project, tmp_path: Path) -> None:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    spans = _project_with_clusters(project)
    _export(project, tmp_path / "out", "spacy")
    doc = next(DocBin().from_disk(tmp_path / "out" / "all.spacy").get_docs(Vocab()))
    assert doc.text == TEXT
    _assert_whole([token.text for token in doc])
    assert {(s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]} == spans
    assert {(e.start_char, e.end_char, e.label_) for e in doc.ents} == spans


def test_word_level_keeps_the_clusters_whole_too(project, tmp_path: Path) -> None:
    _project_with_clusters(project)
    options = TokenOptions(level="word", block="paragraph")
    run_export(project, ExportOptions(format="conll", out=tmp_path / "w", tokens=options))
    lines = (tmp_path / "w" / "all.conll").read_text(encoding="utf-8").splitlines()
    _assert_whole([ln.split()[0] for ln in lines if ln and ln[0] != "-"])
