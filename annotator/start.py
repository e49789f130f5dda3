"""Starting the window safely: the preflight checks first, Qt only when they pass.

A missing platform library makes Qt abort the process with a message a
linguist cannot act on, and nothing can catch that abort; so `main.py` and
the `annotator-gui` command check for a display and Qt's system libraries
before Qt is imported, and say what to install instead.
"""

from __future__ import annotations

import sys

from annotator import preflight


def main(argv: list[str] | None = None) -> int:
    """`python main.py [PROJECT]` and `annotator-gui [PROJECT]`."""
    status = preflight.run(("display", "qt"))
    if status:
        return status
    from annotator.gui.app import main as gui_main

    return gui_main(list(sys.argv[1:] if argv is None else argv))


def gui_script() -> None:
    """The `annotator-gui` entry point (a GUI script: no console window on Windows)."""
    sys.exit(main())
