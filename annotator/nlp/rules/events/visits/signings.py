"""What a signed agreement covers, after `về`: inside the signing's EVENT.

Conventions round 14 (decision 1): a signing by parties named in the text
keeps `về` + what the agreement covers (`[ký thỏa thuận về việc giải quyết
cuộc khủng hoảng chính trị trong nước]`, news9 0071; `[ký kết hợp tác về
giáo dục - khoa học]`, news5 0031); the parties after `giữa`/`với`, the
place, the time and a purpose after `nhằm`/`để` stay outside.
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import bare_day
from annotator.nlp.rules.lines import Line, keys_of

# Words that end what an agreement covers: its parties, place, time or purpose.
_TOPIC_ENDS = frozenset(
    keys_of("giữa với nhằm để tại ở vào hôm ngày sáng chiều tối hồi sau trước khi đã sẽ thì là")
)
_MAX_TOPIC = 12


def signed_topic(line: Line, i: int) -> int:
    """End of `về việc giải quyết …` at i (`về` included) up to the clause's end, or i
    when the topic runs on past the limit or holds no lowercase word."""
    k = i + 1
    while k < line.n and k - i <= _MAX_TOPIC and (line.word(k) or line.surface[k] in "-–"):
        if line.key(k) in _TOPIC_ENDS or bare_day(line, k):
            break
        k += 1
    ended = k >= line.n or not line.word(k) or line.key(k) in _TOPIC_ENDS or bare_day(line, k)
    return k if k > i + 1 and ended and k - i <= _MAX_TOPIC else i
