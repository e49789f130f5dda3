"""What the Export dialog knows between uses: which options a format reads, the last
choices made (QSettings), and a size that fits the screen."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from annotator.app.exporting.shape import TOKEN_FORMATS
from annotator.app.exporting.sources import SOURCE_FORMATS
from annotator.formats.layers import LAYERS
from annotator.gui.export.form import select, value
from annotator.gui.i18n import _tr
from annotator.gui.settings import project_key, user_settings

LAST_CHOICES = "export/last_choices"  # any project's last choices, without the folder
PROJECT_CHOICES = "export/project_choices"  # one project's last choices, with its folder
TAGGED = frozenset({"conll", "hf", "phoner", "vlsp2016"})  # formats written as token tags
CONLL = frozenset({"conll"})
TITLE_BAR_ROOM = 60  # a window manager's title bar and borders, outside the dialog's own size
OWN_TOOLTIP = "ownToolTip"  # a widget property: its tooltip while its format uses it


class ExportMemoryMixin:
    """Format rules, remembered choices and screen fit for the Export dialog's fields."""

    def _applies(self) -> list[tuple[QWidget, frozenset[str]]]:
        """Each option with the formats that read it (the others ignore it)."""
        return [
            (self.level_box, TOKEN_FORMATS),
            (self.block_box, TOKEN_FORMATS),
            (self.scheme_box, TAGGED),
            (self.overlap_box, TAGGED),
            (self.layers_spin, CONLL),
            (self.pos_check, CONLL),
            (self.docstart_box, CONLL),
            (self.absolute_sources_check, SOURCE_FORMATS),
        ]

    def apply_format_rules(self) -> None:
        """Grey out what the chosen format does not use, and say why."""
        fmt = self.format_box.currentText()
        for widget, formats in self._applies():
            used = fmt in formats
            if widget is self.layers_spin:
                used = used and value(self.overlap_box) == LAYERS
            widget.setEnabled(used)
            own = str(widget.property(OWN_TOOLTIP) or "")  # what the option says when used
            widget.setToolTip(
                own if used else _tr("Not used by the {format} format").format(format=fmt)
            )

    # -- remembered choices -----------------------------------------------------------

    def choices(self) -> dict[str, Any]:
        """The dialog's choices that carry over to the next export of this project."""
        return {
            "format": value(self.format_box),
            "level": value(self.level_box),
            "scheme": value(self.scheme_box),
            "block": value(self.block_box),
            "overlap": value(self.overlap_box),
            "layers": self.layers_spin.value(),
            "pos": self.pos_check.isChecked(),
            "docstart": value(self.docstart_box),
            "statuses": [s for s, box in self.status_checks.items() if box.isChecked()],
            "pending": self.pending_check.isChecked(),
            "regions": [k for k, box in self.region_checks.items() if box.isChecked()],
            "split": self.split_edit.text(),
            "seed": self.seed_spin.value(),
            "stratify": self.stratify_check.isChecked(),
            "out": self.out_edit.text(),
        }

    def _project_choices_key(self) -> str:
        return project_key(PROJECT_CHOICES, str(getattr(self.project, "path", "project")))

    def remember_choices(self) -> None:
        """Keep the choices for this project (folder included) and, without the folder,
        as the starting point of a project never exported yet."""
        chosen = self.choices()
        settings = user_settings()
        settings.setValue(self._project_choices_key(), json.dumps(chosen))
        settings.setValue(LAST_CHOICES, json.dumps({**chosen, "out": None}))

    def _saved_choices(self) -> dict[str, Any]:
        """This project's last choices, else the last ones of any project, else none."""
        settings = user_settings()
        for key in (self._project_choices_key(), LAST_CHOICES):
            text = settings.value(key)
            if text is None:
                continue
            try:
                saved = json.loads(str(text))
            except ValueError:
                continue
            if isinstance(saved, dict):
                return saved
        return {}

    def restore_choices(self) -> bool:
        """Fill the fields with the last export's choices, ignoring values no longer offered;
        True when the folder was one of them (it then stays as chosen)."""
        saved = self._saved_choices()
        for key, box in (
            ("format", self.format_box),
            ("level", self.level_box),
            ("scheme", self.scheme_box),
            ("block", self.block_box),
            ("overlap", self.overlap_box),
            ("docstart", self.docstart_box),
        ):
            if isinstance(saved.get(key), str):
                select(box, saved[key])
        for key, spin in (("layers", self.layers_spin), ("seed", self.seed_spin)):
            if isinstance(saved.get(key), int):
                spin.setValue(saved[key])
        for key, check in (
            ("pos", self.pos_check),
            ("pending", self.pending_check),
            ("stratify", self.stratify_check),
        ):
            if isinstance(saved.get(key), bool):
                check.setChecked(saved[key])
        for key, boxes in (("statuses", self.status_checks), ("regions", self.region_checks)):
            if isinstance(saved.get(key), list):
                for value, box in boxes.items():
                    box.setChecked(value in saved[key])
        if isinstance(saved.get("split"), str):
            self.split_edit.setText(saved["split"])
        folder = saved.get("out")
        if isinstance(folder, str) and folder.strip():
            self.out_edit.setText(folder)
            return True
        return False

    # -- size -------------------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """As large as the form wants, but never larger than the screen it opens on."""
        screen = self.screen() if self.screen() is not None else QApplication.primaryScreen()
        self.fit_to(screen.availableGeometry())

    def fit_to(self, area: QRect) -> None:
        """Size the dialog for `area`, leaving room for a window manager's title bar.

        Its size hint is the same size: a window manager placing the dialog
        by its hint would otherwise push the buttons below a 1280×720 screen.
        """
        form = self.form.sizeHint()  # the whole form, unscrolled, and room for the report
        width = min(max(form.width() + 60, 760), int(area.width() * 0.95))
        height = min(max(form.height() + 280, 560), area.height() - TITLE_BAR_ROOM)
        self._fitted = QSize(width, height)
        self.setMaximumSize(area.width(), area.height())
        self.resize(self._fitted)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        fitted = getattr(self, "_fitted", None)
        return fitted if fitted is not None else super().sizeHint()
