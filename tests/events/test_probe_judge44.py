"""The probe of judgements of an accusation (issue 11; session 44, h-judge44; ``StanceRules.judged_charge``): when a
party calls a charge made against it something condemnable ("called the accusation absurd", "described the claims
as absurd", "an allegation the government called baseless", "told reporters, calling the charge unfounded"), it
rejects the charge (CAMEO 120), aimed at the accuser; calling an act so criticises its doer (111), and a judgement
of a charge joined to a denial by the same speaker ("denied sending weapons and called the accusation a fabrication")
stays a criticism, the denial being the rejection.

``tests/data/probe_judge44.jsonl`` holds 18 short synthetic articles (a dateline, an agency tag and one or two
sentences, written for this probe the way wires write; none is taken from an evaluation set): an accusation or an
act, then its judgement. Each act was annotated by reading, before the coder was run: its source, its target and
the PLOVER type it must not have (``not_plover``: ACCUSE for a judged charge, REJECT for a judged act or a judgement
beside a denial). A third of the items (6 of 18) carry ``"aside": true``: they were not looked at while writing the
rule, and their counts are reported apart.

Counts when written: on main (1b1a6eb0) working items (12): wrong type 6 (01-05, 12: coded 111), no event 5 (06-08,
10, 11: "nonsense", "propaganda", "fabrication" no judging words, "politically motivated" hung by the parser on the
object); aside (6): wrong type 4, wrong source 1, no event 1. After the rule (``StanceRules.judged_charge``, the
judged noun folded by the parser into what it is called, three judging words in ``condemning_word``): working no
event 1 (11: a repair that read a participle the parser hangs on the object added a false dyad on dev and was
dropped); aside wrong source 1, no event 1 (not looked at). Items 10 and 12 were reworded after the first run, their
annotation unchanged, so that no run of seven words matches an evaluation article.
"""

from __future__ import annotations

from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_judge44.jsonl"
MAX = {"no event": 2, "wrong source": 1, "wrong": 0, "missing": 0, "wrong type": 0}


def test_probe_judge44_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_judge44_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)
