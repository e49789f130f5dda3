"""CLI commands that look at the whole corpus: search, stats and the people-and-roles registry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from annotator.app.search.engine import Hit, SearchRun
from annotator.app.stats.collect import SplitOptions, collect_stats, table_text
from annotator.cli.failures import warn_if_someone_elses_package
from annotator.cli.index_cmds import fill_index
from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted
from annotator.core.model import STATUSES
from annotator.core.search_query import ANNOTATION_FILTERS, SearchQuery, parse_query
from annotator.core.search_text import left_sort_key, right_sort_key
from annotator.store import open_project

_SORTS = {
    "doc": lambda hit: (hit.doc_id, hit.start),
    "left": lambda hit: (left_sort_key(hit.line), hit.doc_id, hit.start),
    "right": lambda hit: (right_sort_key(hit.line), hit.doc_id, hit.start),
}


def _open(path: Path, annotator: str | None = None, *, access: str = "write") -> Any:
    """Open PROJECT; `access` "read" or "auto" for commands that read (a read-only file is
    then read, not refused)."""
    try:
        return open_project(path, annotator, access=access)  # type: ignore[arg-type]
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None


def _open_to_annotate(path: Path, annotator: str | None = None) -> Any:
    """`_open`, warning first when PROJECT is someone else's work package."""
    opened = _open(path, annotator)
    warn_if_someone_elses_package(opened)
    return opened


def _line(hit: Hit, width: int) -> str:
    left = hit.line.left[-width:].rjust(width)
    right = hit.line.right[:width].ljust(width)
    note = hit.annotation_text()
    return f"{hit.doc_id:>6}:{hit.start:<6} {left}[{hit.line.hit}]{right}  {note}".rstrip()


@click.command("search")
@click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("query")
@click.option("--regex", is_flag=True, help="QUERY is a regular expression.")
@click.option("--case", "match_case", is_flag=True, help="Match letter case exactly.")
@click.option(
    "--diacritics", "match_diacritics", is_flag=True, help="Match diacritics exactly (quoc ≠ Quốc)."
)
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES))
@click.option("--label", "labels", multiple=True, help="Keep hits inside a span of this label.")
@click.option("--annotator", "annotators", multiple=True, help="... made by this annotator.")
@click.option(
    "--annotated", type=click.Choice(ANNOTATION_FILTERS), default="any", show_default=True
)
@click.option("--sort", type=click.Choice(sorted(_SORTS)), default="doc", show_default=True)
@click.option("--limit", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Hits to print (0: all).")  # fmt: skip
@click.option("--width", type=click.IntRange(10, 500), default=40, show_default=True,
              help="Characters of context each side.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the hits as one JSON object.")
def search_cmd(project: Path, query: str, **options: Any) -> None:
    """Find words, phrases or annotations in every document, as a concordance.

    Diacritics and case are ignored unless asked (`quoc` finds `Quốc`);
    `label:ROLE "Bí thư"` finds ROLE spans holding "Bí thư". Each line shows
    the document and offset, the context, the hit, and how it is annotated
    (`PER`, `PER?` for a pending suggestion, `in ROLE` inside a role).

    Example:

        annotator search project.db "Bí thư Tỉnh ủy" --sort right --status done
    """
    as_json, sort, limit, width = (options.pop(k) for k in ("as_json", "sort", "limit", "width"))
    try:
        parsed = _query(query, options)
        # "auto": a read-only project is searched as it is (its index is not filled).
        with _open(project, access="auto") as opened:
            fill_index(opened, why="for search")  # a large import left them out of the index
            unindexed = opened.search_waiting() if opened.read_only else 0
            run = SearchRun(opened, parsed, width=max(width, 60))
            hits = list(run.hits())
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    hits.sort(key=_SORTS[sort])
    shown = hits if not limit else hits[:limit]
    if as_json:
        click.echo(json.dumps(_hits_json(query, hits, shown, run), ensure_ascii=False, indent=1))
        return
    for hit in shown:
        click.echo(_line(hit, width))
    _say_totals(hits, shown, run, unindexed)


def _hits_json(query: str, hits: list[Hit], shown: list[Hit], run: SearchRun) -> dict[str, Any]:
    """The search as one JSON object: totals, what was left out, and the hits printed."""
    return {
        "query": query,
        "total": len(hits),
        "documents_read": run.documents_read,
        "cut_syllables": run.unaligned,
        "damaged": [{"doc_id": doc_id, "title": title} for doc_id, title in run.damaged],
        "hits": [hit.to_json() for hit in shown],
    }


def _say_totals(hits: list[Hit], shown: list[Hit], run: SearchRun, unindexed: int) -> None:
    """On stderr, below the hits: how many, in how many documents, and what was not searched."""
    more = (
        f" ({len(hits) - len(shown)} not shown: --limit 0 prints all)"
        if len(shown) < len(hits)
        else ""
    )
    unaligned = counted(run.unaligned, "match", "matches")
    skipped = f"; {unaligned} inside a syllable left out" if run.unaligned else ""
    documents = counted(len({h.doc_id for h in hits}), "document")
    click.echo(f"{counted(len(hits), 'hit')} in {documents}{more}{skipped}", err=True)
    _say_damaged(run.damaged)
    if unindexed:
        click.echo(
            f"{counted(unindexed, 'document')} not in the search index could not be searched: "
            "the project is read-only here (copy it to a folder you can write to).",
            err=True,
        )


def _say_damaged(damaged: list[tuple[int, str]]) -> None:
    """Name the documents a search skipped because their stored text is damaged."""
    if not damaged:
        return
    its, them = ("its", "it") if len(damaged) == 1 else ("their", "them")
    click.echo(
        f"{counted(len(damaged), 'document')} not searched, {its} stored text is damaged "
        f"(restore the project from a backup copy, or delete {them}: "
        "annotator delete PROJECT ID):",
        err=True,
    )
    for doc_id, title in damaged:
        click.echo(f"  document {doc_id}: {title or '(untitled)'}", err=True)


def _query(text: str, options: dict[str, Any]) -> SearchQuery:
    parsed = parse_query(
        text,
        regex=options["regex"],
        match_case=options["match_case"],
        match_diacritics=options["match_diacritics"],
        statuses=tuple(options["statuses"]),
        labels=tuple(options["labels"]),
        annotators=tuple(options["annotators"]),
        annotated=options["annotated"],
    )
    if parsed.empty:
        raise click.BadParameter("give words to find, or label:NAME", param_hint="QUERY")
    parsed.check()
    return parsed


@click.command("stats")
@click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print every table as JSON.")
@click.option("--plot", "plot_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write each table as CSV and each chart as PNG into this folder.")  # fmt: skip
@click.option("--top", type=click.IntRange(1, 1000), default=20, show_default=True,
              help="Most frequent surfaces listed per label.")  # fmt: skip
@click.option("--split", "ratios", help="Also count labels per export split, e.g. 8:1:1.")
@click.option("--seed", type=int, default=13, show_default=True, help="Seed of that split.")
def stats_cmd(
    project: Path, as_json: bool, plot_dir: Path | None, top: int, ratios: str | None, seed: int
) -> None:
    """Documents by status and annotator, spans by label and origin, suggesters, progress.

    Also the most frequent surfaces per label and, with --split, the label
    counts of each split an export with the same ratios and seed would make.

    Example:

        annotator stats project.db --split 8:1:1 --plot exports/stats
    """
    split = None
    if ratios:
        from annotator.app.exporting.splits import parse_ratios

        try:
            split = SplitOptions(parse_ratios(ratios), seed)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--split") from None
    with _open(project, access="read") as opened:
        stats = collect_stats(opened, top=top, split=split)
    if as_json:
        click.echo(json.dumps(stats.to_json(), ensure_ascii=False, indent=1))
    else:
        for table in stats.tables.values():
            click.echo("\n".join(table_text(table)) + "\n")
    if plot_dir is not None:
        # Imported here: matplotlib takes about a second to load, which every
        # other command would pay at start-up.
        from annotator.app.stats.files import write_stats_files

        try:
            written = write_stats_files(stats, plot_dir)
        except (AnnotatorError, OSError) as exc:
            raise click.ClickException(f"cannot write {plot_dir}: {exc}") from None
        click.echo(f"Wrote {counted(len(written), 'file')} to {plot_dir}", err=True)


@click.command("registry")
@click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write (persons.csv, mentions.csv, roles.csv, JSONL).")  # fmt: skip
@click.option("--pending", is_flag=True, help="Count pending suggestions too.")
@click.option("--overwrite", is_flag=True, help="Replace an existing folder.")
@click.option("--no-update", is_flag=True, help="Do not link new mentions first.")
@click.option("--annotator", help="Who links the new mentions (default: OS user).")
def registry_cmd(
    project: Path, out: Path, pending: bool, overwrite: bool, no_update: bool, annotator: str | None
) -> None:
    """Link new PER and ORG mentions to the registry, then write it as files.

    Linking is one logged step (undo it in the app with Ctrl+Z). Posts come
    from HOLDS relations or roles written next to a name, dated by the
    event, the sentence or the article; see exports/README.md.

    Example:

        annotator registry project.db --out exports/registry
    """
    # Linking loads the date and role rules: imported here, not for search and stats.
    from annotator.app.exporting.atomic import check_target
    from annotator.app.registry.build import update_registry
    from annotator.app.registry.files import write_registry

    with _open_to_annotate(project, annotator) as opened:
        try:
            check_target(out, overwrite=overwrite)  # before linking changes the project
            if not no_update:
                session = opened.session()
                update = update_registry(opened, session.apply)
                click.echo(f"Registry: {update.summary()}", err=True)
            result = write_registry(opened, out, pending=pending, overwrite=overwrite)
        except AnnotatorError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(result.summary())
