"""Reports of the app layer as the window shows them, in the interface language.

The command line prints the app's own English lines (ImportReport.summary);
the window builds the same line from the report's counts with `_tr`.
"""

from __future__ import annotations

from annotator.gui.i18n import _tr


def import_summary(report) -> str:
    """ImportReport.summary() in the interface language."""
    lost = report.skipped
    parts = [
        _tr("{n} imported").format(n=report.imported),
        _tr("{n} already in the project").format(n=report.duplicates),
    ]
    documents = sum(o.documents for o in lost)
    entities = sum(o.entities for o in lost)
    cost = [_tr("{n} documents").format(n=documents)] if documents else []
    cost += [_tr("{n} entities").format(n=entities)] if entities else []
    skipped = _tr("{n} skipped").format(n=len(lost))
    parts.append(skipped + (f" ({', '.join(cost)})" if cost else ""))
    if report.same_text:
        text = _tr("{n} kept beside a document with the same text")
        parts.append(text.format(n=len(report.same_text)))
    if report.warnings:
        parts.append(_tr("{n} warning(s)").format(n=len(report.warnings)))
    if report.ignored:
        parts.append(
            _tr("{n} file(s) not matching the include patterns").format(n=len(report.ignored))
        )
    line = ", ".join(parts)
    return line + (_tr(" (cancelled before the end)") if report.cancelled else "")
