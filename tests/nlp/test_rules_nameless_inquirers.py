"""An investigator or inspector with no name after is whoever did the job, no post.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

INQUIRERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Bare, after `một`, or as the object of a verb: people doing the job.
    ("Chiều qua, điều tra viên đã lấy lời khai của hai nhân chứng.", (("điều tra viên", "ROLE"),)),
    ("Sau đó, một điều tra viên mang hồ sơ đến nhà ông.", (("điều tra viên", "ROLE"),)),
    ("Cần tăng số thanh tra viên ở các sở.", (("thanh tra viên", "ROLE"),)),
    # Before the holder's name it is the post.
    ("Ông đã gặp [điều tra viên]ROLE [Lê Văn Hùng]PER hôm 5-3.", ()),
    ("[Thanh tra viên]ROLE [Phạm Thị Lan]PER ký biên bản.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), INQUIRERS)
def test_an_inquirer_is_a_post_only_before_a_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
