"""A body named by its function alone is whichever one handles the matter: no ORG.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label. The functions are data (`function_bodies`) a project's own list extends.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

BY_FUNCTION: list[Case] = [
    ("Sau đó, Cơ quan công an đã mời ông lên làm việc.", (("Cơ quan công an", "ORG"),)),
    ("Cơ quan công an cho biết sẽ trả lại tài sản.", (("Cơ quan công an", "ORG"),)),
    ("Nếu ban chỉ đạo làm thay mọi việc thì không ổn.", (("ban chỉ đạo", "ORG"),)),
    ("Theo ông, nếu có ban chỉ đạo mà ban chỉ đạo làm hết thì khó.", (("ban chỉ đạo", "ORG"),)),
]
NAMED: list[Case] = [
    # Written as a name, or with its owner, it is one body; a capitalised board
    # may refer back to the one named before.
    ("Sáng nay, [Ban Chỉ đạo]ORG đã họp đánh giá kết quả.", ()),
    ("Cuộc họp kết thúc. [Ban chỉ đạo]ORG yêu cầu các tỉnh báo cáo.", ()),
    ("Hồ sơ được chuyển tới [cơ quan công an huyện Tiên Du]ORG.", ()),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), BY_FUNCTION + NAMED)
def test_a_body_by_its_function_alone_is_none(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


def test_a_project_list_adds_a_function(rules: RuleSuggester, tmp_path: Path) -> None:
    line = "Sau đó, Cơ quan thuế đã lập biên bản."
    wrong = (("Cơ quan thuế", "ORG"),)
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)  # the shipped list lacks `cơ quan thuế`
    (tmp_path / "function_bodies.mine.txt").write_text("cơ quan thuế\n", encoding="utf-8")
    check_marked(RuleSuggester(project_dir=tmp_path), line, wrong)
