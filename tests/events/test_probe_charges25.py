"""The legal-acts probe (issue 11, legal acts and the acts told inside them; session 25, h-charges25).

``tests/data/probe_charges25.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set) on three constructions
of the newest wire copy: the act a charge, conviction or sentence is for ("sentenced two Chinese nationals ... for
flying drones over a U.S. naval base", "charged two Belarusian citizens with setting fire to a Polish army warehouse
on the orders of Russian military intelligence": done by the people charged, or by whom the text says ordered it, to
what it was done to; never by the court or the prosecutors); a court's order about people named before ("The court
also ordered that the three be deported", "ordered the two held in custody": done to those people, not to a noun of
an earlier sentence); and the people charged as the ones a later or joined act is done to ("Police detained them",
"and they were charged").

Each act was annotated by reading, before the coder was run, in the schema of ``probe_force23.jsonl``. Six items
carry ``"aside": true``: they were not looked at while fixing, and their counts are reported apart. Counted per act
by ``tests.probes.target_counts`` with ``source_needed``.

When written (at 6f0aafa), working items: 1 wrong target, 5 wrong sources (four acts a charge or sentence is for
given to the court or the prosecutors; "and they were charged": the police), 3 missing targets and 2 acts with no
event ("jailed five Pakistani men for ten years for firing on ...": the parser hangs "for firing" on the term; "were
charged with attacking ..."); aside 2 wrong, 0 wrong sources, 0 missing, 0 wrong types, 1 no event. After this
session's fixes (``legal_verb`` in words.tsv, ``doers.legal_act`` and ``DoerRules._charged``,
``nonevents.charged_with``, ``proxy_noun`` "order" and ``mutual._ordered_by``): working 1 wrong, 1 wrong source, 2
missing, 0 wrong types, 1 no event; aside unchanged (2, 0, 0, 0, 1): the most these tests allow. The one working "no
event" is by design: "sentenced two Chinese nationals ... for flying drones over a U.S. naval base" was annotated as
the nationals' act, but the people a court sentences are no state's forces, and the dev gold codes no show of force
there (a sentence's drone flight is a not_event of article 170), so the fix drops it. Left: the court orders of
ch-11 and ch-16 have no target ("ordered them held", "ordered the six deported": the pronoun and the numeral "the
six" are not bound to the people named before, an antecedent question for actors/), and "they were charged" (ch-14)
is given to the police, not to the people they detained (actors/pronouns.py). A court order in a that-clause ("ordered
that the two be deported") coded as the court's deportation (174) was tried and dropped: with "the two" unbound it
lost the target the demand had and one core act found leniently on dev 158-177.
Session 36 (h-nonev36, words.tsv ``custody_verb``): a court's order that people be held is their detention (173), no
demand (100); ch-09 ("ordered the two held in custody pending trial") now has that type but, "the two" unbound, no
target (3 missing, the limit raised by one), while on dev two such orders (162, 88) became strict matches. Holding the
rule back while the ones held are unbound kept ch-09's target but lost those two on dev (2645 -> 2643 strict).
Session 36 (h-people36): "the two", "the six" take up the people last counted with that number
(``antecedents.recounted``) and "ordered them held" is done to the fishermen detained, not the court
(``pronouns._salient``): ch-09, ch-11 and ch-16 have their targets (missing 3 -> 0, the limit lowered).
Session 40 (h-charge40, ``nonevents.charged_act``): what a charge, conviction or sentence is for is its ground, no act
of its own (the dev gold leaves 59 of 60 such grounds uncoded). The nine acts annotated as such grounds (ch-01 to
ch-07, ch-15, ch-18; three aside) moved from ``acts`` to an ``absent`` list, which must give no event; ch-07, left with
no act, has its charge annotated (by the Czech authorities, to the Ukrainians). The limits are the counts after.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, events_on, read_items, target_counts

PROBE = "probe_charges25.jsonl"
MAX = {"wrong": 3, "missing": 0, "wrong source": 1, "wrong type": 0, "no event": 2}


def test_probe_charges25_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE, source_needed=True)  # a missing source counts as wrong here


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_charges25_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])


def test_probe_charges25_grounds_are_no_events(coder):
    from detente.model import Article

    coded = []
    for item in read_items(PROBE):
        result = coder.code(Article(text=item["text"], date=item["date"]))
        coded += [(item["id"], t) for t in item.get("absent", ()) if events_on(result, item, {"trigger": t})]
    assert coded == []
