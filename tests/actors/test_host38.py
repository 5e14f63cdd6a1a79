"""An envoy's visit to, or request for access to, his own country's people held abroad is done to the state holding
them (issue 11, session 38, h-host38; ``CodeSideRules.host_asked``).

"Its consul in Jaffna will visit the fishermen", "the embassy in Brussels demanded consular access to the two
Russian men", "diplomats visited the crew at a base in Palawan": the target is the host state (the one other country
of the places said "in" on the envoy or as where the act is; a place possessor decides over the towns after it:
"Peru's port of Callao"), not the nationals, who would make a false dyad with the envoy's own state.

``tests/data/probe_host38.jsonl`` holds 15 short synthetic wire articles (written for this probe; none is taken from
an evaluation set) with real actors, annotated by reading before the coder was run: visits, meetings and requests for
access by a consul, embassy or diplomats abroad, and two guards (a named addressee of another country stays the
target: "asked Washington for help"; "met French prosecutors"). Five items are marked aside; they were
written after the rule, with the rest, and not tuned on. Counts when written (main 1301efc2): 11 of 15 failed (all but
the two guards and the requests host38-03 and 05, whose host the h-nom38 rule already added); on this branch one
fails, host38-08 ("asked to see the detained ... fishermen": no event at all, "ask to see" is not coded as a
request; a lexicon gap, not this rule)."""

import pytest
from tests.conftest import countries_of, event_on
from tests.probes import check_side_items, coded_acts, read_items

PROBE = "probe_host38.jsonl"
MAX_FAILED = 1


@pytest.mark.parametrize(("text", "word", "doer", "host"), [
    pytest.param("COLOMBO, May 6 (Reuters) - India's consul in Jaffna will visit the 14 detained Indian fishermen on "
                 "Thursday, the ministry said.", "visit", "IND", "LKA", id="consul_visits_in_a_town"),
    pytest.param("MANILA, May 6 (Reuters) - Vietnamese diplomats visited the arrested Vietnamese crew at a coast guard "
                 "base in Palawan on Wednesday.", "visited", "VNM", "PHL", id="visit_where_the_act_is"),
    pytest.param("LIMA, May 6 (EFE) - Chile's consul in Peru's port of Callao visited the detained Chilean sailors on "
                 "Tuesday.", "visited", "CHL", "PER", id="a_possessor_country_is_the_host"),
    pytest.param("BRUSSELS, May 6 (Reuters) - The Russian embassy in Brussels demanded consular access to the two "
                 "Russian men.", "demanded", "RUS", "BEL", id="a_request_drops_the_nationals"),
])
def test_host38_envoys_own_people_held_abroad_are_the_hosts(code, text, word, doer, host):
    event = event_on(code(text, date="2026-05-06"), word)
    assert countries_of(event.source) == [doer]
    assert countries_of(event.target) == [host]


def test_host38_a_named_addressee_is_kept(code):
    event = event_on(code("TOKYO, May 6 (Kyodo) - Japan's embassy in Moscow asked Washington for help in locating a "
                          "missing Japanese tourist.", date="2026-05-06"), "asked")
    assert countries_of(event.target) == ["USA"]


def _failure(events, act, fits, doer: str) -> str | None:
    """Why the events on an act's trigger do not code it as annotated (the host a target, no target of the envoy's
    own country), or None."""
    if not events:
        return "no event"
    for event in events:
        if any(fits(p, act["source"]) for p in event.source if p.actor) \
                and any(fits(p, act["target"]) for p in event.target if p.actor) \
                and not any(p.country == doer for p in event.target if p.actor):
            return None
    return "wrong side"


@pytest.fixture(scope="module")
def failures(coder):
    out = {}
    for item, act, events, fits in coded_acts(coder, PROBE):
        why = _failure(events, act, fits, act["source"][0][1:])
        if why is not None:
            out[item["id"]] = why
    return out


def test_probe_host38_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    items = read_items(PROBE)
    check_side_items(items, KeyMatcher(coder.kb))
    assert 10 <= len(items) <= 20


def test_probe_host38_failures_counted(failures):
    assert len(failures) <= MAX_FAILED, sorted(failures.items())


def test_host38_a_mission_asking_its_own_government_asks_no_host(code):
    event = event_on(code("KABUL, May 6 (Reuters) - The U.S. embassy in Kabul asked Washington to send more guards.",
                          date="2026-05-06"), "asked")
    assert "AFG" not in countries_of(event.target)
