"""The non-event probe of session 50 (issue 11, h-spur50): words that code an act where the story tells none.

``tests/data/probe_spur50.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), in the format of ``probe_ctx46.jsonl`` (each act's trigger, PLOVER type,
accepted types, quad classes and sides; each non-event phrase). Each tells an act between two states and one of
four phrases that name no act of the story: the "for" of a thanks or a praise naming the thanked one's conduct with
a possessive ("thanked Chile for its swift cooperation": ``nonevents.thanked_for``, ``gratitude_verb`` of
words.tsv), the reporter's formula "analysts (sources, experts) consulted by <agency>" (``-  consult +analyst|...``
in verbs.tsv), "firing warning shots" with "warning" parsed as a verb of "shots" (``-  warn +shot|...``), and a
byline ("an AP writer ... contributed to this report": ``-  contribute ^writer|...``). One control is a thanks for
an act the story tells ("thanked Kazakhstan for the aid it had sent"), which stays.

Every act and non-event was annotated by reading, before the coder was run on the items. Four items
(``"aside": true``) were kept out of sight while writing the rules; only their counts were looked at.

Counts by ``type_failures(doer=True)`` (spurious, missed, wrong quad) before the rules (h-spur50 at cec6d3c9):
working 6, 1, 0 (the cooperation, the commitment, both consultations, the warning and the byline coded; the firing
coded 190, not the 170 of warning shots), aside 2, 0, 0. After them (the limits below): working 0, 1, 0 (the firing
stays 190: the matcher skips a ``~`` complement that a "-" line takes, so ``fire ~warn`` cannot stand beside
``-  warn +shot``, and the matcher is not this helper's to change), aside 0, 0, 0. The byline with a named writer
("Associated Press writer Jane Doe ... contributed to this report") needed ``-  contribute to +report|...`` as well,
added after the first run of the working items. A failed first run of the aside test printed the aside failures in
pytest's traceback (two of them, the warning and the byline); the rules were not changed after it, and the fixture now
hands that test the counts only.
"""

from __future__ import annotations

import pytest
from tests.probes import check_counts, check_type_items, read_items, type_failures

PROBE = "probe_spur50.jsonl"
MAX_WORKING = (0, 1, 0)  # (spurious, missed, wrong quad)
MAX_ASIDE = (0, 0, 0)


def test_probe_spur50_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def failures(coder):
    """The working items' failures, and the aside items' counts only (they are not looked at)."""
    found = type_failures(coder, PROBE, doer=True)
    return found[False], tuple(len(f) for f in found[True])


def test_probe_spur50_working_items(failures):
    check_counts(failures[0], MAX_WORKING)


def test_probe_spur50_aside_items(failures):
    counts = failures[1]
    print("aside (spurious, missed, wrong quad):", counts)
    assert all(n <= limit for n, limit in zip(counts, MAX_ASIDE)), counts
