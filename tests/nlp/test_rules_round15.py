"""Kinds of error that recurred in three or more blind sets (news3 … news12), round 15.

Each sentence is written here, not copied from an article: each pattern must
hold for bills, bodies and names the gold never saw, and its lookalikes (the
same words where the pattern must not fire) sit beside it. `[surface]LABEL`
marks a span the rules must suggest; `wrong` lists surfaces that must not be
suggested with that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

BILLS_BY_SUBJECT: list[Case] = [
    # A bill in lowercase keeps `dự luật` and runs to the end of its subject.
    ("Chiều nay các đại biểu góp ý [dự luật quản lý thuế]DOC tại hội trường.", ()),
    ("Ủy ban đã thẩm tra [dự luật an toàn thông tin mạng]DOC.", ()),
    ("Thượng viện Mỹ bác [dự luật chi tiêu quốc phòng]DOC hôm qua.", ()),
    ("[Dự luật bảo vệ người tiêu dùng]DOC sẽ được trình vào tháng tới.", ()),
    # After `dự án` or `dự thảo`, those words stay outside.
    ("Đến nay dự án [luật đầu tư công]DOC đã nhận 300 ý kiến.", ()),
    ("Họ bàn về dự thảo [luật giáo dục nghề nghiệp]DOC, chiều qua.", ()),
    # A subject pair joined by a comma runs on over `, chống`.
    ("Các tỉnh góp ý [dự luật phòng, chống ma túy]DOC trong tuần.", ()),
    (
        "Ông nhắc rằng [Pháp lệnh Phòng, chống lụt bão]DOC đã có hiệu lực từ lâu.",
        (("Pháp lệnh Phòng", "DOC"),),
    ),
    (
        "Hội đồng thẩm định [dự luật thực hành tiết kiệm, chống lãng phí]DOC vào sáng nay.",
        (("dự luật thực hành tiết kiệm", "DOC"),),
    ),
    # A word saying what happens to the law, or a question, stays outside.
    ("Khi [Luật cạnh tranh]DOC ra đời, doanh nghiệp mừng.", (("Luật cạnh tranh ra đời", "DOC"),)),
    ("Ông đánh giá [dự luật đặc khu kinh tế]DOC như thế nào?", ()),
    ("[Dự luật thuế tài sản]DOC vừa được trình Quốc hội.", ()),
    ("Khi [Luật phá sản]DOC có hiệu lực, nhiều công ty đóng cửa.", ()),
]

NO_BILL: list[Case] = [
    # No subject, a back reference, bills in the plural, or another word.
    ("Quốc hội thông qua dự luật này với 90% phiếu.", (("dự luật này", "DOC"),)),
    ("Dự luật gồm 8 chương, 96 điều.", (("Dự luật gồm", "DOC"),)),
    ("Các dự luật thuế đang chờ thẩm tra.", (("dự luật thuế", "DOC"),)),
    ("Năm nay có hai dự án luật sẽ được trình.", ()),
    ("Ông là luật sư bào chữa cho bị cáo.", (("luật sư bào chữa", "DOC"),)),
    ("Theo luật, công ty phải nộp phạt.", ()),
    ("Mọi người phải tuân thủ luật pháp hiện hành.", (("luật pháp hiện hành", "DOC"),)),
    ("Dự thảo luật là một bước tiến.", ()),
    # A comma that starts another matter ends the law's name.
    ("Ông vi phạm [Luật Đất đai]DOC, gây thiệt hại lớn.", (("Luật Đất đai, gây", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BILLS_BY_SUBJECT + NO_BILL)
def test_a_bill_or_law_is_named_by_its_whole_subject(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


REPORTS_BY_TITLE: list[Case] = [
    # A capitalised report whose title says what it gives account of.
    (
        "Hội nghị thông qua [Báo cáo công tác tuyên giáo năm 2024]DOC; sau đó bế mạc.",
        (("Báo cáo công tác tuyên giáo", "DOC"),),
    ),
    (
        "Tỉnh ủy nghe [Báo cáo kiểm điểm sự lãnh đạo của Ban Thường vụ Tỉnh ủy khóa XV]DOC.",
        (("Báo cáo kiểm điểm sự", "DOC"),),
    ),
    (
        "Đại hội thảo luận [Báo cáo một số vấn đề về sửa đổi quy chế bầu cử]DOC; nghe tờ trình.",
        (("quy chế bầu cử", "DOC"),),
    ),
    (
        "Ban Bí thư duyệt [Báo cáo kết quả thực hiện nghị quyết Trung ương 4 (lần 2) về "
        "chống suy thoái]DOC; sau đó ra kết luận.",
        (),
    ),
    ("Bộ trưởng trình bày [Báo cáo tình hình kinh tế - xã hội]DOC trước Quốc hội.", ()),
    # A report named by its kind only, and the verb opening a sentence, stay out.
    ("Ông so sánh Tờ trình với Báo cáo thẩm tra của Ủy ban.", (("Báo cáo thẩm tra", "DOC"),)),
    (
        "Ông nói vậy. Báo cáo kết quả kiểm tra tại cuộc họp, ông Hải cho biết đã xong.",
        (("Báo cáo kết quả kiểm tra", "DOC"),),
    ),
    ("Các sở phải báo cáo kết quả thực hiện trước ngày 15.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), REPORTS_BY_TITLE)
def test_a_report_is_named_by_its_title(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


FIELDS_JOINED_BY_ANY_DASH: list[Case] = [
    # A listed committee whose field opens a listed pair of fields runs on over it,
    # with a hyphen, an en dash or an em dash between them.
    (
        "Khi đó ông [phó chủ nhiệm Ủy ban Kinh tế – Ngân sách]ROLE lại chưa chịu nói thẳng.",
        (("Ngân", "PER"), ("phó chủ nhiệm Ủy ban Kinh tế", "ROLE")),
    ),
    ("[Chủ nhiệm Ủy ban Kinh tế — Ngân sách]ROLE vắng mặt hôm ấy.", (("Ngân", "PER"),)),
    ("Tờ trình gửi [Ủy ban Kinh tế - Ngân sách]ORG từ tuần trước.", ()),
    ("[Bộ Văn hóa – Thể thao và Du lịch]ORG vừa có văn bản.", ()),
    # A dash that opens an aside leaves the committee as it is.
    ("Đại diện [Ủy ban Kinh tế]ORG – ông [Hải]PER – phát biểu.", ()),
    # No dash: the committee keeps the assembly it belongs to after `của`, as every gold
    # file writes it (news14, news23, news27, heldout; round 30).
    ("[Ủy ban Kinh tế của Quốc hội]ORG họp chiều nay.", (("Quốc hội", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), FIELDS_JOINED_BY_ANY_DASH)
def test_a_committees_fields_join_across_any_dash(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


BOARDS_OF_BODIES: list[Case] = [
    # A party's board in a ministry, a secretariat or an editorial board of a named
    # body is one ORG with it.
    ("Nhờ sự ủng hộ của [ban cán sự Bộ Tư pháp]ORG, đề án được duyệt.", (("Bộ Tư pháp", "ORG"),)),
    ("[Ban cán sự đảng Bộ Công Thương]ORG đã họp chiều qua.", ()),
    ("Ông làm việc tại [ban thư ký Ủy ban Quốc gia]ORG từ năm ngoái.", ()),
    # A board alone, or boards in general, are no body.
    ("Các ban cán sự đảng đã kiểm điểm.", (("ban cán sự đảng", "ORG"),)),
    ("Ban thư ký sẽ tập hợp danh sách.", (("Ban thư ký sẽ", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BOARDS_OF_BODIES)
def test_a_board_of_a_body_is_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


STEERING_BOARDS: list[Case] = [
    # A steering board keeps the programme it carries out, in its posts too.
    ("Thay mặt [Ban chỉ đạo cải cách hành chính]ORG tôi xin cảm ơn.", (("Ban chỉ đạo", "ORG"),)),
    ("Bà Lan, [Phó ban chỉ đạo đổi mới doanh nghiệp]ROLE, cho biết.", ()),
    ("Nhưng [Ban chỉ đạo tổng điều tra dân số]ORG có tới ba phó ban.", ()),
    ("[Ban Chỉ đạo chương trình nông thôn mới]ORG đã họp chiều qua.", ()),
    # A bare board, or a verb after it, keeps no remit.
    ("[Ban chỉ đạo]ORG kiểm tra các tỉnh trong tháng.", (("Ban chỉ đạo kiểm tra", "ORG"),)),
    ("Ông báo cáo [Ban chỉ đạo]ORG hôm qua.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), STEERING_BOARDS)
def test_a_steering_board_keeps_its_remit(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PARLIAMENTS_BY_NAME: list[Case] = [
    # A parliament known by its own name, alone or before its state, is a body.
    ("[Duma Nga]ORG đề nghị công nhận hai vùng ly khai.", (("Duma Nga", "PER"),)),
    ("Hôm qua, [Knesset]ORG đã bỏ phiếu giải tán.", (("Knesset", "PER"),)),
    ("[Rada Tối cao Ukraine]ORG họp khẩn.", ()),
    # A person's name next to it stays a person's.
    ("[Chủ tịch Duma Quốc gia]ROLE [Vyacheslav Volodin]PER phát biểu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), PARLIAMENTS_BY_NAME)
def test_a_parliament_known_by_its_own_name_is_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
