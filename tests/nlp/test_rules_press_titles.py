"""A foreign paper by its English title (a name and a press word) is one ORG, its city inside.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A city or a name and a press word: the paper, the city no place of its own.
    ("Ông viết trên tờ [Denver Post]ORG rằng cuộc gặp rất quan trọng.", (("Denver", "LOC"),)),
    ("Theo [Chicago Tribune]ORG, thành phố sẽ tăng thuế.", (("Chicago", "LOC"),)),
    ("Xã luận của [Toronto Star Herald]ORG kêu gọi bình tĩnh.", ()),
    # A city whose first word a Vietnamese syllable spells, or a listed two-word city.
    ("Tờ [San Diego Tribune]ORG dẫn lời ông.", (("Diego Tribune", "ORG"),)),
    ("Theo [San Antonio Express News]ORG, vụ việc đang được điều tra.", ()),
    ("Phóng viên tờ [San Francisco Chronicle]ORG có mặt.", (("Francisco Chronicle", "ORG"),)),
    ("Một người lính bị bắt. Ảnh: [NY Daily]ORG.", ()),
    ("Bài báo đăng trên [The Jordan Times]ORG hôm qua.", ()),
    ("Kênh [Sky News]ORG đưa tin về vụ việc.", ()),
    # The paper's country before its name stays a place of its own.
    ("Tờ báo [Anh]LOC [Morning Star Herald]ORG dẫn lời một quan chức.", ()),
    ("Nhật báo [Pháp]LOC [Riviera Morning Post]ORG cho biết.", ()),
    # Lookalikes: a press word starting a longer name, a city alone, no name before it.
    ("Du khách đổ về Times Square dịp năm mới.", (("Times", "ORG"),)),
    ("Ông Bush tiếp ông Khải tại [Washington]LOC hôm qua.", (("Washington", "ORG"),)),
    ("Chương trình News tối nay phát sóng muộn.", (("News", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_foreign_paper_by_its_english_title_is_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
