"""The quick normalisation used by readers gives exactly what the text rule gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.textnorm import normalize_with_offsets
from annotator.formats.normal import with_offsets

PIECES = st.sampled_from(
    [
        "Việt",
        "Nam",
        " ",
        "\n",
        "\r\n",
        "\u200b",
        "\u200d",
        "👩\u200d💻",
        "e\u0301",
        "\ufeff",
        "a",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(PIECES, max_size=20).map("".join)))
def test_same_text_and_map_as_the_text_rule(raw: str) -> None:
    assert with_offsets(raw) == normalize_with_offsets(raw)
