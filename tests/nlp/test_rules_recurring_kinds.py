"""Kinds of error that recurred across blind sets at the time each was blind.

Each sentence is written here, not copied from an article (other names,
other states, other outlets' house styles); `[surface]LABEL` marks a span
the rules must suggest, `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

FORCES: list[Case] = [
    # A force described by its kind, with its state or its code.
    ("Trong [lực lượng đặc biệt Syria]ORG có nhiều lính đánh thuê.", (("Syria", "LOC"),)),
    ("[Lực lượng đổ bộ đường không Nga]ORG đã tới sân bay.", ()),
    ("Ngoài ra còn có [lực lượng tinh nhuệ chống khủng bố KSK]ORG của [Đức]LOC.", ()),
    ("Họ giao tranh với [lực lượng phòng không Israel]ORG suốt đêm.", ()),
    # A force with a name of its own, ended by a grammar word.
    ("Giao tranh giữa dân quân và [lực lượng Bảo vệ quốc gia]ORG đã kéo dài.", ()),
    ("[Lực lượng Phòng vệ Israel (IDF)]ORG cho biết đã không kích.", ()),
    # Special troops or a guard named by their state.
    ("Khi đó [Vệ binh Chechnya]ORG đã tiến vào thành phố.", (("Chechnya", "LOC"),)),
    ("Quân đội đã điều [đặc nhiệm Ukraine]ORG tới tuyến đầu.", (("Ukraine", "LOC"),)),
    ("Họ bị [biệt kích Mỹ]ORG tấn công bất ngờ.", ()),
    # A capitalised unit named by its arm and its number.
    ("Cờ của [Lữ đoàn Thủy quân Lục chiến số 79]ORG bị thu giữ.", ()),
    ("[Sư đoàn Bộ binh số 10]ORG của [Mỹ]LOC đã rút.", ()),
    # Lookalikes: soldiers described by their kind keep their state as a place,
    # a kind of force with no state or name is no body, a counted number no unit.
    ("Ba binh sĩ đặc nhiệm [Nga]LOC đã thiệt mạng.", (("binh sĩ đặc nhiệm Nga", "ORG"),)),
    ("Công an đã điều lực lượng đặc nhiệm tới hiện trường.", (("lực lượng đặc nhiệm", "ORG"),)),
    ("Lực lượng chức năng tỉnh [Quảng Nam]LOC đã vào cuộc.", (("Lực lượng chức năng", "ORG"),)),
    ("Huyện tăng cường lực lượng tuần tra ban đêm.", (("lực lượng tuần tra", "ORG"),)),
    ("Sư đoàn có số quân 5.000 người.", (("Sư đoàn có số quân", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), FORCES)
def test_a_described_force_guard_or_numbered_unit_is_one_org(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


INVESTIGATORS: list[Case] = [
    # A lowercase investigating agency with the police of a province or district.
    ("Ngày 3-4, [cơ quan cảnh sát điều tra công an tỉnh Bình Định]ORG đã khởi tố vụ án.", ()),
    ("Hồ sơ được chuyển cho [cơ quan an ninh điều tra - công an TP Hà Nội]ORG.", ()),
    ("Sau đó [cơ quan điều tra công an quận 5]ORG đã triệu tập ông.", ()),
    # A police department named by the crimes it handles, abbreviated.
    ("Hôm qua, [Cục CSĐT tội phạm về ma túy]ORG đã bắt giữ 5 người.", ()),
    ("Ông đã gửi đơn đến [Phòng CSĐT tội phạm về kinh tế và chức vụ]ORG; các báo đưa tin.", ()),
    ("[Phòng Cảnh sát điều tra tội phạm về môi trường]ORG đã vào cuộc.", ()),
    # A police force by its abbreviation is the force.
    ("Tiêu cực trong lực lượng [CSGT]ORG đã giảm.", ()),
    ("Họ thương lượng ngoài trụ sở [CSKT]ORG.", ()),
    # Lookalikes: the agency alone, the police in general, a post of the department.
    ("Cơ quan điều tra đã khởi tố bị can.", (("Cơ quan điều tra", "ORG"),)),
    (
        "Vụ việc đã được cơ quan cảnh sát điều tra thụ lý.",
        (("cơ quan cảnh sát điều tra", "ORG"),),
    ),
    ("Ông làm việc ở phòng khám tư của ông Nam.", (("phòng khám tư", "ORG"),)),
    ("Tỉnh tạm đình chỉ 15 CSGT có liên quan.", (("CSGT", "ORG"),)),
    ("Kết quả xử lý số CSGT vi phạm sẽ được công bố.", (("CSGT", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), INVESTIGATORS)
def test_an_investigating_body_takes_its_police_owner_and_its_crimes(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


BOARDS: list[Case] = [
    # A board with the body it leads, in lower or title case.
    ("[Đảng ủy]ORG và [ban giám đốc Công an tỉnh Nghệ An]ORG đã quyết định.", ()),
    ("Tổ công tác do [Ban giám đốc Công an Hải Phòng]ORG lập.", (("giám đốc", "ROLE"),)),
    ("[Hội đồng quản trị Vietcombank]ORG đã thông qua nghị quyết.", ()),
    ("[Ban lãnh đạo Tập đoàn Điện lực Việt Nam]ORG đã làm việc với đoàn.", ()),
    # Lookalikes: a bare board leads no named body, a post stays a post.
    ("Ban giám đốc sẽ họp vào tuần sau.", (("giám đốc", "ROLE"),)),
    ("Ông là thành viên ban giám đốc công ty.", (("ban giám đốc công ty", "ORG"),)),
    ("Ông nguyên là [giám đốc Công an tỉnh Đồng Nai]ROLE.", ()),
    ("Ông [Lê Văn Hùng]PER, [Chủ tịch Hội đồng quản trị]ROLE, phát biểu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BOARDS)
def test_a_board_before_its_body_is_one_org(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


OUTLETS: list[Case] = [
    # An online edition's signature before its lead.
    ("Nga tuyên bố rút quân ([VNE]ORG) - Bộ Quốc phòng Nga cho biết như vậy.", ()),
    ("Lật lại vụ án cũ ([PLO]ORG)-Sáng nay, tòa đã mở phiên xét xử.", ()),
    # A press word and the paper's country before its name.
    ("Theo báo [Đức]LOC [Der Tagesspiegel]ORG, cuộc họp đã bị hoãn.", ()),
    ("Tờ báo [Mỹ]LOC [Wall Street Journal]ORG dẫn lời một quan chức.", ()),
    # A photo agency whose name the tokenizer cuts at a digit (`East|2west`).
    ("Binh sĩ tại chiến trường. Ảnh: [West4east Media]ORG. Sau đó họ rút lui.", ()),
    # An edition of a listed paper.
    ("Theo nguồn tin của [Thanh Niên Online]ORG, ông đã bị bắt.", ()),
    ("Bài viết đăng trên [Tiền Phong Chủ nhật]ORG tuần trước.", (("Tiền Phong", "ORG"),)),
    # Lookalikes: an aside inside a sentence, a reporter's signature, a country's press.
    (
        "Hai vùng [Donetsk]LOC và [Lugansk]LOC tự xưng (LPR) - liên tục tấn công.",
        (("LPR", "ORG"),),
    ),
    ("Tin bão khẩn cấp (PV) - Sáng nay trời mưa to.", (("PV", "ORG"),)),
    ("Các tờ báo [Anh]LOC đều đưa tin về vụ việc.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), OUTLETS)
def test_an_outlet_in_a_signature_after_its_country_or_as_an_edition_is_an_org(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


RULINGS: list[Case] = [
    # A court's ruling as the bare verb, and what it undoes.
    ("[TAND huyện Gò Vấp]ORG đã [tuyên]EVENT bị đơn thắng kiện.", ()),
    ("Tòa [tuyên hủy]EVENT quyết định xử phạt của [UBND quận]ORG.", ()),
    ("Ông phải chịu mức án 3 năm tù mà cấp sơ thẩm đã [tuyên]EVENT.", ()),
    # An appeal made by someone named, or decided on.
    ("Sau phiên tòa, bà [Trần Thị Mai]PER [kháng cáo]EVENT.", ()),
    ("[HĐXX]ORG đã bác [kháng cáo]EVENT của bị cáo [Phạm Văn Tư]PER.", ()),
    # Lookalikes: other words that open with `tuyên`, a postponement, a request to appeal.
    ("Bộ trưởng tuyên bố sẽ từ chức.", (("tuyên", "EVENT"),)),
    ("[Hội đồng xét xử]ORG tuyên hoãn [phiên tòa]EVENT.", (("tuyên", "EVENT"),)),
    ("Ông đã rút lại yêu cầu kháng cáo của mình.", (("kháng cáo", "EVENT"),)),
    ("Bị cáo có quyền kháng cáo trong 15 ngày.", (("kháng cáo", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), RULINGS)
def test_a_bare_ruling_and_an_appeal_made_are_events(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


MANNERS: list[Case] = [
    # Evaluative and ordinal words after an event stay inside it, one after another.
    ("Ông mở đầu [buổi thảo luận sôi nổi]EVENT về dự án luật.", ()),
    ("Quân đội thắng trong [trận chiến khốc liệt cuối cùng]EVENT.", ()),
    ("Đây là [cuộc đàm phán căng thẳng]EVENT giữa hai bên.", ()),
    ("Tòa mở [vụ kiện đòi bồi thường oan sai đầu tiên]EVENT.", ()),
    # Lookalikes: a generic plural stays none, a manner word alone is no event.
    ("Các cuộc họp quan trọng đều phải có biên bản.", (("cuộc họp quan trọng", "EVENT"),)),
    ("Tình hình ở đây rất căng thẳng.", (("căng thẳng", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), MANNERS)
def test_evaluative_and_ordinal_words_stay_inside_the_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


def test_a_superlative_evaluative_word_stays_inside_the_fighting(rules: RuleSuggester) -> None:
    check_marked(rules, "Thành phố chứng kiến [giao tranh ác liệt nhất]EVENT từ đầu năm.", ())


COMMITTEES: list[Case] = [
    # A committee's own name after its bare head, with dashes or lowercase words.
    (
        "[Chủ nhiệm Ủy ban Khoa học - Công nghệ - Môi trường]ROLE, ông [Lê Văn Hòa]PER nói.",
        (("Chủ nhiệm Ủy ban", "ROLE"),),
    ),
    ("[Phó chủ nhiệm Ủy ban Văn hóa giáo dục Thanh thiếu niên]ROLE [Phạm Thị Lan]PER nói.", ()),
    # Lookalikes: a listed body keeps its extent, a person after the head stays a PER.
    ("[Ủy ban Thường vụ Quốc hội]ORG đã họp.", ()),
    ("[Trưởng Ban Tổ chức Trung ương]ROLE [Lê Văn Bảy]PER đã dự.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), COMMITTEES)
def test_a_committee_keeps_its_own_name_after_its_head(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


JOINT_PAPERS: list[Case] = [
    # A joint paper keeps the two states that issued it.
    ("Hai bên ra [Thông cáo chung Việt Nam - Trung Quốc]DOC.", (("Việt Nam", "LOC"),)),
    ("(Trích [Tuyên bố chung Việt - Nhật]DOC nhân [chuyến thăm]EVENT)", ()),
    # Lookalikes: the states later in the sentence, and a bare paper, keep their spans.
    (
        "Hai bên ra [Tuyên bố chung]DOC, quan hệ [Việt Nam]LOC - [Lào]LOC phát triển tốt.",
        (("Tuyên bố chung, quan hệ Việt Nam - Lào", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), JOINT_PAPERS)
def test_a_joint_paper_keeps_the_states_that_issued_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


CASES: list[Case] = [
    # The case the article reports, mentioned bare after what is done about it.
    ("Tổ công tác thu giữ tài liệu liên quan đến [vụ án]EVENT.", ()),
    ("[Công an tỉnh]ORG đang điều tra mở rộng [vụ án]EVENT, làm rõ sai phạm.", ()),
    # Lookalikes: a kind of case, and a first mention that classifies.
    ("Ông chuyên điều tra vụ án hình sự.", (("vụ án", "EVENT"),)),
    ("Ông là người điều tra một vụ án giết người.", (("vụ án", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_bare_case_after_what_is_done_about_it_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
