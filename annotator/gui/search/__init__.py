"""The search panel, label-all and the consistency check."""
