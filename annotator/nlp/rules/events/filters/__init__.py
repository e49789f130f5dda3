"""Shared EVENT filters: event words that name a kind of act, a practice, an act
not held or part of another word, dropped from the suggestions."""
