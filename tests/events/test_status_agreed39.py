"""Acts an agreement provides for or that two parties agreed on for a time of their own (session 39, h-mod39):
"Under the pact, X will ..." is a term agreed on (intended, not future), and "agreed to meet next month" keeps the
meeting intended and dated by its own time, not the agreeing's day. All sentences are synthetic."""

from __future__ import annotations


def _on(result, start: str):
    return [e for e in result.events if e.trigger.text.startswith(start)]


def test_term_of_an_agreement_told_with_will_is_intended(code):
    # synthetic: what the pact provides for is agreed on, not announced as a plan of one side
    result = code("Under the pact, Malawi will buy 20,000 tonnes of maize from Zambia each year.", date="2026-02-10")
    [buying] = _on(result, "buy")
    assert buying.modality == "intended"


def test_term_in_a_relative_clause_under_which_is_intended(code):
    # synthetic: "an accord under which ..." sets out a term of the accord
    result = code("Niger and Benin signed an accord on Monday under which Benin will reopen its border to Nigerien "
                  "trucks.", date="2026-02-10")
    [reopening] = _on(result, "reopen")
    assert reopening.modality == "intended"


def test_joined_clause_of_a_term_is_a_term_too(code):
    # synthetic: the second clause, joined to the first with a "will" of its own, is under the same treaty
    result = code("Under the treaty, Bhutan will supply electricity to Bangladesh and Bangladesh will provide a loan "
                  "to Bhutan.", date="2026-02-10")
    [loan] = _on(result, "provide")
    assert loan.modality == "intended"


def test_will_under_no_agreement_stays_future(code):
    # must not change: a visit told with "will" and a day to come, under nothing agreed, is scheduled
    result = code("Nepal's prime minister will visit New Delhi on Friday, his office said.", date="2026-02-10")
    [visit] = _on(result, "visit")
    assert visit.modality == "future"


def test_act_agreed_on_with_a_later_time_of_its_own_is_intended_and_takes_it(code):
    # synthetic: the talks agreed on are set for later in the year: intended, and dated by that year, not by the
    # day the agreement was made
    result = code("Belize and Guatemala agreed on Monday to resume talks on their border dispute later this year.",
                  date="2026-02-10")
    [talks] = [e for e in result.events if "resume" in e.trigger.text]
    assert talks.modality == "intended"
    assert talks.date is not None and talks.date.value == "2026"


def test_act_agreed_on_for_a_coming_month_takes_that_month(code):
    # synthetic: "next month" is the meeting's, "on Monday" the agreeing's
    result = code("Kuwait and Iraq agreed on Monday to hold a meeting of their border committee next month.",
                  date="2026-02-10")
    [meeting] = [e for e in result.events if "hold" in e.trigger.text or "meeting" in e.trigger.text]
    assert meeting.modality == "intended"
    assert meeting.date is not None and meeting.date.value == "2026-03"


def test_term_under_it_standing_for_the_pact_of_the_sentence_before_is_intended(explaining):
    from detente.model import Article

    # synthetic (session 53): "Under it" after a sentence naming the pact: a term of the pact, agreed on
    result = explaining.code(Article(text="Bhutan and Nepal signed a hydropower pact on Monday. Under it, Nepal will "
                                          "buy electricity from Bhutan each winter.", date="2026-02-10"))
    [buying] = _on(result, "buy")
    assert buying.modality == "intended"
    assert "pact (named before 'it')" in buying.explanation.status["modality"]


def test_under_it_after_no_agreement_stays_future(code):
    # must not change (session 53): "it" stands for no agreement the sentence before names
    result = code("Chile's congress approved a budget on Monday. Under it, Chile will buy two frigates next year.",
                  date="2026-02-10")
    [buying] = _on(result, "buy")
    assert buying.modality == "future"
