"""Round 31: `Quy chế` with its subject; a clock's minute prime; `như ngày hôm nay`.

`Quy chế dân chủ`, `Quy chế hoạt động của Ủy ban Thường vụ`: a capitalised
`Quy chế` inside a sentence names one paper by the subject after it, missed at
blind time in news20, news25 and news28. In lowercase only the rules of an
election are one paper (`Theo quy chế bầu cử, …`, `qui chế` too; news14,
news25), the rest generic. A clock time written with a prime after its minutes
(`8h15' sáng nay`, `14h30' chiều 1/6`) was cut before the prime and its part of
day and date split off (news2, news24). `như ngày hôm nay` (as things are today)
was a false DATE in news24 and news29. A lowercase law's name was cut after
eight syllables, inside a word (`… các vụ án hành | chính`, news23).

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

REGULATIONS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Xã cần làm tốt hơn [Quy chế dân chủ]DOC ở từng thôn.", ()),
    ("Hội nghị góp ý sửa đổi [Quy chế hoạt động của Ban Thường vụ]DOC trong năm.", ()),
    ("Tỉnh đã ban hành [Quy chế Hội thẩm nhân dân]DOC. Sau đó, họ họp.", ()),
    # Lookalikes: a sentence's first word, a trade standing, the subject of another paper.
    ("Quy chế mới quy định rõ trách nhiệm.", (("Quy chế mới", "DOC"),)),
    (
        "Họ bỏ phiếu trao Quy chế thương mại bình thường (PNTR) cho nước này.",
        (("Quy chế thương mại bình thường", "DOC"),),
    ),
    (
        "Ủy ban ra nghị quyết về Quy chế hoạt động của Hội đồng Dân tộc tuần này.",
        (("Quy chế hoạt động của Hội đồng Dân tộc", "DOC"),),
    ),
]

ELECTION_RULES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Theo [quy chế bầu cử]DOC, mỗi đại biểu được đề cử ba người.", ()),
    ("Theo [qui chế bầu cử]DOC, người được đề cử có quyền rút tên.", ()),
    ("Đoàn nhất trí với [quy chế bầu cử Ban Chấp hành khóa mới]DOC rồi giải lao.", ()),
    # Lookalike: rules named by a common noun are generic.
    ("Chi bộ cần xây dựng quy chế làm việc cho rõ.", (("quy chế làm việc", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), REGULATIONS)
def test_a_capitalised_regulation_is_named_by_its_subject(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), ELECTION_RULES)
def test_an_elections_rules_are_one_paper_in_lowercase(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


CLOCK_PRIMES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Phiên bỏ phiếu bắt đầu lúc [9h20' sáng nay]DATE tại hội trường.", (("9h20", "DATE"),)),
    ("[15h45' chiều 2/9]DATE, hội nghị bế mạc.", (("chiều 2/9", "DATE"),)),
    ("Đoàn đến lúc [10 giờ 30' sáng qua]DATE.", ()),
    # Lookalike: a quoted clock reading keeps its quotation marks outside.
    ("Ông ghi '9h20' lên bảng.", (("9h20'", "DATE"),)),
]

AS_TODAY: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Nhờ vậy thành phố mới đẹp như ngày hôm nay.", (("ngày hôm nay", "DATE"),)),
    # Lookalikes: the article's day, with or without `ngày`.
    ("Cuộc họp kéo dài hết [ngày hôm nay]DATE.", ()),
    ("Chưa bao giờ họ bàn kỹ như [hôm nay]DATE đâu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CLOCK_PRIMES)
def test_a_clock_times_minute_prime_is_inside(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), AS_TODAY)
def test_as_things_are_today_is_no_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


LONG_LAWS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Ủy ban cho ý kiến về [Pháp lệnh thủ tục giải quyết các tranh chấp lao động tập thể]DOC, rồi nghỉ.",
        (),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), LONG_LAWS)
def test_a_long_lowercase_law_name_is_whole(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
