"""CoNLL's syllable fast path writes exactly what the general path writes, or stands aside."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.app.exporting.report import ExportStats, LossReport
from annotator.app.exporting.run import ExportOptions
from annotator.app.exporting.shape import DocumentShaper
from annotator.app.exporting.tokens import TokenOptions, syllable_shortcut
from annotator.core.model import Document
from annotator.core.syllables import syllable_spans, syllable_table
from annotator.formats import conll
from annotator.formats.tokens import ExportDoc, ExportSpan, WriteOptions
from annotator.nlp.stored_units import units_of
from annotator.store.streaming import AnnotatedDocument, SpanRow
from tests.app.test_export_tokens import texts

LABELS = ("PER", "ROLE", "ORG", "LOC")


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    """A text with spans anywhere: on syllable edges, inside tokens, on spaces, nested."""
    text = draw(texts())
    if not text.strip():
        text = "Bí thư " + text
    edges = st.integers(min_value=0, max_value=len(text))
    spans = []
    for a, b in draw(st.lists(st.tuples(edges, edges), max_size=8)):
        if a != b:
            spans.append((min(a, b), max(a, b), draw(st.sampled_from(LABELS))))
    tokens = syllable_spans(text)
    for i, j in draw(st.lists(st.tuples(st.integers(0, 99), st.integers(0, 3)), max_size=6)):
        if tokens:  # spans on whole syllables, the usual case
            first = tokens[i % len(tokens)]
            last = tokens[min(i % len(tokens) + j, len(tokens) - 1)]
            spans.append((first[0], last[1], draw(st.sampled_from(LABELS))))
    return text, spans


def _item(text: str, spans: list[tuple[int, int, str]], units=None) -> AnnotatedDocument:
    doc = Document(id=1, title="t", text=text)
    rows = tuple(
        SpanRow(i + 1, 1, s, e, label, "ann", "accepted")
        for i, (s, e, label) in enumerate(sorted(set(spans)))
    )
    return AnnotatedDocument(doc, rows, (), units)


def _shaped(options: ExportOptions, item: AnnotatedDocument, *, shortcuts: bool):
    report, stats = LossReport(), ExportStats()
    doc = DocumentShaper(options, report, shortcuts=shortcuts).shape(item)
    if doc is not None:
        stats.add_document("all", doc.spans, len(doc.relations))
    write = WriteOptions(scheme=options.scheme, docstart=options.docstart)
    text = conll.render(doc, write) if doc is not None else None
    return text, report.to_dict(), stats


@settings(max_examples=1000, deadline=None)
@given(
    documents(),
    st.sampled_from(["sentence", "paragraph"]),
    st.sampled_from(["iob2", "bioes"]),
    st.sampled_from(["outermost", "innermost"]),
    st.booleans(),
    st.sampled_from(["none", "stored", "stale"]),
)
def test_fast_path_equals_general_path(document, block, scheme, overlap, docstart, units) -> None:
    """With or without the tokens stored at import, or with stale ones."""
    text, spans = document
    options = ExportOptions(
        format="conll",
        tokens=TokenOptions(block=block),
        scheme=scheme,
        overlap=overlap,
        docstart=docstart,
    )
    stored = None
    if units != "none":
        stored = units_of(text)
        if units == "stale":  # rules that differ: another tokenisation, ignored
            stored = ("older rules", "x", stored[2][:4], stored[3][:4])
    item = _item(text, spans, stored)
    plain = _item(text, spans)
    assert _shaped(options, item, shortcuts=True) == _shaped(options, plain, shortcuts=False)


def _doc(text: str, *spans: tuple[int, int, str]) -> ExportDoc:
    return ExportDoc(key="1", title="t", text=text, spans=tuple(ExportSpan(*s) for s in spans))


def test_clean_documents_take_the_fast_path_and_split_tokens_do_not() -> None:
    text = "Ông Lê Trí Thanh (Quảng Nam) dự họp.\nN.Đ"
    clean = _doc(text, (4, 16, "PER"), (18, 27, "LOC"))
    shortcut = syllable_shortcut(clean, clean.spans, TokenOptions())
    assert shortcut is not None and shortcut.syllables is not None
    assert shortcut.syllables.cuts == [0, 11, 12]  # "N.Đ", token 11 of 12, starts block 2
    assert shortcut.syllables.chunks == [(1, 4, "PER"), (5, 7, "LOC")]
    lines = conll.render(shortcut, WriteOptions(docstart=False)).splitlines()
    assert lines[:6] == [
        "Ông\tO",
        "Lê\tB-PER",
        "Trí\tI-PER",
        "Thanh\tI-PER",
        "(\tO",
        "Quảng\tB-LOC",
    ]
    assert lines[-3:] == ["", "N.Đ\tO", ""]
    inside = _doc(text, (4, 15, "PER"))  # "Lê Trí Than": ends inside a syllable
    assert syllable_shortcut(inside, inside.spans, TokenOptions()) is None
    on_space = _doc(text, (3, 16, "PER"))  # starts on the space before "Lê"
    assert syllable_shortcut(on_space, on_space.spans, TokenOptions()) is None
    word = TokenOptions(level="word")
    assert syllable_shortcut(clean, clean.spans, word) is None


@settings(max_examples=500, deadline=None)
@given(texts())
def test_the_syllable_table_holds_the_pattern_s_tokens(text: str) -> None:
    forms, starts = syllable_table(text)
    assert [(s, s + len(f)) for s, f in zip(starts, forms, strict=True)] == syllable_spans(text)
    assert forms == [text[a:b] for a, b in syllable_spans(text)]


def test_a_span_edge_inside_a_syllable_keeps_the_fast_path_and_is_reported() -> None:
    """`Asia-Pacific` is one syllable token; a span on `Pacific` cuts it, as the general path does."""
    text = "Bảng xếp hạng do Campaign Asia-Pacific thực hiện."
    start = text.index("Pacific")
    item = _item(text, [(start, start + 7, "ORG"), (0, 4, "DOC")], units_of(text))
    options = ExportOptions(format="conll", tokens=TokenOptions(level="syllable"))
    report = LossReport()
    doc = DocumentShaper(options, report).shape(item)
    assert doc is not None and doc.syllables is not None  # the fast path
    assert "Asia-\tO\nPacific\tB-ORG\n" in conll.render(doc, WriteOptions())
    assert report.to_dict()["counts"] == {"split": 1}
    assert _shaped(options, item, shortcuts=True) == _shaped(
        options, _item(text, [(start, start + 7, "ORG"), (0, 4, "DOC")]), shortcuts=False
    )
