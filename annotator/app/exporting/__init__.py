"""Exporting a project to training-data formats.

`run.run_export` is the entry point; `select` chooses documents, `shape`
flattens them, `tokens` tokenises, `splits` assigns train/dev/test, `chunks`
renders in worker processes, `atomic` writes a folder all at once and
`report` counts what was lost or changed on the way.
"""
