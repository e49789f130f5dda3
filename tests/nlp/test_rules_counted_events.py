"""Meetings and trials counted, repeated or asked after are a kind, not one event.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Every, all, many, some: sittings in general.
    ("Bộ trưởng phải chuẩn bị trước mỗi kỳ họp Quốc hội.", (("kỳ họp Quốc hội", "EVENT"),)),
    ("Trong tất cả các kỳ họp Quốc hội, ông đều phát biểu.", (("kỳ họp Quốc hội", "EVENT"),)),
    ("Mọi cuộc họp giao ban đều phải có biên bản.", (("cuộc họp giao ban", "EVENT"),)),
    ("Có những phiên họp Quốc hội tôi phải thức trắng.", (("phiên họp Quốc hội", "EVENT"),)),
    ("Hội đã mở hàng chục cuộc hội thảo khoa học.", (("cuộc hội thảo", "EVENT"),)),
    ("Viện đã tổ chức một số hội nghị chuyên đề.", (("hội nghị chuyên đề", "EVENT"),)),
    # The next of a list that a quantifier opened.
    (
        "Trường tổ chức nhiều tọa đàm, hội nghị lấy ý kiến chuyên gia.",
        (("hội nghị lấy ý kiến chuyên gia", "EVENT"),),
    ),
    # Asked after with `nào`, or tallied by its cases.
    ("Đã có kỳ họp nào mà bộ trưởng không bị chất vấn?", (("kỳ họp", "EVENT"),)),
    ("Năm qua tòa đã đưa ra xét xử hàng trăm vụ tham nhũng.", (("xét xử", "EVENT"),)),
    ("Tòa án tỉnh xét xử 120 vụ án hình sự.", (("xét xử", "EVENT"),)),
    # A word before the count, a scale after a rough one, or one case per some days.
    ("Năm ngoái tỉnh chỉ đưa ra xét xử được 7 vụ buôn lậu.", (("xét xử", "EVENT"),)),
    ("Mỗi năm tòa quận xét xử khoảng 2.000 vụ án dân sự.", (("xét xử", "EVENT"),)),
    ("Ngành đã đưa ra truy tố hàng chục nghìn vụ trộm cắp.", (("truy tố", "EVENT"),)),
    ("Trung bình cứ 3 ngày tòa xét xử một vụ.", (("xét xử", "EVENT"),)),
    # The number of cases as the subject of the step.
    ("Số vụ buôn lậu được đưa ra xét xử còn ít.", (("xét xử", "EVENT"),)),
    ("Số các vụ tham ô, lãng phí bị truy tố tăng nhanh.", (("truy tố", "EVENT"),)),
    # Lookalikes: one sitting, specific plurals with `các`, a dated one, a list unquantified.
    ("Trước [kỳ họp Quốc hội]EVENT, ông gặp cử tri ở [Huế]LOC.", ()),
    ("[WHO]ORG lên án các [cuộc tấn công]EVENT vào bệnh viện.", ()),
    ("Nhiều [cuộc biểu tình]EVENT [ngày 5/6]DATE đã nổ ra ở [Paris]LOC.", ()),
    ("Đoàn dự [hội thảo]EVENT, [hội nghị]EVENT ở [Huế]LOC [ngày 3/4]DATE.", ()),
    ("Tòa [xét xử]EVENT vụ án [ngày 5/6]DATE.", ()),
    ("Tòa sẽ [xét xử]EVENT được vụ án này nếu đủ chứng cứ.", ()),
    ("Có một số vụ nghiêm trọng, như vụ cầu Đông, tỉnh đã [khởi tố]EVENT ngay.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_counted_events_are_dropped_and_single_ones_kept(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
