"""The directive probe (issue 11, "telling an addressee what to do", session 34, h-tell).

``tests/data/probe_tell34.jsonl`` holds 33 short synthetic articles (a dateline, an agency tag and one sentence,
written for this probe the way wires write; none is taken from an evaluation set), each reporting a demand or
appeal made by telling an addressee what to do, or a speech act said to an addressee: "told Finland not to join
NATO", "instructed/directed the Philippines to withdraw ...", "told the Philippines that its vessels must leave",
"wants the Philippines to withdraw ...", "told the United States (that) it would retaliate", "asked Sudan for
assurances that ...", "sought/demanded guarantees from Sudan that ...", in the passive ("Finland was told not to
join") and with an attribution ("..., the Kremlin said."). Guards: a teller's own troops or embassy told what to do
(the act told is coded on its own verb, no demand), an outlet told ("told Reuters"), a want of one's own ("wants
to join").

Format: as ``probe_names33.jsonl`` (``test_probe_names33``), each act with ``cameo``, the CAMEO code (or a prefix
of it) the act is coded as, read by the coding guide: a demand (10x) by the teller on the one told, combined with
what is demanded as "ordered X to" is; an appeal (02x) for "asked/wants X to" and for assurances sought; a threat
(13x) or refusal (12x) said to X has X for its target; and ``not_codes``, prefixes of codes no event of the article
may have (what is told, wanted or to be assured is not an act). An empty ``source`` or ``target`` is not checked.
About a third of the items carry ``"aside": true``: written with the others before the fix and not looked at
while fixing; their counts are reported apart.

Counts when written (session 34, main cfe93401): working items, 15 of 21 acts not coded as annotated (tl-01, 02,
03, 04, 05, 06, 07, 09, 10, 12, 13, 14, 15, 19, 20) and 8 items with a code that must not appear (tl-02, 03, 04, 08,
09, 10, 14, 19); aside, 10 of 12 not coded as annotated and 3 with a forbidden code. After the fix
(``directive_verb``, ``wish_verb``, ``pledge_noun`` in words.tsv, the "seek/demand +assurance ... from" lines of
verbs.tsv, :meth:`detente.events.frames.FrameRules.directed`, the one told as the target of what is said to it,
the passive subject of an appeal or demand as the one asked): working 0 and 0; aside 2 not coded, 0 forbidden.
The two aside items left: tl-31 ("told Reuters it would not extradite") is coded 121 by Turkey, at "extradite" and
not at "told" where the probe looks; tl-28 (passive) was looked at while fixing (its target was the object of
"recognise" before the passive subject was read as the one told), so it is no longer blind; tl-24 ("told France
that it would not accept the deportations") is coded as an intent frame on the noun "deportations" (132, no
target), another class (a refusal to accept an act of another read as one's own act).

Session 34, h-tell2: tl-24 and tl-31 were annotated on the wrong word. By the coding guide a reporting verb is a
frame, not an event: the refusal said to France or told to Reuters is the refusal's own verb, negated ("would not
accept", "would not extradite"), not "told" (only a bare statement is coded on the reporting verb). Their trigger is
now "accept" and "extradite"; the coder was right on tl-31 (121 by Turkey), and tl-24 passes since a refusal to
accept another's act is no intent frame on its noun (``acceptance_verb``, :meth:`FrameRules._combine_noun`). All
33 items pass.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.probes import check_limits, check_side_probe, events_on, key_fits, read_items

PROBE = "probe_tell34.jsonl"
MAX = {"not coded": 0, "forbidden code": 0}


def test_probe_tell34_is_well_formed_and_synthetic(coder):
    items = check_side_probe(coder, PROBE)
    assert all(act["cameo"].isdigit() for item in items for act in item["acts"])


@pytest.fixture(scope="module")
def failures(coder):
    from detente.evaluate_articles import KeyMatcher
    from detente.model import Article

    fits = key_fits(KeyMatcher(coder.kb))
    found: dict[bool, dict[str, list]] = {False: {k: [] for k in MAX}, True: {k: [] for k in MAX}}
    for item in read_items(PROBE):
        result = coder.code(Article(text=item["text"], date=dt.date.fromisoformat(item["date"])))
        for act in item["acts"]:
            right = [e for e in events_on(result, item, act) if e.cameo.startswith(act["cameo"])
                     and all(any(fits(p, [k]) for p in e.source) for k in act["source"])
                     and all(any(fits(p, [k]) for p in e.target) for k in act["target"])]
            if not right:
                coded = [(e.cameo, e.trigger.text) for e in result.events]
                found[item["aside"]]["not coded"].append((item["id"], coded))
        bad = [e.cameo for e in result.events if any(e.cameo.startswith(p) for p in item["not_codes"])]
        if bad:
            found[item["aside"]]["forbidden code"].append((item["id"], bad))
    print("aside:", found[True])
    return found


def test_probe_tell34_failures(failures):
    check_limits(failures, MAX)
