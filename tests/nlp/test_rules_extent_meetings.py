"""A gathering keeps whom it gathers, or its field, written right after it.

Invented sentences (other bodies, members and outlets' styles than the gold
files: news3, news4, news10, news12, news14 at blind time); lookalikes where
the members are a sentence's subject, a speaker, or participants after `với`.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

MEETINGS: list[Case] = [
    ("[Chiều qua]DATE, [Sở Y tế]ORG tổ chức [hội nghị y tế cơ sở]EVENT.", ()),
    ("[Bí thư]ROLE dự [buổi họp mặt cựu chiến binh và thanh niên xung phong]EVENT.", ()),
    ("Ông phát biểu tại [buổi gặp mặt doanh nghiệp 12 tỉnh]EVENT phía Nam.", ()),
    ("[Bộ trưởng]ROLE chủ trì [buổi giao ban ngoại giao]EVENT sáng thứ hai.", ()),
    ("Ông dự [hội thảo khoa học quốc tế]EVENT về biển.", ()),
    ("Đó là điều [hội nghị đại biểu Quốc hội chuyên trách]EVENT quan tâm.", ()),
    ("Trường tổ chức [cuộc họp mặt giáo viên, nhân viên 3 khóa]EVENT.", ()),
    (
        "[Tối 5-9]DATE, [cuộc họp mặt truyền thống chiến khu Dương Minh Châu lần thứ 20]EVENT "
        "đã diễn ra.",
        (),
    ),
    # Lookalikes: the members as the next clause's subject, a speaker named after the
    # member, participants after `với`, a comma after the head.
    (
        "Tại [hội nghị]EVENT, cán bộ các xã nêu nhiều kiến nghị.",
        (("hội nghị, cán bộ", "EVENT"),),
    ),
    (
        "Tại [hội nghị]EVENT [đại biểu]ROLE [Nguyễn Văn Bình]PER đề nghị làm rõ.",
        (("hội nghị đại biểu", "EVENT"),),
    ),
    (
        "[Buổi họp mặt]EVENT với cán bộ hưu trí diễn ra vui vẻ.",
        (("Buổi họp mặt với cán bộ", "EVENT"),),
    ),
    (
        "[Hội nghị]EVENT đã thống nhất, cán bộ được giao việc cụ thể.",
        (("Hội nghị đã thống nhất, cán bộ", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), MEETINGS)
def test_a_meeting_keeps_whom_it_gathers(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A summit keeps the forum of states listed after it and the session's bare number.
SUMMITS: list[Case] = [
    ("Việt Nam đăng cai [Hội nghị Cấp cao ASEM 5]EVENT, nâng cao vị thế.", ()),
    ("[Thủ tướng]ROLE dự [Hội nghị Cấp cao APEC 13]EVENT tại [Busan]LOC.", ()),
    ("Ông dự [hội nghị thượng đỉnh AIPA]EVENT ở [Viêng Chăn]LOC.", ()),
    # Lookalikes: a count after the forum, a length of time.
    (
        "[Hội nghị cấp cao ASEM]EVENT 51 nước thành viên họp hai năm một lần.",
        (("Hội nghị cấp cao ASEM 51", "EVENT"),),
    ),
    (
        "Trước [Hội nghị cấp cao AIPA]EVENT 3 ngày, đoàn đã tới.",
        (("Hội nghị cấp cao AIPA 3", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), SUMMITS)
def test_a_summit_keeps_its_forum_and_session_number(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
