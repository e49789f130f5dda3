"""CLI command group `labels`: list, add, rename, recolour and remove labels and relation types.

Every change is the very operation the schema editor applies (PutLabel,
RenameLabel, RemoveLabel, PutRelationType, RemoveRelationType), through the
project's one write path, so it is logged and can be undone in the app.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from annotator.core.errors import AnnotatorError
from annotator.core.messages import counted
from annotator.core.operations import (
    Operation,
    PutLabel,
    PutRelationType,
    RemoveLabel,
    RemoveRelationType,
    RenameLabel,
)
from annotator.core.schema import free_color, parse_color
from annotator.store import open_project

_PROJECT = click.argument("project", type=click.Path(exists=True, dir_okay=False, path_type=Path))


@contextmanager
def _opened(path: Path) -> Iterator[Any]:
    try:
        project = open_project(path)
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield project
    finally:
        project.close()


def _apply(path: Path, build: Callable[[Any], Operation | None], done: str) -> None:
    """Build an operation from the open project's schema and apply it; errors as messages."""
    with _opened(path) as project:
        try:
            op = build(project)
            if op is None:
                return
            project.session().apply(op)
        except AnnotatorError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(done)


@click.group("labels")
def labels_group() -> None:
    """List and change a project's labels and relation types.

    Example:

        annotator labels add project.db "CHỨC VỤ" --color '#c0392b' --key q
    """


@labels_group.command("list")
@_PROJECT
@click.option("--json", "as_json", is_flag=True, help="Print the schema and counts as JSON.")
def list_cmd(project: Path, as_json: bool) -> None:
    """Show the labels (colour, key, spans) and relation types (allowed labels, relations).

    Example:

        annotator labels list project.db
    """
    with _opened(project) as opened:
        schema = opened.schema()
        stats = opened.stats()
    spans = stats.get("labels", {})
    relations = stats.get("relations", {})
    if as_json:
        data = schema.to_dict()
        for label in data["labels"]:
            label["spans"] = spans.get(label["name"], {})
        for rel in data["relations"]:
            rel["count"] = relations.get(rel["name"], 0)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo("Labels:")
    for label in schema.labels:
        counts = spans.get(label.name, {})
        used = ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) or "no spans"
        key = f" key {label.key}" if label.key else ""
        click.echo(f"  {label.name:<20} {label.color}{key}  {used}")
    click.echo("Relation types:")
    for rel in schema.relations:
        heads = "|".join(rel.head_labels) or "any"
        tails = "|".join(rel.tail_labels) or "any"
        count = relations.get(rel.name, 0)
        click.echo(f"  {rel.name:<20} {heads} → {tails}  {counted(count, 'relation')}")


@labels_group.command("add")
@_PROJECT
@click.argument("name")
@click.option("--color", "--colour", "color", help="Colour as #rrggbb (default: a free one).")
@click.option("--key", default="", help="Keyboard shortcut in the app.")
@click.option("--description", default="", help="What the label marks.")
@click.option(
    "--crosses-paragraphs",
    is_flag=True,
    help="Its spans may run across a paragraph break (exports then join the two blocks).",
)
def add_cmd(
    project: Path,
    name: str,
    color: str | None,
    key: str,
    description: str,
    crosses_paragraphs: bool,
) -> None:
    """Add the label NAME (names may hold spaces: quote them).

    Example:

        annotator labels add project.db MISC --color '#8e44ad'
    """

    def build(opened: Any) -> Operation:
        schema = opened.schema()
        if name in schema.label_names():
            raise AnnotatorError(f"the label {name!r} already exists; change it with recolour")
        colour = parse_color(color) if color else free_color(schema)
        return PutLabel(
            name=name,
            color=colour,
            key=key,
            description=description,
            crosses_paragraphs=crosses_paragraphs,
        )

    _apply(project, build, f"Added the label {name}.")


@labels_group.command("rename")
@_PROJECT
@click.argument("old")
@click.argument("new")
def rename_cmd(project: Path, old: str, new: str) -> None:
    """Rename the label OLD to NEW everywhere: schema, spans, relation types.

    Example:

        annotator labels rename project.db LOCATION LOC
    """
    _apply(project, lambda _: RenameLabel(old=old, new=new), f"Renamed {old} to {new}.")


@labels_group.command("recolour")
@_PROJECT
@click.argument("name")
@click.argument("color")
def recolour_cmd(project: Path, name: str, color: str) -> None:
    """Give the label NAME the colour COLOR (#rrggbb).

    Example:

        annotator labels recolour project.db PER '#2980b9'
    """

    def build(opened: Any) -> Operation:
        label = opened.schema().label(name)
        return PutLabel(
            name=name,
            color=parse_color(color),
            key=label.key,
            description=label.description,
            crosses_paragraphs=label.crosses_paragraphs,
        )

    _apply(project, build, f"{name} is now {color}.")


@labels_group.command("remove")
@_PROJECT
@click.argument("name")
@click.option("--relabel-to", help="Give the label's spans this label instead of deleting them.")
@click.option("--yes", is_flag=True, help="Delete the label's spans without asking.")
def remove_cmd(project: Path, name: str, relabel_to: str | None, yes: bool) -> None:
    """Remove the label NAME; its spans are deleted, or relabelled with --relabel-to.

    Example:

        annotator labels remove project.db MISC --relabel-to ORG
    """

    def build(opened: Any) -> Operation | None:
        opened.schema().label(name)
        spans = sum(opened.stats().get("labels", {}).get(name, {}).values())
        if spans and not relabel_to and not yes:
            click.confirm(f"Delete the {counted(spans, 'span')} labelled {name}?", abort=True)
        return RemoveLabel(name=name, relabel_to=relabel_to)

    _apply(project, build, f"Removed the label {name}.")


@labels_group.command("add-relation")
@_PROJECT
@click.argument("name")
@click.option("--head", "heads", multiple=True, help="A label a head may have (repeatable).")
@click.option("--tail", "tails", multiple=True, help="A label a tail may have (repeatable).")
@click.option("--description", default="", help="What the relation means.")
def add_relation_cmd(
    project: Path, name: str, heads: tuple[str, ...], tails: tuple[str, ...], description: str
) -> None:
    """Add (or change) the relation type NAME between labels (any label when none is given).

    Example:

        annotator labels add-relation project.db HOLDS --head PER --tail ROLE
    """
    op = PutRelationType(name=name, head_labels=heads, tail_labels=tails, description=description)
    _apply(project, lambda _: op, f"Relation type {name} is set.")


@labels_group.command("remove-relation")
@_PROJECT
@click.argument("name")
@click.option("--yes", is_flag=True, help="Delete the relations of that type without asking.")
def remove_relation_cmd(project: Path, name: str, yes: bool) -> None:
    """Remove the relation type NAME and its relations.

    Example:

        annotator labels remove-relation project.db WHEN
    """

    def build(opened: Any) -> Operation:
        opened.schema().relation(name)
        count = opened.stats().get("relations", {}).get(name, 0)
        if count and not yes:
            click.confirm(f"Delete the {counted(count, 'relation')} of type {name}?", abort=True)
        return RemoveRelationType(name=name)

    _apply(project, build, f"Removed the relation type {name}.")
