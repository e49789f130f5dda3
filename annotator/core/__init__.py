"""Domain model, offsets, operations and change sets (standard library only)."""
