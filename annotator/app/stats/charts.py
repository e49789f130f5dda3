"""Charts of the statistics tables, as matplotlib Figures that know nothing of a backend.

The same Figure is saved as a PNG by the command line (Agg, no display
needed) and drawn in the window by a Qt canvas. pyplot is never imported:
it would pick a backend, and keep every figure alive in its registry.
Every word a chart shows goes through `say` (English as given by default):
the window passes its translation, so a Vietnamese window shows Vietnamese
charts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from annotator.app.stats.collect import CorpusStats, Table

# Says a chart's words in the reader's language.
Say = Callable[[str], str]
# Writes a count on an axis: the window passes the one it writes every count with
# (12.000 in Vietnamese); a PNG of the command line groups as English does.
Count = Callable[[int], str]


def english_count(value: int) -> str:
    return f"{value:,}"


STATE_COLOURS = {"accepted": "#3cb44b", "pending": "#f5a623", "rejected": "#b0b0b0"}
SIZE = (7.0, 4.0)


def _figure(title: str) -> tuple[Figure, Axes]:
    """A figure titled across its whole width: a title centred over the axes alone ran off
    the right edge when long category names pushed the axes right."""
    figure = Figure(figsize=SIZE, layout="constrained")
    axes = figure.add_subplot()
    figure.suptitle(title)
    return figure, axes


def _legend(axes: Axes) -> None:
    """The legend under the chart in one row, never over a bar (inside, the tallest bar ran
    under it) and taking no width (beside the axes, it squeezed them until their numbers ran
    together)."""
    handles, labels = axes.get_legend_handles_labels()
    axes.figure.legend(handles, labels, loc="outside lower center", ncols=max(1, len(labels)))


def _title(english: str, say: Say) -> str:
    """A table's title in the chart's language; a note in brackets (ratios, seed) stays as is."""
    head, bracket, rest = english.partition(" (")
    return say(head) + bracket + rest


def _counted(axis, count: Count) -> None:
    """Ticks at whole numbers only, from 0, written by `count`: a count of 2.5 documents
    means nothing, and 12000 beside the window's 12.000 read as another number.

    Across, at most about five: ten counts of three digits ran together beside long names.
    """
    axes = axis.axes
    across = axis is axes.xaxis
    axis.set_major_locator(MaxNLocator(nbins=5 if across else "auto", integer=True))
    axis.set_major_formatter(FuncFormatter(lambda value, _position: count(round(value))))
    limits = axes.get_xlim if axis is axes.xaxis else axes.get_ylim
    set_limits = axes.set_xlim if axis is axes.xaxis else axes.set_ylim
    top = limits()[1]
    set_limits(0, max(1, top))  # all zero: 0 to 1, not -0.05 to 0.05


# The narrowest the window draws a chart (its canvas's minimum width), and about how
# wide a character of a tick label is there.
NARROWEST_PX = 360
CHARACTER_PX = 7.0


def _fit_categories(axes: Axes, names: list[str]) -> None:
    """Slant the category names when they would run together in the narrowest chart.

    Ten PhoNER labels (SYMPTOM_AND_DISEASE, TRANSPORTATION...) ran into one
    unreadable line under their bars; the project's short labels stay level.
    """
    if not names:
        return
    room = NARROWEST_PX * 0.8 / len(names)
    if max(len(name) for name in names) * CHARACTER_PX <= room:
        return
    for label in axes.get_xticklabels():
        label.set_rotation(35)
        label.set_horizontalalignment("right")
        label.set_rotation_mode("anchor")


def documents_chart(table: Table, say: Say = str, count_text: Count = english_count) -> Figure:
    figure, axes = _figure(_title(table.title, say))
    labels = [say(row[0].replace("_", " ")) for row in table.rows]
    axes.bar(labels, [row[1] for row in table.rows], color="#4363d8")
    axes.set_ylabel(say("documents"))
    _counted(axes.yaxis, count_text)
    _fit_categories(axes, labels)
    return figure


def annotator_status_chart(
    table: Table, say: Say = str, count_text: Count = english_count
) -> Figure:
    """Each annotator's documents, stacked by their own status."""
    figure, axes = _figure(_title(table.title, say))
    names = [row[0] for row in table.rows]
    bottom = [0] * len(names)
    colours = ("#bfbfbf", "#f5a623", "#3cb44b")
    for column, status in enumerate(table.header[1:], start=1):
        values = [row[column] for row in table.rows]
        colour = colours[min(column - 1, len(colours) - 1)]
        axes.bar(names, values, bottom=bottom, label=say(status.replace("_", " ")), color=colour)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_ylabel(say("documents"))
    _counted(axes.yaxis, count_text)
    _fit_categories(axes, names)
    _legend(axes)
    return figure


def spans_chart(table: Table, say: Say = str, count_text: Count = english_count) -> Figure:
    """Spans per label, stacked by state."""
    figure, axes = _figure(say("Spans by label and state"))
    by_label: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for label, _origin, state, count in table.rows:
        by_label[label][state] += count
    labels = sorted(by_label)
    bottom = [0] * len(labels)
    for state, colour in STATE_COLOURS.items():
        values = [by_label[label].get(state, 0) for label in labels]
        axes.bar(labels, values, bottom=bottom, label=say(state), color=colour)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_ylabel(say("spans"))
    _counted(axes.yaxis, count_text)
    _fit_categories(axes, labels)
    _legend(axes)
    return figure


def suggesters_chart(table: Table, say: Say = str, count_text: Count = english_count) -> Figure:
    """Accepted and rejected suggestions per suggester (spans and relations)."""
    figure, axes = _figure(say("Suggestions reviewed, by suggester"))
    names = [f"{say(row[0])} ({say(row[1])})" for row in table.rows]
    accepted = [row[2] for row in table.rows]
    rejected = [row[3] for row in table.rows]
    axes.barh(names, accepted, color=STATE_COLOURS["accepted"], label=say("accepted"))
    axes.barh(
        names, rejected, left=accepted, color=STATE_COLOURS["rejected"], label=say("rejected")
    )
    axes.set_xlabel(say("suggestions"))
    _counted(axes.xaxis, count_text)
    _legend(axes)
    return figure


def progress_chart(table: Table, say: Say = str, count_text: Count = english_count) -> Figure:
    """Actions per day (bars) and documents finished by then (line)."""
    figure, axes = _figure(_title(table.title, say))
    days = [row[0] for row in table.rows]
    axes.bar(days, [row[1] for row in table.rows], color="#bfbfbf", label=say("actions"))
    axes.set_ylabel(say("actions per day"))
    _counted(axes.yaxis, count_text)
    twin = axes.twinx()
    twin.plot(
        days, [row[3] for row in table.rows], color="#e6194b", marker="o", label=say("finished")
    )
    twin.set_ylabel(say("documents done or reviewed"))
    _counted(twin.yaxis, count_text)
    axes.tick_params(axis="x", labelrotation=45)
    return figure


def splits_chart(table: Table, say: Say = str, count_text: Count = english_count) -> Figure:
    """Accepted spans per label in each split, side by side."""
    figure, axes = _figure(_title(table.title, say))
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for split, label, count in table.rows:
        if label != "(documents)":
            counts[label][split] = count
    splits = list(dict.fromkeys(row[0] for row in table.rows))
    labels = sorted(counts)
    width = 0.8 / max(1, len(splits))
    for i, split in enumerate(splits):
        xs = [x + i * width for x in range(len(labels))]
        axes.bar(xs, [counts[label].get(split, 0) for label in labels], width, label=split)
    axes.set_xticks([x + 0.4 - width / 2 for x in range(len(labels))], labels)
    axes.set_ylabel(say("accepted spans"))
    _counted(axes.yaxis, count_text)
    _fit_categories(axes, labels)
    _legend(axes)
    return figure


CHARTS: dict[str, Callable[[Table, Say, Count], Figure]] = {
    "documents": documents_chart,
    "annotator_status": annotator_status_chart,
    "spans": spans_chart,
    "suggesters": suggesters_chart,
    "progress": progress_chart,
    "splits": splits_chart,
}


def charts(stats: CorpusStats) -> dict[str, Figure]:
    """A figure for every table that has a chart and something to show."""
    return {
        name: CHARTS[name](table, str, english_count)
        for name, table in stats.tables.items()
        if name in CHARTS and table.rows
    }
