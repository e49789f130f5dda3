"""An export with --overwrite killed (SIGKILL) right after its K-th file-system change.

Usage: python interrupted_export.py PROJECT OUT K

Counting starts when the dataset is complete in its temporary folder (the
export's `before_commit`), so K walks through every step of putting it in
place: renames, removals, permission changes. Prints "finished" if the export
ends before the K-th step.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.store import open_project

STEPS = frozenset({"replace", "rename", "rmdir", "unlink", "remove", "mkdir", "chmod"})


def main() -> None:
    path, out, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    state = {"armed": False, "count": 0}

    def profile(frame, event, arg) -> None:
        if not state["armed"] or event != "c_return":
            return
        if getattr(arg, "__module__", "") in ("posix", "nt") and arg.__name__ in STEPS:
            state["count"] += 1
            if state["count"] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    def before_commit(report, stats) -> bool:
        state["armed"] = True
        return True

    project = open_project(path)
    options = ExportOptions(format="jsonl", out=out, overwrite=True, jobs=1)
    sys.setprofile(profile)
    run_export(project, options, before_commit=before_commit)
    sys.setprofile(None)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
