"""A vote for a body on a ballot list is one EVENT; a body after a comma that opens
the next clause is that clause's subject, not another body elected.

news14 at blind time (`danh sách [bầu BCH T.Ư khóa X]` twice, `kết quả [bầu Bộ Chính
trị], [BCH T.Ư khóa X] sẽ bầu …`); the class of votes for a body was seen in four
sets (news4, news12, news13, news14). Invented sentences with lookalikes.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

VOTES: list[Case] = [
    ("Đại hội chốt danh sách [bầu Ban Chấp hành Đảng bộ tỉnh khóa XVI]EVENT.", ()),
    ("Thêm 20 người vào danh sách [bầu BCH T.Ư khóa XI]EVENT.", ()),
    (
        "Sau khi có kết quả [bầu Ban Bí thư]EVENT, [Ban Chấp hành Trung ương]ORG sẽ họp.",
        (("bầu Ban Bí thư, Ban Chấp hành Trung ương", "EVENT"),),
    ),
    # Lookalikes: a list of bodies elected together stays one event; a list for posts
    # is left to the posts (the gold leaves `danh sách bầu ủy viên …` without an event).
    ("[Tháng 5/2026]DATE sẽ tổ chức [bầu Quốc hội, HĐND các cấp]EVENT.", ()),
    (
        "Có kết quả [bầu Ban Bí thư, Ủy ban Kiểm tra Trung ương]EVENT, hội nghị bế mạc.",
        (),
    ),
    (
        "Ông được đề cử vào danh sách bầu ủy viên dự khuyết.",
        (("bầu ủy viên dự khuyết", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), VOTES)
def test_a_vote_for_a_body_on_a_ballot_list(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
