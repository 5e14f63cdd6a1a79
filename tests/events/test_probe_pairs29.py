"""The pairs probe of session 29 (issue 11, false dyads whose target is the wrong actor; h-pairs29).

``tests/data/probe_pairs29.jsonl`` holds 18 short synthetic wire articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write, about real actors with invented facts; none is taken or
paraphrased from an evaluation set), each built on a construction that gave a wrong target on the dev copy: a
speaker in a trailing attribution or an absolute "with X saying" (", spokeswoman X told reporters here", ", the
official Middle East News Agency said"), a thing handed over ("handed him a note verbale"), people a demand asks for
("demanded the release of X", a person the knowledge base does not know), people another act befell ("demanded an
inquiry into the killing of X"; "lodged a complaint ... over the detention of X"), a body of states named on the
noun of a complaint's forum ("with the Mercosur dispute settlement system") or addressed by it ("complained to the
Eurasian Economic Commission about ..."), an offer to host talks between two governments, an agreement to commit to
a body's roadmap, and reactions to "the ruling", "the raid" or "the decision" told beside another act of the same
sentence ("welcomed the ruling and urged Jakarta to ...", "condemned the raid, and Britain's foreign secretary
called on Egypt ...", "welcomed the decision, and Berlin announced aid ...", "A State Department spokesperson
welcomed the decision"), and a vow to avenge a person.

Each act was annotated by reading, before the coder was run, in the schema of ``probe_force23.jsonl``. Six items
carry ``"aside": true``: they were not looked at while fixing, and only their counts are reported. Counted per act
by ``tests.probes.target_counts``: a WRONG target, a WRONG SOURCE, a MISSING target, a WRONG TYPE, NO EVENT.

When the probe was written (HEAD 44d0d7d, before any fix of the session) the coder had, on the 12 working items
(13 acts), 5 wrong targets (the person whose release is demanded, pa29-05; the person killed, pa29-06; Mercosur,
pa29-08; the African Union beside the two parties that agreed, pa29-11; Jakarta, from the appeal joined to the
welcome of the WTO's ruling, pa29-12), 1 missing (the note handed over, pa29-01, coded as a return, 084, with no
target) and 1 act with no event (the summons of pa29-01: only the handing over is coded); on the 6 aside items 1
wrong target, 1 wrong source, 1 missing.

After the session's fixes (what an appeal or demand asks for, ``participants.given_up`` with ``handover_noun``;
the people another act befell, ``participants.befallen`` with ``fate_noun``; a forum named on the noun of its
phrase, ``participants._forum_mention``; "the decision" no prospect and no praised act of one's own,
``article_sides``): working 2 wrong (pa29-11, pa29-12), 3 missing (pa29-01; pa29-05 and pa29-08, whose wrong
target is gone and whose right one, the holder and the tariff's maker, no rule finds), 1 no event; aside 1 wrong,
1 wrong source, 2 missing. MAX holds these counts, working and aside together.
"""

from __future__ import annotations

import pytest
from tests.probes import check_side_items, read_items, target_counts

PROBE = "probe_pairs29.jsonl"
MAX = {"wrong": 3, "wrong source": 1, "missing": 5, "wrong type": 0, "no event": 1}


def test_probe_pairs29_is_well_formed_and_synthetic(coder):
    from detente.evaluate_articles import KeyMatcher

    check_side_items(read_items(PROBE), KeyMatcher(coder.kb))


@pytest.fixture(scope="module")
def counts(coder):
    return target_counts(coder, PROBE)


@pytest.mark.parametrize("kind", sorted(MAX))
def test_probe_pairs29_failures(counts, kind):
    assert len(counts[False][kind]) + len(counts[True][kind]) <= MAX[kind], (kind, counts[False][kind])
