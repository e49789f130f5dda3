"""CLI command `export`: training data in CoNLL, JSONL, brat, spaCy, Hugging Face or CSV."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from annotator.app.exporting.bundle import BUNDLE, PARTS
from annotator.app.exporting.filters import load_filter, save_filter
from annotator.app.exporting.run import FORMATS, ExportOptions
from annotator.app.exporting.select import DEFAULT_STATUSES, Selection
from annotator.app.exporting.splits import parse_ratios
from annotator.app.exporting.tokens import BLOCKS, LEVELS, TokenOptions
from annotator.app.team.layers import LAYER_CHOICES, run_layered_export
from annotator.cli.export_output import (
    Progress,
    export_bundle,
    report_before_commit,
    say_written,
)
from annotator.cli.failures import open_for
from annotator.cli.options import jobs_option
from annotator.core.errors import AnnotatorError
from annotator.core.model import STATUSES
from annotator.formats import tagging
from annotator.formats.layers import POLICIES


def _list(values: tuple[str, ...]) -> tuple[str, ...]:
    """Repeated options and comma lists alike: ('a,b', 'c') -> ('a', 'b', 'c')."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _statuses(value: str | tuple[str, ...]) -> tuple[str, ...]:
    """The statuses of --status, given once as a comma list or repeated (every one counts)."""
    chosen = _list((value,) if isinstance(value, str) else tuple(value))
    if any(s.lower() == "any" for s in chosen):
        return ()
    unknown = [s for s in chosen if s not in STATUSES]
    if unknown:
        raise click.BadParameter(f"unknown status {unknown[0]!r}; use {', '.join(STATUSES)} or any")
    return chosen


def options_from(params: dict[str, Any]) -> ExportOptions:
    """ExportOptions from the command's parameters (shared with tests)."""
    try:
        split = parse_ratios(params["split"]) if params.get("split") else ()
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--split") from None
    selection = Selection(
        statuses=_statuses(params["status"]),
        title_contains=params.get("title") or "",
        annotators=_list(params["annotator"]),
        labels=_list(params["label"]),
        include_pending=params["include_pending"],
        skip_regions=_list(params["skip_region"]),
        layer=params.get("layer") or "auto",
    )
    return ExportOptions(
        format=params["fmt"],
        out=params["out"],
        selection=selection,
        tokens=TokenOptions(level=params["level"], block=params["block"], pos=params["pos"]),
        scheme=params["scheme"] or "",
        docstart=params["docstart"],
        overlap=params["overlap"],
        max_layers=params["max_layers"],
        split=split,
        seed=params["seed"],
        stratify=params["stratify"],
        overwrite=params["overwrite"],
        jobs=params.get("jobs", 0),
        card_language=params.get("card_language") or "en",
        absolute_sources=params.get("absolute_sources", False),
    )


@click.command("export")
@click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice((*FORMATS, BUNDLE)),
    default="jsonl",
    show_default=True,
    help="Output format; all writes every training format into one folder "
    f"({', '.join(p.folder for p in PARTS)}) with one loss report (LOSS_REPORT.md).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (default: exports/<project>-<format>).",
)
@click.option(
    "--level",
    type=click.Choice(LEVELS),
    default="source",
    show_default=True,
    help="Tokens of CoNLL, PhoNER, VLSP 2016, spaCy and HF exports: source writes each "
    "document in the tokens, sentences, columns and label names it was imported with "
    "(syllables for documents that came without tokens); syllable or word tokenise again.",
)
@click.option(
    "--scheme",
    type=click.Choice(tagging.SCHEMES),
    default=None,
    help="Tag scheme (default: the scheme each document's source used, iob2 otherwise).",
)
@click.option(
    "--block",
    type=click.Choice(BLOCKS),
    default="sentence",
    show_default=True,
    help="One block per sentence or per paragraph.",
)
@click.option(
    "--pos/--no-pos",
    default=False,
    help="Add POS and chunk columns (VLSP 2016 layout: word POS chunk NER).",
)
@click.option(
    "--docstart/--no-docstart",
    default=None,
    help="Write '-DOCSTART- -X- O O' before each document (CoNLL). Default: where the "
    "document's source had one, and always for documents that came without tokens.",
)
@click.option(
    "--status",
    multiple=True,
    default=(",".join(DEFAULT_STATUSES),),
    show_default=True,
    help="Document statuses, comma separated or repeated, or 'any'.",
)
@click.option("--title", help="Only documents whose title contains these words (accents optional).")
@click.option(
    "--annotator", multiple=True, help="Only spans by this annotator (repeat or comma list)."
)
@click.option("--label", multiple=True, help="Only these labels (repeat or comma list).")
@click.option(
    "--layer",
    type=click.Choice(LAYER_CHOICES),
    default="auto",
    show_default=True,
    help="Annotators' layer: auto (curated where it exists), curated, majority vote, or "
    "separate (one export per annotator in OUT/NAME); one annotator's: --annotator NAME.",
)
@click.option(
    "--include-pending", is_flag=True, help="Also export pending suggestions (rejected ones never)."
)
@click.option(
    "--skip-region",
    multiple=True,
    help="Cut these regions out of the text: caption, byline, tags, source, title.",
)
@click.option(
    "--overlap",
    type=click.Choice(POLICIES),
    default="outermost",
    show_default=True,
    help="Nested spans in flat formats: keep the outermost, the innermost, or tag layers in extra columns.",
)
@click.option(
    "--max-layers",
    type=click.IntRange(1, 9),
    default=3,
    show_default=True,
    help="Tag columns written with --overlap layers.",
)
@click.option(
    "--filter",
    "filter_name",
    metavar="NAME",
    help="Take the documents and spans of a saved filter; selection options given here override it.",
)
@click.option(
    "--save-filter",
    metavar="NAME",
    help="Save this command's selection (status, title, annotators, labels, pending, regions) as NAME.",
)
@click.option("--split", default="", help="Train:dev:test ratio by document, e.g. 8:1:1.")
@click.option("--seed", type=int, default=13, show_default=True, help="Seed of the split.")
@click.option("--stratify", is_flag=True, help="Balance label counts across splits.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output folder.")
@click.option(
    "--card-language",
    type=click.Choice(["en", "vi"]),
    default="en",
    show_default=True,
    help="Language of the dataset card (README.md) and its loss report.",
)
@click.option(
    "--absolute-sources",
    is_flag=True,
    help="Write each document's full source path (it names your folders); by default "
    "jsonl and doccano-rel write it from the folder it was imported from.",
)
@jobs_option("rendering large conll/jsonl exports", "render")
@click.option("--dry-run", is_flag=True, help="Only print the loss report; write nothing.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def export_cmd(project: Path, dry_run: bool, quiet: bool, **params: Any) -> None:
    """Export annotated documents as training data, with a loss report and a dataset card.

    Documents marked done or reviewed are exported by default; the output
    folder is written atomically. Formats: conll, jsonl (doccano sequence
    labelling), doccano-rel (doccano relation projects), brat, spacy
    (DocBin), hf (datasets + Parquet), csv (entities), phoner (words and
    tags JSON lines), vlsp2016 (one column file per document), vlsp2018
    (ENAMEX-tagged text, one file per document).

    A corpus imported from its own tokens (CoNLL, PhoNER, VLSP 2016, spaCy,
    HF) is written back in them by default (--level source): same tokens,
    sentences, columns and label names, with your corrections.

    Example:

    \b
        annotator export project.db --format conll --level syllable --scheme iob2 --split 8:1:1 --seed 13 --out exports/conll-v1
    """
    filter_name, save_as = params.pop("filter_name"), params.pop("save_filter")
    options = options_from(params)
    bar = Progress(enabled=not quiet)
    proj, options = _open_with_filters(project, options, filter_name, save_as)
    show = report_before_commit(proj, options, bar)
    if options.format == BUNDLE:
        export_bundle(proj, options, bar, dry_run)
        return
    try:
        results = run_layered_export(
            proj, options, progress=bar, dry_run=dry_run, before_commit=show
        )
    except (AnnotatorError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        bar.close()
        proj.close()
    say_written(results, dry_run)


def _open_with_filters(
    project: Path, options: ExportOptions, filter_name: str | None, save_as: str | None
) -> tuple[Any, ExportOptions]:
    """The project opened, and the options with the named filter applied (or saved)."""
    # Only reading is needed, unless a filter is to be saved in the project.
    proj = open_for(project, access="write" if save_as else "read")
    try:
        return proj, _with_filters(proj, options, filter_name, save_as)
    except AnnotatorError as exc:
        proj.close()
        raise click.ClickException(str(exc)) from None


# Command-line options that make up a Selection, by Selection field.
_SELECTION_OPTIONS = {
    "statuses": "status",
    "title_contains": "title",
    "annotators": "annotator",
    "labels": "label",
    "include_pending": "include_pending",
    "skip_regions": "skip_region",
    "layer": "layer",
}


def _with_filters(
    project: Any, options: ExportOptions, name: str | None, save_as: str | None
) -> ExportOptions:
    """Apply a saved filter (options typed on the command line win), then save if asked."""
    selection = options.selection
    if name:
        saved = load_filter(project, name)
        ctx = click.get_current_context()
        typed = {
            field: getattr(selection, field)
            for field, option in _SELECTION_OPTIONS.items()
            if ctx.get_parameter_source(option) == ParameterSource.COMMANDLINE
        }
        selection = replace(saved, **typed)
    if save_as:
        save_filter(project, save_as, selection)
        click.echo(f"Saved the selection as filter {save_as!r}.")
    return replace(options, selection=selection)
