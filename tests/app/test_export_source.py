"""Level source: corpora written back in the tokens, sentences, columns and names they came with."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.app.exporting import chunks as export_chunks
from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.exporting.tokens import TokenOptions
from annotator.app.importing.importer import import_paths
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, DeleteSpan, PutLabel, RelabelSpan
from annotator.formats.tokens import WriteOptions
from annotator.store import create_project

CORPUS = (
    "Ông\tO\nPhan_Việt_Cường\tB-PER\nở\tO\nTP._HCM\tB-LOC\n.\tO\n\n"
    "Sáng\tB-DATE\n23.2\tI-DATE\n,\tO\nMy/laodongthudo.vn\tO\nđưa\tO\ntin\tO\n\n"
)


def _options(out: Path, **kw) -> ExportOptions:
    return ExportOptions(out=out, selection=Selection(statuses=()), **kw)


@pytest.fixture
def corpus(project, tmp_path: Path):
    path = tmp_path / "corpus.conll"
    path.write_text(CORPUS, encoding="utf-8")
    report = import_paths(project, [path])
    assert report.imported == 2
    return project


def test_an_untouched_corpus_goes_out_as_it_came(corpus, tmp_path: Path) -> None:
    result = run_export(corpus, _options(tmp_path / "out", format="conll"))
    assert (tmp_path / "out" / "all.conll").read_text(encoding="utf-8") == CORPUS
    assert result.report.lossless


def test_corrections_go_out_in_the_source_tokens(corpus, tmp_path: Path) -> None:
    first, second = corpus.document_ids()
    session = corpus.session()
    per, loc = corpus.spans(first)
    session.apply(RelabelSpan(loc.id, "ORG"))
    session.apply(DeleteSpan(per.id))
    text = corpus.document(second).text
    at = text.index("My/laodongthudo.vn")
    session.apply(AddSpan(second, at, at + len("My/laodongthudo.vn"), "ORG"))
    run_export(corpus, _options(tmp_path / "out", format="conll"))
    written = (tmp_path / "out" / "all.conll").read_text(encoding="utf-8")
    assert "Phan_Việt_Cường\tO\n" in written and "TP._HCM\tB-ORG\n" in written
    assert "My/laodongthudo.vn\tB-ORG\n" in written


def test_what_the_source_tokens_cannot_hold_is_reported(corpus, tmp_path: Path) -> None:
    first, _ = corpus.document_ids()
    text = corpus.document(first).text
    session = corpus.session()
    at = text.index("Việt")
    session.apply(AddSpan(first, at, at + 4, "LOC"))  # nested in the PER: too deep for one column
    result = run_export(corpus, _options(tmp_path / "out", format="conll"))
    assert result.report.counts["overlap"] == 1
    session.apply(DeleteSpan(corpus.spans(first)[0].id))  # the PER goes: now it cuts a token
    result = run_export(corpus, _options(tmp_path / "two", format="conll"))
    assert result.report.counts["cut"] == 1
    assert any("Việt" in e.surface for e in result.report.examples["cut"])


def test_a_span_across_two_sentences_joins_them(project, tmp_path: Path) -> None:
    path = tmp_path / "c.conll"
    path.write_text("-DOCSTART- -X- O O\n\nA\tO\nB\tO\n\nC\tO\nD\tO\n", encoding="utf-8")
    import_paths(project, [path])
    (doc_id,) = project.document_ids()
    text = project.document(doc_id).text
    assert text == "A B\nC D"
    session = project.session()
    org = project.schema().label("ORG")
    session.apply(PutLabel(name="ORG", color=org.color, key=org.key, crosses_paragraphs=True))
    session.apply(AddSpan(doc_id, 2, 5, "ORG"))
    result = run_export(project, _options(tmp_path / "out", format="conll"))
    written = (tmp_path / "out" / "all.conll").read_text(encoding="utf-8")
    assert written == "-DOCSTART- -X- O O\n\nA\tO\nB\tB-ORG\nC\tI-ORG\nD\tO\n\n"
    assert result.report.counts["joined"] == 1


def test_documents_without_tokens_go_out_in_syllables_and_are_counted(project, tmp_path) -> None:
    project.add_document(
        SourceDocument(text="Ông A đến Huế.", title="Tin", spans=((10, 13, "LOC"),))
    )
    result = run_export(project, _options(tmp_path / "out", format="conll"))
    assert "Huế\tB-LOC" in (tmp_path / "out" / "all.conll").read_text(encoding="utf-8")
    assert result.report.counts["level"] == 1 and result.report.lossless


def test_phoner_and_hf_take_the_source_tokens(corpus, tmp_path: Path) -> None:
    run_export(corpus, _options(tmp_path / "ph", format="phoner"))
    lines = (tmp_path / "ph" / "all.json").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {
        "words": ["Ông", "Phan_Việt_Cường", "ở", "TP._HCM", "."],
        "tags": ["O", "B-PER", "O", "B-LOC", "O"],
    }
    import datasets

    run_export(corpus, _options(tmp_path / "hf", format="hf"))
    data = datasets.load_from_disk(str(tmp_path / "hf" / "hf"))["all"]
    assert data[0]["tokens"] == ["Ông", "Phan_Việt_Cường", "ở", "TP._HCM", "."]


def test_hf_class_names_are_the_labels_exported(corpus, tmp_path: Path) -> None:
    import datasets

    run_export(corpus, _options(tmp_path / "hf", format="hf"))
    names = (
        datasets.load_from_disk(str(tmp_path / "hf" / "hf"))["all"]
        .features["ner_tags"]
        .feature.names
    )
    assert names == ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-DATE", "I-DATE"]
    only = ExportOptions(
        format="hf", out=tmp_path / "hf-per", selection=Selection(statuses=(), labels=("PER",))
    )
    run_export(corpus, only)
    feature = datasets.load_from_disk(str(tmp_path / "hf-per" / "hf"))["all"].features["ner_tags"]
    assert feature.feature.names == ["O", "B-PER", "I-PER"]


def test_a_worker_renders_source_tokens_as_this_process_does(corpus, tmp_path: Path) -> None:
    options = _options(tmp_path / "out", format="conll")
    task = export_chunks.ChunkTask(
        path=str(corpus.path),
        options=options,
        split="all",
        write_options=WriteOptions(docstart=None),
    )
    ids = corpus.document_ids()
    here = export_chunks.render_chunk(corpus, ids, task)
    there = export_chunks.export_chunk(ids, task)
    export_chunks.close_readers()
    assert here.data == there.data == CORPUS.encode()


def test_export_import_export_is_byte_identical_with_slashes_and_urls(project, tmp_path) -> None:
    text = "Ông My/laodongthudo.vn nói 93% dân số TP.HCM đồng ý (x/y)."
    project.add_document(SourceDocument(text=text, title="Tin", spans=((4, 22, "ORG"),)))
    syllables = _options(tmp_path / "one", format="conll", tokens=TokenOptions(level="syllable"))
    run_export(project, syllables)
    first = (tmp_path / "one" / "all.conll").read_bytes()
    second = create_project(tmp_path / "again.db", annotator="tester")
    import_paths(second, [tmp_path / "one" / "all.conll"])
    run_export(second, _options(tmp_path / "two", format="conll"))
    second.close()
    assert (tmp_path / "two" / "all.conll").read_bytes() == first


def test_spacy_convert_loads_the_default_conll_export(project, tmp_path) -> None:
    project.add_document(SourceDocument(text="Ông A đến Huế.", title="a", spans=((10, 13, "LOC"),)))
    project.add_document(SourceDocument(text="Bà B ở Hà Nội.", title="b", spans=((7, 13, "LOC"),)))
    run_export(project, _options(tmp_path / "out", format="conll"))
    exported = tmp_path / "out" / "all.conll"
    converted = tmp_path / "spacy"
    converted.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "spacy", "convert", str(exported), str(converted), "-c", "ner"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    docs = list(DocBin().from_disk(converted / "all.spacy").get_docs(Vocab()))
    assert len(docs) == 2
    assert [(e.text, e.label_) for d in docs for e in d.ents] == [("Huế", "LOC"), ("Hà Nội", "LOC")]


def test_a_long_tab_separated_file_goes_out_with_tabs(project, tmp_path) -> None:
    # Over 40,000 lines in the file's first megabyte: the separator is still read as a tab
    # (a space would also split a word such as "Trung tâm" into two columns).
    rows = "".join(
        f"Trung tâm\tN\tB-{'LOC' if i % 7 == 0 else 'ORG'}\nở\tE\tO\n\n" for i in range(15_000)
    )
    path = tmp_path / "long.conll"
    path.write_text("-DOCSTART- -X- O O\n\n" + rows, encoding="utf-8")
    import_paths(project, [path])
    result = run_export(project, _options(tmp_path / "out", format="conll"))
    assert (tmp_path / "out" / "all.conll").read_bytes() == path.read_bytes()
    assert result.report.lossless
