"""Team annotation use cases: work packages, merging them back, agreement, curation, layer exports."""
