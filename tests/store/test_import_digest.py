"""The text hash an import worker made is used only with the very text it was made from."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import replace

from annotator.app.importing.reading import with_units
from annotator.core.model import SourceDocument
from annotator.store import create_project
from annotator.store.importing import text_digest


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_read_document_carries_its_texts_hash_through_a_pipe() -> None:
    doc = with_units(SourceDocument(text="Hội nghị Tỉnh ủy lần thứ 7."))
    assert isinstance(doc, SourceDocument) and doc.digest is not None
    sent = pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    assert sent.digest[0] is sent.text  # still paired after the pipe
    assert text_digest(sent) == sent.digest[1] == _sha(sent.text)


def test_a_hash_paired_with_another_text_object_is_made_again() -> None:
    text = "".join(["Kỳ họp ", "thứ 7"])
    equal_copy = "".join(["Kỳ họp ", "thứ 7"])
    assert text == equal_copy and text is not equal_copy
    wrong = SourceDocument(text=text, digest=(equal_copy, "0" * 64))
    assert text_digest(wrong) == _sha(text)
    changed = replace(with_units(SourceDocument(text="Một")), text="Hai")  # type: ignore[type-var]
    assert text_digest(changed) == _sha("Hai")


def test_the_stored_hash_is_the_texts_with_or_without_a_made_one(tmp_path) -> None:
    with create_project(tmp_path / "p.db", annotator="t") as project:
        read = with_units(SourceDocument(text="Bài một.", title="a"))
        plain = SourceDocument(text="Bài hai.", title="b")
        stored = list(project.add_documents([read, plain]))
        assert [doc_id for _, doc_id in stored] == [1, 2]
        assert project.document_with_hash(_sha("Bài một.")) == 1
        assert project.document_with_hash(_sha("Bài hai.")) == 2
        again = list(project.add_documents([with_units(SourceDocument(text="Bài một."))]))
        assert again[0][1] is None  # the same text: a duplicate
