"""The export pipeline without a store: source document -> ExportDoc, as the exporter shapes it."""

from __future__ import annotations

from annotator.app.exporting.report import LossReport
from annotator.app.exporting.select import Selection, prepare
from annotator.app.exporting.tokens import TokenOptions, tokenize
from annotator.core.model import Document, Relation, SourceDocument
from annotator.formats.layers import LAYERS, flatten
from annotator.formats.tokens import ExportDoc
from annotator.store.streaming import SpanRow


def export_doc(
    src: SourceDocument,
    *,
    tokens: bool = False,
    policy: str = LAYERS,
    token_options: TokenOptions | None = None,
    report: LossReport | None = None,
    selection: Selection | None = None,
) -> ExportDoc:
    """Shape a source document exactly as the exporter shapes a stored one."""
    report = report if report is not None else LossReport()
    doc = Document(
        id=1,
        title=src.title,
        text=src.text,
        meta=dict(src.meta),
        source=src.source,
        regions=src.regions,
    )
    spans = [
        SpanRow(i + 1, 1, s, e, label, "ann", "accepted")
        for i, (s, e, label) in enumerate(src.spans)
    ]
    relations = [
        Relation(i + 1, 1, h + 1, t + 1, kind) for i, (h, t, kind) in enumerate(src.relations)
    ]
    out = prepare(
        doc, spans, relations, selection=selection or Selection(statuses=()), report=report
    )
    if not tokens:
        return out
    layers, _ = flatten(out.spans, policy)
    options = token_options or TokenOptions(block="paragraph")
    return tokenize(out, layers, options, report)


ARTICLES = [
    (
        "Bí thư Tỉnh ủy Quảng Nam",
        "Bí thư Tỉnh ủy Quảng Nam Lê Trí Thanh dự hội nghị sáng 23.2.\n"
        "Ảnh: Hội nghị tại Tam Kỳ\n"
        "Ông Lê Trí Thanh phát biểu 😀 tại hội nghị.",
    ),
    ("Huế", "Thừa Thiên Huế tổ chức kỳ họp thứ 6 của HĐND tỉnh.\nN.Đ"),
    ("Trống", "Ảnh: chỉ có chú thích"),
]


def build_project(project, *, done: bool = True) -> list[int]:
    """Three articles with nested spans, relations, a caption, a pending and a rejected suggestion."""
    from annotator.core.model import Region
    from annotator.core.operations import AddRelation, AddSpan, SetSpanState, SetStatus

    ids = []
    for title, text in ARTICLES:
        caption = text.find("Ảnh:")
        regions = ()
        if caption >= 0:
            end = text.find("\n", caption)
            regions = (Region(caption, end if end >= 0 else len(text), "caption"),)
        ids.append(project.add_document(SourceDocument(text=text, title=title, regions=regions)))
    session = project.session()

    def add(doc_id: int, surface: str, label: str, nth: int = 0, **kw) -> int:
        text = ARTICLES[ids.index(doc_id)][1]
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        change = session.apply(AddSpan(doc_id, start, start + len(surface), label, **kw))
        return change.spans_added[0]

    a, b, c = ids
    role = add(a, "Bí thư Tỉnh ủy Quảng Nam", "ROLE")
    add(a, "Tỉnh ủy Quảng Nam", "ORG")
    add(a, "Quảng Nam", "LOC")
    per = add(a, "Lê Trí Thanh", "PER")
    event = add(a, "hội nghị", "EVENT")
    date = add(a, "sáng 23.2", "DATE")
    add(a, "Tam Kỳ", "LOC")
    per2 = add(a, "Lê Trí Thanh", "PER", nth=1)
    session.apply(AddRelation(per, role, "HOLDS"))
    session.apply(AddRelation(per, event, "PARTICIPATES"))
    session.apply(AddRelation(event, date, "WHEN"))
    pending = add(a, "hội nghị", "EVENT", nth=1, origin="suggested", state="pending")
    session.apply(AddRelation(per2, pending, "PARTICIPATES"))
    add(b, "Thừa Thiên Huế", "LOC")
    add(b, "kỳ họp thứ 6", "EVENT")
    add(b, "HĐND tỉnh", "ORG")
    add(b, "N.Đ", "PER")
    rejected = add(b, "tỉnh", "LOC", nth=0, origin="suggested", state="pending")
    session.apply(SetSpanState(rejected, "rejected"))
    if done:
        for doc_id in (a, b, c):
            session.apply(SetStatus(doc_id, "done"))
    return ids
