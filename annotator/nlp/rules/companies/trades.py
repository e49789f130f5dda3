"""ORG: a company named by the list of its trades and then its own name or place.

`Công ty sản xuất, kinh doanh xuất nhập khẩu Hữu Nghị`, `Tổng Công ty Thủy tinh,
gốm xây dựng`, `Công ty Xuất Nhập khẩu Nông sản và Tiểu thủ công nghiệp Bà
Rịa-Vũng Tàu`, `Công ty Vật tư và dịch vụ kỹ thuật Hà Nội`: state companies of
the 2000s are named by what they do, a list joined by commas, `và` or a dash,
often in sentence case, and the rules stopped at the first comma or `và`
(`[Công ty sản xuất], kinh doanh …`) and read the place at the end as a LOC.
At blind time this cut recurred in four of twelve sets (news5, news6, news9,
news12), a different company each time, so the trades are a closed class
(`company_trades.txt`), not names.

The name is a capitalised head (`Công ty`, `Tổng công ty`, `Xí nghiệp`), an
optional legal form, two or more trades of which at least two are joined (the
list is what tells a name from a sentence), and then the company's own
capitalised name or place (`Hữu Nghị`, `Hà Nội`). Without that name it is one
only when the trades are capitalised as a title is and the list ends the
phrase (`Tổng Công ty Thủy tinh, gốm xây dựng –`): `Công ty sản xuất, kinh
doanh trái phép` is a sentence about a company. A post read up to the head
takes the whole name (`[giám đốc Công ty Vật tư và dịch vụ kỹ thuật Hà Nội]`, the
gold's ROLE).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

_HEADS = ("Công ty", "Tổng công ty", "Xí nghiệp", "Liên hiệp")
_FORMS = ("TNHH", "TNHH MTV", "cổ phần", "CP", "TNHH một thành viên", "liên doanh", "MTV")
_JOINS = (",", "và", "&", "-", "–")
_MAX_NAME = 4


def trade_companies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with each company named by its listed trades made one ORG."""
    heads = [i for i in line.where("công") + line.where("tổng") + line.where("xí")]
    heads += line.where("liên")
    out = spans
    for i in sorted(heads):
        end = _company_end(line, i) if line.cap(i) else -1
        if end > 0:
            out = _placed(out, i, end)
    return out


def _company_end(line: Line, i: int) -> int:
    """End of the company named by its trades whose head starts at i, or -1."""
    j = line.longest(i, _HEADS)
    if j < 0 or line.is_(i - 1, "các", "những"):
        return -1
    j = max(j, line.longest(j, _FORMS))
    first = j
    trades = joins = 0
    while j < line.n:
        step = line.match(j, "company_trades")
        if step > j:
            trades += 1
            j = step
        elif trades and line.is_(j, *_JOINS) and line.match(j + 1, "company_trades") > j + 1:
            joins += 1
            j += 1
        else:
            break
    if trades < 2 or not joins:
        return -1
    named = _name_end(line, j)
    if named > j:
        return max(named, acronym_aside(line, named))
    titled = line.cap(first) and (j >= line.n or not line.word(j))
    if not titled or _listed_bodies(line, first, j):
        return -1
    return max(j, acronym_aside(line, j))


def _listed_bodies(line: Line, start: int, end: int) -> bool:
    """`Tổng công ty Dầu khí, Hàng hải, Thủy sản...`: capitalised trades after a comma and
    no name of their own are several companies, each named by its trade."""
    return any(line.surface[k] == "," and line.cap(k + 1) for k in range(start, end - 1))


def _name_end(line: Line, j: int) -> int:
    """End of the company's own name or place right after its trades, or -1."""
    if not line.cap(j) or line.match(j, "titles", "org_heads") > j:
        return -1
    place = place_at(line, j)
    if place > j:
        return place
    end = j
    while end < line.n and end - j < _MAX_NAME and line.cap(end):
        end += 1
    return end


def _placed(spans: list[Candidate], start: int, end: int) -> list[Candidate]:
    """The spans with ORG [start, end) put in: what lies inside goes, a post that ends
    inside it takes it whole; a longer span or one cut by it keeps its place."""
    post = next((c for c in spans if c.label == "ROLE" and c.start < start < c.end <= end), None)
    begin, label = (post.start, "ROLE") if post is not None else (start, "ORG")
    if any(c.start < begin < c.end or c.start < end < c.end for c in spans):
        return spans
    if any(c.start <= begin and c.end >= end for c in spans if c.label == label):
        return spans
    kept = [c for c in spans if c.end <= begin or c.start >= end]
    return sorted([*kept, Candidate(begin, end, label)], key=lambda c: c.start)
