"""brat standoff: `.txt` + `.ann` pairs (T and R lines) and the `annotation.conf` brat needs.

Offsets in `.ann` are code points into the `.txt` file. A document's file
stem comes from its title (made safe and unique); reading takes the title back
from the stem, with `_` read as a space.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.textnorm import map_span, normalize_with_offsets
from annotator.formats.filenames import UniqueNames
from annotator.formats.registry import Reader, Writer, register_reader, register_writer
from annotator.formats.tokens import ExportDoc, Split, WriteOptions

NAME = "brat"
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+(?: \d+)*(?:;\d+ \d+)*)\t?(.*)$")
_R_LINE = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$")


def ann_text(doc: ExportDoc) -> str:
    """The `.ann` content: T1..Tn in span order, then R1..Rm."""
    lines = []
    for i, span in enumerate(doc.spans, start=1):
        surface = " ".join(doc.text[span.start : span.end].split())
        lines.append(f"T{i}\t{span.label} {span.start} {span.end}\t{surface}\n")
    for i, (head, tail, kind) in enumerate(doc.relations, start=1):
        lines.append(f"R{i}\t{kind} Arg1:T{head + 1} Arg2:T{tail + 1}\n")
    return "".join(lines)


def annotation_conf(options: WriteOptions) -> str:
    """brat's configuration: entity types, relation types, overlaps allowed."""
    lines = ["[entities]\n", *(f"{label}\n" for label in options.labels), "\n[relations]\n"]
    for name, heads, tails in options.relation_types:
        arg1 = "|".join(heads) or "<ENTITY>"
        arg2 = "|".join(tails) or "<ENTITY>"
        lines.append(f"{name}\tArg1:{arg1}, Arg2:{arg2}\n")
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


def sniff(path: Path, head: bytes) -> bool:
    """A `.ann` file, or a `.txt` with a `.ann` beside it."""
    txt, ann = _pair(Path(path))
    return ann.is_file() and txt.is_file()  # .ann first: most .txt files have none


def read(path: Path, data: bytes) -> Iterator[SourceDocument]:
    """The document of one `.txt`/`.ann` pair, offsets mapped to the NFC text."""
    txt, ann = _pair(Path(path))
    if not txt.is_file():
        raise ImportFailure(f"{ann.name} has no text file {txt.name} beside it")
    raw = _decode(txt.read_bytes(), txt.name)
    ann_data = _decode(ann.read_bytes(), ann.name) if ann.is_file() else ""
    yield parse(raw, ann_data, name=txt.stem, source=str(txt))


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailure(f"{name} is not UTF-8 (byte {exc.start})") from exc


def parse(raw: str, ann: str, *, name: str, source: str = "") -> SourceDocument:
    """A SourceDocument from brat text and annotation content.

    Discontinuous entities are read as their covering range; event, attribute
    and note lines are ignored.
    """
    text, mapping = normalize_with_offsets(raw)
    index: dict[str, int] = {}
    spans: list[tuple[int, int, str]] = []
    relations: list[tuple[int, int, str]] = []
    lines = list(enumerate(ann.splitlines(), start=1))
    for number, line in lines:
        if match := _T_LINE.match(line):
            numbers = [int(x) for x in re.split(r"[ ;]", match.group(3))]
            start, end = min(numbers), max(numbers)
            if not 0 <= start < end <= len(raw):
                raise ImportFailure(
                    f"{name}.ann, line {number}: {match.group(1)} [{start}, {end}) "
                    f"does not fit a text of {len(raw)} characters"
                )
            index[match.group(1)] = len(spans)
            spans.append((*map_span(mapping, start, end), match.group(2)))
    for number, line in lines:
        if match := _R_LINE.match(line):
            head, tail = match.group(3), match.group(4)
            if head not in index or tail not in index:
                raise ImportFailure(
                    f"{name}.ann, line {number}: relation {match.group(1)} names an unknown entity"
                )
            relations.append((index[head], index[tail], match.group(2)))
    return SourceDocument(
        text=text,
        title=name.replace("_", " "),
        source=source,
        raw_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        spans=tuple(spans),
        relations=tuple(relations),
    )


register_reader(
    Reader(
        name=NAME,
        extensions=(".ann", ".txt"),
        sniff=sniff,
        read=read,
        description="brat standoff (.txt + .ann pairs)",
        priority=20,
    )
)
register_writer(
    Writer(name=NAME, extensions=(".ann",), write=write, description="brat standoff folders")
)
