"""A learned classifier for name-shaped stretches the merged suggestions leave bare.

`name_filler()` loads the shipped classifier (resources/models/names.json);
`NameFiller.fill(text, merged)` adds its PER, ORG and LOC spans where no
merged span lies. `train_names` builds it from gold documents.
"""

from annotator.nlp.names.fill import NAMES, NameFiller, name_filler
from annotator.nlp.names.training import train_names

__all__ = ["NAMES", "NameFiller", "name_filler", "train_names"]
