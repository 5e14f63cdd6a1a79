"""The charge-ground probe (issue 11, session 40, h-charge40): whether what an arrest, a charge or a sentence is for
is coded as an act of its own.

``tests/data/probe_charge40.jsonl`` holds 21 short synthetic articles (a dateline, an agency tag and one to three
sentences, written for this probe the way wires write; none is taken from an evaluation set), each built on one
construction: "arrested X on suspicion of ...", "were charged with ...", "sentenced X to nine years for ...", "jailed X
for ...", "detained X for ...", "convicted X of ...", "for allegedly ...", "on charges of ...", and guards that must
keep their act: a relative clause inside the ground ("guiding Russian drones that struck a power plant"), what units
are sanctioned for ("sanctioned two Russian army units for shelling civilians") and an accusation's content ("accused
Somalia's army of shelling a police post"). Three more (ch40-19 to ch40-21, one aside) are on the doer of an
accusation's content after a penalty or a seizure ("imposed sanctions on nine Russian officers, accusing them of helping
to abduct Ukrainian children": the officers, never the accuser).

Each act was annotated by reading, before the coder was run, in the schema of ``probe_for34.jsonl`` (trigger; source
and target keys, ``~XXX`` any actor of country XXX; an empty list: no actor); an item's ``absent`` list names the
grounds that must give no event (the dev gold leaves 59 of 60 grounds of a legal act uncoded). Seven items carry
``"aside": true``: they were not looked at while writing the rule, and their counts are reported apart.

On main 79f4115a: 4 grounds coded as events on the working items (stabbing, setting fire, attacking twice) and 4 on
the aside ones (ramming, abducting, shooting, attacking); 2 wrong targets (the three or two men arrested, of no
country: ch40-08, ch40-12) and 1 act with no event ("saboteurs who blew up a railway line": the lexicon's), aside
none. After ``nonevents.charged_act``: no ground coded, working or aside; the rest unchanged.

Items ch40-19 to ch40-21 on main 79f4115a: 1 wrong source ("accusing them of helping to abduct": Australia, the
accuser, as the abductor; "them" had no antecedent) and 2 missing targets (that accusation's, and ch40-20's ramming);
aside 1 missing target (ch40-21's accusation) and 1 act with no event (its beating). After the object of a penalty's
noun is taken as the antecedent of "them" (``pronouns._joined_object``) and an accused pronoun with none stays the
doer as words (``DoerRules._subjects``): the wrong source and the two accusations' missing targets are gone; ch40-20's
ramming (the boats' crews, no country found for "them") and ch40-21's beating remain: the limits below.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, events_on, read_items, target_counts

PROBE = "probe_charge40.jsonl"
MAX = {"wrong": 2, "missing": 1, "wrong source": 0, "wrong type": 0, "no event": 2}


def test_probe_charge40_is_well_formed_and_synthetic(coder):
    for item in check_side_probe(coder, PROBE):
        assert all(t.lower() in item["sentence"].lower() for t in item.get("absent", ())), item["id"]


def test_probe_charge40_sides(coder):
    check_limits(target_counts(coder, PROBE), MAX)


def test_probe_charge40_grounds_are_no_events(coder):
    from detente.model import Article

    coded = []
    for item in read_items(PROBE):
        result = coder.code(Article(text=item["text"], date=item["date"]))
        coded += [(item["id"], t) for t in item.get("absent", ()) if events_on(result, item, {"trigger": t})]
    assert coded == []
