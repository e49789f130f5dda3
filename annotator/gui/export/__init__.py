"""The export dialog: its form, the formats an install cannot write, and what it remembers between exports."""
