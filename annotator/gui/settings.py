"""Per-user settings kept in QSettings: the recent projects list."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "vn-annotator"
APPLICATION = "Vietnamese Political Annotator"
RECENT_KEY = "recent_projects"
MAX_RECENT = 10


def user_settings() -> QSettings:
    """Settings of the running application (its organisation and name)."""
    return QSettings()


def recent_projects() -> list[str]:
    """Recent project paths, newest first, dropping files that no longer exist."""
    value = user_settings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(p) for p in (value or []) if Path(str(p)).is_file()]


def remember_project(path: Path | str) -> None:
    """Put `path` first in the recent list."""
    path = str(Path(path).resolve())
    paths = [path] + [p for p in recent_projects() if p != path]
    user_settings().setValue(RECENT_KEY, paths[:MAX_RECENT])


IMPORT_FOLDER_KEY = "import/last_folder"


def import_start_folder() -> str:
    """Where the import dialogs open: beside the last import, else the home folder.

    An empty start opened them in the program's working folder (the install
    folder, for `make run`), where a linguist's articles never are.
    """
    last = str(user_settings().value(IMPORT_FOLDER_KEY, "") or "")
    return last if last and Path(last).is_dir() else str(Path.home())


def remember_import(paths: list[Path]) -> None:
    """Remember where the chosen files or folder lie, for the next import dialog."""
    if paths:
        user_settings().setValue(IMPORT_FOLDER_KEY, str(Path(paths[0]).resolve().parent))


def project_key(group: str, project_path: Path | str) -> str:
    """A settings key of `group` for one project file, so a choice made in one project
    (its export folder, say) is not offered in another; the path is hashed because
    QSettings reads slashes in a key as groups."""
    resolved = str(Path(project_path).expanduser().resolve())
    return f"{group}/{hashlib.sha1(resolved.encode('utf-8')).hexdigest()[:16]}"


def last_project() -> str | None:
    paths = recent_projects()
    return paths[0] if paths else None


def save_window_state(window) -> None:
    """Remember the window's size and where its panels are."""
    settings = user_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())


def restore_window_state(window) -> bool:
    """Put the window and its panels back as they were; False when nothing was saved."""
    settings = user_settings()
    geometry, state = settings.value("window/geometry"), settings.value("window/state")
    if geometry is not None:
        window.restoreGeometry(geometry)
    return state is not None and bool(window.restoreState(state))


# Preferences of the window, per user (QSettings keys). The annotator name is
# not here: the command line reads it too (core.user_config).
FONT_FAMILY = "view/font_family"
FONT_SIZE = "view/font_size"
PARAGRAPH_GAP = "view/paragraph_gap"
SHOW_ARCS = "view/show_arcs"
LABEL_TAGS = "view/label_tags"
CONFIRM_DONE_PENDING = "confirm/done_with_pending"
# Interface language: "vi", "en", or empty for the system locale (read at start).
UI_LANGUAGE = "ui/language"


def preference(key: str, default):
    """A stored preference converted to the type of `default` (default when unset or bad)."""
    value = user_settings().value(key)
    if value is None:
        return default
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        return type(default)(value)
    except (TypeError, ValueError):
        return default


def set_preference(key: str, value) -> None:
    user_settings().setValue(key, value)
