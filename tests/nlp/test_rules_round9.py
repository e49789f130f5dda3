"""Round 9 patterns of people and places that unseen outlets write.

Nicknames in quotes after a given name, `Bác Hồ`, the city written `TP`
alone, lists of transliterated foreign villages. Each sentence is written
here, not copied from an article; `[surface]LABEL` marks a span the rules
must suggest, `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import re

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A nickname in quotes is part of the name; the given name then stands alone.
    (
        'Tòa xử [Tuấn "mập"]PER cùng đồng phạm. Năm 2001, [Tuấn]PER bị bắt lần đầu.',
        (('"mập"', "PER"),),
    ),
    ("Bị cáo [Lê Văn Tám]PER ([Tám “sẹo”]PER) khai nhận hành vi.", ()),
    # Lookalikes: a place, a body, a sentence's first word, a quoted verb with its
    # object, a league and a foreign word before quotes are no nickname.
    ('Mùa hè ở [Hà Nội]LOC "nóng" lắm.', (('Hà Nội "nóng"', "PER"),)),
    ('Những "con voi" đã đi qua rừng.', (('Những "con voi"', "PER"),)),
    ('Hành tím ở thị xã [Vĩnh Châu]LOC "mất giá" nặng.', (('Vĩnh Châu "mất giá"', "PER"),)),
    ('Công ty là Hoa Sen "ngoại đạo" trong ngành.', (('Hoa Sen "ngoại đạo"', "PER"),)),
    ('Thị trấn [Vĩnh Châu]LOC "thất thủ".', (('Vĩnh Châu "thất thủ"', "PER"),)),
    ('Sau đó ông [Hải]PER "khuyên" Cảng vụ dừng lại.', (('Hải "khuyên"', "PER"),)),
    ('Ông nói phương Tây "không thể" cô lập họ.', (('Tây "không thể"', "PER"), ("Tây", "PER"))),
    ('Thế là [Bộ trưởng]ROLE [Hùng]PER "chốt" lại.', (('Hùng "chốt"', "PER"),)),
    ('Đội bóng dẫn đầu tại Serie A "ngửi khói".', (('Serie A "ngửi khói"', "PER"),)),
    # A lone word listed right after the article's given name of someone is a person too.
    (
        "Bị cáo [Trần Văn Lâm]PER khai. [Lâm]PER, [Tâm]PER và ông B bị bắt; [Lâm]PER và [Phúc]PER ra tòa.",
        (),
    ),
    ("Bị cáo [Trần Văn Lâm]PER về [Hà Nội]LOC. [Lâm]PER và Bộ Y tế họp.", (("Bộ", "PER"),)),
    ("Thầy [Trần Văn Hội]PER dạy sử. Theo thầy [Hội]PER, Lịch sử cần đúng.", (("Lịch", "PER"),)),
    # Two authors sign a paragraph's end or a line of their own; places joined are no authors.
    ("Trụ sở bị phong tỏa. [Thu Hà]PER - [Minh Khôi]PER", ()),
    ("[Ngọc Lan]PER - [Đức Huy]PER", ()),
    ("[Thanh Hóa]LOC - [Nghệ An]LOC", (("Thanh Hóa", "PER"),)),
    # An author right before a dash and a dateline, a headline running on before them.
    ("Quân đội rút khỏi thành phố [Minh Anh]PER - [Thứ hai, 02/05/2022 10:15]DATE", ()),
    ("[Hà Nội]LOC - [Thứ hai]DATE, [02/05/2022]DATE", (("Hà Nội", "PER"),)),
    # A rank before a name carried from earlier in the article is a ROLE there too.
    ("[Tướng]ROLE [Sergei Rudskoi]PER nói. Sau đó, [Tướng]ROLE [Rudskoi]PER cho biết thêm.", ()),
    ("Ông [Trần Văn Phúc]PER đi biển. Thuyền trưởng [Phúc]PER về.", (("trưởng", "ROLE"),)),
    # A country of two words whose first is a family name belongs to the title before
    # the foreign name (`Hà Lan`, `Hàn Quốc`); a Vietnamese name stays whole.
    ("[Thủ tướng Hà Lan]ROLE [Dick Schoof]PER đến thăm.", ()),
    ("[Tổng thống Hàn Quốc]ROLE [Yoon Suk Yeol]PER phát biểu.", ()),
    ("[Đại tá]ROLE [Hà Văn Tâm]PER phát biểu.", ()),
    # `Bác Hồ` is the name the nation uses; `bác` in lower case is an address word.
    ("Thư của [Bác Hồ]PER gửi đồng bào các dân tộc.", ()),
    ("Ông [Hồ]PER và bác [Ba]PER cùng đi chợ.", (("bác Ba", "PER"), ("Ông Hồ", "PER"))),
    ("Bác [Tôn Đức Thắng]PER về thăm quê.", (("Bác Tôn Đức Thắng", "PER"),)),
    # `TP` alone is the city; before a name or inside a body it is not a place alone.
    ("Cử tri [TP]LOC kiến nghị nhiều vấn đề; lãnh đạo [TP]LOC đã nhận lỗi.", ()),
    ("[UBND TP]ORG đã họp.", (("TP", "LOC"),)),
    ("Hội nghị ở TP. Huế và TP Vinh.", (("TP", "LOC"),)),
    ("Cờ hoa rợp các phố của TP [Tân Uyên]LOC trong ngày hội.", ()),
    ("Thành phố nhận danh hiệu TP Anh hùng.", (("Anh", "LOC"),)),
    # A list of transliterated villages after a place word, or with a known place in it.
    ("Quân đội kiểm soát [Lozovoe]LOC, [Rozovka]LOC, [Tavrisk]LOC và các làng khác.", ()),
    ("Các khu dân cư gồm [Gorky]LOC, [Pervomaisk]LOC và [Zolote]LOC.", ()),
    ("Họ đi qua [Kharkov]LOC, [Belgorod]LOC, [Sumy]LOC trong hai ngày.", ()),
    # Lookalikes: people listed by their surnames are no places.
    ("Ông cảm ơn Putin, Biden và Macron.", (("Biden", "LOC"), ("Macron", "LOC"))),
    ("Đội hình có Messi, Neymar và Suarez.", (("Neymar", "LOC"),)),
    ("Tàu TGV hay Shinkansen, [Pháp]LOC và [Nhật]LOC đều có.", (("Shinkansen", "LOC"),)),
    ("Báo chí [Châu Âu]LOC đưa tin.", ()),
    # A continent keeps its lowercase `châu`; inside a body's name it is no place alone.
    ("Các công ty [châu Âu]LOC đầu tư vào [châu Phi]LOC.", ()),
    ("[Ủy ban châu Âu]ORG họp hôm qua.", (("châu Âu", "LOC"),)),
    ("Năm châu bốn biển đều biết.", (("châu bốn", "LOC"),)),
    # A unit noun with the kind of land, a border gate, a province that no longer exists.
    ("Lốc xoáy ở huyện miền núi [Kỳ Sơn]LOC, xã biên giới [Mường Lống]LOC.", ()),
    ("Hàng qua cửa khẩu [Hữu Nghị]LOC tăng mạnh.", (("cửa khẩu Hữu Nghị", "LOC"),)),
    ("Năm 1990, ông công tác tại [Hà Sơn Bình]LOC.", ()),
    ("Bà [Nguyễn Thị Minh Hải]PER phát biểu.", (("Minh Hải", "LOC"),)),
    # A plant of a named kind in lower case: the name is the place, the noun outside.
    ("Binh sĩ rút khỏi nhà máy thép [Illich]LOC ở [Mariupol]LOC.", ()),
    ("Khu vực nhà máy điện hạt nhân [Zaporizhzhia]LOC bị pháo kích.", ()),
    ("Công nhân nhà máy Samsung nghỉ Tết.", (("Samsung", "LOC"),)),
    # The unit above in brackets and a sibling of the same unit beside a place.
    ("Bầu lại ở xã [Hoằng Lộc]LOC ([Hoằng Hóa]LOC) và xã [Định Tân]LOC ([Yên Định]LOC).", ()),
    ("Các phường [Hòa Minh]LOC và [Hòa Khánh]LOC (quận [Liên Chiểu]LOC) bị ngập.", ()),
    ("Tại xã [Phú Hòa]LOC, [An Nhơn]LOC huyện [Chợ Gạo]LOC, cử tri đi bầu.", ()),
    # Lookalikes: a person after a place, an acronym or a body in brackets.
    (
        "Ông về huyện [Thạch Thành]LOC, [Nguyễn Văn Hòa]PER (Trưởng ban) nói.",
        (("Trưởng ban", "LOC"),),
    ),
    ("Đại diện huyện [Yên Thành]LOC và Sở Y tế (Nghệ An) dự.", (("Sở Y tế", "LOC"),)),
    # A foreign sibling after a foreign place; a person after one is not a place.
    ("Quân đội rút khỏi thành phố [Izium]LOC và [Balakliia]LOC, rồi về [Kharkov]LOC.", ()),
    ("Ông ở thành phố [Kharkov]LOC và Zelensky nói thế.", (("Zelensky", "LOC"),)),
    # A country after a sentence's first word that names a side; a street after a house number.
    ("Hai bên đàm phán. Phía [Pháp]LOC đồng ý.", ()),
    ("Cửa hàng ở số 12 [Lê Lợi]LOC, quận 1; ông [Lê Lợi]PER là chủ.", ()),
    # A place after a unit noun ends where the holder's name starts.
    ("Tại xã [Tân Lập]LOC Nguyễn Văn An phát biểu.", (("Tân Lập Nguyễn Văn", "LOC"),)),
    # Two oceans or a continent and an ocean joined by a dash are one region.
    ("Hải quân tăng cường ở [châu Á - Thái Bình Dương]LOC.", (("châu Á", "LOC"),)),
    # A post in brackets does not take a name or where the body sits.
    (
        "[Lê Văn Tư]PER ([Chủ tịch Hội Nông dân]ROLE [Lê Văn Tư]PER) phát biểu.",
        (("Chủ tịch Hội Nông dân Lê Văn Tư", "ROLE"),),
    ),
    # States that no longer exist; a place after a sentence's opening grammar word.
    ("Ông học ở [Tiệp Khắc]LOC rồi sang [Đông Đức]LOC.", ()),
    ("Quân đội vào [Kherson]LOC. Khi [Kherson]LOC bị bao vây, dân rời đi.", ()),
    # A numbered road keeps its noun; a section or line names the places it joins.
    ("Xe đi theo [quốc lộ 1]LOC rồi rẽ vào [tỉnh lộ 8]LOC.", ()),
    ("Nâng cấp đoạn [Cầu Giấy]LOC - [Lê Văn Lương]LOC trong năm.", ()),
    ("Tuyến buýt số 9 [Kim Mã]LOC - [Phan Đình Phùng]LOC - [Long Biên]LOC chạy lại.", ()),
    ("Một đoạn Video - Clip lan truyền; Ông [Lê Văn Lương]PER nói.", (("Video", "LOC"),)),
    ("Bài: Nhật Hạ - Phước Tuấn", (("Nhật Hạ", "LOC"), ("Phước Tuấn", "LOC"))),
    # A post in brackets after a name runs to the bracket's end.
    ("Bị cáo [Lê Văn Hòa]PER ([trưởng phòng kế hoạch 2]ROLE) khai nhận.", ()),
    (
        "[Trần Thị Mai]PER ([giám đốc Công ty Hưng Thịnh và dịch vụ vận tải Nam Định]ROLE) vắng mặt.",
        (),
    ),
    # Lookalikes: the body above it, a relative, a second fact after a comma.
    (
        "[Ngô Văn Tú]PER ([Trưởng phòng]ROLE thuộc [Sở Tài chính]ORG) bị bắt.",
        (("Trưởng phòng thuộc Sở Tài chính", "ROLE"),),
    ),
    (
        "[Phan Văn Lộc]PER ([Giám đốc Sở Y tế]ROLE, con trai ông [Phan Văn Hạ]PER) dự.",
        (("Giám đốc Sở Y tế, con trai ông Phan Văn Hạ", "ROLE"),),
    ),
    # A range written with `đến` or `và` is two DATEs; with a hyphen it is one.
    ("Trong hai ngày [3.5]DATE và [4.5.2019]DATE, hội nghị họp.", (("ngày 3.5", "DATE"),)),
    ("Đoàn làm việc từ [12-3]DATE đến [15-3]DATE ở tỉnh.", (("12-3 đến 15-3", "DATE"),)),
    ("Dự kiến [ngày 27-29/5/2023]DATE, quân đội tập trận.", ()),
    ("Thông tư số 12 [ngày 3/8/1998]DATE và tàu SE1 [ngày 11/3]DATE.", ()),
    ("Lúc 10h thứ ba [ngày 5-4]DATE, đoàn đến.", ()),
    ("Kế hoạch 5 năm [2021-2025]DATE được thông qua.", (("năm 2021-2025", "DATE"),)),
    ("Kỳ họp kéo dài từ [ngày 7]DATE đến [19-5]DATE.", ()),
    ("Ông giữ chức từ [năm 1991]DATE đến [1995]DATE, rồi [năm 2001-2003]DATE về hưu.", ()),
    # Lookalikes: shares and scores joined by `đến` or `và`.
    ("Số phiếu tăng từ 2/5 đến 3/5 tổng số phiếu.", (("2/5", "DATE"), ("3/5", "DATE"))),
    ("Đội nhà thắng 2-1 và 1-0 trong hai trận.", (("2-1", "DATE"), ("1-0", "DATE"))),
    # A day larger than its month is no share (`từ 18/10`).
    ("Quy định áp dụng từ [20/6]DATE nếu không có gì thay đổi.", ()),
    # Weekday with its date, a byline's timestamp, a term, a year in brackets.
    ("Phát biểu [hôm thứ Hai 7/3]DATE, ông nói rõ.", ()),
    ("Hà Linh - [Thứ sáu, 13/05/2022 09:10]DATE (GMT+7)", ()),
    ("[Hôm thứ Ba (14/5)]DATE, ông nói.", ()),
    ("[Thứ hai]DATE, [ngày 9/5]DATE, đoàn lên đường.", ()),
    ("Hội nghị bàn về công tác [nhiệm kỳ khóa X]DATE của Đảng.", ()),
    ("Số đại biểu [nhiệm kỳ 4]DATE tái cử là 12 người.", ()),
    ("Luật quy định nhiệm kỳ 5 năm cho mỗi khóa.", (("nhiệm kỳ 5", "DATE"),)),
    ("Ông ra tù, nhưng 3 năm sau ([1999]DATE) lại bị bắt.", ()),
    ("Bảng giá (2023) được niêm yết.", (("2023", "DATE"),)),
    # A period next to the article's own is a DATE, qualifier inside; counts are not.
    ("[Cuối tuần trước]DATE, hãng phát hành bản mới; [mùa hè năm nay]DATE sẽ nóng.", ()),
    ("Giá đã tăng so với [năm ngoái]DATE; [tuần tới]DATE sẽ giảm.", ()),
    ("Lãi suất giảm so với tuần trước đó.", (("tuần trước", "DATE"),)),
    ("Ông từ chức chỉ một tuần trước ngày bầu cử.", (("tuần trước", "DATE"),)),
    (
        "Trong 5 năm tới, nhiều năm nay, hàng chục năm nay, vài tuần tới giá tăng.",
        (("năm tới", "DATE"), ("năm nay", "DATE"), ("tuần tới", "DATE")),
    ),
    # Qualifiers of a month or year are inside.
    ("Công trình xong [nửa cuối năm 2024]DATE và khởi công [thượng tuần tháng 4]DATE.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_pattern_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


_ENDINGS = [
    "Nguyễn Văn Nam - Thứ ba, 3/5/2022",
    "Hà Linh - Thứ sáu, 13/05/2022 09:10",
    "Phát biểu hôm thứ Hai 7/3",
    "Trong hai ngày 3.5 và 4.5.2019",
    'Bị cáo Tuấn "cá mập"',
    "Bị cáo Lê Văn Hòa (trưởng phòng kế hoạch 2)",
    "Quân đội kiểm soát Lozovoe, Rozovka, Tavrisk",
    "Nâng cấp quốc lộ 2 đoạn Cầu Giấy - Lê Văn Lương",
    "Các xã Thuần Lộc (Hậu Lộc), Tế Tân (Nông Cống)",
    "Trụ sở bị phong tỏa. Thu Hà - Minh Khôi",
]


@pytest.mark.parametrize("line", _ENDINGS + [c[0] for c in CASES])
def test_every_cut_of_a_pattern_is_read_without_error(rules: RuleSuggester, line: str) -> None:
    """A pattern cut short at any word (a line that ends mid-date, mid-list, mid-aside)
    gives spans inside the text, never an error."""
    text = re.sub(r"\[([^\[\]]+)\][A-Z]+", r"\1", line)
    words = text.split(" ")
    for cut in range(1, len(words) + 1):
        part = " ".join(words[:cut])
        for s in rules.suggest(part):
            assert 0 <= s.start < s.end <= len(part)
