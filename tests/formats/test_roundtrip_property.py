"""Export -> import -> export is byte-identical for CoNLL, JSONL and brat (property-based)."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import SourceDocument
from annotator.formats import brat, conll, jsonl
from annotator.formats.tokens import ExportDoc
from tests.formats.pipeline import export_doc

VOCAB = [
    "Bí",
    "thư",
    "Tỉnh",
    "ủy",
    "Quảng",
    "Nam",
    "hoá",
    "thuỷ",
    "Đinh",
    "Tiến",
    "Dũng",
    "TP.HCM",
    "18-NQ/TW",
    "7,5",
    "N.Đ",
    ",",
    ".",
    "(",
    ")",
    "“",
    "”",
    "…",
    ":",
    "%",
    "😀",
    "👍🏽",
    "Ð",
    "năm",
    "2024",
    "UBND",
    "&",
    "'",
    '"',
    "-",
    "_",
    "Hội",
    "nghị",
]
LABELS = ["PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC"]
RELATIONS = ["HOLDS", "PARTICIPATES", "ISSUED_BY", "WHEN"]


@st.composite
def raw_documents(draw: st.DrawFn) -> dict:
    """A JSONL object over raw (possibly NFD) text, spans on token edges, nested, with relations."""
    lines = draw(
        st.lists(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=12), min_size=1, max_size=4)
    )
    nfd = draw(st.booleans())
    form = (lambda t: unicodedata.normalize("NFD", t)) if nfd else (lambda t: t)
    tokens: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = 0
    for n, line in enumerate(lines):
        if n:
            parts.append("\n")
            pos += 1
        for k, word in enumerate(line):
            if k:
                parts.append(" ")
                pos += 1
            piece = form(word)
            tokens.append((pos, pos + len(piece)))
            parts.append(piece)
            pos += len(piece)
    text = "".join(parts)
    line_of = []
    for n, line in enumerate(lines):
        line_of += [n] * len(line)
    count = draw(st.integers(0, 8))
    spans = set()
    for _ in range(count):
        i = draw(st.integers(0, len(tokens) - 1))
        j = draw(st.integers(i, min(len(tokens) - 1, i + 4)))
        if line_of[i] == line_of[j]:
            spans.add((tokens[i][0], tokens[j][1], draw(st.sampled_from(LABELS))))
    span_list = sorted(spans)
    relations = []
    if len(span_list) >= 2:
        for _ in range(draw(st.integers(0, 3))):
            h, t = draw(
                st.lists(st.integers(0, len(span_list) - 1), min_size=2, max_size=2, unique=True)
            )
            relations.append([h, t, draw(st.sampled_from(RELATIONS))])
    return {
        "id": draw(st.sampled_from(["a", "b/../c", "7"])),
        "text": text,
        "label": [list(s) for s in span_list],
        "relations": relations,
        "meta": {"url": "https://example.org/x", "nfd": nfd},
    }


def _reimport_jsonl(line: str) -> ExportDoc:
    return export_doc(jsonl.document_from_object(json.loads(line)))


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(raw_documents())
def test_jsonl_export_import_export_is_byte_identical(obj: dict) -> None:
    first_doc = export_doc(jsonl.document_from_object(obj))
    first = jsonl.export_line(first_doc)
    second = jsonl.export_line(_reimport_jsonl(first))
    assert first == second
    # The spans still cover the same (normalised) surfaces as in the raw text.
    raw = obj["text"]
    surfaces = sorted(unicodedata.normalize("NFC", raw[s:e]) for s, e, _ in obj["label"])
    assert sorted(first_doc.text[s.start : s.end] for s in first_doc.spans) == surfaces
    assert len(first_doc.relations) == len({tuple(r) for r in obj["relations"]})


@SETTINGS
@given(raw_documents())
def test_brat_export_import_export_is_byte_identical(obj: dict) -> None:
    first_doc = export_doc(jsonl.document_from_object(obj))
    ann = brat.ann_text(first_doc)
    again = export_doc(brat.parse(first_doc.text, ann, name="doc"))
    assert again.text == first_doc.text
    assert brat.ann_text(again) == ann


@SETTINGS
@given(raw_documents(), st.sampled_from(["iob2", "bioes"]))
def test_conll_export_import_export_is_byte_identical(obj: dict, scheme: str) -> None:
    source = jsonl.document_from_object(obj)
    first_doc = export_doc(source, tokens=True)
    first = "".join(conll.document_lines(first_doc, scheme=scheme, docstart=True))
    docs = conll.parse_blocks(first.splitlines())
    assert len(docs) == 1
    rebuilt = conll.build_document(docs[0], word_level=False)
    second_doc = export_doc(rebuilt, tokens=True)
    second = "".join(conll.document_lines(second_doc, scheme=scheme, docstart=True))
    assert first == second
    # Nested spans survive through the layer columns.
    assert len(rebuilt.spans) == len(first_doc.spans)


def test_conll_rebuilds_text_with_the_spacing_rule() -> None:
    text, offsets = conll.join_tokens(["Ông", "(", "A", ")", "nói", ":", "“", "Tốt", "”", "."])
    assert text == "Ông (A) nói: “Tốt”."
    assert [text[s:e] for s, e in offsets][2] == "A"


def test_source_document_from_nfd_keeps_span_surfaces() -> None:
    raw = unicodedata.normalize("NFD", "Ông Phan Việt Cường")
    start = raw.index("P")
    doc = jsonl.document_from_object({"text": raw, "label": [[start, len(raw), "PER"]]})
    assert isinstance(doc, SourceDocument)
    s, e, label = doc.spans[0]
    assert doc.text[s:e] == "Phan Việt Cường" and label == "PER"
