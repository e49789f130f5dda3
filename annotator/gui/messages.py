"""Messages from below the window (errors, import reasons, report lines), translated at its edge.

`core`, `store`, `formats` and `app` never import Qt: they raise or report
an English template with named fields (`annotator.core.messages.Message`).
Here, and only here, the template is looked up in the interface catalogue
and the fields are put in after, each field that is itself a Message
translated first. A message raised as a finished English string (no
template) is shown as written.
"""

from __future__ import annotations

import re
import string
from functools import cache

from annotator.core.messages import Message, as_message
from annotator.gui.i18n import _tr

# A stored message is matched to a template only by this much fixed text: "{a}: {b}"
# would take any line with a colon for its own.
LEAST_FIXED_TEXT = 12


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


def recognised(text: str) -> Message:
    """A message kept as English text (an import warning in a document's metadata) with
    the template it was written from, so `shown` can translate it; else the text as is.

    Stored as JSON, a Message is its English text alone: the Vietnamese window
    showed "composed 10 accent marks with their letters" among Vietnamese lines.
    """
    if isinstance(text, Message):
        return text
    for pattern, template in _patterns():
        found = pattern.fullmatch(text)
        if found is not None:
            return Message(template, found.groupdict())
    return Message(text)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Every catalogue template with fields as a pattern, the most fixed text first."""
    from annotator.gui.message_catalogue import TEMPLATES

    made = []
    for template in set(TEMPLATES):
        parts = list(string.Formatter().parse(template))
        fixed = "".join(literal for literal, *_ in parts)
        names = [name for _, name, spec, conv in parts if name]
        if not names or len(fixed) < LEAST_FIXED_TEXT or len(set(names)) < len(names):
            continue
        if any(spec or conv or not name.isidentifier() for _, name, spec, conv in parts if name):
            continue
        regex = "".join(
            re.escape(literal) + (f"(?P<{name}>.+?)" if name else "") for literal, name, *_ in parts
        )
        made.append((len(fixed), re.compile(regex, re.DOTALL), template))
    made.sort(key=lambda item: -item[0])
    return tuple((pattern, template) for _, pattern, template in made)
