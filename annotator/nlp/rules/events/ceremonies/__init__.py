"""EVENT rules of ceremonies, anniversaries and named festivals: the rite held and what
it marks."""
