"""A non-reflexive object pronoun is not another organ of its clause's subject's state (actors/pronouns.py
``_subjects_states``, session 54, h-pron54): "South Korean troops warned them" is not South Korea's ministry
that spoke before; a subject or possessive pronoun is not bound so.

All sentences are synthetic, written in agency style for these tests."""

from __future__ import annotations

from detente.actors.pronouns import _acts_for_state
from detente.actors.refs import ActorRef


def _events(result, trigger: str):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def test_state_binding_acts_for_state_reads_kind_and_sector():
    state = ActorRef(key="KOR", name="South Korea", code="KOR", country="KOR", sector=None, kind="country")
    troops = ActorRef(key="KORMIL", name="troops", code="KORMIL", country="KOR", sector="MIL", kind="sector")
    party = ActorRef(key="p", name="a party", code="KORPTY", country="KOR", sector="PTY", kind="organisation")
    nowhere = ActorRef(key="x", name="a body", code="IGO", country=None, sector="GOV", kind="organisation")
    assert _acts_for_state(state) and _acts_for_state(troops)
    assert not _acts_for_state(party) and not _acts_for_state(nowhere)


def test_state_binding_object_pronoun_is_not_the_subjects_own_state(code):
    result = code("SEOUL, May 6 (Yonhap) - South Korea's unification ministry said on Tuesday it had protested to the "
                  "North. \"We will answer them firmly,\" the ministry said, and South Korean troops warned them by "
                  "loudspeaker.", date="2026-05-06")
    [warned] = _events(result, "warned")
    assert all(p.country != "KOR" for p in warned.target), warned.target


def test_state_binding_leaves_a_subject_pronoun_to_its_speaker(code):
    result = code("HELSINKI, May 6 (Reuters) - Finland's defence ministry said on Tuesday that it had summoned "
                  "Russia's ambassador over an airspace violation.", date="2026-05-06")
    [summoned] = _events(result, "summoned")
    assert [p.code for p in summoned.source] == ["FINGOV"], summoned.source


def test_state_binding_keeps_the_foreign_people_named_before(code):
    result = code("LIMA, May 6 (Reuters) - Peru's government protested to Ecuador on Tuesday after Ecuadorian soldiers "
                  "crossed the river. Peruvian police detained them the same day.", date="2026-05-06")
    [detained] = _events(result, "detained")
    assert [p.country for p in detained.target] == ["ECU"], detained.target
