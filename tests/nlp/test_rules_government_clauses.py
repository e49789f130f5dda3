"""A lowercase `chính phủ` that is the subject of its clause, or pointed at, is one ORG.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label. Each marked case of `ACTING` fails with the clause reading
switched off.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from annotator.nlp.rules.bodies import government_owners
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

ACTING: list[Case] = [
    ("Trong năm tới, [chính phủ]ORG sẽ trình dự luật thuế mới.", ()),
    ("Người phát ngôn nói [chính phủ]ORG hy vọng giảm thâm hụt ngân sách.", ()),
    ("Sau cuộc bầu cử, [chính phủ]ORG đó vẫn phải từ chức.", ()),
    ("Ông cho biết [chính phủ]ORG coi việc này là ưu tiên.", ()),
]
GENERAL: list[Case] = [
    # Counted, new, formed or a kind: governments in general, unmarked.
    ("Họ cho rằng một tân chính phủ sẽ không thay đổi gì.", (("chính phủ", "ORG"),)),
    ("Nhiều quan chức chính phủ đã có mặt tại buổi lễ.", (("chính phủ", "ORG"),)),
    ("Các chính phủ đã cam kết giảm khí thải.", (("chính phủ", "ORG"),)),
    ("Các tổ chức phi chính phủ đang hỗ trợ người dân.", (("chính phủ", "ORG"),)),
    # Not followed by a clause's verb: left as before.
    ("Ông gửi lời cảm ơn của chính phủ tới nhân dân.", (("chính phủ", "ORG"),)),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), ACTING + GENERAL)
def test_governments_acting_in_a_clause(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), ACTING)
def test_each_acting_government_needs_the_clause_reading(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(government_owners, "_acting", lambda line, i: False)
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
