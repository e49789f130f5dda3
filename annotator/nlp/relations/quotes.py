"""A person outside the quotation that names an event takes no part in it (PARTICIPATES).

Counted over every gold file before writing: of 66 pairs of a person outside
a quotation and an event inside it, within one line, 64 are unlinked (the
speaker or the one cited talks about the event: `"… hội nghị 6 bên …", Bill
Richardson, Thống đốc …`, `Vũ Mão bày tỏ băn khoăn: "Trong phiên khai mạc …"`,
`"… ra hầu toà", Shalaan nói`: news12 … news23) and 2 linked (a speaker telling
his own act). The quotation is found in a bounded window of its line, so the
look stays linear in the line's length.
"""

from __future__ import annotations

from annotator.nlp.relations.layout import LabelledRange, line_start_within

# How far a quotation may run either side of the event (far beyond a sentence quoted).
_QUOTE_REACH = 400


def quoted_apart(text: str, person: LabelledRange, event: LabelledRange) -> bool:
    """The event stands inside a quotation and the person outside it."""
    quote = _quotation_around(text, event)
    if quote is None:
        return False
    opened, closed = quote
    return not (opened < person[0] and person[1] <= closed)


def _quotation_around(text: str, span: LabelledRange) -> tuple[int, int] | None:
    """(opening mark, closing mark) of the quotation holding the span, on its line."""
    start, end = span[0], span[1]
    line_start = line_start_within(text, start, _QUOTE_REACH)
    before = text[line_start:start]
    if before.rfind("“") > before.rfind("”"):
        return _closed_by(text, line_start + before.rfind("“"), end, "”")
    if before.count('"') % 2 == 1:
        return _closed_by(text, line_start + before.rfind('"'), end, '"')
    return None


def _closed_by(text: str, opened: int, end: int, mark: str) -> tuple[int, int] | None:
    closed = text.find(mark, end, end + _QUOTE_REACH)
    if closed < 0 or "\n" in text[end:closed]:
        return None
    return opened, closed
