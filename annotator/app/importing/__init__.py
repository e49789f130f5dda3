"""Importing files into a project: planning, reading in workers, labels, reports.

`importer.import_paths` is the entry point; `reading` turns one file into
documents, `jobs` splits large multi-record files into pieces, `workers` reads
them in processes, `labels` decides what happens to labels the project lacks,
and `report` counts every outcome with its reason.
"""
