"""A state's legislature, intelligence service or mission in lowercase joins its state in one ORG.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The organ and its state: one body, not a place.
    ("Dự luật đã được [quốc hội Moldova]ORG phê chuẩn.", (("Moldova", "LOC"),)),
    ("Theo [nghị viện Gruzia]ORG, cuộc bỏ phiếu sẽ bị hoãn.", (("Gruzia", "LOC"),)),
    ("Các [cơ quan tình báo Anh]ORG đã cảnh báo từ trước.", (("Anh", "LOC"),)),
    ("[cơ quan an ninh Israel]ORG cho biết đã bắt giữ hai người.", ()),
    ("Một nhân viên [sứ quán Hàn Quốc]ORG tại [Hà Nội]LOC xác nhận.", (("Hàn Quốc", "LOC"),)),
    ("Trụ sở [lãnh sự quán Lithuania]ORG bị đóng cửa.", (("Lithuania", "LOC"),)),
    # Lookalikes: a post or member of the body, the organ in general or of Vietnam.
    ("Ông là [đại biểu quốc hội Pháp]ROLE từ nhiệm kỳ trước.", (("quốc hội Pháp", "ORG"),)),
    ("Các cơ quan tình báo cần phối hợp chặt chẽ hơn.", (("cơ quan tình báo", "ORG"),)),
    ("Dự thảo sẽ được trình quốc hội xem xét vào cuối năm.", (("quốc hội", "ORG"),)),
    ("Nhân viên sứ quán đã rời khỏi thành phố.", (("sứ quán", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_state_organ_with_its_state_is_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
