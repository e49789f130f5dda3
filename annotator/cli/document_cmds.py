"""CLI commands for documents: delete (with its annotations), mark done; undone in the window.

A document whose stored text is damaged can be deleted too: it needs only
its id, and the search index gives up its words without the text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from annotator.cli.failures import open_for
from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted


@click.command("delete")
@click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("doc_ids", metavar="ID...", type=int, nargs=-1, required=True)
@click.option("--annotator", help="Whose action it is (undo belongs to this name).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before deleting.")
def delete_cmd(project: Path, doc_ids: tuple[int, ...], annotator: str | None, yes: bool) -> None:
    """Delete documents by id, with their annotations and relations.

    Each deletion is one step of the action log: the window's Edit ▸ Undo,
    opened as the same annotator, brings the last one back. Ids are those
    `annotator search` and `annotator info` print.

    Example:

        annotator delete project.db 42
    """
    from annotator.core.operations import DeleteDocument

    with open_for(project, annotator=annotator) as opened:
        rows = _rows_of_every(opened, doc_ids, project)
        for doc_id in dict.fromkeys(doc_ids):
            row = rows[doc_id]
            click.echo(
                f"document {doc_id}: {row.title or '(untitled)'} "
                f"({counted(row.span_count + row.pending_count, 'annotation')})"
            )
        if not yes and not click.confirm(
            f"Delete {counted(len(rows), 'document')}?", default=False
        ):
            click.echo("Nothing was deleted.")
            return
        session = opened.session()
        for doc_id in dict.fromkeys(doc_ids):
            try:
                session.apply(DeleteDocument(doc_id=doc_id))
            except AnnotatorError as exc:
                raise click.ClickException(f"document {doc_id} was not deleted: {exc}") from None
            click.echo(f"Deleted document {doc_id}.")


def _rows_of_every(opened: Any, doc_ids: tuple[int, ...], project: Path) -> dict[int, Any]:
    """Each document's list row by id; refused, with nothing deleted, if any id is missing."""
    rows = {
        row.id: row
        for doc_id in doc_ids
        for row in opened.document_rows_around(doc_id, before=0, after=1)
        if row.id == doc_id
    }
    missing = [doc_id for doc_id in doc_ids if doc_id not in rows]
    if missing:
        raise click.ClickException(
            f"no document {', '.join(map(str, missing))} in {project}; nothing was deleted"
        )
    return rows


@click.command("mark-done")
@click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", help="Only documents whose title contains these words (accents optional).")
@click.option("--annotator", help="Whose action it is (undo belongs to this name).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask first.")
def mark_done_cmd(project: Path, title: str | None, annotator: str | None, yes: bool) -> None:
    """Mark every new or in-progress document done, in one step of the action log.

    An imported annotated corpus arrives new, while `train` and `export` take
    done and reviewed documents. The window's Edit ▸ Undo, opened as the same
    annotator, takes the whole step back.

    Example:

        annotator mark-done project.db --title "COVID"
    """
    from annotator.core.model import DONE, IN_PROGRESS, NEW
    from annotator.core.operations import Batch, SetStatus
    from annotator.store.document_filter import DocumentFilter

    with open_for(project, annotator=annotator) as opened:
        unfinished = DocumentFilter(status=(NEW, IN_PROGRESS), title=title)
        count = opened.document_count(unfinished)
        rows = opened.document_rows(unfinished, limit=count)
        if not rows:
            click.echo("No unfinished document to mark done.")
            return
        if not yes and not click.confirm(
            f"Mark {counted(len(rows), 'document')} done?", default=False
        ):
            click.echo("Nothing was changed.")
            return
        operations = tuple(SetStatus(doc_id=row.id, status=DONE) for row in rows)
        try:
            opened.session().apply(Batch(operations=operations, description="mark done"))
        except AnnotatorError as exc:
            raise click.ClickException(f"nothing was marked done: {exc}") from None
        click.echo(f"Marked {counted(len(rows), 'document')} done.")
