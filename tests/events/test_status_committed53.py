"""A commitment whose act is cooperation of no kind of its own (session 53, h-mod53): "agreed to cooperate",
"pledged closer cooperation" are coded as the agreement itself (AGREE), and an agreement made is ``asserted``
(eval/wire/README.md, modality), while a material act agreed on, an offer or readiness stays ``intended``
(``StatusJudge._committed_to_cooperate``; cues.tsv ``commitment``, ``cooperation``). All sentences are synthetic."""

from __future__ import annotations


def _on(result, start: str):
    return [e for e in result.events if e.trigger.text.startswith(start)]


def test_agreement_to_cooperate_is_asserted_and_says_why(explaining):
    from detente.model import Article

    # synthetic: the two states agreed to cooperate; the agreeing is the act coded, and it was made
    result = explaining.code(Article(text="Benin and Niger agreed to cooperate against cross-border bandits.",
                                     date="2026-02-10"))
    [agreeing] = _on(result, "agreed")
    assert agreeing.cameo.startswith("03")
    assert agreeing.modality == "asserted"
    assert "a commitment made ('agreed' to 'cooperate'" in agreeing.explanation.status["modality"]


def test_pledge_to_coordinate_is_asserted(code):
    # synthetic: a pledge verb, not an agreement verb (cues.tsv commitment)
    [pledge] = _on(code("Jordan pledged to coordinate with Iraq on the return of refugees.", date="2026-02-10"),
                   "pledged")
    assert pledge.modality == "asserted"


def test_commitment_to_the_noun_cooperation_is_asserted(code):
    # synthetic: the act committed to is the noun after "to"
    [commitment] = _on(code("Chad and Cameroon committed to closer cooperation on border security.",
                            date="2026-02-10"), "committed")
    assert commitment.modality == "asserted"


def test_material_act_agreed_on_stays_intended(code):
    # must not change: a joint body set up is an act of its own kind, agreed on, intended
    [agreed] = _on(code("Chad and Cameroon agreed to set up a joint committee on border security.",
                        date="2026-02-10"), "agreed")
    assert agreed.modality == "intended"


def test_offer_and_readiness_to_cooperate_stay_intended(code):
    # must not change: an offer or readiness is no commitment made
    [offer] = _on(code("Chad offered to cooperate with Cameroon on border security.", date="2026-02-10"), "offered")
    assert offer.modality == "intended"
    [ready] = [e for e in code("Chad said it was ready to cooperate with Cameroon on border security.",
                                date="2026-02-10").events if "ready" in e.trigger.text]
    assert ready.modality == "intended"


def test_cooperation_agreed_for_a_time_to_come_stays_intended(code):
    # must not change: cooperation agreed on for next month is an act to come
    result = code("Chad and Cameroon agreed on Monday to coordinate their border patrols from next month.",
                  date="2026-02-10")
    agreed = _on(result, "agreed")
    assert agreed and all(e.modality != "asserted" for e in agreed)
