"""A second process that edits a project, for tests of what happens around a crash.

Usage: python editor_process.py PROJECT EDITS

Opens PROJECT, applies EDITS AddSpan operations (printing "ack <span id>"
after each one returns, flushed), prints "done", then waits on stdin until it
is killed or its stdin closes. The test decides when to SIGKILL it.
"""

from __future__ import annotations

import sys

from annotator.core.operations import AddSpan
from annotator.store import open_project


def main() -> None:
    path, edits = sys.argv[1], int(sys.argv[2])
    project = open_project(path, annotator="editor")
    session = project.session()
    doc_id = project.document_ids()[0]
    for i in range(edits):
        # Spans from the start, each longer than the last: nested, never crossing.
        change = session.apply(AddSpan(doc_id, 0, 1 + i % 500, "PER"))
        print(f"ack {change.spans_added[0]}", flush=True)
    print("done", flush=True)
    sys.stdin.read()
    project.close()


if __name__ == "__main__":
    main()
