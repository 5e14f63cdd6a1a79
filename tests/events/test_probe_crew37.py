"""The crews and people probe (issue 11, "whose they are"; session 37, h-crew37).

``tests/data/probe_crew37.jsonl`` holds 20 short synthetic wire articles (a dateline, an agency tag and one
sentence, written for this probe the way wires write; none is taken from an evaluation set) where a state detains,
arrests or seizes people or boats whose country an apposition after them gives: a share ("its 17 crew members, all
Chinese nationals", ``share-all``; "40 people, most of them Afghan migrants", ``share-of-them``), a number ("six
people, four of them Russian citizens", ``number-of-them``), the same after dashes (``dash``), after an adverbial
the parser hangs the share on ("21 foreign fishing boats ... so far this year, most of them Chinese and
Vietnamese", ``detached``), or after an owner that is the doer itself ("detained its 17 crew members, all ...",
``own-owner``); and the plain demonym ("20 Iraqi nationals", ``plain``) for comparison.

Each act was annotated by reading, before the coder was run, in the schema of ``probe_set35.jsonl`` (keys
``~XXX``: any actor of that country). Seven items carry ``"aside": true``: they were not looked at while fixing, and
their counts are reported apart. Counted per act by ``tests.probes.target_counts``.

When written (main 75b76192): working items 7 missing targets (crew37-01, -04, -06, -07, -08, -09, -20: every
construction but the plain demonym and a number before "of them" hung on the object), 1 wrong source (crew37-11,
"Police" after a Podgorica dateline, no concern of this probe); aside 3 missing, 1 with no event (crew37-16, "has
sunk"). After reading the apposition's countries where the ground of an act of force is read
(``Ground.apposed_countries``, words.tsv ``apposed_share``; ``CodeSideRules.hit`` no longer keeps the doer's own
"its" as the known target then): working 1 missing (crew37-08, "11 foreign trawlers this month, most of them
Vietnamese"), the same wrong source; aside none missing, the same act with no event (MAX, working and aside
together).
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_crew37.jsonl"
MAX = {"wrong": 0, "missing": 1, "wrong source": 1, "wrong type": 0, "no event": 1}


def test_probe_crew37_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_crew37_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
