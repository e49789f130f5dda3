"""An unclosed VLSP 2018 <ENAMEX> never runs across a line: it is left out, and said.

Each line of a VLSP 2018 file is a paragraph; no entity of the corpus runs
across one. Before, a tag left open on one line was closed by the next
closing tag however many lines down, silently: one span took the rest of
the paragraph and the start of the next, with no warning at all.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli
from annotator.formats import vlsp2018
from annotator.store import create_project, open_project

# The PERSON tag lost its </ENAMEX>; the LOCATION tag on the next line lost its opening tag.
BROKEN = (
    'Ông <ENAMEX TYPE="PERSON">Lê Trí Thanh phát biểu tại hội nghị.\n'
    "Tại Quảng Nam</ENAMEX> hôm qua.\n"
    'Bà <ENAMEX TYPE="PERSON">Ngô Thị Lan</ENAMEX> dự họp.\n'
)


def test_a_tag_open_at_its_line_end_gives_no_span_and_is_said_with_its_line() -> None:
    text, spans, warnings = vlsp2018.parse(BROKEN)
    assert "<ENAMEX" not in text and "</ENAMEX>" not in text
    assert [text[s:e] for s, e, _ in spans] == ["Ngô Thị Lan"]  # no span across the line
    assert warnings == [
        'line 1: <ENAMEX TYPE="PERSON"> is not closed on its line (an entity does not run '
        "across lines); left out",
        "line 2: </ENAMEX> closes no open tag; left out",
    ]


def test_lookalikes_nested_and_closed_on_their_line_are_kept_without_a_warning() -> None:
    raw = (
        '<ENAMEX TYPE="ORGANIZATION">UBND tỉnh <ENAMEX TYPE="LOCATION">Quảng Nam</ENAMEX>'
        "</ENAMEX> họp.\n"
        'Ông <ENAMEX TYPE="PERSON">Lê Trí Thanh</ENAMEX> phát biểu.\n'
    )
    text, spans, warnings = vlsp2018.parse(raw)
    assert warnings == []
    assert sorted(text[s:e] for s, e, _ in spans) == [
        "Lê Trí Thanh",
        "Quảng Nam",
        "UBND tỉnh Quảng Nam",
    ]


def test_inner_tag_closed_outer_left_open_at_the_line_end() -> None:
    raw = '<ENAMEX TYPE="ORGANIZATION">Sở <ENAMEX TYPE="LOCATION">Huế</ENAMEX> họp.\nXong.\n'
    text, spans, warnings = vlsp2018.parse(raw)
    assert [(text[s:e], label) for s, e, label in spans] == [("Huế", "LOCATION")]
    assert len(warnings) == 1 and warnings[0].startswith('line 1: <ENAMEX TYPE="ORGANIZATION">')


def test_a_tag_open_at_the_end_of_a_file_without_a_line_end_is_never_closed() -> None:
    _text, spans, warnings = vlsp2018.parse('Ông <ENAMEX TYPE="PERSON">Ba')
    assert spans == []
    assert warnings == ['line 1: <ENAMEX TYPE="PERSON"> is never closed; left out']


def test_the_command_line_report_counts_them_and_names_their_lines(tmp_path: Path) -> None:
    folder = tmp_path / "vlsp"
    folder.mkdir()
    for name in ("a.muc", "b.muc"):
        (folder / name).write_text(BROKEN, encoding="utf-8")
    project = tmp_path / "p.db"
    create_project(project, annotator="t").close()
    result = CliRunner().invoke(cli, ["import", str(project), str(folder)], catch_exceptions=False)
    out = result.output
    assert "2 × " in out and "is not closed on its line" in out
    assert f"{folder / 'a.muc'}: line 1: <ENAMEX" in out or "line 1: <ENAMEX" in out
    with open_project(project, access="read") as opened:
        spans = [opened.spans(doc) for doc in opened.document_ids()]
    assert [len(s) for s in spans] == [1, 1]


def test_an_export_says_which_span_runs_across_a_line(tmp_path: Path) -> None:
    """The writer keeps such a span in one tag, and says that a reader will leave it out."""
    text = "Bộ Ngoại\ngiao họp. Ông Lê Văn C."
    source = tmp_path / "s.jsonl"
    labels = [[0, 13, "ORG"], [text.index("Lê"), text.index("Lê") + 8, "PER"]]
    source.write_text(json.dumps({"text": text, "label": labels}, ensure_ascii=False) + "\n")
    project = tmp_path / "p.db"
    run = CliRunner()
    for args in (["new", str(project)], ["import", str(project), str(source)]):
        assert run.invoke(cli, args, catch_exceptions=False).exit_code == 0
    assert run.invoke(cli, ["mark-done", str(project)], input="y\n").exit_code == 0
    out = tmp_path / "out"
    result = run.invoke(cli, ["export", str(project), "--format", "vlsp2018", "--out", str(out)])
    assert "1 span across a line break, written in one tag" in result.output
    assert "“Bộ Ngoại\\ngiao” ORG" in result.output
    lookalike = run.invoke(
        cli, ["export", str(project), "--format", "jsonl", "--out", str(tmp_path / "j")]
    )
    assert "across a line break" not in lookalike.output
