"""Multi-record files cut into pieces of whole records, with their line numbers; oversized skipped."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats import records


def _split(data: bytes, boundary: records.Boundary, limit: int = 1 << 20, target: int = 64):
    return list(records.split(io.BytesIO(data), limit=limit, boundary=boundary, target=target))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab \t", max_size=40), max_size=60))
def test_pieces_are_the_file_cut_at_line_ends(lines: list[str]) -> None:
    data = "\n".join(lines).encode()
    pieces = _split(data, records.LINES)
    assert b"".join(p.data for p in pieces) == data
    assert all(p.data.endswith(b"\n") for p in pieces[:-1])
    at = 0
    for piece in pieces:  # each piece knows the line it starts on
        assert piece.line == data[:at].count(b"\n") + 1
        at += len(piece.data)


def test_blocks_and_documents_are_never_cut() -> None:
    data = b"".join(f"w{i}\tO\nx\tB-PER\n\n".encode() for i in range(200))
    for piece in _split(data, records.BLANK_LINES):
        assert piece.data.endswith(b"\n\n")
    docs = b"".join(f"-DOCSTART- -X- O O\n\nw{i}\tO\n\n".encode() for i in range(100))
    for piece in _split(docs, records.DOCSTARTS):
        assert piece.data.startswith(b"-DOCSTART-")


def test_a_record_over_the_limit_is_skipped_with_its_line() -> None:
    data = b"a\nb\n" + b"x" * 5000 + b"\nc\n" + b"y" * 3000
    pieces = _split(data, records.LINES, limit=1000, target=10)
    failures = [p for p in pieces if p.failure]
    kept = b"".join(p.data for p in pieces if not p.failure)
    assert kept == b"a\nb\nc\n"
    assert [f.line for f in failures] == [3, 5]
    assert "is over the" in failures[0].failure and "limit per record" in failures[0].failure
    assert [p.line for p in pieces if not p.failure and b"c" in p.data] == [4]
