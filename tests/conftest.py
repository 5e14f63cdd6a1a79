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
def explaining(coder):
    """The session's coder with explanations on (``--explain``): the same model, knowledge base and lexicon."""
    from detente.pipeline import Coder

    return Coder(nlp=coder.nlp, kb=coder.kb, lexicon=coder.lexicon, explain=True)


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


def events_with_trigger(result, trigger: str) -> list:
    """The events of a coded article whose trigger starts with ``trigger``."""
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def event_on(result, trigger: str):
    """The one event of a coded article whose trigger starts with ``trigger`` (a failure if not exactly one)."""
    [event] = events_with_trigger(result, trigger)
    return event


def countries_of(participants) -> list[str]:
    """The countries of the participants resolved to an actor, sorted and once each."""
    return sorted({p.country for p in participants if p.actor})


def actors_of(participants) -> set[str]:
    """Actor ids and countries of a list of participants, for loose matching."""
    return {p.actor for p in participants if p.actor} | {p.country for p in participants if p.country}


def codes_of(participants) -> set[str]:
    """The CAMEO actor codes of the participants that have one."""
    return {p.code for p in participants if p.code}


def side_codes(result, trigger: str) -> tuple[set[str | None], set[str | None]]:
    """The codes of the source and target of the first event whose trigger starts with ``trigger`` (None for a
    participant with no code)."""
    event = next(e for e in result.events if e.trigger.text.startswith(trigger))
    return {p.code for p in event.source}, {p.code for p in event.target}


def assert_new_names_clean(kb, idents) -> None:
    """Each name of each actor ``idents`` (ids a batch of knowledge-base entries added) belongs to that actor only,
    is written with a capital, and is no place and, when one word, no common word of the lexicon (``party_word``,
    ``body_word``), unless the entry marks it ambiguous ("PP", "Jubaland")."""
    from detente.events.lexicon import load_default as lexicon

    words = lexicon().words
    common = {w.lower() for w in (*words.party_word, *words.body_word)}
    owners: dict[str, set[str]] = {}
    for entry in kb.entries.values():
        for name in entry.names:
            owners.setdefault(name, set()).add(entry.id)
    for ident in idents:
        entry = kb.get(ident)
        assert entry is not None, ident
        for name in entry.names:
            assert owners[name] == {ident}, (name, owners[name])
            assert name != name.lower(), name
            if " " not in name and name not in entry.ambiguous:
                assert name.lower() not in common, name
            assert name not in kb.places or name in entry.ambiguous, name


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not present (it exists only on the developers' machines)")
    return SHARED


# -- parses built by hand: rule tests on the exact tree in question, no model loaded -------------
NO_SPACE_BEFORE = {".", ",", "'s", "n't", "?", "!", ":", ";", ")", "'", "”"}
NO_SPACE_AFTER = {"“", "("}


@pytest.fixture(scope="session")
def blank_nlp():
    """A tokenizer-only English pipeline (no trained weights): the vocabulary hand-built docs share."""
    import spacy

    from detente.nlp import NLP

    return NLP(language=spacy.blank("en"), model_name="blank-en")


@pytest.fixture(scope="session")
def blank_coder(blank_nlp):
    """A coder over the shipped knowledge base whose docs are built by hand (see :func:`tree`)."""
    from detente.pipeline import Coder

    return Coder(nlp=blank_nlp)


def tree(vocab, table: str):
    """A parsed ``Doc`` from a table, one token a line:

        word  lemma  POS  tag  dep  head  entity

    ``head`` is the index of the head token (a root is its own head); ``entity`` is an IOB label
    (``B-GPE``, ``I-PERSON``, ``O``). Sentences follow from the trees (one root each)."""
    from spacy.tokens import Doc

    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for number, row in enumerate(rows):
        assert len(row) == 7, f"tree line {number}: expected 7 columns, got {row}"
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and words[i] not in NO_SPACE_AFTER
              for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows],
               ents=[r[6] for r in rows])


def code_tree(coder, table: str, date: str | None = "2021-05-04"):
    """Run every step after parsing on a hand-built tree."""
    from detente.model import Article

    doc = tree(coder.nlp.language.vocab, table)
    day = dt.date.fromisoformat(date) if date else None
    return coder.code_doc(Article(text=doc.text, date=day), doc)


def trigger_places(result, word: str) -> list[str | None]:
    """The location country (or None) of each event of ``result`` whose trigger starts with ``word``."""
    return [e.location.country if e.location is not None else None for e in result.events
            if e.trigger.text.startswith(word)]


def event_places(result) -> list[tuple[str, str, object]]:
    """Trigger, CAMEO code and location of every event of ``result``: an assertion's message."""
    return [(e.trigger.text, e.cameo, e.location) for e in result.events]
