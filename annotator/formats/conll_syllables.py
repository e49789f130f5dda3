"""CoNLL lines for syllable level with one tag column, without a tuple or a tag per token.

The general writer builds a (start, end) pair per token, aligns the spans
and writes a tag per token. At syllable level with one tag column, the
token strings and their starts are enough: spans become ranges of token
indices, and each run of tokens with one tag is written by a single
`join`. The lines are the very same, several times faster. It applies only
when every span starts at a token's start and ends at a token's end:
otherwise `syllable_blocks` answers None and the exporter takes the
general path, which splits or drops such spans and reports them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache

from annotator.core.syllables import syllable_table
from annotator.core.token_text import token_text
from annotator.formats import tagging
from annotator.formats.names import written_name
from annotator.formats.tokens import ExportSpan, SyllableBlocks

# The line CoNLL-2003 readers (spacy convert among them) split documents at.
DOCSTART_LINE = "-DOCSTART- -X- O O"


def syllable_blocks(
    text: str,
    spans: Sequence[ExportSpan],
    range_starts: Iterable[int],
    table: tuple[Sequence[str], Sequence[int]] | None = None,
) -> SyllableBlocks | None:
    """The document as token indices, grouped as the general path groups it; None if a span
    edge is not a token edge.

    `spans` are one flat layer sorted by start; `range_starts` are where the
    block ranges (sentences or lines) start. A block starts at the first
    token at or after its range start; a block a span would straddle joins
    the one before, and empty blocks are dropped. `table` is the text's
    `syllable_table` when it is already known (stored at import).
    """
    forms, starts = table if table is not None else syllable_table(text)
    tokens = token_text(forms)
    places = tokens.places  # a token's length is the gap to the next place, less its line break
    count = len(starts)
    chunks = []
    for start, end, label, _ in spans:
        first = bisect_left(starts, start)
        last = bisect_left(starts, end, first)  # one past the span's last token
        if first == count or starts[first] != start:
            return None
        if starts[last - 1] + places[last] - places[last - 1] - 1 != end:
            return None
        chunks.append((first, last, label))
    cuts = [0]
    k = 0  # the first chunk not wholly before the cut
    for cut in sorted({bisect_left(starts, r) for r in range_starts}):
        while k < len(chunks) and chunks[k][1] <= cut:
            k += 1
        straddled = k < len(chunks) and chunks[k][0] < cut
        if 0 < cut < count and not straddled:
            cuts.append(cut)
    cuts.append(count)
    return SyllableBlocks(tokens, cuts, chunks)


def syllable_lines(blocks: SyllableBlocks, *, scheme: str, docstart: bool) -> str:
    """The document's CoNLL text: `token<TAB>tag` lines, a blank line after each block.

    A run of tokens with one tag is one slice of the joined tokens with their
    line breaks replaced by the tag (core.token_text), not a line each.
    """
    forms, cuts, chunks = blocks
    tokens = token_text(forms)
    joined, places = tokens.joined, tokens.places
    bioes = scheme == tagging.BIOES
    out = [f"{DOCSTART_LINE}\n\n"] if docstart else []
    add = out.append
    k = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b <= a:
            continue
        pos = a
        while k < len(chunks) and chunks[k][0] < b:
            first, last, label = chunks[k]
            begin, inside, single, end = _tag_endings(label)
            if first > pos:
                add(joined[places[pos] : places[first]].replace("\n", "\tO\n"))
            second = places[first + 1]
            add(joined[places[first] : second - 1])
            if bioes and last - first == 1:
                add(single)
            else:
                add(begin)
                stop = last - 1 if bioes else last
                if stop > first + 1:
                    add(joined[second : places[stop]].replace("\n", inside))
                if bioes:
                    add(joined[places[stop] : places[last] - 1])
                    add(end)
            pos = last
            k += 1
        if pos < b:
            add(joined[places[pos] : places[b]].replace("\n", "\tO\n"))
        add("\n")
    return "".join(out)


@lru_cache(maxsize=1024)
def _tag_endings(label: str) -> tuple[str, str, str, str]:
    """What follows a token of `label` on its line with a B, I, S and E tag: a project has a
    few labels, and a large export asks for each a million times."""
    name = written_name(label)
    begin, inside, single, end = (f"\t{prefix}-{name}\n" for prefix in "BISE")
    return begin, inside, single, end
