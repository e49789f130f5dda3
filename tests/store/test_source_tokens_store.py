"""Source tokens stored beside a text: packed compactly, read back equal, checked on the way in."""

from __future__ import annotations

import pytest

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.source_tokens import Layout, SourceTokens, TagOverride

TOKENS = SourceTokens(
    layout=Layout(
        format="vlsp2016",
        word_join="_",
        extra_columns=2,
        tag_columns=2,
        labels=(("LOC", "LOCATION"),),
        details=(("editor", "<editor>x</editor>"),),
    ),
    starts=(0, 4, 8, 8),
    ends=(3, 7, 8, 11),
    sentences=(0, 2),
    forms=((2, "\u200b"),),
    extra=(("Nc", "B-NP"), ("Np", "B-NP"), ("", ""), ("Np", "B-NP")),
    overrides=(TagOverride(1, 2, "O", "Oy"),),
)


def test_tokens_read_back_equal(project) -> None:
    doc_id = project.add_document(SourceDocument(text="Ông Huế\nHội", tokens=TOKENS))
    (item,) = list(project.iter_annotated([doc_id], tokens=True))
    assert item.tokens == TOKENS
    (plain,) = list(project.iter_annotated([doc_id]))
    assert plain.tokens is None  # read only when asked


def test_tokens_past_the_text_are_refused(project) -> None:
    bad = SourceTokens(layout=Layout(), starts=(0, 4), ends=(3, 40))
    with pytest.raises(ImportFailure, match="past its text"):
        project.add_document(SourceDocument(text="Ông Huế", tokens=bad))
    inverted = SourceTokens(layout=Layout(), starts=(3,), ends=(1,))
    with pytest.raises(ImportFailure, match="do not line up"):
        project.add_document(SourceDocument(text="Ông Huế", tokens=inverted))
    assert project.document_count() == 0
