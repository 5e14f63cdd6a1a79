"""The penalty-ground probe (issue 11, "what one is punished, fined, praised or thanked for"; session 34, h-for).

``tests/data/probe_for34.jsonl`` holds 32 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set) on the act a verb judges its object
for: a penalty done for it ("sanctioned two Russian army units for attacking civilians", "expelled three Chinese
diplomats for breaching the Vienna Convention", "detained Palestinian youths for throwing stones"), in the passive
("Two Russian fishing firms were sanctioned for seizing ..."), with the ground as a noun's phrase ("arrested two
Ukrainians on suspicion of sabotaging ..."), with the penalty as a noun a verb holds ("imposed sanctions on Rwanda for
backing ..."), a judgement that is no penalty, in the passive or on a noun of people the knowledge base has no actor
for ("Kenya was criticised for deporting ...", "condemned Russian forces for shelling ..."), and guards that were
right before ("condemned Russia for attacking ...", "accused Greece of violating ...", a court's sentence).

Each act was annotated by reading, before the coder was run, in the schema of ``probe_charges25.jsonl``: the act a
penalty or judgement is for is done by the one judged, to whom it was done. An item's ``absent`` list names the
triggers that must give no event: cooperation a penalty is for ("punished Russian banks for financing the war",
"sanctioned three Chinese companies for supplying drone parts to Russia") is the ground the penaliser alleges, as in
an accusation's content, and the dev gold codes no ground of a penalty as an act. Ten items carry ``"aside": true``:
they were not looked at while fixing, and their counts are reported apart. Counted per act by
``tests.probes.target_counts`` with ``source_needed``.

When written (main 17f285cd), working items: 1 wrong source and 1 missing target ("detained Palestinian youths for
throwing stones": Israel's act), 4 acts with no event (a passive's ground, "on suspicion of", a passive judgement),
4 cooperative grounds coded as events (two of them given to the penaliser); aside 3 with no event, 1 cooperative
ground coded. After this session's fix (penalties in ``legal_verb``, ``doers.legal_nouns``, a passive's subject and
the actors inside a judged noun in the "for"/"of" case of ``DoerRules._subjects``): none of these, working or
aside.

Session 34, h-for2 added 7 items (for-33, for-34, for-36 to for-40; aside for-37, for-39, for-40): a designation's
ground hung on its object complement ("designated the Houthis a terrorist group for attacking ..."), cooperation a ban
is for, and a gerund the tagger reads as a noun ("thanked Qatar for mediating between Hamas and Israel"). On main
550df43f: working 2 designation grounds with no event, 1 mediation lost with its pair made targets of the thanks, 1
cooperative ground coded; aside the same three kinds once each (for-40, for-37, for-39). for-38, written as aside
(the parser's "dative" first object), failed after the first version of the fix, was used to widen it and is counted
as working. After h-for2: none of these, working or aside.

Session 40 (h-charge40, ``nonevents.charged_act``, words.tsv ``criminal_verb``): what an arrest, a detention or a
sentence is for is its ground, no act of its own (the dev gold leaves 59 of 60 such grounds uncoded); what a state, a
firm or a unit is sanctioned, fined, expelled or designated for stays. The four acts annotated as such grounds
(for-07 "throwing stones", for-10 "sabotaging", for-20 "attacking", aside for-29 "attacking") moved from ``acts`` to
``absent``.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, events_on, read_items, target_counts

PROBE = "probe_for34.jsonl"
MAX = {"wrong": 0, "missing": 0, "wrong source": 0, "wrong type": 0, "no event": 0}


def test_probe_for34_is_well_formed_and_synthetic(coder):
    for item in check_side_probe(coder, PROBE):
        assert all(t.lower() in item["sentence"].lower() for t in item.get("absent", ())), item["id"]


def test_probe_for34_failures(coder):
    check_limits(target_counts(coder, PROBE, source_needed=True), MAX)


def test_probe_for34_cooperative_grounds_are_no_events(coder):
    from detente.model import Article

    coded = []
    for item in read_items(PROBE):
        result = coder.code(Article(text=item["text"], date=item["date"]))
        coded += [(item["id"], t) for t in item.get("absent", ()) if events_on(result, item, {"trigger": t})]
    assert coded == []
