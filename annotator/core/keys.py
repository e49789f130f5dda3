"""Keys the editor keeps for itself, so no label can take them."""

from __future__ import annotations

from annotator.core.errors import SchemaError

# A label key is a single printable character pressed without modifiers. These
# do something else in the annotation editor; a label holding one would
# silently switch that off. Space (next suggestion) can never be a label key.
RESERVED_KEYS: dict[str, str] = {
    "r": "R starts a relation from the selected span",
}


def check_label_key(key: str, label: str = "") -> None:
    """Raise SchemaError, with the reason, if `key` cannot be a label's key."""
    if not key:
        return
    owner = f"the label {label}" if label else "a label"
    if len(key) != 1 or not key.isprintable() or key.isspace():
        raise SchemaError(
            "The key of {owner} must be one visible character, not {key!r}.", owner=owner, key=key
        )
    reason = RESERVED_KEYS.get(key.lower())
    if reason is not None:
        raise SchemaError(
            "The key {key!r} cannot be given to {owner}: it is reserved ({reason}).",
            key=key,
            owner=owner,
            reason=reason,
        )
