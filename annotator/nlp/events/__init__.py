"""A learned classifier for events the merged suggestions leave bare.

`event_filler()` loads the shipped classifier (resources/models/events.json);
`EventFiller.fill(text, merged)` adds the EVENT spans it is sure of where no
merged span lies. `train_events` builds it from gold documents. It shares
the name classifier's words, model and gazetteer lookup (annotator.nlp.names).
"""

from annotator.nlp.events.fill import EVENTS, EventFiller, event_filler
from annotator.nlp.events.training import train_events

__all__ = ["EVENTS", "EventFiller", "event_filler", "train_events"]
