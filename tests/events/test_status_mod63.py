"""Modality of acts told by the doer's own body and of plans told in reported speech (issue 11, status fields; h-mod63,
session 63). A bare state body named by a guard, bureau or agency noun ("the coast guard said", "the State
Border Guard said") speaks for the one state of the doers, as "the foreign ministry" does: a deed it tells is
`asserted`, its attribution kept (eval/wire/README.md: the doer's side includes its state organs). A condition hung on
another clause of the sentence leaves a reported "would" a backshifted "will" ("said X would send a delegation next
week, and warned that Y could halt patrols if ..."): the sending is `future`, not a possibility. An act named as what a
"to"-infinitive's verb is about is given ("urged Sudan to respect the arms embargo": the embargo is `asserted`).
Sentences written for the tests (synthetic, wire style, invented facts)."""

from tests.conftest import event_on

DAY = "2026-05-06"


def test_mod63_bare_coast_guard_speaks_for_its_states_deed(code):
    text = ("VILNIUS, May 6 (Reuters) - Lithuanian border guards turned back 40 people trying to cross from Belarus "
            "on Tuesday, the State Border Guard said.")
    turned = event_on(code(text, date=DAY), "turned")
    assert turned.modality == "asserted" and turned.attribution is not None


def test_mod63_bare_bureau_speaks_for_its_states_deed(code):
    text = ("MANILA, May 6 (Reuters) - Philippine immigration authorities arrested two Guinean smugglers at the "
            "airport on Tuesday, the Bureau of Immigration said.")
    arrested = event_on(code(text, date=DAY), "arrested")
    assert arrested.modality == "asserted"


def test_mod63_another_states_named_body_keeps_the_deed_reported(code):
    # must not change: a body its own words place in another state is a third party's voice
    text = ("VILNIUS, May 6 (Reuters) - Lithuanian border guards turned back 40 people trying to cross from Belarus "
            "on Tuesday, the Polish Border Guard said.")
    turned = event_on(code(text, date=DAY), "turned")
    assert turned.modality == "reported" and turned.attribution is not None


def test_mod63_condition_of_another_clause_leaves_would_a_plan(code):
    text = ("Niamey, May 6 (AFP) - Niger's interior minister told reporters that Niamey would send a delegation to "
            "Tripoli next week, and warned that Niger could close the border if the expulsions continued.")
    sent = event_on(code(text, date=DAY), "send")
    assert sent.modality == "future"


def test_mod63_condition_on_the_acts_own_clause_keeps_it_hypothetical(code):
    # must not change: "would ... if ..." on the act's own verb is a possibility
    text = ("Niamey, May 6 (AFP) - Niger's interior minister told reporters that Niamey would send a delegation to "
            "Tripoli if the expulsions continued.")
    sent = event_on(code(text, date=DAY), "send")
    assert sent.modality == "hypothetical"


def test_mod63_event_noun_an_infinitive_is_about_is_given(code):
    text = ("KHARTOUM, May 6 (Reuters) - The Arab League on Tuesday urged Sudan to respect a U.N. arms embargo on "
            "Darfur.")
    embargo = event_on(code(text, date=DAY), "embargo")
    assert embargo.modality == "asserted"


def test_mod63_event_noun_an_infinitive_is_about_is_given_under_a_future_request(code):
    # the request is to come; the detention it is about has happened
    text = ("SAN JOSE, May 6 (Reuters) - Costa Rica will ask the Organization of American States to take up the "
            "detention of two of its park rangers by Nicaraguan soldiers.")
    result = code(text, date=DAY)
    assert event_on(result, "detention").modality == "asserted"
    assert event_on(result, "ask").modality == "future"


def test_mod63_international_body_is_no_states_own(code):
    # an outsider word makes a bare body a third party's: "the International Maritime Bureau" is not Nigeria's
    text = ("LAGOS, May 6 (Reuters) - Pirates kidnapped eight Nigerian crew members from a fishing trawler off Sao "
            "Tome in January, according to the International Maritime Bureau.")
    kidnapped = event_on(code(text, date=DAY), "kidnapped")
    assert kidnapped.modality == "reported"
