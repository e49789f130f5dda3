"""Without spaCy or `datasets`, their formats end in one line naming the extra to install."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator.app.exporting.run import FORMATS
from annotator.formats.extras import EXTRAS, unavailable_reason
from annotator.store import create_project
from tests.formats.pipeline import build_project

REPO = Path(__file__).resolve().parents[2]

# Runs the command line with imports of the listed modules failing, as when
# the extra is not installed (sys.modules[name] = None makes `import name` raise).
BLOCKING = """
import sys
for name in sys.argv[1].split(","):
    if name:
        sys.modules[name] = None
sys.argv = ["annotator", *sys.argv[2:]]
from annotator.cli import main
main()
"""


@pytest.fixture(scope="module")
def project_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("extras") / "p.db"
    project = create_project(path, annotator="tester")
    build_project(project)
    project.close()
    return path


def _cli(blocked: str, *args: str, pythonpath: str = "") -> subprocess.CompletedProcess[str]:
    env = None
    if pythonpath:
        import os

        env = {**os.environ, "PYTHONPATH": os.pathsep.join([pythonpath, str(REPO)])}
    return subprocess.run(
        [sys.executable, "-c", BLOCKING, blocked, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize(
    ("fmt", "blocked"), [("spacy", "spacy"), ("hf", "datasets"), ("hf", "pyarrow")]
)
def test_export_names_the_extra_in_one_line(project_file, tmp_path, fmt, blocked):
    out = tmp_path / "out"
    done = _cli(blocked, "export", str(project_file), "--format", fmt, "--out", str(out))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines == [
        f"Error: The {fmt} format needs {EXTRAS[fmt].library} (Python module {blocked!r}), "
        f"which is not installed: pip install 'annotator[{fmt}]'"
    ]
    assert not out.exists()


def test_every_format_with_an_extra_is_covered():
    """A new format that needs an extra must be added to the table (and to the test above)."""
    assert set(EXTRAS) == {"spacy", "hf"}
    assert set(EXTRAS) <= set(FORMATS)


def test_the_other_formats_need_no_extra(project_file, tmp_path):
    """The base install (no spaCy, no datasets) writes every other format (one process)."""
    blocked = [m for extra in EXTRAS.values() for m in extra.modules]
    others = [fmt for fmt in FORMATS if fmt not in EXTRAS]
    script = (
        "import sys\n"
        f"for name in {blocked!r}: sys.modules[name] = None\n"
        "from annotator.cli import cli\n"
        f"for fmt in {others!r}:\n"
        f"    cli.main(['export', {str(project_file)!r}, '--format', fmt, '--quiet',\n"
        f"              '--out', {str(tmp_path)!r} + '/' + fmt], standalone_mode=False)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(others)
    assert all((tmp_path / fmt / "README.md").is_file() for fmt in others)


def test_a_broken_install_is_named_too(project_file, tmp_path):
    """spaCy present but one of its own dependencies missing: still one line, no traceback."""
    fake = tmp_path / "site"
    (fake / "spacy").mkdir(parents=True)
    (fake / "spacy" / "__init__.py").write_text(
        "raise ImportError(\"No module named 'thinc'\", name='thinc')\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    done = _cli(
        "",
        "export",
        str(project_file),
        "--format",
        "spacy",
        "--out",
        str(out),
        pythonpath=str(fake),
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "(Python module 'thinc')" in done.stderr
    assert "pip install 'annotator[spacy]'" in done.stderr


def test_importing_a_docbin_without_spacy_is_skipped_with_the_reason(project_file, tmp_path):
    docbin = tmp_path / "all.spacy"  # never opened: the missing library is named first
    docbin.write_bytes(b"not read")
    target = tmp_path / "new.db"
    create_project(target, annotator="tester").close()
    done = _cli("spacy", "import", str(target), str(docbin))
    assert done.returncode == 3, done.stderr
    assert "pip install 'annotator[spacy]'" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_reason_is_none_when_installed():
    assert unavailable_reason("spacy") is None
    assert unavailable_reason("hf") is None
    assert unavailable_reason("conll") is None
