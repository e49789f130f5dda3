"""A lowercase `chính phủ` supported, criticised, left, weakened or led is one ORG.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label. The acts are data (`government_acts`) a project's own list extends.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

ACTED_ON: list[Case] = [
    ("Phe đối lập vẫn dám chỉ trích [chính phủ]ORG trong mọi phiên họp.", ()),
    ("Đảng này đe dọa rút khỏi [chính phủ]ORG vào tháng tới.", ()),
    ("Các nghị sĩ quyết định ủng hộ [chính phủ]ORG, trái với dự đoán.", ()),
    ("Cơ quan này trở thành đơn vị thuộc [chính phủ]ORG từ năm nay.", ()),
    ("Ai sẽ lãnh đạo [chính phủ]ORG trong nhiệm kỳ tới?", ()),
    ("Những vụ bê bối đã làm suy yếu [chính phủ]ORG của ông.", ()),
]
IN_GENERAL: list[Case] = [
    # Leaders of governments, governments of many states, and opposing them as a kind.
    ("Ông gặp các lãnh đạo chính phủ tại hội nghị.", (("chính phủ", "ORG"),)),
    ("Họ kêu gọi ủng hộ chính phủ các nước láng giềng.", (("chính phủ", "ORG"),)),
    ("Lực lượng chống chính phủ đã rút lui.", (("chính phủ", "ORG"),)),
    ("Các đảng đang thương lượng để thành lập chính phủ.", (("chính phủ", "ORG"),)),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), ACTED_ON + IN_GENERAL)
def test_a_government_acted_on_is_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


def test_a_project_list_adds_an_act(rules: RuleSuggester, tmp_path: Path) -> None:
    line = "Tổng thống tuyên bố sẽ cải tổ [chính phủ]ORG vào mùa thu."
    with pytest.raises(AssertionError):
        check_marked(rules, line, ())  # the shipped list lacks `cải tổ`
    (tmp_path / "government_acts.mine.txt").write_text("cải tổ\n", encoding="utf-8")
    check_marked(RuleSuggester(project_dir=tmp_path), line, ())
