"""Not an EVENT: question time spoken of as a practice, not as one sitting's.

`khi [trả lời chất vấn], các bộ trưởng phải nêu rõ trách nhiệm`, `nâng cao chất
lượng [trả lời chất vấn]`, `các văn bản [trả lời chất vấn] của bộ ngành`: the
answering of questions in general, its quality or its written form. At blind
time the suggesters marked it in news11 (1), news13 (3) and news15 (3), and
every such form in the gold files is unmarked (eight, none marked; settled in
round 18: habitual or normative question time is no EVENT). A particular
sitting's question time keeps its EVENT (`[trả lời chất vấn] của Bộ trưởng X
sáng nay`, `Nội dung [chất vấn và trả lời chất vấn] của các thành viên Chính phủ`,
`Khi kết thúc phần [trả lời chất vấn]`): only the words right before it decide.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# The acts of question time, as the EVENT starts.
_QUESTIONS = ("trả lời chất vấn", "chất vấn")
# What makes them a practice: a time clause (`khi`), a quality, a written form, a length.
_PRACTICE = ("khi", "chất lượng", "hiệu quả", "văn bản", "thời gian", "kỹ năng")


def drop_habitual_questions(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Question time after a word of practice is dropped from every line."""
    for index, (line, spans) in enumerate(chosen):
        kept = [c for c in spans if not _habitual(line, c)]
        if len(kept) != len(spans):
            chosen[index] = (line, kept)


def _habitual(line: Line, c: Candidate) -> bool:
    """An EVENT of question time right after `khi`, `chất lượng`, `văn bản` …, or
    joined by `và` to the same (`chất lượng chất vấn và [trả lời chất vấn]`)."""
    if c.label != "EVENT" or line.longest(c.start, _QUESTIONS) != c.end:
        return False
    i = c.start
    if line.is_(i - 1, "và"):
        for question in _QUESTIONS:
            k = i - 1 - len(question.split())
            if k >= 0 and line.phrase(k, question) == i - 1:
                i = k
                break
    if line.is_(i - 1, "các", "những"):
        i -= 1
    return line.ending(i, _PRACTICE)
