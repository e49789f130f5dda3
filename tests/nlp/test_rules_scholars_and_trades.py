"""Scholars by their field, a trade before a nationality and a name, a scholar in apposition.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A scholar's head and field before the name.
    ("Theo [nhà phân tích chính trị]ROLE [Marek Novak]PER, cuộc bầu cử sẽ sít sao.", ()),
    ("[Nhà khoa học quân sự]ROLE [Vasily Kashin]PER cho rằng điều đó khó xảy ra.", ()),
    ("[nhà nghiên cứu lịch sử]ROLE [Dương Trung Quốc]PER phát biểu tại hội thảo.", ()),
    # A trade, the person's nationality with or without `người`, the name.
    ("[Phóng viên chiến trường]ROLE [Nga]LOC [Yevgeny Poddubny]PER bị thương.", ()),
    ("[phóng viên]ROLE [Pháp]LOC [Jean Dupont]PER đã có mặt tại hiện trường.", ()),
    ("[Phóng viên ảnh]ROLE người [Mỹ]LOC [David Turnley]PER chụp bức ảnh này.", ()),
    # A scholar in apposition after a name, placed by `tại` / `ở`.
    ("[Lena Hoffmann]PER, [chuyên gia]ROLE tại [Viện Kiel]ORG, nhận định như vậy.", ()),
    ("Ông [Lâm]PER, [nhà nghiên cứu]ROLE ở [Viện Sử học]ORG, cho biết thêm.", ()),
    # Lookalikes: scholars in general or plural; a trade and an outlet; a nationality alone.
    (
        "Các nhà phân tích chính trị cho rằng giá dầu sẽ tăng.",
        (("nhà phân tích chính trị", "ROLE"),),
    ),
    (
        "Một nhà nghiên cứu lịch sử nói rằng tài liệu này là thật.",
        (("nhà nghiên cứu lịch sử", "ROLE"),),
    ),
    ("Phóng viên [Nga]LOC cho biết thêm về trận đánh.", (("Phóng viên", "ROLE"),)),
    ("Các chuyên gia tại [Trung tâm Y tế]ORG khuyến cáo người dân.", (("chuyên gia", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_scholar_or_trade_next_to_a_name_is_a_role(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
