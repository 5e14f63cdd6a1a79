"""A small store built through the real coder from articles written for these tests, and the app over it
(the articles are in web_helpers.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from web_helpers import TOKEN, build_store


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, coder) -> Path:
    """The shared store (read only by the tests that use it)."""
    return build_store(tmp_path_factory.mktemp("web") / "web.duckdb", coder)


@pytest.fixture
def writable_db(web_db, tmp_path) -> Path:
    """A copy of the store that a test may write to."""
    copy = tmp_path / "copy.duckdb"
    shutil.copy(web_db, copy)
    return copy


@pytest.fixture(scope="session")
def app(web_db, coder):
    from detente.web import create_app

    return create_app(web_db, token=TOKEN, coder_factory=lambda: coder)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client


