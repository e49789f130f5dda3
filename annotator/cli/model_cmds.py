"""CLI commands that rebuild the models shipped in resources/models (`make base-model` and the like)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from annotator.app.base_model import build_base_model
from annotator.app.event_model import build_event_model
from annotator.app.name_model import build_name_model
from annotator.app.shipped_classifier import ClassifierReport
from annotator.core.messages import counted

_GOLD = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "gold"


def _gold_option(trained: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """`--gold`: the committed gold a shipped model is rebuilt from (both models read it)."""
    return click.option(
        "--gold",
        "gold_dir",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        default=_GOLD,
        show_default="tests/fixtures/gold",
        help=f"Folder of the committed gold files {trained} is trained on.",
    )


def _out_option(written: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """`--out`: where a rebuilt model goes instead of resources/models."""
    return click.option(
        "--out",
        "out_dir",
        type=click.Path(file_okay=False, path_type=Path),
        help=f"Where to write {written} (default: resources/models).",
    )


@click.command("base-model")
@_gold_option("the model")
@_out_option("the model and its recipe")
def base_model_cmd(gold_dir: Path, out_dir: Path | None) -> None:
    """Train the base CRF a fresh project suggests with, from the committed gold.

    The same inputs give the same model bytes; the recipe beside the model
    lists the inputs with their SHA-256 and how it is combined with the rules.

    Example:

        annotator base-model
    """
    report = build_base_model(gold_dir, out_dir)
    scores = ", ".join(f"{k} {v:.3f}" for k, v in report.validation.items())
    click.echo(
        f"Trained on {counted(report.documents, 'document')} ({counted(report.spans, 'span')}); "
        f"combined {report.combination} (cross-validated micro F1: {scores or 'n/a'})."
    )
    click.echo(f"Wrote {report.model_path} and {report.recipe_path}.")


@click.command("name-model")
@_gold_option("the classifier")
@_out_option("names.json")
def name_model_cmd(gold_dir: Path, out_dir: Path | None) -> None:
    """Train the classifier that adds names nobody suggested, from the committed gold.

    The same inputs give the same weights; the file records its inputs with
    their SHA-256.

    Example:

        annotator name-model
    """
    _echo_classifier(build_name_model(gold_dir, out_dir))


@click.command("event-model")
@_gold_option("the classifier")
@_out_option("events.json")
def event_model_cmd(gold_dir: Path, out_dir: Path | None) -> None:
    """Train the event classifier, measured but not run by a fresh project, from the gold.

    The left-out benchmark measures it; a fresh project stopped running it in
    round 14, when it no longer gained on unseen text.

    The same inputs give the same weights; the file records its inputs with
    their SHA-256.

    Example:

        annotator event-model
    """
    _echo_classifier(build_event_model(gold_dir, out_dir))


def _echo_classifier(report: ClassifierReport) -> None:
    """What a shipped classifier was trained on and where it was written."""
    click.echo(
        f"Trained on {counted(report.documents, 'document')} "
        f"({counted(report.features, 'feature')} kept). Wrote {report.path}."
    )
