"""Hugging Face datasets: `save_to_disk` folders and Parquet files with tokens and ClassLabel tags.

One row per block (sentence or paragraph): `id`, `document`, `tokens`,
`ner_tags` as `Sequence(ClassLabel)`; a nested export adds `ner_tags_2`, ...
for the deeper layers; `relations`, a list per row of the relations whose
head lies in it (head token range and label; tail row id, token range and
label: a tail may lie in another sentence). A relation one of whose spans
the tags cannot hold is reported by the exporter. Written offline
(`HF_DATASETS_OFFLINE=1`).

Reading takes a Parquet file or a saved split's `.arrow` file back: the
consecutive rows of one `document` become one document whose lines are its
blocks, rebuilt with the CoNLL spacing rule; tag ids are named by the
ClassLabel names kept in the file's `huggingface` schema metadata; the
`relations` cells become relations between the spans read, and a cell that
names no such span is left out with a warning.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.source_tokens import Layout
from annotator.formats import tagging
from annotator.formats.conll_columns import WORD_JOIN, Columns, build_document
from annotator.formats.extras import unavailable_reason
from annotator.formats.hf_relations import relation_cells, relation_features, with_relations
from annotator.formats.registry import Reader, Writer, register_reader, register_writer
from annotator.formats.tokens import ExportDoc, SourceRows, Split, WriteOptions, align, token_form

NAME = "hf"


def class_names(labels: Iterable[str], scheme: str, used: Iterable[str] = ()) -> list[str]:
    """Tag names in a fixed order: O, then the scheme's prefixes for each label.

    With `used` (the tags an export actually wrote), only the labels found in
    them are named, in the order of `labels`; a tag of another label, or a
    cell kept as the source wrote it, comes after, sorted.
    """
    prefixes = ("B", "I", "E", "S") if scheme == tagging.BIOES else ("B", "I")
    used = set(used)
    if used:
        present = {t[2:] for t in used if len(t) > 2 and t[1] == "-"}
        labels = [label for label in labels if label in present]
        labels += sorted(present - set(labels))
    names = ["O", *(f"{p}-{label}" for label in labels for p in prefixes)]
    return names + sorted(used - set(names))


def rows(doc: ExportDoc, *, scheme: str, depth: int) -> Iterator[dict[str, Any]]:
    """Rows of one document: a row per block, tags per layer, and the relations of the
    block's spans (each in the row of its head)."""
    relations = relation_cells(doc)
    for b, row in enumerate(_tag_rows(doc, scheme=scheme, depth=depth)):
        row["relations"] = relations.get(b, [])
        yield row


def _tag_rows(doc: ExportDoc, *, scheme: str, depth: int) -> Iterator[dict[str, Any]]:
    if doc.rows is not None:
        yield from _source_rows(doc, doc.rows, depth)
        return
    for b, block in enumerate(doc.blocks):
        row: dict[str, Any] = {
            "id": f"{doc.key}-{b}",
            "document": doc.key,
            "tokens": [token_form(doc.text, s, e, doc.word_level) for s, e in block],
        }
        for level in range(depth):
            layer = doc.layers[level] if level < len(doc.layers) else ()
            chunks, _ = align(
                block,
                [s for s in layer if block and block[0][0] <= s.start and s.end <= block[-1][1]],
            )
            key = "ner_tags" if level == 0 else f"ner_tags_{level + 1}"
            row[key] = tagging.encode(len(block), chunks, scheme)
        yield row


def _source_rows(doc: ExportDoc, source: SourceRows, depth: int) -> Iterator[dict[str, Any]]:
    """Rows of a document in its source tokens: a row per sentence, its tag columns."""
    for b, (first, stop) in enumerate(source.sentences()):
        row: dict[str, Any] = {
            "id": f"{doc.key}-{b}",
            "document": doc.key,
            "tokens": source.forms[first:stop],
        }
        for level in range(depth):
            key = "ner_tags" if level == 0 else f"ner_tags_{level + 1}"
            column = source.tags[level] if level < len(source.tags) else None
            row[key] = column[first:stop] if column is not None else ["O"] * (stop - first)
        yield row


def write(splits: Iterable[Split], *, directory: Path, options: WriteOptions) -> list[Path]:
    """`hf/<split>` (load with `datasets.load_from_disk("hf")`) and `parquet/<split>.parquet`.

    The ClassLabel names are those of the tags the export wrote, in every
    split alike (a label with no span exported gets no class).
    """
    os.environ["HF_DATASETS_OFFLINE"] = "1"
    import datasets

    datasets.disable_progress_bars()
    every = [(split, list(docs)) for split, docs in splits]
    depth = max([_depth(d) for _, docs in every for d in docs] + [1])
    used = {
        tag
        for _, docs in every
        for doc in docs
        for row in rows(doc, scheme=options.scheme, depth=depth)
        for key, tags in row.items()
        if key.startswith("ner_tags")
        for tag in tags
    }
    names = class_names(options.labels, options.scheme, used)
    hf_dir, parquet_dir = directory / "hf", directory / "parquet"
    hf_dir.mkdir(parents=True, exist_ok=True)
    parquet_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    split_names: list[str] = []
    for split, docs in every:
        dataset = _dataset(datasets, docs, names=names, options=options, depth=depth)
        dataset.save_to_disk(str(hf_dir / split))
        dataset.to_parquet(str(parquet_dir / f"{split}.parquet"))
        written += [hf_dir / split, parquet_dir / f"{split}.parquet"]
        split_names.append(split)
    (hf_dir / "dataset_dict.json").write_text(json.dumps({"splits": split_names}), encoding="utf-8")
    return written


def _depth(doc: ExportDoc) -> int:
    return len(doc.rows.tags) if doc.rows is not None else len(doc.layers)


def _dataset(
    datasets: Any,
    docs: list[ExportDoc],
    *,
    names: list[str],
    options: WriteOptions,
    depth: int,
) -> Any:
    doc_list = docs
    columns: dict[str, list[Any]] = {"id": [], "document": [], "tokens": []}
    tag_keys = ["ner_tags"] + [f"ner_tags_{i + 1}" for i in range(1, depth)]
    for key in tag_keys:
        columns[key] = []
    columns["relations"] = []  # last: the columns earlier exports had keep their places
    index = {name: i for i, name in enumerate(names)}
    for doc in doc_list:
        for row in rows(doc, scheme=options.scheme, depth=depth):
            for key in ("id", "document", "tokens", "relations"):
                columns[key].append(row[key])
            for key in tag_keys:
                columns[key].append([index[t] for t in row[key]])
    features = {
        "id": datasets.Value("string"),
        "document": datasets.Value("string"),
        "tokens": datasets.Sequence(datasets.Value("string")),
    }
    for key in tag_keys:
        features[key] = datasets.Sequence(datasets.ClassLabel(names=names))
    features["relations"] = [relation_features(datasets)]
    return datasets.Dataset.from_dict(columns, features=datasets.Features(features))


def parquet_twin(path: Path) -> Path:
    """Where this tool's export put the Parquet copy of the split an `.arrow` file holds.

    An export writes each split twice, `hf/<split>/*.arrow` (for
    `datasets.load_from_disk`) and `parquet/<split>.parquet`; a folder import
    must read one of them, or every document comes in twice.
    """
    split = path.parent
    return split.parent.parent / "parquet" / f"{split.name}.parquet"


# The files `save_to_disk` writes beside a split's `.arrow` data: its description only.
DATASET_METADATA = ("dataset_dict.json", "dataset_info.json", "state.json")


def is_dataset_metadata(path: Path) -> bool:
    """A `save_to_disk` description (`state.json` beside `.arrow` data and the like)."""
    if path.name not in DATASET_METADATA:
        return False
    folder = path.parent
    return any(folder.glob("*.arrow")) or any(folder.glob("*/*.arrow"))


def sniff(path: Path, head: bytes) -> bool:
    suffix = Path(path).suffix.lower()
    return (suffix == ".parquet" and head[:4] == b"PAR1") or suffix == ".arrow"


def _table(path: Path, data: bytes) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if Path(path).suffix.lower() == ".parquet":
        return pq.read_table(pa.BufferReader(data))
    return pa.ipc.open_stream(pa.BufferReader(data)).read_all()


def _tag_names(table: Any) -> dict[str, list[str]]:
    """Tag column -> ClassLabel names, from the metadata datasets writes."""
    meta = (table.schema.metadata or {}).get(b"huggingface")
    features = json.loads(meta)["info"]["features"] if meta else {}
    return {
        key: value["feature"]["names"]
        for key, value in features.items()
        if key.startswith("ner_tags") and "names" in value.get("feature", {})
    }


def read(path: Path, data: bytes) -> Iterator[SourceDocument | ImportFailure]:
    """One document per run of rows with the same `document` id."""
    name = Path(path).name
    table, names = _dataset_table(path, data, name)
    rows = table.to_pylist()
    keys = sorted(names, key=lambda k: (len(k), k))
    word_level = any(WORD_JOIN.search(t) for row in rows for t in row["tokens"])
    columns = Columns(1 + len(keys), 0, len(keys))
    for doc_id, group in groupby(rows, key=lambda row: str(row.get("document", ""))):
        written = [row for row in group if row["tokens"]]
        blocks = [
            [
                (n, [token, *(names[k][row[k][i]] for k in keys)])
                for i, token in enumerate(row["tokens"])
            ]
            for n, row in enumerate(written, start=1)
        ]
        try:
            doc = build_document(
                blocks,
                word_level=word_level,
                columns=columns,
                layout=Layout(format=NAME, scheme=_scheme(names)),
                source=f"{path}#{doc_id}",
            )
        except ImportFailure as exc:
            yield ImportFailure(
                "{name}, document {doc_id}: {exc}", name=name, doc_id=doc_id, exc=exc
            )
            continue
        yield with_relations(doc, written, name=name, doc_id=doc_id)


def _dataset_table(path: Path, data: bytes, name: str) -> tuple[Any, dict[str, list[str]]]:
    """The file's table and its ClassLabel tag names; refused unless this tool could write it."""
    missing = unavailable_reason(NAME)
    if missing:
        raise ImportFailure("{name}: {missing}", name=name, missing=missing)
    try:
        table = _table(path, data)
        names = _tag_names(table)
    except (OSError, ValueError, KeyError) as exc:
        raise ImportFailure(
            "{name} is not a dataset file this tool wrote ({exc})", name=name, exc=exc
        ) from exc
    if "tokens" not in table.column_names or "ner_tags" not in names:
        raise ImportFailure("{name} has no tokens and ner_tags (ClassLabel) columns", name=name)
    return table, names


def _scheme(names: dict[str, list[str]]) -> str:
    tags = names.get("ner_tags", [])
    return tagging.BIOES if any(t[:2] in ("E-", "S-") for t in tags) else tagging.IOB2


register_reader(
    Reader(
        name=NAME,
        extensions=(".parquet", ".arrow"),
        sniff=sniff,
        read=read,  # type: ignore[arg-type]
        description="Hugging Face datasets written by this tool (Parquet, save_to_disk .arrow)",
        priority=20,
    )
)
register_writer(
    Writer(
        name=NAME,
        extensions=(".parquet",),
        write=write,
        description="Hugging Face datasets (save_to_disk and Parquet), tokens and ClassLabel tags",
    )
)
