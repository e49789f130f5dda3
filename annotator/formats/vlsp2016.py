"""VLSP 2016 NER files, as published: `word POS chunk NER nested-NER` rows in `<s>` sentences.

One file is one article:

    <title>Hải_tặc eo_biển Malacca (kỳ 1): ...</title>
    <editor>Vietlex team, 8-2016</editor>
    -DOCSTART-
    <s>\t\t\t\t
    Đó\tP\tB-NP\tO\tO
    ...
    </s>\t\t\t\t

The markup lines are not text: the title becomes the document's title
(`_` read as spaces) and, like the editor line, is kept to be written back;
each `<s>` sentence becomes a line of the text and a sentence of the
document's source tokens. Quirks of the published files are read as meant:
a title closed on the next line, `<titles>`, an editor line with a sentence
count after it, a token row glued to `<s>`. A title given as token rows (a
`<title>` block) is part of the text, as a "title" region. Both tag columns
become spans (the fifth holds nested entities); a stray value in a tag cell
(`o`, `Oy`, `0`, empty) is reported and read as `O`. A row with the wrong
number of columns is reported with its line number; the rest is kept.

The writer writes a document back as such a file, one per document (named
after the file it came from), in the tokens and columns it came with, with
`-DOCSTART-` and sentence markers only as the file had them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.core.errors import ImportFailure
from annotator.core.messages import message
from annotator.core.model import Region, SourceDocument
from annotator.core.source_tokens import Layout
from annotator.formats import tagging
from annotator.formats.conll_columns import Block, build_document, column_roles
from annotator.formats.filenames import UniqueNames, source_file
from annotator.formats.names import written_tag
from annotator.formats.registry import Reader, Writer, register_reader, register_writer
from annotator.formats.source_tags import rows_of
from annotator.formats.tokens import ExportDoc, SourceRows, Split, WriteOptions

NAME = "vlsp2016"
_MARKER = re.compile(r"^\s*(</?[A-Za-z]+[^>]*>)(.*)$")
# The title, closed on its line (also by a misspelt `</stitle`) or left open.
_TITLE = re.compile(r"^\s*<titles?>(.*?)(</\w*titles?>?(.*))?$", re.IGNORECASE)
_CLOSES_TITLE = re.compile(r"</\w*title", re.IGNORECASE)
_EDITOR = re.compile(r"^\s*<editor>(.*?)</editor>(.*)$", re.IGNORECASE)


def sniff(path: Path, head: bytes) -> bool:
    """Marker lines such as `<s>`, and tab-separated rows of four or more columns or,
    as this program writes a document that came without tokens, of a word and its tag."""
    text = head[:8192].decode("utf-8", "ignore").lstrip("\ufeff")
    if "\t" not in text:
        return False  # no row of columns at all (every plain article): skip the regex
    lines = text.splitlines()[:-1]
    markers = sum(1 for ln in lines if _MARKER.match(ln))
    if not markers:
        return False
    rows = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith(("<", "-DOCSTART-"))]
    if any(ln.count("\t") >= 3 for ln in rows):
        return True
    tagged = sum(1 for ln in rows if "\t" in ln and tagging.is_tag(ln.rsplit("\t", 1)[1]))
    return tagged > 0 and tagged * 10 >= len(rows) * 9


@dataclass
class _Article:
    """What the lines of one file hold, markup apart."""

    title: str = ""
    title_lines: list[str] = field(default_factory=list)
    editor: str = ""
    editor_line: str = ""
    docstart: bool = False
    sentence_marks: bool = True  # `<s>` lines; without them, blank lines part sentences
    marker_tabs: dict[str, int] = field(default_factory=dict)  # tabs after `<s>`, `</s>`
    title_rows: int = 0  # leading blocks that were a title given as rows
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read(path: Path, data: bytes) -> Iterator[SourceDocument]:
    """The article of one VLSP 2016 file."""
    name = Path(path).name
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailure(
            "{name} is not UTF-8 (byte {start})", name=name, start=exc.start
        ) from exc
    article = _parse(text.split("\n"))
    if not article.blocks:
        raise ImportFailure("{name} holds no token rows", name=name)
    layout = _layout(article, text, bom=data.startswith(b"\xef\xbb\xbf"))
    rows = [row for block in article.blocks for _, row in block]
    doc = build_document(
        article.blocks,
        word_level=True,
        columns=column_roles(rows),
        layout=layout,
        source=str(path),
        title=article.title,
    )
    meta = dict(doc.meta)
    if article.warnings:
        meta["import_warnings"] = article.warnings + list(meta.get("import_warnings", []))
    if article.editor:
        meta["editor"] = article.editor
    if article.title_rows:
        first = doc.text.split("\n", 1)[0]
        doc = replace(doc, title=first, regions=(Region(0, len(first), "title"),))
    yield replace(doc, meta=meta, title=doc.title or doc.text.split("\n", 1)[0][:200])


def _layout(article: _Article, text: str, *, bom: bool) -> Layout:
    """How the file wrote its article: what the writer needs to write it back the same."""
    details = (
        ("title", "\n".join(article.title_lines)),
        ("editor", article.editor_line),
        ("line_ends", str(_line_ends(text))),
        ("sentences", "" if article.sentence_marks else "blank lines"),
        *((f"{marker} tabs", str(n)) for marker, n in sorted(article.marker_tabs.items())),
    )
    return Layout(
        format=NAME,
        separator="\t",
        docstart=article.docstart,
        newline="\r\n" if "\r\n" in text[:4096] else "\n",
        bom=bom,
        details=tuple((k, v) for k, v in details if v),
    )


def _parse(lines: list[str]) -> _Article:
    article = _Article()
    block: Block = []
    in_title = False
    has_s = any(ln.lstrip().startswith("<s>") for ln in lines[:2000])
    article.sentence_marks = has_s
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r")
        if in_title and not _CLOSES_TITLE.search(line):
            # A title never closed ends where the markup goes on.
            in_title = not (_MARKER.match(line) or line.startswith("-DOCSTART-"))
        if in_title:
            in_title = _title_line(article, block, number, line)
            if not in_title and block:
                article.blocks.append(block)
                article.title_rows, block = 1, []
            continue
        if title := _TITLE.match(line):
            article.title_lines.append(line)
            article.title = _title_text(title.group(1))
            in_title = title.group(2) is None
            continue
        if editor := _EDITOR.match(line):
            article.editor, article.editor_line = editor.group(1).strip(), line
            continue
        if line.startswith("-DOCSTART-"):
            article.docstart = True
            continue
        block = _row_or_marker(article, block, number, line, has_s)
    if block:
        article.blocks.append(block)
    if article.title_rows:
        article.title_lines = []  # written back from the rows' text
    article.title = " ".join(article.title.split())
    return article


def _row_or_marker(article: _Article, block: Block, number: int, line: str, has_s: bool) -> Block:
    """Read a sentence marker or a row; the block being filled afterwards."""
    marker = _MARKER.match(line)
    rest = marker.group(2) if marker else line
    blank = not line.strip() and line.count("\t") < 3
    if (marker or (blank and not has_s)) and block:
        article.blocks.append(block)
        block = []
    if marker and not rest.strip():
        article.marker_tabs.setdefault(marker.group(1).lower(), rest.count("\t"))
    if marker and rest.strip() and not rest.split("\t")[0].strip():
        # Cells after a marker, but no token: a stray, not a row.
        article.warnings.append(
            message(
                "line {number}: {rest!r} after the marker left out",
                number=number,
                rest=rest.strip(),
            )
        )
    elif rest.strip() or (not marker and rest.count("\t") >= 3):
        # A row of empty cells (tabs only) is an empty token, kept to be written back.
        block.append((number, rest.split("\t")))
    return block


def _title_line(article: _Article, block: Block, number: int, line: str) -> bool:
    """Read one line inside an open title (rows, or text); whether the title is still open."""
    if _is_row(line):
        block.append((number, line.split("\t")))
    else:
        article.title_lines.append(line)
        article.title += " " + _title_text(line)
    return not _CLOSES_TITLE.search(line)


def _line_ends(text: str) -> int:
    """How many line breaks end the file (a blank line after the last sentence is common)."""
    return text[len(text.rstrip("\r\n")) :].count("\n")


def _is_row(line: str) -> bool:
    return line.count("\t") >= 3 and not line.lstrip().startswith("<")


def _title_text(raw: str) -> str:
    text = re.sub(r"</?\w*titles?>?", " ", raw, flags=re.IGNORECASE)
    return " ".join(part.replace("_", " ") for part in text.split())


# --------------------------------------------------------------------- writing


def article_text(doc: ExportDoc) -> str:
    """A document as a VLSP 2016 file: title, editor, -DOCSTART-, then `<s>` sentences.

    A document read from such a file is written as it came: `-DOCSTART-`
    only if it had one, its sentence markers padded with the tabs it gave
    them, or blank lines between sentences if it had no markers. Any other
    document is written as the published files are: with `-DOCSTART-` and
    markers padded to the width of a row.
    """
    published = Layout(format=NAME, newline="\r\n", docstart=True)
    rows = rows_of(doc, scheme="", layout=published)
    layout = rows.layout
    title = layout.detail("title") or f"<title>{'_'.join(doc.title.split(' '))}</title>"
    out = [*title.split("\n")]
    if editor := layout.detail("editor"):
        out.append(editor)
    if layout.docstart or layout.format != NAME:
        out.append("-DOCSTART-")
    out += _sentence_lines(rows)
    ends = int(layout.detail("line_ends", "1"))
    return ("\ufeff" if layout.bom else "") + layout.newline.join(out) + layout.newline * ends


def _sentence_lines(rows: SourceRows) -> list[str]:
    """The rows of each sentence, between `<s>` and `</s>` or parted by blank lines."""
    layout = rows.layout
    width = 1 + len(rows.extra[0] if rows.extra else ()) + len(rows.tags)
    opening, closing = (_marker(layout, tag, width) for tag in ("<s>", "</s>"))
    marks = layout.format != NAME or layout.detail("sentences") != "blank lines"
    tags = [[written_tag(t) for t in column] for column in rows.tags]
    out: list[str] = []
    for first, stop in rows.sentences():
        if marks:
            out.append(opening)
        elif out:
            out.append("")
        for i in range(first, stop):
            extra = rows.extra[i] if rows.extra else ()
            out.append("\t".join([rows.forms[i], *extra, *(c[i] for c in tags)]))
        if marks:
            out.append(closing)
    return out


def _marker(layout: Layout, tag: str, width: int) -> str:
    """`tag` with the tabs the file put after it, else padded to the width of a row."""
    tabs = layout.detail(f"{tag} tabs") if layout.format == NAME else ""
    return tag + "\t" * (int(tabs) if tabs.isdigit() else width - 1)


def file_stem(doc: ExportDoc) -> str:
    """The name of the file a document came from, without its folder and extension."""
    source = source_file(doc.source)
    return Path(source).stem if source else ""


def write(splits: Iterable[Split], *, directory: Path, options: WriteOptions) -> list[Path]:
    """A folder per split holding one `.txt` file per document."""
    written = []
    for split, docs in splits:
        folder = directory / split
        folder.mkdir(parents=True, exist_ok=True)
        names = UniqueNames()
        for doc in docs:
            stem = names.take(file_stem(doc) or doc.key, fallback=f"document-{doc.key}")
            path = folder / f"{stem}.txt"
            path.write_text(article_text(doc), encoding="utf-8", newline="")
        written.append(folder)
    return written


register_reader(
    Reader(
        name=NAME,
        extensions=(".txt", ".conll", ".muc"),
        sniff=sniff,
        read=read,
        description="VLSP 2016 NER columns (word POS chunk NER nested), <title>/<s> blocks",
        priority=30,
    )
)
register_writer(
    Writer(
        name=NAME,
        extensions=(".txt",),
        write=write,
        description="VLSP 2016 files: one per document, <s> sentences of word POS chunk NER rows",
    )
)
