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

Counts when written (session 36, main 2c03d778), working items (26): 6 wrong (the private people: "a French teacher,
Claire Dubois" then "Dubois", "X, an American citizen", "a Lithuanian truck driver" then "Tomas Jankauskas, 44",
"X, a French researcher" then "him", "X, a Somali national", "X, a Kyrgyz herder": a person with no country), 11 wrong
source (a spokesperson "for" a body taken for the state named before or the dateline's; "Leaders of the Pacific
Islands Forum meeting in Suva" Fiji's; "The secretary-general of the Arab League" nobody; "The Guards", "The
Corps", "The Council", "The Union", "The Front's fighters" nobody), 1 missing ("The Guards' navy said it had
detained ..."); aside (12): 4 wrong, 5 wrong source. After h-member36: none on either (the limits below leave one of
each for a refit of the fitted models).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_member36.jsonl"
MAX = {"no event": 1, "wrong source": 1, "wrong": 1, "missing": 1, "wrong type": 0}


def test_probe_member36_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_member36_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)  # a missing source counts as wrong here
