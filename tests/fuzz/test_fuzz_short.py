"""The short fuzz run inside `make test`: the same inputs and checks as the long run.

The long run (`make fuzz`, 100,000 inputs in worker processes with a hang
watchdog) is `python -m tests.fuzz.harness`; this one lets hypothesis pick
a few hundred inputs and shrink any failure to its index. Deeply nested
brackets are left out here (their refusal belongs to the readers' own
depth limit, checked by the long run).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.store import create_project
from tests.fuzz.checks import make_case, run_case


@pytest.fixture(scope="module")
def fuzz_project():
    folder = Path(tempfile.mkdtemp(prefix="fuzz-short-"))
    project = create_project(folder / "fuzz.db", annotator="fuzz")
    project._conn.execute("PRAGMA synchronous = OFF")
    yield folder, project
    project.close()


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**16), index=st.integers(0, 10**9))
def test_no_input_crashes_hangs_or_moves_a_span(fuzz_project, seed: int, index: int) -> None:
    folder, project = fuzz_project
    case = make_case(seed, index, nesting=False)
    outcome = run_case(case, folder, project, f"{seed}:{index}:pipeline")
    assert outcome.status in ("ok", "refused"), outcome
