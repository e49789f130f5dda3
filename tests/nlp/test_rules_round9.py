"""Round 9 patterns of people and places that unseen outlets write.

Nicknames in quotes after a given name, `Bác Hồ`, the city written `TP`
alone, lists of transliterated foreign villages. Each sentence is written
here, not copied from an article; `[surface]LABEL` marks a span the rules
must suggest, `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A nickname in quotes is part of the name; the given name then stands alone.
    (
        'Tòa xử [Tuấn "cá mập"]PER cùng đồng phạm. Năm 2001, [Tuấn]PER bị bắt lần đầu.',
        (('"cá mập"', "PER"),),
    ),
    ("Bị cáo [Lê Văn Tám]PER ([Tám “sẹo”]PER) khai nhận hành vi.", ()),
    # Lookalikes: a place, a body, a sentence's first word, a quoted verb with its
    # object, a league and a foreign word before quotes are no nickname.
    ('Mùa hè ở [Hà Nội]LOC "nóng" lắm.', (('Hà Nội "nóng"', "PER"),)),
    ('Những "con voi" đã đi qua rừng.', (('Những "con voi"', "PER"),)),
    ('Sau đó ông [Hải]PER "khuyên" Cảng vụ dừng lại.', (('Hải "khuyên"', "PER"),)),
    ('Đội bóng dẫn đầu tại Serie A "ngửi khói".', (('Serie A "ngửi khói"', "PER"),)),
    # `Bác Hồ` is the name the nation uses; `bác` in lower case is an address word.
    ("Thư của [Bác Hồ]PER gửi đồng bào các dân tộc.", ()),
    ("Ông [Hồ]PER và bác [Ba]PER cùng đi chợ.", (("bác Ba", "PER"), ("Ông Hồ", "PER"))),
    ("Bác [Tôn Đức Thắng]PER về thăm quê.", (("Bác Tôn Đức Thắng", "PER"),)),
    # `TP` alone is the city; before a name or inside a body it is not a place alone.
    ("Cử tri [TP]LOC kiến nghị nhiều vấn đề; lãnh đạo [TP]LOC đã nhận lỗi.", ()),
    ("[UBND TP]ORG đã họp.", (("TP", "LOC"),)),
    ("Hội nghị ở TP. Huế và TP Vinh.", (("TP", "LOC"),)),
    # A list of transliterated villages after a place word, or with a known place in it.
    ("Quân đội kiểm soát [Lozovoe]LOC, [Rozovka]LOC, [Tavrisk]LOC và các làng khác.", ()),
    ("Các khu dân cư gồm [Gorky]LOC, [Pervomaisk]LOC và [Zolote]LOC.", ()),
    ("Họ đi qua [Kharkov]LOC, [Belgorod]LOC, [Sumy]LOC trong hai ngày.", ()),
    # Lookalikes: people listed by their surnames are no places.
    ("Ông cảm ơn Putin, Biden và Macron.", (("Biden", "LOC"), ("Macron", "LOC"))),
    ("Đội hình có Messi, Neymar và Suarez.", (("Neymar", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_pattern_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
