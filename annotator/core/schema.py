"""Label schema: span labels and the relation types allowed between them."""

from __future__ import annotations

import colorsys
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from annotator.core.errors import SchemaError
from annotator.core.keys import check_label_key
from annotator.core.messages import message

# Control characters (tab, line breaks, NUL...), line and paragraph separators,
# and invisible format characters (zero-width, bidirectional overrides): each
# breaks the line or column layout of an export, or hides what a name says.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})


# What a checked name names, as the messages say it (the window translates it).
_NAMED = {"label": message("label"), "relation type": message("relation type")}


def check_name(name: object, what: str = "label") -> str:
    """Return `name` in NFC if it can name a label or relation type, else raise SchemaError.

    A name typed with combining marks (an input method in decomposed mode)
    becomes the same label as the one typed precomposed, never a look-alike.

    Spaces inside a name are fine (`CHỨC VỤ`): each writer maps names to what
    its format allows. Names are checked here, where they enter the project
    (operations and schema files), so no export ever meets a bad one.
    """
    what = _NAMED.get(what, what)
    if not isinstance(name, str) or not name.strip():
        raise SchemaError("a {what} name cannot be empty", what=what)
    for position, ch in enumerate(name):
        if unicodedata.category(ch) in _CONTROL_CATEGORIES:
            raise SchemaError(
                "the {what} name {name!r} contains an invisible or control character "
                "(U+{code:04X} {character}) at position {position}; names may contain letters, digits, "
                "punctuation and spaces",
                what=what,
                name=name,
                code=ord(ch),
                character=unicodedata.name(ch, "control character"),
                position=position + 1,
            )
    if name != name.strip():
        raise SchemaError(
            "a {what} name cannot start or end with spaces: {name!r}", what=what, name=name
        )
    return unicodedata.normalize("NFC", name)


@dataclass(frozen=True)
class LabelDef:
    """A span label as the user sees it in the palette."""

    name: str
    color: str = "#888888"
    key: str = ""
    description: str = ""
    # A span of this label may cross a paragraph break (off: such a selection
    # is refused, since exports would join two sentences).
    crosses_paragraphs: bool = False


@dataclass(frozen=True)
class RelationType:
    """A directed relation type, limited to head and tail labels."""

    name: str
    head_labels: tuple[str, ...] = ()
    tail_labels: tuple[str, ...] = ()
    description: str = ""
    key: str = ""

    def allows(self, head_label: str, tail_label: str) -> bool:
        """Whether a head of head_label may link to a tail of tail_label."""
        heads_ok = not self.head_labels or head_label in self.head_labels
        tails_ok = not self.tail_labels or tail_label in self.tail_labels
        return heads_ok and tails_ok


@dataclass(frozen=True)
class LabelSchema:
    """The labels and relation types of a project, in palette order."""

    labels: tuple[LabelDef, ...] = ()
    relations: tuple[RelationType, ...] = ()

    def label(self, name: str) -> LabelDef:
        for label in self.labels:
            if label.name == name:
                return label
        raise SchemaError(
            "unknown label {name!r}; the schema has {label_names}",
            name=name,
            label_names=self.label_names(),
        )

    def label_names(self) -> list[str]:
        return [label.name for label in self.labels]

    def label_for_key(self, key: str) -> LabelDef | None:
        for label in self.labels:
            if label.key and label.key.lower() == key.lower():
                return label
        return None

    def relation(self, name: str) -> RelationType:
        for rel in self.relations:
            if rel.name == name:
                return rel
        raise SchemaError("unknown relation type {name!r}", name=name)

    def relations_allowed(self, head_label: str, tail_label: str) -> list[RelationType]:
        return [r for r in self.relations if r.allows(head_label, tail_label)]

    def with_label(self, label: LabelDef) -> LabelSchema:
        """A copy with `label` added, or replacing the label of the same name."""
        names = self.label_names()
        if label.name in names:
            labels = tuple(label if x.name == label.name else x for x in self.labels)
        else:
            labels = self.labels + (label,)
        return replace(self, labels=labels)

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": [vars(label) for label in self.labels],
            "relations": [
                {**vars(r), "head_labels": list(r.head_labels), "tail_labels": list(r.tail_labels)}
                for r in self.relations
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LabelSchema:
        """Build from the JSON layout of resources/schema.json, checking it."""
        try:
            labels = tuple(LabelDef(**item) for item in data.get("labels", []))
            relations = tuple(
                RelationType(
                    name=item["name"],
                    head_labels=tuple(item.get("head_labels", ())),
                    tail_labels=tuple(item.get("tail_labels", ())),
                    description=item.get("description", ""),
                    key=item.get("key", ""),
                )
                for item in data.get("relations", [])
            )
        except (TypeError, KeyError) as exc:
            raise SchemaError("schema file is malformed: {exc}", exc=exc) from exc
        schema = cls(labels, relations)
        schema.check()
        return schema

    @classmethod
    def from_json(cls, text: str) -> LabelSchema:
        try:
            return cls.from_dict(json.loads(text))
        except json.JSONDecodeError as exc:
            raise SchemaError("schema file is not valid JSON: {exc}", exc=exc) from exc

    def check(self) -> None:
        """Raise SchemaError on duplicate names or keys, or dangling relation labels."""
        names = self.label_names()
        for name in names:
            check_name(name, "label")
        for rel in self.relations:
            check_name(rel.name, "relation type")
        if len(set(names)) != len(names):
            raise SchemaError("two labels share a name")
        keys = [label.key.lower() for label in self.labels if label.key]
        if len(set(keys)) != len(keys):
            raise SchemaError("two labels share a key")
        for label in self.labels:
            check_label_key(label.key, label.name)
        for rel in self.relations:
            unknown = set(rel.head_labels + rel.tail_labels) - set(names)
            if unknown:
                raise SchemaError(
                    "relation {name} names unknown labels {unknown}",
                    name=rel.name,
                    unknown=sorted(unknown),
                )


_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def parse_color(value: str) -> str:
    """A colour as `#rrggbb` (lower case) from `#rgb` or `#rrggbb`; SchemaError otherwise."""
    text = value.strip()
    if not _HEX_COLOR.fullmatch(text):
        raise SchemaError(
            "{value!r} is not a colour; write it as #rrggbb, e.g. #c0392b", value=value
        )
    if len(text) == 4:
        text = "#" + "".join(c * 2 for c in text[1:])
    return text.lower()


def free_color(schema: LabelSchema) -> str:
    """A colour no label uses yet, stepping round the hue circle (for labels made on the fly)."""
    used = {label.color.lower() for label in schema.labels}
    for step in range(36):
        red, green, blue = colorsys.hsv_to_rgb(((step * 47) % 360) / 360, 180 / 255, 220 / 255)
        colour = "#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in (red, green, blue)))
        if colour not in used:
            return colour
    return "#888888"
