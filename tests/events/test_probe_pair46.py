"""The pair probe of session 46 (issue 11, h-pair46): set nominals of a pair ("the two countries", "both governments",
"both sides") that the coder resolved to the wrong pair.

``tests/data/probe_pair46.jsonl`` holds 18 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe the way wires write, about real states with invented facts; none is taken or
paraphrased from an evaluation set), each built on one construction: the lead's doer and the state it acts on, with a
background sentence naming another pair ("X demanded that Y free ... Y and Z signed a pact in 2023 ... officials of the
two countries will meet": X and Y); two states the lead's main verb addresses together ("the bloc called on X and Y
to ...") with a third state named only by a person's nationality ("a former Ghanaian minister"); a mediator between a
pair in the set's own sentence after a state that sanctioned firms of two other states ("sanctioned firms in A and
B ... Qatar, which has mediated between X and Y, urged both sides"); and, to leave alone, a pair named in the sentence
before ("X and Y signed a deal ... The two countries will ...": X and Y). The format is that of
``probe_aid45.jsonl``; the probe is read by its sides (``target_counts``).

Every act was annotated by reading, before the coder was run on the items. Six items (``"aside": true``) were kept
out of sight while writing the rules; only their counts were looked at.

Counts before the session's rule (main 3b789acf), by ``target_counts``: working 1 wrong target, 1 wrong source, 1
missing, 3 with no event; aside 2 wrong targets, 1 wrong source, 1 missing, 1 with no event. After it (the limits
below): working 0, 1, 0, 3; aside 0, 0, 1, 1. Left in the working items: three acts the coder gives no event for
("called on", "in contact", "aim"), and one wrong source: "The two countries will also restore direct flights, an
Ethiopian official said" after "Ethiopia and Eritrea agreed ...", where the reporting official's state is taken for
a subject of the set's own clause and left out of the pair (the rule that keeps "the US said both sides must ..."
from making the US a side); the pair then falls to the parties named most.
"""

from __future__ import annotations

import pytest
from tests.probes import check_type_items, read_items, target_counts

PROBE = "probe_pair46.jsonl"
MAX_WRONG_TARGETS = {False: 0, True: 0}  # working, aside
MAX_WRONG_SOURCES = {False: 1, True: 0}
MAX_MISSING = {False: 0, True: 1}
MAX_NO_EVENT = {False: 3, True: 1}


def test_probe_pair46_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_type_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def sides(coder):
    return target_counts(coder, PROBE)


def test_probe_pair46_sides(sides):
    for aside in (False, True):
        assert len(sides[aside]["wrong"]) <= MAX_WRONG_TARGETS[aside], sides[aside]["wrong"]
        assert len(sides[aside]["wrong source"]) <= MAX_WRONG_SOURCES[aside], sides[aside]["wrong source"]
        assert len(sides[aside]["missing"]) <= MAX_MISSING[aside], sides[aside]["missing"]
        assert len(sides[aside]["no event"]) <= MAX_NO_EVENT[aside], sides[aside]["no event"]
