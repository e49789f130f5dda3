"""Messages from below the window (errors, import reasons, report lines), translated at its edge.

`core`, `store`, `formats` and `app` never import Qt: they raise or report
an English template with named fields (`annotator.core.messages.Message`).
Here, and only here, the template is looked up in the interface catalogue
and the fields are put in after, each field that is itself a Message
translated first. A message raised as a finished English string (no
template) is shown as written.
"""

from __future__ import annotations

from annotator.core.messages import Message, as_message
from annotator.gui.i18n import _tr


def shown(value: object) -> str:
    """`value` (a Message, an AnnotatorError or any text) in the interface language."""
    msg = as_message(value)
    if not msg.fields:
        return _translated(msg) if msg.template else ""
    fields = {k: shown(v) if isinstance(v, Message) else v for k, v in msg.fields.items()}
    try:
        return _translated(msg).format(**fields)
    except (
        KeyError,
        IndexError,
        ValueError,
    ):  # a translation with a wrong field: say it in English
        return msg.template.format(**fields)


def _translated(msg: Message) -> str:
    """The template of `msg` in the interface language.

    A reason whose place was cut off ("{where}: " in front, see
    core.messages.without_place) is looked up whole, as the catalogue holds
    it, and its translation cut after the translated place (up to its first
    ": "); a translation that moved the place elsewhere is shown in English.
    """
    if not msg.place:
        return _tr(msg.template)
    whole = msg.place + msg.template
    translated = _tr(whole)
    head, colon, rest = translated.partition(": ")
    if translated == whole or not colon or "{" not in head:
        return msg.template
    return rest


def sentence(value: object) -> str:
    """`shown(value)` as a sentence of its own (a message box): it starts with a capital.

    Messages below the window start in lower case, as the command line puts
    them after "Error: ". Only a template that starts with a word is
    capitalised: one that starts with a field (a file name, say) is shown as
    that field is written, and so is text the window finished itself.
    """
    text = shown(value)
    if isinstance(value, str) and not isinstance(value, Message):
        return text  # finished text: shown as the window wrote it
    template = _tr(as_message(value).template)
    if text and template[:1].islower():
        return text[0].upper() + text[1:]
    return text
