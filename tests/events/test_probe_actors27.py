"""The actors probe of session 27 (issue 11, false dyads from names and datelines; h-actors27).

``tests/data/probe_actors27.jsonl`` holds 26 short synthetic wire items (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on a way a
name or a dateline gave an act's side to the wrong actor: a dateline that only says where an international body
sits ("VIENNA", "GENEVA", "THE HAGUE", "NEW YORK", "BRUSSELS", "ADDIS ABABA"; the city named again in the story, or
not) and "the government", "police", "soldiers" or "a court" of the state the story is about (with two controls
whose text names the dateline's country); a relative who shares a known person's surname ("Eduardo Bolsonaro",
"Yair Netanyahu", "His son Paolo Duterte" after "Rodrigo Duterte"); a known person named again by the first word of
his name ("Anwar", "Lai"); organisations named after their country ("the Nigeria Labour Congress", "the Kenya Human
Rights Commission"); the seat of a breakaway authority ("Hargeisa", "Sukhumi"); a titled minister the knowledge
base does not know, then "he".

Each act was annotated by reading, before the coder was run, with the schema of ``probe_force23.jsonl``; a side
key ``person:<slug>`` is a person the knowledge base does not know, matched by the id the resolver gives him. A
third of the items carry ``"aside": true``: they were not looked at while fixing, and their counts are reported
apart. Counted per act as in ``test_probe_force23`` (``tests.probes.target_counts``): a WRONG target, a WRONG
SOURCE (a resolved source not among the act's keys), a MISSING target, no event.

Items ac-01..20 were written first and run once; ac-21..26 (the host city named again in the story, a relative
after the known person, a first name again) were added then, annotated before they were run, because the first
twenty did not hold the constructions the dev articles failed on. On all 26, before this session's fixes: working
(17 items) wrong 2, wrong source 7, missing 2, no event 1; aside (9) wrong 1, wrong source 3, missing 3, no event 0.
After the fixes (``PersonRules._known_person``, ``_other_given_name``; ``DocResolver._dateline_only_seats_bodies``,
``_focus``, ``_named``; ``honorific`` and ``host_city`` in words.tsv): working wrong 1 (ac-21: priests the coder
gives the story's country, which the convention for anonymous people leaves to no one), wrong source 2 (the two
organisations named after their country), missing 2, no event 1; aside wrong 1, wrong source 1, missing 3, no
event 0. With the seats of breakaway authorities in the knowledge base ("Hargeisa" is Somaliland's, "Sukhumi"
Abkhazia's, "Tskhinvali" South Ossetia's, as "Tiraspol" is Transnistria's) and a word inside a person's name naming
all of it: working missing 1 (ac-06: "rejected the charges", no target), aside missing 2; the rest unchanged. With a
country's name that opens a longer organisation's name no sector word ends ("the Swaziland Solidarity Network") no
actor: aside wrong source 1 -> 0, missing 2 -> 1; working unchanged (ac-15 and ac-16 end in sector words, "Lawyers",
"Congress", and keep their country). Session 35 (h-set35: a rejection is not aimed at an act of the rejecter's own
party): aside wrong 1 -> 0, missing 1 -> 2 (ac-07: "The trade ministry rejected the ruling" no longer takes the
ministry's own ban as the act rejected; the panel's ruling is coded as no act) (MAX).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_actors27.jsonl"
UNKNOWN_PEOPLE = ("person:eduardo-bolsonaro", "person:eric-trump", "person:saddam-haftar", "person:yair-netanyahu",
                  "person:paolo-duterte")
MAX = {False: {"wrong": 1, "wrong source": 2, "missing": 1, "no event": 1, "wrong type": 0},
       True: {"wrong": 0, "wrong source": 0, "missing": 2, "no event": 0, "wrong type": 0}}


def test_probe_actors27_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb), allowed=UNKNOWN_PEOPLE)


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("aside", [False, True])
@pytest.mark.parametrize("kind", sorted(MAX[False]))
def test_probe_actors27_failures(counts, aside, kind):
    found = counts[aside][kind]
    assert len(found) <= MAX[aside][kind], (kind, len(found) if aside else found)
