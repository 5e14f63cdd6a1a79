"""A doer is never one of the set it acts on (``actors/sets.py``, ``own_side_of_set``, applied in
``events/assemble.py``; session 49): an act aimed at the members of a set phrase ("the two sides", "both countries")
drops the member of the doer's own party and keeps the others; a third party keeps them all, and so does a set whose
members are all the doer's own. The unit tests build the sides by hand (the parse is not the point); the last one
codes a short article. The sentences are synthetic, written for these tests."""

import datetime as dt
from types import SimpleNamespace

from detente.actors.refs import ActorRef
from detente.actors.sets import own_side_of_set


def _state(code: str) -> ActorRef:
    return ActorRef(key=code, name=code, code=code, country=code, sector=None, kind="country")


def _gov(code: str) -> ActorRef:
    return ActorRef(key=code + "GOV", name=code, code=code + "GOV", country=code, sector="GOV", kind="government")


SET = SimpleNamespace(i=12)  # "the two sides"
OTHER = SimpleNamespace(i=3)


def _own(sources, targets, ref) -> bool:
    return own_side_of_set(SET.i, ref, targets, sources)


def test_own_side_of_set_drops_the_doers_state_from_a_pair_it_acts_on():
    # synthetic: "Manila said Hanoi had broken that agreement" (the two sides: Vietnam and the Philippines)
    vietnam, philippines = _state("VNM"), _state("PHL")
    sources, targets = [(OTHER, _gov("VNM"))], [(SET, vietnam), (SET, philippines)]
    assert _own(sources, targets, vietnam)
    assert not _own(sources, targets, philippines)


def test_own_side_of_set_keeps_both_sides_for_a_third_party():
    # synthetic: "Russia criticised the agreement" the two countries signed
    azerbaijan, kazakhstan = _state("AZE"), _state("KAZ")
    sources, targets = [(OTHER, _state("RUS"))], [(SET, azerbaijan), (SET, kazakhstan)]
    assert not _own(sources, targets, azerbaijan) and not _own(sources, targets, kazakhstan)


def test_own_side_of_set_leaves_a_single_target_and_a_set_of_the_doers_own():
    georgia, armenia = _state("GEO"), _state("ARM")
    assert not _own([(OTHER, _gov("GEO"))], [(SET, georgia)], georgia)  # one word, one target: no set
    both = [(OTHER, _gov("GEO")), (OTHER, _gov("ARM"))]
    assert not _own(both, [(SET, georgia), (SET, armenia)], georgia)  # every member a doer: no other side
    # synthetic: "a shipping association in Piraeus urged both governments": a Greek body, not Greece's state
    association = ActorRef(key="GRCBUS", name="association", code="GRCBUS", country="GRC", sector="BUS",
                           kind="sector")
    assert not _own([(OTHER, association)], [(SET, _state("TUR")), (SET, _state("GRC"))], _state("GRC"))


# synthetic, invented facts
PACT = ("MANILA, April 9 (Reuters) - The Philippines and Vietnam signed a fisheries pact in January to share catch "
        "data in disputed waters. The two sides agreed to notify each other within a day of any boarding. On "
        "Wednesday Manila said Hanoi had broken that agreement by seizing a Filipino trawler without notice.")


def test_own_side_of_set_leaves_the_breaker_out_of_the_pact_it_broke_and_says_so(explaining):
    from detente.model import Article

    result = explaining.code(Article(text=PACT, date=dt.date(2026, 4, 9)))
    [event] = [e for e in result.events if "broken" in e.trigger.text]
    assert {p.country for p in event.source} == {"VNM"}
    assert {p.country for p in event.target if p.actor is not None} == {"PHL"}
    assert any("own_side_of_set" in side for side in event.explanation.sides)
