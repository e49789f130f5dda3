"""How the rules cut a line into tokens: glued units and sources are read apart."""

from __future__ import annotations

import pytest

from annotator.nlp.rules.lines import split_glued


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("P.Cầu", ["P", ".", "Cầu"]),
        ("Q.Nam", ["Q", ".", "Nam"]),
        ("TP.Hồ", ["TP", ".", "Hồ"]),
        ("Hiếu/VOV.VN", ["Hiếu", "/", "VOV.VN"]),
        ("TP.HCM", ["TP.HCM"]),
        ("km/h", ["km/h"]),
        ("HĐND/UBND", ["HĐND/UBND"]),
        ("U.S", ["U.S"]),
        ("Hà", ["Hà"]),
    ],
)
def test_glued_tokens_are_split_only_where_a_name_is_glued(token, parts):
    pieces = split_glued(token, 10)
    assert [s for _, s in pieces] == parts
    assert all(token[start - 10 :].startswith(s) for start, s in pieces)
