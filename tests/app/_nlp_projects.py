"""Small projects built from the NLP fixture texts, for suggest/train/evaluate tests."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.model import DONE
from annotator.core.operations import SetStatus
from annotator.store import create_project

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "nlp" / "annotated.jsonl"


def fixture_rows() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.open(encoding="utf-8")]


def build_project(path: Path, *, done: int = 0, texts: list[str] | None = None) -> list[int]:
    """A project with the fixture documents (the first `done` of them marked done)."""
    from annotator.core.model import SourceDocument

    project = create_project(path, annotator="tester")
    ids: list[int] = []
    try:
        rows = fixture_rows()
        sources = [
            SourceDocument(text=r["text"], title=r["id"], spans=tuple(tuple(s) for s in r["spans"]))
            for r in rows
        ] + [SourceDocument(text=t, title=f"extra {i}") for i, t in enumerate(texts or [])]
        for source in sources:
            doc_id = project.add_document(source)
            assert doc_id is not None
            ids.append(doc_id)
        session = project.session()
        for doc_id in ids[:done]:
            session.apply(SetStatus(doc_id, DONE))
    finally:
        project.close()
    return ids
