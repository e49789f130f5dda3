"""Round 23: event constructions that recur across the once-blind sets.

Invented sentences (other courts, people and bodies than the gold files). Steps
of criminal procedure said of the law, not of one case: after a noun of their
term, extension, waiver or power, beside an indefinite person, inside a
definition. Lookalikes that must keep their EVENT: a step anchored by a person
or a date, one told of as under way (`Một thứ trưởng đang bị … tạm giam`), an
order carried out (`thực hiện lệnh khởi tố`).
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

PROCEDURE: list[Case] = [
    (
        "Luật sư cho biết thời hạn tạm giam bị can đã hết mà Viện kiểm sát chưa gia hạn tạm giam.",
        (("tạm giam", "EVENT"),),
    ),
    ("Tòa án có quyền gia hạn tạm giam đối với bị cáo.", (("tạm giam", "EVENT"),)),
    ("Nghị sĩ được hưởng quyền miễn truy tố trong nhiệm kỳ.", (("truy tố", "EVENT"),)),
    (
        "Dư luận bất bình khi một ông bộ trưởng phải ra tòa vì tội nhận hối lộ.",
        (("ra tòa", "EVENT"),),
    ),
    (
        "Bị can là người đã bị cơ quan điều tra khởi tố về hình sự và bị Viện kiểm sát truy tố.",
        (("khởi tố", "EVENT"), ("truy tố", "EVENT")),
    ),
    # Lookalikes: anchored by a person, under way, an order carried out.
    ("Hôm qua, tòa án đã gia hạn [tạm giam]EVENT đối với ông Nguyễn Văn Bình.", ()),
    ("Một thứ trưởng đang bị cơ quan điều tra [tạm giam]EVENT.", ()),
    ("Cơ quan điều tra đã thực hiện lệnh [khởi tố]EVENT các bị can trên.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), PROCEDURE)
def test_round23_procedure_in_general(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
