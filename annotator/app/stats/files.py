"""`annotator stats --plot DIR`: every table as CSV and every chart as PNG, written whole or not at all."""

from __future__ import annotations

import csv
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg

from annotator.app.exporting.atomic import atomic_directory
from annotator.app.stats.charts import charts
from annotator.app.stats.collect import CorpusStats
from annotator.core.errors import ExportError
from annotator.formats.csv_entities import defuse

DPI = 120
# Written only when asked for (`--split`): an earlier run's folder may hold them.
_OPTIONAL_FILES = frozenset({"splits.csv", "splits.png"})


def write_stats_files(stats: CorpusStats, directory: Path, *, overwrite: bool = True) -> list[Path]:
    """`<table>.csv` for every table and `<chart>.png` for every chart; the paths written.

    The folder is replaced whole, so an existing one is replaced only when it
    holds nothing but the files a statistics run writes (an earlier run's):
    `--plot ~/Documents` used to delete everything in it.
    """
    figures = charts(stats)
    names = [f"{name}.csv" for name in stats.tables] + [f"{name}.png" for name in figures]
    _refuse_other_files(directory, set(names) | _OPTIONAL_FILES)
    with atomic_directory(directory, overwrite=overwrite) as temp:
        for name, table in stats.tables.items():
            with (temp / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
                out = csv.writer(handle)
                out.writerow(table.header)
                out.writerows(
                    [defuse(v) if isinstance(v, str) else ("" if v is None else v) for v in row]
                    for row in table.rows
                )
        for name, figure in figures.items():
            FigureCanvasAgg(figure)
            figure.savefig(temp / f"{name}.png", dpi=DPI)
    return [directory / name for name in names]


def _refuse_other_files(directory: Path, names: set[str]) -> None:
    """Raise when `directory` holds anything but files named as the ones about to be written."""
    try:
        entries = sorted(directory.iterdir()) if directory.is_dir() else []
    except OSError:
        return  # unreadable: the write itself says why
    for entry in entries:
        if entry.name not in names or not entry.is_file() or entry.is_symlink():
            raise ExportError(
                "{directory} holds {name}, which is not a statistics file: statistics replace "
                "their folder whole, so it was left as it is and nothing was written. Choose a "
                "new folder, or one that holds only earlier statistics.",
                directory=directory,
                name=entry.name,
            )
