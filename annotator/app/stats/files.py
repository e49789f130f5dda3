"""`annotator stats --plot DIR`: every table as CSV and every chart as PNG, written whole or not at all."""

from __future__ import annotations

import csv
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg

from annotator.app.exporting.atomic import atomic_directory
from annotator.app.stats.charts import charts
from annotator.app.stats.collect import CorpusStats
from annotator.formats.csv_entities import defuse

DPI = 120


def write_stats_files(stats: CorpusStats, directory: Path, *, overwrite: bool = True) -> list[Path]:
    """`<table>.csv` for every table and `<chart>.png` for every chart; the paths written."""
    written: list[str] = []
    with atomic_directory(directory, overwrite=overwrite) as temp:
        for name, table in stats.tables.items():
            with (temp / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
                out = csv.writer(handle)
                out.writerow(table.header)
                out.writerows(
                    [defuse(v) if isinstance(v, str) else ("" if v is None else v) for v in row]
                    for row in table.rows
                )
            written.append(f"{name}.csv")
        for name, figure in charts(stats).items():
            FigureCanvasAgg(figure)
            figure.savefig(temp / f"{name}.png", dpi=DPI)
            written.append(f"{name}.png")
    return [directory / name for name in written]
