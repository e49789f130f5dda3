"""Shared fixtures: temporary projects and the optional ../shared folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The schema the migrations create is cached per user (store.schema_cache): not the
# tester's. A folder made here is removed when the run ends; one given in the
# environment (by whoever started this run, or a parallel run's controller whose
# workers inherit it) belongs to the giver and is left alone.
_OWN_CACHE: str | None = None
if "ANNOTATOR_CACHE_DIR" not in os.environ:
    _OWN_CACHE = tempfile.mkdtemp(prefix="annotator-cache-")
    os.environ["ANNOTATOR_CACHE_DIR"] = _OWN_CACHE


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the cache folder this run made (the last hook: nothing reads it after)."""
    if _OWN_CACHE is not None:
        shutil.rmtree(_OWN_CACHE, ignore_errors=True)


REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def private_user_config(tmp_path_factory, monkeypatch) -> Path:
    """The annotator name and other user settings live in a temporary folder."""
    from annotator.core.user_config import CONFIG_ENV

    folder = tmp_path_factory.mktemp("user-config")
    monkeypatch.setenv(CONFIG_ENV, str(folder))
    return folder


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present on this machine")
    return SHARED


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """Where the `project` fixture's file lives (a fresh tmp_path file)."""
    return tmp_path / "project.db"


@pytest.fixture
def project(project_path: Path):
    """A fresh project with the default schema, closed after the test."""
    from annotator.store import create_project

    created = create_project(project_path, annotator="tester")
    yield created
    created.close()
