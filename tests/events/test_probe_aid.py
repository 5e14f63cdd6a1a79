"""The aid probe (issue 11, material cooperation missed on real news sentences): real news sentences labelled
material cooperation with no event (the quad TSV and ``bio.py`` category ``no_event`` on the dev sentences) show
ways of giving aid that the lexicon did not know. ``tests/data/probe_aid.jsonl`` holds 21 short synthetic wire
articles (a dateline, an agency tag and one sentence, written for this probe; none is taken from a development or
evaluation set) in seven classes: money given with the currency as object ("gave 40 million dollars to help ...",
class ``money``); aid announced as an amount "in" aid ("announced $25 million in humanitarian assistance",
``announce_in``); aid flown to a place ("flew 50 tonnes of medicine into Libya", ``fly``); troops taking part in
peacekeeping ("take part in peacekeeping operations in Lebanon", ``peacekeeping``); troops leaving a country
(a withdrawal, ``leave``); funds made available to someone (``available``); and phrases that must stay as they are:
a delegation leaving a city, tourists leaving a country, an office making its figures available (no event), a
minister flying to a capital (a visit). The format is that of ``probe_noevent.jsonl``; an act is found when an
event mentioned at its trigger has one of its PLOVER types and a doer among its ``source`` keys. About a third of
the items (``"aside": true``) were written and annotated with the rest but kept out of sight while the coder was
fixed.

Every annotation was made by reading, before the coder was run. When the probe was written (session 22) the coder
had (spurious, missed) 0 and 10 on the working items, 0 and 6 on the aside ones; the session's fixes (money and
"in aid" objects, "fly +aid to|into", peacekeeping participation, forces leaving, an ``xcomp``'s subject for
``^subject``) brought them to the limits below. Left: funds "made available" to someone (``make ~available`` would
also code an office making its figures available). A test fails when a change makes more failures than the
limits below (run it with ``-s`` to see which).
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

# (spurious, missed) allowed, on the working items and on the aside items
MAX_WORKING = (0, 1)
MAX_ASIDE = (0, 1)


def test_probe_aid_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items("probe_aid.jsonl"), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    return type_failures(coder, "probe_aid.jsonl", live=True, doer=True)


def test_probe_aid_working_items(failures):
    check_counts(failures[False][:2], MAX_WORKING)


def test_probe_aid_aside_items(failures):
    check_counts(failures[True][:2], MAX_ASIDE)
