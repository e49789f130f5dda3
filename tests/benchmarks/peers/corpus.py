"""The peer benchmark's workload, built deterministically from the shared Dân trí articles.

Every tool receives exactly the same texts. The plain articles are the
corpus files as published (each made distinct by a numbered sentence, as in
`test_import_bench.py`); the annotated documents and the large document are
already normalised (NFC, `\\n`, no invisibles) so that a span's code-point
offsets mean the same characters in every tool, whatever each one does to
the text it receives.

The spans are made by a fixed rule, not by a model: every run of
capitalised syllables (a name, a place, an organisation in news text, or
the first word of a sentence) is a span; its label is chosen from the span's
text by a checksum.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.core.textnorm import normalize_text

ARTICLES = 10_000
ANNOTATED = 5_000
BIG_CHARS = 50_000
BIG_SPANS = 3_000
LABELS = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")
SOURCE = Path("corpus") / "unc-dantri-news" / "data"
# Written into the workload folder once complete; a change here rebuilds it.
VERSION = "peers-workload 2"

_SYLLABLE = re.compile(r"\w+")

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Workload:
    """Where the generated inputs are, and what they hold."""

    articles: int
    annotated: int
    folder: Path  # `articles` .txt files
    plain_jsonl: Path  # the same articles, {"text": ...} per line
    annotated_jsonl: Path  # `annotated` documents, {"text", "label": [[s, e, L]]}
    big_jsonl: Path  # one BIG_CHARS document with BIG_SPANS spans
    plain_bytes: int
    annotated_spans: int


def source_files(shared_dir: Path) -> list[Path]:
    """The corpus articles in a fixed order; empty when the corpus is absent."""
    folder = shared_dir / SOURCE
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def article_bytes(sources: list[Path], index: int) -> bytes:
    """Article `index`: a corpus file as published, plus a numbered sentence."""
    data = sources[index % len(sources)].read_bytes()
    return data + f"\nBản tin tổng hợp số {index} của ban biên tập.".encode()


def article_body(data: bytes) -> str:
    """The normalised text of an article without its `# key = value` header lines."""
    lines = normalize_text(data.decode("utf-8")).split("\n")
    while lines and lines[0].startswith("# "):
        lines.pop(0)
    return "\n".join(lines).strip()


def capitalised_runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised syllables joined by single spaces, as (start, end) offsets."""
    runs: list[tuple[int, int]] = []
    syllables = list(_SYLLABLE.finditer(text))
    i = 0
    while i < len(syllables):
        if not syllables[i].group()[0].isupper():
            i += 1
            continue
        j = i
        while (
            j + 1 < len(syllables)
            and syllables[j + 1].group()[0].isupper()
            and text[syllables[j].end() : syllables[j + 1].start()] == " "
        ):
            j += 1
        runs.append((syllables[i].start(), syllables[j].end()))
        i = j + 1
    return runs


def label_of(text: str) -> str:
    """A label chosen from the span's text, the same in every run."""
    return LABELS[zlib.crc32(text.encode()) % len(LABELS)]


def spans_of(text: str) -> list[Span]:
    return [(s, e, label_of(text[s:e])) for s, e in capitalised_runs(text)]


def big_document(sources: list[Path]) -> tuple[str, list[Span]]:
    """About BIG_CHARS characters of articles, with exactly BIG_SPANS spans.

    The capitalised runs are not enough for BIG_SPANS, so lower-case
    syllables at an even stride between them are spans too.
    """
    parts: list[str] = []
    size, index = 0, 0
    while size < BIG_CHARS:
        parts.append(article_body(article_bytes(sources, index)))
        size += len(parts[-1]) + 1
        index += 1
    text = "\n".join(parts)[:BIG_CHARS].rsplit("\n", 1)[0]
    spans = spans_of(text)
    taken = {i for s, e, _ in spans for i in range(s, e)}
    free = [m for m in _SYLLABLE.finditer(text) if m.start() not in taken]
    stride = max(1, len(free) // max(1, BIG_SPANS - len(spans)))
    spans += [(m.start(), m.end(), label_of(m.group())) for m in free[::stride]]
    return text, sorted(spans)[:BIG_SPANS]


def _write_lines(path: Path, objects: Iterator[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for obj in objects:
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def build(
    shared_dir: Path, where: Path, *, articles: int = ARTICLES, annotated: int = ANNOTATED
) -> Workload:
    """Write the workload under `where` (reused when it is already complete)."""
    sources = source_files(shared_dir)
    if not sources:
        raise FileNotFoundError(f"no articles in {shared_dir / SOURCE}")
    where = where / f"{articles}-{annotated}"
    where.mkdir(parents=True, exist_ok=True)
    folder = where / "articles"
    done = where / "complete"
    if not done.exists() or done.read_text() != VERSION:
        folder.mkdir(exist_ok=True)
        for i in range(articles):
            (folder / f"bai-{i:05d}.txt").write_bytes(article_bytes(sources, i))
        _write_lines(
            where / "articles.jsonl",
            ({"text": article_bytes(sources, i).decode()} for i in range(articles)),
        )
        bodies = (article_body(article_bytes(sources, i)) for i in range(annotated))
        _write_lines(
            where / "annotated.jsonl",
            ({"text": t, "label": [list(s) for s in spans_of(t)]} for t in bodies),
        )
        text, spans = big_document(sources)
        _write_lines(where / "big.jsonl", iter([{"text": text, "label": [list(s) for s in spans]}]))
        done.write_text(VERSION)
    return Workload(
        articles=articles,
        annotated=annotated,
        folder=folder,
        plain_jsonl=where / "articles.jsonl",
        annotated_jsonl=where / "annotated.jsonl",
        big_jsonl=where / "big.jsonl",
        plain_bytes=sum(p.stat().st_size for p in folder.iterdir()),
        annotated_spans=sum(map(len, spans_by_text([where / "annotated.jsonl"]).values())),
    )


def read_jsonl(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def spans_by_text(paths: list[Path]) -> dict[str, list[Span]]:
    """Sorted spans of every `{"text", "label": [[start, end, label]]}` line of these files."""
    found: dict[str, list[Span]] = {}
    for path in paths:
        for obj in read_jsonl(path):
            labels = obj.get("label") or []
            found[str(obj["text"])] = sorted((s, e, str(lb)) for s, e, lb in labels)  # type: ignore[attr-defined]
    return found
