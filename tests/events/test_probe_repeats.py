"""The repeats probe (session 19): one event per act within an article, and look-alike acts kept apart.

``tests/data/probe_repeats.jsonl`` holds 59 short synthetic articles (a dateline, an agency tag and three or
four paragraphs, written for this probe the way wires write; none is taken from an evaluation set). In 39 of
them an act is stated and restated lower down: an anaphoric noun ("the strike", "Tuesday's attack", "the
decision"), someone's account of it with a finer or another code of the same act ("bombed the camps ...,
the spokesman told reporters"), a quote, a light verb and its event noun, a restatement that leaves the
target out or names a finer place. In the 20 marked ``lookalike`` two acts look alike and must stay apart:
the same act on another day, by another doer, to another target, an act and the reply to it, a threat and
the attack (one more, rep-34, first annotated as a restatement, is a further warning: "warned Ethiopia
again"). ``aside`` marks 18 items that were written and annotated like the rest but whose output was not
looked at while fixing (their counts are reported separately).

Each act was annotated by reading, before the coder was run: the phrases that mention it, each a ``cue``
word of the trigger and a fragment of the text the trigger lies in. An output event covers an act when one
of its mentions (``Event.mentions``) has a trigger containing a cue and overlapping its fragment. An act
covered by n > 1 events has n - 1 repeats; an event covering two acts is an over-merge (a distinct act
swallowed). Acts the coder does not code at all are recall, not counted here.

When the probe was written the coder made 13 repeats and no over-merge on the 41 items not set aside (7
repeats, no over-merge on the 18 aside); after this session's fixes (events/acts.py) 6 and none (aside: 6 and
none): 12 repeats and no over-merge in all were the most these tests allowed; session 21 (a lead's event noun
is no longer given the modality of the verb that answers it: "will not retaliate against new U.S. tariffs") made
it 5 (aside 6): 11. Run with ``-s`` to see which acts (of the items not set aside). Left: two codes of one act
by the lexicon ("fired a missile" 150 / "launched the missile" 190), "the two countries" resolved to another
pair, a further act's trigger that takes in the noun of the act it answers ("repelled the assault"), verbal acts
restated about other words ("welcomed the decision" / "welcomed the extension"; "pledged $200 million to
Ukraine" / "pledged the money").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.probes import read_items, repeats_and_merges

PROBE = Path(__file__).resolve().parents[1] / "data" / "probe_repeats.jsonl"
MAX_REPEATS = 11
MAX_OVER_MERGES = 0


def _items() -> list[dict]:
    return read_items(PROBE.name)


def test_probe_repeats_is_well_formed_and_synthetic():
    items = _items()
    assert len(items) == len({i["id"] for i in items})
    for item in items:
        assert item["synthetic"] is True and item["acts"] and isinstance(item["aside"], bool)
        for act in item["acts"]:
            for cue, fragment in act["mentions"]:
                assert fragment in item["text"] and cue.lower() in fragment.lower(), (item["id"], cue)


@pytest.fixture(scope="module")
def counted(coder):
    """(repeats, over-merges) of the items not set aside and of those set aside: lists of (id, act label)."""
    return repeats_and_merges(coder, _items())


def test_probe_repeats_extra_events_per_act(counted):
    repeats, aside = counted[False][0], len(counted[True][0])  # the aside items by their count only
    print("repeats:", len(repeats), repeats, "aside:", aside)
    assert len(repeats) + aside <= MAX_REPEATS, repeats


def test_probe_repeats_distinct_acts_not_merged(counted):
    merges, aside = counted[False][1], len(counted[True][1])
    print("over-merges:", len(merges), merges, "aside:", aside)
    assert len(merges) + aside <= MAX_OVER_MERGES, merges
