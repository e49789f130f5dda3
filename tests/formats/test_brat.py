"""brat standoff: T/R lines, annotation.conf, reading pairs through the registry."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.formats import brat, registry
from annotator.formats.tokens import Split, WriteOptions
from tests.formats.pipeline import export_doc

TEXT = "Bí thư 😀 Lê Trí Thanh dự hội nghị."


def _doc():
    src = SourceDocument(
        text=TEXT,
        title="Bài / ../ CON",
        spans=((0, 6, "ROLE"), (9, 21, "PER"), (25, 33, "EVENT")),
        relations=((1, 0, "HOLDS"), (1, 2, "PARTICIPATES")),
    )
    return export_doc(src)


def test_ann_lines_use_code_point_offsets_after_an_emoji() -> None:
    ann = brat.ann_text(_doc()).splitlines()
    assert ann[1] == "T2\tPER 9 21\tLê Trí Thanh"
    assert ann[3] == "R1\tHOLDS Arg1:T2 Arg2:T1"
    assert TEXT[9:21] == "Lê Trí Thanh"


def test_written_folder_loads_back_through_the_registry(tmp_path: Path) -> None:
    options = WriteOptions(
        labels=("PER", "ROLE", "EVENT"), relation_types=(("HOLDS", ("PER",), ("ROLE",)),)
    )
    splits: list[Split] = [("train", iter([_doc()]))]
    brat.write(splits, directory=tmp_path, options=options)
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert "[entities]\nPER\nROLE\nEVENT\n" in conf and "HOLDS\tArg1:PER, Arg2:ROLE" in conf
    (ann,) = sorted((tmp_path / "train").glob("*.ann"))
    assert ".." not in ann.name and "/" not in ann.stem
    reader = registry.reader_for(ann, ann.read_bytes())
    assert reader.name == "brat"
    (doc,) = list(reader.read(ann, ann.read_bytes()))
    assert doc.text == TEXT
    assert doc.spans == ((0, 6, "ROLE"), (9, 21, "PER"), (25, 33, "EVENT"))
    assert doc.relations == ((1, 0, "HOLDS"), (1, 2, "PARTICIPATES"))


def test_nfd_text_file_offsets_are_mapped_to_nfc() -> None:
    raw = unicodedata.normalize("NFD", "Ông Nguyễn Văn Được")
    start = raw.index("Ng")
    doc = brat.parse(
        raw, f"T1\tPER {start} {len(raw)}\tx\n#1\tAnnotatorNotes T1\tnote\n", name="a_b"
    )
    s, e, _ = doc.spans[0]
    assert doc.text[s:e] == "Nguyễn Văn Được"
    assert doc.title == "a b"


def test_relation_before_its_entities_and_discontinuous_entity() -> None:
    ann = "R1\tHOLDS Arg1:T2 Arg2:T1\nT1\tROLE 0 2;3 6\tBí thư\nT2\tPER 9 21\tLê Trí Thanh\n"
    doc = brat.parse(TEXT, ann, name="x")
    assert doc.spans[0] == (0, 6, "ROLE")
    assert doc.relations == ((1, 0, "HOLDS"),)
