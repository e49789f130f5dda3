"""The annotation editor: the article pane where spans and relations are made."""

from annotator.gui.editor.widget import AnnotationEditor

__all__ = ["AnnotationEditor"]
