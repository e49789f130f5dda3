"""spaCy DocBin (`.spacy`): the exact text as explicit words and spaces, ents and span groups.

Reading takes every Doc back as a document: its text, the spans of
`doc.spans["sc"]` and `doc.ents` (each once), its relations, and the document
id the exporter stored in `user_data["doc_key"]` as the `id` metadata.

spaCy has no place of its own for relations; they go in
`user_data["relations"]`, which DocBin keeps: a list of
`{"head": [start_char, end_char, label], "tail": [...], "type": name}`, each
end a span of `doc.spans["sc"]`. A relation-extraction component reads them
from there (spaCy's own relation tutorial keeps them per document too).

Docs use a plain `Vocab` (a blank Vietnamese pipeline would need pyvi). Each
document is one Doc; its exported tokens are the words, every other run of
whitespace beyond one space becomes a whitespace token, so `doc.text` equals the
exported text. `doc.ents` holds the flat layer, `doc.spans["sc"]` every span
(nested too); sentence starts follow the exported blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from annotator.core.distinct import WARNINGS_KEY
from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.source_tokens import Layout, SourceTokens
from annotator.core.textnorm import map_span
from annotator.formats.extras import unavailable_reason
from annotator.formats.normal import normalizing_warnings, with_offsets
from annotator.formats.registry import Reader, Writer, register_reader, register_writer
from annotator.formats.tokens import ExportDoc, Split, TokenSpan, WriteOptions

NAME = "spacy"
SPANS_KEY = "sc"
RELATIONS_KEY = "relations"


def words_and_spaces(
    text: str, tokens: Sequence[TokenSpan]
) -> tuple[list[str], list[bool], list[int]]:
    """Words, trailing-space flags and start offsets that rebuild `text` exactly."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    pos = 0
    for start, end in [*tokens, (len(text), len(text))]:
        gap = text[pos:start]
        if gap:
            if words and gap[0] == " " and not spaces[-1]:
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
                starts.append(start - len(gap))
        if end > start:
            words.append(text[start:end])
            spaces.append(False)
            starts.append(start)
        pos = end
    return words, spaces, starts


def build_doc(vocab: Any, doc: ExportDoc) -> Any:
    """A spaCy Doc of one exported document."""
    from spacy.tokens import Doc

    tokens = [t for block in doc.blocks for t in block]
    words, spaces, starts = words_and_spaces(doc.text, tokens)
    block_starts = {block[0][0] for block in doc.blocks if block}
    sent_starts: list[bool | int | None] = [
        i == 0 or starts[i] in block_starts for i in range(len(words))
    ]
    sdoc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts if words else None)
    flat = doc.layers[0] if doc.layers else ()
    ents = [sdoc.char_span(s.start, s.end, label=s.label) for s in flat]
    sdoc.ents = [e for e in ents if e is not None]
    group = [sdoc.char_span(s.start, s.end, label=s.label) for s in doc.spans]
    sdoc.spans[SPANS_KEY] = [g for g in group if g is not None]
    sdoc.user_data["doc_key"] = doc.key
    sdoc.user_data[RELATIONS_KEY] = [
        {"head": _end(doc.spans[head]), "tail": _end(doc.spans[tail]), "type": kind}
        for head, tail, kind in doc.relations
    ]
    return sdoc


def _end(span: Any) -> list[Any]:
    return [span.start, span.end, span.label]


def write(splits: Iterable[Split], *, directory: Path, options: WriteOptions) -> list[Path]:
    """One `<split>.spacy` DocBin per split."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    vocab = Vocab()
    written = []
    for split, docs in splits:
        docbin = DocBin(store_user_data=True)
        for doc in docs:
            docbin.add(build_doc(vocab, doc))
        path = directory / f"{split}.spacy"
        docbin.to_disk(path)
        written.append(path)
    return written


def sniff(path: Path, head: bytes) -> bool:
    return Path(path).suffix.lower() == ".spacy"


def read(path: Path, data: bytes) -> Iterator[SourceDocument]:
    """The documents of one DocBin file."""
    missing = unavailable_reason(NAME)
    if missing:
        raise ImportFailure("{name}: {missing}", name=Path(path).name, missing=missing)
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    try:
        docs = list(DocBin().from_bytes(data).get_docs(Vocab()))
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise ImportFailure(
            "{name} is not a spaCy DocBin ({exc})", name=Path(path).name, exc=exc
        ) from exc
    for number, sdoc in enumerate(docs, start=1):
        yield _source(sdoc, source=f"{path}#{number}")


def _source(sdoc: Any, *, source: str) -> SourceDocument:
    text, mapping = with_offsets(sdoc.text)
    groups = [*sdoc.ents, *sdoc.spans.get(SPANS_KEY, ())]
    spans = {(*map_span(mapping, g.start_char, g.end_char), g.label_) for g in groups}
    key = sdoc.user_data.get("doc_key") if sdoc.user_data else None
    meta: dict[str, object] = {"id": str(key)} if key not in (None, "") else {}
    if dropped := normalizing_warnings(sdoc.text, text, mapping):
        meta[WARNINGS_KEY] = dropped
    ordered = tuple(sorted(spans))
    return SourceDocument(
        text=text,
        title=text.strip().split("\n", 1)[0][:200],
        meta=meta,
        source=source,
        spans=ordered,
        relations=_relations(sdoc, mapping, ordered),
        tokens=_tokens(sdoc, mapping),
    )


def _relations(
    sdoc: Any, mapping: Sequence[int], spans: tuple[tuple[int, int, str], ...]
) -> tuple[tuple[int, int, str], ...]:
    """The relations of `user_data["relations"]` whose two ends are spans of the Doc."""
    stored = (sdoc.user_data or {}).get(RELATIONS_KEY) or ()
    index = {span: i for i, span in enumerate(spans)}
    out = []
    for relation in stored if isinstance(stored, list | tuple) else ():
        try:
            ends = [relation["head"], relation["tail"]]
            head, tail = ((*map_span(mapping, e[0], e[1]), str(e[2])) for e in ends)
            out.append((index[head], index[tail], str(relation["type"])))
        except (KeyError, IndexError, TypeError, ValueError):
            raise ImportFailure(
                "a relation in user_data does not join two spans of the document: {relation}",
                relation=repr(relation)[:200],
            ) from None
    return tuple(out)


def _tokens(sdoc: Any, mapping: Sequence[int]) -> SourceTokens | None:
    """The Doc's words (whitespace tokens apart) and sentences, as source tokens."""
    starts: list[int] = []
    ends: list[int] = []
    sentences: list[int] = []
    with_sentences = sdoc.has_annotation("SENT_START")
    for token in sdoc:
        if with_sentences and token.is_sent_start and (not sentences or starts):
            sentences.append(len(starts))
        if token.is_space:
            continue
        starts.append(mapping[token.idx])
        ends.append(mapping[token.idx + len(token.text)])
    if not starts:
        return None
    return SourceTokens(
        layout=Layout(format=NAME),
        starts=tuple(starts),
        ends=tuple(ends),
        sentences=tuple(sorted(set(sentences) - {len(starts)}) or (0,)),
    )


register_reader(
    Reader(
        name=NAME,
        extensions=(".spacy",),
        sniff=sniff,
        read=read,
        description="spaCy DocBin (.spacy): text, ents and the 'sc' span group",
        priority=20,
    )
)
register_writer(
    Writer(
        name=NAME,
        extensions=(".spacy",),
        write=write,
        description="spaCy DocBin: ents (flat layer) and spans['sc'] (all spans)",
    )
)
