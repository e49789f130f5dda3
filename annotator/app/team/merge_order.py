"""Which copy of a work package is the newer: an older copy must not silently replace a newer one.

An annotator returns a package, edits on, and returns it again; the lead's
folder then holds two copies under one file name, and merging the older one
last would put the annotator's earlier work back over their later work, with
a report that reads like any other merge. So each merge records, per package
(its annotator and the time it was made), when its copy was last edited and
what the annotator's layer looked like right after (`layer_mark`). Merging a
copy last edited before the recorded one is refused while that layer is still
the one the merge left; once it changed (undone, edited, merged again) the
record no longer describes it and says nothing. The lead may still choose the
older copy: `replace_newer` (a question in the window, a flag on the command line).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.errors import TeamError
from annotator.core.messages import Message, message

MERGED_SETTING = "team.merged_packages"


class OlderPackageError(TeamError):
    """The package is an older copy than the one whose layer the project holds."""


@dataclass(frozen=True)
class CopyFacts:
    """The package being merged: its record key, annotator and last edit time."""

    key: str
    annotator: str
    edited: float | None


def copy_facts(package: Any, annotator: str) -> CopyFacts:
    """What the order check needs of an opened package (one `_check_package` accepted)."""
    created = (package.package_info() or {}).get("created")
    return CopyFacts(f"{annotator}@{created}", annotator, package.last_edit_time())


def check_order(project: Any, copy: CopyFacts, path: Path) -> Message | None:
    """Refuse an older copy (OlderPackageError); a note when the very same copy comes again."""
    earlier = _records(project).get(copy.key)
    if not isinstance(earlier, dict):
        return None
    if list(project.layer_mark(copy.annotator)) != list(earlier.get("layer", ())):
        return None  # the layer changed since: the record no longer describes it
    before = earlier.get("edited")
    if copy.edited == before:
        return message(
            "{name} is the copy merged on {merged}, unchanged since: merging it again changed "
            "nothing.",
            name=path.name,
            merged=_when(earlier.get("merged")),
        )
    if before is not None and (copy.edited is None or copy.edited < before):
        raise OlderPackageError(
            "{name} is an older copy of {annotator}'s package: last edited {edited}, while the "
            "copy merged on {merged} was last edited {before}. Merging it would put "
            "{annotator}'s earlier work back over their later work, so nothing was merged. "
            "To keep the older copy all the same, merge it again and confirm (or, on the "
            "command line, add --replace-newer).",
            name=path.name,
            annotator=copy.annotator,
            edited=_when(copy.edited),
            merged=_when(earlier.get("merged")),
            before=_when(before),
        )
    return None


def record_merge(project: Any, copy: CopyFacts) -> None:
    """Remember this copy as the one merged, with the layer it left (not logged: a record)."""
    records = dict(_records(project))
    records[copy.key] = {
        "edited": copy.edited,
        "merged": time.time(),
        "layer": list(project.layer_mark(copy.annotator)),
    }
    project.set_setting(MERGED_SETTING, records)


def _records(project: Any) -> dict[str, Any]:
    value = project.get_setting(MERGED_SETTING, {})
    return value if isinstance(value, dict) else {}


def _when(moment: object) -> str:
    """A time as the lead's clock shows it, to the second (two copies may be minutes apart)."""
    if not isinstance(moment, int | float):
        return "?"
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(moment))
