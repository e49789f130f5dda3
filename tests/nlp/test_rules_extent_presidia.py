"""The presidium or secretariat of a congress is one ORG with the congress it runs.

Invented sentences (news5, news13, news14 at blind time gave the congress an EVENT
beside the office); lookalikes where the congress is the object of a verb.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

PRESIDIA: list[Case] = [
    ("Danh sách được báo cáo lên [đoàn chủ tịch đại hội]ORG để xem xét.", (("đại hội", "EVENT"),)),
    ("Ông được bầu vào [đoàn chủ tịch kỳ họp thứ nhất HĐND tỉnh]ORG.", ()),
    ("[Đoàn thư ký đại hội]ORG đã tổng hợp ý kiến.", (("đại hội", "EVENT"),)),
    # Lookalikes: the congress as the object of the presidium's verb keeps its EVENT.
    ("[Đoàn chủ tịch]ORG điều hành [đại hội]EVENT rất tốt.", ()),
    ("[Đoàn chủ tịch]ORG, [đại hội]EVENT đã thống nhất.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), PRESIDIA)
def test_a_presidium_keeps_the_congress_it_runs(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
