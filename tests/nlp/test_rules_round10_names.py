"""Round 10 patterns of bodies, outlets, documents and places that unseen outlets write.

Outlets' signatures and state agencies abroad, a compass point before a
country, plants and bases in lowercase before their name, committees set up
for a task, laws by name, joint statements, commentators' and scholars'
trades, companies after a lowercase business word, names in lists of
people, bodies across a dash, nicknames after a cue, datelines after a
headline, documents with issuer and subject, companies by
their short name. Each sentence is written here, not copied from an article;
`[surface]LABEL` marks a span the rules must suggest, `wrong` lists
(surface, label) pairs they must not.
"""

from __future__ import annotations

import re

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An online edition's signature before a lead, as other outlets sign with TTO, NLĐO.
    ("Quân đội rút khỏi thị trấn [PLO]ORG - [Bộ Y tế]ORG cho biết.", ()),
    ("Giá xăng tăng lần thứ ba [TPO]ORG - Sáng nay, giá dầu giảm.", (("TPO", "PER"),)),
    # A state news agency abroad is an ORG; its country stays a LOC of its own.
    (
        "Hãng thông tấn nhà nước [Triều Tiên]LOC ([KCNA]ORG) đưa tin.",
        (("Triều Tiên (KCNA)", "LOC"),),
    ),
    ("Hãng [Rossiya Segodnya]ORG dẫn lời ông [Sergei Lavrov]PER.", (("Rossiya Segodnya", "PER"),)),
    ("Theo [Anadolu]ORG, [Thổ Nhĩ Kỳ]LOC sẵn sàng làm trung gian.", (("Anadolu", "PER"),)),
    ("Chuyên gia [Mark Cancian]PER của [Defense One]ORG nhận định.", ()),
    # A capitalised compass point after `phía`/`miền` names a part of the country after it.
    ("Đoàn xe xuất hiện ở phía Nam [Ukraine]LOC hôm qua.", (("Nam Ukraine", "PER"),)),
    ("Giao tranh lan ra miền Đông [Syria]LOC.", ()),
    ("Ông [Nam Ukraine]PER không có thật, nhưng ông Nam đến [Ukraine]LOC.", ()),
    # A power plant or a base written in lowercase: the name alone is the place.
    ("Điện bị cắt tại nhà máy điện hạt nhân [Zaporizhzhia]LOC của [Ukraine]LOC.", ()),
    ("Máy bay được đưa tới căn cứ không quân [Ramstein]LOC ở [Đức]LOC.", ()),
    ("Tàu cập căn cứ hải quân [Cam Ranh]LOC.", (("căn cứ hải quân Cam Ranh", "LOC"),)),
    # Lookalikes: `căn cứ` meaning "based on" an article or a document is no base.
    ("Căn cứ Điều 12 của luật, tòa tuyên án.", (("Căn cứ Điều", "LOC"),)),
    ("Căn cứ Kết luận của [Bộ Chính trị]ORG, tỉnh triển khai.", (("Căn cứ Kết", "LOC"),)),
    # A committee set up for a task is named by the task, after a founding verb.
    (
        "Tỉnh thành lập [Ban chỉ đạo rà soát các dự án treo]ORG do [Phó Chủ tịch]ROLE làm trưởng ban.",
        (),
    ),
    ("Bộ lập [Tổ công tác kiểm tra việc cấp phép khai thác cát]ORG.", ()),
    ("Quốc hội thành lập [Ủy ban lâm thời điều tra vụ sạt lở]ORG tháng trước.", ()),
    ("Tuyên bố của [Chính phủ lâm thời]ORG được công bố.", ()),
    ("Việc thành lập [Ủy ban lâm thời]ORG như đề xuất chưa được thông qua.", ()),
    # Lookalikes: no founding verb, a lowercase team, a year after the task.
    ("[Ban chỉ đạo]ORG họp bàn kế hoạch.", (("Ban chỉ đạo họp bàn kế hoạch", "ORG"),)),
    ("Huyện lập tổ công tác rà soát đất đai.", (("tổ công tác rà soát đất đai", "ORG"),)),
    (
        "Sở thành lập [Hội đồng thi tuyển viên chức]ORG [năm 2023]DATE.",
        (("Hội đồng thi tuyển viên chức năm", "ORG"),),
    ),
    # A law's name ends before the word saying how new it is; `Luật` + a verb is the law acting.
    (
        "Dù [Luật Thanh niên]DOC mới được thông qua, nhiều điều chưa rõ.",
        (("Luật Thanh niên mới", "DOC"),),
    ),
    ("Theo [Luật Quy hoạch]DOC hiện hành, tỉnh phải lập lại.", ()),
    (
        "Việc bãi nhiệm, Luật quy định tiến hành khi có đủ phiếu.",
        (("Luật quy định tiến hành", "DOC"),),
    ),
    ("Luật cho phép cử tri kiến nghị.", (("Luật cho phép cử tri kiến nghị", "DOC"),)),
    # A joint statement or communiqué is one paper; the visit it is about is an EVENT.
    (
        "Hai nước ra [Tuyên bố chung]DOC về [chuyến thăm chính thức]EVENT [Lào]LOC.",
        (("Tuyên bố chung về chuyến", "DOC"),),
    ),
    ("[Thông cáo báo chí]DOC về [chuyến thăm]EVENT được phát đi.", ()),
    ("[Thông cáo chung]DOC về việc nâng cấp quan hệ được công bố.", ()),
    ("[Thông cáo báo chí số 12/TCBC]DOC đã nêu rõ.", ()),
    ("Hai bên ra tuyên bố chung sau hội đàm.", (("tuyên bố chung", "DOC"),)),
    ("Tuyên bố với báo chí, ông nói rõ lập trường.", (("Tuyên bố", "DOC"),)),
    # A commentator's or scholar's trade right before the name is a ROLE.
    ("Theo [bình luận viên]ROLE [Andrew Kramer]PER, ý tưởng rất đơn giản.", ()),
    ("[Luật gia]ROLE [Trần Văn Bình]PER cho rằng luật còn kẽ hở.", ()),
    ("Theo [chuyên gia quân sự]ROLE [Michael Kofman]PER, đòn đánh đã được chuẩn bị.", ()),
    ("[Nhà sử học]ROLE [Dương Trung Quốc]PER nhắc lại.", ()),
    # Lookalikes: in general, plural or counted, with a nationality, a section's name.
    ("Các chuyên gia của [Intel]ORG đã tìm ra cách.", (("chuyên gia của Intel", "ROLE"),)),
    ("Ông là một nhà phân tích độc lập.", (("nhà phân tích", "ROLE"),)),
    ("Đoàn chuyên gia [Nhật Bản]LOC sang làm việc.", (("chuyên gia Nhật Bản", "ROLE"),)),
    ("Chuyên gia quân sự [Nga]LOC nhận định khác.", (("Chuyên gia quân sự Nga", "ROLE"),)),
    ("Mục Tin nhanh, Chuyên gia trả lời, Hỏi đáp.", (("Chuyên gia", "ROLE"),)),
    # A rank before a country and a name keeps the country (the post's, not a nationality).
    ("[Thiếu tướng Nga]ROLE [Igor Petrov]PER thiệt mạng.", ()),
    # A foreign-shaped name or an acronym after a lowercase business word is a company.
    ("Tiền được chuyển qua ngân hàng [Sberbank]ORG của [Nga]LOC.", ()),
    ("Video lan truyền trên kênh [Telegram]ORG và mạng xã hội [Twitter]ORG.", ()),
    # A lowercase company head joins the name (the gold's `[tập đoàn Intel]`, news20).
    ("Hợp đồng được ký với [tập đoàn Rosatom]ORG năm ngoái.", (("Rosatom", "ORG"),)),
    ("Khách hàng của ngân hàng [ACB]ORG tăng nhanh.", ()),
    # Lookalikes: a country, a legal form, a Vietnamese word, a two-letter acronym.
    ("Các ngân hàng [Nga]LOC bị cấm giao dịch.", (("Nga", "ORG"),)),
    ("Nhiều công ty TNHH trong tỉnh đã giải thể.", (("TNHH", "ORG"),)),
    ("Ông mở kênh TV riêng.", (("TV", "ORG"),)),
    ("Họ làm cho công ty Hoa Sen ở quận 1.", (("Hoa Sen", "ORG"),)),
    # A short or uncommon name inside a list of people is one more name.
    (
        "Bị cáo gồm [Nguyễn Văn Tùng]PER, [Hà Lâm]PER, [Phạm Thị Mai]PER và [Lê Văn Sáu]PER.",
        (),
    ),
    ("Danh sách: [Lê Văn Giản]PER, [Trần Đức Hải]PER, [Sùng A Páo]PER.", ()),
    # Lookalikes: places, a body or a title in the list are not people.
    (
        "Ông [Nguyễn Văn An]PER, [Trần Văn Bình]PER, [Hà Nội]LOC, [Đà Nẵng]LOC.",
        (("Hà Nội", "PER"), ("Đà Nẵng", "PER")),
    ),
    ("[Nguyễn Văn An]PER, [Lê Thị Hoa]PER, [Hội Nông dân]ORG cùng ký.", (("Hội Nông dân", "PER"),)),
    ("Sáng nay, Hà Lâm, Đồng Văn nắng nóng.", (("Hà Lâm", "PER"), ("Đồng Văn", "PER"))),
    # A department and, after a dash spaced or glued, the ministry or police it belongs to.
    ("Hồ sơ chuyển cho [Cơ quan Cảnh sát điều tra-Công an tỉnh Nghệ An]ORG xử lý.", ()),
    ("[Cục Cảnh sát giao thông - Bộ Công an]ORG cho biết.", ()),
    ("Ông là [trưởng Phòng tổng hợp Cục Thuế-Bộ Tài chính]ROLE từ năm ngoái.", ()),
    # A body's name in two parts across a dash; a list of two bodies stays two.
    ("[Ban Văn hóa - Xã hội Thành ủy]ORG tổ chức hội thảo.", ()),
    ("[Viện Kinh tế - Xã hội Hà Nội]ORG công bố báo cáo.", ()),
    ("[Ban Tuyên giáo]ORG - [Ban Dân vận Tỉnh ủy]ORG họp chung.", ()),
    ("[HĐND]ORG-[UBND tỉnh]ORG ra thông báo.", ()),
    # A body's name goes on after `và` in title case up to its place and abbreviation.
    (
        "[Viện Phòng chống và Kiểm soát Dịch bệnh châu Á (ACDC)]ORG cảnh báo. "
        "Theo [ACDC]ORG, dịch đang lan.",
        (),
    ),
    # A bracketed abbreviation after a place is the place's only if it could stand for it.
    ("Hãng tin [Iran]LOC (FNA) đưa tin.", (("Iran (FNA)", "LOC"), ("Iran", "ORG"))),
    ("[Cộng hòa Nhân dân Lugansk (LPR)]LOC tuyên bố.", ()),
    # After a cue (`biệt danh là`) a nickname may be of two or three words; it then goes
    # with the name wherever written.
    (
        "Bị cáo [Trần Văn Long]PER (biệt danh là [Long “mặt sắt”]PER) khai. "
        "Sau đó [Long “mặt sắt”]PER bỏ trốn.",
        (),
    ),
    ('Ông nói [Hà Nội]LOC "nóng như lửa" suốt tuần.', (('Hà Nội "nóng như lửa"', "PER"),)),
    # A headline running on into its dateline: the dateline's first word is no name's.
    ("Phiên tòa đầu tiên ở [Đà Nẵng]LOC [Ngày 6-3]DATE, tòa tuyên án.", (("Đà Nẵng Ngày", "PER"),)),
    ("Ông [Lê Văn Ngày]PER đã đến.", ()),
    # A numbered document keeps its issuer when its subject follows; ending it, the issuer
    # is its own span.
    (
        "Tỉnh thực hiện [Nghị quyết 12 của Hội đồng nhân dân tỉnh về giá đất nông thôn]DOC.",
        (),
    ),
    ("Theo [Chỉ thị số 05-CT/TW]DOC của [Bộ Chính trị]ORG, các cấp phải làm.", ()),
    (
        "Theo [Quyết định 45/QĐ-UBND của Chủ tịch UBND tỉnh về việc thu hồi đất]DOC, dân phải đi.",
        (),
    ),
    (
        "Theo [Quyết định 45/QĐ-UBND]DOC của [Chủ tịch UBND tỉnh]ROLE về việc phê duyệt.",
        (("Quyết định 45/QĐ-UBND của Chủ tịch UBND tỉnh về việc", "DOC"),),
    ),
    # A building's name in title case runs on to its city.
    ("Lễ mít tinh diễn ra tại [Cung Văn hóa Thiếu nhi Đà Nẵng]LOC sáng nay.", ()),
    # Prisons and police teams are bodies with their name.
    ("Bị can được đưa về [Trại tạm giam Công an tỉnh Thanh Hóa]ORG.", ()),
    ("Theo [Trại giam Xuân Lộc]ORG, phạm nhân đã được đặc xá.", ()),
    ("[Đội Cảnh sát giao thông Công an huyện Sóc Sơn]ORG lập biên bản.", ()),
    ("Đội tuyển [Việt Nam]LOC thắng, ông Đội Văn Tâm nói.", (("Đội tuyển Việt Nam", "ORG"),)),
    # A company named once with its head is named by its name alone afterwards.
    (
        "Dự án giao cho [Công ty cổ phần Minh Long]ORG. Sau đó [Minh Long]ORG bỏ dở, "
        "[Công ty 36]ORG làm tiếp.",
        (),
    ),
    (
        "Ông là [giám đốc Công ty Hải Phòng Vinatrans]ROLE. [Vinatrans]ORG đã nộp thuế; "
        "[Hải Phòng Vinatrans]ORG khai.",
        (("Hải Phòng", "LOC"),),
    ),
    # A short name given in brackets after a body is its name too; closed right after the
    # name, the brackets are inside the body's span.
    (
        "[Ngân hàng TMCP Hàng Hải]ORG ([MaritimeBank]ORG - mã MSB) họp. Cổ đông [MaritimeBank]ORG đồng ý.",
        (),
    ),
    ("[Tập đoàn Dầu khí Việt Nam (PetroVN)]ORG lỗ. [PetroVN]ORG vay thêm.", ()),
    # Lookalikes: a number or a place after the head names no company to carry.
    ("[Công ty 36]ORG nhận thầu. Ngày 36 người đến.", (("36", "ORG"),)),
    ("[Công ty Đà Nẵng]ORG tuyển người ở [Đà Nẵng]LOC.", (("Đà Nẵng", "ORG"),)),
    # Transport fields whose second syllable is a grammar word; a field's region.
    ("[Cục Hàng không Việt Nam]ORG cho biết chuyến bay bị hủy.", (("Việt Nam", "LOC"),)),
    ("Đại diện [Cảng vụ hàng không miền Nam]ORG đã có mặt.", ()),
    ("[Ban quản lý Đường sắt đô thị Đà Nẵng]ORG trình dự án.", ()),
    ("Mưa lớn ở các tỉnh miền Trung, hàng không Mỹ hủy chuyến.", (("tỉnh miền Trung", "ORG"),)),
    # A body named in lowercase fields goes on across `và` (and commas before it).
    ("[Viện nghiên cứu văn hóa, giáo dục và môi trường]ORG công bố khảo sát.", ()),
    ("Ông là [Viện trưởng Viện Khoa học pháp lý và kinh tế số Việt Nam]ROLE.", ()),
    ("[Công ty Thương mại Du lịch và đầu tư xây dựng Nghệ An]ORG phá sản.", ()),
    # Lookalikes: people or other bodies after `và`, a ministry, a phrase going on.
    (
        "[Công ty Cây xanh]ORG và người dân đã trồng cây.",
        (("Công ty Cây xanh và người dân", "ORG"),),
    ),
    ("[Trung tâm Y tế]ORG và các bệnh viện đã họp.", (("Trung tâm Y tế và các bệnh viện", "ORG"),)),
    (
        "[Bộ Tài chính]ORG và ngân hàng trung ương thống nhất.",
        (("Bộ Tài chính và ngân hàng", "ORG"),),
    ),
    # Departments whose name starts with a grammar word are named whole.
    ("Theo [Vụ Cân đối ngân sách]ORG, thu ngân sách tăng.", ()),
    ("[Vụ trưởng Vụ Các tổ chức quốc tế]ROLE [Lê Văn Hòa]PER phát biểu.", ()),
    # A capitalised particle opens a foreign name; it is no word of the body before it.
    ("[Chủ tịch Ủy ban châu Âu]ROLE [Von der Leyen]PER phát biểu.", (("Von der", "ROLE"),)),
    ("Ông [De Gaulle]PER đến thăm.", ()),
    # A body of a counted group of places named by their region.
    ("Bằng được trao cho [Chủ tịch UBND 4 tỉnh Tây Bắc]ROLE: [Lai Châu]LOC, [Sơn La]LOC.", ()),
    ("Công an 2 tỉnh [Hà Tĩnh]LOC và [Nghệ An]LOC phối hợp.", (("Công an 2 tỉnh Hà Tĩnh", "ORG"),)),
    # A body's one-syllable head alone inside a sentence is the body named before it.
    ("[Hội Nông dân tỉnh]ORG họp. Khi ấy [Hội]ORG mới có 300 hội viên.", ()),
    ("[Đội Quản lý thị trường]ORG kiểm tra. Sau đó, [Đội]ORG lập biên bản.", ()),
    # Lookalikes: a word the head starts, a person, a head no body was named with.
    ("[Bộ Công an]ORG cho biết. Anh là Bộ đội, quen Trường hợp ấy.", (("Bộ", "ORG"),)),
    ("Khi ấy Hội mới có 300 hội viên.", (("Hội", "ORG"),)),
    # Ministries and councils by their initials, inside a post too.
    ("[Phát ngôn viên BQP Nga]ROLE [Igor Ivanov]PER cho biết.", ()),
    ("Theo [HĐBA]ORG, lệnh trừng phạt vẫn giữ.", ()),
    # A named armed force or branch is one body; a kind of force is none.
    ("Các đơn vị của [Lực lượng Dù Nga]ORG đã vào thành phố.", ()),
    ("Ông phục vụ trong [Lực lượng Vũ trang Cách mạng Cuba]ORG 3 năm.", ()),
    ("[Lực lượng Nga]ORG rút khỏi thị trấn.", (("Lực lượng Nga rút", "ORG"),)),
    ("Lực lượng công an nhanh chóng có mặt.", (("Lực lượng công an", "ORG"),)),
    # A titled document with its short form in brackets; a type alone is none.
    ("Hai bên hoàn thành [Chương trình Hành động (PoA)]DOC sớm.", ()),
    ("Theo Kế hoạch (KH) năm nay, tỉnh làm.", (("Kế hoạch (KH)", "DOC"),)),
    # More lookalikes met on unannotated articles: a company named after a place keeps the
    # place after `ở` or a natural feature; a longer head is no bare back-reference; a trade
    # with a nationality before a name keeps it.
    ("[Công ty cổ phần Đại Lâm]ORG khai thác cát ở [Đại Lâm]LOC.", (("Đại Lâm", "ORG"),)),
    ("[Công ty cổ phần Đại Lâm]ORG xả thải xuống hồ Đại Lâm.", (("Đại Lâm", "ORG"),)),
    (
        "[Ban Chỉ đạo Trung ương]ORG họp. Vụ việc xảy ra tại Ban quản lý các dự án.",
        (("Ban", "ORG"),),
    ),
    (
        "Theo [chuyên gia Mỹ]ROLE [Scott Miller]PER, đòn đánh đã chuẩn bị.",
        (("Mỹ Scott Miller", "PER"),),
    ),
    ("[Chính phủ]ORG yêu cầu các Bộ ngành trung ương báo cáo.", (("Bộ", "ORG"),)),
    (
        "Đoàn của [Cục Giám định]ORG và quản lý chất lượng công trình xây dựng giao thông đến.",
        (("Cục Giám định và quản lý chất lượng công", "ORG"),),
    ),
    # A congress's report on the party is one paper like its political report.
    ("Đại biểu góp ý vào dự thảo [báo cáo xây dựng Đảng]DOC.", (("dự thảo báo cáo", "DOC"),)),
    ("Tỉnh báo cáo xây dựng kế hoạch.", (("báo cáo xây dựng", "DOC"),)),
    # A body's representative in brackets after a name is the person's post.
    ("Theo bà [Lê Thị Hoa]PER ([đại diện Sở Y tế tỉnh Nghệ An]ROLE), dịch đã giảm.", ()),
    ("Ông [An]PER, đại diện [Bộ Y tế]ORG, cho biết.", (("đại diện Bộ Y tế", "ROLE"),)),
    # A trade's field ends where the person's name starts.
    ("[Nhà phân tích hải quân]ROLE [Li Jie]PER tại [Bắc Kinh]LOC nói.", ()),
    # A region by its abbreviation.
    ("Cảng là cửa ngõ của vùng [ĐBSCL]LOC ra biển.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_pattern_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize("line", [c[0] for c in CASES])
def test_every_cut_of_a_pattern_is_read_without_error(rules: RuleSuggester, line: str) -> None:
    """A pattern cut short at any word gives spans inside the text, never an error."""
    text = re.sub(r"\[([^\[\]]+)\][A-Z]+", r"\1", line)
    words = text.split(" ")
    for cut in range(1, len(words) + 1):
        part = " ".join(words[:cut])
        for s in rules.suggest(part):
            assert 0 <= s.start < s.end <= len(part)
