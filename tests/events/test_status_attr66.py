"""A plan relayed by a named speaker of the side it is made with (the lender's loan told by the borrower's ministry,
a visit due told by the host's government) is stated, not claimed: no attribution (``VouchRules.plan_rule``,
``VouchRules._speaks_for_target``; eval/wire/README.md, attribution). Controls: a deed done so relayed keeps its
speaker, and so does an unnamed source of that side. Sentences written for the tests (synthetic, wire style)."""


def _act(code, text, trigger):
    [event] = [e for e in code(text, date="2026-04-08").events if e.trigger.text == trigger]
    return event


def test_attr66_loan_relayed_by_the_borrowers_ministry_has_no_attribution(code):
    text = ("LA PAZ, April 8 (Reuters) - Paraguay will lend Bolivia 50 million dollars to repair rural roads under an "
            "agreement signed in La Paz on Tuesday, the Bolivian Foreign Ministry said.")
    loan = _act(code, text, "lend")
    assert loan.modality in ("intended", "future")
    assert loan.attribution is None


def test_attr66_visit_due_relayed_by_the_hosts_government_has_no_attribution(code):
    text = ("Paraguay's foreign minister is due to visit La Paz next week for talks on the river, "
            "the Bolivian government said.")
    [trip] = [e for e in code(text, date="2026-04-08").events if e.trigger.text == "visit"]
    assert trip.modality == "future"
    assert trip.attribution is None


def test_attr66_deed_done_relayed_by_the_side_acted_on_keeps_the_attribution(code):
    # must not change: a deed done is the speaker's report
    text = ("Paraguayan police detained three Bolivian truck drivers near the border, "
            "the Bolivian Foreign Ministry said.")
    detention = _act(code, text, "detained")
    assert detention.attribution is not None


def test_attr66_plan_relayed_by_an_unnamed_source_of_the_side_acted_on_keeps_the_attribution(code):
    # must not change: an unnamed source keeps its attribution
    text = ("Paraguay will lend Bolivia 50 million dollars to repair rural roads, a Bolivian official said on "
            "condition of anonymity.")
    loan = _act(code, text, "lend")
    assert loan.attribution is not None and loan.attribution.anonymous
