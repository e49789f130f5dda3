"""A count and its noun in the interface language: "1 relation", never "1 relations".

English reports say "{n} relations" whatever the count, which reads as a
mistake when it is one. Each noun has two templates, for one and for any
other count; Vietnamese nouns have no plural, so both read alike there. The
command line writes the same English with `annotator.core.messages.counted`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from annotator.gui.i18n import _tr, number

NOUNS = {
    "document": (QT_TR_NOOP("1 document"), QT_TR_NOOP("{n} documents")),
    "span": (QT_TR_NOOP("1 span"), QT_TR_NOOP("{n} spans")),
    "relation": (QT_TR_NOOP("1 relation"), QT_TR_NOOP("{n} relations")),
    "suggestion": (QT_TR_NOOP("1 suggestion"), QT_TR_NOOP("{n} suggestions")),
    "pending suggestion": (
        QT_TR_NOOP("1 pending suggestion"),
        QT_TR_NOOP("{n} pending suggestions"),
    ),
    "annotator": (QT_TR_NOOP("1 annotator"), QT_TR_NOOP("{n} annotators")),
    "annotation": (QT_TR_NOOP("1 annotation"), QT_TR_NOOP("{n} annotations")),
    "suggested span": (QT_TR_NOOP("1 suggested span"), QT_TR_NOOP("{n} suggested spans")),
    "pending relation": (QT_TR_NOOP("1 pending relation"), QT_TR_NOOP("{n} pending relations")),
    "suggested relation": (
        QT_TR_NOOP("1 suggested relation"),
        QT_TR_NOOP("{n} suggested relations"),
    ),
    "finished document": (
        QT_TR_NOOP("1 finished document"),
        QT_TR_NOOP("{n} finished documents"),
    ),
    "unfinished document": (
        QT_TR_NOOP("1 unfinished document"),
        QT_TR_NOOP("{n} unfinished documents"),
    ),
    "package": (QT_TR_NOOP("1 package"), QT_TR_NOOP("{n} packages")),
    "entity": (QT_TR_NOOP("1 entity"), QT_TR_NOOP("{n} entities")),
    "file": (QT_TR_NOOP("1 file"), QT_TR_NOOP("{n} files")),
    "character reference": (
        QT_TR_NOOP("1 HTML character reference"),
        QT_TR_NOOP("{n} HTML character references"),
    ),
}


def counted(count: int, noun: str) -> str:
    """`count` and `noun` (a key of NOUNS), singular for one, as the interface language writes them."""
    one, many = NOUNS[noun]
    return _tr(one) if count == 1 else _tr(many).format(n=number(count))
