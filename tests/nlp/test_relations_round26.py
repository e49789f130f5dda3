"""Round 26 relations: who takes part, read where unseen text missed it.

A chair by `điều hành`, one who undergoes a body's act (`bị [cơ quan] [tạm giam]`),
the party right after a verdict or a suit, the subject of an opening frame and of his
own act, a granted request, and a list of candidates (no attendance). Each sentence
is written here, not copied from an article; its spans are marked `[surface]LABEL`.
Every test pairs a sentence the construction must read with a lookalike it must
leave, so each fails with the construction taken out.
"""

from __future__ import annotations

from tests.nlp.marked import suggested_pairs


def test_a_list_of_candidates_for_an_election_is_no_attendance() -> None:
    line = (
        "[Đại hội]EVENT thông qua danh sách [bầu cử Ban Chấp hành]EVENT gồm: "
        "[Lê Văn Ba]PER, [Trần Năm]PER."
    )
    assert not {pair for pair in suggested_pairs(line, "PARTICIPATES") if pair[1] != "Đại hội"}
    # Lookalike: the list right after a hearing names those at it.
    lookalike = "[Phiên tòa]EVENT gồm các bị cáo: [Lê Văn Ba]PER, [Trần Năm]PER."
    assert suggested_pairs(lookalike, "PARTICIPATES") == {
        ("Lê Văn Ba", "Phiên tòa"),
        ("Trần Năm", "Phiên tòa"),
    }
