"""Every operation is known by its kind, so the action log can always be read back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import pytest

from annotator.core import operations
from annotator.core.operations import OPERATION_TYPES, Operation


def test_every_operation_class_is_known_by_its_kind() -> None:
    classes = [
        value
        for value in vars(operations).values()
        if isinstance(value, type) and issubclass(value, Operation) and value is not Operation
    ]
    assert len(classes) == len(OPERATION_TYPES) == 42
    assert all(OPERATION_TYPES[cls.kind] is cls for cls in classes)


def test_two_operations_cannot_share_a_kind() -> None:
    with pytest.raises(TypeError, match="add_span"):

        @dataclass(frozen=True)
        class Another(Operation):
            kind: ClassVar[str] = "add_span"
