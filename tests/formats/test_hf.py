"""Hugging Face export: save_to_disk and Parquet, loaded back with `datasets`."""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.formats import hf
from annotator.formats.tokens import WriteOptions
from tests.formats.pipeline import export_doc

LABELS = ("PER", "ROLE", "ORG", "LOC")


def _docs():
    a = SourceDocument(
        text="Bí thư Tỉnh ủy Lê Văn A.\nÔng ở Huế.",
        spans=((0, 14, "ROLE"), (7, 14, "ORG"), (15, 23, "PER"), (30, 33, "LOC")),
    )
    return [export_doc(a, tokens=True, policy="layers")]


def test_save_to_disk_and_parquet_load_with_classlabel_tags(tmp_path: Path) -> None:
    import datasets

    options = WriteOptions(labels=LABELS)
    hf.write(
        [("train", iter(_docs())), ("test", iter(_docs()))], directory=tmp_path, options=options
    )
    dd = datasets.load_from_disk(str(tmp_path / "hf"))
    assert set(dd.keys()) == {"train", "test"}
    train = dd["train"]
    feature = train.features["ner_tags"].feature
    assert isinstance(feature, datasets.ClassLabel)
    # Only the labels exported get a class ("Huế" at 30:33 cuts a token: no LOC goes out).
    assert feature.names == ["O", "B-PER", "I-PER", "B-ROLE", "I-ROLE", "B-ORG", "I-ORG"]
    row = train[0]
    assert row["document"] == "1" and row["tokens"][:4] == ["Bí", "thư", "Tỉnh", "ủy"]
    assert [feature.int2str(t) for t in row["ner_tags"][:7]] == [
        "B-ROLE",
        "I-ROLE",
        "I-ROLE",
        "I-ROLE",
        "B-PER",
        "I-PER",
        "I-PER",
    ]
    assert [feature.int2str(t) for t in row["ner_tags_2"][:4]] == ["O", "O", "B-ORG", "I-ORG"]
    parquet = datasets.Dataset.from_parquet(str(tmp_path / "parquet" / "train.parquet"))
    assert parquet["tokens"] == train["tokens"]
    assert parquet["ner_tags"] == train["ner_tags"]


def test_bioes_class_names() -> None:
    assert hf.class_names(["PER"], "bioes") == ["O", "B-PER", "I-PER", "E-PER", "S-PER"]


def test_parquet_and_arrow_files_read_back_through_the_registry(tmp_path: Path) -> None:
    from annotator.formats import registry

    text = "Bí thư Tỉnh ủy Lê Văn A.\nÔng ở Huế."
    spans = ((0, 14, "ROLE"), (7, 14, "ORG"), (15, 23, "PER"), (31, 34, "LOC"))
    doc = export_doc(SourceDocument(text=text, spans=spans), tokens=True, policy="layers")
    hf.write([("train", [doc])], directory=tmp_path, options=WriteOptions(labels=LABELS))
    arrow = next((tmp_path / "hf" / "train").glob("*.arrow"))
    for path in (tmp_path / "parquet" / "train.parquet", arrow):
        data = path.read_bytes()
        reader = registry.reader_for(path, data[:4096])
        assert reader.name == "hf"
        (back,) = list(reader.read(path, data))
        assert back.text == text and back.spans == spans and back.meta == {"id": "1"}


def test_a_relation_cell_naming_no_span_is_left_out_with_a_warning(tmp_path: Path) -> None:
    """A hand-edited file whose relation points past its row's tokens: the rest still reads."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    text = "Bí thư Tỉnh ủy Lê Văn A.\nÔng ở Huế."
    spans = ((0, 14, "ROLE"), (15, 23, "PER"), (29, 32, "LOC"))
    source = SourceDocument(text=text, spans=spans, relations=((1, 0, "HOLDS"), (1, 2, "IN")))
    doc = export_doc(source, tokens=True, policy="layers")
    hf.write([("train", [doc])], directory=tmp_path, options=WriteOptions(labels=LABELS))
    path = tmp_path / "parquet" / "train.parquet"
    table = pq.read_table(path)
    cells = table.column("relations").to_pylist()
    assert [c["tail_row"] for c in cells[0]] == ["1-0", "1-1"]  # "Huế" lies in the next row
    cells[0][0]["tail_end"] = 99
    edited = table.set_column(
        table.column_names.index("relations"),
        "relations",
        pa.array(cells, type=table.schema.field("relations").type),
    )
    pq.write_table(edited, path)
    (back,) = list(hf.read(path, path.read_bytes()))
    assert back.spans == spans and back.relations == ((1, 2, "IN"),)
    assert back.meta["import_warnings"] == [
        "train.parquet, document 1: 1 relations name no span of the tags; left out"
    ]
