"""Shared fixtures: the spaCy model and a coder are loaded once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from detente import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def coder(nlp):
    from detente.pipeline import Coder

    return Coder(nlp=nlp)


@pytest.fixture(scope="session")
def code(coder):
    """Code a text written for the test: ``code(text, date="2021-05-04")``."""
    from detente.model import Article

    def run(text: str, date: str | None = "2021-05-04", **kwargs):
        day = dt.date.fromisoformat(date) if date else None
        return coder.code(Article(text=text, date=day, **kwargs))

    return run


def events_of(result, plover: str | None = None, cameo: str | None = None):
    """The events of a coded article, optionally filtered by PLOVER type or CAMEO prefix."""
    return [e for e in result.events
            if (plover is None or e.plover == plover) and (cameo is None or e.cameo.startswith(cameo))]


def actors_of(participants) -> set[str]:
    """Actor ids and countries of a list of participants, for loose matching."""
    return {p.actor for p in participants if p.actor} | {p.country for p in participants if p.country}


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not present (it exists only on the developers' machines)")
    return SHARED
