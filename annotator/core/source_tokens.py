"""The tokens a tokenised corpus came with: a stored layer beside the text, which stays the truth.

A CoNLL, VLSP 2016, PhoNER, spaCy or Hugging Face file gives a document as
tokens in sentences, often with more columns (POS, chunk) and in a layout of
its own (separator, word join, tag scheme, label names). The reader rebuilds
the text from the tokens and keeps them here as code point ranges into the
NFC text, so a corrected corpus can be written back exactly as it came:
same tokens, same sentences, same columns, same label names.

Only what the text cannot say is kept: a token's written form where it
differs from its text (an invisible character, NFD, a `_` word join that is
not the layout's rule), and a tag where the file's tag differs from the
clean encoding of the spans (a stray `Oy`, an `I-` that starts a chunk). Such
a tag is written back only while the spans still give the tag it stood for,
so a correction always wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

IOB2 = "iob2"


@dataclass(frozen=True)
class Layout:
    """How the source wrote its tokens: enough to write them back the same way.

    `format` names the layout (conll, vlsp2016, phoner, spacy, hf);
    `extra_columns` cells (POS, chunk) come between the token and the
    `tag_columns` tag cells; `word_join` joins the syllables of a word
    (`_` at word level); `labels` maps a project label back to the name the
    source gave it (when an import renamed it). `details` holds what a
    layout writes around the tokens (VLSP 2016 title and editor lines).
    """

    format: str = "conll"
    separator: str = "\t"
    word_join: str = ""
    extra_columns: int = 0
    tag_columns: int = 1
    scheme: str = IOB2
    docstart: bool = False
    newline: str = "\n"
    bom: bool = False
    labels: tuple[tuple[str, str], ...] = ()
    details: tuple[tuple[str, str], ...] = ()

    def source_label(self, label: str) -> str:
        """The name the source gave a project label."""
        for project_name, source_name in self.labels:
            if project_name == label:
                return source_name
        return label

    def detail(self, key: str, default: str = "") -> str:
        return dict(self.details).get(key, default)


@dataclass(frozen=True)
class TagOverride:
    """A tag the file wrote where the clean encoding of its spans gives `expected`."""

    column: int
    token: int
    expected: str
    written: str


@dataclass(frozen=True)
class SourceTokens:
    """A document's source tokens: ranges into its NFC text, sentences, columns and quirks.

    `starts[i]:ends[i]` is token i in the text (empty for a token that was
    only invisible characters); `sentences` are the first token index of
    each sentence (0 first); `forms` are (token, form as written) where the
    form is not the text written the layout's way; `extra` holds, per token,
    the cells between the token and its tags.
    """

    layout: Layout
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    sentences: tuple[int, ...] = (0,)
    forms: tuple[tuple[int, str], ...] = ()
    extra: tuple[tuple[str, ...], ...] = ()
    overrides: tuple[TagOverride, ...] = field(default=())

    def __len__(self) -> int:
        return len(self.starts)

    def sentence_ranges(self) -> list[tuple[int, int]]:
        """(first, stop) token indices of every non-empty sentence."""
        cuts = [*self.sentences, len(self.starts)]
        return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]

    def fits(self, text: str) -> bool:
        """Whether these tokens can be `text`'s, as an import stored them.

        The reader builds the text from the tokens, so they lie in it in order
        and only separators (white space) lie between them; sentences, forms,
        cells and tags name tokens that exist. A row edited by hand, copied
        from another document or written by an older version fails, and an
        export cuts the text anew rather than write tokens of another text.
        One pass over the tokens, no copy of the text.
        """
        count = len(self.starts)
        if len(self.ends) != count or (self.extra and len(self.extra) != count):
            return False
        named = [i for i, _ in self.forms] + [o.token for o in self.overrides]
        if any(not 0 <= i < count for i in named):
            return False
        sentences = self.sentences
        if any(not 0 <= i <= count for i in sentences) or any(
            b < a for a, b in zip(sentences, sentences[1:], strict=False)
        ):
            return False
        previous = 0
        for start, end in zip(self.starts, self.ends, strict=True):
            if not previous <= start <= end or text[previous:start].strip():
                return False
            previous = end
        return previous <= len(text) and not text[previous:].strip()

    def written_forms(self, text: str) -> list[str]:
        """Every token as the source wrote it."""
        join = self.layout.word_join
        out = [default_form(text[s:e], join) for s, e in zip(self.starts, self.ends, strict=True)]
        for index, form in self.forms:
            out[index] = form
        return out


def default_form(piece: str, word_join: str) -> str:
    """How a layout writes a token whose text is `piece`."""
    if word_join and (" " in piece or "\n" in piece):
        return word_join.join(piece.split())
    return piece
