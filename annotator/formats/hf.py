"""Hugging Face datasets: `save_to_disk` folders and Parquet files with tokens and ClassLabel tags.

One row per block (sentence or paragraph): `id`, `document`, `tokens`,
`ner_tags` as `Sequence(ClassLabel)`; a nested export adds `ner_tags_2`, ...
for the deeper layers. Written offline (`HF_DATASETS_OFFLINE=1`).

Reading takes a Parquet file or a saved split's `.arrow` file back: the
consecutive rows of one `document` become one document whose lines are its
blocks, rebuilt with the CoNLL spacing rule; tag ids are named by the
ClassLabel names kept in the file's `huggingface` schema metadata.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import groupby
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.formats import conll, tagging
from annotator.formats.registry import Reader, Writer, register_reader, register_writer
from annotator.formats.tokens import ExportDoc, Split, WriteOptions, align, token_form

NAME = "hf"


def class_names(labels: Iterable[str], scheme: str) -> list[str]:
    """Tag names in a fixed order: O, then the scheme's prefixes for each label."""
    prefixes = ("B", "I", "E", "S") if scheme == tagging.BIOES else ("B", "I")
    return ["O", *(f"{p}-{label}" for label in labels for p in prefixes)]


def rows(doc: ExportDoc, *, scheme: str, depth: int) -> Iterator[dict[str, Any]]:
    """Rows of one document: a row per block, tags per layer."""
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


def write(splits: Iterable[Split], *, directory: Path, options: WriteOptions) -> list[Path]:
    """`hf/<split>` (load with `datasets.load_from_disk("hf")`) and `parquet/<split>.parquet`."""
    os.environ["HF_DATASETS_OFFLINE"] = "1"
    import datasets

    datasets.disable_progress_bars()
    names = class_names(options.labels, options.scheme)
    hf_dir, parquet_dir = directory / "hf", directory / "parquet"
    hf_dir.mkdir(parents=True, exist_ok=True)
    parquet_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    split_names: list[str] = []
    for split, docs in splits:
        dataset = _dataset(datasets, docs, names=names, options=options)
        dataset.save_to_disk(str(hf_dir / split))
        dataset.to_parquet(str(parquet_dir / f"{split}.parquet"))
        written += [hf_dir / split, parquet_dir / f"{split}.parquet"]
        split_names.append(split)
    (hf_dir / "dataset_dict.json").write_text(json.dumps({"splits": split_names}), encoding="utf-8")
    return written


def _dataset(
    datasets: Any, docs: Iterable[ExportDoc], *, names: list[str], options: WriteOptions
) -> Any:
    doc_list = list(docs)
    depth = max([len(d.layers) for d in doc_list] + [1])
    columns: dict[str, list[Any]] = {"id": [], "document": [], "tokens": []}
    tag_keys = ["ner_tags"] + [f"ner_tags_{i + 1}" for i in range(1, depth)]
    for key in tag_keys:
        columns[key] = []
    index = {name: i for i, name in enumerate(names)}
    for doc in doc_list:
        for row in rows(doc, scheme=options.scheme, depth=depth):
            for key in ("id", "document", "tokens"):
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
    return datasets.Dataset.from_dict(columns, features=datasets.Features(features))


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
    try:
        table = _table(path, data)
        names = _tag_names(table)
    except (OSError, ValueError, KeyError) as exc:
        raise ImportFailure(f"{name} is not a dataset file this tool wrote ({exc})") from exc
    if "tokens" not in table.column_names or "ner_tags" not in names:
        raise ImportFailure(f"{name} has no tokens and ner_tags (ClassLabel) columns")
    rows = table.to_pylist()
    keys = sorted(names, key=lambda k: (len(k), k))
    word_level = any(conll._WORD_JOIN.search(t) for row in rows for t in row["tokens"])
    for doc_id, group in groupby(rows, key=lambda row: str(row.get("document", ""))):
        blocks = [
            [
                (n, [token, *(names[k][row[k][i]] for k in keys)])
                for i, token in enumerate(row["tokens"])
            ]
            for n, row in enumerate(group, start=1)
            if row["tokens"]
        ]
        try:
            doc = conll.build_document(blocks, word_level=word_level, source=f"{path}#{doc_id}")
        except ImportFailure as exc:
            yield ImportFailure(f"{name}, document {doc_id}: {exc}")
            continue
        yield replace(doc, meta={"id": doc_id} if doc_id else {})


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
