"""Round 18: EVENT constructions recurring on unseen text (votes, visits referred back).

Invented sentences (other bodies, people and outlets' styles than the gold files);
lookalikes say the same words where no particular event is meant.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# A vote a body holds, written `biểu quyết`, the verb alone (`body_votes.py`).
VOTES: list[Case] = [
    ("Chiều qua, [Quốc hội]ORG đã [biểu quyết]EVENT về ba nội dung của dự án luật.", ()),
    ("[HĐND tỉnh]ORG cũng sẽ [biểu quyết]EVENT hai nghị quyết về ngân sách.", ()),
    ("Các đại biểu [biểu quyết]EVENT thông qua nghị quyết với 96% tán thành.", ()),
    (
        "[Sáng nay]DATE, [Đại hội]EVENT đã nghe báo cáo chính trị, [biểu quyết]EVENT thông qua"
        " chương trình làm việc.",
        (),
    ),
    (
        "[Chiều mai]DATE, [đại hội]EVENT sẽ làm việc tại hội trường để góp ý văn kiện và"
        " [biểu quyết]EVENT thông qua quy chế.",
        (),
    ),
    ("Kỳ họp kết thúc sau khi công bố kết quả [biểu quyết]EVENT các dự luật.", ()),
    (
        "[Hội đồng nhân dân]ORG sẽ nghe tờ trình; sau đó sẽ [thảo luận và biểu quyết]EVENT"
        " dự thảo nghị quyết.",
        (),
    ),
    (
        "Theo chương trình, tại kỳ họp này sẽ [biểu quyết]EVENT miễn nhiệm hai ủy viên.",
        (("biểu quyết miễn nhiệm", "EVENT"),),
    ),
    # Lookalikes: a right, a rule, a kind of vote, a wish: no particular vote.
    ("Đại biểu dự khuyết không được biểu quyết tại đại hội.", (("biểu quyết", "EVENT"),)),
    ("Cơ chế biểu quyết trong Bộ Chính trị cần được làm rõ.", (("biểu quyết", "EVENT"),)),
    ("Dự thảo nêu những vấn đề cần biểu quyết trong phiên sau.", (("biểu quyết", "EVENT"),)),
    ("Quốc hội nên biểu quyết từng điều của dự luật.", (("biểu quyết", "EVENT"),)),
    (
        "Trong trường hợp biểu quyết ngang nhau, ý kiến của chủ tọa là quyết định.",
        (("biểu quyết", "EVENT"),),
    ),
    (
        "Câu lạc bộ tổ chức cuộc thi, khán giả biểu quyết chọn bài hát hay nhất.",
        (("biểu quyết", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), VOTES)
def test_a_vote_a_body_holds_is_the_verb_alone(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A trip noun referring back to the visit the article reports (`trips.py`).
TRIPS: list[Case] = [
    (
        "[Chủ tịch nước]ROLE bắt đầu [chuyến thăm cấp nhà nước]EVENT tới [Lào]LOC."
        " Báo chí [Lào]LOC coi [chuyến đi]EVENT này là dấu mốc mới.",
        (("chuyến đi này", "EVENT"),),
    ),
    (
        "[Tổng thống]ROLE [Obama]PER sẽ [thăm]EVENT [Việt Nam]LOC vào tháng 5."
        " [Chuyến đi]EVENT của ông diễn ra sau hội nghị thượng đỉnh.",
        (),
    ),
    (
        "Trong [chuyến công du]EVENT châu Âu, bà gặp nhiều nhà đầu tư."
        " Giới quan sát gọi đó là [chuyến đi lịch sử]EVENT của người đứng đầu chính phủ.",
        (),
    ),
    (
        "[Thủ tướng]ROLE kết thúc [chuyến thăm chính thức]EVENT [Nhật Bản]LOC."
        " Một số nhóm phản đối [chuyến xuất ngoại]EVENT đó.",
        (("chuyến xuất ngoại đó", "EVENT"),),
    ),
    # Lookalikes: trips in general, many, counted or of leisure; an article with no visit.
    (
        "[Thủ tướng]ROLE bắt đầu [chuyến thăm]EVENT [Ấn Độ]LOC. Các chuyến đi nước ngoài"
        " của đoàn đều được công khai. Ông kể về một chuyến đi du lịch thời trẻ.",
        (("chuyến đi", "EVENT"), ("Các chuyến đi", "EVENT"), ("chuyến đi du lịch", "EVENT")),
    ),
    ("Gia đình anh gặp nạn trong chuyến đi về quê ăn Tết.", (("chuyến đi", "EVENT"),)),
    ("Chuyến đi dài ngày khiến cả đoàn mệt mỏi.", (("Chuyến đi", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), TRIPS)
def test_a_trip_noun_refers_back_to_the_reported_visit(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A review (`kiểm điểm`) named people or a named body hold of themselves (`reviews.py`).
REVIEWS: list[Case] = [
    ("[Chủ tịch]ROLE [Lê Văn Hòa]PER đã [kiểm điểm]EVENT trách nhiệm trước hội nghị.", ()),
    ("[Giám đốc Sở Xây dựng]ROLE đã báo cáo [kiểm điểm]EVENT trách nhiệm cá nhân.", ()),
    ("Hội nghị yêu cầu ông [Tuấn]PER phải [kiểm điểm]EVENT thêm hai dự án.", ()),
    ("[Buổi kiểm điểm]EVENT kéo dài suốt buổi chiều.", ()),
    ("Phần [kiểm điểm]EVENT của [Phó giám đốc]ROLE [Trần Minh Khoa]PER chưa đạt yêu cầu.", ()),
    # Lookalikes: the written self-criticism, its content, a review asked of no one named.
    ("Ông nộp bản kiểm điểm cho tổ chức.", (("kiểm điểm", "EVENT"),)),
    ("Nội dung kiểm điểm tập trung vào công tác cán bộ.", (("kiểm điểm", "EVENT"),)),
    ("Thủ tướng yêu cầu kiểm điểm để rút kinh nghiệm.", (("kiểm điểm", "EVENT"),)),
    ("Nhiều sai phạm đều chưa được kiểm điểm.", (("kiểm điểm", "EVENT"),)),
    (
        "Bộ trưởng Nguyễn Văn Nam không phải kiểm điểm vì không liên quan.",
        (("kiểm điểm", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), REVIEWS)
def test_a_review_named_people_hold_is_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Question time as a practice, not one sitting's (`habits.py`).
HABITS: list[Case] = [
    ("[Sáng nay]DATE, [Bộ trưởng Bộ Công Thương]ROLE [trả lời chất vấn]EVENT của đại biểu.", ()),
    (
        "Khi kết thúc phần [trả lời chất vấn]EVENT, [Chủ tịch Quốc hội]ROLE phát biểu.",
        (),
    ),
    # Lookalikes: a time clause, a quality, a written form, a length of question time.
    (
        "Cử tri mong khi trả lời chất vấn, các thành viên Chính phủ nói thẳng vào vấn đề.",
        (("trả lời chất vấn", "EVENT"),),
    ),
    (
        "Đại biểu đánh giá chất lượng chất vấn và trả lời chất vấn đã tiến bộ.",
        (("trả lời chất vấn", "EVENT"), ("chất vấn và trả lời chất vấn", "EVENT")),
    ),
    (
        "Các văn bản trả lời chất vấn được gửi tới từng đại biểu.",
        (("trả lời chất vấn", "EVENT"),),
    ),
    ("Nhiều người muốn kéo dài thời gian chất vấn.", (("chất vấn", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), HABITS)
def test_question_time_as_a_practice_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# How talks went, and a sitting's own manner (`manners.py`, `talks.txt`).
MANNERS: list[Case] = [
    ("Hai bên đã có [cuộc hội đàm cởi mở và thẳng thắn]EVENT về hợp tác.", ()),
    ("Sau [buổi tiếp xúc]EVENT, [Bí thư]ROLE trả lời báo chí.", ()),
    ("Ông có [cuộc trao đổi ý kiến]EVENT với [Thủ tướng Nhật Bản]ROLE.", ()),
    ("Cử tri theo dõi [phiên trả lời chất vấn trực tiếp]EVENT trên truyền hình.", ()),
    # Lookalikes: contact in everyday speech, the way one answers.
    ("Trẻ nhỏ nên hạn chế tiếp xúc với người bệnh.", (("tiếp xúc", "EVENT"),)),
    (
        "[Bộ trưởng]ROLE [Lê Minh Hưng]PER sẽ [trả lời chất vấn]EVENT trực tiếp tại hội trường.",
        (("trả lời chất vấn trực tiếp", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), MANNERS)
def test_how_talks_went_stays_inside_the_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# An accident or disaster named by what befell, and referred back (`accidents.py`).
DISASTERS: list[Case] = [
    ("Dư âm của [tai nạn tàu SE3]EVENT vẫn còn.", ()),
    ("Sau [thảm họa rơi máy bay]EVENT, hãng tạm ngừng khai thác.", ()),
    (
        "[Tai họa kinh hoàng của tàu Bắc Nam SE5]EVENT khiến 7 người chết."
        " Cơ quan điều tra làm rõ nguyên nhân [tai nạn]EVENT.",
        (),
    ),
    # Lookalikes: kinds of accident, several, one that may happen, one caused in general.
    (
        "Tai nạn giao thông giảm trong quý I.",
        (("Tai nạn", "EVENT"), ("Tai nạn giao thông", "EVENT")),
    ),
    ("Khi xảy ra thảm họa, quân đội tham gia cứu hộ.", (("thảm họa", "EVENT"),)),
    (
        "Sau [tai nạn tàu SE3]EVENT, ngành đường sắt rà soát những tai nạn tương tự."
        " Lái tàu không chú ý rất dễ gây tai nạn.",
        (("tai nạn tương tự", "EVENT"), ("tai nạn", "EVENT")),
    ),
    ("Xe khách gặp tai nạn trên quốc lộ 1.", (("tai nạn", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), DISASTERS)
def test_a_named_disaster_is_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Talks keep the body or listed topic after `về` (`talk_topics.py`).
TALKS_ABOUT: list[Case] = [
    ("Hai bên sớm kết thúc [đàm phán về APEC]EVENT trong năm nay.", (("đàm phán", "EVENT"),)),
    ("Hai nước đã kết thúc [đàm phán về thương mại tự do]EVENT.", ()),
    # Lookalikes: a clause or an unlisted subject after `về` stays outside.
    (
        "Hai nước đã kết thúc [đàm phán]EVENT về việc gia nhập tổ chức này.",
        (("đàm phán về việc", "EVENT"),),
    ),
    (
        "Hai [ngoại trưởng]ROLE [hội đàm]EVENT về tình hình khu vực.",
        (("hội đàm về tình hình", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), TALKS_ABOUT)
def test_talks_keep_the_body_they_are_about(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A war named by the armed enemy it is waged against (`campaigns.wars_on_enemies`).
WARS_ON_ENEMIES: list[Case] = [
    ("[Pakistan]LOC là đồng minh trong [cuộc chiến chống khủng bố]EVENT.", ()),
    ("Quân đội tiếp tục [cuộc chiến chống phiến quân]EVENT ở miền bắc.", ()),
    # Lookalikes: no enemy of the list, a drive against a vice.
    (
        "Họ từng tham gia những cuộc chiến chống lại sự đô hộ.",
        (("cuộc chiến chống lại sự đô hộ", "EVENT"),),
    ),
    ("Cuộc chiến chống tham nhũng còn dài.", (("Cuộc chiến chống tham nhũng", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), WARS_ON_ENEMIES)
def test_a_war_keeps_the_armed_enemy_it_is_waged_against(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A power to act is no act (`actions.action_at`).
POWERS: list[Case] = [
    ("[Chủ tịch tỉnh]ROLE đã [cách chức]EVENT ông [Lê Văn Hải]PER.", ()),
    # Lookalikes: the power to appoint, dismiss or transfer.
    ("Giám đốc sở có quyền bổ nhiệm người đứng đầu các phòng.", (("bổ nhiệm", "EVENT"),)),
    ("Luật quy định thẩm quyền điều động lực lượng vũ trang.", (("điều động", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), POWERS)
def test_a_power_to_act_is_no_act(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
