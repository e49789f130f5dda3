"""Vietnamese political-text annotator."""

__version__ = "0.1.0"
