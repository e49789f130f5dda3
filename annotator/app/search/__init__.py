"""Corpus search, concordance, label-all and the consistency check."""
