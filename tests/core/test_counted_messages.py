"""Counts in the layers' messages agree with their number: "1 tag", "2 tags", never "tag(s)".

The command line prints these messages in English and the window translates
them (gui.messages.shown); a template for one and one for many
(core.messages.by_count) keeps both right.
"""

from __future__ import annotations

from annotator.core.decoding import binary_reason, content_warnings, decode_bytes
from annotator.core.distinct import WARNINGS_KEY, merge_identical_spans
from annotator.core.messages import by_count
from annotator.core.model import SourceDocument
from annotator.core.textnorm import composed_warnings

TEXT = "Bộ trưởng Ngoại giao đã tiếp Đại sứ tại Hà Nội hôm qua."
LONG = " ".join([TEXT] * 10)  # a control byte or two are too few to make it binary


def test_by_count_picks_the_template_for_one_or_for_many() -> None:
    one, none, many = (by_count(n, "1 tag", "{n} tags") for n in (1, 0, 12))
    assert (one, none, many) == ("1 tag", "0 tags", "12 tags")
    assert one.template == "1 tag" and many.template == "{n} tags" and many.fields == {"n": 12}


def test_dropped_control_characters_are_counted() -> None:
    one = decode_bytes(f"{LONG}\x07".encode()).warnings
    two = decode_bytes(f"\x07{LONG}\x07".encode()).warnings
    assert "dropped 1 invisible control character" in one
    assert "dropped 2 invisible control characters" in two


def test_html_tags_are_counted() -> None:
    assert content_warnings(f"<p>{TEXT}")[0].startswith("looks like HTML (1 tag: <p>)")
    assert content_warnings(f"<p>{TEXT}</p>")[0].startswith("looks like HTML (2 tags such as")


def test_a_binary_files_control_bytes_are_counted() -> None:
    assert binary_reason(b"ab\x07") == "binary file: 1 control byte in 3 bytes"
    assert binary_reason(b"a\x07\x07") == "binary file: 2 control bytes in 3 bytes"


def test_composed_accent_marks_are_counted() -> None:
    one = composed_warnings("Ha\u0300", "Hà")[0]
    two = composed_warnings("Ha\u0300 No\u0323i", "Hà Nội")[0]
    assert one.startswith("composed 1 accent mark with its letter (Unicode NFC")
    assert two.startswith("composed 2 accent marks with their letters (Unicode NFC")


def test_merged_repeats_are_counted() -> None:
    def note(repeats: int) -> str:
        spans = tuple((0, 9, "ROLE") for _ in range(repeats + 1))
        merged = merge_identical_spans(SourceDocument(text=TEXT, spans=spans))
        return merged.meta[WARNINGS_KEY][-1]

    assert note(1) == "1 repeated span (same place and label) merged into one"
    assert note(2) == "2 repeated spans (same place and label) merged into one"


def test_a_reason_without_its_place_keeps_the_place_for_translation_and_pickling() -> None:
    """The window translates `place + template` and cuts it; worker processes pickle it."""
    import pickle

    from annotator.core.messages import message, without_place

    whole = message("{where}: its text {quoted!r} differs", where="a.ann, line 2", quoted="x")
    cut = without_place(whole)
    assert cut == "its text 'x' differs" and cut.place == "{where}: "
    assert pickle.loads(pickle.dumps(cut)).place == "{where}: "
    line = without_place(
        message("{name}.ann, line {number}: relation {r} left out", name="a", number=3, r="R1")
    )
    assert line == "relation R1 left out" and line.place == "{name}.ann, line {number}: "
    assert without_place(message("{a} and {b}: no", a=1, b=2)) is None
