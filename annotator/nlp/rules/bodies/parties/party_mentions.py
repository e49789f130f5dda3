"""A party abroad named once after `đảng` is an ORG wherever its name stands alone.

Reports name a foreign party once with the word `đảng` (`chủ tịch đảng
Golkar`, `Đảng Forza Italia`, `đảng cầm quyền UMP`) and afterwards by its own
name alone: `vị trí của [Golkar]`, `do [Golkar] và các đồng minh`,
`sáng lập viên [Forza Italia]`. A name of one or two capitalised words reads
like a person's, and at blind time the bare name was a false person or
missed in news26 (seven times), news27 (twice) and news29 (twice), where the
gold marks each mention an ORG. After `đảng cầm quyền` or `đảng đối lập`
the gold marks the name alone (`các thành viên đảng cầm quyền [UMP]`).
A post right before the name holds it in the party: `[chủ tịch Golkar]`
is one ROLE, as the gold has it (read here alone: `posts.post_bodies` joins a
post to a firm's name the same way, not to a party's); so is a post over `đảng` and the name
(`Tổng Thư ký Đảng cầm quyền Thai Rak Thai (TRT)`, news27), left to the post
rules, and a full name after such a post is its holder's (`cựu chủ tịch
đảng Akbar Tandjung`, news26), no party. Own names are those `party_names` reads:
a foreign-spelt word or a party's letters, never Vietnamese words. A name
that is a place (`đảng Ukraine của chúng ta`, news22) leaves the place's
other mentions alone.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.parties.party_names import own_name_end
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

# Words between `đảng` and its name that say which party, not what it is called.
_STANDING = ("cầm quyền", "đối lập")


def propagate_party_names(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every bare mention of a party named after `đảng` in the article is an ORG."""
    names = {name for line, spans in chosen for name in _named_parties(line, spans)}
    if not names:
        return
    for index, (line, spans) in enumerate(chosen):
        chosen[index] = (line, _with_mentions(line, spans, names))


def _named_parties(line: Line, spans: list[Candidate]) -> list[tuple[str, ...]]:
    """The own names written after `đảng` (and `cầm quyền`, `đối lập`) in the line."""
    found = []
    for head in line.where("đảng"):
        start = max(head + 1, line.longest(head + 1, _STANDING))
        end = own_name_end(line, start)
        if end <= start or place_at(line, start) >= end:
            continue
        if end - start >= 2 and _post_over(spans, head):
            continue  # "cựu chủ tịch đảng Akbar Tandjung": the holder's full name
        found.append(tuple(line.keys[start:end]))
    return found


def _post_over(spans: list[Candidate], head: int) -> bool:
    """A post that takes in the word `đảng` at head (`chủ tịch đảng`, `Tổng Thư ký Đảng`)."""
    return any(c.label == "ROLE" and c.start < head < c.end for c in spans)


def _with_mentions(
    line: Line, spans: list[Candidate], names: set[tuple[str, ...]]
) -> list[Candidate]:
    """The line's spans with each bare mention of a party's name an ORG, or its post's."""
    for start, end in _mentions(line, names):
        head = _party_word_before(line, start)
        if head >= 0 and (head == start - 1 or _post_over(spans, head)):
            continue  # "đảng Golkar", "Tổng Thư ký Đảng cầm quyền …": read with the word
        inside = [c for c in spans if c.start < end and start < c.end]
        if not all(c.label in ("PER", "LOC") and start <= c.start and c.end <= end for c in inside):
            continue
        kept = [c for c in spans if c not in inside]
        post = next((c for c in kept if c.label == "ROLE" and c.end == start), None)
        if post is not None:
            kept = [c for c in kept if c is not post] + [Candidate(post.start, end, "ROLE")]
        else:
            kept.append(Candidate(start, end, "ORG"))
        spans = sorted(kept, key=lambda c: c.start)
    return spans


def _party_word_before(line: Line, start: int) -> int:
    """Where `đảng` stands right before the name at start, or before `cầm quyền`, or -1."""
    if line.is_(start - 1, "đảng"):
        return start - 1
    standing = start - 3
    return (
        standing
        if line.is_(standing, "đảng") and line.longest(start - 2, _STANDING) == start
        else -1
    )


def _mentions(line: Line, names: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where a name stands whole in the line: no capitalised word right before or after."""
    longest = max(len(name) for name in names)
    found = []
    for i in range(line.n):
        if not line.cap(i) or (i > 0 and line.cap(i - 1) and not line.is_(i - 1, "đảng")):
            continue
        size = next((s for s in range(longest, 0, -1) if tuple(line.keys[i : i + s]) in names), 0)
        if size and not line.cap(i + size):
            found.append((i, i + size))
    return found
