"""A state service in lowercase right before the place it serves: one sentence per shape.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with that
label. Each service case fails with `local_services` switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

SERVICES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Năm qua, [thanh tra Hải Phòng]ORG đã phát hiện nhiều sai phạm.", (("Hải Phòng", "LOC"),)),
    ("Hồ sơ được chuyển cho [công an Cần Thơ]ORG xử lý.", (("Cần Thơ", "LOC"),)),
    ("Lô hàng bị [hải quan Lạng Sơn]ORG giữ lại.", (("Lạng Sơn", "LOC"),)),
    ("Vụ kiện đã được [tòa án Đồng Nai]ORG thụ lý.", (("Đồng Nai", "LOC"),)),
    # Through a level noun, and a state's police by its country.
    ("Bản án của [toà án huyện Gia Lâm]ORG đã bị hủy.", (("Gia Lâm", "LOC"),)),
    ("Ông bị [cơ quan thi hành án huyện Củ Chi]ORG cưỡng chế.", (("Củ Chi", "LOC"),)),
    ("Năm ngoái, ông bị [cảnh sát Pháp]ORG bắt giữ.", (("Pháp", "LOC"),)),
]

LOOKALIKES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # `thanh tra` as a verb or an inspection: the place stays a place.
    ("Bộ sẽ thanh tra [Hải Phòng]LOC trong quý tới.", (("thanh tra Hải Phòng", "ORG"),)),
    # The whole sector, and any one of many, are no body.
    ("Ông làm việc trong ngành tòa án [Cần Thơ]LOC đã lâu.", (("tòa án Cần Thơ", "ORG"),)),
    ("Một tòa án [Phnom Penh]LOC đã kết án ba người.", (("tòa án Phnom Penh", "ORG"),)),
    # One of its men, or a count of them, is no body.
    ("Một viên cảnh sát [Đức]LOC đã bị thương.", (("cảnh sát Đức", "ORG"),)),
    ("Hai công an [Hà Nội]LOC đã có mặt.", (("công an Hà Nội", "ORG"),)),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), SERVICES + LOOKALIKES)
def test_services_with_places_and_their_lookalikes(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), SERVICES)
def test_each_service_needs_the_finder(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(rules_module, "local_services", lambda line: [])
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
