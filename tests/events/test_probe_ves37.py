"""The vessels, crews, patrols and aircraft probe (issue 11, "whose they are"; session 37, h-ves37).

``tests/data/probe_ves37.jsonl`` holds 32 short synthetic wire articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set) whose sides are
things and units the text gives an owner indirectly: a patrol as the subject of a verb that is not its act ("A
Kuwaiti patrol opened fire on ...", ``patrol-subject``), the agent after "by" (``patrol-agent``) or the object of a
verb of force (``patrol-object``), next to patrols that are the act ("carried out their first joint naval patrol",
``patrol-act``); a definite vessel noun pointing back to a vessel named before by another noun ("A Chinese survey
ship ... demanded that the vessel leave", ``vessel-back``); a flag state ("a Chinese-flagged trawler", ``flagged``);
a named vessel with a navy's prefix ("the BRP Cabra", "the USS Ralph Johnson", ``named-prefix``) or after a vessel
noun ("the Indian trawler Sri Murugan", ``named-noun``); crews and fishermen whose nationality an apposition gives
("30 crew members, all Chinese nationals", ``crew-apposition``); and craft of a service ("A Royal Australian Air
Force surveillance aircraft", "A coast guard patrol vessel" after the Japan Coast Guard, ``service``).

Each act was annotated by reading, before the coder was run, in the schema of ``probe_set35.jsonl`` (keys
``~XXX``: any actor of that country). Ten items carry ``"aside": true``: they were not looked at while fixing, and
their counts are reported apart. Counted per act by ``tests.probes.target_counts``; besides, an event whose
trigger is a patrol of a ``patrol-subject``, ``patrol-agent`` or ``patrol-object`` item is a unit coded as an act
(``UNIT``).

When written (main ee16bc8b), working items: 6 missing targets (the four ``vessel-back`` items, "30 crew members,
all Chinese nationals" and "12 foreign fishing boats ..., most of them Vietnamese"), 1 wrong source (ves37-21: "The
USS Ralph Johnson" read as a person), 2 acts with no event (ves37-22 "chased", ves37-28 "tracked"), 4 patrols coded
as acts of patrolling; aside: 2 missing, 1 wrong source, 2 with no event, 3 patrols. After the patrol rule
(``nonevents.unit``; words.tsv ``unit_noun``, ``act_subject_verb``) and "the vessel" pointing back to a ship named
by another noun (``NominalRules.ship_named_before``; ``generic_vessel_noun``): working 4 missing (ves37-14 and -16,
"the boat", which is no sector noun the resolver reads as a nominal, and the two appositions), the same wrong source
and acts with no event, no patrol coded as an act; aside as before but for the patrols (MAX, working and aside
together).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, read_items, target_counts

PROBE = "probe_ves37.jsonl"
MAX = {"wrong": 0, "missing": 6, "wrong source": 2, "wrong type": 0, "no event": 4}
UNIT = 0  # patrols of the unit items coded as acts of patrolling


def test_probe_ves37_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_ves37_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)


def test_probe_ves37_patrols_that_are_units_are_no_acts(coder):
    from detente.model import Article

    units = [item for item in read_items(PROBE) if item["construction"] in
             ("patrol-subject", "patrol-agent", "patrol-object")]
    coded = [(item["id"], e.trigger.text) for item in units
             for e in coder.code(Article(text=item["text"], date=item["date"])).events
             if e.trigger.text.lower() in ("patrol", "patrols")]
    assert len(coded) <= UNIT, coded
