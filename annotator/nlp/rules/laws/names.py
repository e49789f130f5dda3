"""DOC: a law's name written in lowercase after `Luật` (`Luật điện lực`), amending laws.

An amending law keeps the law it amends (`Luật sửa đổi, bổ sung một số điều
của Luật khoáng sản`); a place closing the name is part of it (`Luật đường sắt
Việt Nam`). Kept apart from `documents.papers`, which reads the other kinds of
documents and calls `law_name` once it has read `Luật`.
"""

from __future__ import annotations

from annotator.nlp.rules.documents.bills import ends_law, joined_subject
from annotator.nlp.rules.laws.owners import law_owner
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import STOP, in_noun
from annotator.nlp.rules.phrases import YEARISH

# Words of a law's name written in lowercase: "Luật phòng chống tham nhũng". Grammar
# words and verbs end a name well before this; eight cut `Pháp lệnh thủ tục giải quyết
# các vụ án hành | chính` inside its last word (news23, blind).
_MAX_LAW_WORDS = 12
_AMENDS = ("sửa đổi , bổ sung", "sửa đổi, bổ sung", "sửa đổi bổ sung")
# Second syllables that make `luật` another word: luật hóa, luật sư, luật lệ, luật pháp.
_LAW_WORDS = ("hóa", "sư", "lệ", "pháp", "gia")
# What the law does, right after `Luật` (the law as the sentence's subject), and how
# old it is (after its name): no words of a name. "Luật quy định ...", "Luật X mới".
_LAW_VERBS = ("quy định", "cho phép", "yêu cầu", "nêu rõ", "ghi rõ", "cấm", "chỉ", "mới")
_LAW_AGE = ("mới", "cũ", "hiện hành")
# Plurals and counts after `và`: the start of another noun, not of a law's name's second part.
_COUNTS = ("các", "những", "một", "mọi", "nhiều")


def law_age(line: Line, j: int, end: int) -> int:
    """`Luật Giám sát | mới`: where a law's name ends before the word saying how new it is."""
    for k in range(j + 1, end):
        if any(line.phrase(k, a) > k for a in _LAW_AGE) and line.lower(k):
            return k
    return end


def _law_joint(line: Line, k: int) -> bool:
    """A body's abbreviation inside a law's name, or `và` joining two parts of it."""
    if line.surface[k].isupper() and line.match(k, "bodies") == k + 1:
        return True
    nxt = k + 1
    if not line.is_(k, "và") or line.match(nxt, "documents") > nxt:
        return False
    # "luật đấu thầu | và các văn bản khác", "| và một loạt văn bản": a plural or a
    # count opens another noun, no part of the name.
    counted = line.is_(nxt, *_COUNTS)
    part = line.lower(nxt) and line.key(nxt) not in STOP and not counted
    return part or (
        line.surface[nxt : nxt + 1] != []
        and line.surface[nxt].isupper()
        and line.match(nxt, "bodies") == nxt + 1
    )


def law_name(line: Line, j: int) -> int:
    """End of a law's name in lowercase after `Luật` at j, or -1.

    `Luật điện lực`, `Luật thuế sử dụng đất`, `Luật xuất bản (sửa đổi)`, and
    an amending law with the law it amends: `Luật sửa đổi, bổ sung một số
    điều của Luật khoáng sản`.
    """
    if line.is_(j, *_LAW_WORDS) or any(line.phrase(j, v) > j for v in _LAW_VERBS):
        return -1  # "luật hóa", "luật sư": another word; "Luật quy định": the law acts
    amends = max(line.phrase(j, a) for a in _AMENDS)
    if amends > 0:
        k = line.phrase(amends, "một số điều của")
        k = max(k, line.phrase(amends, "một số điều"), amends)
        if line.is_(k, "của"):
            k += 1
        target = _amended(line, k)
        return target if target > k else k
    end = j
    while end < line.n and end - j < _MAX_LAW_WORDS:
        if line.surface[end] in "-–" and end > j and line.gap(end) and line.lower(end + 1):
            end += 1  # "Luật thực hành tiết kiệm - chống lãng phí"
            continue
        if end > j and _law_joint(line, end):
            end += 1  # "Luật tổ chức HĐND và UBND", "... tiết kiệm và chống lãng phí"
            continue
        if not line.lower(end):
            break
        stop = line.key(end) in STOP and not in_noun(line, end)
        if stop or line.match(end, "documents") == end + 1 or ends_law(line, end):
            break
        if line.is_(end, "năm") and end + 1 < line.n and YEARISH.match(line.surface[end + 1]):
            return end + 2  # "Luật biển năm 1982"
        end += 1
    if end == j:
        return -1
    end = law_owner(line, law_country(line, joined_subject(line, end)))
    revised = line.surface[end : end + 1] == ["("] and line.phrase(end + 1, "sửa đổi") == end + 3
    return end + 4 if revised and line.surface[end + 3 : end + 4] == [")"] else end


def _amended(line: Line, k: int) -> int:
    """End of the law an amending law amends, from k: `Luật thuế giá trị gia tăng`, or two
    laws of one kind amended together (`… của Luật thuế giá trị gia tăng và Luật thuế tiêu
    thụ đặc biệt`, news13, news16); two laws of different kinds after `và` are two bills
    (`… Luật khiếu nại, tố cáo và Luật bảo vệ, chăm sóc … trẻ em`, news15)."""
    # The amended law is read as any document is: the two modules call each other,
    # so this one imports at call time.
    from annotator.nlp.rules.documents.papers import document_at

    first = document_at(line, k) if line.is_(k, "luật") else -1
    then = first + 1
    if first < 0 or not (line.is_(first, "và") and line.is_(then, "luật")):
        return first
    if not line.lower(k + 1) or line.key(k + 1) != line.key(then + 1):
        return first
    second = document_at(line, then)
    return second if second > then else first


# Words after a place that end the clause the law's name stands in, so the place
# closes the name: `trong Hiến pháp Nga | thì …`, `Luật bầu cử Nga | và …` (news24 blind).
_CLAUSE_GOES_ON = ("thì", "là", "và", "cũng", "vẫn", "quy định")


def law_country(line: Line, end: int) -> int:
    """`Luật đường sắt | Việt Nam;`, `Hiến pháp | Nga thì`: a place closing a law's name
    is its last part, as the gold marks it (news8, news19, news24).

    Only where punctuation, the line's end or a word going on with the clause
    follows the place, so the title ends there: in `Luật điện lực Hà Nội ban
    hành ...` the city starts a clause.
    """
    place = line.match(end, "places")
    if place <= end or not line.cap(end):
        return end
    closed = place >= line.n or not line.surface[place][:1].isalnum()
    closed = closed or any(line.phrase(place, w) > place for w in _CLAUSE_GOES_ON)
    return place if closed or _glued_list_number(line, place) else end


def _glued_list_number(line: Line, i: int) -> bool:
    """`Việt Nam|4. Luật …`: the next list item's number, glued to what ends the item."""
    number = line.digit(i) and line.surface[i].isdigit() and len(line.surface[i]) <= 2
    return number and not line.gap(i) and line.surface[i + 1 : i + 2] in (["."], [")"])
