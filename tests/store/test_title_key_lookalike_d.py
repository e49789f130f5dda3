"""Title keys fold Ð (U+00D0) and Đ's other lookalikes as the search index does.

A title filter for "Đà Nẵng" or "da nang" finds "Ðà Nẵng" (a legacy
encoding's Đ); migration 0098 makes the keys of older projects again, only
for titles that hold a lookalike.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.core.operations import SetTitle
from annotator.core.vietnamese import D_LETTERS
from annotator.store import create_project, open_project
from annotator.store.document_filter import DocumentFilter
from annotator.store.migrations import MIGRATIONS
from annotator.store.repository import fold

ETH = "\u00d0"  # Ð
TITLES = (f"Hội nghị tại {ETH}à Nẵng", "Hội nghị tại Đà Nẵng", "Kỳ họp ở Quảng Nam", "\u0189ảng bộ")


def previous_key(title: str) -> str:
    """The key as the code before 0098 made it (only đ and Đ folded)."""
    decomposed = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Every migration but the one under test: a project as the previous version made it.
BEFORE_0098 = tuple(m for m in MIGRATIONS if m.name != "0098_title_keys_lookalike_d")


def project_of_previous_schema(path: Path, *, untouched: str | None = None) -> Path:
    """A project of TITLES made before 0098, its keys as that version wrote them.

    The key of the title `untouched` is set to "untouched", to see that 0098
    rewrites only the rows that hold a lookalike.
    """
    with create_project(path, migrations=BEFORE_0098) as old:
        for title in TITLES:
            old.add_document(SourceDocument(text=f"Bài {title}.", title=title))
    conn = sqlite3.connect(path)
    with conn:
        for title in TITLES:
            key = "untouched" if title == untouched else previous_key(title)
            conn.execute("UPDATE documents SET title_key = ? WHERE title = ?", (key, title))
    conn.close()
    return path


def _titled(project, words: str) -> set[str]:
    return {row.title for row in project.document_rows(DocumentFilter(title=words))}


def test_every_lookalike_folds_like_d() -> None:
    for letter, plain in D_LETTERS:
        assert fold(f"{letter}à Nẵng") == f"{plain.lower()}a nang"
    assert fold(TITLES[0]) == fold(TITLES[1]) == "hoi nghi tai da nang"


def test_a_title_filter_finds_eth_in_a_new_project(tmp_path: Path) -> None:
    with create_project(tmp_path / "p.db") as project:
        ids = [project.add_document(SourceDocument(text=f"Bài {t}.", title=t)) for t in TITLES]
        for words in ("da nang", "Đà Nẵng", f"{ETH}à Nẵng"):
            assert _titled(project, words) == set(TITLES[:2]), words
        assert _titled(project, "dang bo") == {TITLES[3]}
        project.session().apply(SetTitle(ids[2], f"Hội nghị ở {ETH}à Lạt"))
        assert _titled(project, "da lat") == {f"Hội nghị ở {ETH}à Lạt"}


def test_keys_of_a_project_of_the_previous_schema_are_made_again(tmp_path: Path) -> None:
    path = project_of_previous_schema(tmp_path / "old.db", untouched=TITLES[2])
    with open_project(path, migrations=BEFORE_0098) as still_old:
        assert _titled(still_old, "da nang") == {TITLES[1]}  # the defect, as it was
    with open_project(path) as project:
        assert _titled(project, "da nang") == set(TITLES[:2])
        assert _titled(project, "dang bo") == {TITLES[3]}
    conn = sqlite3.connect(path)
    keys = dict(conn.execute("SELECT title, title_key FROM documents"))
    conn.close()
    assert keys[TITLES[2]] == "untouched"  # no lookalike: the row is not rewritten
    assert keys[TITLES[0]] == keys[TITLES[1]] == fold(TITLES[1])
