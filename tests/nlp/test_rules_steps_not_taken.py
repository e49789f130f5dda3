"""A court step that cannot be, was not, or is taken instead of another is no EVENT.

Round 27: at blind time the rules marked a step of a case right after words that
say it did not take place in four once-blind sets (news12, news20, news24, news25:
`không thể truy tố`, `thay vì bị đề nghị khởi tố`, `không bị khởi tố`, `vẫn chưa
được đưa ra xét xử`), all unmarked in the gold. Invented sentences; lookalikes
keep the EVENT of a step that took place.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

NOT_TAKEN: list[Case] = [
    # It cannot be taken.
    (
        "Vì thiếu chứng cứ, cơ quan điều tra không thể truy tố các cán bộ kho bạc.",
        (("truy tố", "EVENT"),),
    ),
    # It was not taken, the person not subjected to it.
    ("Hai kế toán của công ty không bị khởi tố trong vụ việc này.", (("khởi tố", "EVENT"),)),
    # It has not been reached yet.
    ("Sau ba năm, hồ sơ vẫn chưa được đưa ra xét xử.", (("xét xử", "EVENT"),)),
    # Another measure was taken instead.
    (
        "Vì sao nhiều cán bộ thay vì bị đề nghị khởi tố thì chỉ bị kiểm điểm?",
        (("khởi tố", "EVENT"),),
    ),
]
TAKEN: list[Case] = [
    ("Ông [Trần Văn Bình]PER đã bị [khởi tố]EVENT về tội tham ô.", ()),
    ("Cơ quan điều tra đã [truy tố]EVENT ông [Lê Văn Tám]PER.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), NOT_TAKEN + TAKEN)
def test_a_step_not_taken_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Round 27: a step someone will undergo, with no person or date in its sentence, is the
# law's threat (news24 at blind time, unmarked); a trial set for a day or a named
# defendant keeps its EVENT, and so does a court that will act.
TO_COME: list[Case] = [
    ("Ai tiếp tay cho lâm tặc sẽ bị truy tố trước pháp luật.", (("truy tố", "EVENT"),)),
    ("Ngày 12/9, tòa sẽ [tuyên án]EVENT.", ()),
    ("Tuần tới, tòa sẽ [xét xử]EVENT ông [Lê Văn Cường]PER.", ()),
    ("Tòa án tỉnh sẽ [xét xử]EVENT 7 bị cáo trong tháng này.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), TO_COME)
def test_a_step_to_come_of_no_one_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
