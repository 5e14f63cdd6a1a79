"""The sets probe (session 20, h-sets): plural and collective nominals as sides, and set nouns with no antecedent.

``tests/data/probe_sets.jsonl`` holds 124 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set), each with an
act one of whose sides is a set or a nominal that points back: a collective whose members its name fixes
("the Baltic states", "the Nordic countries", "the five Central Asian republics", "the Gulf Arab states",
"the three Sahel juntas"); an open collective standing for members named before ("Western countries",
"the Europeans", "European partners"); a set by number ("both governments", "the two countries'
negotiators", "all three countries", "the two leaders", "its two allies"); the parties of a conflict
named before ("the warring parties", "all sides", "both parties"); an organisation's nominal ("the
allies" after NATO, "the bloc", "the grouping", "the three European powers" after the E3, "the producer
group"); a group's or a military government's nominal ("the group", "the movement", "the militia", "the
junta", "the paramilitary group"); a singular country nominal set apart by its kind or region ("the
kingdom", "the island nation", "the Central Asian republic", "the Gulf state", "the Andean nation"); and,
for a quarter of the items, a set noun with no antecedent in the article ("certain countries", "some
countries", "foreign powers", "donors", "Western governments", "its neighbours", "allies"), which must
stay unresolved, never become the nearest named state.

Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl``
(trigger word; acceptable source and target keys, ``~XXX`` any actor of country XXX; symmetric: both
sides pool; an empty list: nobody named), plus ``sets``: the sides whose keys are the members of one set,
every one of which must be found (elsewhere a list of keys gives alternatives). A third of the items carry
``"aside": true``: they were not looked at while fixing, and their counts are reported apart.

Counted per act, over the output events of the probe sentence whose trigger contains the act's trigger
word: a WRONG side when a resolved participant matches no key of its side (for a symmetric act: of either
side); a MISSING side when the side has keys, events were found and none has a resolved participant on that
side, or, for a set side, when some member is matched by no resolved participant. Acts with no such event
are printed but not counted (the lexicon's business). When the probe was written (session 20) the coder had
14 acts with a wrong side and 29 with a missing side or member on its 126 acts (aside items: 7 and 8), and 13
acts with no event of their trigger (aside: 4). The fixes of that session (closed collectives and plural
names of their own, regional collectives, "the warring parties" and "all sides", "the allies" after an
alliance, country nominals of a kind and region, the subject's conjuncts and an object pronoun kept out of a
set, a collective's sector noun given no article country) brought them to 8 wrong and 8 missing (aside: 5
and 3), the most these tests allow. Left: a parse that reads "states" as a verb, "the alliance" after "NATO
allies" (making "NATO allies" the alliance cost development false dyads), "the island" (a literal island as
often), companies and donors given a country by the article or the attacher, and aside items. The test fails
when a change makes more: a construction this probe covers has come back (run it with ``-s`` to see which
acts). Session 26: set-069 ("the militia had killed 12 civilians": no country given them) re-annotated to no
target under the team's one convention for anonymous people (eval/wire/README.md, "Sides"); missing 8 -> 7.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, coded_acts, read_items

PROBE = "probe_sets.jsonl"
MAX_WRONG = 8
MAX_MISSING = 7


def test_probe_sets_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    items = read_items(PROBE)
    check_side_items(items, KeyMatcher(coder.kb))
    for item in items:
        for act in item["acts"]:
            assert set(act.get("sets", ())) <= {"source", "target"}, item["id"]


@pytest.fixture(scope="module")
def outcomes(coder):
    """Per act: (id, construction, trigger, aside, outcomes), outcomes a set of wrong, missing, no event."""
    rows = []
    for item, act, events, fits in coded_acts(coder, PROBE):
        found: set[str] = set()
        if not events:
            found.add("no event")
        sides = {"source": [p for e in events for p in e.source if p.actor is not None],
                 "target": [p for e in events for p in e.target if p.actor is not None]}
        if act["symmetric"]:
            pooled = sides["source"] + sides["target"]
            sides = {"source": pooled, "target": pooled}
        for side, resolved in sides.items():
            wanted = act["source"] + act["target"] if act["symmetric"] else act[side]
            if any(not fits(p, wanted) for p in resolved):
                found.add("wrong")
            if events and act[side] and not resolved:
                found.add("missing")
            if events and side in act.get("sets", ()) and any(
                    not any(fits(p, [k]) for p in resolved) for k in act[side]):
                found.add("missing")
        rows.append((item["id"], item["construction"], act["trigger"], bool(item.get("aside")), found))
    for kind in ("wrong", "missing", "no event"):  # the aside items only as counts: they are not looked at
        print(kind, ":", [r[:3] for r in rows if kind in r[4] and not r[3]])
        print(kind, "aside:", sum(kind in r[4] for r in rows if r[3]), "of", sum(kind in r[4] for r in rows))
    return rows


def _failing(rows, outcome: str) -> list[tuple]:
    return [r[:3] for r in rows if outcome in r[4]]


def test_probe_sets_wrong_sides(outcomes):
    assert len(_failing(outcomes, "wrong")) <= MAX_WRONG, _failing(outcomes, "wrong")


def test_probe_sets_missing_sides(outcomes):
    assert len(_failing(outcomes, "missing")) <= MAX_MISSING, _failing(outcomes, "missing")
