"""Party cells of an agency, the Central Committee acting, governments by their leader,
investigating agencies with `của`, and papers by initials, plenum and code.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

BODIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A party cell with `cơ quan` and the agency, or a firm's acronym or brand.
    (
        "Sáng nay, [Đảng bộ cơ quan LĐLĐ TPHCM]ORG đã tổng kết hoạt động năm.",
        (("Đảng bộ", "ORG"), ("LĐLĐ TPHCM", "ORG")),
    ),
    ("Nhiệm vụ này được [Đảng ủy TCT]ORG xác định từ đầu.", (("TCT", "ORG"),)),
    ("Đó là mục tiêu của [Đảng bộ Vinaco]ORG trong 5 năm tới.", (("Đảng bộ", "ORG"),)),
    # A congress's paper named after the cell takes the agency too.
    ("(Nguồn: [Văn kiện Đại hội Đảng bộ cơ quan LĐLĐ TPHCM]DOC)", (("LĐLĐ TPHCM", "ORG"),)),
    # Near misses: the cell before a coordination or a lowercase word stays alone.
    ("[Đảng bộ]ORG, chính quyền và nhân dân thủ đô cùng phấn đấu.", ()),
    # A kind of cell or an honour names no body.
    (
        "Giữ vững danh hiệu Đảng bộ trong sạch vững mạnh, phát triển Đảng bộ bộ phận.",
        (("Đảng bộ", "ORG"),),
    ),
    # The Central Committee nominating, or opening a sentence with what it does.
    (
        "Số ủy viên do [Trung ương]ORG giới thiệu là 174 người.",
        (),
    ),
    ("Bởi vậy. [Trung ương]ORG phải căn cứ vào nhiệm vụ mới.", ()),
    ("Tôi đề nghị xin ý kiến [trung ương]ORG xem có nên làm không.", ()),
    # Near misses: the centre as a level, mid-sentence or joined to another level.
    (
        "Có 90% doanh nghiệp do Trung ương quản lý, thì trung ương phải làm tốt.",
        (("Trung ương", "ORG"), ("trung ương", "ORG")),
    ),
    ("Trung ương và địa phương cùng làm.", (("Trung ương", "ORG"),)),
    # An investigating agency with `của` and its owner is one body.
    (
        "[Cơ quan điều tra của Bộ Công an]ORG đã kết luận vụ việc.",
        (("Bộ Công an", "ORG"),),
    ),
    ("Hồ sơ đã chuyển cho cơ quan điều tra của tỉnh.", (("cơ quan điều tra của tỉnh", "ORG"),)),
    # A government or cabinet by its leader's full name.
    (
        "Các quan chức dưới [chính quyền Saddam Hussein]ORG đã bị bắt.",
        (("chính quyền Saddam", "ORG"),),
    ),
    ("Ông từng là bộ trưởng trong [nội các Silvio Berlusconi]ORG.", ()),
    # Near misses: a government with its country keeps the country reading; a post's
    # body before its holder stays the post's.
    ("Phái đoàn đã gặp [chính phủ Ukraine]ORG hôm qua.", ()),
    (
        "[Thủ tướng chính phủ]ROLE [Phan Văn Khải]PER đã ký.",
        (("chính phủ Phan Văn Khải", "ORG"),),
    ),
    # A procuracy by its type charging a named person is that case's; in general none.
    ("Tháng 8, [Viện kiểm sát]ORG ra cáo trạng truy tố Kim về tội lừa đảo.", ()),
    ("Viện kiểm sát không còn quyền khởi tố vụ án hành chính.", (("Viện kiểm sát", "ORG"),)),
    # A police branch written as a name, with its city; a person's trade in lowercase.
    ("Sau vụ cháy, [Cảnh sát PCCC TP HCM]ORG đến kiểm tra.", (("TP HCM", "LOC"),)),
    ("Anh ta chuyển sang [Cảnh sát cơ động]ORG, rồi về quê.", ()),
    ("Người đến là anh Dũng, cảnh sát PCCC của phường.", (("cảnh sát PCCC", "ORG"),)),
    # A court chamber or police department with the court or police it belongs to.
    (
        "Theo quyết định của [Tòa kinh tế - Tòa án nhân dân TP.HCM]ORG, ông Định phải trả.",
        (("Tòa kinh tế", "ORG"),),
    ),
    # Near miss: two ministries listed with a dash stay two.
    ("[Bộ Tư pháp]ORG - [Bộ Công an]ORG phối hợp kiểm tra.", ()),
    # A foreign court by its capitalised name; a federation's government or court.
    ("Sau đó, [Tòa án Palermo]ORG cũng xét xử ông ta.", (("Tòa án Palermo cũng", "ORG"),)),
    ("Ông bị [Tòa án Tội phạm Chiến tranh]ORG truy tố.", ()),
    ("Thậm chí [Chính phủ liên bang]ORG phải thay đổi chính sách.", ()),
    # Near misses: federal courts in the plural; a court's type alone.
    ("Việc này còn rất ít tại các tòa án liên bang.", (("tòa án liên bang", "ORG"),)),
    ("Tòa án sẽ được tổ chức theo nhu cầu.", (("Tòa án", "ORG"),)),
    # A hospital by its capitalised name, a foreign one in lowercase; a city's stays a place.
    ("Theo kết luận của [Bệnh viện Lê Chân]ORG, thương tật là 0%.", ()),
    ("Nạn nhân điều trị tại [BV Trung ương Huế]ORG. Đề nghị đình chỉ.", ()),
    ("Sau đó, [bệnh viện Val-de-Grace]ORG đưa ra tuyên bố.", ()),
    (
        "Cắt vốn xây dựng [Bệnh viện YHDT]ORG đồng nghĩa với chậm tiến độ.",
        (("Bệnh viện YHDT đồng", "ORG"),),
    ),
    ("Quả đạn rơi trúng bệnh viện [Mariupol]LOC sau đó.", (("bệnh viện Mariupol", "ORG"),)),
    # The Supreme Court by its short name; the state inspectorate by its initials.
    ("Ông nộp đơn kiện lên [Toà tối cao]ORG vào tuần trước.", ()),
    ("Lãnh đạo [TTCP]ORG đã yêu cầu làm rõ.", ()),
]

PAPERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A paper by the initials of its kind and a number.
    ("Gia đình được bồi thường theo [NQ 388]DOC của Quốc hội.", ()),
    ("Quyết định theo [NĐ số 79]DOC đã có hiệu lực.", ()),
    # Near misses: initials without a number, or a number that counts.
    ("Trong NQ có nhiều điểm mới.", (("NQ", "DOC"),)),
    ("Đã ban hành QĐ 5 trang về việc này.", (("QĐ 5", "DOC"),)),
    # A congress's numbered resolution takes the congress; a general assembly's none.
    ("Thủ đô thực hiện [Nghị quyết 13 Đại hội Đảng bộ TP]DOC, còn hạn chế.", ()),
    ("Theo [Quyết định 12]DOC Đại hội đồng cổ đông đã họp.", ()),
    # A code by its initials.
    ("Theo Điều 47 [BLHS]DOC, mức án không sai.", ()),
    # A plenum's resolution in lowercase, its second sitting inside.
    ("Vì vậy mới đề ra [nghị quyết trung ương 6 (2)]DOC để chống tham nhũng.", ()),
    ("Tình hình đòi hỏi [nghị quyết Trung ương 6 lần 2]DOC ra đời.", ()),
    # Near miss: a resolution of the centre in general.
    ("Cần có nghị quyết trung ương về vấn đề này.", (("nghị quyết trung ương", "DOC"),)),
    # A resolution discussed or followed in spirit, its subject up to the clause's verb.
    ("Hội nghị khi bàn [nghị quyết về văn hóa]DOC, cũng nhấn mạnh đạo đức.", ()),
    (
        "Theo tinh thần của [nghị quyết về quy chế bầu cử]DOC là phiếu này sẽ là cơ sở.",
        (("nghị quyết về quy chế bầu cử là phiếu này sẽ là cơ sở", "DOC"),),
    ),
    # A resolution named by its act, adopted or spoken of; a draft is none.
    (
        "Quốc hội thông qua [nghị quyết phê chuẩn miễn nhiệm chức vụ Bộ trưởng Tư pháp]DOC"
        " đối với ông Lê Văn Ba.",
        (),
    ),
    ("Ủy ban vừa ra [nghị quyết huỷ bỏ kết quả bầu cử HĐND]DOC ở một số đơn vị.", ()),
    (
        "Ông đọc dự thảo nghị quyết phê chuẩn nhân sự.",
        (("nghị quyết phê chuẩn nhân sự", "DOC"),),
    ),
    # A treaty's bare year before a comma ends its title; a short form in brackets is inside.
    (
        "Ông đã rút khỏi [Hiệp ước chống tên lửa đạn đạo 1972]DOC, đưa lá chắn thành cam kết"
        " hồi [năm 2000]DATE.",
        (),
    ),
    ("Hai nước đã thực hiện [Hiệp định thương mại song phương (BTA)]DOC.", ()),
    # A national programme by its title, its period a DATE of its own; in lowercase none.
    (
        "Tỉnh triển khai [Chương trình mục tiêu quốc gia giảm nghèo bền vững]DOC"
        " [giai đoạn 2021-2025]DATE trên địa bàn.",
        (),
    ),
    ("Bộ tiếp tục thực hiện [Chương trình quốc gia phòng chống tội phạm]DOC.", ()),
    (
        "Tỉnh thực hiện một số chương trình mục tiêu quốc gia trong lĩnh vực y tế.",
        (("chương trình mục tiêu quốc gia", "DOC"),),
    ),
    # A paper whose content is cited after `Tại` takes what it carries out.
    (
        "Tại [chỉ thị về việc tiếp tục thực hiện Nghị quyết 09/1998/NQ-CP]DOC, Thủ tướng"
        " yêu cầu các bộ.",
        (("Nghị quyết 09/1998/NQ-CP", "DOC"),),
    ),
    # Projects listed by title after a plural `đề án`: after a colon between semicolons,
    # else capitalised between spaced dashes; projects in general give none.
    (
        "Bộ trình bổ sung các đề án: [Phòng chống tội phạm công nghệ cao]DOC; [Tăng cường"
        " năng lực dạy nghề cho phạm nhân]DOC; [xây dựng trung tâm thông tin tội phạm]DOC.",
        (),
    ),
    (
        "Thành phố thực hiện các đề án [Cải cách hành chính]DOC - [Nâng cao hiệu quả kinh"
        " tế]DOC; tổ chức tốt lễ kỷ niệm.",
        (("tổ chức tốt lễ kỷ niệm", "DOC"),),
    ),
    ("Bộ đã triển khai các đề án lớn của ngành.", (("lớn của ngành", "DOC"),)),
    # A national strategy by its name.
    ("[Chiến lược cải cách tư pháp]DOC có lưu ý vấn đề này.", ()),
    # A foreign act by its capitalised name; a law spoken of is none.
    ("Đứng đầu danh sách là [Đạo luật Yêu nước]DOC, sắp hết hạn.", ()),
    (
        "Quốc hội thông qua [Luật nhà ở]DOC. Đạo luật đầu tiên về nhà ở này có hiệu lực.",
        (("Đạo luật đầu tiên", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), BODIES)
def test_bodies_named_with_their_owner_or_acting(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), PAPERS)
def test_papers_by_initials_plenum_and_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
