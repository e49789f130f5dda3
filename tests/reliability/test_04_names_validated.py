"""Item 4 (where names enter): no control characters in label or relation-type names.

A newline in a label injected extra lines into brat files and tabs broke
CoNLL columns; such names are now refused where they enter the project
(operations and schema files), with a reason. Spaces stay allowed.
"""

from __future__ import annotations

import json

import pytest

from annotator.core.errors import SchemaError
from annotator.core.operations import PutLabel, PutRelationType, RenameLabel
from annotator.core.schema import LabelDef, LabelSchema
from annotator.store import create_project

BAD = ["CHỨC\nVỤ", "CHỨC\tVỤ", "ROLE\r", "PER\x00", "ORG\u2028X", "LOC\u202eX", "A\u200bB"]


@pytest.mark.parametrize("name", BAD)
def test_operations_refuse_control_characters_with_a_reason(project, name: str) -> None:
    session = project.session()
    for op in (
        PutLabel(name=name, color="#123456"),
        RenameLabel(old="PER", new=name),
        PutRelationType(name=name, head_labels=("PER",), tail_labels=("ROLE",)),
    ):
        with pytest.raises(SchemaError, match=r"U\+[0-9A-F]{4}"):
            session.apply(op)
    names = project.schema().label_names() + [r.name for r in project.schema().relations]
    assert name not in names
    assert "PER" in names


def test_spaces_inside_a_display_name_are_allowed(project) -> None:
    session = project.session()
    session.apply(PutLabel(name="CHỨC VỤ", color="#123456"))
    session.apply(PutRelationType(name="GIỮ CHỨC", head_labels=("PER",), tail_labels=("CHỨC VỤ",)))
    session.apply(RenameLabel(old="CHỨC VỤ", new="CHỨC VỤ MỚI"))
    schema = project.schema()
    assert "CHỨC VỤ MỚI" in schema.label_names()
    assert schema.relation("GIỮ CHỨC").tail_labels == ("CHỨC VỤ MỚI",)


@pytest.mark.parametrize("name", BAD)
def test_a_schema_file_with_a_control_character_is_refused(tmp_path, name: str) -> None:
    data = {"labels": [{"name": name, "color": "#ff0000"}], "relations": []}
    with pytest.raises(SchemaError, match="control character"):
        LabelSchema.from_json(json.dumps(data))
    with pytest.raises(SchemaError):
        create_project(tmp_path / "p.db", schema=LabelSchema(labels=(LabelDef(name=name),)))
    assert not (tmp_path / "p.db").exists()  # refused before a file was made
