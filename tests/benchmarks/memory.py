"""Peak resident memory of a block of benchmark code, worker processes included."""

from __future__ import annotations

import contextlib
import threading

import psutil

# Listing the children scans every process of the machine; memory is read
# far more often than the list of children is refreshed.
_SAMPLES_PER_LISTING = 10


class PeakRss:
    """Samples the resident memory of this process and its children in a thread.

    Light enough (a few percent of one CPU) not to slow the measured code
    down on a two-core machine where that code keeps both cores busy.
    """

    def __init__(self, interval: float = 0.02) -> None:
        self.process = psutil.Process()
        self.interval = interval
        self.start = self.process.memory_info().rss
        self.peak = self.start
        self._children: list[psutil.Process] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _total(self, *, relist: bool) -> int:
        if relist:
            with contextlib.suppress(psutil.Error):
                self._children = self.process.children(recursive=True)
        total = self.process.memory_info().rss
        for child in self._children:
            with contextlib.suppress(psutil.Error):  # ended since it was listed
                total += child.memory_info().rss
        return total

    def _sample(self) -> None:
        samples = 0
        while not self._stop.wait(self.interval):
            relist = samples % _SAMPLES_PER_LISTING == 0
            self.peak = max(self.peak, self._total(relist=relist))
            samples += 1

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._total(relist=True))
