"""Checks before the first window: Python, venv, Qt's system libraries, a display.

Qt cannot report a missing platform library in words a linguist can act on:
it aborts with "could not load the Qt platform plugin". So `make run` and
`python main.py` run these checks first and, when something is missing,
print the one command that installs it (apt on Debian and Ubuntu, dnf on
Fedora) and stop with status 1.

Only the standard library is used (and old Pythons must be able to parse
this file): `make` runs it with the system Python before `.venv` exists.

    python3 -m annotator.preflight [python] [venv] [qt] [display]

For tests, ANNOTATOR_PREFLIGHT_HIDE (comma-separated sonames) makes those
libraries look absent, and ANNOTATOR_PREFLIGHT_OS_RELEASE names the
os-release file that decides between apt and dnf.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

MINIMUM_PYTHON = (3, 11)
HIDE_ENV = "ANNOTATOR_PREFLIGHT_HIDE"
OS_RELEASE_ENV = "ANNOTATOR_PREFLIGHT_OS_RELEASE"
CHECKS = ("python", "venv", "qt", "display")
# Qt platforms that draw without a display (tests, CI, remote framebuffers).
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")

# soname -> (Debian/Ubuntu package, Fedora package). QtGui itself needs these:
BASE_LIBRARIES = {
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
# ... and the xcb platform plugin (PySide6's libqxcb.so) these, found with ldd on it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}


class Problem:
    """One thing missing: what, and the packages (Debian, Fedora) that bring it."""

    def __init__(self, what: str, debian: Sequence[str] = (), fedora: Sequence[str] = ()) -> None:
        self.what = what
        self.debian = tuple(debian)
        self.fedora = tuple(fedora)

    def __repr__(self) -> str:
        return f"Problem({self.what!r})"


def library_loads(soname: str) -> bool:
    """Whether the dynamic loader finds `soname` (as Qt's plugin loader would)."""
    if soname in _hidden():
        return False
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _hidden() -> set[str]:
    return {name.strip() for name in os.environ.get(HIDE_ENV, "").split(",") if name.strip()}


# -- the checks -----------------------------------------------------------------


def check_python(version: Sequence[int] | None = None) -> list[Problem]:
    version = tuple(sys.version_info[:3]) if version is None else version
    if tuple(version[:2]) >= MINIMUM_PYTHON:
        return []
    need = "python{}.{}".format(*MINIMUM_PYTHON)
    have = ".".join(str(part) for part in version)
    return [
        Problem(
            f"Python {MINIMUM_PYTHON[0]}.{MINIMUM_PYTHON[1]} or newer (this is {have}); then run: make run PYTHON={need}",
            debian=[need, need + "-venv"],
            fedora=[need],
        )
    ]


def check_venv(find_module: Callable[[str], object] = importlib.util.find_spec) -> list[Problem]:
    """`python3 -m venv` needs `ensurepip`, which Debian and Ubuntu ship separately."""
    if find_module("venv") is not None and find_module("ensurepip") is not None:
        return []
    version = "python{}.{}".format(*sys.version_info[:2])
    return [
        Problem(
            "Python's venv support (python3 -m venv cannot create .venv without it)",
            debian=[version + "-venv"],
            fedora=["python3-pip-wheel"],
        )
    ]


def check_display(
    environ: dict[str, str] | None = None, platform: str = sys.platform
) -> list[Problem]:
    """A Linux desktop has DISPLAY (X11) or WAYLAND_DISPLAY; offscreen Qt needs neither."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or _headless(env):
        return []
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return []
    return [Problem("a display")]


def check_qt(
    find: Callable[[str], bool] = library_loads,
    environ: dict[str, str] | None = None,
    platform: str = sys.platform,
) -> list[Problem]:
    """The system libraries Qt and its xcb platform plugin load on Linux."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return []
    wanted = dict(BASE_LIBRARIES)
    if _uses_xcb(env):
        wanted.update(XCB_LIBRARIES)
    missing = [soname for soname in wanted if not find(soname)]
    problems = [
        Problem(_library(soname), [wanted[soname][0]], [wanted[soname][1]]) for soname in missing
    ]
    if _uses_xcb(env):
        known = set(wanted)
        problems += [Problem(_library(name)) for name in plugin_unresolved() if name not in known]
    return problems


def _uses_xcb(env) -> bool:
    """Whether Qt may load its xcb plugin: X11 (or nothing yet), and no other platform chosen.

    A Wayland-only session (WAYLAND_DISPLAY without DISPLAY) uses the wayland plugin.
    """
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if _headless(env) or (chosen and chosen != "xcb"):
        return False
    return bool(env.get("DISPLAY")) or not env.get("WAYLAND_DISPLAY")


def _library(soname: str) -> str:
    return soname + ", a system library Qt needs to open a window"


def _headless(env) -> bool:
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    return platform in HEADLESS_PLATFORMS


def plugin_unresolved() -> list[str]:
    """Libraries ldd cannot resolve for PySide6's xcb plugin (when PySide6 is installed).

    This catches a library a newer PySide6 adds that the tables above do not know.
    """
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    plugin = Path(list(spec.submodule_search_locations)[0]) / "Qt/plugins/platforms/libqxcb.so"
    if not plugin.is_file():
        return []
    try:
        out = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return re.findall(r"^\s*(\S+) => not found", out, flags=re.MULTILINE)


# -- the report -----------------------------------------------------------------


def package_manager(os_release: str | None = None) -> str:
    """ "apt", "dnf" or "" from /etc/os-release's ID and ID_LIKE."""
    path = Path(os_release or os.environ.get(OS_RELEASE_ENV) or "/etc/os-release")
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    ids: list[str] = []
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("ID", "ID_LIKE"):
            ids += value.strip().strip("\"'").lower().split()
    if any(name in ("debian", "ubuntu") for name in ids):
        return "apt"
    if any(name in ("fedora", "rhel", "centos") for name in ids):
        return "dnf"
    return ""


def install_command(problems: Iterable[Problem], manager: str) -> str:
    """The one command that installs every package the problems name ("" if none is known)."""
    packages: list[str] = []
    for problem in problems:
        for package in problem.fedora if manager == "dnf" else problem.debian:
            if package not in packages:
                packages.append(package)
    if not packages or manager not in ("apt", "dnf"):
        return ""
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return "{}{} install -y {}".format(sudo, manager, " ".join(packages))


def report(problems: Sequence[Problem], manager: str | None = None) -> str:
    """What is missing and how to install it, in a few lines a user can act on."""
    if not problems:
        return ""
    manager = package_manager() if manager is None else manager
    lines: list[str] = []
    display = [p for p in problems if p.what == "a display"]
    missing = [p for p in problems if p.what != "a display"]
    if missing:
        lines.append("The annotator cannot start: this machine lacks")
        lines += ["  - " + p.what for p in missing]
        command = install_command(missing, manager)
        if command:
            lines += ["Install it with:", "  " + command]
        else:
            debian = install_command(missing, "apt")
            fedora = install_command(missing, "dnf")
            if debian:
                lines += [
                    "Install it with your package manager, e.g.:",
                    "  Debian/Ubuntu: " + debian,
                ]
                lines.append("  Fedora: " + fedora)
            else:
                lines.append("Install these libraries with your package manager.")
    if display:
        lines += [
            "No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so no window can open.",
            "Start it from a desktop session (or over SSH with `ssh -X`); the command line",
            "works without one: annotator --help",
        ]
    return "\n".join(lines)


def problems(
    checks: Iterable[str] = CHECKS, find: Callable[[str], bool] = library_loads
) -> list[Problem]:
    found: list[Problem] = []
    for check in checks:
        if check == "python":
            found += check_python()
        elif check == "venv":
            found += check_venv()
        elif check == "qt":
            found += check_qt(find)
        elif check == "display":
            found += check_display()
        else:
            raise ValueError("unknown check {!r}; choose from {}".format(check, ", ".join(CHECKS)))
    return found


def run(checks: Iterable[str] = CHECKS, out=None) -> int:
    """Print the report of `checks` to `out` (stderr); 0 when nothing is missing, else 1."""
    found = problems(checks)
    if not found:
        return 0
    stream = out or sys.stderr
    if stream is not None:  # a GUI script on Windows has no console
        print(report(found), file=stream)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if any(arg not in CHECKS for arg in args):
        print("usage: python3 -m annotator.preflight [{}]...".format("] [".join(CHECKS)))
        return 2
    return run(args or CHECKS)


if __name__ == "__main__":
    sys.exit(main())
