"""The user's own settings shared by the GUI and the command line: the annotator name.

Stored as JSON in `user.json` of the configuration folder: the folder named
by the environment variable ANNOTATOR_CONFIG_DIR, else `vn-annotator` under
XDG_CONFIG_HOME (or ~/.config; %APPDATA% on Windows). Without a name there,
edits are signed with the operating-system login.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

CONFIG_ENV = "ANNOTATOR_CONFIG_DIR"
FOLDER = "vn-annotator"
FILE = "user.json"


def config_dir() -> Path:
    return user_folder(CONFIG_ENV, "APPDATA", "XDG_CONFIG_HOME", ".config")


def user_folder(explicit: str, windows: str, xdg: str, home_folder: str) -> Path:
    """The folder named by $explicit, else this program's folder in the platform's place
    ($windows on Windows, else $xdg or ~/home_folder)."""
    if os.environ.get(explicit):
        return Path(os.environ[explicit])
    if os.name == "nt" and os.environ.get(windows):
        return Path(os.environ[windows]) / FOLDER
    base = os.environ.get(xdg) or str(Path.home() / home_folder)
    return Path(base) / FOLDER


def _read() -> dict[str, object]:
    try:
        data = json.loads((config_dir() / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def configured_annotator() -> str | None:
    """The name chosen in Preferences, or None when none was chosen (or it is unreadable)."""
    name = _read().get("annotator")
    if isinstance(name, str) and name.strip():
        return _clean(name)
    return None


def _clean(name: str) -> str:
    """One space between words, in NFC: a name typed with combining marks signs as the same person."""
    return unicodedata.normalize("NFC", " ".join(name.split()))


def save_annotator(name: str | None) -> Path:
    """Remember `name` (None or blank forgets it); returns the file written."""
    data = _read()
    clean = _clean(name or "")
    if clean:
        data["annotator"] = clean
    else:
        data.pop("annotator", None)
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / FILE
    partial = target.with_suffix(".tmp")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    partial.replace(target)
    return target
