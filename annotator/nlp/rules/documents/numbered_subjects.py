"""DOC: what a numbered document is about, after `về`, to the end of its clause.

`Nghị quyết 388 về bồi thường cho người bị oan trong hoạt động tố tụng hình
sự`, `Nghị định 79 của Chính phủ về thực hiện quy chế dân chủ ở xã phường thị
trấn`, `Nghị quyết 16 năm 2003 của Quốc hội về quản lý, dạy nghề, giải quyết
việc làm cho người sau cai nghiện`: a document cited by its number and its
subject is named by the whole subject, which the gold keeps inside in every
file that has one (news6, news14, news16, news18). The rules read the subject
as a title's wording, which ends at the first grammar word (`cho`, `trong`,
`ở`) or comma, and took no subject at all without an issuer before it; blind,
the subject was cut or left out in news6, news14, news16 and news18.

The number says a title follows, so the subject runs on over prepositions and
the commas of a list, and ends only where the sentence goes on: at sentence
punctuation, at a word that carries a predicate (`đã`, `được`, `có` …, the
`subject_ends` list), at `và` and at another capitalised document; a list item
after a comma that holds such a word was the next clause, so the subject ends
at that comma.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.documents.tails import document_tail
from annotator.nlp.rules.events.extent.nouns import event_at
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.phrases import clause
from annotator.nlp.rules.posts.roles import role

_MAX_WORDS = 30
_INNER_MARKS = ("-", "–", "/")
# `bị` makes a party to a case (`bị cáo`) or a person wronged (`người bị oan`) as well as
# a passive predicate (`… | bị bãi bỏ`).
_PARTIES = ("cáo", "can", "hại")


def issuer_and_subject(line: Line, end: int, *, coded: bool = False) -> int:
    """End of `| của Ủy ban Thường vụ Quốc hội về trang phục …` or `| về bồi thường …`
    after a document's number ending at end; end itself when neither follows.

    A number with `số` or an office's code (`Công điện số 01/CĐ-UBND | về việc …`) is an
    administrative citation, whose subject the gold leaves out (development gold,
    heldout): there only an issuer with a title-like subject is taken, as before."""
    about = end
    if line.is_(end, "của"):
        about = max(org(line, end + 1, loose=False), role(line, end + 1))
    elif coded:
        return end
    if about < 0 or not line.is_(about, "về") or event_at(line, about + 1) > 0:
        return end
    subject = clause(line, about + 1) if coded else subject_end(line, about + 1)
    cut = subject <= about + 2 or line.is_(subject - 1, "việc")  # "về việc | phê duyệt"
    return end if cut else document_tail(line, subject)


def subject_end(line: Line, i: int) -> int:
    """End of a numbered document's subject that starts at i, or -1."""
    end = segment_end = -1
    k = i
    while k < line.n and k - i < _MAX_WORDS:
        if line.surface[k] == ",":
            if not line.lower(k + 1):
                break
            segment_end = end  # the subject so far, if the next item is a clause
            k += 1
            continue
        if not line.word(k) and line.surface[k] not in _INNER_MARKS:
            break
        if k > i and _ends(line, k):
            return segment_end if segment_end > i else end  # the item was a clause
        end = k + 1
        k += 1
    return end if end > i else -1


def _ends(line: Line, k: int) -> bool:
    """A word that carries the sentence's predicate, `và`, or another capitalised document."""
    if line.lower(k) and line.match(k, "subject_ends") > k:
        return True
    if line.is_(k, "bị") and line.lower(k):
        return not (line.is_(k - 1, "người") or line.is_(k + 1, *_PARTIES))  # "người bị oan"
    return line.cap(k) and line.match(k, "documents") > k
