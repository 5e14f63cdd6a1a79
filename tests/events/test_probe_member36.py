"""The probe of actors named through their people, parts and short forms (issue 11; session 36, h-member36).

``tests/data/probe_member36.jsonl`` holds 37 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), each with an actor
named by a person, a part or a short form of it: "<people noun> of/for <organisation>" ("a spokeswoman for the
European Union's foreign service", "Leaders of the Pacific Islands Forum meeting in Suva", "fighters of the
al-Shabaab group"), a short form of an organisation named before ("the Guards", "the Guards' navy", "the Front",
"the Corps", "the Council", "the Union"), and a private person whose country the text gives by description ("a
Latvian businessman, Andris Kalnins" then "Kalnins"; "Hernan Paredes, a Colombian citizen"; "a Lithuanian truck
driver" then "Tomas Jankauskas, 44"), who as the target of an arrest or a sentence is that country (the gold
convention: eval/wire/README.md "How they were annotated"). One guard: "the U.N. envoy for Yemen" is not Yemen's.

Each act was annotated by reading, before the coder was run (format and counts as ``test_probe_topic35``: a missing
source counts as wrong). A third of the items carry ``"aside": true``: they were not used while fixing, and their
counts are reported apart.

Counts when written (session 36, main 2c03d778): see the report in the commit message.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_member36.jsonl"
MAX = {"no event": 99, "wrong source": 99, "wrong": 99, "missing": 99, "wrong type": 0}


def test_probe_member36_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_member36_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)  # a missing source counts as wrong here
