"""Benchmark: F1 of the project's CRF after 5, 10 and 20 annotated documents.

Protocol (no text is ever tested on after being trained on): the 12 gold
articles are cut into documents of PARAGRAPHS consecutive paragraphs. Articles
are split into FOLDS groups; for each fold, training documents are drawn
(seeded) only from the other folds' articles and the model is scored on every
document of the fold's own articles. The model stacks on the rules and the
stock NER, like the one the application trains. "Rules alone" is scored on the
same test documents. Scores are micro exact-match F1 over the labels the model
learnt, summed over folds. Note that the rules were written while looking at
this gold file, so "rules alone" is an optimistic baseline here.
"""

from __future__ import annotations

import random

from annotator.app.evaluate import read_gold
from annotator.app.training import make_examples, train_in_child
from annotator.core.metrics import SpanScorer
from annotator.nlp.crf import CRFSuggester, TrainParams
from annotator.nlp.units import paragraph_spans

PARAGRAPHS = 3
FOLDS = 3
SIZES = (5, 10, 20)
TARGET_GAIN = 0.05


def _chunks(doc):
    paras = paragraph_spans(doc.text)
    out = []
    for i in range(0, len(paras), PARAGRAPHS):
        start, end = paras[i][0], paras[min(i + PARAGRAPHS, len(paras)) - 1][1]
        spans = [(s - start, e - start, lab) for s, e, lab in doc.spans if start <= s and e <= end]
        out.append((doc.text[start:end], spans))
    return out


def test_learning_curve_against_rules(shared_dir):
    gold = read_gold(shared_dir / "gold" / "dev.jsonl")
    chunks = {doc.id: make_examples(_chunks(doc), stack=("rules", "underthesea")) for doc in gold}
    ids = sorted(chunks)
    random.Random(7).shuffle(ids)
    folds = [ids[i::FOLDS] for i in range(FOLDS)]
    model = {n: SpanScorer() for n in SIZES}
    rules = SpanScorer()
    for fold in folds:
        test = [ex for i in fold for ex in chunks[i]]
        pool = [ex for i in ids if i not in fold for ex in chunks[i]]
        random.Random(13).shuffle(pool)
        for ex in test:
            rules.add(ex.spans, ex.stacked["rules"])
        for n in SIZES:
            data = train_in_child(pool[:n], params=TrainParams())
            tagger = CRFSuggester(data)
            for ex in test:
                found = tagger.predict(ex.text, stacked=ex.stacked)
                model[n].add(ex.spans, [(s.start, s.end, s.label) for s in found])
    learnt = sorted(set(CRFSuggester(data).labels()))
    base = rules.micro(learnt).f1
    print(f"\nlearning curve, {FOLDS}-fold by article, {PARAGRAPHS}-paragraph documents")
    print(f"labels learnt: {', '.join(learnt)}; rules alone micro F1 {base:.3f}")
    for n in SIZES:
        f1 = model[n].micro(learnt).f1
        print(f"  {n:>3} documents: model micro F1 {f1:.3f}  (ratio to rules {f1 / base:.2f})")
        for label in learnt:
            print(
                f"        {label:<6} model {model[n].score(label).f1:.3f}  rules {rules.score(label).f1:.3f}"
            )
    assert model[SIZES[-1]].micro(learnt).f1 >= base + TARGET_GAIN
