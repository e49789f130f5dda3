"""Messages below the window: an English template and its named fields, kept apart.

The command line prints a message in English (`str(message)`); the window
translates the template first and fills in the fields after, so a Vietnamese
sentence can put them where Vietnamese puts them. A template is a literal
string at the place that raises or reports it (`ImportFailure("... {name}",
name=...)`), so a scan of the source finds every one; the window's catalogue
of them (`annotator/gui/message_catalogue.py`) is checked against that scan.

A field may itself be a Message (a reason inside a sentence): it is
translated on its own before it is put in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    """An English template (str.format syntax) and the values of its named fields."""

    template: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.fields) if self.fields else self.template

    def __bool__(self) -> bool:
        return bool(self.template)


def message(template: str, /, **fields: object) -> Message:
    """A Message, written like a call to str.format."""
    return Message(template, fields)


def as_message(value: object) -> Message:
    """`value` as a Message: a Message as is, an error by its message, else its English text."""
    carried = getattr(value, "message", None)
    if isinstance(value, Message):
        return value
    if isinstance(carried, Message):
        return carried
    return Message(str(value))


def template(text: str) -> str:
    """Marks a template kept in a constant or a table, so the catalogue scan finds it."""
    return text
