"""Reports of the app layer as the window shows them, in the interface language.

The command line prints the app's own English lines (ImportReport.summary);
the window builds the same line from the report's counts with `_tr`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from annotator.app.team.merge import MAX_LISTED, moves_of
from annotator.gui.documents.model import STATUS_TEXT
from annotator.gui.i18n import _tr, number
from annotator.gui.messages import shown as in_interface_language
from annotator.gui.reports.counts import counted


def import_summary(report) -> str:
    """ImportReport.summary() in the interface language."""
    lost = report.skipped
    parts = [
        _tr("{n} imported").format(n=number(report.imported)),
        _tr("{n} already in the project").format(n=number(report.duplicates)),
    ]
    documents = sum(o.documents for o in lost)
    entities = sum(o.entities for o in lost)
    cost = [counted(documents, "document")] if documents else []
    cost += [counted(entities, "entity")] if entities else []
    skipped = _tr("{n} skipped").format(n=number(len(lost)))
    parts.append(skipped + (f" ({', '.join(cost)})" if cost else ""))
    if report.same_text:
        text = _tr("{n} kept beside a document with the same text")
        parts.append(text.format(n=number(len(report.same_text))))
    if report.warnings:
        parts.append(_tr("%Ln warning(s)", "", len(report.warnings)))
    references, files = report.references_decoded()
    if references:
        text = _tr("{references} decoded in {files}")
        parts.append(
            text.format(
                references=counted(references, "character reference"),
                files=counted(files, "file"),
            )
        )
    if report.ignored:
        parts.append(_tr("%Ln file(s) not matching the include patterns", "", len(report.ignored)))
    if report.search_waiting:
        text = _tr("{n} waiting for the search index (indexed in the background)")
        parts.append(text.format(n=number(report.search_waiting)))
    line = ", ".join(parts)
    line = line[:1].upper() + line[1:]  # the report's first line: "đã nhập 2, …" read as a slip
    return line + (_tr(" (cancelled before the end)") if report.cancelled else "")


def training_reason(choice) -> str:
    """Why suggestions combine the model and the rules as they do (CombinationChoice.reason)."""
    if not choice.reason:
        return ""
    if not choice.validated_on:
        return _tr("too few documents to validate on")
    gain = choice.scores.get(choice.combination, 0.0) - choice.scores.get("rules-first", 0.0)
    if choice.combination == "rules-first":
        return _tr("keeps the rules' spans: letting the model decide did not validate better")
    return _tr("validated {gain} micro F1 over rules-first").format(
        gain=("+" if gain >= 0 else "") + number(gain, 3)
    )


STAGES = {
    "reading": QT_TR_NOOP("reading"),
    "features": QT_TR_NOOP("preparing documents"),
    "training": QT_TR_NOOP("training"),
    "saving": QT_TR_NOOP("saving"),
    "evaluating": QT_TR_NOOP("evaluating"),
}


def training_stage(stage: str) -> str:
    return _tr(STAGES.get(stage, stage))


def merge_lines(report) -> list[str]:
    """MergeReport.lines() in the interface language, its notes included."""
    out = [
        _tr(
            "Merged {file}: {annotator}'s layer on {documents} ({spans}, {relations}) "
            "replaces their earlier layer there."
        ).format(
            file=report.path.name,
            annotator=report.annotator,
            documents=counted(report.documents, "document"),
            spans=counted(report.spans, "span"),
            relations=counted(report.relations, "relation"),
        )
    ]
    if report.unmatched:
        listed = 10  # as app.team.merge.MAX_LISTED
        shown = ", ".join(repr(t) for t in report.unmatched[:listed])
        if len(report.unmatched) > listed:
            shown += _tr(" and {n} more").format(n=number(len(report.unmatched) - listed))
        out.append(
            _tr(
                "Skipped {documents} of the package that this project does not hold "
                "(their text differs): {titles}"
            ).format(documents=counted(len(report.unmatched), "document"), titles=shown)
        )
    if report.advanced:
        out.append(
            _tr("{documents} took {annotator}'s own status there, as expected.").format(
                documents=counted(len(report.advanced), "document"), annotator=report.annotator
            )
        )
    out += merge_status_lines(report)
    out += merge_left_out_lines(report)
    return out + [in_interface_language(note) for note in report.notes]


def merge_left_out_lines(report) -> list[str]:
    """MergeReport.left_out_lines() in the interface language."""
    texts = (
        (
            report.left_out_spans,
            "pending suggestion",
            _tr(
                "Left out, never decided by {annotator}: {count} of the package that this "
                "project still holds, pending in another layer; merged, each would only "
                "repeat one."
            ),
        ),
        (
            report.left_out_decided,
            "pending suggestion",
            _tr(
                "Left out, never decided by {annotator}: {count} of the package that another "
                "layer here has accepted or rejected since; merged, each would bring a "
                "decided suggestion back as pending."
            ),
        ),
        (
            report.left_out_relations,
            "relation",
            _tr(
                "Left out, never decided by {annotator}: {count} of the package on a span "
                "left out, or repeating a relation this project holds."
            ),
        ),
    )
    return [
        text.format(annotator=report.annotator, count=counted(count, noun))
        for count, noun, text in texts
        if count
    ]


def merge_status_lines(report) -> list[str]:
    """MergeReport.status_lines() in the interface language."""
    out = []
    for (before, after, own), changed in sorted(moves_of(report.status_changes).items()):
        shown = ", ".join(repr(c.title) for c in changed[:MAX_LISTED])
        if len(changed) > MAX_LISTED:
            shown += _tr(" and {n} more").format(n=number(len(changed) - MAX_LISTED))
        out.append(
            _tr(
                "{documents} went from {before} to {after}, as {annotator}'s own status "
                "there is {own} (a document's status sums up every annotator's): {titles}"
            ).format(
                documents=counted(len(changed), "document"),
                before=_tr(STATUS_TEXT.get(before, before)),
                after=_tr(STATUS_TEXT.get(after, after)),
                annotator=report.annotator,
                own=_tr(STATUS_TEXT[own]) if own in STATUS_TEXT else _tr("none"),
                titles=shown,
            )
        )
    return out


def package_lines(report) -> list[str]:
    """PackageReport.lines() in the interface language."""
    out = [
        _tr("{documents} shared out among {annotators}:").format(
            documents=counted(report.total, "document"),
            annotators=counted(len(report.files), "annotator"),
        )
    ]
    each = _tr("{name}: {documents} -> {path}")
    out += [
        "  "
        + each.format(name=name, documents=counted(report.documents[name], "document"), path=path)
        for name, path in report.files.items()
    ]
    if report.shared:
        out.append(_tr("Documents each pair shares (for agreement):"))
        out += [f"  {a} & {b}: {number(n)}" for (a, b), n in sorted(report.shared.items())]
    return out
