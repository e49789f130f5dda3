"""spaCy DocBin: loaded with spaCy itself; texts, ents and nested span groups equal the source."""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.formats import spacy_docbin
from annotator.formats.tokens import WriteOptions
from tests.formats.pipeline import export_doc

TEXT = "Bí thư Tỉnh ủy  Quảng Nam\n\n😀 Ông Lê Trí Thanh."
SPANS = ((0, 14, "ROLE"), (7, 14, "ORG"), (16, 25, "LOC"), (34, 46, "PER"))


def _write(tmp_path: Path) -> Path:
    doc = export_doc(SourceDocument(text=TEXT, spans=SPANS), tokens=True)
    (path,) = spacy_docbin.write([("train", [doc])], directory=tmp_path, options=WriteOptions())
    return path


def test_docbin_round_trips_text_ents_and_nested_spans(tmp_path: Path) -> None:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    path = _write(tmp_path)
    (doc,) = list(DocBin().from_disk(path).get_docs(Vocab()))
    assert doc.text == TEXT
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (0, 14, "ROLE"),
        (16, 25, "LOC"),
        (34, 46, "PER"),
    ]
    assert sorted((s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]) == sorted(SPANS)


def test_docbin_passes_the_corpus_reader_and_builds_training_examples(tmp_path: Path) -> None:
    """What `spacy debug data` checks first: the Corpus reads it and Examples align."""
    import spacy
    from spacy.training import Corpus

    path = _write(tmp_path)
    nlp = spacy.blank("xx")
    examples = list(Corpus(path)(nlp))
    assert len(examples) == 1
    example = examples[0]
    assert example.reference.text == TEXT
    biluo = example.get_aligned_ner()
    assert biluo.count("U-LOC") + biluo.count("B-LOC") == 1
    assert "-" not in biluo  # every entity lines up with the tokens
    assert example.reference.has_annotation("SENT_START")


def test_words_and_spaces_rebuild_odd_whitespace() -> None:
    text = " a  b\n c "
    words, spaces, starts = spacy_docbin.words_and_spaces(text, [(1, 2), (4, 5), (7, 8)])
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text
    assert [text[p : p + len(w)] for w, p in zip(words, starts, strict=True)] == words


def test_docbin_reads_back_through_the_registry(tmp_path: Path) -> None:
    from annotator.formats import registry

    path = _write(tmp_path)
    data = path.read_bytes()
    reader = registry.reader_for(path, data[:4096])
    assert reader.name == "spacy"
    (doc,) = list(reader.read(path, data))
    assert doc.text == TEXT and doc.spans == tuple(sorted(SPANS))
    assert doc.meta == {"id": "1"}


def test_spacy_debug_data_accepts_the_export(tmp_path: Path) -> None:
    """spaCy's own data check, run as trainers run it, on a train and a dev DocBin."""
    import subprocess
    import sys

    def docs(first: int, count: int) -> list:
        # spaCy wants at least 100 training examples before it calls the data usable.
        return [
            export_doc(SourceDocument(text=f"{TEXT} Tin số {i}.", spans=SPANS), tokens=True)
            for i in range(first, first + count)
        ]

    spacy_docbin.write(
        [("train", docs(0, 120)), ("dev", docs(120, 20))],
        directory=tmp_path,
        options=WriteOptions(),
    )
    config = tmp_path / "config.cfg"
    python = [sys.executable, "-m", "spacy"]
    subprocess.run(
        [*python, "init", "config", str(config), "--lang", "xx", "--pipeline", "ner,spancat"],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [
            *python, "debug", "data", str(config),
            "--paths.train", str(tmp_path / "train.spacy"),
            "--paths.dev", str(tmp_path / "dev.spacy"),
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Corpus is loadable" in result.stdout and "✘" not in result.stdout
