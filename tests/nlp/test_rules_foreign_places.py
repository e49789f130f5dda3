"""An unknown foreign name is a place when the words around it say so.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A word of direction or settlement before it: any foreign shape.
    ("Đoàn xe tiến theo hướng [Borodyanka]LOC suốt đêm.", ()),
    ("Pháo binh nã đạn nhằm hướng [Tokmak]LOC.", ()),
    ("Người dân ngôi làng [Velyka Novosilka]LOC sơ tán.", ()),
    ("Họ rút về thị trấn [Svatove]LOC hôm qua.", ()),
    ("Trận đánh diễn ra ở phía tây của [Bakhmut]LOC.", ()),
    ("Giao tranh ác liệt tại mặt trận [Zolote-Hirske]LOC.", (("Mặt trận", "ORG"),)),
    # A glued hyphen chain names one front; a spaced dash two places.
    ("Quân đội tiến theo hướng [Lyman-Kreminna-Rubizhne]LOC.", ()),
    ("Xe tăng tiến theo hướng [Kupyansk]LOC - [Balakliya]LOC trong ngày.", ()),
    ("Cụm phòng ngự [Avdiivka-Marinka-Vuhledar]LOC vẫn đứng vững.", ()),
    # A word of movement before it: a place-shaped ending, and the next names too.
    ("Viện binh được điều đến từ [Pokrovsk]LOC và [Kostiantynivka]LOC.", ()),
    ("Đoàn người tị nạn đi bộ tới [Zaporizhzhya]LOC.", ()),
    ("Quân đội tiến công từ [Lozovaya]LOC phía bắc.", ()),
    # The subject of a settlement noun.
    ("[Pisky]LOC là một ngôi làng nằm sát sân bay.", ()),
    ("[Hostomel]LOC là thị trấn nhỏ ở ngoại ô thủ đô.", ()),
    # Lookalikes: people and companies after a word of movement, a two-word name.
    ("Ông nhận được thư từ Smith hôm qua.", (("Smith", "LOC"),)),
    ("Dữ liệu được lấy từ Google và Facebook.", (("Google", "LOC"), ("Facebook", "LOC"))),
    ("Lời mời đến từ Jens Stoltenberg.", (("Jens", "LOC"), ("Stoltenberg", "LOC"))),
    ("Bài hát của Jean-Pierre được phát lại.", (("Jean-Pierre", "LOC"),)),
    ("Ông gặp Tổng thống Macron tại Paris.", (("Macron", "LOC"),)),
    ("Đội bóng nhận đường chuyền từ Messi.", (("Messi", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_unknown_foreign_place_is_read_from_its_context(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
