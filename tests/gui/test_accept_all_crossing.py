"""Accept all pending takes what crosses nothing and leaves each crossing pair pending, named."""

from __future__ import annotations

from tests.gui.review_support import review_window, suggest


def test_accept_all_leaves_a_crossing_pair_pending_and_names_it(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path, size=(1366, 768))
    window = r.window
    name = r.find("Phan Việt Cường")
    across = (name[0] + len("Phan "), name[1] + 4)  # from inside the name to past its end
    surface = r.text[across[0] : across[1]]
    extra = suggest(window, r.doc_id, ((surface, "ORG", "rules", 0.5),), relation=False)
    window.commands.accept_all.trigger()  # Annotate > Accept all pending
    states = {s.id: s.state for s in window.project.spans(r.doc_id)}
    held = {r.spans["Phan Việt Cường"], extra.spans[surface]}
    assert {states[i] for i in held} == {"pending"}
    assert {states[i] for i in r.spans.values() if i not in held} == {"accepted"}
    # The suggested HOLDS would accept its held end with it: it waits too.
    assert window.project.relation(r.relation).state == "pending"
    said = window.status.whole_message()
    assert "2 crossing suggestions left pending" in said
    assert f"PER “Phan Việt Cường” × ORG “{' '.join(surface.split())}”" in said
    # Too long for the bar at 1366 pixels: the notice under the text says it whole.
    assert window.status.currentMessage() != said
    assert window.notice.isVisible() and window.notice.text.text() == said
    window.undo()  # one step
    assert {s.state for s in window.project.spans(r.doc_id)} == {"pending"}
