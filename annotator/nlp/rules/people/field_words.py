"""A capitalised word after a title that only begins a word: `Bộ trưởng [Năng] lượng`.

After a post, one capitalised syllable is read as the holder's given name
(`Thứ trưởng Đức cho rằng`). But a post is as often followed by its body or
field, capitalised on its first syllable only: `Bộ trưởng Năng lượng`,
`Phó tổng giám đốc Liên doanh dầu khí`, `Chánh án Tòa nhân dân tối cao`,
`Bộ trưởng An sinh xã hội`, and with the source's spaces lost,
`Thủ tướng Chính phủcông nhận`. Blind, such a first syllable was taken for a
person in news11, news12, news15, news21, news24 and news25. A given name
alone is followed by what the person does, a grammar word or a verb
(`stop_words`), or by punctuation; a lowercase word that could go on the
capitalised one is the rest of that word, so the syllable is no name.
Foreign-shaped names (`Tổng thống Bush ca ngợi`) are spelt apart and keep.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.stop_words import is_stop


def word_begun(line: Line, i: int) -> bool:
    """The capitalised syllable at i goes on in a lowercase syllable right after it."""
    after = i + 1
    if after >= line.n or not line.lower(after) or line.foreign(i):
        return False
    return not is_stop(line, after)
