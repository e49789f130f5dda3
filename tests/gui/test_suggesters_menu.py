"""Annotate ▸ Suggesters: the window chooses the suggesters and the memory, kept per project.

The command line had `--without-memory` and a choice of suggesters; the
window offered only underthesea, so a linguist who wanted to see what the
rules alone find, or a suggestion the memory held back, had to leave it.
"""

from __future__ import annotations

from annotator.app.suggest import memory as kept
from annotator.app.suggest import suggest_documents
from annotator.app.suggest_options import left_out
from annotator.core.model import PENDING
from annotator.core.operations import SetSpanStates
from annotator.store import open_project
from tests.app._memory_projects import WITHOUT_MEMORY, memory_project, spans_with_text

EVENT = "hội thảo"


def _rejected_twice(path, ids) -> None:
    """The seminar suggested in the first two documents and rejected in both."""
    suggest_documents(path, doc_ids=ids[:2], workers=1, suggesters=WITHOUT_MEMORY)
    found = spans_with_text(path, ids[:2])
    seminars = tuple(s.id for _, t, s in found if t == EVENT and s.label == "EVENT")
    project = open_project(path)
    try:
        project.session().apply(SetSpanStates(seminars, "rejected"))
    finally:
        project.close()


def _action(window, name: str):
    return next(a for a in window.suggesters_menu.actions() if a.data() == name)


def _stored_left_out(path) -> frozenset[str]:
    project = open_project(path)
    try:
        return left_out(project)
    finally:
        project.close()


def test_leaving_the_memory_out_in_the_menu_keeps_what_it_would_hold_back(
    qtbot, make_window, tmp_path
) -> None:
    path = tmp_path / "choice.db"
    ids = memory_project(path)
    _rejected_twice(path, ids)
    window = make_window(path)
    try:
        memory = _action(window, "memory")
        assert memory.isCheckable() and memory.isChecked()
        memory.trigger()
        assert _stored_left_out(path) == {"memory"}
        window.open_document(ids[2])
        task = window.suggest_current()
        with qtbot.waitSignal(task.ended, timeout=120_000):
            pass
        seminars = [t for _, t, s in spans_with_text(path, ids[2:]) if t == EVENT]
        assert seminars == [EVENT]  # the memory would have held it back
        summary = window.last_report.summary.text()
        assert "Left out: the project's memory (Annotate ▸ Suggesters)." in summary, summary
    finally:
        kept.forget(path)


def test_the_rules_can_be_left_out_but_not_every_suggester(make_window, tmp_path) -> None:
    path = tmp_path / "rules.db"
    memory_project(path)
    window = make_window(path)
    _action(window, "rules").trigger()
    assert _stored_left_out(path) == {"rules"}
    model = _action(window, "model")
    model.trigger()  # the last suggester left: refused, and said why
    assert model.isChecked()
    assert _stored_left_out(path) == {"rules"}
    said = window.status.currentMessage()
    assert "At least one of the rules, the model and underthesea NER must run" in said, said
    window.close_project()
    again = make_window(path)  # the choice is the project's, kept in its file
    ticked = {a.data() for a in again.suggesters_menu.actions() if a.isChecked()}
    assert ticked == {"model", "memory"}


def test_without_the_rules_only_the_model_suggests(tmp_path) -> None:
    from annotator.app.suggest_options import set_left_out

    path = tmp_path / "model.db"
    ids = memory_project(path)
    project = open_project(path)
    try:
        set_left_out(project, "rules", True)
    finally:
        project.close()
    report = suggest_documents(path, doc_ids=ids, workers=1)
    who = {s.suggester for _, _, s in spans_with_text(path, ids, states=(PENDING,))}
    assert who and "rules" not in who, who  # the base model's own
    assert report.left_out == ("rules",)
