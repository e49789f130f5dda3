"""The head of a body's office in a country is a post, with the body and the country.

`Trưởng văn phòng đại diện`, `Đại diện thường trú`, `Điều phối viên thường
trú` head the offices international bodies, governments and companies keep
abroad; like an ambassador's (`Đại sứ Mỹ tại Việt Nam`), the post takes the
body and `tại` + the place (news13 `đại diện UNDP tại Việt Nam`). Lines are
written here, not copied from an article.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Ông [Lê Văn Ba]PER, [Trưởng văn phòng đại diện ADB tại Hà Nội]ROLE, nói.", ()),
    ("Theo ông [Jordan Ryan]PER, [đại diện thường trú UNDP tại Việt Nam]ROLE, Mỹ nên ủng hộ.", ()),
    (
        "Ông [John Hendra]PER, [Điều phối viên thường trú Liên Hợp Quốc tại Việt Nam]ROLE, nói.",
        (),
    ),
    # Lookalike: a representative in general, of no named body, is no post.
    ("Đại diện các bộ, ngành đã dự họp tại Hà Nội.", (("Đại diện", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_resident_representative_is_a_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
