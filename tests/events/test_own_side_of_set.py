"""A doer is never one of the set it acts on (``events/assemble.py``, ``_own_side_of_set``, session 49): an act
aimed at the members of a set phrase ("the two sides", "both countries") drops the member of the doer's own party
and keeps the others; a third party keeps them all, and so does a set whose members are all the doer's own. The
sides are built by hand (the parse is not the point); the sentences are synthetic, written for these tests."""

from types import SimpleNamespace

from detente.actors.refs import ActorRef
from detente.events.assemble import _own_side_of_set


def _state(code: str) -> ActorRef:
    return ActorRef(key=code, name=code, code=code, country=code, sector=None, kind="country")


def _gov(code: str) -> ActorRef:
    return ActorRef(key=code + "GOV", name=code, code=code + "GOV", country=code, sector="GOV", kind="government")


def _candidate(sources, targets):
    return SimpleNamespace(sources=tuple(sources), targets=tuple(targets))


SET = SimpleNamespace(i=12)  # "the two sides"
OTHER = SimpleNamespace(i=3)


def _doers(candidate):
    from detente.actors.sets import party
    return {party(r) for _, r in candidate.sources}


def test_own_side_of_set_drops_the_doers_state_from_a_pair_it_acts_on():
    # synthetic: "Manila said Hanoi had broken that agreement" (the two sides: Vietnam and the Philippines)
    vietnam, philippines = _state("VNM"), _state("PHL")
    candidate = _candidate([(OTHER, _gov("VNM"))], [(SET, vietnam), (SET, philippines)])
    assert _own_side_of_set(SET, vietnam, candidate, _doers(candidate))
    assert not _own_side_of_set(SET, philippines, candidate, _doers(candidate))


def test_own_side_of_set_keeps_both_sides_for_a_third_party():
    # synthetic: "Russia criticised the agreement" the two countries signed
    azerbaijan, kazakhstan = _state("AZE"), _state("KAZ")
    candidate = _candidate([(OTHER, _state("RUS"))], [(SET, azerbaijan), (SET, kazakhstan)])
    assert not any(_own_side_of_set(SET, ref, candidate, _doers(candidate)) for ref in (azerbaijan, kazakhstan))


def test_own_side_of_set_leaves_a_single_target_and_a_set_of_the_doers_own():
    georgia, armenia = _state("GEO"), _state("ARM")
    alone = _candidate([(OTHER, _gov("GEO"))], [(SET, georgia)])
    assert not _own_side_of_set(SET, georgia, alone, _doers(alone))  # one word, one target: not a set
    both = _candidate([(OTHER, _gov("GEO")), (OTHER, _gov("ARM"))], [(SET, georgia), (SET, armenia)])
    assert not _own_side_of_set(SET, georgia, both, _doers(both))  # all members are doers: the others are none
