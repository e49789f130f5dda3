"""Command line: thin click wrappers over the functions the GUI uses too.

Commands are loaded lazily: `annotator --help` lists them from the table
below without importing their modules, and a command's module (with its
NLP, export or plotting stack) is imported only when that command runs.
"""

from __future__ import annotations

import click

from annotator import __version__
from annotator.cli.lazy import LazyCommand, LazyGroup

# Each command (or command group) lives in a module of its own and is listed
# here with one entry: its name, where it is defined, and the first sentence
# of its help (tests/cli/test_cli_start.py checks it matches the command's).
COMMANDS = (
    LazyCommand(
        "new",
        "project_cmds:new_cmd",
        "Create an empty project file; an existing file is never overwritten.",
    ),
    LazyCommand(
        "import",
        "import_cmds:import_cmd",
        "Import article files, corpus files and folders (recursively) into PROJECT.",
    ),
    LazyCommand(
        "delete",
        "document_cmds:delete_cmd",
        "Delete documents by id, with their annotations and relations.",
    ),
    LazyCommand(
        "mark-done",
        "document_cmds:mark_done_cmd",
        "Mark every new or in-progress document done, in one step of the action log.",
    ),
    LazyCommand(
        "index",
        "index_cmds:index_cmd",
        "Fill the search index with the documents a large import left waiting.",
    ),
    LazyCommand(
        "info",
        "project_cmds:info_cmd",
        "Show what PROJECT holds: documents by status, spans by label, annotators.",
    ),
    LazyCommand(
        "demo",
        "project_cmds:demo_cmd",
        "Create the demo project at PATH (or reopen it if it is already there).",
    ),
    LazyCommand(
        "export",
        "export_cmds:export_cmd",
        "Export annotated documents as training data, with a loss report and a dataset card.",
    ),
    LazyCommand(
        "suggest",
        "nlp_cmds:suggest_cmd",
        "Propose spans (rules, the trained or base model, optionally underthesea NER) and relations.",
    ),
    LazyCommand(
        "train",
        "nlp_cmds:train_cmd",
        "Train the project's model on accepted spans of done and reviewed documents.",
    ),
    LazyCommand(
        "evaluate",
        "nlp_cmds:evaluate_cmd",
        "Score the suggesters against a gold JSONL file (exact-match P/R/F1).",
    ),
    LazyCommand(
        "base-model",
        "model_cmds:base_model_cmd",
        "Train the base CRF a fresh project suggests with, from the committed gold.",
    ),
    LazyCommand(
        "name-model",
        "model_cmds:name_model_cmd",
        "Train the classifier that adds names nobody suggested, from the committed gold.",
    ),
    LazyCommand(
        "event-model",
        "model_cmds:event_model_cmd",
        "Train the event classifier, measured but not run by a fresh project, from the gold.",
    ),
    LazyCommand(
        "package",
        "team_cmds:package_group",
        "Share documents out as work packages, and merge them back.",
    ),
    LazyCommand(
        "agreement",
        "team_cmds:agreement_cmd",
        "Agreement between annotators: span F1, Cohen's and Fleiss' kappa, Krippendorff's alpha.",
    ),
    LazyCommand(
        "clean-copy",
        "file_cmds:clean_copy_cmd",
        "Copy a project that was refused for holding foreign SQL, without that SQL.",
    ),
    LazyCommand(
        "labels",
        "labels_cmds:labels_group",
        "List and change a project's labels and relation types.",
    ),
    LazyCommand(
        "memory",
        "memory_cmds:memory_group",
        "List what the project's memory holds back, and suggest it again.",
    ),
    LazyCommand(
        "search",
        "corpus_cmds:search_cmd",
        "Find words, phrases or annotations in every document, as a concordance.",
    ),
    LazyCommand(
        "stats",
        "corpus_cmds:stats_cmd",
        "Documents by status and annotator, spans by label and origin, suggesters, progress.",
    ),
    LazyCommand(
        "registry",
        "corpus_cmds:registry_cmd",
        "Link new PER and ORG mentions to the registry, then write it as files.",
    ),
    LazyCommand(
        "install-desktop-entry",
        "desktop_cmds:install_desktop_entry_cmd",
        "Add the annotator to the desktop's application menu (Linux).",
    ),
)


@click.group(
    cls=LazyGroup,
    commands_table=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="annotator")
def cli() -> None:
    """Annotate Vietnamese political news and export training data.

    Example:

        annotator new project.db && annotator import project.db articles/
    """


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
