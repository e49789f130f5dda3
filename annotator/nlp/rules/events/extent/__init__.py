"""Shared EVENT machinery: the event nouns themselves and where an event's span
starts and ends (its number, name, purpose, sides, manner, size, code, tail)."""
