"""What training did, as the window's report says it: on what, how well, how suggestions use it.

Plain words first (the summary), then a row of scores per label beside the
rules alone, so a linguist sees whether the model is worth using.
"""

from __future__ import annotations

from annotator.gui.i18n import _tr, number
from annotator.gui.reports.counts import counted
from annotator.gui.reports.texts import training_reason


def _percent(value) -> str:
    return f"{number(round(100 * float(value)))}%"


def training_summary(report, *, scored: bool) -> str:
    """What training did, in plain words: on what, how well it finds, how suggestions use it."""
    use = {
        "rules-first": _tr("the model after the rules (where both propose, the rules win)"),
        "model-first": _tr("the model before the rules (where both propose, the model wins)"),
        "model-only": _tr("the model alone, without the rules"),
    }.get(report.choice.combination, report.choice.combination)
    parts = [
        _tr("Trained on {n} of {documents} in {seconds} s.").format(
            n=number(report.trained_on),
            documents=counted(report.documents, "finished document"),
            seconds=number(report.seconds, 0),
        )
    ]
    parts.append(_how_well(report, scored=scored))
    reason = training_reason(report.choice)
    reason = f" ({reason})" if reason else ""
    parts.append(_tr("Suggestions will use {use}{reason}.").format(use=use, reason=reason))
    return " ".join(parts)


def _how_well(report, *, scored: bool) -> str:
    """How well the model finds on the documents held back, beside the rules alone; or why
    there is no score: no document held back, or none with its labels."""
    micro = report.scores.get("micro") if scored else None
    if micro:
        rules = report.baseline.get("micro", {}).get("f1")
        compared = (
            "" if rules is None else _tr("; the rules alone: {f1}").format(f1=number(rules, 2))
        )
        return _tr(
            "On {documents} held back to test it, it finds {recall} of the annotations "
            "made by hand, and {precision} of the spans it proposes are right "
            "(F1 {f1}{compared})."
        ).format(
            documents=counted(report.held_out, "document"),
            recall=_percent(micro["r"]),
            precision=_percent(micro["p"]),
            f1=number(micro["f1"], 2),
            compared=compared,
        )
    if not report.held_out:
        return _tr(
            "No document could be held back to test it (it needs more finished "
            "documents), so there are no scores yet."
        )
    return _tr(
        "No annotation of its labels is in {documents} held back to test it, so "
        "there is nothing to score it against yet."
    ).format(documents=counted(report.held_out, "document"))


def score_rows(report) -> list[list[str]]:
    """One row per label and a micro-average row, each score as text."""
    model = report.scores.get("labels", {})
    rules = report.baseline.get("labels", {})
    rows = []
    for label in sorted(model):
        s = model[label]
        base = rules.get(label, {}).get("f1")
        rows.append([label, *(number(s[key], 3) for key in ("p", "r", "f1")), _num(base)])
    micro = report.scores.get("micro")
    if micro:
        base = report.baseline.get("micro", {}).get("f1")
        scores = (number(micro[key], 3) for key in ("p", "r", "f1"))
        rows.append([_tr("all (micro)"), *scores, _num(base)])
    return rows


def _num(value) -> str:
    return "" if value is None else number(value, 3)
