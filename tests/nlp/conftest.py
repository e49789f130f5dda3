"""Fixtures shared by the tests of the suggesters."""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    """The shipped rules, built once per module (loading the gazetteers is the cost)."""
    return RuleSuggester()
