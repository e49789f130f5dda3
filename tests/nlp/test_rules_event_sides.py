"""Round 14: a war, exercise or meeting up to its sides, its number and its agent.

The construction, not the strings of the blind sets: a head of the closed class
(`chiến tranh`, `tập trận`, `chiến dịch`, `không kích`, …, or any meeting), then
`quân sự`/`chung`, a name, sides joined by a dash, `lần thứ N` and `của` + a
body, state or force. Every sentence is invented; lookalikes sit beside them.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

ARMED: list[Case] = [
    # Sides joined by a dash, short forms of states included.
    ("[Tập trận Nga-Việt]EVENT kết thúc tại Vladivostok.", (("Tập trận Nga", "EVENT"),)),
    ("Hai nước mở [cuộc tập trận chung Nga - Trung]EVENT trên biển.", ()),
    ("Sau [cuộc chiến tranh biên giới Việt - Trung]EVENT năm 1979, hai nước hòa giải.", ()),
    ("[Chiến tranh Nga - Gruzia]EVENT năm 2008 bộc lộ nhiều thiếu sót.", ()),
    # A name and an ordinal.
    ("Ông từng tham gia [Chiến tranh Chechnya lần thứ 2]EVENT.", ()),
    ("[Cuộc chiến tranh Iraq lần thứ hai]EVENT bắt đầu năm 2003.", ()),
    # The agent after `của`: a state, its army or a named force.
    ("[Chiến dịch phản công của quân đội Ukraine]EVENT chưa đạt kết quả.", ()),
    ("[Cuộc không kích của không quân Nga]EVENT khiến 5 người chết.", ()),
    # Held by its parties and named by them.
    ("Hải quân hai nước tiến hành [diễn tập chung Ấn - Mỹ]EVENT ở vùng biển.", ()),
    # The parties after `giữa` stay outside (no gold file keeps them).
    ("[Cuộc tập trận quân sự chung]EVENT giữa Mỹ và Hàn Quốc bắt đầu.", ()),
    # Lookalikes: a head alone, many actions, a relation between two states.
    ("Ông nói chiến tranh là điều không ai muốn.", (("chiến tranh", "EVENT"),)),
    ("Quân đội cần tăng cường diễn tập để sẵn sàng.", (("diễn tập", "EVENT"),)),
    # Many actions named by the force that waged them keep it (news11 0166 at blind time).
    ("Các [cuộc không kích của không quân Nga]EVENT vào thành phố gây thiệt hại.", ()),
    # An action after `việc` is one when its parties follow `giữa` (they stay outside).
    ("Bộ Ngoại giao trả lời về việc [tập trận]EVENT giữa [Ấn Độ]LOC và [Pháp]LOC.", ()),
    ("Dư luận phản đối việc tập trận ở gần khu dân cư.", (("tập trận", "EVENT"),)),
    # `thế trận`, `ra trận`: `trận` inside another word.
    ("Quân đội duy trì thế trận bao vây thành phố.", (("trận bao vây", "EVENT"),)),
    # A word the source glued to a side ends no side.
    ("[Tập trận]EVENT Pháp-ĐứcĐức và Pháp sẽ diễn tập", (("Tập trận Pháp-ĐứcĐức", "EVENT"),)),
    ("Quan hệ Việt - Mỹ đã có nhiều bước tiến.", (("Việt - Mỹ", "EVENT"),)),
]

MEETINGS: list[Case] = [
    ("Thủ tướng dự [Hội nghị ASEAN-Mỹ]EVENT tại [Washington]LOC.", ()),
    ("[Hội nghị cấp cao ASEAN - Nhật Bản lần thứ 25]EVENT diễn ra trực tuyến.", ()),
    ("[Hội nghị thượng đỉnh Mỹ - Triều lần thứ hai]EVENT diễn ra tại [Hà Nội]LOC.", ()),
    ("[Cuộc gặp thượng đỉnh Mỹ-Triều]EVENT đã kết thúc sớm.", ()),
    ("[cuộc hội đàm Việt - Lào]EVENT diễn ra thân mật.", ()),
    # A review of a visit keeps the visit (`tổng kết` is no compound with it).
    ("Thủ tướng [Lê Văn Ba]PER tổng kết [chuyến thăm]EVENT [Nhật Bản]LOC.", ()),
    # Lookalikes: sides with no event before them, meetings in general.
    ("Quan hệ ASEAN - Mỹ ngày càng phát triển.", (("ASEAN - Mỹ", "EVENT"),)),
    ("Các hội nghị ASEAN thường có nhiều phiên.", (("hội nghị ASEAN", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), ARMED)
def test_an_armed_action_keeps_its_sides_number_and_agent(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), MEETINGS)
def test_a_meeting_keeps_the_sides_joined_by_a_dash(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
