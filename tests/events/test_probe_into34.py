"""The party inside an act noun's complement (issue 11, session 34, h-into).

``tests/data/probe_into34.jsonl`` holds 32 one-sentence synthetic leads (written for this probe the way wires write
their first sentence; none is taken from an evaluation set), with real actors, where the party an act is about sits
inside the complement of its object or event noun: an investigation, inquiry or probe "into <deed> in <country>"
(opened, demanded, called for), talks "on joining <body>" or "on restoring relations with <country>", a complaint or
protest "about/over <country>'s <deed>", sanctions "over <country>'s <deed>", talks or consultations "on <country>",
a resolution "on <country>". Guards hold a place or topic inside the complement that is no party: the doer's own
ground ("an investigation into the drone crash in eastern Poland"), what is no deed ("a probe into the crash in
Ukraine"), the one asked to investigate ("urged the African Union to investigate the killings in X": the AU, not X),
a gerund that is only a topic ("talks on recognising Kosovo", "on sending troops to Ukraine"), the place of talks
("talks in Geneva on Sudan": Sudan, not Switzerland), the victim of an invasion sanctions are over (Russia, not
Ukraine), the body a complaint is made to. Each act gives its trigger, the CAMEO codes accepted, its source and target
keys (none: any target) and the keys no participant may have (``"not"``), annotated by reading before the coder
was run; a symmetric act accepts its sides either way round (``tests.probes.act_failure``).

Counts when written (main c781f885): 17 of 32 acts failed, 16 with no target or a wrong one: the inquiries into
deeds in another country (into-01 to 06: war crimes, abuses, crimes against humanity, atrocities, the killings of
civilians, a journalist's death), the demand and the call for one (into-07, 08), the talks on joining or leaving a
body or restoring relations (into-14 to 18), the complaints about another's deed (into-24 to 26); one had no event
(into-32, "adopted a resolution on Haiti": no act the lexicon codes). After this session's changes (words.tsv
``inquiry_noun``, ``misdeed_noun``; ``code_sides._inquired_ground``, ``participants._gerund_parties``,
``complained_of`` for a complaint that names no party, ``befallen`` leaving out where a death befell) the 16 in
``FIXED`` pass and only into-32 fails. The guards passed before and after.

Session 42 (h-target42): into-22 and into-23 ("held talks in Geneva on Sudan", "held consultations on Haiti") are
re-annotated to the dev gold's convention, which codes the state talks or a committee are "on" as their topic, no
party (``assemble._forum_topic``): no target, and the topic state in ``"not"``.
"""

from __future__ import annotations

import pytest
from tests.probes import act_failures, check_side_probe

PROBE = "probe_into34.jsonl"
FIXED = ("into-01", "into-02", "into-03", "into-04", "into-05", "into-06", "into-07", "into-08", "into-14",
         "into-15", "into-16", "into-17", "into-18", "into-24", "into-25", "into-26")
MAX_FAILED = 1


@pytest.fixture(scope="module")
def failures(coder):
    return act_failures(coder, PROBE)


def test_probe_into34_is_well_formed_and_synthetic(coder):
    items = check_side_probe(coder, PROBE, aside_share=False)
    assert 25 <= len(items) <= 40


@pytest.mark.parametrize("item", FIXED)
def test_probe_into34_fixed_items(failures, item):
    assert item not in failures, failures.get(item)


def test_probe_into34_failures_counted(failures):
    assert len(failures) <= MAX_FAILED, sorted(failures.items())
