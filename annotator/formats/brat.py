"""brat standoff: `.txt` + `.ann` pairs (T and R lines) and the `annotation.conf` brat needs.

Offsets in `.ann` are code points into the `.txt` file. A span that crosses
a line break or a tab is written as fragments, as brat writes it
(`T1\tLOC 4 16;17 31\tHà Nội Việt Nam`), so the text of every fragment is
exactly the text at its offsets; reading takes fragments back as the range
they cover. Type names with spaces are written reversibly (formats.names).
A document's file stem comes from its title (made safe and unique); reading
takes the title back from the stem, with `_` read as a space.

An import reads each pair once, whichever of its two files it meets. An
entity whose offsets are inverted (`T1 PER 19 4`) or do not fit the text is
left out and reported with its line, with the relations that use it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from annotator.core.errors import ImportFailure
from annotator.core.messages import Message, message
from annotator.core.model import SourceDocument
from annotator.core.textnorm import map_span
from annotator.formats.filenames import UniqueNames
from annotator.formats.names import read_name, written_name
from annotator.formats.normal import normalizing_warnings, with_offsets
from annotator.formats.registry import Reader, Writer, register_reader, register_writer
from annotator.formats.tokens import ExportDoc, Split, WriteOptions

NAME = "brat"
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$")
_R_LINE = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")
# Where a span is cut into fragments: brat shows one fragment per line.
_BREAKS = re.compile(r"[\n\t\r]+")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of [start, end) between line breaks and tabs (one piece for most spans)."""
    piece = text[start:end]
    if "\n" not in piece and "\t" not in piece and "\r" not in piece:
        return [(start, end)]
    out = []
    cursor = start
    for match in _BREAKS.finditer(piece):
        if match.start() + start > cursor:
            out.append((cursor, start + match.start()))
        cursor = start + match.end()
    if end > cursor:
        out.append((cursor, end))
    return out


def ann_text(doc: ExportDoc) -> str:
    """The `.ann` content: T1..Tn in span order, then R1..Rm."""
    lines = []
    text = doc.text
    for i, span in enumerate(doc.spans, start=1):
        parts = fragments(text, span.start, span.end)
        offsets = ";".join(f"{s} {e}" for s, e in parts)
        surface = " ".join(text[s:e] for s, e in parts)
        lines.append(f"T{i}\t{written_name(span.label)} {offsets}\t{surface}\n")
    for i, (head, tail, kind) in enumerate(doc.relations, start=1):
        lines.append(f"R{i}\t{written_name(kind)} Arg1:T{head + 1} Arg2:T{tail + 1}\n")
    return "".join(lines)


def annotation_conf(options: WriteOptions) -> str:
    """brat's configuration: entity types, relation types, overlaps allowed."""
    labels = (written_name(label) for label in options.labels)
    lines = ["[entities]\n", *(f"{label}\n" for label in labels), "\n[relations]\n"]
    for name, heads, tails in options.relation_types:
        arg1 = "|".join(written_name(h) for h in heads) or "<ENTITY>"
        arg2 = "|".join(written_name(t) for t in tails) or "<ENTITY>"
        lines.append(f"{written_name(name)}\tArg1:{arg1}, Arg2:{arg2}\n")
    lines.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")
    lines.append("\n[events]\n\n[attributes]\n")
    return "".join(lines)


def write(splits: Iterable[Split], *, directory: Path, options: WriteOptions) -> list[Path]:
    """A folder per split holding `<title>.txt` and `<title>.ann`; `annotation.conf` in each."""
    conf = annotation_conf(options)
    (directory / "annotation.conf").write_text(conf, encoding="utf-8", newline="\n")
    written = [directory / "annotation.conf"]
    for split, docs in splits:
        folder = directory / split
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "annotation.conf").write_text(conf, encoding="utf-8", newline="\n")
        names = UniqueNames()
        for doc in docs:
            stem = names.take(doc.title or doc.key, fallback=f"document-{doc.key}")
            (folder / f"{stem}.txt").write_text(doc.text, encoding="utf-8", newline="")
            (folder / f"{stem}.ann").write_text(ann_text(doc), encoding="utf-8", newline="")
        written.append(folder)
    return written


# --------------------------------------------------------------------- reading


def _pair(path: Path) -> tuple[Path, Path]:
    return path.with_suffix(".txt"), path.with_suffix(".ann")


def companion(path: Path) -> Path | None:
    """The `.txt` an `.ann` file annotates: an import reads the pair through the `.ann` alone."""
    return path.with_suffix(".txt") if path.suffix.lower() == ".ann" else None


def sniff(path: Path, head: bytes) -> bool:
    """A `.ann` file, or a `.txt` with a `.ann` beside it."""
    txt, ann = _pair(Path(path))
    return ann.is_file() and txt.is_file()  # .ann first: most .txt files have none


def read(path: Path, data: bytes) -> Iterator[SourceDocument]:
    """The document of one `.txt`/`.ann` pair, offsets mapped to the NFC text."""
    txt, ann = _pair(Path(path))
    if not txt.is_file():
        raise ImportFailure(
            "{name} has no text file {text_file} beside it", name=ann.name, text_file=txt.name
        )
    raw = _decode(txt.read_bytes(), txt.name)
    ann_data = _decode(ann.read_bytes(), ann.name) if ann.is_file() else ""
    yield parse(raw, ann_data, name=txt.stem, source=str(txt))


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailure(
            "{name} is not UTF-8 (byte {start})", name=name, start=exc.start
        ) from exc


def _entity_range(
    raw: str, offsets: str, *, where: str, warnings: list[str]
) -> tuple[int, int] | None:
    """The range an entity's fragments cover, or None (with a warning) if they do not fit."""
    parts = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
    for start, end in parts:
        if end < start:
            warnings.append(
                message(
                    "{where}: its end ({end}) comes before its start ({start}); left out",
                    where=where,
                    end=end,
                    start=start,
                )
            )
            return None
        if not 0 <= start < end <= len(raw):
            warnings.append(
                message(
                    "{where}: [{start}, {end}) does not fit a text of {count} characters; left out",
                    where=where,
                    start=start,
                    end=end,
                    count=len(raw),
                )
            )
            return None
    if any(b[0] < a[1] for a, b in zip(parts, parts[1:], strict=False)):
        warnings.append(message("{where}: its fragments are out of order; left out", where=where))
        return None
    start, end = parts[0][0], parts[-1][1]
    gaps = [raw[a[1] : b[0]] for a, b in zip(parts, parts[1:], strict=False)]
    if any(gap.strip() for gap in gaps):
        warnings.append(
            message(
                "{where}: a discontinuous entity, read as the whole range it covers", where=where
            )
        )
    return start, end


def _warn_unreadable(lines: list[tuple[int, str]], *, name: str, warnings: list[str]) -> None:
    """Entity and relation lines that do not parse are left out, and said to be."""
    for number, line in lines:
        kind = line[:1]
        if kind == "T" and not _T_LINE.match(line):
            shape = "'T1<tab>LABEL START END<tab>TEXT'"
        elif kind == "R" and not _R_LINE.match(line):
            shape = "'R1<tab>TYPE Arg1:T1 Arg2:T2'"
        else:
            continue
        warnings.append(
            message(
                "{name}.ann, line {number}: not read as brat writes it ({shape}); left out",
                name=name,
                number=number,
                shape=shape,
            )
        )


# Lines of brat kinds this program does not keep, by their first character.
_OTHER_KINDS = {
    "E": message("event"),
    "A": message("attribute"),
    "M": message("attribute"),
    "N": message("normalization"),
    "#": message("note"),
    "*": message("equivalence"),
}


def _warn_left_out(lines: list[tuple[int, str]], *, name: str, warnings: list[str]) -> None:
    """Say how many lines of each kind not kept (events, attributes, notes...) are left out."""
    counts: dict[Message, int] = {}  # keyed by the kind's Message, for the window's translation
    for _number, line in lines:
        if line.strip() and line[:1] not in ("T", "R"):
            kind = _OTHER_KINDS.get(line[:1]) or message("unknown")
            counts[kind] = counts.get(kind, 0) + 1
    for kind, count in counts.items():
        warnings.append(
            message(
                "{where}: {kind} lines left out ({count}): only entities (T) and "
                "relations (R) are read",
                where=f"{name}.ann",
                kind=kind,
                count=count,
            )
        )


def _warn_other_text(raw: str, parts: str, quoted: str, *, where: str, warnings: list[str]) -> None:
    """An entity whose quoted text is not the text at its offsets is read by its offsets, and said.

    A `.txt` edited after annotation, or offsets counted in another unit
    (bytes, UTF-16, CRLF as one), shows up here before it misplaces spans.
    """
    pieces = [tuple(int(x) for x in part.split()) for part in parts.split(";")]
    found = " ".join(raw[start:end] for start, end in pieces)
    if quoted and quoted != found:
        warnings.append(
            message(
                "{where}: its text {quoted!r} is not the text at its offsets {found!r}; "
                "read by its offsets",
                where=where,
                quoted=quoted,
                found=found,
            )
        )


def parse(raw: str, ann: str, *, name: str, source: str = "") -> SourceDocument:
    """A SourceDocument from brat text and annotation content.

    Fragments are read as the range they cover; event, attribute and note
    lines are left out, and counted in the document's warnings.
    """
    text, mapping = with_offsets(raw)
    warnings: list[str] = [*normalizing_warnings(raw, text, mapping)]
    lines = list(enumerate(ann.splitlines(), start=1))
    _warn_unreadable(lines, name=name, warnings=warnings)
    _warn_left_out(lines, name=name, warnings=warnings)
    spans, index = _entities(raw, mapping, lines, name=name, warnings=warnings)
    relations = _relations(lines, index, name=name, warnings=warnings)
    return SourceDocument(
        text=text,
        title=name.replace("_", " "),
        meta={"import_warnings": warnings} if warnings else {},
        source=source,
        raw_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        spans=tuple(spans),
        relations=tuple(relations),
    )


def _entities(
    raw: str,
    mapping: Sequence[int],
    lines: list[tuple[int, str]],
    *,
    name: str,
    warnings: list[str],
) -> tuple[list[tuple[int, int, str]], dict[str, int]]:
    """The spans of the T lines, mapped into the normalized text, and each entity's span index."""
    index: dict[str, int] = {}
    spans: list[tuple[int, int, str]] = []
    for number, line in lines:
        if match := _T_LINE.match(line):
            where = message(
                "{name}.ann, line {number} ({entity})",
                name=name,
                number=number,
                entity=match.group(1),
            )
            found = _entity_range(raw, match.group(3), where=where, warnings=warnings)
            if found is not None:
                _warn_other_text(
                    raw, match.group(3), match.group(4), where=where, warnings=warnings
                )
                index[match.group(1)] = len(spans)
                spans.append((*map_span(mapping, *found), read_name(match.group(2))))
    return spans, index


def _relations(
    lines: list[tuple[int, str]],
    index: dict[str, int],
    *,
    name: str,
    warnings: list[str],
) -> list[tuple[int, int, str]]:
    """The R lines between entities that were read; one that is missing leaves a warning."""
    relations: list[tuple[int, int, str]] = []
    for number, line in lines:
        if match := _R_LINE.match(line):
            head, tail = match.group(3), match.group(4)
            if head not in index or tail not in index:
                warnings.append(
                    message(
                        "{name}.ann, line {number}: relation {relation} uses an entity that was left out or "
                        "does not exist; left out",
                        name=name,
                        number=number,
                        relation=match.group(1),
                    )
                )
                continue
            relations.append((index[head], index[tail], read_name(match.group(2))))
    return relations


register_reader(
    Reader(
        name=NAME,
        extensions=(".ann", ".txt"),
        sniff=sniff,
        read=read,
        description="brat standoff (.txt + .ann pairs)",
        priority=20,
        companion=companion,
    )
)
register_writer(
    Writer(name=NAME, extensions=(".ann",), write=write, description="brat standoff folders")
)
