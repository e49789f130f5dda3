"""The window opens whole on the screen: a 1366x768 laptop, a large monitor, a saved place."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QRect, QSize

from annotator.gui.window_size import FRAME_HEIGHT, FRAME_WIDTH, PREFERRED, first_geometry, kept_on

# A 1366x768 laptop screen less a 28 px panel at the top (GNOME's bar).
LAPTOP = QRect(0, 28, 1366, 740)


def _frame(geometry: QRect) -> QRect:
    """The geometry with the frame room the window manager adds around it."""
    half = FRAME_WIDTH // 2
    return geometry.adjusted(-half, -(FRAME_HEIGHT - half), half, half)


def test_the_first_size_fits_a_1366x768_laptop_with_its_frame():
    geometry = first_geometry(LAPTOP)
    assert LAPTOP.contains(_frame(geometry)), (geometry, LAPTOP)
    assert geometry.height() == LAPTOP.height() - FRAME_HEIGHT < PREFERRED.height()
    assert geometry.width() == PREFERRED.width()


def test_a_large_screen_gets_the_preferred_size_centred():
    screen = QRect(0, 0, 1920, 1080)
    geometry = first_geometry(screen)
    assert geometry.size() == PREFERRED
    assert abs(geometry.center().x() - screen.center().x()) <= 1
    assert screen.contains(_frame(geometry))


def test_a_saved_place_off_the_screen_is_brought_back_whole():
    """Saved on a larger monitor to the right, reopened on the laptop alone."""
    saved = QRect(2000, 300, 1600, 1000)
    fitted = kept_on(saved, LAPTOP)
    assert LAPTOP.contains(_frame(fitted)), fitted
    assert fitted.size() == QSize(LAPTOP.width() - FRAME_WIDTH, LAPTOP.height() - FRAME_HEIGHT)
    inside = QRect(100, 120, 900, 500)
    assert kept_on(inside, LAPTOP) == inside  # a place that fits is kept as it is


_OPEN_AND_MEASURE = """
import sys
from PySide6.QtWidgets import QApplication
from annotator.gui.app import create_main_window
from annotator.gui.settings import save_window_state
app = QApplication([])
app.setOrganizationName("annotator-size-test")
window = create_main_window(None)
window.show()
app.processEvents()
frame, screen = window.frameGeometry(), window.screen().availableGeometry()
print(frame.x(), frame.y(), frame.width(), frame.height(), screen.width(), screen.height())
if len(sys.argv) > 1:  # move it, and remember where, as closing the window does
    window.setGeometry(60, 90, 1000, 600)
    app.processEvents()
    save_window_state(window)
"""


def _open_on_laptop(tmp_path, *args) -> tuple[int, ...]:
    """Start the main window in its own process on a 1366x768 screen: its frame and screen."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # its own settings, none saved at first
        "HOME": str(tmp_path),
    }
    run = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_MEASURE, *args], env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return tuple(map(int, run.stdout.split()))


def test_the_real_window_opens_whole_on_a_1366x768_screen(tmp_path):
    """No size forced: the main window picks a first size that fits the screen, frame and all."""
    x, y, width, height, screen_width, screen_height = _open_on_laptop(tmp_path)
    assert (screen_width, screen_height) == (1366, 768)
    assert QRect(0, 0, 1366, 768).contains(QRect(x, y, width, height)), (x, y, width, height)
    assert width >= 1000  # the window uses the room it has


def test_a_saved_geometry_is_kept(tmp_path):
    _open_on_laptop(tmp_path, "move")
    x, y, width, height, *_ = _open_on_laptop(tmp_path)
    assert (width, height) == (1004, 604)  # 1000x600 and the offscreen frame's 2 px borders
    assert (x, y) == (58, 88)
