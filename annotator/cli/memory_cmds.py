"""CLI command group `memory`: what the project's memory holds back, and lifting it.

The same list and the same operation as the window's Annotate ▸ Held back
by the memory… (app/suggest/hold_backs.py): a lift goes through the one
write path, is logged, and Ctrl+Z in the window takes it back.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotator.app.suggest.hold_backs import HoldBack, hold_backs, lift_operation
from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted
from annotator.nlp.memory import surface_keys
from annotator.store import open_project

_PROJECT = click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))


@click.group("memory")
def memory_group() -> None:
    """List what the project's memory holds back, and suggest it again.

    Example:

        annotator memory lift project.db Myanmar --label LOC
    """


@memory_group.command("held-back")
@_PROJECT
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
def held_back_cmd(project: Path, as_json: bool) -> None:
    """List each surface the memory holds back: its label, rejections and documents.

    A surface rejected twice with a label and never accepted with it is held
    back in every later document, until it is accepted once or lifted.

    Example:

        annotator memory held-back project.db
    """
    found, titles = _read(project)
    if as_json:
        rows = [
            {"surface": h.surface, "label": h.label, "rejections": len(h.rejections),
             "documents": h.doc_ids, "places": _places(h, titles)}
            for h in found
        ]  # fmt: skip
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("The project's memory holds nothing back.")
        return
    click.echo(f"The project's memory holds back {counted(len(found), 'surface')}:")
    for h in found:
        ids = ", ".join(str(doc) for doc in h.doc_ids)
        click.echo(
            f"  “{h.surface}” ({h.label}): {counted(len(h.rejections), 'rejection')} "
            f"in documents {ids}"
        )
        for place in _places(h, titles):
            click.echo(f"    {place['title']} (document {place['document']}): {place['context']}")


def _places(hold_back: HoldBack, titles: dict[int, str]) -> list[dict]:
    """Where each rejection was made, as a reader finds it: the document and the words around."""
    contexts = hold_back.contexts or ("",) * len(hold_back.rejections)
    return [
        {"document": doc, "title": titles.get(doc, ""), "start": start, "end": end,
         "context": context}
        for (doc, _span, start, end), context in zip(hold_back.rejections, contexts, strict=True)
    ]  # fmt: skip


@memory_group.command("lift")
@_PROJECT
@click.argument("surface")
@click.option("--label", help="Only the hold-back of this label (default: every label held).")
def lift_cmd(project: Path, surface: str, label: str | None) -> None:
    """Let the next suggest run propose SURFACE again (matched as the memory matches it).

    Its rejections stop counting, until it is rejected twice more; the
    rejected spans themselves stay. One step of the action log: Ctrl+Z in
    the window takes it back.

    Example:

        annotator memory lift project.db Myanmar --label LOC
    """
    keys = surface_keys(surface)
    try:
        opened = open_project(project)
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        chosen = [
            h
            for h in hold_backs(opened)
            if surface_keys(h.surface) == keys and (label is None or h.label == label)
        ]
        op = lift_operation(chosen)
        if op is None:
            which = f" with the label {label}" if label else ""
            raise click.ClickException(
                f"the project's memory does not hold back “{surface}”{which}; "
                "`annotator memory held-back` lists what it holds back"
            )
        opened.session().apply(op)
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        opened.close()
    names = ", ".join(f"“{h.surface}” ({h.label})" for h in chosen)
    click.echo(f"The next suggest run proposes {names} again.")


def _read(path: Path) -> tuple[list[HoldBack], dict[int, str]]:
    """The hold-backs and the titles of the documents their rejections are in."""
    try:
        opened = open_project(path, access="read")
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        found = hold_backs(opened)
        ids = sorted({doc for h in found for doc in h.doc_ids})
        return found, {doc: title for doc, (title, _) in opened.document_titles(ids).items()}
    finally:
        opened.close()
