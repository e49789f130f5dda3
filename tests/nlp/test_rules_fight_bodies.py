"""Bodies named by what they fight or do, foreign parties, short districts, laws of the 2000s.

Written here, not copied from an article, one sentence a construction must
match and one lookalike it must not: a committee named by the ill it fights
(`scourge_bodies`), a team named by its task with its number or sender and
without them (`task_teams`), a party abroad after `đảng` (`party_names`), a
short numbered district after a body (`district_numbers`), movements abroad
by their own names (`bodies.foreign.txt`) and laws under their titles of the
2000s (`document_names.txt`). `[surface]LABEL` marks a span the rules must
suggest; `wrong` lists surfaces that must not be suggested with that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A committee named by its fight keeps the fight; a lowercase head is a kind of body.
    ("Đề án của [Ủy ban chống buôn lậu]ORG đã được duyệt.", (("Ủy ban", "ORG"),)),
    ("Báo cáo gửi [Ban phòng chống khủng bố]ORG của tỉnh.", (("Ban", "ORG"),)),
    ("[Ban Chỉ đạo Chống buôn lậu]ORG họp định kỳ.", (("Ban Chỉ đạo", "ORG"),)),
    ("Ông đề nghị lập một ủy ban chống buôn lậu riêng.", (("ủy ban chống buôn lậu", "ORG"),)),
    ("Tỉnh chú trọng phòng chống lụt bão.", (("phòng chống lụt bão", "ORG"),)),
    # A team named by its task is a body with its number or sender, none bare.
    ("Hôm qua, [Đoàn thanh tra số 3]ORG đã làm việc tại huyện.", (("Đoàn thanh tra", "ORG"),)),
    (
        "[Đoàn kiểm tra của Bộ Tài chính]ORG đã đến tỉnh.",
        (("Đoàn kiểm tra", "ORG"), ("Bộ Tài chính", "ORG")),
    ),
    ("Sau ba ngày, Đoàn kiểm tra đã rời tỉnh.", (("Đoàn kiểm tra", "ORG"),)),
    ("Ông [Lê Văn Tâm]PER, [trưởng đoàn giám sát số 2]ROLE, cho biết.", ()),
    # A party abroad by its own foreign name keeps the word `đảng`.
    ("Ông rời [đảng Likud]ORG năm ngoái.", (("Likud", "PER"),)),
    ("[Đảng Baath]ORG bị giải tán.", (("Đảng", "ORG"),)),
    ("Ông là đảng viên lâu năm.", ()),
    # A short numbered district after a body is part of it; alone it is no body.
    ("[Công an Q.5]ORG đã lập biên bản.", (("Công an", "ORG"),)),
    ("Ông sống ở Q.5 đã lâu.", (("Q.5", "ORG"),)),
    # Movements abroad by their own names; the word before them stays out.
    ("Các thủ lĩnh phong trào [Fatah]ORG họp ở Ramallah.", (("phong trào Fatah", "ORG"),)),
    ("Hai tay súng [Jihad Hồi giáo]ORG bị bắt.", ()),
    # Laws under the titles of the 2000s, the comma of a two-part title left out.
    ("Quốc hội sửa [Luật khiếu nại tố cáo]DOC.", (("Luật khiếu nại", "DOC"),)),
    (
        "Dự thảo [Luật thuế xuất khẩu, thuế nhập khẩu]DOC được trình.",
        (("Luật thuế xuất khẩu", "DOC"),),
    ),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_round23_bodies(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
