"""The checks before the first window: a missing library is named with its install command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import preflight

REPO = Path(__file__).resolve().parents[2]
CURSOR = "libxcb-cursor.so.0"


def _os_release(tmp_path: Path, distro: str) -> Path:
    path = tmp_path / f"{distro}-os-release"
    like = {"ubuntu": "debian", "fedora": "", "arch": ""}[distro]
    path.write_text(f'NAME="{distro}"\nID={distro}\nID_LIKE="{like}"\n', encoding="utf-8")
    return path


def _env(tmp_path: Path, distro: str = "ubuntu", **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(
        DISPLAY=":97",  # no server there: the window must never be tried
        ANNOTATOR_PREFLIGHT_HIDE=CURSOR,
        ANNOTATOR_PREFLIGHT_OS_RELEASE=str(_os_release(tmp_path, distro)),
    )
    env.update(extra)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_a_hidden_library_is_named_with_the_apt_command(tmp_path):
    done = _run([sys.executable, "-m", "annotator.preflight", "qt"], _env(tmp_path))
    assert done.returncode == 1
    assert CURSOR in done.stderr
    assert "apt install -y libxcb-cursor0" in done.stderr
    assert "Traceback" not in done.stderr


def test_fedora_gets_the_dnf_command(tmp_path):
    done = _run([sys.executable, "-m", "annotator.preflight", "qt"], _env(tmp_path, "fedora"))
    assert done.returncode == 1
    assert "dnf install -y xcb-util-cursor" in done.stderr


def test_an_unknown_distribution_gets_both_commands(tmp_path):
    done = _run([sys.executable, "-m", "annotator.preflight", "qt"], _env(tmp_path, "arch"))
    assert done.returncode == 1
    assert "Debian/Ubuntu: " in done.stderr and "apt install -y libxcb-cursor0" in done.stderr
    assert "Fedora: " in done.stderr and "dnf install -y xcb-util-cursor" in done.stderr


def test_main_py_stops_before_qt_with_the_message(tmp_path):
    """Qt would abort with "could not load the Qt platform plugin"; main.py says what to install."""
    done = _run([sys.executable, "main.py"], _env(tmp_path))
    assert done.returncode == 1
    assert "apt install -y libxcb-cursor0" in done.stderr
    assert "platform plugin" not in done.stderr


def test_main_py_without_a_display_says_so(tmp_path):
    env = _env(tmp_path, ANNOTATOR_PREFLIGHT_HIDE="")
    del env["DISPLAY"]
    done = _run([sys.executable, "main.py"], env)
    assert done.returncode == 1
    assert "No display" in done.stderr
    assert "DISPLAY" in done.stderr and "annotator --help" in done.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_preflight_stops_with_the_command(tmp_path):
    env = _env(tmp_path)
    done = _run(["make", "--no-print-directory", "preflight", f"PYTHON={sys.executable}"], env)
    assert done.returncode != 0
    assert "apt install -y libxcb-cursor0" in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")
def test_every_library_is_present_here_and_the_finder_honours_hiding(monkeypatch):
    """The machine running the tests has Qt's libraries (it runs the GUI tests)."""
    monkeypatch.delenv(preflight.HIDE_ENV, raising=False)
    assert preflight.library_loads("libc.so.6")
    assert preflight.check_qt(environ={"DISPLAY": ":0"}) == []
    monkeypatch.setenv(preflight.HIDE_ENV, f"libc.so.6,{CURSOR}")
    assert not preflight.library_loads("libc.so.6")


def test_offscreen_needs_no_display_and_no_xcb():
    hidden = {CURSOR, "libxcb.so.1"}

    def find(soname: str) -> bool:
        return soname not in hidden

    offscreen = {"QT_QPA_PLATFORM": "offscreen"}
    assert preflight.check_display(offscreen, platform="linux") == []
    assert preflight.check_qt(find, offscreen, platform="linux") == []
    missing = preflight.check_qt(find, {"DISPLAY": ":0"}, platform="linux")
    assert sorted(p.debian for p in missing) == [("libxcb-cursor0",), ("libxcb1",)]


def test_xcb_is_needed_only_where_qt_may_use_it():
    def find(soname: str) -> bool:
        return soname != CURSOR

    def needs_xcb(env: dict[str, str]) -> bool:
        return bool(preflight.check_qt(find, env, platform="linux"))

    assert needs_xcb({"DISPLAY": ":0"})
    assert needs_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})  # Qt may fall back
    assert needs_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"})
    assert not needs_xcb({"WAYLAND_DISPLAY": "wayland-0"})
    assert not needs_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"})


def test_no_display_only_on_linux():
    assert [p.what for p in preflight.check_display({}, platform="linux")] == ["a display"]
    assert preflight.check_display({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") == []
    assert preflight.check_display({}, platform="win32") == []
    assert preflight.check_qt(lambda _name: False, {}, platform="darwin") == []


def test_an_old_python_names_the_version_to_install():
    problems = preflight.check_python((3, 9, 2))
    text = preflight.report(problems, manager="apt")
    assert "Python 3.11 or newer (this is 3.9.2)" in text
    assert "apt install -y python3.11 python3.11-venv" in text
    assert "make run PYTHON=python3.11" in text
    assert preflight.check_python((3, 11, 0)) == []


def test_missing_venv_support_names_the_debian_package():
    def find_module(name: str):
        return None if name == "ensurepip" else object()

    problems = preflight.check_venv(find_module)
    version = "python{}.{}".format(*sys.version_info[:2])
    assert f"apt install -y {version}-venv" in preflight.report(problems, manager="apt")
    assert preflight.check_venv() == []  # this Python has it


def test_everything_missing_is_installed_by_one_command():
    problems = preflight.check_venv(lambda _name: None) + preflight.check_qt(
        lambda name: name not in (CURSOR, "libGL.so.1"), {"DISPLAY": ":0"}, platform="linux"
    )
    lines = [
        line for line in preflight.report(problems, manager="apt").splitlines() if "apt" in line
    ]
    assert len(lines) == 1
    assert "libgl1" in lines[0] and "libxcb-cursor0" in lines[0] and "-venv" in lines[0]


def test_the_module_needs_only_the_standard_library(tmp_path):
    """`make` runs it with the system Python before .venv exists."""
    code = (
        f"import sys; sys.path.insert(0, {str(REPO)!r}); import annotator.preflight; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'click', 'sqlite_utils', 'underthesea')))"
    )
    done = _run([sys.executable, "-S", "-c", code], dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_main_py_help_answers_and_exits_without_a_display(tmp_path):
    env = _env(tmp_path, ANNOTATOR_PREFLIGHT_HIDE="")
    del env["DISPLAY"]
    done = _run([sys.executable, "main.py", "--help"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: python main.py [PROJECT]")
    assert "Preferences" in done.stdout and "No display" not in done.stderr


def test_main_py_refuses_an_unknown_option(tmp_path):
    done = _run([sys.executable, "main.py", "--langauge=vi"], _env(tmp_path))
    assert done.returncode == 2
    assert "unknown option --langauge=vi; see --help" in done.stderr
