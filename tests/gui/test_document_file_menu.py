"""The source-file box lists files by the name it shows, in Vietnamese order, and tells
apart files of one name in different folders."""

from __future__ import annotations

from annotator.core.model import SourceDocument
from annotator.gui.documents.file_menu import file_items, shown_names
from annotator.store import create_project


def test_a_file_shows_its_name_and_only_as_many_folders_as_tell_it_apart() -> None:
    paths = [
        "/corpus/phoner/train.conll",
        "/corpus/vlsp/train.conll",
        "/a/x/same/bai.txt",
        "/b/x/same/bai.txt",
        "/corpus/phoner/test.conll",
        "relative.txt",
    ]
    assert shown_names(paths) == {
        "/corpus/phoner/train.conll": "phoner/train.conll",
        "/corpus/vlsp/train.conll": "vlsp/train.conll",
        "/a/x/same/bai.txt": "a/x/same/bai.txt",
        "/b/x/same/bai.txt": "b/x/same/bai.txt",
        "/corpus/phoner/test.conll": "test.conll",
        "relative.txt": "relative.txt",
    }


def test_a_path_inside_another_shown_whole_still_differs() -> None:
    shown = shown_names(["/x/a.txt", "/y/x/a.txt"])
    assert len(set(shown.values())) == 2


def test_files_are_in_vietnamese_order_of_the_name_shown() -> None:
    files = [
        ("/z/Đà Nẵng.txt", 1),
        ("/a/dân số.txt", 2),
        ("/m/Ấp Bắc.txt", 3),
        ("/b/ăn uống.txt", 1),
        ("/c/bai-10.txt", 1),
        ("/c/bai-2.txt", 1),
        ("/a/zeta.txt", 1),
        ("/q/an ninh.txt", 1),
    ]
    names = [name for name, _path, _count in file_items(files)]
    # a < ă < â, d < đ, numbers by value, case ignored; never by folder
    assert names == [
        "an ninh.txt",
        "ăn uống.txt",
        "Ấp Bắc.txt",
        "bai-2.txt",
        "bai-10.txt",
        "dân số.txt",
        "Đà Nẵng.txt",
        "zeta.txt",
    ]
    assert [count for *_, count in file_items(files)][:3] == [1, 1, 3]


def test_the_list_box_shows_the_files_in_that_order(qtbot, make_window, tmp_path) -> None:
    path = tmp_path / "p.db"
    sources = ["/a/vlsp/train.conll", "/b/phoner/train.conll", "/z/phoner/dev.conll"]  # not by path
    with create_project(path, annotator="lan") as project:
        docs = [
            SourceDocument(text=f"Câu {n} của {source}.", title=f"Câu {n}", source=f"{source}:{n}")
            for source in sources
            for n in range(1, 3)
        ]
        list(project.add_documents(docs))
    combo = make_window(path).documents.file_combo
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
    assert items == [
        ("dev.conll (2)", "/z/phoner/dev.conll"),
        ("phoner/train.conll (2)", "/b/phoner/train.conll"),
        ("vlsp/train.conll (2)", "/a/vlsp/train.conll"),
    ]
