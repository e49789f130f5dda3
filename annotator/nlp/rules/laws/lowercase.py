"""DOC: a law cited with `luật` in lowercase by what it governs (`luật đầu tư`).

Speech and older house styles write a law's kind in lowercase: `thực thi luật
kiểm toán`, `ban hành một số luật như luật đầu tư`, `phù hợp với luật đầu tư
nước ngoài năm 2000`. Blind, such laws were missed in news16 and news19 (news18's
`luật về thực hành tiết kiệm` is named by `về`, not read here), and the tuning gold
marks them in dev, news9, news11, news16 and news19.
Lowercase `luật` is most often the law in general (`pháp luật`, `theo luật`,
`luật của Việt Nam`) or a branch of it (`luật hình sự`), so a name is read only
when its first words are a listed subject (`law_subjects`); from there the name
runs on as after a capitalised `Luật`.
"""

from __future__ import annotations

from annotator.nlp.rules.laws.names import law_name
from annotator.nlp.rules.lines import Line

# Nouns before `luật` that make it part of another word or of another document:
# `pháp luật`, `kỷ luật`, `Bộ luật`, `dự luật`, `đạo luật` are read elsewhere or not at all.
_NOT_A_LAW_BEFORE = ("pháp", "kỷ", "bộ", "dự", "đạo", "án")
# `quy định về luật đất đai`: what a rule is about is the field of law, not one law (dev).
_ABOUT = ("về",)


def lowercase_law(line: Line, i: int) -> int:
    """End of a law named by a listed subject after a lowercase `luật` at i, or -1."""
    if not (line.is_(i, "luật") and line.lower(i)) or line.is_(i - 1, *_NOT_A_LAW_BEFORE, *_ABOUT):
        return -1
    if line.longest(i + 1, line.gaz.phrases("law_subjects")) <= i + 1:
        return -1
    return law_name(line, i + 1)
