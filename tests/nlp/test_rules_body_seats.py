"""Where a body's name ends: its seat, its instance, its branch. One sentence per shape.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with that
label. Each shape fails with its step switched off.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import annotator.nlp.rules as rules_module
import annotator.nlp.rules.bodies.orgs as orgs_module
import annotator.nlp.rules.unit_phrases as unit_phrases_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# A double province written with a comma after `tỉnh`: one seat, one place.
COMMA_PROVINCES: list[Case] = [
    (
        "Hôm qua, [TAND tỉnh Bà Rịa, Vũng Tàu]ORG đã trả hồ sơ để điều tra bổ sung.",
        (("TAND tỉnh Bà Rịa", "ORG"), ("Vũng Tàu", "LOC")),
    ),
    (
        "Vụ việc được [Công an tỉnh Thừa Thiên, Huế]ORG thụ lý.",
        (("Công an tỉnh Thừa Thiên", "ORG"),),
    ),
    ("Dự án nằm ở tỉnh [Bà Rịa, Vũng Tàu]LOC.", (("Bà Rịa", "LOC"),)),
]
# Two provinces side by side stay two (their dashed pair is not a listed place).
COMMA_LISTS: list[Case] = [
    ("Đoàn đã làm việc với [UBND tỉnh Quảng Nam]ORG, [Đà Nẵng]LOC.", ()),
    ("Mưa lớn ở các tỉnh [Đồng Nai]LOC, [Bình Dương]LOC.", ()),
]

# A trial panel with its instance, and the court it sits in.
PANELS: list[Case] = [
    ("Sáng nay, [HĐXX phúc thẩm]ORG đã bác kháng cáo của bị cáo.", (("HĐXX", "ORG"),)),
    (
        "[Hội đồng xét xử sơ thẩm TAND tỉnh Long An]ORG đã nghị án kéo dài.",
        (("TAND tỉnh Long An", "ORG"),),
    ),
    ("Sau đó [HĐXX giám đốc thẩm]ORG đã hủy bản án.", (("HĐXX", "ORG"),)),
]

# A district named like a person, after a body that ends in its unit noun.
PERSON_NAMED_SEATS: list[Case] = [
    ("Hôm sau, [Công an quận Ngô Quyền]ORG đã ra lệnh bắt.", (("Ngô Quyền", "LOC"),)),
    ("Vụ án do [VKSND huyện Lê Thủy]ORG truy tố.", (("Lê Thủy", "LOC"),)),
]
# After a post the name is its holder's.
HOLDERS: list[Case] = [
    ("[Chủ tịch UBND huyện]ROLE [Trần Văn Tâm]PER đã ký quyết định.", ()),
]

# A branch named by its parent, `chi nhánh` and its place or number.
BRANCHES: list[Case] = [
    ("Ông vay tiền của [Ngân hàng Nông nghiệp chi nhánh Thanh Xuân]ORG.", ()),
    ("Khoản vay của [Ngân hàng công thương chi nhánh 5]ORG đã quá hạn.", ()),
    (
        "Sai phạm xảy ra tại [Ngân hàng ngoại thương Chi nhánh Quy Nhơn]ORG, năm 2004.",
        (("Ngân hàng ngoại thương Chi", "ORG"),),
    ),
]
# A company that has a branch somewhere names none.
BARE_BRANCHES: list[Case] = [
    ("[Công ty Thành Đạt]ORG mở chi nhánh tại [Cần Thơ]LOC.", ()),
]

# A party committee of a bloc, named by the bloc's kind, name and level.
BLOCS: list[Case] = [
    ("Đoàn đại biểu [Đảng bộ khối cơ quan Tư pháp T.Ư]ORG đã phát biểu.", (("Đảng bộ", "ORG"),)),
    ("Ông là đảng viên [Đảng bộ khối các cơ quan tỉnh Hà Nam]ORG.", (("Hà Nam", "LOC"),)),
    ("Hôm qua, [Đảng bộ khối Doanh nghiệp Trung ương]ORG đã tổng kết.", (("Đảng bộ", "ORG"),)),
]
# `khối` alone after a committee names no bloc.
BARE_BLOCS: list[Case] = [("[Đảng bộ]ORG khối đã tổ chức đại hội.", ())]

# A number after a body that counts a span of time is no part of its name.
COUNTED_TIME: list[Case] = [
    ("Ông điều hành [Tập đoàn Hoa Sen]ORG 5 năm.", (("Tập đoàn Hoa Sen 5", "ORG"),)),
    ("Ông lãnh đạo [Công ty Bình Minh]ORG 10 năm liền.", (("Công ty Bình Minh 10", "ORG"),)),
]
# A year after the word keeps the body's own number.
NUMBERED: list[Case] = [("[Công ty 889]ORG năm 2001 đã ký hợp đồng.", ())]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


ALL = COMMA_PROVINCES + COMMA_LISTS + PANELS + PERSON_NAMED_SEATS + HOLDERS
ALL += BRANCHES + BARE_BRANCHES + BLOCS + BARE_BLOCS + COUNTED_TIME + NUMBERED


@pytest.mark.parametrize(("line", "wrong"), ALL)
def test_body_extents(rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]) -> None:
    check_marked(rules, line, wrong)


def _off(value: object) -> Callable[..., object]:
    return lambda *args, **kwargs: value


def _switched_off(monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    if shape == "comma":
        monkeypatch.setattr(orgs_module, "comma_province", _off(-1))
        monkeypatch.setattr(unit_phrases_module, "comma_province", _off(-1))
    elif shape == "panel":
        monkeypatch.setattr(orgs_module, "trial_instance", _off(-1))
    elif shape == "seat":
        monkeypatch.setattr(rules_module, "seats_after_units", lambda line, spans: spans)
    elif shape == "time":
        # A count of time is also a count of things (`counted_units` holds `năm`).
        monkeypatch.setattr(orgs_module, "counts_time", _off(False))
        monkeypatch.setattr(orgs_module, "counts_things", _off(False))
    elif shape == "bloc":
        monkeypatch.setattr(orgs_module, "bloc_name", _off(-1))
    else:
        monkeypatch.setattr(orgs_module, "branch_name", _off(-1))


SHAPES = [("comma", c) for c in COMMA_PROVINCES] + [("panel", c) for c in PANELS]
SHAPES += [("seat", c) for c in PERSON_NAMED_SEATS] + [("branch", c) for c in BRANCHES]
SHAPES += [("bloc", c) for c in BLOCS] + [("time", c) for c in COUNTED_TIME]


@pytest.mark.parametrize(("shape", "case"), SHAPES)
def test_each_shape_needs_its_step(
    monkeypatch: pytest.MonkeyPatch, rules: RuleSuggester, shape: str, case: Case
) -> None:
    _switched_off(monkeypatch, shape)
    with pytest.raises(AssertionError):
        check_marked(rules, *case)
