"""The agreement heat map: one row per pair of annotators, one column per label (and micro).

Built on a bare matplotlib Figure (no pyplot, no global state), so the same
figure is saved as PNG here with the Agg canvas and shown in the GUI on a
Qt canvas.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

MICRO = "micro"


def heatmap_table(
    report: dict[str, Any], metric: str = "f1"
) -> tuple[list[str], list[str], list[list[float | None]]]:
    """Row names (pairs), column names (labels, then micro) and values of `metric`."""
    labels = sorted({label for pair in report["pairs"] for label in pair["labels"]})
    rows, values = [], []
    for pair in report["pairs"]:
        rows.append(f"{pair['a']} – {pair['b']}")
        line = [pair["labels"].get(label, {}).get(metric) for label in labels]
        values.append([*line, pair["micro"].get(metric)])
    return rows, [*labels, MICRO], values


def heatmap_figure(
    report: dict[str, Any],
    metric: str = "f1",
    *,
    title: str = "",
    scale: str = "",
    cell: Callable[[float], str] | None = None,
) -> Figure:
    """A heat map of `metric` (f1 or kappa) per pair and label; empty cells are grey.

    `scale` names the colour bar and `cell` writes a figure, in the cells and on
    the bar (the window passes both in its own language: 0,87 in Vietnamese;
    None: 0.87).
    """
    rows, columns, values = heatmap_table(report, metric)
    size = (max(4.0, 0.9 * len(columns) + 2.5), max(2.0, 0.5 * len(rows) + 1.5))
    # Laid out at every draw, not once at this size: the window's canvas is another
    # size, and the pairs' names at the left were cut ("n – binh").
    figure = Figure(figsize=size, layout="constrained")
    axes = figure.add_subplot()
    if not rows:
        axes.text(0.5, 0.5, "—", ha="center", va="center")
        axes.set_axis_off()
        return figure
    grid = [[float("nan") if v is None else v for v in line] for line in values]
    cmap = _colormap()
    image = axes.imshow(
        grid, cmap=cmap, vmin=0.0 if metric == "f1" else -0.2, vmax=1.0, aspect="auto"
    )
    axes.set_xticks(range(len(columns)), columns, rotation=30, ha="right")
    axes.set_yticks(range(len(rows)), rows)
    _write_cells(axes, values, cell)
    bar = figure.colorbar(image, ax=axes, label=scale or metric)
    if cell is not None:
        _format_bar(bar, cell)
    if title:
        axes.set_title(title)
    return figure


def _write_cells(
    axes: Any, values: list[list[float | None]], cell: Callable[[float], str] | None
) -> None:
    """Each cell's figure written on it, a dash where the pair never met that label."""
    for i, line in enumerate(values):
        for j, value in enumerate(line):
            text = "–" if value is None else (cell or "{:.2f}".format)(value)
            axes.text(j, i, text, ha="center", va="center", fontsize=8)


def _format_bar(bar: Any, cell: Callable[[float], str]) -> None:
    """The colour bar's ticks written like the cells (0,87 in Vietnamese)."""
    from matplotlib.ticker import FuncFormatter

    bar.ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: cell(value)))


def _colormap() -> Any:
    from matplotlib import colormaps

    return colormaps["RdYlGn"].with_extremes(bad="#dddddd")


def save_heatmap(
    report: dict[str, Any], path: Path, metric: str = "f1", *, title: str = ""
) -> Path:
    """Write the heat map as a PNG (Agg canvas: no display needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = heatmap_figure(report, metric, title=title)
    FigureCanvasAgg(figure)
    figure.savefig(path, format="png", dpi=120)
    return path
