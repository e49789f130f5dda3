"""A minister's post takes every field of its ministry into one ROLE.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Ministries of earlier or foreign governments, by their field.
    ("Ông Hòa, [Bộ trưởng Năng lượng]ROLE hồi đó, đã ký.", (("Năng", "PER"),)),
    ("[Bộ trưởng An ninh Nội địa Mỹ]ROLE đến Hà Nội.", ()),
    ("Ông từng là [Thứ trưởng Ngoại thương]ROLE.", ()),
    # Two fields side by side, with no `và`.
    ("[Bộ trưởng Giáo dục Đào tạo]ROLE trả lời chất vấn.", (("Bộ trưởng Giáo dục", "ROLE"),)),
    ("[Thứ trưởng Tài nguyên  Môi trường]ROLE cho biết như vậy.", ()),
    # The fields of several ministers listed after a counted or plural post.
    ("Sáng nay, hai [bộ trưởng Y tế và Công an]ROLE đăng đàn.", ()),
    (
        "Các [thứ trưởng Tài chính, Kế hoạch và Đầu tư, Xây dựng]ROLE cùng dự.",
        (("thứ trưởng Tài chính", "ROLE"),),
    ),
    # The ministers of all branches.
    ("Ủy ban làm việc với các [Bộ trưởng các ngành]ROLE được giám sát.", ()),
    # Lookalikes: one minister before another post; one minister and a name; a
    # ministry by its name after the post; the ministers of other states.
    ("[Bộ trưởng Tài chính]ROLE và [Bộ trưởng Ngoại giao]ROLE cùng đến.", ()),
    (
        "[Bộ trưởng Tài chính]ROLE, Ngoại giao là hai bộ lớn.",
        (("Bộ trưởng Tài chính, Ngoại giao", "ROLE"),),
    ),
    ("[Bộ trưởng Quốc phòng]ROLE [Phan Văn Giang]PER phát biểu.", ()),
    ("Ông là [Bộ trưởng Bộ Công an]ROLE khi đó.", (("Bộ trưởng", "ROLE"),)),
    ("[Bộ trưởng]ROLE các nước ASEAN họp tại Hà Nội.", (("Bộ trưởng các nước", "ROLE"),)),
    ("[Bộ Năng lượng Mỹ]ORG công bố báo cáo.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_minister_takes_the_fields_of_its_ministry(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
