"""The steps the window's memory and bulk-review tests share, on `memory_project`'s three
documents: each holds one suggested "hội thảo" event, the surface they reject."""

from __future__ import annotations

from tests.app._memory_projects import spans_with_text

EVENT = "hội thảo"


def event_states(path, doc_ids) -> list[str]:
    """The states of every stored "hội thảo" event, read on a connection of its own."""
    found = spans_with_text(path, doc_ids, states=None)
    return [s.state for _, surface, s in found if s.label == "EVENT" and surface == EVENT]


def wait_for(qtbot, task) -> None:
    """Wait until a suggest task has ended."""
    with qtbot.waitSignal(task.ended, timeout=120_000):
        pass


def suggest_all_and_close_report(qtbot, window) -> None:
    """Suggest for all unfinished documents, then close the report as the linguist does."""
    wait_for(qtbot, window.suggest_unfinished())
    window.last_report.close()
    with qtbot.waitActive(window):
        window.activateWindow()


def choose(menu, prefix: str, sub: str | None = None) -> None:
    """Choose a menu entry (or a submenu's) as a click would: the menu closes, then it runs."""
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(prefix))
    if sub is not None:
        action = next(
            a for a in action.menu().actions() if a.text().replace("&", "").startswith(sub)
        )
    menu.close()
    action.trigger()
