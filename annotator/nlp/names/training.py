"""Training the name classifier from gold documents: every candidate, labelled by the gold.

A candidate whose offsets are exactly a gold span takes that span's label;
every other candidate (a stretch too long or too short, a capitalised word
that names nothing) is NOTHING. The lower-case heads offered as candidates
are those the gold writes before a capitalised name at least twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from annotator.nlp.names.candidates import WORD, candidates, words_of
from annotator.nlp.names.features import Document, features
from annotator.nlp.names.model import NOTHING, train

# What a training document is: its text and its gold spans.
GoldText = tuple[str, Sequence[tuple[int, int, str]]]
NAME_LABELS = ("PER", "ORG", "LOC")
MIN_HEAD_COUNT = 2
MIN_FEATURE_COUNT = 2
# The penalty per weight and the number of descent steps (measured by
# leaving one blind-time set out, see resources/models/README.md).
L2 = 1.0
ITERATIONS = 300


def learn_heads(docs: Sequence[GoldText]) -> list[tuple[str, ...]]:
    """Lower-case words the gold writes inside a name before its first capital (`lực lượng`)."""
    heads: Counter[tuple[str, ...]] = Counter()
    for text, spans in docs:
        for start, end, label in spans:
            if label not in NAME_LABELS:
                continue
            words = WORD.findall(text[start:end])
            capitals = [w[0].isupper() for w in words]
            if words and not capitals[0] and any(capitals):
                heads[tuple(w.lower() for w in words[: capitals.index(True)])] += 1
    return sorted(h for h, n in heads.items() if n >= MIN_HEAD_COUNT)


def samples(
    docs: Sequence[GoldText], heads: Sequence[tuple[str, ...]], lexicon: Mapping[str, str]
) -> list[tuple[list[str], str]]:
    """(features, gold label or NOTHING) for every candidate of every document."""
    out = []
    for text, spans in docs:
        gold = {(s, e): label for s, e, label in spans}
        words = words_of(text)
        doc = Document(text, words, lexicon)
        for c in candidates(text, words, heads):
            out.append((features(doc, c), gold.get((c.start, c.end), NOTHING)))
    return out


def train_names(docs: Sequence[GoldText], lexicon: Mapping[str, str]) -> dict:
    """The classifier's JSON-ready data: labels, weights and the heads it was given."""
    heads = learn_heads(docs)
    model = train(
        samples(docs, heads, lexicon), l2=L2, iterations=ITERATIONS, min_count=MIN_FEATURE_COUNT
    )
    return {"heads": [" ".join(h) for h in heads], **model.to_dict()}
