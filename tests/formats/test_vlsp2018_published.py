"""VLSP 2018 files: found wherever their first tag is, label names kept, written back nested."""

from __future__ import annotations

from pathlib import Path

from annotator.app.importing.reading import ImportOptions, read_documents
from annotator.formats import vlsp2018
from annotator.formats.tokens import ExportDoc, ExportSpan, Split, WriteOptions

FIXTURE = (
    Path(__file__).parent.parent / "fixtures" / "formats" / "published" / "vlsp2018_late_tags.muc"
)


def test_tags_first_found_after_four_kilobytes_are_read_as_tags() -> None:
    (doc,) = list(read_documents(FIXTURE, options=ImportOptions()))
    assert "<ENAMEX" not in doc.text
    surfaces = [(doc.text[s:e], label) for s, e, label in doc.spans]
    assert ("UBND tỉnh Quảng Nam", "ORGANIZATION") in surfaces
    assert ("Quảng Nam", "LOCATION") in surfaces and ("COVID-19", "MISCELLANEOUS") in surfaces


def _exported(doc) -> ExportDoc:
    spans = tuple(ExportSpan(s, e, label) for s, e, label in doc.spans)
    return ExportDoc(key="1", title=doc.title, text=doc.text, spans=spans, source=str(FIXTURE))


def test_the_writer_gives_the_file_back(tmp_path: Path) -> None:
    (doc,) = list(read_documents(FIXTURE, options=ImportOptions()))
    assert vlsp2018.tagged_text(_exported(doc)) == FIXTURE.read_text(encoding="utf-8")
    splits: list[Split] = [("all", iter([_exported(doc)]))]
    vlsp2018.write(splits, directory=tmp_path, options=WriteOptions())
    written = tmp_path / "all" / "published" / "vlsp2018_late_tags.muc"
    assert written.read_text(encoding="utf-8") == FIXTURE.read_text(encoding="utf-8")


def test_label_names_with_spaces_or_quotes_are_written_reversibly() -> None:
    text = "Ông Lê Trí Thanh."
    doc = ExportDoc(key="1", title="", text=text, spans=(ExportSpan(4, 16, 'CHỨC "VỤ" A'),))
    tagged = vlsp2018.tagged_text(doc)
    assert '<ENAMEX TYPE="CHỨC%20%22VỤ%22%20A">Lê Trí Thanh</ENAMEX>' in tagged
    assert vlsp2018.parse(tagged)[1] == [(4, 16, 'CHỨC "VỤ" A')]


def test_crossing_spans_are_named() -> None:
    assert vlsp2018.crossing([(0, 5), (3, 8), (0, 2), (6, 7)]) == {1}


def test_spaces_inside_a_tag_are_left_out_of_the_span_and_said(tmp_path: Path) -> None:
    path = tmp_path / "a.muc"
    path.write_text(
        'Bị cáo <ENAMEX TYPE="PERSON">Nguyễn Danh Vĩnh\u00a0</ENAMEX> là hàng xóm.\n',
        encoding="utf-8",
    )
    (doc,) = list(read_documents(path, options=ImportOptions()))
    assert [(doc.text[s:e], label) for s, e, label in doc.spans] == [("Nguyễn Danh Vĩnh", "PERSON")]
    (warning,) = doc.meta["import_warnings"]
    assert warning.startswith('line 1: spaces just inside <ENAMEX TYPE="PERSON">')


def test_a_file_with_a_bom_and_crlf_line_ends_is_written_back_byte_for_byte(tmp_path: Path):
    """Many published VLSP 2018 files have both; the text keeps neither, the export must."""
    from click.testing import CliRunner

    from annotator.cli import cli

    source = tmp_path / "in" / "Xa hoi" / "23352001.muc"
    source.parent.mkdir(parents=True)
    published = (
        '\ufeffSáng 23.2, <ENAMEX TYPE="ORGANIZATION">UBND tỉnh <ENAMEX TYPE="LOCATION">'
        'Quảng Nam</ENAMEX></ENAMEX> họp.\r\nÔng <ENAMEX TYPE="PERSON">Lê Trí Thanh</ENAMEX>'
        " chủ trì.\r\n"
    )
    source.write_bytes(published.encode("utf-8"))
    plain = tmp_path / "in" / "Xa hoi" / "23352002.muc"
    plain.write_bytes('Ông <ENAMEX TYPE="PERSON">Phan Việt Cường</ENAMEX>.\n'.encode())
    runner = CliRunner()
    project = str(tmp_path / "p.db")
    assert runner.invoke(cli, ["new", project]).exit_code == 0
    imported = runner.invoke(cli, ["import", project, str(tmp_path / "in")])
    assert imported.exit_code == 0, imported.output
    out = tmp_path / "out"
    exported = runner.invoke(
        cli, ["export", project, "--format", "vlsp2018", "--status", "any", "--out", str(out)]
    )
    assert exported.exit_code == 0, exported.output
    written = {path.name: path.read_bytes() for path in out.rglob("*.muc")}
    assert written["23352001.muc"] == source.read_bytes()
    assert written["23352002.muc"] == plain.read_bytes()


def test_a_tag_without_type_keeps_its_text_and_does_not_take_another_tags_end(
    tmp_path: Path,
) -> None:
    """`<ENAMEX>` without TYPE is a tag: its `</ENAMEX>` must not close the tag around it."""
    path = tmp_path / "a.muc"
    path.write_text(
        'Ông <ENAMEX TYPE="PER">Nguyễn <ENAMEX>Văn</ENAMEX> A</ENAMEX> thăm '
        '<ENAMEX TYPE="LOC">Hà Nội</ENAMEX>.\n',
        encoding="utf-8",
    )
    (doc,) = list(read_documents(path, options=ImportOptions()))
    assert doc.text == "Ông Nguyễn Văn A thăm Hà Nội.\n"
    assert [(doc.text[s:e], label) for s, e, label in doc.spans] == [
        ("Nguyễn Văn A", "PER"),
        ("Hà Nội", "LOC"),
    ]
    (warning,) = doc.meta["import_warnings"]
    assert warning == "line 1: <ENAMEX> has no TYPE; its text is kept, without a span"
