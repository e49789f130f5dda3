"""Running one fuzz input through the importer's reading step, the store and back, and judging it.

Outcomes: `ok` (read and stored, every check held), `refused` (a typed
AnnotatorError: the input was turned down with a reason), `crash` (any other
exception), `offset` (a span out of its text, changed by storing, or, for a
structured input, not covering what the source said). Hangs are caught by
the runner, which watches the time of each input.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from annotator.app.importing.labels import LabelPolicy
from annotator.app.importing.reading import ImportOptions, read_file
from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.textnorm import map_span, normalize_text, normalize_with_offsets
from annotator.formats.registry import HEAD_BYTES, reader_for, readers
from tests.fuzz.inputs import STRUCTURED, Case, fixture_seeds, mutate, words_and_spans

KINDS = ("structured", "pipeline", "mutated")


@dataclass(frozen=True)
class Outcome:
    status: str  # ok, refused, crash, offset
    kind: str
    reader: str
    detail: str = ""


def make_case(seed: int, index: int, *, nesting: bool = True) -> Case:
    """The input number `index` of a run seeded with `seed` (the same every time).

    `nesting=False` leaves out the deeply nested brackets mutation.
    """
    rng = random.Random(f"{seed}:{index}")
    roll = rng.random()
    if roll < 0.35:
        return STRUCTURED[rng.choice(sorted(STRUCTURED))](rng)
    if roll < 0.5:
        return Case("pipeline", {}, None)
    return _mutated_case(rng, nesting)


def _mutated_case(rng: random.Random, nesting: bool) -> Case:
    reader = rng.choice(readers())
    seeds = [
        (suffix, data)
        for suffix, data in fixture_seeds()
        if reader.matches_extension(Path("x" + suffix))
    ]
    for _ in range(3):
        structured = STRUCTURED[rng.choice(sorted(STRUCTURED))](rng)
        seeds += list(structured.files.items())
    suffix, data = rng.choice(seeds)
    donors = [d for _, d in seeds]
    files = {suffix: mutate(data, rng, donors, nesting=nesting)}
    if reader.name == "brat":  # a pair: mutate the text or the annotations
        pair = STRUCTURED["brat"](rng).files
        key = rng.choice(sorted(pair))
        pair[key] = mutate(pair[key], rng, donors, nesting=nesting)
        files = pair
    forced = reader.name if rng.random() < 0.7 else None
    return Case("mutated", files, forced)


def run_case(case: Case, folder: Path, project, rng_seed: str) -> Outcome:
    if case.kind == "pipeline":
        return _pipeline(random.Random(rng_seed), project)
    paths = {}
    for suffix, data in case.files.items():
        path = folder / f"input{suffix}"
        path.write_bytes(data)
        paths[suffix] = path
    main = paths.get(".ann") or next(iter(paths.values()))
    name = case.reader or "?"
    try:
        if case.reader is None:
            name = reader_for(main, main.read_bytes()[:HEAD_BYTES]).name
        result = read_file(str(main), ImportOptions(format=case.reader, jobs=1))
    except AnnotatorError:
        return Outcome("refused", case.kind, name)
    except Exception as exc:  # noqa: BLE001 (every other exception is what we look for)
        return Outcome("crash", case.kind, name, f"{type(exc).__name__}: {str(exc)[:200]}")
    finally:
        for path in paths.values():
            path.unlink(missing_ok=True)
    refusals = [str(i) for i in result.items if isinstance(i, ImportFailure)]
    if result.failure or refusals:
        return Outcome("refused", case.kind, name, result.failure or refusals[0])
    docs = [item for item in result.items if isinstance(item, SourceDocument)]
    return _judge(case, name, docs, project)


def _judge(case: Case, name: str, docs: list[SourceDocument], project) -> Outcome:
    found: list[tuple[str, str]] = []
    for doc in docs:
        problem = _shape_problem(doc)
        if problem:
            return Outcome("offset", case.kind, name, problem)
        problem = _store_problem(doc, project)
        if problem.startswith("refused"):
            return Outcome("refused", case.kind, name, problem)
        if problem:
            return Outcome("offset", case.kind, name, problem)
        found += [(label, doc.text[s:e]) for s, e, label in doc.spans]
    if case.expected:
        problem = _expected_problem(case, found)
        if problem:
            return Outcome("offset", case.kind, name, problem)
    return Outcome("ok", case.kind, name)


def _shape_problem(doc: SourceDocument) -> str:
    if not unicodedata.is_normalized("NFC", doc.text):
        return "the text is not NFC"
    for start, end, label in doc.spans:
        if not (0 <= start <= end <= len(doc.text)):
            return f"span [{start}, {end}) {label} lies outside a text of {len(doc.text)}"
    return ""


def _store_problem(doc: SourceDocument, project) -> str:
    """Store the document, read it back: the same text and the same spans, or a typed refusal.

    Labels the project lacks are added first, as `annotator import` does by default, so
    well-formed inputs with their own label names (VLSP 2018's PERSON...) reach the store.
    """
    try:
        doc = LabelPolicy(project).prepare(doc)
        doc_id = project.add_document(doc)
    except AnnotatorError as exc:
        return f"refused by the store: {exc}"
    except Exception as exc:  # noqa: BLE001
        return f"the store crashed: {type(exc).__name__}: {exc}"
    if doc_id is None:
        return ""  # the same text is already stored
    stored = project.document(doc_id)
    if stored.text != doc.text:
        return "the stored text differs from the text read"
    spans = {(s.start, s.end, s.label) for s in project.spans(doc_id)}
    if spans != set(doc.spans):
        return f"stored spans {sorted(spans)[:3]}… differ from read {sorted(set(doc.spans))[:3]}…"
    return ""


def _expected_problem(case: Case, found: list[tuple[str, str]]) -> str:
    def key(text: str) -> str:
        # Whitespace at a span's edges is not content; token formats join
        # syllables with spaces or "_" (word level), whichever the reader chose.
        if case.tokens:
            return "".join(normalize_text(text.replace("_", " ")).split())
        return normalize_text(text).strip()

    want = sorted((label, key(text)) for label, text in case.expected if key(text))
    got = sorted((label, key(text)) for label, text in found if key(text))
    missing = [item for item in want if item not in got]
    if missing:
        return f"spans do not cover what the source said: {missing[:3]} not in {got[:5]}"
    return ""


def _pipeline(rng: random.Random, project) -> Outcome:
    """Raw text and spans -> normalise with offsets -> store -> read back."""
    words, spans = words_and_spans(rng)
    sep = rng.choice((" ", "\r\n", " \u200b ", "\t"))
    raw = sep.join(words)
    starts, pos = [], 0
    for word in words:
        starts.append(pos)
        pos += len(word) + len(sep)
    text, mapping = normalize_with_offsets(raw)
    mapped, expected = [], []
    for i, j, label in spans:
        s, e = starts[i], starts[j - 1] + len(words[j - 1])
        ns, ne = map_span(mapping, s, e)
        if ns < ne:
            mapped.append((ns, ne, label))
            expected.append((label, raw[s:e]))
    doc = SourceDocument(text=text, title="pipeline", spans=tuple(sorted(set(mapped))))
    case = Case("pipeline", {}, None, expected)
    return _judge(case, "pipeline", [doc], project)
