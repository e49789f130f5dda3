"""Texts stored compressed: byte-identical round trips, a contentless index kept right, damage named."""

from __future__ import annotations

import pickle
import random
import re
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from annotator.core.model import SourceDocument
from annotator.core.operations import DeleteDocument
from annotator.core.textpack import pack, unpack
from annotator.store import create_project, open_project
from annotator.store.migrations import MIGRATIONS
from annotator.store.repository import fold
from annotator.store.texts import DamagedTextError, read_text

_ALPHABET = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ĐÐ \n\t.,;:!?«»“”\"'()[]{}<>&0123456789\u200b\ufeff😀𝔸𠀀\U0010fffd"
)


def _random_texts(count: int) -> list[str]:
    rng = random.Random(90)
    texts = ["", "a", "😀", "\n", "𠀀" * 3]
    for _ in range(count):
        size = rng.choice((1, 7, 200, 5_000))
        if rng.random() < 0.5:
            raw = "".join(rng.choice(_ALPHABET) for _ in range(size))
        else:  # any code point but the surrogates, which no decoded text holds
            raw = "".join(
                chr(rng.choice((rng.randrange(0xD800), rng.randrange(0xE000, 0x110000))))
                for _ in range(size)
            )
        texts.append(unicodedata.normalize("NFC", raw))
    return texts


def test_every_text_comes_back_byte_identical() -> None:
    for text in _random_texts(300):
        back = unpack(pack(text), 1)
        assert back == text and back.encode("utf-8") == text.encode("utf-8")


def test_the_shared_corpora_come_back_byte_identical(shared_dir: Path) -> None:
    files = sorted((shared_dir / "corpus").rglob("*.txt"))
    assert files
    for path in files:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
        assert unpack(pack(text), path.name) == text


def test_a_project_gives_back_what_was_imported(project) -> None:
    texts = [t for t in _random_texts(40) if t.strip()]
    stored = project.add_documents(
        [SourceDocument(text=t, title=str(i)) for i, t in enumerate(texts)]
    )
    for source, doc_id in stored:
        assert doc_id is not None
        assert project.document(doc_id).text == source.text
        assert read_text(project._conn, doc_id) == source.text


def test_a_text_packed_by_a_worker_is_stored_as_packed() -> None:
    from annotator.app.importing.reading import with_units
    from annotator.store.texts import body_for

    item = with_units(SourceDocument(text="Chủ tịch Quốc hội"))
    assert isinstance(item, SourceDocument) and item.packed is not None
    travelled = pickle.loads(pickle.dumps(item))  # as it comes back from a worker process
    assert body_for(travelled.text, travelled.packed) is travelled.packed[1]
    other = SourceDocument(text="Chủ tịch nước", packed=travelled.packed)  # not its text
    assert unpack(body_for(other.text, other.packed), 1) == "Chủ tịch nước"


def _ids(project, query: str) -> list[int]:
    return sorted(doc_id for doc_id, _ in project.search(query, limit=100))


def test_search_forgets_a_deleted_document_and_finds_it_after_undo(project) -> None:
    first = project.add_document(SourceDocument(text="Bí thư Tỉnh ủy Quảng Nam phát biểu."))
    second = project.add_document(SourceDocument(text="Bí thư Thành ủy Hà Nội dự hội nghị."))
    session = project.session()
    assert _ids(project, "bi thu") == [first, second]
    session.apply(DeleteDocument(first))
    assert _ids(project, "bi thu") == [second]
    assert _ids(project, "Quảng Nam") == []
    session.undo()
    assert _ids(project, "bi thu") == [first, second]
    assert _ids(project, "quang nam") == [first]
    session.redo()
    assert _ids(project, "Quảng") == []
    session.undo()
    # Deleting again after undo removes exactly what was indexed: nothing stale is left.
    session.apply(DeleteDocument(first))
    session.apply(DeleteDocument(second))
    assert _ids(project, "bi thu") == [] and _ids(project, "ha noi") == []
    rows = project._conn.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()
    assert rows == (0,)


def test_search_marks_hits_in_a_snippet_cut_from_the_text(project) -> None:
    words = " ".join(f"từ{i}" for i in range(40))
    doc = project.add_document(SourceDocument(text=f"{words} Kỳ họp thứ năm của Quốc hội. {words}"))
    [(found, snippet)] = project.search("quoc hoi")
    assert found == doc
    assert "«Quốc» «hội»" in snippet and snippet.startswith("…") and snippet.endswith("…")


def test_a_phrase_search_finds_the_words_together_only(project) -> None:
    from annotator.app.search import engine  # noqa: F401  (the search's own module loads)
    from annotator.store.corpus_search import candidate_ids, fts_phrase

    together = project.add_document(SourceDocument(text="Hội đồng nhân dân tỉnh họp."))
    apart = project.add_document(SourceDocument(text="Nhân dân tỉnh gửi ý kiến tới hội đồng."))
    phrase = fts_phrase("hội đồng nhân dân")
    ids = candidate_ids(project._conn, phrase=phrase, label=None, statuses=(), after=0, limit=10)
    assert ids == [together, apart]  # the index narrows to documents with every word


def _damage(path: Path, doc_id: int, body: bytes) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE document_bodies SET body = ? WHERE doc_id = ?", (body, doc_id))
    conn.close()


@pytest.mark.parametrize("how", ["flipped", "truncated", "empty", "unknown form"])
def test_a_damaged_text_is_named_not_a_traceback(project_path: Path, how: str) -> None:
    with create_project(project_path) as project:
        doc = project.add_document(SourceDocument(text="Lấy phiếu tín nhiệm " * 50))
    body = bytearray(pack("Lấy phiếu tín nhiệm " * 50))
    if how == "flipped":
        body[len(body) // 2] ^= 0x40
    damaged = {
        "flipped": bytes(body),
        "truncated": bytes(body[: len(body) // 2]),
        "empty": b"",
        "unknown form": b"\x07" + bytes(body[1:]),
    }[how]
    _damage(project_path, doc, damaged)
    with (
        open_project(project_path) as project,
        pytest.raises(DamagedTextError, match=f"document {doc} is damaged"),
    ):
        project.document(doc)


def test_a_damaged_text_stops_an_export_with_its_name(project_path: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from annotator.cli import cli

    with create_project(project_path) as project:
        doc = project.add_document(SourceDocument(text="Kỳ họp thứ năm."))
    _damage(project_path, doc, pack("Kỳ họp thứ năm.")[:-3])
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        ["export", str(project_path), "--format", "jsonl", "--out", str(out), "--status", "any"],
    )
    assert result.exit_code != 0
    assert f"document {doc} is damaged" in result.output
    assert "Traceback" not in result.output


def test_a_project_of_the_previous_format_is_converted_and_undo_still_works(
    project_path: Path,
) -> None:
    before = tuple(m for m in MIGRATIONS if not m.name.startswith("009"))
    texts = ["Chủ tịch Ủy ban nhân dân tỉnh 😀 phát biểu.", "Kỳ họp thứ năm của Quốc hội.", ""]
    texts += [f"Bài {i}: " + "Hội đồng nhân dân tỉnh họp. " * 200 for i in range(20)]
    with create_project(project_path, migrations=before) as old:
        conn = old._conn
        conn.execute("BEGIN")
        for i, text in enumerate(texts, start=1):
            conn.execute(
                "INSERT INTO documents (id, title, text_hash, length, created, updated) "
                "VALUES (?, ?, ?, ?, 1, 1)",
                (i, f"t{i}", f"h{i}", len(text)),
            )
            conn.execute("INSERT INTO document_texts (doc_id, text) VALUES (?, ?)", (i, text))
            conn.execute("INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", (i, text))
        conn.execute("COMMIT")
        # A deletion made in the old format: its undo holds the plain text row.
        old.session().apply(DeleteDocument(2))
    with open_project(project_path) as upgraded:
        assert upgraded.last_backup is not None
        assert upgraded.document(1).text == texts[0]
        assert upgraded.document(3).text == ""
        assert _ids(upgraded, "uy ban") == [1]
        assert _ids(upgraded, "quoc hoi") == []
        upgraded.session().undo()
        assert upgraded.document(2).text == texts[1]
        assert _ids(upgraded, "quoc hoi") == [2]
        tables = {row[0] for row in upgraded._conn.execute("SELECT name FROM sqlite_master")}
        assert "document_texts" not in tables and "documents_fts_content" not in tables
        # The plain texts' pages went back to the disk (VACUUM after 0090), not left free.
        assert upgraded._conn.execute("PRAGMA freelist_count").fetchone() == (0,)


def test_a_read_only_project_reads_and_searches(project_path: Path) -> None:
    with create_project(project_path) as project:
        doc = project.add_document(SourceDocument(text="Hội nghị Trung ương lần thứ tám."))
    with open_project(project_path, access="read") as reader:
        # As for a file in a folder nobody may write to: no function runs from the schema.
        reader._conn.execute("PRAGMA trusted_schema = OFF")
        assert reader.document(doc).text == "Hội nghị Trung ương lần thứ tám."
        assert _ids(reader, "hoi nghi") == [doc]


def test_a_snippet_is_a_piece_of_the_text_with_every_hit_marked() -> None:
    from annotator.store.search import snippet

    rng = random.Random(19)
    words = ["Quốc", "hội", "họp", "tỉnh", "ủy", "Đà"]
    for _ in range(300):
        pool = [*words, "a", "b,", "c.", "\n", "😀", "quoc", "HỘI"]
        text = " ".join(rng.choice(pool) for _ in range(rng.randrange(0, 60)))
        query = rng.sample(words, rng.randrange(1, 3))
        cut = snippet(text, query)
        assert cut.replace("«", "").replace("»", "").strip("…") in text
        keys = {fold(w) for w in query}
        for marked in cut.split("«")[1:]:
            assert fold(marked.split("»")[0]) in keys
        assert ("«" in cut) == any(fold(word) in keys for word in re.findall(r"\w+", text))
