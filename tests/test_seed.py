"""The user's example article (a real wire story, in ../shared/seed, not shipped): read as a person would.

Skipped where ../shared is absent. Nothing in the coder is keyed to this text.
"""

from __future__ import annotations

import pytest
from tests.conftest import actors_of

from detente.io import read_path


@pytest.fixture(scope="module")
def seed(coder, shared_dir):
    [record] = list(read_path(str(shared_dir / "seed" / "000_9f22587bb5b35aa5.txt")))
    return coder.code(record.article)


def _events(seed, plover, *, source=None, target=None, contains=None):
    return [e for e in seed.events if e.plover == plover
            and (source is None or source in actors_of(e.source))
            and (target is None or target in actors_of(e.target))
            and (contains is None or contains in e.sentence.text)]


def test_seed_outlet_is_channel_not_actor(seed):
    assert seed.source == "Al Monitor"
    assert all("Monitor" not in a.name for a in seed.actors)


def test_seed_lavrov_haniyeh_meeting_is_consult(seed, coder):
    [meeting] = _events(seed, "CONSULT", contains="met Ismail Haniyeh")
    assert "RUS" in actors_of(meeting.source)
    assert meeting.target[0].code == coder.kb.get("hamas").code  # Haniyeh acts for Hamas
    assert not meeting.negated and meeting.modality == "asserted"


def test_seed_hamas_supports_syrian_sovereignty(seed):
    supports = _events(seed, "SUPPORT", source="hamas", target="SYR", contains="sovereignty")
    assert supports and not supports[0].negated


def test_seed_idlib_denial_is_not_fighting(seed):
    idlib = [e for e in seed.events if "Idlib" in e.sentence.text]
    assert not [e for e in idlib if e.plover in ("ASSAULT", "MOBILIZE", "COERCE") and not e.negated]


def test_seed_unrequested_mediation_is_not_a_request(seed):
    requests = [e for e in _events(seed, "REQUEST", contains="explicitly requested")]
    assert requests and all(e.negated for e in requests)


def test_seed_2012_break_is_historical(seed):
    [brk] = [e for e in seed.events if "2012" in e.sentence.text and e.quad_class in (3, 4)]
    assert brk.historical and brk.date.value == "2012"
    assert {"hamas", "SYR"} <= actors_of(brk.source) | actors_of(brk.target)


def test_seed_russian_mediation_is_possible_and_anonymous(seed):
    [mediation] = [e for e in seed.events if e.trigger.text == "mediate"]
    assert "RUS" in actors_of(mediation.source)
    assert mediation.modality in ("hypothetical", "future")
    assert mediation.attribution is not None and mediation.attribution.anonymous
    assert {"hamas", "SYR"} <= actors_of(mediation.target)


def test_seed_repairing_ties_is_agree_or_cooperate(seed):
    repair = [e for e in seed.events if e.plover in ("AGREE", "COOPERATE") and "repair" in e.sentence.text]
    assert repair and "hamas" in actors_of(repair[0].source)
    assert {"SYR", "hezbollah"} <= actors_of(repair[0].target)


def test_seed_quotes_are_haniyehs(seed):
    haniyeh = [q for q in seed.quotes if q.speaker and q.speaker.actor == "ismail-haniyeh"]
    assert len(haniyeh) >= 4
    assert any("strongly deny" in q.text for q in haniyeh)
