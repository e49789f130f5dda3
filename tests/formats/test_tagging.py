"""Tag schemes: encoding IOB2/BIOES, detecting IOB1/IOB2/BIOES, lenient decoding."""

from __future__ import annotations

from annotator.formats import tagging


def test_encode_iob2_and_bioes() -> None:
    chunks = [(0, 3, "PER"), (4, 5, "LOC")]
    assert tagging.encode(5, chunks, "iob2") == ["B-PER", "I-PER", "I-PER", "O", "B-LOC"]
    assert tagging.encode(5, chunks, "bioes") == ["B-PER", "I-PER", "E-PER", "O", "S-LOC"]


def test_decode_inverts_encode_for_both_schemes() -> None:
    chunks = [(0, 2, "ORG"), (2, 3, "ORG"), (5, 7, "DATE")]
    for scheme in tagging.SCHEMES:
        assert tagging.decode(tagging.encode(8, chunks, scheme)) == chunks


def test_detect_schemes() -> None:
    assert tagging.detect(["B-PER", "I-PER", "O"]) == "iob2"
    assert tagging.detect(["I-PER", "I-PER", "O", "I-LOC"]) == "iob1"
    assert tagging.detect(["B-PER", "E-PER", "S-LOC"]) == "bioes"


def test_iob1_decodes_with_b_separating_adjacent_chunks() -> None:
    tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC"]
    assert tagging.decode(tags) == [(0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC")]


def test_label_change_inside_i_run_starts_a_new_chunk() -> None:
    assert tagging.decode(["B-PER", "I-LOC"]) == [(0, 1, "PER"), (1, 2, "LOC")]
