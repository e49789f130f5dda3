"""Article structure: title, bylines, source tag, captions, TAGS and body regions."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.decoding import decode_bytes
from annotator.core.model import Region
from annotator.core.resources import resource_path
from annotator.core.structure import (
    BODY,
    BYLINE,
    CAPTION,
    SOURCE,
    TAGS,
    TITLE,
    analyse_article,
    regions_from_meta,
    regions_to_meta,
)

SEED = resource_path("demo", "seed-lay-phieu-tin-nhiem.txt")


def _texts(text: str, regions: tuple[Region, ...]) -> list[str]:
    return [text[r.start : r.end] for r in regions]


@pytest.fixture(scope="module")
def seed() -> tuple[str, object]:
    text = decode_bytes(SEED.read_bytes()).text
    return text, analyse_article(text)


def test_seed_title(seed):
    text, structure = seed
    assert structure.title == (
        "Thực hiện nghiêm việc lấy phiếu tín nhiệm đối với cán bộ lãnh đạo, quản lý"
    )
    assert _texts(text, structure.of_kind(TITLE)) == [structure.title]


def test_seed_bylines_top_and_bottom(seed):
    text, structure = seed
    assert _texts(text, structure.of_kind(BYLINE)) == [
        "NGUYÊN ĐOAN | 23/02/2022 11:40",
        "NGUYÊN ĐOAN",
    ]


def test_seed_source_tag(seed):
    text, structure = seed
    assert _texts(text, structure.of_kind(SOURCE)) == ["(QNO) -"]


def test_seed_both_captions(seed):
    text, structure = seed
    captions = _texts(text, structure.of_kind(CAPTION))
    assert captions == [
        "Bí thư Tỉnh ủy Phan Việt Cường phát biểu chỉ đạo tại hội nghị. Ảnh: N.Đ",
        "Đại biểu dự hội nghị tại điểm cầu huyện Nam Trà My. Ảnh: N.Đ",
    ]


def test_seed_tags_block_to_the_end(seed):
    text, structure = seed
    (tags,) = structure.of_kind(TAGS)
    assert text[tags.start : tags.end].split("\n") == [
        "TAGS",
        "lấy phiếu tín nhiệm",
        "Tỉnh ủy Quảng Nam",
        "Phan Việt Cường",
    ]
    assert tags.end == len(text)


def test_seed_body_excludes_source_tag_and_captions(seed):
    text, structure = seed
    bodies = _texts(text, structure.of_kind(BODY))
    assert bodies[0].startswith("Sáng 23.2, Ban Thường vụ Tỉnh ủy")
    assert all("Ảnh: N.Đ" not in b for b in bodies)
    assert any("Phan Việt Cường yêu cầu các cấp ủy" in b for b in bodies)


def test_regions_are_ordered_disjoint_and_trimmed(seed):
    text, structure = seed
    previous_end = 0
    for region in structure.regions:
        assert previous_end <= region.start < region.end <= len(text)
        assert text[region.start] not in " \n" and text[region.end - 1] not in " \n"
        previous_end = region.end


@pytest.mark.parametrize(
    ("line", "is_caption"),
    [
        ("Hành khách ùn tắc ở sân bay Tân Sơn Nhất (Ảnh: Nguyễn Quang).", True),
        ("VEPR cảnh báo nguy cơ bong bóng bất động sản (Ảnh minh họa).", True),
        ("Toàn cảnh phiên họp (ảnh chụp màn hình)", True),
        ("Đại biểu dự hội nghị. Ảnh minh hoạ", True),
        ("Ông nói ảnh hưởng của dịch là rất lớn.", False),
        ("Bức ảnh được chia sẻ rộng rãi trên mạng xã hội.", False),
    ],
)
def test_caption_lines(line, is_caption):
    text = f"Tiêu đề bài báo\nĐoạn mở đầu có nội dung.\n{line}\nĐoạn cuối cùng của bài."
    structure = analyse_article(text)
    assert bool(structure.of_kind(CAPTION)) is is_caption


def test_dantri_style_end_credits():
    text = "Tiêu đề\nNội dung bài báo dài.\nMột đoạn nữa.\nĐức Hoàng\nTổng hợp"
    structure = analyse_article(text)
    assert _texts(text, structure.of_kind(BYLINE)) == ["Đức Hoàng", "Tổng hợp"]


def test_a_single_paragraph_has_no_title_region_but_a_title():
    text = "Sáng 23.2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến toàn tỉnh. " * 4
    structure = analyse_article(text.strip())
    assert not structure.of_kind(TITLE)
    assert structure.title.startswith("Sáng 23.2")
    assert len(structure.title) <= 121
    assert [r.kind for r in structure.regions] == [BODY]


def test_empty_text():
    assert analyse_article("").regions == ()


def test_regions_round_trip_through_meta(seed):
    _, structure = seed
    assert regions_from_meta(regions_to_meta(structure.regions)) == structure.regions
    assert regions_from_meta("garbage") == ()
    assert regions_from_meta([[1, 2], ["a", 2, "x"]]) == ()


@pytest.mark.shared
def test_all_dantri_articles_have_sane_structure(shared_dir: Path):
    files = sorted((shared_dir / "corpus" / "unc-dantri-news" / "data").glob("*.txt"))
    assert len(files) == 1283
    with_caption = 0
    with_body = 0
    for path in files:
        text = decode_bytes(path.read_bytes()).text.split("\n", 3)[3]
        structure = analyse_article(text)
        assert structure.title
        previous_end = 0
        for region in structure.regions:
            assert previous_end <= region.start < region.end <= len(text)
            previous_end = region.end
        body = sum(r.end - r.start for r in structure.of_kind(BODY))
        with_body += body > len(text) / 2
        with_caption += bool(structure.of_kind(CAPTION))
    # About a third of the crawled articles keep photo captions.
    assert 0.2 < with_caption / len(files) < 0.6
    assert with_body / len(files) > 0.95
