"""The stock underthesea NER as a suggester with offsets."""

from __future__ import annotations

import unicodedata

from annotator.core.textnorm import normalize_text
from annotator.nlp.ner import UndertheseaNER, bio_to_ranges


def test_bio_with_an_i_tag_that_starts_an_entity():
    tags = ["O", "I-PER", "I-PER", "O", "B-LOC", "I-ORG", "B-PER", "B-PER"]
    assert bio_to_ranges(tags) == [
        (1, 3, "PER"),
        (4, 5, "LOC"),
        (5, 6, "ORG"),
        (6, 7, "PER"),
        (7, 8, "PER"),
    ]


def test_person_is_found_at_its_offsets_even_with_old_tone_placement():
    text = "Ông Phan Việt Cường làm việc tại Khánh Hoà.\nBà Nguyễn Thị Kim Ngân phát biểu."
    found = UndertheseaNER().suggest(text)
    surfaces = {(text[s.start : s.end], s.label) for s in found}
    assert ("Nguyễn Thị Kim Ngân", "PER") in surfaces
    assert all(s.suggester == "underthesea" for s in found)
    assert all(text[s.start].isalnum() and text[s.end - 1].isalnum() for s in found)
    assert any(text[s.start : s.end] == "Khánh Hoà" for s in found)


def test_nfd_source_gives_the_same_offsets_after_import():
    text = "Ông Nguyễn Xuân Phúc gặp Thủ tướng ở Hà Nội."
    again = normalize_text(unicodedata.normalize("NFD", text))
    assert UndertheseaNER().suggest(again) == UndertheseaNER().suggest(text)


def test_punctuation_only_entities_are_dropped():
    text = "Theo Nghị quyết 18-NQ/TW của Trung ương."
    for s in UndertheseaNER().suggest(text):
        assert any(ch.isalnum() for ch in text[s.start : s.end])


def test_pathological_text_is_tagged_quickly_with_valid_offsets():
    import time

    from annotator.nlp.pipeline import Pipeline, PipelineConfig

    text = "\n".join(
        [
            "!" * 10000,
            "Ông Nguyễn Văn An " + "xã " * 20000 + "họp tại Hà Nội.",
            "Hà Nội 😀😀 абв 中文 عربى ngày 7.1.2022 theo Nghị quyết 18-NQ/TW.",
            "“" * 3000 + "N.Đ" + "…" * 3000,
        ]
    )
    pipeline = Pipeline(PipelineConfig(names=("rules", "underthesea")))
    began = time.monotonic()
    run = pipeline.run(text)
    merged = pipeline.merge_run(run, text)
    assert time.monotonic() - began < 30.0
    for found in [*run.values(), merged]:
        for s in found:
            assert 0 <= s.start < s.end <= len(text)
            assert text[s.start].isalnum() or s.suggester != "underthesea"
    assert ("Nguyễn Văn An", "PER") in {(text[s.start : s.end], s.label) for s in merged}
