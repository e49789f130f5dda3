"""Relation suggestions between the spans of one text: HOLDS, PARTICIPATES, WHEN, ISSUED_BY.

`suggest.py` walks the sentences and proposes (`suggestion.py`: what it
proposes); the other modules hold the patterns by kind (posts, the nearest
event a person takes part in and its cues, the cues of an event's time, asides, objects of an
action, subjects, speakers of a gathering told earlier on their line, lists
of names, attendance lists, counted groups, quotations, dates, dates given to something
else, events named as a topic, an opening date's later acts, a programme framing
an act (`frames`), issuers);
`layout` sorts the spans once, so looks back along a line stay linear in its
length. Each pattern's precision, measured given gold spans, is its confidence
(resources/suggest/confidence.json).
"""

from annotator.nlp.relations.sentence_cuts import sentence_ids
from annotator.nlp.relations.suggest import PATTERNS, RelationSuggestion, suggest_relations

__all__ = ["PATTERNS", "RelationSuggestion", "sentence_ids", "suggest_relations"]
