"""EVENT rules: one module per construction of event, grouped by what they find.

`extent.nouns` finds event nouns with their modifiers and `extent` holds where
a span starts and ends; `filters` drops event words that name no particular
event; `courts`, `conflicts`, `meetings`, `votes`, `visits`, `ceremonies` and
`personnel` each read one kind of event or of lookalike (their docstrings give
the counts that justify them). The packages hold no code of their own so that
importing one rule module never runs another.
"""
