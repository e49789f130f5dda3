"""Vietnamese political-text annotator."""

__version__ = "0.1.0"
__license__ = "GPL-3.0-or-later"
