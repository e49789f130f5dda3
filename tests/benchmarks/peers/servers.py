"""Starting and stopping the peers' server processes, and measuring the memory of process trees.

Each server runs in a session (process group) of its own, so stopping it
ends its workers too, and every server is stopped when the benchmark ends,
fails or is interrupted. Ports are chosen free on 127.0.0.1 and servers are
bound there only.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path

import psutil

STOP_GRACE = 20.0


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """One peer process (and its children), started in its own process group, logging to a file."""

    def __init__(self, name: str, argv: list[str], *, env: dict[str, str], log: Path) -> None:
        self.name = name
        self.log = log
        self._log_file = log.open("ab")
        self.process = subprocess.Popen(
            argv,
            env={**os.environ, **env},
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            raise RuntimeError(
                f"{self.name} exited with code {self.process.returncode}; see {self.log}:\n"
                + tail(self.log)
            )

    def wait_http(self, url: str, *, timeout: float) -> None:
        """Wait until `url` answers; a clear error if the process died or never answered."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            if _answers(url):
                return
            time.sleep(0.5)
        raise RuntimeError(
            f"{self.name} did not answer {url} within {timeout:.0f} s; see {self.log}"
        )

    def stop(self) -> None:
        """SIGTERM to the whole group, SIGKILL to what is left after STOP_GRACE seconds."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=STOP_GRACE)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        self._log_file.close()


def _answers(url: str) -> bool:
    """True when the server at `url` answers with anything but a server error."""
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            return bool(reply.status < 500)
    except urllib.error.HTTPError as exc:
        return exc.code < 500
    except OSError:
        return False


def run_checked(argv: list[str], *, env: dict[str, str], log: Path, timeout: float) -> None:
    """Run a set-up command of a peer to the end; a clear error with its log if it fails."""
    with log.open("ab") as out:
        try:
            done = subprocess.run(
                argv,
                env={**os.environ, **env},
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"{' '.join(argv)} took over {timeout:.0f} s; see {log}") from None
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}):\n{tail(log)}")


def tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def tree_rss(roots: Iterable[int]) -> int:
    """Resident memory of these processes and all their descendants, in bytes."""
    total = 0
    for pid in roots:
        try:
            root = psutil.Process(pid)
            family = [root, *root.children(recursive=True)]
        except psutil.Error:
            continue
        for process in family:
            with contextlib.suppress(psutil.Error):
                total += process.memory_info().rss
    return total


class PeakMemory:
    """Samples the memory of the process trees `roots()` names, in a thread, keeping the peak."""

    def __init__(self, roots: Callable[[], list[int]], interval: float = 0.05) -> None:
        self.roots = roots
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, tree_rss(self.roots()))

    def __enter__(self) -> PeakMemory:
        self.peak = tree_rss(self.roots())
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss(self.roots()))


def disk_usage(paths: Iterable[Path]) -> int:
    """Bytes of these files and of every file under these folders (missing ones count 0)."""
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total
