"""Round 30 rules: EVENTs of once-blind sets missed or cut short by the rules.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Wrong = tuple[tuple[str, str], ...]

RALLIES_WITHOUT_TONE_MARK: list[tuple[str, Wrong]] = [
    (
        "Sáng qua, [lễ mit tinh kỷ niệm 60 năm Cách mạng tháng Tám]EVENT diễn ra ở Huế.",
        (("kỷ niệm 60 năm Cách mạng tháng Tám", "EVENT"),),
    ),
    ("Kết thúc [buổi mit tinh]EVENT, đoàn diễu hành qua các phố chính.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), RALLIES_WITHOUT_TONE_MARK)
def test_a_rally_written_without_its_tone_mark_is_an_event(
    rules: RuleSuggester, line: str, wrong: Wrong
) -> None:
    check_marked(rules, line, wrong)


ACTS_ON_A_NAMED_PERSON: list[tuple[str, Wrong]] = [
    ("Tòa án quốc tế hoan nghênh việc [bắt]EVENT Karadzic ở ngoại ô Belgrade.", ()),
    # An act after `việc` with no one named stays an act in general.
    ("Luật quy định rõ việc bắt người trong trường hợp khẩn cấp.", (("bắt", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), ACTS_ON_A_NAMED_PERSON)
def test_an_act_after_viec_on_a_person_named_by_a_foreign_name(
    rules: RuleSuggester, line: str, wrong: Wrong
) -> None:
    check_marked(rules, line, wrong)


EVENTS_NAMED_BY_CODES: list[tuple[str, Wrong]] = [
    ("Cảnh sát đang điều tra [vụ cháy TTTM]EVENT ở quận 5.", (("vụ cháy", "EVENT"),)),
    ("Ông sẽ không ra tranh cử trong [cuộc bầu cử TT]EVENT năm tới.", ()),
    # A visit's destination and a longer name after the code stay outside.
    ("Đoàn bắt đầu chuyến thăm LB Nga từ hôm nay.", (("chuyến thăm LB", "EVENT"),)),
    ("Ông đến dự cuộc họp ĐH Quốc gia Hà Nội.", (("cuộc họp ĐH", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), EVENTS_NAMED_BY_CODES)
def test_an_event_keeps_the_abbreviation_that_names_it(
    rules: RuleSuggester, line: str, wrong: Wrong
) -> None:
    check_marked(rules, line, wrong)


CHARGES_NAMED_BY_A_STEP: list[tuple[str, Wrong]] = [
    ("Theo tội danh truy tố, ông có thể phải chịu 20 năm tù.", (("truy tố", "EVENT"),)),
    ("Luật sư cho rằng chứng cứ không khớp với tội danh xét xử.", (("xét xử", "EVENT"),)),
    # A prosecution of a named person on a charge is still one.
    ("Viện kiểm sát đã [truy tố]EVENT ông Nguyễn Văn Hùng về tội danh tham ô.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CHARGES_NAMED_BY_A_STEP)
def test_the_charge_a_step_names_is_no_step_taken(
    rules: RuleSuggester, line: str, wrong: Wrong
) -> None:
    check_marked(rules, line, wrong)
