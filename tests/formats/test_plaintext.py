"""The plain-text reader, its `# key = value` header and the reader registry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.errors import ImportFailure
from annotator.core.structure import CAPTION, TITLE
from annotator.formats import registry
from annotator.formats.plaintext import read_plaintext, split_header
from annotator.formats.registry import Reader, reader_for, readers, register_reader

HEADER_ARTICLE = (
    "# doc_id = news_society_204\n"
    "# url = https://dantri.com.vn/xa-hoi/ong-phung-xuan-nha.htm\n"
    "# date = 20210427\n"
    "Ông Phùng Xuân Nhạ làm Phó Trưởng Ban Tuyên giáo Trung ương\n"
    "Chiều 27/4, tại Ban Tuyên giáo Trung ương diễn ra Hội nghị triển khai Quyết định.\n"
    "Ông Nguyễn Trọng Nghĩa trao quyết định (Ảnh: Tiến Tuấn).\n"
)


def _read(name: str, data: bytes) -> list:
    return list(read_plaintext(Path(name), data))


def test_header_lines_become_metadata_and_leave_the_text():
    (doc,) = _read("news_society_204.txt", HEADER_ARTICLE.encode())
    assert doc.meta["doc_id"] == "news_society_204"
    assert doc.meta["url"].startswith("https://dantri.com.vn/")
    assert doc.meta["date"] == "20210427"
    assert doc.text.startswith("Ông Phùng Xuân Nhạ")
    assert "# doc_id" not in doc.text
    assert doc.title == "Ông Phùng Xuân Nhạ làm Phó Trưởng Ban Tuyên giáo Trung ương"
    assert doc.source == "news_society_204.txt"
    assert doc.meta["encoding"] == "utf-8"


def test_regions_are_on_the_document_and_in_meta():
    (doc,) = _read("a.txt", HEADER_ARTICLE.encode())
    kinds = [r.kind for r in doc.regions]
    assert kinds[0] == TITLE and CAPTION in kinds
    assert json.loads(json.dumps(doc.meta))["regions"] == [
        [r.start, r.end, r.kind] for r in doc.regions
    ]
    caption = next(r for r in doc.regions if r.kind == CAPTION)
    assert doc.text[caption.start : caption.end].endswith("(Ảnh: Tiến Tuấn).")


def test_doc_id_is_the_title_when_only_one_line_follows():
    (doc,) = _read("x.txt", b"# doc_id = bai_01\nMot dong duy nhat.")
    assert doc.text == "Mot dong duy nhat."
    assert doc.title == "Mot dong duy nhat."
    (doc,) = _read("x.txt", b"# doc_id = bai_02\n" + ("Dài. " * 60).encode())
    assert doc.title.startswith("Dài.")


def test_header_only_file_is_empty():
    with pytest.raises(ImportFailure, match="no article text"):
        _read("x.txt", b"# doc_id = a\n# date = 2021\n\n")


def test_a_hash_line_inside_the_text_is_not_a_header():
    meta, text = split_header("Tiêu đề\n# không phải = siêu dữ liệu")
    assert meta == {}
    assert text.endswith("# không phải = siêu dữ liệu")


def test_raw_hash_is_of_the_file_bytes():
    import hashlib

    data = HEADER_ARTICLE.encode()
    (doc,) = _read("a.txt", data)
    assert doc.raw_hash == hashlib.sha256(data).hexdigest()


def test_registry_dispatches_by_extension_and_content():
    text = "Bài báo\nNội dung.".encode()
    assert reader_for(Path("a.txt"), text).name == "text"
    assert reader_for(Path("A.TXT"), text).name == "text"
    # An unknown extension goes to whichever reader accepts the content.
    assert reader_for(Path("bai-bao.md"), text).name == "text"
    assert reader_for(Path("x.data"), text, format="text").name == "text"


def test_registry_knows_json_lines_from_the_formats_package():
    names = {r.name for r in readers()}
    assert {"text", "jsonl"} <= names
    assert reader_for(Path("a.jsonl"), b'{"text": "x"}\n').name == "jsonl"
    assert ".txt" in registry.known_extensions() and ".jsonl" in registry.known_extensions()


def test_binary_file_without_a_known_extension_has_no_reader():
    with pytest.raises(ImportFailure, match="no reader accepts"):
        reader_for(Path("photo.bin"), b"\x89PNG\r\n\x1a\n\x00\x00")


def test_unknown_format_name_lists_the_known_ones():
    with pytest.raises(ImportFailure, match="unknown format 'docx'.*text"):
        reader_for(Path("a.txt"), b"x", format="docx")


def test_registering_a_second_reader_under_a_taken_name_is_refused():
    other = Reader(
        name="text",
        extensions=(".txt",),
        sniff=lambda path, head: True,
        read=read_plaintext,
    )
    with pytest.raises(ValueError, match="already registered"):
        register_reader(other)


def test_a_registered_reader_wins_by_priority_and_can_be_removed():
    def read(path, data):
        yield from ()

    reader = Reader(
        name="test-priority",
        extensions=(".txt",),
        sniff=lambda path, head: head.startswith(b"PRIORITY"),
        read=read,
        priority=50,
    )
    register_reader(reader)
    try:
        assert reader_for(Path("a.txt"), b"PRIORITY text").name == "test-priority"
        assert reader_for(Path("a.txt"), b"plain text").name == "text"
    finally:
        registry._READERS.pop("test-priority")
