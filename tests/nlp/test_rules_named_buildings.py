"""Buildings named by a state body or by the person a monument honours, and title-case halls.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

BODY_HOUSES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A state body's own house takes the body as its name.
    ("Đoàn khách nghỉ tại [Nhà khách Chính phủ]LOC trong ba ngày.", (("Chính phủ", "ORG"),)),
    (
        "Lễ viếng được tổ chức tại [Nhà tang lễ Bộ Quốc phòng]LOC, số 5 Trần Thánh Tông.",
        (("Bộ Quốc phòng", "ORG"),),
    ),
    ("Hội thảo khai mạc tại [Trung tâm hội nghị Quốc hội]LOC chiều qua.", ()),
    # Lookalikes: the same words in lowercase, and an office that names no building.
    ("Cán bộ nhà khách UBND tỉnh cho biết phòng đã kín.", (("nhà khách UBND tỉnh", "LOC"),)),
    ("Buổi gặp diễn ra tại trụ sở [Bộ Ngoại giao]ORG.", (("trụ sở Bộ Ngoại giao", "LOC"),)),
]

MONUMENTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A monument is named by the person it honours; the name inside is no PER.
    ("Đoàn đại biểu dâng hoa tại [Tượng đài Trần Hưng Đạo]LOC.", (("Trần Hưng Đạo", "PER"),)),
    ("Sáng nay, học sinh đến [Đền thờ Nguyễn Trãi]LOC thắp hương.", (("Nguyễn Trãi", "PER"),)),
    # A caption's credit glued to the name stays out of it.
    ("Dâng hoa tại [Tượng đài Lê Lợi]LOC Ảnh: T.H", (("Tượng đài Lê Lợi Ảnh", "LOC"),)),
]

TITLE_CASE_HALLS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A title-case name after a hall's head is whole even with no city after it.
    ("Buổi mít tinh diễn ra tại [Cung Văn hóa Hữu nghị]LOC, có 500 người dự.", ()),
    ("Hội nghị họp ở [Cung Văn hóa Lao động]LOC hôm qua.", (("Cung Văn", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BODY_HOUSES + MONUMENTS + TITLE_CASE_HALLS)
def test_named_buildings_are_one_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
