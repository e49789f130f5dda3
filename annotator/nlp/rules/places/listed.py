"""A gazetteer place at a token, written mostly in capitals: `Tây Bắc`, `châu Âu`, `U-crai-na`.

Asked by the person, body and place rules alike, so it lives apart from any of
them; it reads only the gazetteer and the line."""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of

# Grammar words that open a sentence before a place, capitalised only for that
# (`Khi Mariupol bị bao vây`, `Tại Australia`); not `Theo`, before a source.
OPENERS = frozenset(keys_of("khi tại ở từ đến tới sang trong"))


def place_at(line: Line, i: int) -> int:
    """End of a gazetteer place written mostly in capitals, or -1.

    `phía Tây bắc` is a direction, `Tây Bắc` the region; a continent keeps its
    lowercase `châu` (`châu Âu`). Asked many times at the same token, so kept per line.
    """
    return line.remembered(("place_at", i, False, False), lambda: _place_at(line, i))


def _place_at(line: Line, i: int) -> int:
    continent = line.lower(i) and line.is_(i, "châu") and line.cap(i + 1)  # "châu Âu"
    if not line.cap(i) and not continent:
        return -1
    end = line.match(i, "places")
    if end <= i:
        return -1
    words = [k for k in range(i, end) if line.word(k) and not _hyphen_glued(line, k)]
    capitals = sum(1 for k in words if line.cap(k)) + continent
    enough = capitals == len(words) if len(words) <= 2 else 2 * capitals >= len(words)
    # "Cộng hòa nhân dân Donetsk": a state's long name, capitalised at both ends only
    framed = len(words) >= 4 and line.cap(words[0]) and line.cap(words[-1])
    return end if enough or framed else -1


def _hyphen_glued(line: Line, k: int) -> bool:
    """A syllable glued by a hyphen to the one before (`U-crai-na`, `Mát-xcơ-va`): the
    press transcribes a foreign name so, capitalising only its first syllable, and the
    whole counts as one capitalised word."""
    return line.surface[k - 1] == "-" and not line.gap(k) and not line.gap(k - 1)
