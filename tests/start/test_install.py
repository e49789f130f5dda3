"""`pip install .` into a clean virtual environment gives working `annotator` commands.

No download: the build runs without isolation (setuptools comes from the
development environment, a dev extra) and with --no-deps; the clean
environment sees this environment's site-packages through a .pth file, as
`--system-site-packages` would a system Python's, so spaCy, Qt and
underthesea are not installed again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

import annotator

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _run(args: list, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ANNOTATOR_RESOURCES")
    }
    environ.update(env)
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A clean venv with the package installed from a copy of the sources; its bin folder."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("annotator", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=ignore)
    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv], base)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], base)
    (Path(purelib.stdout.strip()) / "dev-environment.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    pip = [python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    done = _run([*pip, "--ignore-installed", "--no-warn-script-location", source], base)
    assert done.returncode == 0, done.stdout + done.stderr
    return venv / "bin"


def test_annotator_version(installed, tmp_path):
    done = _run([installed / "annotator", "--version"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"annotator, version {annotator.__version__}"


def test_the_installed_package_is_the_one_running(installed, tmp_path):
    code = "import annotator.core.resources as r; print(r.__file__); print(r.resources_dir())"
    done = _run([installed / "python", "-c", code], tmp_path)
    module, resources = done.stdout.split()
    venv = installed.parent
    assert Path(module).is_relative_to(venv) and Path(resources).is_relative_to(venv)


def test_every_resource_is_installed(installed, tmp_path):
    """A new folder under resources/ needs its line in [tool.setuptools.data-files]."""
    code = "import annotator.core.resources as r; print(r.resources_dir())"
    where = Path(_run([installed / "python", "-c", code], tmp_path).stdout.strip())
    shipped = {p.relative_to(REPO / "resources") for p in (REPO / "resources").rglob("*")}
    got = {p.relative_to(where) for p in where.rglob("*")}
    assert {p for p in shipped if "__pycache__" not in p.parts} <= got


def test_the_installed_demo_builds(installed, tmp_path):
    done = _run([installed / "annotator", "demo", tmp_path / "demo.db"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "demo.db").is_file()


def test_annotator_gui_checks_for_a_display_before_qt(installed, tmp_path):
    environ = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    done = _run([installed / "annotator-gui"], tmp_path, **environ)
    assert done.returncode == 1
    assert "No display" in done.stderr


def test_the_package_metadata_matches_the_code():
    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["version"] == annotator.__version__
    assert meta["license"] == annotator.__license__
    assert meta["gui-scripts"]["annotator-gui"] == "annotator.start:gui_script"
