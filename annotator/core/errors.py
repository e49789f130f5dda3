"""Typed errors that carry a message a linguist can act on."""


class AnnotatorError(Exception):
    """Base class: the message is shown to the user as is."""


class OffsetError(AnnotatorError):
    """A span or position does not fit the document text."""


class SchemaError(AnnotatorError):
    """A label or relation type is unknown or not allowed."""


class NotAProjectError(AnnotatorError):
    """A file is not an annotator project and was left untouched."""


class ImportFailure(AnnotatorError):
    """One input could not be imported; the reason is specific."""


class OperationError(AnnotatorError):
    """An operation cannot be applied to the current state."""


class GazetteerError(AnnotatorError):
    """A gazetteer word list cannot be read or has an unknown kind."""


class ExportError(AnnotatorError):
    """An export cannot be written as asked; nothing was written."""


class DuplicateSpanError(OperationError):
    """The span asked for already exists (same document, offsets and label).

    `span_id` is the existing span, so a view can select it instead.
    """

    def __init__(self, message: str, span_id: int) -> None:
        super().__init__(message)
        self.span_id = span_id


class TeamError(AnnotatorError):
    """A package cannot be made or merged, or agreement cannot be computed; nothing changed."""
