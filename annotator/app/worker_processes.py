"""Starting the worker processes of `app.workers`, and the loop each of them runs.

A worker is started one of two ways. By default it is a fresh `python -c`
process: it never re-runs the caller's main script (a script without a
`__main__` guard, or the GUI) and imports only what the work needs. A
command-line import may instead fork workers from its own process, once it
has loaded what they need (`WorkerPool(fork=True)`): the modules are then
imported once instead of once per worker. Forking is used only on Linux and
only while the process runs a single thread (no project open, no Qt), where
a child starts in a clean state; otherwise it falls back to a fresh process.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

import annotator

_PACKAGE_ROOT = str(Path(annotator.__file__).resolve().parents[1])
# Workers run below the calling process's priority: the caller (the writer of
# an import) is the one everybody waits for, and workers that fall behind
# only leave it fewer results queued.
WORKER_NICENESS = 2


def serve(warm: str = "") -> None:
    """The worker's loop: read (function, items, options) requests, answer result lists.

    Requests come on fd 0, answers go out on fd 1. `warm` ("module:function")
    is called first, while the caller is still preparing the work: the
    modules the work needs are imported by then.
    """
    # Ctrl-C is the parent's to handle; it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):
        os.nice(WORKER_NICENESS)
    requests = os.fdopen(os.dup(0), "rb")
    # A stray print from a worker function must not corrupt the answers: keep the pipe
    # on a private descriptor and send fd 1 to stderr.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    if warm:
        call(warm)
    while True:
        try:
            fn, items, options = pickle.load(requests)
        except EOFError:
            return  # the work is over
        results = [fn(item, options) for item in items]
        try:
            pickle.dump(results, answers, protocol=pickle.HIGHEST_PROTOCOL)
            answers.flush()
        except BrokenPipeError:
            return  # the parent stopped listening (it computed the rest itself)


def call(where: str) -> None:
    """Call the function named "module:function"."""
    module_name, name = where.split(":")
    getattr(importlib.import_module(module_name), name)()


def warmed(warm: str) -> bool:
    """Call `warm` here, before forking; False (start fresh processes instead) if it fails.

    A fresh worker whose warm-up fails dies, and the caller then does the
    work itself, meeting the same error where it can report it.
    """
    try:
        call(warm)
    except Exception:
        return False
    return True


def can_fork() -> bool:
    """Forking is safe here and now: Linux, and this process runs one thread."""
    return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1


def start(warm: str, *, fork: bool) -> Any:
    """A started worker: `stdin` (requests), `stdout` (answers), `kill()`, `wait(timeout)`.

    Raises OSError when no process can be started.
    """
    if fork and can_fork():
        return ForkedWorker()
    code = (
        f"import sys; sys.path.insert(0, {_PACKAGE_ROOT!r}); "
        f"from annotator.app.worker_processes import serve; serve({warm!r})"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )


class ForkedWorker:
    """A copy of this process running `serve()`, with Popen's few methods the pool uses.

    The child keeps only its two pipes (on fds 0 and 1) and stderr: pipes of
    workers forked before it are closed, so each worker sees the end of its
    own requests.
    """

    def __init__(self) -> None:
        requests_in, requests_out = os.pipe()
        answers_in, answers_out = os.pipe()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()  # nothing buffered is written twice
        pid = os.fork()
        if pid == 0:  # the worker
            status = 1
            try:
                os.dup2(requests_in, 0)
                os.dup2(answers_out, 1)
                os.closerange(3, _fd_limit())
                serve()
                status = 0
            finally:
                os._exit(status)
        os.close(requests_in)
        os.close(answers_out)
        self.pid = pid
        self.returncode: int | None = None
        self.stdin: IO[bytes] = os.fdopen(requests_out, "wb")
        self.stdout: IO[bytes] = os.fdopen(answers_in, "rb")

    def kill(self) -> None:
        if self.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG if deadline is not None else 0)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
                break
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"worker {self.pid}", timeout or 0.0)
            time.sleep(0.005)
        return self.returncode


def _fd_limit() -> int:
    try:
        return int(os.sysconf("SC_OPEN_MAX"))
    except (OSError, ValueError):
        return 1024
