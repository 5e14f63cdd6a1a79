"""The doers probe (session 19, "false dyads" on text nobody tuned to): who did it, the sources of acts.

``tests/data/probe_doers.jsonl`` holds 179 short synthetic articles (a dateline, an agency tag and one to
three sentences, written for this probe the way wires write; none is taken from an evaluation set), each
with one act whose doer is given by a construction that real wire copy uses: a demonym or country noun
modifying the event noun ("killed in a Russian missile strike", "Israeli shelling"); the agent of a
passive ("was seized by the Sri Lankan navy"); relative pronouns binding to the noun they modify
("officials in Venezuela, which retaliated ..."); he/she following the last salient person of the
matching gender and speaker continuity across quotes; "it" after a quote standing for the last speaking
organisation; expletive "it" ("it was agreed that ...") standing for nobody; institutional nominals ("the
ministry", "the Government", "the presidency", "his office", "the Kremlin", "the White House") resolved
through earlier mentions and the dateline; sets ("the two sides", "both countries", "all three
countries") standing for the actors named before; datelines, agency tags and outlets ("state media
said", "the Times of India reported"), which are never doers; common nouns ("gunmen", "pirates",
"militants") that get no country unless the text gives one; coordinated doers; the doer of a participle
clause ("..., accusing Tokyo of ..."); and "X and Y" where only one of them acts.
Each act was annotated by reading, before the coder was run, with the schema of ``probe_sides.jsonl``:
the trigger word, the acceptable source and target keys (``~XXX`` is any actor of country XXX) and whether
the act is symmetric. An empty source list means nobody named is the doer. A third of the items carry
``"aside": true``: they were not looked at while fixing, and their counts are reported apart.

Counted per act, over the output events of the probe sentence whose trigger contains the act's trigger
word: a WRONG source when a resolved source matches no source key (for a symmetric act: no key of either
side; for an empty list: any resolved source); a MISSING source when the act has source keys, events were
found, and none of them has a resolved source. Acts with no such event at all (the act was not coded or
its trigger differs) are printed but not counted: they are the lexicon's business, not the doers'.
When the probe was written (session 19) the coder had 8 wrong and 1 missing source on its 179 acts (aside
items: 2 wrong, 0 missing), and 21 acts with no event of their trigger (aside: 9). The fixes of that
session brought them to 2 wrong and 0 missing (aside: 1 and 0), the most these tests allow: sets that took
the place of a meeting for a side, "who" bound to a place, word acts joined to a reported clause, gunmen
and gangs given the article's country, ships a demonym names, a name on its own nominal ("the SBU
security service"), bare surnames the NER misreads, "it" in a second reported clause, hardware an
indefinite speaker reports. Left: militants (REB) given the article's country (leaving them without one
cost the development set strict matches) and one aside act. The test fails when a change makes more: a
construction this probe covers has come back (run it with ``-s`` to see which acts).
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, coded_acts, read_items

PROBE = "probe_doers.jsonl"
MAX_WRONG_SOURCES = 2
MAX_MISSING_SOURCES = 0


def test_probe_doers_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def outcomes(coder):
    """Per act: (id, construction, trigger, aside, outcome), outcome one of ok, wrong, missing, no event."""
    rows = []
    for item, act, events, fits in coded_acts(coder, PROBE):
        source = act["source"] + act["target"] if act["symmetric"] else act["source"]
        resolved = [p for e in events for p in e.source if p.actor is not None]
        if not events:
            outcome = "no event"
        elif any(not fits(p, source) for p in resolved):
            outcome = "wrong"
        elif source and not resolved:
            outcome = "missing"
        else:
            outcome = "ok"
        rows.append((item["id"], item["construction"], act["trigger"], bool(item.get("aside")), outcome))
    for kind in ("wrong", "missing", "no event"):
        print(kind, "sources:", [r[:3] for r in rows if r[4] == kind])
    return rows


def _count(rows, outcome: str) -> int:
    return sum(r[4] == outcome for r in rows)


def test_probe_doers_wrong_sources(outcomes):
    assert _count(outcomes, "wrong") <= MAX_WRONG_SOURCES, [r[:3] for r in outcomes if r[4] == "wrong"]


def test_probe_doers_missing_sources(outcomes):
    assert _count(outcomes, "missing") <= MAX_MISSING_SOURCES, [r[:3] for r in outcomes if r[4] == "missing"]
