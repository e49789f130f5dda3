"""The document list's filter as one value: what it keeps, field by field and combined.

Every read of the list (rows, count, position, rows around) is checked
against a plain Python reading of the same documents, so the SQL built from
the value cannot drift from what the value says.
"""

from __future__ import annotations

import itertools
import unicodedata

import pytest

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, SetStatus
from annotator.store.document_filter import EVERY_DOCUMENT, DocumentFilter

# (title, source, status set by the project's annotator, annotator with a span,
#  annotator with an own status and that status)
DOCUMENTS = (
    ("Quốc hội bế mạc kỳ họp", "/c/train.conll:1", None, "lan", None),
    ("Tăng 5% GDP trong quý", "/c/train.conll:2", "done", None, ("lan", "done")),
    ("Tăng 50 GDP trong quý", "/c/train.conll:3", "in_progress", None, None),
    ("Mã_số thuế mới", "/c/test.conll:1", None, "minh", None),
    ("Mã số thuế mới", "/c/test.conll:2", "done", None, ("minh", "in_progress")),
    ("Bài 'trích dẫn' của Tỉnh ủy", "/articles/bai-1.txt", None, None, None),
    ('Ông "Ba" phát biểu', "/articles/bai-2.txt", "in_progress", "lan", None),
    ("Thủ tướng thăm QUẢNG NAM", "/c/train.conll.bak:4", None, None, ("lan", "in_progress")),
)
TESTER = "tester"  # the project fixture's annotator: its statuses are the documents'


def folded(text: str) -> str:
    """Marks, case and Đ dropped, independently of the store's own fold."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def file_of(source: str) -> str:
    head, _, tail = source.rpartition(":")
    return head if tail.isdigit() else source


@pytest.fixture
def listed(project):
    """The project of DOCUMENTS; returns by id the document, who spanned it, and
    each annotator's own status."""
    facts = {}
    for title, source, status, spanned_by, own in DOCUMENTS:
        doc_id = project.add_document(
            SourceDocument(text=f"Bài {title}.", title=title, source=source)
        )
        owns = dict([own] if own else [])
        if status:
            project.session(TESTER).apply(SetStatus(doc_id, status))
            owns[TESTER] = status
        if spanned_by:
            project.session(spanned_by).apply(AddSpan(doc_id, 0, 3, "PER"))
        if own:
            project.session(own[0]).apply(SetStatus(doc_id, own[1]))
        facts[doc_id] = project.document(doc_id), spanned_by, owns
    return facts


def expected(facts, shown: DocumentFilter) -> list[int]:
    """The ids `shown` keeps, read from the facts in Python."""
    kept = []
    for doc_id, (doc, spanned_by, owns) in sorted(facts.items()):
        status = doc.status
        if shown.annotator:
            if shown.annotator != spanned_by and shown.annotator not in owns:
                continue
            if status != "reviewed":  # reviewed stays the document's
                status = owns.get(shown.annotator, "new")
        if shown.statuses is not None and status not in shown.statuses:
            continue
        if shown.title and folded(shown.title) not in folded(doc.title):
            continue
        if shown.source_file and file_of(doc.source or "") != shown.source_file:
            continue
        kept.append(doc_id)
    return kept


def check(project, facts, shown: DocumentFilter) -> list[int]:
    """Rows, count, positions and rows around agree with the facts; the kept ids."""
    ids = [row.id for row in project.document_rows(shown, limit=100)]
    assert ids == expected(facts, shown), shown
    assert project.document_count(shown) == len(ids)
    for doc_id in facts:
        place = project.document_position(doc_id, shown)
        assert place == (ids.index(doc_id) if doc_id in ids else None), (shown, doc_id)
    if ids:
        middle = ids[len(ids) // 2]
        around = project.document_rows_around(middle, shown, before=2, after=2)
        at = ids.index(middle)
        assert [row.id for row in around] == ids[max(0, at - 2) : at + 2], shown
    return ids


def test_the_empty_filter_keeps_every_document(project, listed) -> None:
    assert check(project, listed, EVERY_DOCUMENT) == sorted(listed)
    assert DocumentFilter().keeps_everything and DocumentFilter() == EVERY_DOCUMENT
    assert DocumentFilter(status="", title="  ", annotator="", source_file="").keeps_everything


def test_each_field_alone(project, listed) -> None:
    titles = {doc_id: doc.title for doc_id, (doc, _, _) in listed.items()}
    done = check(project, listed, DocumentFilter(status="done"))
    # "Mã số thuế mới" is done by tester, in progress by Minh: the document is in progress
    assert [titles[i] for i in done] == ["Tăng 5% GDP trong quý"]
    assert len(check(project, listed, DocumentFilter(title="gdp"))) == 2
    lan = check(project, listed, DocumentFilter(annotator="lan"))
    assert [titles[i][:8] for i in lan] == ["Quốc hội", "Tăng 5% ", 'Ông "Ba"', "Thủ tướn"]
    train = check(project, listed, DocumentFilter(source_file="/c/train.conll"))
    assert len(train) == 3  # train.conll.bak:4 is another file


def test_every_combination_of_fields(project, listed) -> None:
    choices = {
        "status": (None, "new", "done", ("done", "in_progress"), ()),
        "title": (None, "thuế", "GDP", "quang nam", "khong co"),
        "annotator": (None, "lan", "minh", TESTER, "nobody"),
        "source_file": (None, "/c/train.conll", "/articles/bai-2.txt"),
    }
    kept_some = 0
    for values in itertools.product(*choices.values()):
        shown = DocumentFilter(**dict(zip(choices, values, strict=True)))
        kept_some += bool(check(project, listed, shown))
    assert kept_some > 30  # the grid is not a grid of empty lists


def test_an_annotator_filters_by_their_own_status(project, listed) -> None:
    lan_in_progress = check(project, listed, DocumentFilter(status="in_progress", annotator="lan"))
    assert [listed[i][0].title for i in lan_in_progress] == ["Thủ tướng thăm QUẢNG NAM"]
    rows = project.document_rows(DocumentFilter(annotator="minh"))
    assert [(row.title, row.status) for row in rows] == [
        ("Mã_số thuế mới", "new"),
        ("Mã số thuế mới", "in_progress"),  # the document says done: Minh's own is shown
    ]


@pytest.mark.parametrize(
    ("words", "titles"),
    [
        ("5%", ["Tăng 5% GDP trong quý"]),  # % is a character, not LIKE's wildcard
        ("%", ["Tăng 5% GDP trong quý"]),
        ("_", ["Mã_số thuế mới"]),  # nor is _
        ("mã_", ["Mã_số thuế mới"]),
        ("'trích", ["Bài 'trích dẫn' của Tỉnh ủy"]),
        ('"Ba"', ['Ông "Ba" phát biểu']),
        ("' OR 1=1 --", []),
        ('") OR ("1"="1', []),
    ],
)
def test_a_title_with_sql_characters_is_matched_as_written(
    project, listed, words: str, titles: list[str]
) -> None:
    ids = check(project, listed, DocumentFilter(title=words))
    assert [listed[i][0].title for i in ids] == titles


def test_a_vietnamese_title_matches_in_nfc_nfd_and_any_case(project, listed) -> None:
    nfc = unicodedata.normalize("NFC", "Quảng Nam")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    found = [check(project, listed, DocumentFilter(title=t)) for t in (nfc, nfd, "quảng nam")]
    assert found[0] == found[1] == found[2] and len(found[0]) == 1
    assert check(project, listed, DocumentFilter(title="TỈNH ỦY")) == check(
        project, listed, DocumentFilter(title="tinh uy")
    )
    assert check(project, listed, DocumentFilter(title="Quãng")) == found[0]  # marks ignored


def test_the_value_is_canonical_when_built() -> None:
    nfd = unicodedata.normalize("NFD", "  Quảng Nam ")
    assert DocumentFilter(title=nfd).title == "Quảng Nam"
    assert DocumentFilter(title=nfd) == DocumentFilter(title="Quảng Nam")
    assert DocumentFilter(status="done") == DocumentFilter(status=["done"])
    assert DocumentFilter(status=["done", "done", "new"]).statuses == ("done", "new")
    assert (
        DocumentFilter(status=()).statuses == () and not DocumentFilter(status=()).keeps_everything
    )
    assert len({DocumentFilter(status=["new"]), DocumentFilter(status="new")}) == 1  # hashable
    with pytest.raises(AttributeError):
        DocumentFilter().title = "x"  # type: ignore[misc]


def test_no_status_keeps_no_document(project, listed) -> None:
    assert check(project, listed, DocumentFilter(status=())) == []
