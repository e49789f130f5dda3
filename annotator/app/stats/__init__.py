"""Corpus statistics: tables, charts and the files `annotator stats --plot` writes."""
