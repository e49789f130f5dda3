"""The Linux desktop entry: the annotator in the application menu, with its icon.

`annotator install-desktop-entry` writes `vn-annotator.desktop` into
$XDG_DATA_HOME/applications (~/.local/share/applications) and the icon into
the hicolor theme beside it, so a linguist who installed with pip or pipx
starts the window from the menu, not from a terminal.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.resources import resource_path

DESKTOP_ID = "vn-annotator"
NAME = "Vietnamese Political Annotator"
COMMENT = "Annotate people, roles and events in Vietnamese political news"
COMMENT_VI = "Chú thích người, chức vụ và sự kiện trong tin tức chính trị tiếng Việt"


@dataclass(frozen=True)
class Installed:
    entry: Path
    icon: Path
    command: str


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (the XDG base directory default)."""
    explicit = os.environ.get("XDG_DATA_HOME")
    return Path(explicit) if explicit and os.path.isabs(explicit) else Path.home() / ".local/share"


def gui_command() -> str:
    """How the menu starts the window: the `annotator-gui` script of this install."""
    beside = Path(sys.executable).with_name("annotator-gui")
    found = str(beside) if beside.is_file() else shutil.which("annotator-gui")
    if found:
        return _quoted(found)
    start = "from annotator.start import gui_script; gui_script()"
    return f"{_quoted(sys.executable)} -c {_quoted(start)}"


def _quoted(argument: str) -> str:
    """An Exec argument as the Desktop Entry Specification quotes it."""
    if not any(c in argument for c in ' \t"`$\\;()'):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def desktop_entry(command: str, icon: str = DESKTOP_ID) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={NAME}",
            f"Comment={COMMENT}",
            f"Comment[vi]={COMMENT_VI}",
            f"Exec={command} %f",
            f"Icon={icon}",
            "Terminal=false",
            "Categories=Education;Languages;",
            "Keywords=annotation;NER;Vietnamese;corpus;linguistics;",
            f"StartupWMClass={DESKTOP_ID}",
            "",
        ]
    )


def install_desktop_entry(home: Path | None = None, command: str | None = None) -> Installed:
    """Write the entry and the icon under `home` (the XDG data folder); what was written."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise AnnotatorError("desktop entries are for Linux and BSD desktops")
    base = home or data_home()
    icon = base / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path("icons", "annotator.svg"), icon)
    entry = base / "applications" / f"{DESKTOP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    command = command or gui_command()
    partial = entry.with_suffix(".tmp")
    partial.write_text(desktop_entry(command), encoding="utf-8")
    partial.replace(entry)
    return Installed(entry, icon, command)
