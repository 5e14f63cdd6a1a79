"""The everyday-constructions probe (issue 11, "everyday wire constructions coded wrong or missed", session 34,
h-sense).

``tests/data/probe_sense34.jsonl`` holds 74 one-sentence synthetic leads (written for this probe the way wires write
their first sentence; none is taken from an evaluation set), with real actors, over the families of acts wire copy
tells every day: travel advisories, flights suspended or resumed, border and airspace closures, joining and leaving
bodies, aid, sanctions, force, detentions, releases, expulsions, agreements, visits, investigations, governments'
protests and a denial. Directives ("told/urged X to ...") are left to their own probe, bar a travel advisory's
"urged its citizens to avoid ...". Each act gives its trigger, the CAMEO codes accepted (the coding guide's reading,
and the dev set's gold conventions where they settle it: a travel advisory against X is 160 to X, joining NATO 062, or
050 as joining an alliance),
its source and target keys (none: any target), annotated by reading before the coder was run; a symmetric act
accepts its sides either way round. An act passes when one event on its trigger has an accepted code, a source among
its keys and, if it has one, a target among its keys (both sides, for a symmetric act).

Counts when written (main cfe93401): 21 of 74 acts failed: 11 with no event (flights suspended, resumed or
reopened, a border reopened, joining NATO or BRICS, leaving
ECOWAS, a deposit), 4 of another
type (travel advisories coded as appeals, 020, or threats, 130), 6 with no target or a wrong one (releases of "three
Israeli hostages", "a French teacher", "an American citizen", "20 Indian fishermen"; an investigation "into war
crimes in Sudan"; "suspended talks on joining the European Union"). After this session's changes (words.tsv
``traveller_noun``, ``membership_verb``; the flight, advisory and reopening lines of verbs.tsv) ``FIXED`` pass and 8
fail: an airline's act (sense-08: "Qatar Airways" is no state), the deposit (sense-23), the two targets inside a gerund
or an "into" phrase (sense-62, sense-68), and the four releases (sense-42, 44, 47, 48). A rule giving a release the
demonym of the people it frees as its target (words.tsv ``captive_verb``) made them pass and was reverted when merged:
it left the dev articles unchanged and added a false dyad on the held-out aside articles. The denial (sense-67) was
right already: the denier's 016 to Greece, and the denied violation negated, as the gold conventions code a denial.
Since h-into (session 34: an inquiry into deeds in a country targets it, ``code_sides._inquired_ground``; talks on
joining a body are with it, ``participants._gerund_parties``) sense-62 and sense-68 pass too, and 6 fail.
"""

from __future__ import annotations

import pytest
from tests.probes import act_failures, check_side_probe

PROBE = "probe_sense34.jsonl"
FIXED = ("sense-01", "sense-02", "sense-03", "sense-04", "sense-05", "sense-06", "sense-07", "sense-13", "sense-14",
         "sense-15", "sense-17", "sense-18", "sense-62", "sense-68", "sense-73")
MAX_FAILED = 6


@pytest.fixture(scope="module")
def failures(coder):
    return act_failures(coder, PROBE)


def test_probe_sense34_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE, aside_share=False)


@pytest.mark.parametrize("item", FIXED)
def test_probe_sense34_fixed_items(failures, item):
    assert item not in failures, failures.get(item)


def test_probe_sense34_failures_counted(failures):
    assert len(failures) <= MAX_FAILED, sorted(failures.items())
