"""`make bench-peers`: this project against doccano and Label Studio on the same work, side by side.

Usage: python -m tests.benchmarks.peers --peers .peers [--rounds 3] [--only doccano,label-studio]

The peers must already be installed in their virtual environments under
--peers (the Makefile does that). Exit code 0 when every target of the
table is met and every tool gave back the spans it was given, 1 otherwise,
2 when the benchmark itself could not run (no corpus, a peer that would not
start).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import time
from pathlib import Path

from tests.benchmarks.peers.corpus import ANNOTATED, ARTICLES, build, source_files
from tests.benchmarks.peers.doccano import Doccano
from tests.benchmarks.peers.labelstudio import LabelStudio
from tests.benchmarks.peers.ours import Ours
from tests.benchmarks.peers.report import table, targets
from tests.benchmarks.peers.run import IMPORTS, READS, STEP_GROUPS, STEPS, Runner
from tests.benchmarks.peers.tool import Tool

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"
PEERS = {"doccano": Doccano, "label-studio": LabelStudio}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.peers", description=__doc__)
    parser.add_argument(
        "--peers", type=Path, default=REPO / ".peers", help="where the peer venvs are"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=ARTICLES, help="plain articles to import")
    parser.add_argument("--annotated", type=int, default=ANNOTATED, help="annotated documents")
    parser.add_argument(
        "--steps",
        default=",".join(STEP_GROUPS),
        help="steps to run, comma separated: folder, jsonl, annotated (with the exports), read",
    )
    parser.add_argument("--only", default=",".join(PEERS), help="peers to run, comma separated")
    return parser.parse_args()


def _tools(args: argparse.Namespace, work: Path) -> list[Tool]:
    tools: list[Tool] = [Ours(work / "ours")]
    for name in filter(None, args.only.split(",")):
        venv = args.peers / name
        if not (venv / ".stamp").exists():
            raise SystemExit(f"{name} is not installed in {venv}: run `make bench-peers`")
        (work / name).mkdir(parents=True)
        tools.append(PEERS[name](work / name, venv))
    return tools


def _load_info() -> str:
    one, five, _ = os.getloadavg()
    return f"{os.cpu_count()} CPUs, load average {one:.2f} (1 min), {five:.2f} (5 min)"


def _print(runner: Runner) -> bool:
    results = runner.results
    print("\n" + "\n".join(table(results, STEPS)))
    print("\nSpans given back (first round's exports against the input):")
    for check in runner.checks:
        print(f"  {'ok  ' if check.ok else 'DIFF'} {check.tool}, {check.what}: {check.summary}")
    print("\nWhere the peers' import time went (each run):")
    for note in results.notes:
        print(f"  {note}")
    for (step, tool), messages in sorted(results.failures.items()):
        print(f"  failed: {tool}, {step}: {len(messages)}×, first: {messages[0]}")
    print("\nTargets:")
    found = targets(results, IMPORTS, READS)
    for text, met in found:
        print(f"  {'met ' if met else 'MISS' if met is False else '----'} {text}")
    ours_ok = all(c.ok for c in runner.checks if c.tool == "ours")
    return ours_ok and all(met is True for _, met in found)


def main() -> int:
    args = _arguments()
    if not source_files(SHARED):
        print(f"skipped: the shared corpus is not beside the checkout ({SHARED.name}/corpus/...)")
        return 0
    # Absolute: doccano's server changes its working directory.
    args.peers = args.peers.resolve()
    work = args.peers / "work"
    shutil.rmtree(work / "run", ignore_errors=True)
    log(f"building the workload in {work / 'workload'}")
    workload = build(SHARED, work / "workload", articles=args.articles, annotated=args.annotated)
    log(
        f"{workload.articles:,} articles ({workload.plain_bytes / 1_048_576:.0f} MB), "
        f"{workload.annotated:,} annotated documents with {workload.annotated_spans:,} spans"
    )
    # SIGTERM (a stopped make, a closed terminal) stops the peers like Ctrl+C does.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(2))
    tools = _tools(args, work / "run")
    try:
        for tool in tools:
            log(f"starting {tool.name}")
            tool.start()
        log(f"machine: {_load_info()}")
        steps = tuple(s for s in args.steps.split(",") if s in STEP_GROUPS)
        runner = Runner(tools, workload, work / "run" / "exports", steps)
        runner.prepare_reads()
        runner.run(args.rounds, log)
        log(f"machine: {_load_info()}")
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        for tool in tools:
            try:
                tool.stop()
            except (OSError, RuntimeError) as exc:
                print(f"warning: stopping {tool.name}: {exc}", file=sys.stderr)
    return 0 if _print(runner) else 1


if __name__ == "__main__":
    sys.exit(main())
