"""Round 31 PER and ROLE kinds counted over the once-blind sets.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not. The kinds: a country spelt like a foreign word between a trade
and a foreign name, a listed country of two words there; a foreign-shaped
word after the noun of a party or a firm naming that body; a woman's name
with `Thị` and a given name that spells a place; an acting holder's
`tạm quyền`; a foreign name mentioned by its first word, or by a last word
of any shape; a job in brackets after a name.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# A trade, the holder's country, then a foreign name: the country is the trade's.
COUNTRIES: list[Case] = [
    (
        "Theo [nhà báo Canada]ROLE [Peter Walsh]PER, chuyến đi thành công.",
        (("Canada Peter Walsh", "PER"), ("Canada", "LOC")),
    ),
    (
        "[Nhà nghiên cứu Nhật Bản]ROLE [Takeshi Ito]PER nhận định như vậy.",
        (("Bản Takeshi Ito", "PER"), ("Nhà nghiên cứu Nhật", "ROLE")),
    ),
]
# A foreign-shaped word written after `đảng` or `công ty` names the body elsewhere too.
BODIES: list[Case] = [
    (
        "Ông Widodo được bầu làm [chủ tịch Golkar]ROLE hôm qua, sau khi đảng Golkar họp.",
        (("Golkar", "PER"),),
    ),
    (
        "Ông Widodo làm [chủ tịch Golkar]ROLE.\nNgười trong [Golkar]ORG lo vì đảng Golkar mất ghế.",
        (("Golkar", "PER"),),
    ),
]
# A joint venture's foreign name before its head's full name names the venture.
BODIES.append(
    (
        "[Phó tổng giám đốc Rusvietko]ROLE bị bắt.\nÔng làm ở Liên doanh dầu khí Rusvietko"
        " cùng [Trần Văn Nam]PER.",
        (("Rusvietko", "PER"),),
    )
)
# The party is the person's: `đảng của ông X` leaves X a person.
KEPT_PEOPLE: list[Case] = [
    ("[Tổng thống]ROLE [Putin]PER nói rằng đảng của ông [Putin]PER thắng.", (("Putin", "ORG"),)),
]
# `Thị` makes a name whatever its family name, also with a given name that is a place.
MIDDLE_NAMES: list[Case] = [
    ("Lời khai của giám đốc, [Chung Thị Mỹ Lệ]PER, cho thấy điều đó.", ()),
]
# An acting holder: the qualifier after the title stays in the post.
ACTING: list[Case] = [
    ("Ông Somchai và [thủ tướng tạm quyền]ROLE [Chitchai Wannasathit]PER dự lễ.", ()),
]
# A foreign full name, then its first word or a last word of any shape alone.
MENTIONS: list[Case] = [
    ("Theo ông [Antonio Gualtieri]PER, nhóm đã chọn.\n[Antonio]PER cho biết thêm.", ()),
    ('Nhà phân tích [Robyn Lim]PER nói.\n"Đó là điều tất yếu", [Lim]PER nhận định.', ()),
]
# A firm run on into the next word, or a club or a car read as a name with no post or
# address word before it, is no person's full name to carry.
KEPT_FIRMS: list[Case] = [
    ("Các trận hòa giữa Getafe Racing diễn ra.\nGetafe thắng trận sau.", (("Getafe", "PER"),)),
    ("Mẫu xe Ford Everest bán chạy.\nFord sẽ mở rộng sản xuất.", (("Ford", "PER"),)),
    (
        "Thương hiệu Samco Công nhân kỹ thuật làm tốt.\nSamco sẽ mở rộng sản xuất.",
        (("Samco", "PER"),),
    ),
]
# A job in brackets right after a name is the person's post, with its unit.
ASIDES: list[Case] = [
    ("Bị cáo [Lê Văn Huấn]PER ([trạm phó]ROLE) kháng án.", ()),
    ("Bị cáo [Trần Văn Thắng]PER ([thợ in]ROLE) bị bắt.", ()),
    ("Bị cáo [Lưu Văn Tuấn]PER ([quản lý vũ trường Sao]ROLE) khai.", ()),
    (
        "Bị cáo [Nguyễn Tiến Hào]PER (nguyên [trạm trưởng liên ngành Hữu Nghị]ROLE, tỉnh"
        " [Lạng Sơn]LOC) kháng án.",
        (("trạm trưởng", "ROLE"),),
    ),
]
# In a sentence the same words are common words, no post.
KEPT_JOBS: list[Case] = [
    (
        "Ông [Nguyễn Văn An]PER quản lý vũ trường Sao.",
        (("quản lý vũ trường Sao", "ROLE"), ("quản lý", "ROLE")),
    ),
]

NEW = COUNTRIES + BODIES + MIDDLE_NAMES + ACTING + MENTIONS + ASIDES


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), NEW + KEPT_PEOPLE + KEPT_FIRMS + KEPT_JOBS)
def test_round31_people_and_posts(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
