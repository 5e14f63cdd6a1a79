"""A plan of aid told negated is the act, negated, not a refusal (h-spur64, session 64). "Singapore will not finance
the plant", "Paris would not provide state loans": eval/wire/README.md codes a negated plan as its own act, negated
and `intended` (audit of session 27, "would not send additional troops"), with no `AGREE` alternative; the coder made
these refusals (CAMEO 122), which matched no act even leniently. A negating frame verb ("declined to fund", "failed
to pay") still makes a refusal, and so does a negated plan of the other cooperative roots ("would not accept",
"would not sign": ``refusable`` "yes" in data/cameo_roots.tsv), and so does a negated plan to grant asylum ("will
not accept any more refugees": ``refused except asylum``, as the development sentences code such plans, 5 of 5).
Sentences written for the tests (synthetic, wire
style, invented facts)."""

from tests.conftest import event_on

from detente.events.cameo import lookup

DAY = "2026-05-06"


def test_plan64_roots_table_keeps_negated_plans_of_aid_apart():
    assert lookup("071").may_be_refused and not lookup("071").negated_plan_is_refusal
    assert lookup("075").may_be_refused and lookup("075").negated_plan_is_refusal  # asylum, excepted
    assert lookup("043").may_be_refused and lookup("043").negated_plan_is_refusal
    assert not lookup("190").may_be_refused and not lookup("190").negated_plan_is_refusal


def test_plan64_negated_plan_of_aid_is_the_act_negated(code):
    text = ("HANOI, May 6 (Reuters) - Ruritania will not finance the new port in Vietnam, the Ruritanian finance "
            "ministry said on Tuesday.")
    finance = event_on(code(text, date=DAY), "finance")
    assert finance.cameo.startswith("07") and finance.negated
    assert finance.modality == "intended"


def test_plan64_declined_aid_stays_a_refusal(code):
    # must not change: a negating frame verb refuses the aid (122)
    text = "HANOI, May 6 (Reuters) - Ruritania declined to finance the new port in Vietnam on Tuesday."
    [refusal] = [e for e in code(text, date=DAY).events if e.cameo.startswith("12")]
    assert refusal.cameo == "122" and not refusal.negated


def test_plan64_negated_plan_of_agreement_stays_a_refusal(code):
    # must not change: "would not accept" is a refusal (120), as the gold conventions code it
    text = ("RABAT, May 6 (Reuters) - Morocco will not accept any agreement that excludes its southern waters, the "
            "foreign minister said on Tuesday.")
    [refusal] = [e for e in code(text, date=DAY).events if e.cameo.startswith("12")]
    assert refusal.cameo == "120" and not refusal.negated


def test_plan64_negated_plan_to_take_in_refugees_stays_a_refusal(code):
    # a grant of asylum told negated is a refusal still (cameo_roots.tsv "refused except asylum")
    text = ("VIENNA, May 6 (Reuters) - Austria will not accept any more refugees from Syria, the interior minister "
            "said on Tuesday.")
    [refusal] = [e for e in code(text, date=DAY).events if e.plover == "REJECT"]
    assert refusal.cameo.startswith("12") and not refusal.negated
