"""A light CLI start: `--help` and `info` import none of the heavy stacks.

Each check runs the real command in a fresh interpreter and lists the
modules it imported; a command module importing matplotlib, numpy or the
NLP stack at module level (as one did, costing seconds per call) fails here.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

from annotator.cli import COMMANDS
from annotator.cli.lazy import LazyGroup
from annotator.store import create_project

# Packages that cost tens to thousands of milliseconds to import, or pull in
# the import, export, NLP, team or window code no listing command needs.
HEAVY = (
    "matplotlib",
    "numpy",
    "pandas",
    "underthesea",
    "sklearn",
    "pycrfsuite",
    "PySide6",
    "sqlite_utils",
    "annotator.gui",
    "annotator.nlp",
    "annotator.formats",
    "annotator.app",
    "annotator.core.operations",
    "annotator.store.session",
    # Opening a project to read its figures needs none of the import path, the
    # change sets of the write path, the tokens of tokenised corpora, or the
    # corpus search, statistics and agreement reads (each a few milliseconds of
    # the hundred `info` may take).
    "annotator.store.importing",
    "annotator.store.import_rows",
    "annotator.store.apply_base",
    "annotator.core.changes",
    "annotator.core.source_tokens",
    "annotator.store.token_layer",
    "annotator.store.corpus_search",
    "annotator.store.corpus_stats",
    "annotator.store.agreement_reads",
)

_RUN = """
import json, sys
from annotator.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="annotator")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(*args: str) -> tuple[int, str, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    output, _, last = done.stdout.rstrip("\n").rpartition("\n")
    facts = json.loads(last)
    return facts["code"], output, set(facts["modules"])


def _heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_help_imports_no_heavy_module():
    code, output, modules = _modules_after("--help")
    assert code == 0
    assert "import" in output and "export" in output and "agreement" in output
    assert _heavy_in(modules) == []


def test_info_imports_no_heavy_module(tmp_path: Path):
    path = tmp_path / "p.db"
    create_project(path).close()
    code, output, modules = _modules_after("info", str(path))
    assert code == 0 and "Documents: 0" in output
    assert _heavy_in(modules) == []


# What commands that read the corpus (search, stats) have no use for: the rules
# and models, which `annotator registry` (in the same command module) loads.
NLP_STACK = ("annotator.nlp", "underthesea", "numpy", "sklearn", "pycrfsuite", "PySide6")


@pytest.mark.parametrize("args", [("search", "Hà Nội"), ("stats",)], ids=lambda a: a[0])
def test_corpus_reads_load_no_nlp_stack(args: tuple[str, ...], tmp_path: Path):
    path = tmp_path / "p.db"
    create_project(path).close()
    code, _, modules = _modules_after(args[0], str(path), *args[1:])
    assert code == 0
    assert sorted(m for m in modules if m.startswith(NLP_STACK)) == []


def test_a_command_still_loads_its_stack():
    """The check can fail: `export --help` does import the export stack."""
    code, _, modules = _modules_after("export", "--help")
    assert code == 0
    assert "annotator.app.exporting.run" in modules


@pytest.mark.parametrize("entry", COMMANDS, ids=lambda e: e.name)
def test_listed_help_is_the_commands_own(entry):
    """The table's first sentence is the command's, as `--help` would cut it."""
    command = entry.load()
    assert isinstance(command, click.Command) and command.name == entry.name
    unloaded = LazyGroup(commands_table=COMMANDS)
    for limit in (45, 60, 200):
        assert unloaded.command_help(entry.name, limit) == command.get_short_help_str(limit)


def test_every_command_module_is_listed():
    """A command defined in a command module but missing from the table would be unreachable."""
    listed = {entry.where for entry in COMMANDS}
    folder = Path(__file__).resolve().parents[2] / "annotator" / "cli"
    for module_file in sorted(folder.glob("*_cmds.py")):
        module = __import__(f"annotator.cli.{module_file.stem}", fromlist=["_"])
        subcommands = {
            id(sub)
            for value in vars(module).values()
            if isinstance(value, click.Group)
            for sub in value.commands.values()
        }
        for attribute, value in vars(module).items():
            top_level = isinstance(value, click.Command) and id(value) not in subcommands
            if top_level and getattr(value.callback, "__module__", None) == module.__name__:
                assert f"{module_file.stem}:{attribute}" in listed, attribute


# `annotator --help` and `annotator info` start in under 0.1 s of CPU: Python
# with click and sqlite3 imported (the floor, about 45 ms on the machine this
# was written on) plus at most OWN_RATIO times the floor of the command's own
# (55 ms there). The floor is measured in the same run and the bar is a ratio
# to it, so a slower or loaded machine, which slows both, does not fail the
# check by itself.
OWN_RATIO = 1.2
_FLOOR = "import click, json, sqlite3"


def _run_cpu(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU, wall) seconds of one run of `argv` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(argv, env=env, capture_output=True, check=True, timeout=120)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, wall


def _best_cpu(
    argv: list[str], floor_argv: list[str], rounds: int = 7
) -> tuple[float, float, float]:
    """(CPU, wall, floor CPU) seconds: the fastest of `rounds` runs of `argv` and of
    `floor_argv`, each in a fresh process, taken in turns so that a busy spell of the
    machine falls on both.

    Run with bytecode caches written, as an installed program runs (a first,
    unmeasured run of each writes them and fills the schema cache).
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for warm in (floor_argv, argv):
        subprocess.run(warm, env=env, capture_output=True, check=True, timeout=120)
    best_cpu = best_wall = best_floor = float("inf")
    for _ in range(rounds):
        best_floor = min(best_floor, _run_cpu(floor_argv, env)[0])
        cpu, wall = _run_cpu(argv, env)
        best_cpu, best_wall = min(best_cpu, cpu), min(best_wall, wall)
    return best_cpu, best_wall, best_floor


@pytest.mark.parametrize("command", ["--help", "info"])
def test_help_and_info_start_within_a_tenth_of_a_second(command: str, tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    create_project(path).close()
    args = ["--help"] if command == "--help" else ["info", str(path)]
    cpu, wall, floor = _best_cpu(
        [sys.executable, "-m", "annotator.cli", *args], [sys.executable, "-c", _FLOOR]
    )
    own = cpu - floor
    print(
        f"\nannotator {command}: {cpu * 1000:.0f} ms CPU, {wall * 1000:.0f} ms wall (best of 7); "
        f"floor {floor * 1000:.0f} ms, the command's own {own * 1000:.0f} ms "
        f"(limit {OWN_RATIO * floor * 1000:.0f} ms, {OWN_RATIO} x the floor)"
    )
    assert own < OWN_RATIO * floor, (
        f"annotator {command} costs {own * 1000:.0f} ms of CPU of its own"
    )


def test_a_jsonl_export_of_one_annotator_s_work_loads_no_numpy(tmp_path: Path) -> None:
    """numpy (a tenth of a second per process) is for stored syllables and agreement only."""
    from annotator.core.model import SourceDocument
    from annotator.nlp.stored_units import units_of

    path = tmp_path / "p.db"
    text = "Bí thư Tỉnh ủy dự hội nghị."
    doc = SourceDocument(text=text, title="t", spans=((0, 14, "ROLE"),), units=units_of(text))
    with create_project(path) as project:
        list(project.add_documents([doc]))  # with the syllables an import stores
    for fmt, loads_numpy in (("jsonl", False), ("conll", True)):  # CoNLL reads stored syllables
        out = tmp_path / fmt
        code, _, modules = _modules_after(
            "export", str(path), "--format", fmt, "--out", str(out), "--status", "any", "--quiet"
        )
        assert code == 0 and out.is_dir()
        assert ("numpy" in modules) == loads_numpy, fmt
