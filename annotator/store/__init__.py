"""SQLite project store: open, migrate, read, and apply operations."""
