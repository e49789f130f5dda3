"""Where the shipped resources live (schema, gazetteers, demo articles)."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.core.schema import LabelSchema


def resources_dir() -> Path:
    """The resources folder: $ANNOTATOR_RESOURCES, or the one beside the package."""
    override = os.environ.get("ANNOTATOR_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_schema() -> LabelSchema:
    """The Vietnamese political schema shipped in resources/schema.json."""
    return LabelSchema.from_json(resource_path("schema.json").read_text(encoding="utf-8"))
