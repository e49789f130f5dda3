"""The fuzz run: many inputs over every reader and the text pipeline, in worker processes.

    python -m tests.fuzz.harness --inputs 100000 --seed 1 --jobs 2

Every input is rebuilt from (seed, index), so a failure is replayed with
`--replay INDEX`. Each worker stores what it reads in a project of its own
(renewed every few thousand inputs). A worker stuck on one input for more
than `--hang` seconds is killed and the input counted as a hang. The run
prints crashes, hangs and offset violations (all should be 0), refusals,
counts by reader and the time taken, writes the failing inputs beside
`--out`, and exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.fuzz.checks import Outcome, make_case, run_case

RENEW_EVERY = 2000
FAILED = ("crash", "offset", "hang")


def _new_project(folder: Path, number: int):
    from annotator.store import create_project

    project = create_project(folder / f"fuzz-{number}.db", annotator="fuzz")
    project._conn.execute("PRAGMA synchronous = OFF")  # durability is not what this tests
    return project


def _worker(seed: int, indices: list[int], results, current, nesting: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    project = _new_project(folder, 0)
    for count, index in enumerate(indices, start=1):
        current.value = index
        case = make_case(seed, index, nesting=nesting)
        outcome = run_case(case, folder, project, f"{seed}:{index}:pipeline")
        results.put((index, outcome.status, outcome.kind, outcome.reader, outcome.detail))
        if count % RENEW_EVERY == 0:
            project.close()
            for path in folder.glob("fuzz-*"):
                path.unlink(missing_ok=True)
            project = _new_project(folder, count)
    current.value = -1
    project.close()


class Run:
    """Workers over a range of inputs, restarted past an input that hangs."""

    def __init__(self, seed: int, total: int, jobs: int, hang: float, nesting: bool = True) -> None:
        self.seed, self.hang, self.jobs, self.nesting = seed, hang, jobs, nesting
        self.pending = list(range(total))
        self.done: dict[int, tuple[str, str, str, str]] = {}
        self.results: mp.Queue = mp.Queue()

    def start(self, indices: list[int]):
        current = mp.Value("q", -1)
        args = (self.seed, indices, self.results, current, self.nesting)
        proc = mp.Process(target=_worker, args=args)
        proc.start()
        return {
            "proc": proc,
            "indices": indices,
            "current": current,
            "since": time.monotonic(),
            "at": -1,
        }

    def run(self, progress_every: int = 5000) -> None:
        shares = [self.pending[i :: self.jobs] for i in range(self.jobs)]
        workers = [self.start(share) for share in shares if share]
        last_report = 0
        while workers:
            self._drain()
            for worker in list(workers):
                self._watch(worker, workers)
            if len(self.done) - last_report >= progress_every:
                last_report = len(self.done)
                print(f"  {len(self.done)} inputs", flush=True)
            time.sleep(0.2)
        self._drain()

    def _drain(self) -> None:
        while not self.results.empty():
            index, *rest = self.results.get()
            self.done[index] = tuple(rest)  # type: ignore[assignment]

    def _watch(self, worker, workers) -> None:
        at = worker["current"].value
        now = time.monotonic()
        if at != worker["at"]:
            worker["at"], worker["since"] = at, now
        if not worker["proc"].is_alive():
            self._drain()
            workers.remove(worker)
            left = [i for i in worker["indices"] if i not in self.done]
            if left:  # it died on an input: count it, go on with the rest
                self.done[left[0]] = ("crash", "?", "?", "the worker process died")
                if left[1:]:
                    workers.append(self.start(left[1:]))
            return
        if at >= 0 and now - worker["since"] > self.hang:
            worker["proc"].kill()
            worker["proc"].join()
            self._drain()
            self.done[at] = ("hang", "?", "?", f"no answer after {self.hang:.0f} s")
            workers.remove(worker)
            left = [i for i in worker["indices"] if i not in self.done]
            if left:
                workers.append(self.start(left))


def summary(done: dict[int, tuple[str, str, str, str]], seconds: float) -> dict:
    statuses = Counter(status for status, *_ in done.values())
    by_reader = Counter(reader for _, _, reader, _ in done.values())
    by_kind = Counter(kind for _, kind, _, _ in done.values())
    failures = {i: v for i, v in sorted(done.items()) if v[0] in FAILED}
    # Well-formed inputs a reader or the store turned down: not crashes, but worth a look.
    valid_refused = Counter(
        f"{reader}: {detail.split(': ', 1)[-1][:80]}"
        for status, kind, reader, detail in done.values()
        if status == "refused" and kind not in ("mutated",)
    )
    return {
        "inputs": len(done),
        "crashes": statuses["crash"],
        "hangs": statuses["hang"],
        "offset_violations": statuses["offset"],
        "refused_with_a_reason": statuses["refused"],
        "ok": statuses["ok"],
        "seconds": round(seconds, 1),
        "by_kind": dict(by_kind),
        "by_reader": dict(by_reader),
        "well_formed_inputs_refused": dict(valid_refused.most_common(20)),
        "failures": {str(i): list(v) for i, v in list(failures.items())[:200]},
    }


def replay(seed: int, index: int) -> Outcome:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-replay-"))
    case = make_case(seed, index)
    for suffix, data in case.files.items():
        (folder / f"case-{index}{suffix}").write_bytes(data)
    print(f"input {index}: {case.kind}, reader {case.reader}, files in {folder}")
    project = _new_project(folder, 0)
    try:
        return run_case(case, folder, project, f"{seed}:{index}:pipeline")
    finally:
        project.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2)))
    parser.add_argument(
        "--hang", type=float, default=10.0, help="seconds before an input is a hang"
    )
    parser.add_argument("--out", type=Path, default=Path("tests/output/fuzz/report.json"))
    parser.add_argument("--replay", type=int, help="run one input again and print its outcome")
    parser.add_argument(
        "--no-nesting", action="store_true", help="leave out deeply nested brackets (JSON depth)"
    )
    args = parser.parse_args(argv)
    if args.replay is not None:
        print(replay(args.seed, args.replay))
        return 0
    started = time.monotonic()
    run = Run(args.seed, args.inputs, args.jobs, args.hang, nesting=not args.no_nesting)
    run.run()
    report = summary(run.done, time.monotonic() - started)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "failures"}, indent=2))
    print(f"report: {args.out}")
    return 1 if report["crashes"] or report["hangs"] or report["offset_violations"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
