"""Starting the window safely: the preflight checks first, Qt only when they pass.

A missing platform library makes Qt abort the process with a message a
linguist cannot act on, and nothing can catch that abort; so `main.py` and
the `annotator-gui` command check for a display and Qt's system libraries
before Qt is imported, and say what to install instead.
"""

from __future__ import annotations

import sys

from annotator import preflight

USAGE = """usage: python main.py [PROJECT]   (installed: annotator-gui [PROJECT])

Opens the annotation window on PROJECT, a project file (.db), or on the
project opened last. The interface language (Tiếng Việt or English) is chosen
in Edit > Preferences. The command-line tools (import, export, suggest, demo
and more) are listed by `annotator --help`.
"""


def main(argv: list[str] | None = None) -> int:
    """`python main.py [PROJECT]` and `annotator-gui [PROJECT]`.

    `--help` says how to start and exits, with or without a display: it
    used to open the window (every option was ignored), and without a display
    it said there was none instead of answering.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if "-h" in args or "--help" in args:
        print(USAGE, end="")
        return 0
    unknown = [a for a in args if a.startswith("-")]
    if unknown:
        print(f"unknown option {unknown[0]}; see --help", file=sys.stderr)
        return 2
    status = preflight.run(("display", "qt"))
    if status:
        return status
    from annotator.gui.app import main as gui_main

    return gui_main(args)


def gui_script() -> None:
    """The `annotator-gui` entry point (a GUI script: no console window on Windows)."""
    sys.exit(main())
