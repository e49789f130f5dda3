"""The statistics view: tables and charts of the corpus."""
