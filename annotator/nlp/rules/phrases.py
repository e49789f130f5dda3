"""The naming clause after an event or document noun: where a title ends."""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import STOP, is_stop

MAX_PHRASE = 40
YEARISH = re.compile(r"^(?:19|20)[0-9][0-9](?:-+(?:19|20)[0-9][0-9])?$")
# "ký" (signed) ends a title too: "Hiệp định Phân định thềm lục địa | ký ngày ...".
_CLAUSE_STOP = (STOP - frozenset(keys_of("và của tại"))) | frozenset(keys_of("ký"))
# Grammar words that do not end a title when bound to the word before them.
_BOUND = frozenset({keys_of("gắn với"), keys_of("tiếp theo"), keys_of("đi vào")})
# Nouns whose second syllable is also a verb that ends a title ("trình"):
# "chương trình" goes on, "Tờ trình ... trình Quốc hội" stops.
_COMPOUNDS = frozenset(
    keys_of(pair)
    for pair in (
        "chương trình",
        "quá trình",
        "công trình",
        "quy trình",
        "tiến trình",
        "lộ trình",
        "thư ký",
        "đăng ký",
        "đăng kí",
    )
)
# Nouns whose first syllable is a grammar word or verb that would end a title
# ("dự" of "dự án"): "Nghị quyết về dự án nhà máy lọc dầu ..." goes on.
_NOUN_PAIRS = frozenset(
    keys_of(pair)
    for pair in (
        "dự án",
        "dự thảo",
        "dự toán",
        "dự luật",
        "cho vay",
        "đối ngoại",
        "đối tác",
        "tự do",
        "bị cáo",
        "bị can",
        "bị hại",
    )
)
# Words that join two parts of a title and never end one.
_JOINERS = frozenset(keys_of("và của tại"))


def clause(line: Line, i: int) -> int:
    """End of a title's wording from i: up to a grammar word, a verb or punctuation; or -1."""
    j = i
    while j < line.n and j - i < MAX_PHRASE:
        pair = (line.key(j - 1), line.key(j))
        if line.is_(j, "và") and line.cap(j + 1) and line.match(j + 1, "documents") > j + 1:
            break  # "... về Luật biển và | Hiệp định ...": the next document starts
        if (line.key(j), line.key(j + 1)) in _NOUN_PAIRS:
            j += 2
            continue
        if line.key(j) in _CLAUSE_STOP and pair not in _BOUND and pair not in _COMPOUNDS:
            break
        if j > i and is_stop(line, j) and line.key(j) not in STOP and pair not in _COMPOUNDS:
            break
        if not line.word(j) and not (line.surface[j] in "-–" and line.word(j + 1)):
            break
        j += 1
    while j > i + 1 and line.key(j - 1) in _JOINERS:
        j -= 1  # "Báo cáo về chất lượng giáo dục và | Báo cáo ...": the joiner stays out
    return j if j > i else -1
