"""EVENT rules of ceremonies and anniversaries: the rite held and what it marks."""
