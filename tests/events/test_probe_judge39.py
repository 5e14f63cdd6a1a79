"""The probe of judging words (issue 11; session 39, h-judge39): a state's verdict on another's act said with a
naming verb ("called the arrest a kidnapping", "called the inquiry a witch hunt", "called the ban a blow to open
trade", "called the sentence too lenient", "called the bans an unfriendly act", "described the expulsions as
hasty") is a criticism (CAMEO 111) of the act's doer.

``tests/data/probe_judge39.jsonl`` holds 24 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set): an act told with its
doer, then the judgement of it. Each act was annotated by reading, before the coder was run (format as
``test_probe_ant39``). A third of the items (8 of 24) carry ``"aside": true``: they were not looked at while
writing the rules, and their counts are reported apart.

Counts when written: on main (32089d39) working items (16): no event 14, aside (8): no event 6, missing target 1.
After the judging words (words.tsv condemning_word: unfriendly, unsafe, unprofessional, lenient, hasty, negative,
kidnapping, murderer, hunt, coercion, blow; only words the dev gold codes so): working no event 7 (judge39-01, 15,
16: the judging adjective is on the noun the act is called, "an unfriendly act"; 08, 10: "as" hung on the object;
03, 14: "warfare" and "abduction", which no dev judgement uses, left out), missing target 2 (02, 07: the act's noun
names no act told before with its doer: a rule of referents, left); aside no event 3, missing 1.
Session 44 (h-call44: a judging adjective on the noun the object is called, an "as" phrase the parser hangs on the
object, ``StanceRules.judgment``): working no event 2 (03, 14), missing target 3 (02, 07, and 10, now coded: "the
drills" names no act told before with its doer); aside no event 1, missing 2.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_judge39.jsonl"
MAX = {"no event": 3, "wrong source": 0, "wrong": 0, "missing": 5, "wrong type": 0}


def test_probe_judge39_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_judge39_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
