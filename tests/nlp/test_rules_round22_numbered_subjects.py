"""Round 22 rules: a numbered document's subject after `về`, to the end of its clause.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The subject over prepositions and a list's commas, with or without an issuer.
    ("Kết quả thi hành [Nghị quyết 52 về hỗ trợ cho người lao động trong khu công nghiệp]DOC.", ()),
    (
        "Tổng kết [Nghị định 45 của Chính phủ về quản lý, sử dụng đất ở vùng biên giới]DOC; "
        "báo cáo khác.",
        (),
    ),
    ("Thực hiện [Nghị quyết 91 về cải cách thủ tục cho người bị oan]DOC.", ()),
    # Lookalikes: the sentence goes on after the subject; the next item is a clause; an
    # administrative citation with `số` or a code keeps its subject out.
    (
        "[Nghị quyết 52 về hỗ trợ người lao động]DOC đã được ban hành từ lâu.",
        (("Nghị quyết 52 về hỗ trợ người lao động đã được ban hành", "DOC"),),
    ),
    (
        "Theo [Nghị định 45 về quản lý đất đai]DOC, các tỉnh phải rà soát lại.",
        (("Nghị định 45 về quản lý đất đai, các tỉnh phải rà soát lại", "DOC"),),
    ),
    (
        "Tỉnh vừa có [Công điện số 05/CĐ-UBND]DOC về việc phòng chống bão lũ trên địa bàn.",
        (("Công điện số 05/CĐ-UBND về việc phòng chống bão lũ trên địa bàn", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_numbered_subjects(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
