"""Typed errors that carry a message a linguist can act on."""

from __future__ import annotations

from annotator.core.messages import Message


class AnnotatorError(Exception):
    """Base class: the message is shown to the user, in English by `str(exc)`.

    Raised with a template and its fields (`ImportFailure("{name} is empty",
    name=path.name)`), the error keeps them apart in `message` so the window
    can translate the template; raised with a finished string, `message`
    holds that string and the window shows it as written.
    """

    def __init__(self, text: str | Message = "", /, **fields: object) -> None:
        # An error inside a field is kept as its words (its Message when it has one),
        # so the error can travel between processes and be translated whole.
        kept = {k: _words(v) if isinstance(v, BaseException) else v for k, v in fields.items()}
        self.message = text if isinstance(text, Message) and not kept else Message(text, kept)
        super().__init__(str(self.message))


def _words(error: BaseException) -> str:
    carried = getattr(error, "message", None)
    return carried if isinstance(carried, Message) else str(error)


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

    def __init__(self, text: str | Message, span_id: int) -> None:
        super().__init__(text)
        self.span_id = span_id


class TeamError(AnnotatorError):
    """A package cannot be made or merged, or agreement cannot be computed; nothing changed."""
