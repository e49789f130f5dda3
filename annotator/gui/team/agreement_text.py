"""The agreement report's figures as the window shows them, in the interface language.

The command line prints `app.team.agreement.report_lines` (English, for a
terminal); the dialog builds the same lines from the same report with `_tr`,
so a Vietnamese curator reads "trùng khớp" and "chỉ an có", not "agreed" and
"only an".
"""

from __future__ import annotations

from typing import Any

from annotator.gui.i18n import _tr, number
from annotator.gui.reports.counts import counted

# Every agreement figure of the dialog, in its lines and its documents' table, has this
# many decimals: as many as the value had, 0,8 stood above 0,873 and read as the smaller.
FIGURE_DECIMALS = 3


def figure(value: float | None) -> str:
    """An agreement figure (F1, kappa, alpha) as the dialog writes it: 0,800 in Vietnamese."""
    return number(value, FIGURE_DECIMALS)  # None (not computable): a dash


def agreement_lines(report: dict[str, Any]) -> list[str]:
    """The overall figures, then each pair of annotators with its labels and relations."""
    overall = report["overall"]
    out = [
        _tr("Annotators: {names}").format(names=", ".join(report["annotators"])),
        _tr("Documents compared: {n}").format(n=number(overall["documents"])),
        _tr(
            "Fleiss' kappa {fleiss}, Krippendorff's alpha {alpha}, span F1 {f1} "
            "(overlap {overlap}), relation F1 {relations}"
        ).format(
            fleiss=figure(overall["fleiss_kappa"]),
            alpha=figure(overall["krippendorff_alpha"]),
            f1=figure(overall["span_f1"]),
            overlap=figure(overall["overlap_f1"]),
            relations=figure(overall["relation_f1"]),
        ),
    ]
    for pair in report["pairs"]:
        out += _pair_lines(pair)
    return out


def _pair_lines(pair: dict[str, Any]) -> list[str]:
    micro = pair["micro"]
    out = [
        _tr(
            "{a} & {b} ({documents}): F1 {f1} (overlap {overlap}; {agreed} agreed, "
            "{only_a} only {a}, {only_b} only {b}), kappa {kappa}"
        ).format(
            a=pair["a"],
            b=pair["b"],
            documents=counted(pair["documents"], "document"),
            f1=figure(micro["f1"]),
            overlap=figure(micro["overlap_f1"]),
            agreed=number(micro["tp"]),
            only_a=number(micro["fp"]),
            only_b=number(micro["fn"]),
            kappa=figure(micro["kappa"]),
        )
    ]
    for label, fig in pair["labels"].items():
        line = _tr("{label}: F1 {f1}, kappa {kappa}, overlap F1 {overlap} ({counts})")
        out.append("    " + line.format(label=label, counts=_counts(fig), **_figures(fig)))
    for kind, fig in pair["relations"].items():
        line = _tr("relation {kind}: F1 {f1} ({counts})")
        out.append("    " + line.format(kind=kind, f1=figure(fig["f1"]), counts=_counts(fig)))
    return out


_FIGURES = (("f1", "f1"), ("kappa", "kappa"), ("overlap", "overlap_f1"))


def _figures(fig: dict[str, Any]) -> dict[str, Any]:
    return {key: figure(fig[name]) for key, name in _FIGURES}


def _counts(fig: dict[str, Any]) -> str:
    """Agreed / only the first / only the second, as the header line names them."""
    return "/".join(number(fig[key]) for key in ("tp", "fp", "fn"))


def scale_name(metric: str) -> str:
    """The heat map's colour scale, named as the metric box names it."""
    return _tr("Span F1 (exact match)") if metric == "f1" else _tr("Cohen's kappa (tokens)")
