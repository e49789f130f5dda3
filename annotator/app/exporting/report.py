"""What an export leaves out (the loss report) and the dataset card written beside the files."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
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


def _in_document(kind: str, shown: str, language: str) -> str:
    """An example as a reader finds it: "e.g. document 12: 'Hà Nội' LOC", not "e.g. 12".

    A bare key after "e.g." read as a count ("ví dụ 1"). A renamed label's
    example is a sentence about the name, not about a document.
    """
    return shown if kind == "renamed" else f"{say('document', language)} {shown}"


@dataclass
class LossReport:
    """Counts and a few examples of everything an export drops; filled while exporting."""

    counts: Counter[str] = field(default_factory=Counter)
    by_label: dict[str, Counter[str]] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    skipped_regions: Counter[str] = field(default_factory=Counter)

    def add(
        self, kind: str, *, doc: str, label: str = "", surface: str = "", count: int = 1
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
            parts = [repr(surface)] if surface else []
            parts += [label] if label else []
            shown.append(f"{doc}: {' '.join(parts)}" if parts else doc)

    def merge(self, other: LossReport) -> None:
        """Add a report of later documents (examples keep document order)."""
        self.counts.update(other.counts)
        for kind, labels in other.by_label.items():
            self.by_label.setdefault(kind, Counter()).update(labels)
        for kind, examples in other.examples.items():
            shown = self.examples.setdefault(kind, [])
            shown.extend(examples[: MAX_EXAMPLES - len(shown)])
        self.skipped_regions.update(other.skipped_regions)

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
            out.extend(f"    {example} {_in_document(kind, one, language)}" for one in shown)
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
            "examples": self.examples,
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
