"""Where the shipped resources live (schema, gazetteers, demo articles)."""

from __future__ import annotations

import os
import sysconfig
from pathlib import Path

from annotator.core.schema import LabelSchema

# Where `pip install .` and `pipx install .` put them, under the install's data folder.
INSTALLED = Path("share", "annotator", "resources")


def resources_dir() -> Path:
    """The resources folder: $ANNOTATOR_RESOURCES, the checkout's, else the installed copy."""
    override = os.environ.get("ANNOTATOR_RESOURCES")
    if override:
        return Path(override)
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if (checkout / "schema.json").is_file():
        return checkout
    for data in _data_folders():
        if (data / INSTALLED / "schema.json").is_file():
            return data / INSTALLED
    return checkout


def _data_folders() -> list[Path]:
    """The data folders of this interpreter's install schemes (a venv's, then the user's)."""
    folders = [Path(sysconfig.get_path("data"))]
    try:
        user = sysconfig.get_preferred_scheme("user")
        folders.append(Path(sysconfig.get_path("data", user)))
    except (KeyError, ValueError):
        pass
    return folders


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_schema() -> LabelSchema:
    """The Vietnamese political schema shipped in resources/schema.json."""
    return LabelSchema.from_json(resource_path("schema.json").read_text(encoding="utf-8"))
