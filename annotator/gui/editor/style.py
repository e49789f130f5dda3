"""Colours and pens of the editor, derived from the label schema."""

from __future__ import annotations

from PySide6.QtGui import QColor

from annotator.core.schema import LabelSchema

# Chosen with the default palette so that no two label tints look alike, also
# to protanopes, deuteranopes and tritanopes (tests/gui/test_palette.py).
FILL_ALPHA = 110
FALLBACK = "#888888"


class Palette:
    """Label colours, cached as QColor, with a fill tint per label."""

    def __init__(self, schema: LabelSchema | None = None) -> None:
        self._colors: dict[str, QColor] = {}
        if schema is not None:
            for label in schema.labels:
                color = QColor(label.color)
                self._colors[label.name] = color if color.isValid() else QColor(FALLBACK)

    def color(self, label: str) -> QColor:
        return self._colors.get(label) or QColor(FALLBACK)

    def stroke(self, label: str) -> QColor:
        """The colour for lines and outlines: light colours darkened to stand out on white."""
        color = self.color(label)
        return color.darker(160) if color.lightnessF() > 0.6 else color

    def fill(self, label: str) -> QColor:
        """Translucent tint so the text stays readable over it."""
        tint = QColor(self.color(label))
        tint.setAlpha(FILL_ALPHA)
        return tint
