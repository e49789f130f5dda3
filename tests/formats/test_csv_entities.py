"""CSV of entities: columns, UTF-8 with BOM, and cells defused against formula injection."""

from __future__ import annotations

import csv
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.formats import csv_entities
from annotator.formats.tokens import WriteOptions
from tests.formats.pipeline import export_doc


def test_malicious_surfaces_are_prefixed_with_a_quote(tmp_path: Path) -> None:
    text = '=HYPERLINK("http://x") và +1 và -2 và @SUM(A1) và Hà Nội'
    spans = ((0, 22, "ORG"), (26, 28, "DATE"), (32, 34, "DATE"), (38, 46, "DOC"), (50, 56, "LOC"))
    doc = export_doc(SourceDocument(text=text, title="=cmd|' /C calc'!A0", spans=spans))
    (path,) = csv_entities.write([("all", [doc])], directory=tmp_path, options=WriteOptions())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == list(csv_entities.HEADER)
    surfaces = [r[2] for r in rows[1:]]
    assert surfaces == ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "Hà Nội"]
    assert all(r[1] == "'=cmd|' /C calc'!A0" for r in rows[1:])
    assert rows[-1][4:6] == ["50", "56"] and rows[-1][6] == "ann"


def test_defuse_covers_tab_cr_and_nul() -> None:
    assert [csv_entities.defuse(v) for v in ("\tx", "\rx", "\x00x", "x=1")] == [
        "'\tx",
        "'\rx",
        "'\x00x",
        "x=1",
    ]
