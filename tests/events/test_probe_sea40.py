"""The acts-at-sea probe (issue 11, session 40, h-sea40): what the verbs of enforcement at sea mean.

``tests/data/probe_sea40.jsonl`` holds 18 short synthetic wire items (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on one
construction: a boat or people intercepted by a state's coast guard or navy (the seizure told as a chase: COERCE),
aircraft intercepted in the air (a show of force: MOBILIZE), a vessel escorted to a port or town, into port or out
of waters (taken in or driven out: COERCE), a protective escort through a strait (AID) and a rescue ("escorted ...
to safety": no act), warning shots and shots across a bow (COERCE, ASSAULT accepted), officers boarding another's
boat (COERCE) and a minister boarding a plane (no act). The format is that of ``probe_lex28.jsonl``.

Every act was annotated by reading, before the coder was run. Six items (``"aside": true``) were not looked at while
writing the lines; only their counts were (the test prints the aside failures too: the one left, "strayed", was
read after the lines were written, and the stray line tried then on dev was dropped).

Counts (spurious, missed, wrong quad), as ``tests.probes.type_failures`` counts them. Before the lines (main
c612068c): working items 1, 5, 2 (the rescue escort coded 074; two boats and people intercepted coded 150, two
vessels escorted to a town or out of waters coded 074, a boat boarded with no event); aside items 0, 6, 2. After the
lines of verbs.tsv for these verbs (``intercept`` 171 with object lines 1711, 173 and 150 for aircraft, ``board
+boat|vessel|...`` 171, ``escort to|toward|into|out`` 170, ``- escort to +safety``, ``fire +warningshot`` and ``fire
+shot across`` 170) and ``escort`` as a ``state_act_verb`` (words.tsv): working 0, 0, 0; aside 0, 1, 0 (a plane that
"strayed into" airspace has no line: a line for it was tried on dev and left out, see h-sea40's report). The limits
below.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_sea40.jsonl"
MAX_WORKING = (0, 0, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 1, 0)


def test_probe_sea40_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, PROBE)


def test_probe_sea40_working_items(failures):
    check_counts(failures[False], MAX_WORKING)


def test_probe_sea40_aside_items(failures):
    check_counts(failures[True], MAX_ASIDE)
