"""The modality probe (session 20, "modality and attribution"): modality and attribution of acts in the
constructions wires use.

``tests/data/probe_modality.jsonl`` holds 131 short synthetic articles (a dateline with its agency tag and one
or two sentences, written for this probe the way wires write; none is taken from an evaluation set), about
real actors of every continent. Each act was annotated by reading, before the coder was run: the trigger
phrase, the acceptable source and target keys, ``negated``, ``modality`` and ``attribution`` (``{"anonymous":
...}`` or null), following ``docs/eval.md`` and the conventions of ``eval/wire/README.md``. The constructions:
scheduled acts (due to, set to, expected to, will, and a reported "would" with a day, week or month to come:
future), plans and pledges (plans to, vowed, pledged, "said it would" with no date: intended), offers and
readiness (intended), conditionals and possibilities (hypothetical), questions, denials (the denied act
asserted and negated), the doer's own claim ("X said on Tuesday it had ...": asserted, no attribution) and a
deed told then sourced to the doer's side (asserted, attributed), "according to", one unnamed source,
diplomats and sources (anonymous) against named spokesmen and plural officials (on the record), the state
media of the doer's side, quotes, an accusation's content (reported) and purpose clauses ("urged the AU to
condemn the killing": the killing asserted).

An act is matched by the output events of its article whose trigger (or a restating mention's) overlaps the
act's trigger phrase in its sentence; a field is wrong when a matched event disagrees with the act. About a
third of the items are marked ``"aside": true``: written and annotated with the rest, their output was not
looked at while fixing, and they are counted separately. The test fails when a field has more wrong acts than
the counts below, which are what was left after session 20's fixes (run it with ``-s`` to see the acts).
Left on the probe items: two where the coder reads the sides otherwise and the speaker then speaks for the side
acted on ("moved troops closer to the Ukrainian border, a Ukrainian spokesman said": Ukraine taken for the target;
"fired flares near an Australian aircraft": "flares" taken for the target, so Australia's officials are not its
side), "Denmark will expel the Russian ambassador, the foreign minister said" also coded as a threat (asserted; the
wire gold codes "has said it will block ..." so, the probe reads a plan to come), and "Switzerland said it stood
ready to mediate between Armenia and Azerbaijan" with the two parties as the doers of the mediation (so Switzerland
is another speaker). "A senior State Department official said Rubio would travel to Panama on Tuesday" kept its
anonymous source in the probe until session 47, which re-annotated it with no attribution: on the dev gold of 511
articles a word act or plan relayed by an unnamed official of the doer's own state, placed by its own words, has
none far more often than one (eval/wire/README.md: a stated plan relayed by the doer's side has none; the coder
follows, ``VouchRules.official_of_a_word_act``).
"""

from __future__ import annotations

import pytest
from tests.probes import check_status_items, read_items, wrong_status_fields

PROBE = "probe_modality.jsonl"
FIELDS = ("modality", "attribution")
# before session 20's fixes: modality 13, attribution 4 on the probe items; 2 and 1 on the aside items
MAX_WRONG = {"modality": 3, "attribution": 1}
MAX_WRONG_ASIDE = {"modality": 2, "attribution": 0}


def test_probe_modality_is_well_formed_and_synthetic():
    check_status_items(read_items(PROBE))


@pytest.fixture(scope="module")
def wrong(coder):
    return wrong_status_fields(coder, read_items(PROBE), FIELDS)


def test_probe_modality_wrong_fields(wrong):
    for field in FIELDS:
        print(field, len(wrong[False][field]))
        for row in wrong[False][field]:
            print("  ", row)
    assert {f: len(wrong[False][f]) for f in FIELDS if len(wrong[False][f]) > MAX_WRONG[f]} == {}


def test_probe_modality_wrong_fields_aside(wrong):
    # counts only: the aside items' output is not read while fixing
    counts = {f: len(wrong[True][f]) for f in FIELDS}
    print("aside", counts)
    assert {f: n for f, n in counts.items() if n > MAX_WRONG_ASIDE[f]} == {}
