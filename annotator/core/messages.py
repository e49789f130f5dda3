"""Messages below the window: an English template and its named fields, kept apart.

The command line prints a message in English (`str(message)`); the window
translates the template first and fills in the fields after, so a Vietnamese
sentence can put them where Vietnamese puts them. A template is a literal
string at the place that raises or reports it (`ImportFailure("... {name}",
name=...)`), so a scan of the source finds every one; the window's catalogue
of them (`annotator/gui/message_catalogue/`) is checked against that scan.

A field may itself be a Message (a reason inside a sentence): it is
translated on its own before it is put in. A Message is a `str` (its
English text), so it can travel wherever text travels: into a report, a
document's import warnings, another process.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any


class Message(str):
    """English text that remembers its template (str.format syntax) and the values of its fields.

    It is the English string itself, so whatever keeps, compares, prints or
    stores text (a report, a JSON metadata field, the command line) keeps
    working; the window alone reads `template` and `fields`.
    """

    template: str
    fields: Mapping[str, object]
    # The place cut off the front of the template it was written with ("{where}: "),
    # or "": the window translates `place + template` and cuts its translation there too.
    place: str

    def __new__(
        cls, template: str, fields: Mapping[str, object] | None = None, place: str = ""
    ) -> Message:
        kept = dict(fields or {})
        text = template.format(**kept) if kept else template
        made = super().__new__(cls, text)
        made.template = template
        made.fields = kept
        made.place = place
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.template, dict(self.fields), self.place))


def message(template: str, /, **fields: object) -> Message:
    """A Message, written like a call to str.format."""
    return Message(template, fields)


def as_message(value: object) -> Message:
    """`value` as a Message: a Message as is, an error by its message, else its text."""
    if isinstance(value, Message):
        return value
    carried = getattr(value, "message", None)
    if isinstance(carried, Message):
        return carried
    return Message(str(value))


# A place at the front of a template: "{where}: ", "line {line}: ", "{name}.ann, line {number}: ".
_PLACE = re.compile(r"^(?=[{l])(?:\{\w+\}(?:\.\w+)?)?(?:,? ?line \{\w+\}(?: \(\{\w+\}\))?)?: ")


def without_place(value: Message) -> Message | None:
    """`value` without the place its template starts with, or None if it starts with none.

    An import report groups alike reasons under their text without a place;
    this keeps that text translatable (Message.place), where the English left
    after cutting the place off would be shown as it is.
    """
    found = _PLACE.match(value.template)
    if found is None:
        return None
    return Message(value.template[found.end() :], value.fields, place=found.group(0))


def template(text: str) -> str:
    """Marks a template kept in a constant or a table, so the catalogue scan finds it."""
    return text


def by_count(count: int, one: str, many: str, /, **fields: object) -> Message:
    """The message `one` when `count` is 1, else `many`: its words agree with its count.

    "dropped 1 invisible control character(s)" read as a form, not a sentence.
    Both are templates (the catalogue scan lists every literal argument of
    this call), so the window translates whichever was chosen; Vietnamese,
    which has no plural, gives both the same words. The count is the field `n`.
    """
    return Message(one if count == 1 else many, {"n": count, **fields})


def joined(parts: Sequence[str], separator: str = ", ") -> Message:
    """`parts` (Messages or plain text) joined by `separator`, each translatable on its own.

    Its template is only the fields and the separators, so the window leaves
    it as it is and translates the parts.
    """
    fields = {f"p{i}": part for i, part in enumerate(parts)}
    return Message(separator.join(f"{{{name}}}" for name in fields), fields)


def counted(count: int, singular: str, plural: str = "") -> str:
    """`1 relation` or `3 relations`: a count and its noun as English writes them.

    For the command line's reports, which are English; a report that wrote
    "1 relations" would read as a mistake. The window translates its own
    (`annotator.gui.reports.counts`). `plural` defaults to `singular` + "s".
    Thousands are grouped ("12,345 documents"), as the window writes them in English.
    """
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"
