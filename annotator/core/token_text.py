"""A text's tokens kept as one string, each followed by a line break, instead of a string each.

An export cuts a million syllables for 10,000 news articles; splitting the
chunk's tokens into a Python string apiece cost more than cutting them, and
the CoNLL writer then joined them straight back into lines. `TokenText`
keeps each text's tokens as the one string they were gathered into and where
each starts in it, so a run of tokens sharing a tag becomes its lines with a
single slice and `replace` (`lines`). It is still a sequence of token
strings, equal to the list of them, for every reader that wants one.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import overload

# Four-byte unsigned places, whatever the platform calls them.
_OFFSET = "I" if array("I").itemsize == 4 else "L"


class TokenText(Sequence[str]):
    """Tokens as `joined` ("tok\\ntok\\n...tok\\n") and `places`, where each starts in it.

    `places` has one more entry than there are tokens: the length of `joined`.
    No token holds a line break (tokens never hold a space of any kind).
    """

    __slots__ = ("joined", "places")

    def __init__(self, joined: str, places: array) -> None:
        self.joined = joined
        self.places = places

    def __len__(self) -> int:
        return len(self.places) - 1

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        count = len(self.places) - 1
        if isinstance(index, slice):
            first, last, step = index.indices(count)
            if step != 1:
                return [self[i] for i in range(first, last, step)]
            return self.lines(first, last, "\n").split("\n")[:-1] if last > first else []
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("token index out of range")
        return self.joined[self.places[index] : self.places[index + 1] - 1]

    def __iter__(self) -> Iterator[str]:
        return iter(self.joined.split("\n")[:-1])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TokenText | list | tuple):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to a list, so unhashable like one

    def __repr__(self) -> str:
        return f"TokenText({list(self)!r})"

    def lines(self, first: int, last: int, ending: str) -> str:
        """Tokens `first` to `last - 1`, each followed by `ending` instead of its line break."""
        piece = self.joined[self.places[first] : self.places[last]]
        return piece if ending == "\n" else piece.replace("\n", ending)


def token_text(forms: Sequence[str]) -> TokenText:
    """`forms` as a TokenText (itself when it is one already)."""
    if type(forms) is TokenText:
        return forms
    places = array(_OFFSET, [0])
    places.extend(accumulate(len(form) + 1 for form in forms))
    return TokenText("".join(form + "\n" for form in forms), places)
