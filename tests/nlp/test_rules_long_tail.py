"""Spans decided by the words around them: troops of a country, state farms, a law's country.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A group counted out of a country's troops: the country is a place, no body.
    ("Một nhóm quân [Nga]LOC bị bao vây gần sân bay.", (("quân Nga", "ORG"),)),
    ("Pháo binh tấn công cụm quân [Ukraine]LOC ở phía nam.", (("quân Ukraine", "ORG"),)),
    ("Một toán quân [Mỹ]LOC đã rút khỏi căn cứ.", (("quân Mỹ", "ORG"),)),
    ("Hai tốp quân [Israel]LOC tiến vào thị trấn.", (("quân Israel", "ORG"),)),
    # Lookalikes: the force itself, unsplit by a group noun, is one body.
    ("[Quân Nga]ORG kiểm soát thành phố.", (("Nga", "LOC"),)),
    ("[Quân đội Ukraine]ORG rút lui.", (("Ukraine", "LOC"),)),
    ("Tàu chiến của hải quân Pháp cập cảng.", (("quân Pháp", "ORG"),)),
    # A state farm or forestry enterprise opens a body's name, and a post's.
    ("Ông về [Nông trường Sông Hậu]ORG năm 1975.", ()),
    ("1973: [Giám đốc Lâm trường Đồng Hỷ]ROLE, [Thái Nguyên]LOC.", ()),
    ("Công nhân [Lâm trường Lạc Thủy]ORG trồng rừng.", ()),
    # Lookalikes: the nouns in lower case are a kind of place, no name.
    ("Anh làm ở một lâm trường gần Bảo Lộc.", (("lâm trường", "ORG"),)),
    ("Các nông trường Cà Mau đã thu hoạch.", (("nông trường Cà Mau", "ORG"),)),
    # A battle front named after its places: the place alone.
    ("Mặt trận [Zaporizhzhia]LOC: giao tranh tiếp diễn.", (("Mặt trận", "ORG"),)),
    ("Mặt trận [Kupyansk-Lyman]LOC vẫn nóng.", (("Mặt trận", "ORG"),)),
    ("Mặt trận [Kharkov]LOC: quân đội tiến.", (("Mặt trận Kharkov", "ORG"),)),
    ("Mặt trận [Donbass]LOC vẫn nóng.", (("Mặt trận Donbass", "ORG"),)),
    # Lookalikes: a front that is a body names itself with words.
    ("[Mặt trận Tổ quốc]ORG tổ chức hội nghị.", ()),
    ("Ông là thành viên [Mặt trận Dân tộc thống nhất]ORG.", ()),
    # A one-syllable country after a word of location.
    ("Đại sứ quán Nga tại [Anh]LOC hôm qua ra tuyên bố.", ()),
    ("Bà từng học ở [Ý]LOC nhiều năm.", ()),
    ("Đoàn sẽ sang [Anh]LOC vào tháng tới.", ()),
    # Lookalikes: a district, a person, a pronoun.
    ("Ông sinh ra tại Anh Sơn, Nghệ An.", (("Anh", "LOC"),)),
    ("Lỗi không phải tại anh ấy.", (("anh", "LOC"),)),
    ("Chị gửi thư tới Anh Tuấn hôm qua.", (("Anh", "LOC"),)),
    # The Central Committee one is elected into, in lower case.
    ("Ông được bầu vào [trung ương]ORG năm 2001.", ()),
    ("Nhiều người ứng cử vào [trung ương]ORG khóa này.", ()),
    ("Cán bộ trẻ mới vào [trung ương Đảng]ORG thì cần rèn luyện.", ()),
    # Lookalikes: the centre as a level, an adjective.
    ("Dự án được chuyển vào trung ương quản lý.", (("trung ương", "ORG"),)),
    ("Các bộ, ngành trung ương đã họp.", (("trung ương", "ORG"),)),
    ("Cán bộ từ địa phương đến trung ương đều dự.", (("trung ương", "ORG"),)),
    # A lowercase body spelled out before its listed abbreviation.
    ("Theo đề nghị của [cơ quan điều tra (CQĐT)]ORG, ông bị tạm giam.", ()),
    ("Sau đó [hội đồng xét xử (HĐXX)]ORG nghị án.", ()),
    # Lookalikes: the abbreviation is no listed body, or the initials differ.
    ("Ông được cấp giấy chứng nhận quyền sử dụng đất (QSDĐ).", (("sử dụng đất (QSDĐ)", "ORG"),)),
    ("Họ họp với cơ quan chức năng (CQĐT) hôm qua.", (("cơ quan chức năng (CQĐT)", "ORG"),)),
    # The bodies a meeting elects: a secretariat among them.
    ("Đại biểu gửi câu hỏi. [Ban thư ký]ORG sẽ tập hợp lại.", (("thư ký", "ROLE"),)),
    # Lookalike: a secretary of a body is a post.
    ("Ông Nam, [thư ký Ban Tuyên giáo]ROLE, phát biểu.", (("Ban thư ký", "ORG"),)),
    # A unit's code after a word for the unit or its staff.
    ("Các cán bộ [A25]ORG đã thu giữ tài liệu.", ()),
    ("Khu đất thuộc đơn vị [Z176]ORG nằm ven sông.", ()),
    # Lookalikes: a plane, a road, a code with nothing before it.
    ("Chiếc máy bay A320 hạ cánh an toàn.", (("A320", "ORG"),)),
    ("Xe chạy trên tuyến đường B52 cũ.", (("B52", "ORG"),)),
    ("Mẫu Z10 ra mắt tuần trước.", (("Z10", "ORG"),)),
    # A place closing a law's lowercase name is the name's last part.
    ("Quốc hội thảo luận [Luật đường sắt Việt Nam]DOC; [Luật dược]DOC.", ()),
    ("Quốc hội cho ý kiến về [Luật hàng hải Việt Nam (sửa đổi)]DOC.", ()),
    ("Họ nghiên cứu [Luật chống độc quyền Hoa Kỳ]DOC.", ()),
    # Lookalikes: punctuation before the place, or a clause after it, ends the name.
    (
        "Theo [Luật đất đai]DOC, [Việt Nam]LOC cấm mua bán đất.",
        (("Luật đất đai, Việt Nam", "DOC"),),
    ),
    ("Theo [Luật điện lực]DOC [Hà Nội]LOC ban hành quy chế.", (("Luật điện lực Hà Nội", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_extent_is_decided_by_the_words_around_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
