"""Charts of counts put their ticks at whole numbers, however small the counts."""

from __future__ import annotations

from annotator.app.stats.charts import CHARTS
from annotator.app.stats.collect import Table

SMALL = {
    "documents": Table(
        "documents", "Documents by status", ("status", "documents"), (("new", 1), ("done", 2))
    ),
    "spans": Table(
        "spans", "Spans", ("label", "origin", "state", "spans"), (("PER", "manual", "accepted", 3),)
    ),
    "suggesters": Table(
        "suggesters",
        "Suggesters",
        ("suggester", "kind", "accepted", "rejected"),
        (("rules", "spans", 1, 2),),
    ),
}


def _ticks(axis) -> list[float]:
    low, high = axis.get_view_interval()
    return [t for t in axis.get_ticklocs() if low - 1e-9 <= t <= high + 1e-9]


def test_count_axes_have_whole_ticks_only() -> None:
    for name, table in SMALL.items():
        figure = CHARTS[name](table)
        axes = figure.axes[0]
        axis = axes.xaxis if name == "suggesters" else axes.yaxis
        ticks = _ticks(axis)
        assert ticks, name
        assert all(float(t).is_integer() for t in ticks), (name, ticks)


def test_a_chart_of_zeros_counts_from_0_to_1() -> None:
    table = Table(
        "suggesters", "S", ("suggester", "kind", "accepted", "rejected"), (("rules", "span", 0, 0),)
    )
    axes = CHARTS["suggesters"](table, str).axes[0]
    assert axes.get_xlim() == (0.0, 1.0)
