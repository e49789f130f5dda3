"""CLI commands that suggest, train the project's model and evaluate against gold."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from annotator.app.evaluate import BASELINE, evaluate_gold, scores_json
from annotator.app.suggest import SuggestProgress, SuggestReport, suggest_documents
from annotator.app.suggest.withdrawing import withdrawn_names
from annotator.app.training import TrainProgress, train_project
from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted


def _ids(value: str | None) -> list[int] | None:
    if not value:
        return None
    try:
        return [int(x) for x in value.split(",") if x.strip()]
    except ValueError as exc:
        raise click.BadParameter("give document ids as numbers: --docs 3,7,12") from exc


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def _bar(done: int, total: int, width: int = 20) -> str:
    filled = width * done // total if total else width
    return "[" + "#" * filled + "." * (width - filled) + "]"


class _StatusLine:
    """Progress on stderr: one line redrawn in a terminal, a few whole lines elsewhere.

    Redrawing with a carriage return in a log file or a pipe wrote every step
    on one endless line (thousands of "training: N/720"); there a line is
    written when the stage changes and at each quarter of it.
    """

    def __init__(self) -> None:
        self.terminal = sys.stderr.isatty()
        self.last: tuple[str, int] | None = None

    def show(self, text: str, *, stage: str, done: int, total: int) -> None:
        if self.terminal:
            click.echo(f"\r{text}", nl=False, err=True)
            return
        quarter = 4 * done // total if total else 4
        if (stage, quarter) != self.last:
            self.last = (stage, quarter)
            click.echo(text.rstrip(), err=True)

    def end(self) -> None:
        if self.terminal:
            click.echo("", err=True)


@click.command("suggest")
@click.argument("project", type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", help="Comma-separated document ids (default: documents not done).")
@click.option(
    "--all", "everything", is_flag=True, help="Suggest for every document, done ones too."
)
@click.option(
    "--workers", type=click.IntRange(1, 256), help="Worker processes (default: all cores)."
)
@click.option(
    "--time-limit",
    type=float,
    default=20.0,
    show_default=True,
    help="Seconds allowed per document before it is skipped.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Leave out suggestions (spans and relations) less confident than this (default: the "
    "project's minimum, 0 unless chosen in the window's Annotate menu).",
)
@click.option(
    "--with-underthesea/--without-underthesea",
    default=None,
    help="Run stock underthesea NER too, or not, this time (default: the project's setting, "
    "off unless turned on in the Annotate menu). It adds little to the rules and the "
    "model on political news and makes suggesting about three times slower.",
)
@click.option(
    "--with-memory/--without-memory",
    default=None,
    help="Apply the project's memory, or store what the rules and the model found as they "
    "found it, this time (default: the project's setting, on unless left out in the "
    "window's Annotate ▸ Suggesters: a suggestion is extended to a longer name marked in a "
    "worked document, one rejected twice and never accepted is held back, and its copies "
    "still pending are withdrawn).",
)
def suggest_cmd(
    project: str,
    docs: str | None,
    everything: bool,
    workers: int | None,
    time_limit: float,
    min_confidence: float | None,
    with_underthesea: bool | None,
    with_memory: bool | None,
) -> None:
    """Propose spans (rules, the trained or base model, optionally underthesea NER) and relations.

    Everything is stored as pending, each with a confidence (the measured
    precision of its suggester, or the model's own probability). Already
    present or rejected spans and relations are never proposed again.

    Example:

        annotator suggest project.db --workers 2 --min-confidence 0.8
        annotator suggest project.db --with-underthesea
    """
    ids = _documents_asked(Path(project), docs, everything)
    line = _StatusLine()
    try:
        report = suggest_documents(
            project,
            doc_ids=ids,
            workers=workers,
            progress=_suggest_progress(line),
            time_limit=time_limit,
            min_confidence=min_confidence,
            with_underthesea=with_underthesea,
            memory=with_memory,
        )
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from exc
    line.end()
    _print_suggest_report(report, min_confidence)


def _documents_asked(project: Path, docs: str | None, everything: bool) -> list[int] | None:
    """The ids of --docs, every document's with --all, or None for the documents not done.

    Warns first when the project is a package: the suggestions go into the signer's layer.
    """
    ids = _ids(docs)
    from annotator.cli.failures import warn_about_package

    warn_about_package(project)
    if everything and ids is None:
        from annotator.cli.failures import open_for

        opened = open_for(project, access="read")
        try:
            ids = opened.document_ids()
        finally:
            opened.close()
    return ids


def _suggest_progress(line: _StatusLine) -> Callable[[SuggestProgress], None]:
    """Show a suggest run's progress on `line`: a bar, the documents done, failed and the ETA."""

    def show(p: SuggestProgress) -> None:
        text = (
            f"{_bar(p.done, p.total)} {p.done}/{counted(p.total, 'document')}, {p.failed} failed, "
            f"ETA {_eta(p.eta)}  "
        )
        line.show(text, stage="suggest", done=p.done, total=p.total)

    return show


def _print_suggest_report(report: SuggestReport, min_confidence: float | None) -> None:
    """What the run added, what the minimum and the memory left out or withdrew, what failed."""
    click.echo(
        f"{counted(report.documents, 'document')}, {counted(report.added, 'suggestion')} and "
        f"{counted(report.relations, 'relation')} added in {report.seconds:.1f} s."
    )
    if min_confidence is None and report.min_confidence > 0:
        click.echo(
            f"Suggestions under {report.min_confidence:.0%} were left out (the project's "
            "minimum; --min-confidence 0 keeps them)."
        )
    if report.held_back:
        click.echo(
            f"The project's memory held back {counted(len(report.held_back), 'suggestion')} "
            "rejected at least twice and never accepted with that label: "
            f"{', '.join(report.held_back_names())}. --without-memory keeps them."
        )
    if report.withdrawn:
        click.echo(
            f"Withdrew {counted(len(report.withdrawn), 'pending suggestion')} the project's "
            f"memory now holds back: {', '.join(withdrawn_names(report.withdrawn))}."
        )
    for failure in report.failures:
        click.echo(f"document {failure.doc_id}: {failure.reason}", err=True)


def _table(scores: dict[str, Any]) -> str:
    """Scores by label; the first column as wide as the longest label (SYMPTOM_AND_DISEASE)."""
    labels = scores.get("labels", {})
    w = max([8, *(len(label) + 2 for label in labels)])
    rows = [f"{'label':<{w}}{'P':>8}{'R':>8}{'F1':>8}"]
    for label, s in labels.items():
        rows.append(f"{label:<{w}}{s['p']:>8.3f}{s['r']:>8.3f}{s['f1']:>8.3f}")
    micro = scores.get("micro")
    if micro:
        rows.append(f"{'micro':<{w}}{micro['p']:>8.3f}{micro['r']:>8.3f}{micro['f1']:>8.3f}")
    return "\n".join(rows)


@click.command("train")
@click.argument("project", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--holdout",
    type=click.FloatRange(0.0, 0.9),
    default=0.2,
    show_default=True,
    help="Share of done documents kept aside to score the model.",
)
@click.option("--seed", type=int, default=13, show_default=True, help="Seed of the held-out split.")
def train_cmd(project: str, holdout: float, seed: int) -> None:
    """Train the project's model on accepted spans of done and reviewed documents.

    Prints precision, recall and F1 per label on held-out documents, beside the
    rules alone on the same documents.

    Example:

        annotator train project.db --holdout 0.25
    """

    line = _StatusLine()

    def show(p: TrainProgress) -> None:
        line.show(
            f"{p.stage}: {p.done}/{p.total}        ", stage=p.stage, done=p.done, total=p.total
        )

    try:
        report = train_project(
            project, progress=show, cancel=threading.Event(), holdout=holdout, seed=seed
        )
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from exc
    line.end()
    click.echo(
        f"Trained on {counted(report.documents, 'document')} in {report.seconds:.1f} s; "
        f"labels: {', '.join(report.labels)}."
    )
    click.echo(f"Combined with the rules as {report.choice.combination}: {report.choice.reason}.")
    if report.held_out:
        click.echo(f"Model on {counted(report.held_out, 'held-out document')}:")
        click.echo(_table(report.scores))
        click.echo("Rules alone on the same documents:")
        click.echo(_table(report.baseline))
    else:
        click.echo("Too few documents to hold any out; no score.")


@click.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='Print {"labels": {LABEL: {"p", "r", "f1"}}, "micro": {...}} as JSON.',
)
@click.option(
    "--per-suggester",
    is_flag=True,
    help='With --json, add "suggesters": the same scores for every suggester.',
)
@click.option("--suggester", help="Report this suggester (rules, underthesea, model, merged).")
@click.option(
    "--project",
    type=click.Path(exists=True, dir_okay=False),
    help="Also score the model trained in this project.",
)
@click.option(
    "--gold-spans",
    is_flag=True,
    help="Score the suggested relations given the gold spans instead of the suggested ones.",
)
@click.option(
    "--with-underthesea",
    is_flag=True,
    help="Merge stock underthesea NER into the suggestions too (it is always scored alone).",
)
def evaluate_cmd(
    gold: str,
    as_json: bool,
    per_suggester: bool,
    suggester: str | None,
    project: str | None,
    gold_spans: bool,
    with_underthesea: bool,
) -> None:
    """Score the suggesters against a gold JSONL file (exact-match P/R/F1).

    Prints P/R/F1 per label and micro for every suggester and for the merged
    output (what `annotator suggest` proposes); the stock underthesea NER is
    shown as the baseline. --json prints the scores of one (--suggester,
    default the merged output), and "relations": P/R/F1 per relation type,
    exact on (head span, tail span, type), end to end or with --gold-spans
    given the gold spans.

    Example:

        annotator evaluate gold/dev.jsonl --json --suggester rules
    """
    try:
        result = evaluate_gold(
            gold,
            suggester=suggester,
            project_path=project,
            gold_spans=gold_spans,
            with_underthesea=with_underthesea,
        )
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        data = scores_json(result, per_suggester=per_suggester)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_scores(result, gold_spans)


def _print_scores(result: dict[str, Any], gold_spans: bool) -> None:
    """Every suggester's table (the stock NER marked as the baseline), then the relations'."""
    for name, scores in result["suggesters"].items():
        tag = " (baseline)" if name == BASELINE else ""
        click.echo(f"\n{name}{tag}")
        click.echo(_table(scores))
    given = "given the gold spans" if gold_spans else "end to end"
    click.echo(f"\nrelations ({given})")
    click.echo(_table({"labels": result["relations"]}))
