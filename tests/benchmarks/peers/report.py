"""The peer benchmark's table: best and median of each step per tool, ratios, and the issue's targets.

A ratio is the peer's time divided by ours (best against best), so above 1
means this project is faster. A step a tool cannot do shows "none"; a step
that failed shows how many runs failed and why.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field

OURS = "ours"
MB = 1_048_576


@dataclass
class Results:
    """Every measurement of one benchmark run, by step and tool."""

    tools: list[str]
    times: dict[tuple[str, str], list[float]] = field(default_factory=lambda: defaultdict(list))
    failures: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    memory: dict[tuple[str, str], int] = field(default_factory=dict)
    disk: dict[str, int] = field(default_factory=dict)
    unsupported: set[tuple[str, str]] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def add_time(self, step: str, tool: str, seconds: float) -> None:
        self.times[step, tool].append(seconds)

    def add_memory(self, step: str, tool: str, peak: int) -> None:
        self.memory[step, tool] = max(self.memory.get((step, tool), 0), peak)

    def add_disk(self, tool: str, size: int, articles: int) -> None:
        """Bytes one plain import added, scaled to 10,000 articles."""
        self.disk[tool] = size * 10_000 // articles

    def best(self, step: str, tool: str) -> float | None:
        runs = self.times.get((step, tool))
        return min(runs) if runs else None

    def peak(self, tool: str) -> int:
        return max((v for (_, t), v in self.memory.items() if t == tool), default=0)


def _seconds(value: float) -> str:
    if value < 0.01:
        return f"{value * 1000:.2f} ms"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.1f} s"


def cell(results: Results, step: str, tool: str) -> str:
    """Best / median of the runs, the ratio against ours, and failures."""
    if (step, tool) in results.unsupported:
        return "none"
    runs = results.times.get((step, tool), [])
    failed = results.failures.get((step, tool), [])
    text = ""
    if runs:
        text = f"{_seconds(min(runs))} / {_seconds(statistics.median(runs))}"
        ours = results.best(step, OURS)
        if tool != OURS and ours:
            text += f" ({min(runs) / ours:.2f}×)"
    if failed:
        text += f"{'; ' if text else ''}failed {len(failed)} of {len(runs) + len(failed)}"
    return text or "-"


def table(results: Results, steps: list[str]) -> list[str]:
    """Markdown rows: one per step, then memory and disk."""
    head = ["step (best / median; ratio = peer ÷ ours)", *results.tools]
    rows = [head, ["---"] * len(head)]
    for step in steps:
        rows.append([step, *(cell(results, step, tool) for tool in results.tools)])
    for step in steps:
        if any((step, t) in results.memory for t in results.tools) and step.startswith("import"):
            values = [f"{results.memory.get((step, t), 0) / MB:.0f} MB" for t in results.tools]
            rows.append([f"peak memory, {step}", *values])
    rows.append(
        ["peak memory, any step", *(f"{results.peak(t) / MB:.0f} MB" for t in results.tools)]
    )
    rows.append(
        ["size on disk per 10,000 plain articles", *(_disk(results, t) for t in results.tools)]
    )
    return ["| " + " | ".join(row) + " |" for row in rows]


def _disk(results: Results, tool: str) -> str:
    size = results.disk.get(tool)
    return "-" if size is None else f"{size / MB:.0f} MB"


def targets(
    results: Results, imports: list[str], reads: list[str]
) -> list[tuple[str, bool | None]]:
    """The issue's targets, each with whether this run met it (None: not measured)."""
    peers = [t for t in results.tools if t != OURS]
    found: list[tuple[str, bool | None]] = []
    for step in imports:
        ratios = _ratios(results, step, peers)
        met = None if ratios is None else min(ratios) >= 1.0
        found.append((f"{step}: ratio ≥ 1.0 against the fastest peer ({_list(ratios)})", met))
    for step in reads:
        ratios = _ratios(results, step, peers, skip_missing=True)
        met = None if ratios is None else min(ratios) >= 10.0
        found.append((f"{step}: ≥ 10× faster than every peer that has it ({_list(ratios)})", met))
    ours_peak = results.peak(OURS)
    lower = all(ours_peak < results.peak(p) for p in peers)
    found.append((f"peak memory below both peers ({ours_peak / MB:.0f} MB)", lower))
    sizes = [results.disk[p] for p in peers if p in results.disk]
    if OURS in results.disk and sizes:
        met_size: bool | None = results.disk[OURS] <= min(sizes)
    else:
        met_size = None
    found.append(
        ("size on disk per 10,000 articles ≤ the smaller peer's database + upload copy", met_size)
    )
    return found


def _ratios(
    results: Results, step: str, peers: list[str], *, skip_missing: bool = False
) -> list[float] | None:
    ours = results.best(step, OURS)
    if ours is None:
        return None
    ratios = []
    for peer in peers:
        best = results.best(step, peer)
        if best is None:
            if skip_missing and (step, peer) in results.unsupported:
                continue
            return None
        ratios.append(best / ours)
    return ratios or None


def _list(ratios: list[float] | None) -> str:
    return "not measured" if ratios is None else ", ".join(f"{r:.2f}×" for r in ratios)
