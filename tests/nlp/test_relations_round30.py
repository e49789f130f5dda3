"""Round 30 relations: what someone says is no part in an event; a document's date.

`X cho biết có nhiều người không phải là đại biểu dự [E]`, `X phát biểu cho rằng một [E]
…`: the event is in what he says (cues.py, `reports_on`); `Tại [E], ông A khẳng định,
[B] là …`: B is what A speaks of (said_by_other.py); `[quyết định số 12] [ngày 3-1-2000]
của [UBND tỉnh]`: the document's own date does not part it from its issuer (issued.py).
Each sentence is written here, not copied from an article; spans are marked
`[surface]LABEL`. `[vụ cá độ] do [X] cầm đầu`: the ringleader takes part
(ringleaders.py).
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs


@pytest.mark.parametrize(
    "said",
    [
        "cho biết có nhiều người không phải là đại biểu dự",
        "phát biểu cho rằng một",
    ],
    ids=["others-attend", "verb-opens-clause"],
)
def test_an_event_in_what_the_person_says_takes_no_link(said: str) -> None:
    text = f"Ông [Trần Văn Năm]PER {said} [hội nghị]EVENT sẽ được tổ chức vào tuần sau."
    assert suggested_pairs(text, "PARTICIPATES") == set()


@pytest.mark.parametrize(
    "own",
    [
        "cho biết tại",  # said there
        "phát biểu tại",  # spoke there
        "phát biểu nhấn mạnh những nhiệm vụ quan trọng của",  # no clause opens
        "tuyên bố ông Hai sẽ trở lại nắm quyền tại một",  # said at the event
    ],
    ids=["said-there", "spoke-there", "object", "declared-there"],
)
def test_the_speaker_at_the_event_keeps_his_link(own: str) -> None:
    text = f"Ông [Trần Văn Năm]PER {own} [hội nghị]EVENT sáng nay."
    assert suggested_pairs(text, "PARTICIPATES") == {("Trần Văn Năm", "hội nghị")}


_SPEECH = "Đọc diễn văn tại [buổi lễ]EVENT, Bí thư [Trần Văn Năm]PER "


@pytest.mark.parametrize("verb", ["khẳng định,", "nói rằng", "cho biết:"])
def test_a_person_named_in_what_another_says_at_the_event_takes_no_part(verb: str) -> None:
    text = f"{_SPEECH}{verb} Chủ tịch [Lê Văn Sáu]PER là nhà cách mạng vĩ đại."
    assert suggested_pairs(text, "PARTICIPATES") == {("Trần Văn Năm", "buổi lễ")}


def test_a_person_after_an_event_that_is_its_own_subject_is_not_refused() -> None:
    # The trial is the subject of its clause, not the place of the saying: its defendant,
    # named in what the lawyer says, may still be its party.
    text = (
        "[Phiên tòa]EVENT được mở lại khi ông [Trần Văn Năm]PER cho biết, bị cáo "
        "[Lê Văn Sáu]PER vô tội."
    )
    assert ("Lê Văn Sáu", "Phiên tòa") in suggested_pairs(text, "PARTICIPATES")


@pytest.mark.parametrize("between", [" ", " ban hành "], ids=["space", "ban-hanh"])
def test_a_document_keeps_its_issuer_past_its_own_date(between: str) -> None:
    text = (
        f"Hội đồng căn cứ theo [quyết định số 12]DOC{between}[ngày 3-1-2000]DATE của "
        "[UBND tỉnh Lâm Đồng]ORG để định giá căn nhà."
    )
    assert suggested_pairs(text, "ISSUED_BY") == {("quyết định số 12", "UBND tỉnh Lâm Đồng")}


def test_a_date_with_words_of_its_own_parts_a_document_from_a_body() -> None:
    text = (
        "Theo [quyết định số 12]DOC, [ngày 3-1-2000]DATE các cán bộ của "
        "[UBND tỉnh Lâm Đồng]ORG đã đến kiểm tra."
    )
    assert suggested_pairs(text, "ISSUED_BY") == set()


@pytest.mark.parametrize("head", ["cầm đầu", "chủ mưu"])
def test_the_ringleader_after_do_takes_part_in_the_case(head: str) -> None:
    text = (
        "Công an tiếp tục điều tra [vụ cá độ bóng đá]EVENT do cựu cầu thủ "
        f"[Trần Văn Năm]PER {head} ở thành phố."
    )
    assert suggested_pairs(text, "PARTICIPATES") == {("Trần Văn Năm", "vụ cá độ bóng đá")}


def test_a_name_not_introduced_by_do_is_no_ringleader() -> None:
    text = (
        "Công an tiếp tục điều tra [vụ cá độ bóng đá]EVENT, theo nhiều người thì "
        "[Trần Văn Năm]PER cầm đầu ở thành phố."
    )
    assert suggested_pairs(text, "PARTICIPATES") == set()
