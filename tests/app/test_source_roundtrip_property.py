"""Property: every tokenised format, imported and exported at level source, gives back the same
tokens, tags and sentence breaks (NFC aside), through the real import and export."""

from __future__ import annotations

import json
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions
from annotator.store import create_project

SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SYLLABLES = ["Ông", "Bà", "Hà", "Nội", "Việt", "Nam", "tỉnh", "93%", "TP.", "HCM", "N.Đ", "x/y"]
PUNCTUATION = [",", ".", "(", ")", "“", "”", '"', ":", "%", "…"]
ODD = ["\u200b", "\u200bNgày", unicodedata.normalize("NFD", "Được"), "My/laodongthudo.vn"]
LABELS = ["PER", "LOC", "ORG", "PATIENT_ID"]

syllable = st.sampled_from(SYLLABLES + PUNCTUATION + ODD)
word = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3).map("_".join)


@st.composite
def tagged(draw, tokens: st.SearchStrategy[str], scheme: str = "iob2"):
    """A sentence: tokens and a valid tag for each (chunks of one label)."""
    forms = draw(st.lists(tokens, min_size=1, max_size=8))
    tags: list[str] = []
    i = 0
    while i < len(forms):
        if draw(st.booleans()):
            tags.append("O")
            i += 1
            continue
        length = draw(st.integers(1, min(3, len(forms) - i)))
        label = draw(st.sampled_from(LABELS))
        if scheme == "bioes" and length == 1:
            tags.append(f"S-{label}")
        else:
            tags += [f"B-{label}"] + [f"I-{label}"] * (length - 1)
            if scheme == "bioes":
                tags[-1] = f"E-{label}"
        i += length
    return [[f, t] for f, t in zip(forms, tags, strict=True)]


def sentences(tokens: st.SearchStrategy[str], scheme: str = "iob2"):
    return st.lists(tagged(tokens, scheme), min_size=1, max_size=4)


def _roundtrip(name: str, data: str, fmt: str, out_name: str, **export) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / name
        path.write_text(data, encoding="utf-8", newline="")
        project = create_project(folder / "p.db", annotator="t")
        try:
            report = import_paths(project, [path], options=ImportOptions(jobs=1))
            assert not report.skipped, report.details()
            options = ExportOptions(
                format=fmt, out=folder / "out", selection=Selection(statuses=()), **export
            )
            result = run_export(project, options)
            assert result.report.lossless, result.report.lines()
        finally:
            project.close()
        return (folder / "out" / out_name).read_bytes().decode("utf-8")


def _nfc(rows):
    return [[[unicodedata.normalize("NFC", c) for c in row] for row in sent] for sent in rows]


def _conll_rows(text: str, separator: str):
    out, sent = [], []
    for line in text.split("\n"):
        if line.startswith("-DOCSTART-"):
            continue
        if not line.strip():
            if sent:
                out.append(sent)
            sent = []
            continue
        sent.append(line.split(separator))
    return out + ([sent] if sent else [])


@SETTINGS
@given(st.data(), st.sampled_from(["\t", " "]), st.sampled_from(["iob2", "bioes"]))
def test_conll_syllables(data_source, separator: str, scheme: str) -> None:
    sents = data_source.draw(sentences(syllable, scheme))
    data = "\n".join("".join(separator.join(row) + "\n" for row in sent) for sent in sents) + "\n"
    back = _roundtrip("c.conll", data, "conll", "all.conll")
    assert _conll_rows(back, separator) == _nfc(sents)


@SETTINGS
@given(sentences(word))
def test_conll_words_in_documents(sents) -> None:
    data = "".join(
        "-DOCSTART- -X- O O\n\n" + "".join("\t".join(row) + "\n" for row in sent) + "\n"
        for sent in sents
    )
    back = _roundtrip("w.conll", data, "conll", "all.conll")
    assert back == unicodedata.normalize("NFC", data)


@SETTINGS
@given(sentences(st.one_of(word, syllable)))
def test_phoner_json(sents) -> None:
    data = "".join(
        json.dumps({"words": [r[0] for r in s], "tags": [r[1] for r in s]}, ensure_ascii=False)
        + "\n"
        for s in sents
    )
    back = _roundtrip("p.json", data, "phoner", "all.json")
    got = [
        list(zip(o["words"], o["tags"], strict=True)) for o in map(json.loads, back.splitlines())
    ]
    assert [[list(p) for p in s] for s in got] == _nfc(sents)


@SETTINGS
@given(sentences(word), sentences(word))
def test_vlsp2016_two_columns(outer, nested) -> None:
    rows = []
    for sent, other in zip(outer, nested + outer, strict=False):
        extra = [o[1] for o in other] + ["O"] * len(sent)
        rows.append(
            [
                [f, "N", "B-NP", t, extra[i] if not t.startswith(("B-", "I-")) else "O"]
                for i, (f, t) in enumerate(sent)
            ]
        )
    body = "".join(
        "<s>\t\t\t\t\r\n" + "".join("\t".join(r) + "\r\n" for r in s) + "</s>\t\t\t\t\r\n"
        for s in rows
    )
    data = (
        "\ufeff<title>Tin_tức</title>\r\n<editor>Vietlex team, 8-2016</editor>\r\n-DOCSTART-\r\n"
        + body
        + "\r\n"
    )
    back = _roundtrip("v.txt", data, "vlsp2016", "all/v.txt")
    assert back == unicodedata.normalize("NFC", data)


@FEW
@given(sentences(st.sampled_from(SYLLABLES + PUNCTUATION + ["\u200bNgày"])))
def test_hugging_face_parquet(sents) -> None:
    import datasets

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        names = ["O"] + [f"{p}-{label}" for label in LABELS for p in "BI"]
        table = {
            "id": [f"d-{i}" for i in range(len(sents))],
            "document": ["d"] * len(sents),
            "tokens": [[r[0] for r in s] for s in sents],
            "ner_tags": [[names.index(r[1]) for r in s] for s in sents],
        }
        features = datasets.Features(
            {
                "id": datasets.Value("string"),
                "document": datasets.Value("string"),
                "tokens": datasets.Sequence(datasets.Value("string")),
                "ner_tags": datasets.Sequence(datasets.ClassLabel(names=names)),
            }
        )
        datasets.Dataset.from_dict(table, features=features).to_parquet(str(folder / "in.parquet"))
        project = create_project(folder / "p.db", annotator="t")
        try:
            report = import_paths(project, [folder / "in.parquet"], options=ImportOptions(jobs=1))
            assert not report.skipped, report.details()
            out = folder / "out"
            run_export(
                project, ExportOptions(format="hf", out=out, selection=Selection(statuses=()))
            )
        finally:
            project.close()
        back = datasets.Dataset.from_parquet(str(out / "parquet" / "all.parquet"))
        feature = back.features["ner_tags"].feature
        got = [
            [
                [tok, feature.int2str(tag)]
                for tok, tag in zip(row["tokens"], row["ner_tags"], strict=True)
            ]
            for row in back
        ]
    assert got == _nfc(sents)


@FEW
@given(
    st.lists(st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=6), min_size=1, max_size=3)
)
def test_spacy_docbin(sentence_words) -> None:
    from spacy.tokens import Doc, DocBin
    from spacy.vocab import Vocab

    words = [w for s in sentence_words for w in s]
    starts = [i == 0 for s in sentence_words for i in range(len(s))]
    vocab = Vocab()
    doc = Doc(vocab, words=words, sent_starts=starts)
    doc.ents = [doc[0:1].char_span(0, len(words[0]), label="PER")] if words else []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        DocBin(docs=[doc]).to_disk(folder / "in.spacy")
        project = create_project(folder / "p.db", annotator="t")
        try:
            import_paths(project, [folder / "in.spacy"], options=ImportOptions(jobs=1))
            run_export(
                project,
                ExportOptions(format="spacy", out=folder / "out", selection=Selection(statuses=())),
            )
        finally:
            project.close()
        (back,) = list(DocBin().from_disk(folder / "out" / "all.spacy").get_docs(Vocab()))
    assert [t.text for t in back if not t.is_space] == words
    assert [s.text.split() for s in back.sents] == [s.text.split() for s in doc.sents]
    assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]
