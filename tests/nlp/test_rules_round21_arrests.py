"""Round 21 rules: an arrest undergone as what a sentence tells of (`bị bắt là ...`).

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The arrest as what a sentence tells of: `bị bắt là ...`.
    ("Tin viên phi công Mỹ bị [bắt]EVENT là chưa được kiểm chứng.", ()),
    # Lookalikes: people counted, a sports idiom, `bắt làm` (forced to do).
    ("Năm người bị bắt là người nước ngoài.", (("bắt", "EVENT"),)),
    ("Bị bắt bài từ đầu, đội khách thua đậm.", (("bắt", "EVENT"),)),
    ("Ông bị bắt làm việc suốt đêm.", (("bắt", "EVENT"),)),
    # Caught: `bắt được` and a full name; a thing caught is none.
    ("Công an tỉnh đã [bắt]EVENT được [Lê Văn Tám]PER ở bến xe.", ()),
    ("Ngư dân bắt được Cá Mập Trắng ngoài khơi.", (("bắt", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_arrests_undergone(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
