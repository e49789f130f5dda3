"""What an export leaves out (the loss report) and the dataset card written beside the files."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from operator import attrgetter
from typing import Any

from annotator import __version__
from annotator.app.card_language import say
from annotator.formats.tokens import ExportDoc, ExportSpan

MAX_EXAMPLES = 20
_label = attrgetter("label")
_annotator = attrgetter("annotator")

# Kinds of loss, in the order the report lists them, with how a linguist reads them.
KINDS = {
    "overlap": "nested or overlapping spans dropped by the overlap policy",
    "cut": "spans that do not line up with tokens (they would cut a word) and were left out",
    "region": "spans inside skipped regions",
    "relation": "relations left out (the format has no relations, or a span of theirs was dropped)",
    "empty": "documents with no text left to export",
    "layer": "documents without the chosen annotation layer (not curated), left out",
    "pending": "pending suggestions (spans and relations) not exported",
    "split": "spans whose edge fell inside a word: the word was split there (span kept whole)",
    "joined": "spans across a paragraph break, or a sentence break of the source: "
    "the two went out as one block",
    "across_line": "spans across a line break, written in one tag: a VLSP 2018 reader (this "
    "program's too) leaves such a tag out",
    "level": "documents that came without tokens of their own, written in syllables",
    "refused_tokens": "documents whose stored source tokens do not fit their text (the file was "
    "edited or copied), written in syllables",
    "renamed": "label or relation-type names the format cannot hold as they are, written as shown",
    "source_folder": "document sources written from the folder they were imported from "
    "(the full path stays in the project)",
    "source_name": "document sources written as the file name only: the full path names "
    "your folders and the import folder is not known (it stays in the project)",
    "source_full": "document sources written as full paths, as asked (they name your folders)",
}
# The same lines for a count of one, in English (Vietnamese nouns do not change).
ONE = {
    "overlap": "nested or overlapping span dropped by the overlap policy",
    "cut": "span that does not line up with tokens (it would cut a word) and was left out",
    "region": "span inside skipped regions",
    "relation": "relation left out (the format has no relations, or one of its spans was dropped)",
    "empty": "document with no text left to export",
    "layer": "document without the chosen annotation layer (not curated), left out",
    "pending": "pending suggestion (span or relation) not exported",
    "split": "span whose edge fell inside a word: the word was split there (span kept whole)",
    "joined": "span across a paragraph break, or a sentence break of the source: "
    "the two went out as one block",
    "across_line": "span across a line break, written in one tag: a VLSP 2018 reader (this "
    "program's too) leaves such a tag out",
    "level": "document that came without tokens of its own, written in syllables",
    "refused_tokens": "document whose stored source tokens do not fit its text (the file was "
    "edited or copied), written in syllables",
    "renamed": "label or relation-type name the format cannot hold as it is, written as shown",
    "source_folder": "document source written from the folder it was imported from "
    "(the full path stays in the project)",
    "source_name": "document source written as the file name only: the full path names "
    "your folders and the import folder is not known (it stays in the project)",
    "source_full": "document source written as a full path, as asked (it names your folders)",
}
# Reported for information: nothing is lost.
NOT_LOSSES = (
    "pending",
    "split",
    "joined",
    "level",
    "renamed",
    "source_folder",
    "source_name",
    "source_full",
)


# The longest a document's title is shown in an example before it is cut ("…").
TITLE_CHARACTERS = 50


def quoted(text: str) -> str:
    """A surface, a title or a name as every example quotes it: in “ ” (one style in both
    languages; Python's repr gave 'Hà Nội' or "Hà Nội" by the text's own apostrophes)."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return f"“{shown}”"  # a line break shown as \\n keeps the example on its line


@dataclass(frozen=True)
class DocName:
    """How a loss names its document: the key it carries in exports, and its title."""

    key: str
    title: str = ""

    @staticmethod
    def of(doc: ExportDoc) -> DocName:
        return DocName(doc.key, doc.title)


@dataclass(frozen=True)
class Example:
    """One example of a loss: its document, the text it was about and the label.

    A renamed label's example is about no document: `surface` is the name and
    `label` how the format writes it.
    """

    doc: str
    title: str = ""
    surface: str = ""
    label: str = ""

    def document(self, repeated: Collection[str], language: str) -> str:
        """ "document “Title”"; by number where the title is empty or repeated ("document 12
        “Title”"): the preview once named some documents by number and others by title."""
        word = say("document", language)
        title = " ".join(self.title.split())
        if len(title) > TITLE_CHARACTERS:
            title = title[: TITLE_CHARACTERS - 1].rstrip() + "…"
        if not title:
            return f"{word} {self.doc}"
        if self.title in repeated:
            return f"{word} {self.doc} {quoted(title)}"
        return f"{word} {quoted(title)}"

    def shown(self, kind: str, repeated: Collection[str], language: str) -> str:
        """The example as a reader finds it: "document “Title”: “Hà Nội” LOC", never a bare
        key after "e.g." (it read as a count, "ví dụ 1")."""
        if kind == "renamed":
            return say("{name} is written {written}", language).format(
                name=quoted(self.surface), written=quoted(self.label)
            )
        parts = [quoted(self.surface)] if self.surface else []
        parts += [self.label] if self.label else []
        where = self.document(repeated, language)
        return f"{where}: {' '.join(parts)}" if parts else where


@dataclass
class LossReport:
    """Counts and a few examples of everything an export drops; filled while exporting."""

    counts: Counter[str] = field(default_factory=Counter)
    by_label: dict[str, Counter[str]] = field(default_factory=dict)
    examples: dict[str, list[Example]] = field(default_factory=dict)
    skipped_regions: Counter[str] = field(default_factory=Counter)
    # Titles of the examples' documents that other documents of the project carry too.
    repeated_titles: set[str] = field(default_factory=set)

    def add(
        self,
        kind: str,
        *,
        doc: DocName | str,
        label: str = "",
        surface: str = "",
        count: int = 1,
    ) -> None:
        """Count one loss (or `count`), with an example while fewer than MAX_EXAMPLES are kept.

        Called for every lost span of a large export: a Counter or a list is
        made only for a kind met the first time (`setdefault` would make one
        on every call, and a Counter costs more than the rest of this call).
        """
        self.counts[kind] += count
        if label:
            labels = self.by_label.get(kind)
            if labels is None:
                labels = self.by_label[kind] = Counter()
            labels[label] += count
        shown = self.examples.get(kind)
        if shown is None:
            shown = self.examples[kind] = []
        if len(shown) < MAX_EXAMPLES:
            name = doc if isinstance(doc, DocName) else DocName(doc)
            shown.append(Example(name.key, name.title, surface, label))

    def add_renamed(self, name: str, written: str) -> None:
        """A label or relation type the format writes as `written` (about no document)."""
        self.counts["renamed"] += 1
        shown = self.examples.setdefault("renamed", [])
        if len(shown) < MAX_EXAMPLES:
            shown.append(Example("", surface=name, label=written))

    def example_titles(self) -> set[str]:
        """The titles the examples name (asked of the project: which of them repeat)."""
        return {e.title for shown in self.examples.values() for e in shown if e.title}

    def _repeated(self) -> set[str]:
        """Titles to name with their document's number: repeated in the project, or by two
        documents of the examples."""
        keys: dict[str, set[str]] = {}
        for shown in self.examples.values():
            for example in shown:
                keys.setdefault(example.title, set()).add(example.doc)
        return self.repeated_titles | {t for t, k in keys.items() if len(k) > 1}

    def merge(self, other: LossReport) -> None:
        """Add a report of later documents (examples keep document order)."""
        self.counts.update(other.counts)
        for kind, labels in other.by_label.items():
            self.by_label.setdefault(kind, Counter()).update(labels)
        for kind, examples in other.examples.items():
            shown = self.examples.setdefault(kind, [])
            shown.extend(examples[: MAX_EXAMPLES - len(shown)])
        self.skipped_regions.update(other.skipped_regions)
        self.repeated_titles |= other.repeated_titles

    @property
    def lossless(self) -> bool:
        return not any(self.counts[k] for k in KINDS if k not in NOT_LOSSES)

    def lines(self, language: str = "en", number: Callable[[int], str] = str) -> list[str]:
        """The report as plain lines for a terminal or a dialog, in English or Vietnamese.

        `number` writes a count: the window passes its own, which groups digits
        as the rest of the window does (12.345, not 12345).
        """
        if not any(self.counts.values()) and not self.skipped_regions:
            return [say("Nothing is lost: every selected span and relation is exported.", language)]
        example = say("e.g.", language)
        repeated = self._repeated()
        out = []
        for kind, meaning in KINDS.items():
            if not self.counts[kind]:
                continue
            labels = self.by_label.get(kind)
            detail = (
                f" ({', '.join(f'{k} {number(v)}' for k, v in sorted(labels.items()))})"
                if labels
                else ""
            )
            count = self.counts[kind]
            phrase = ONE[kind] if count == 1 and language == "en" else say(meaning, language)
            out.append(f"{number(count)} {phrase}{detail}")
            shown = self.examples.get(kind, [])[:5]
            out.extend(f"    {example} {one.shown(kind, repeated, language)}" for one in shown)
        if self.skipped_regions:
            regions = sorted(self.skipped_regions.items())
            kinds = ", ".join(f"{k} {number(v)}" for k, v in regions)
            out.append(
                say("skipped regions cut from the text: {kinds}", language).format(kinds=kinds)
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),
            "by_label": {k: dict(v) for k, v in self.by_label.items()},
            "skipped_regions": dict(self.skipped_regions),
            "examples": {
                kind: [one.shown(kind, self._repeated(), "en") for one in shown]
                for kind, shown in self.examples.items()
            },
        }


@dataclass
class ExportStats:
    """Counts per split, filled while exporting."""

    documents: Counter[str] = field(default_factory=Counter)
    spans: dict[str, Counter[str]] = field(default_factory=dict)
    relations: Counter[str] = field(default_factory=Counter)
    annotators: Counter[str] = field(default_factory=Counter)

    def add_document(self, split: str, spans: Sequence[ExportSpan], relations: int) -> None:
        """Count one exported document; `annotators` counts documents per annotator."""
        self.documents[split] += 1
        counts = self.spans.get(split)
        if counts is None:
            counts = self.spans[split] = Counter()
        counts.update(map(_label, spans))
        self.annotators.update(set(map(_annotator, spans)) - {""})
        self.relations[split] += relations

    def add_documents(self, split: str, docs: Sequence[ExportDoc]) -> None:
        """Count exported documents (a chunk's) at once, as `add_document` counts each."""
        if not docs:
            return
        self.documents[split] += len(docs)
        self.spans.setdefault(split, Counter()).update(
            map(_label, chain.from_iterable(d.spans for d in docs))
        )
        self.annotators.update(
            chain.from_iterable(set(map(_annotator, d.spans)) - {""} for d in docs)
        )
        self.relations[split] += sum(len(d.relations) for d in docs)

    def merge(self, other: ExportStats) -> None:
        """Add the counts of later documents."""
        self.documents.update(other.documents)
        for split, counts in other.spans.items():
            self.spans.setdefault(split, Counter()).update(counts)
        self.relations.update(other.relations)
        self.annotators.update(other.annotators)


def dataset_card(
    *,
    name: str,
    format_name: str,
    options: dict[str, Any],
    stats: ExportStats,
    report: LossReport,
    schema: dict[str, Any],
    files: list[str],
    language: str = "en",
) -> str:
    """README.md describing the exported dataset: what, how many, how made, what was lost.

    In English or Vietnamese (`language`); names, labels and options stay as written.
    """

    def s(text: str) -> str:
        return say(text, language)

    out = [
        f"# {name}",
        "",
        s(
            "Vietnamese political news annotated with people, roles, organisations, places, "
            "events, dates and documents. Format: **{format}**."
        ).format(format=format_name),
        "",
        *_provenance(stats, files, s),
        "",
        "## " + s("Counts"),
        "",
        *_count_table(stats, s),
    ]
    out += _how_made(options, schema, s)
    out += ["", "## " + s("What was lost"), ""]
    lines = report.lines(language)
    out += [f"- {line}" if not line.startswith("    ") else line for line in lines]
    return "\n".join(out) + "\n"


def _provenance(stats: ExportStats, files: list[str], s: Callable[[str], str]) -> list[str]:
    """When, by which version, from whose work and into which files the dataset was made."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return [
        "- " + s("exported: {when}").format(when=now),
        "- " + s("tool: annotator {version}").format(version=__version__),
        "- "
        + s("annotators: {names}").format(
            names=", ".join(sorted(stats.annotators)) or s("none recorded")
        ),
        "- " + s("files: {files}").format(files=", ".join(files)),
    ]


def _how_made(
    options: dict[str, Any], schema: dict[str, Any], s: Callable[[str], str]
) -> list[str]:
    """The card's Options and Schema sections, as JSON a reader can paste back."""
    return [
        "",
        "## " + s("Options"),
        "",
        "```json",
        json.dumps(options, ensure_ascii=False, indent=2, sort_keys=True),
        "```",
        "",
        "## " + s("Schema"),
        "",
        "```json",
        json.dumps(schema, ensure_ascii=False, indent=2),
        "```",
    ]


def _count_table(stats: ExportStats, s: Callable[[str], str]) -> list[str]:
    """The card's table: one row per split (train, dev, test, all first), one column per label."""
    splits = sorted(
        stats.documents,
        key=lambda s: (
            ("train", "dev", "test", "all").index(s) if s in ("train", "dev", "test", "all") else 9
        ),
    )
    labels = sorted({lb for c in stats.spans.values() for lb in c})
    out = [
        f"| {s('split')} | {s('documents')} | {s('relations')} | " + " | ".join(labels) + " |",
        "| --- | --- | --- | " + " | ".join("---" for _ in labels) + " |",
    ]
    for split in splits:
        counts = stats.spans.get(split, Counter())
        cells = " | ".join(str(counts[lb]) for lb in labels)
        out.append(f"| {split} | {stats.documents[split]} | {stats.relations[split]} | {cells} |")
    return out
