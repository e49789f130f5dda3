"""EVENT rules: one module per construction of event (meetings, votes, cases, wars, acts).

`nouns` finds event nouns with their modifiers; the other modules each read one
kind of event or of lookalike (their docstrings give the counts that justify
them). The package holds no code of its own so that importing one rule module
never runs another.
"""
