"""Dates and places of acts told through another clause (issue 11, session 21). Sentences written for the
tests (synthetic, wire style); expected values worked out by hand from a calendar."""

from tests.conftest import event_on


def test_status_dates21_participle_on_the_subject_is_not_dated_by_its_verb(code):
    # the talks were brokered before they collapsed: the brokering has no date, and is background
    text = ("ADDIS ABABA, July 14 (Reuters) - Talks brokered by Kenya between Ethiopia and Eritrea "
            "collapsed in May 2023.")
    brokered = event_on(code(text, date="2026-07-14"), "brokered")
    assert brokered.date is None or brokered.date.value is None
    assert brokered.historical


def test_status_dates21_participle_on_the_object_keeps_a_month_of_its_verb(code):
    # a month spans the act and the agreement it is made under (the rule is for the subject's participle)
    text = "The Houthis halted attacks in May 2025 under an agreement mediated by Oman."
    halted = event_on(code(text, date="2026-03-02"), "halted")
    assert halted.date is not None and halted.date.value == "2025-05"


def test_status_dates21_doer_who_met_somewhere_acts_there(code):
    # README conventions: a doer placed somewhere by a clause of its own acts there
    text = ("ABUJA, Sept 18 (Reuters) - The foreign ministers of Nigeria and Ghana, who met in Accra, on "
            "Wednesday urged Mali's junta to release detained truck drivers.")
    urged = event_on(code(text, date="2025-09-18"), "urged")
    assert urged.location is not None and urged.location.country == "GHA"


def test_status_dates21_talks_with_a_delegation_that_visited_take_its_place(code):
    # "a trip gives the place it goes to, for the visit and for the act it is made for"
    text = ("LIMA, Sept 18 (EFE) - Peru's President Dina Boluarte had raised the border dispute with a "
            "Chilean delegation that visited Lima in May 2024.")
    raised = event_on(code(text, date="2025-09-18"), "raised")
    assert raised.location is not None and raised.location.country == "PER"


def test_status_dates21_trip_to_two_countries_has_no_one_place(code):
    text = "HANOI, Sept 18 (AP) — Japan's foreign minister will travel to Hanoi and Vientiane next week."
    travel = event_on(code(text, date="2025-09-18"), "travel")
    assert travel.location is None


def test_status_dates21_two_places_of_one_country_keep_it(code):
    text = "HANOI, Sept 18 (AP) — Japan's foreign minister will travel to Hanoi and Da Nang next week."
    travel = event_on(code(text, date="2025-09-18"), "travel")
    assert travel.location is not None and travel.location.country == "VNM"


def test_status_dates21_purpose_clause_takes_the_place_of_what_it_is_for(code):
    # "a verb joined to another with no subject of its own shares its place"; a sending goes where it is sent
    text = ("MANILA, Sept 18 (Reuters) - China sent two coast guard ships into Philippine waters on Tuesday to "
            "harass fishing boats.")
    harass = event_on(code(text, date="2025-09-18"), "harass")
    assert harass.location is not None and harass.location.country == "PHL"


def test_status_dates21_event_noun_dated_on_the_verb_that_completes_its_verb(code):
    # 2026-04-22 is a Wednesday: the talks are to resume on May 4 of this year
    text = ("JUBA, April 22 (Reuters) - South Sudan sent troops to the Heglig oilfield on Wednesday. Talks between "
            "Sudanese and South Sudanese oil ministers are scheduled to resume in Juba on May 4.")
    talks = event_on(code(text, date="2026-04-22"), "Talks")
    assert talks.date is not None and talks.date.value == "2026-05-04"


def test_status_dates21_place_of_what_a_summons_goes_to(code):
    text = ("RABAT, Sept 18 (AFP) - Morocco summoned Algeria's ambassador to the foreign ministry in Rabat on "
            "Wednesday over remarks by an Algerian minister.")
    summoned = event_on(code(text, date="2025-09-18"), "summoned")
    assert summoned.location is not None and summoned.location.country == "MAR"


def test_status_dates21_semicolon_ends_the_clause_a_date_is_in(code):
    # the date after the semicolon is the expulsion's; the arrests and closures are a record since 2020
    text = ("VILNIUS, Oct 21 (Reuters) - The government of President Alexander Lukashenko has jailed hundreds of "
            "opponents since mass protests in 2020 and arrested dozens of journalists; in March 2024 it expelled "
            "two Polish diplomats.")
    # the arrests may be told as a mention of the jailing's event: both are now background (the jailing, a tally
    # of past acts since a past point, HistoryRules._tally_since) with the same code and doer (session 43)
    [arrested] = [e for e in code(text, date="2026-10-21").events
                  if any(m.trigger.text.startswith("arrested") for m in e.mentions)]
    assert arrested.date is None or arrested.date.value is None
    assert arrested.historical


def test_status_dates21_body_act_after_which_a_dated_one_came_is_undated(code):
    # "after" heads the earlier act: the refusal came before Sunday, on no day the text gives
    text = ("TRIPOLI, Sept 9 (Reuters) - Libya's rival forces agreed a ceasefire on Tuesday.\n\n"
            "Government troops moved against the militia's positions on Sunday after the militia refused to hand "
            "over a suspect.")
    refused = event_on(code(text, date="2026-09-09"), "refused")
    assert refused.date is None or refused.date.value is None


def test_status_dates21_participle_set_off_by_commas_is_not_dated_by_the_clause(code):
    # the funding describes the programme as it is: it is not dated by the agreement's year
    text = ("NAIROBI, Nov 20 (Reuters) - East African leaders agreed last year to a regional police programme, "
            "largely funded by the European Union, which aims to train officers for crises.")
    funded = event_on(code(text, date="2025-11-20"), "funded")
    assert funded.date is None or funded.date.value is None


def test_status_dates21_force_on_two_countries_has_no_one_place(code):
    text = ("YEREVAN, March 18 (Reuters) - Armenia and Azerbaijan signed a border treaty on Tuesday, ending a "
            "dispute that had erupted into deadly clashes in September 2022, when about 300 people were killed "
            "on both sides.")
    killed = event_on(code(text, date="2026-03-18"), "killed")
    assert killed.location is None


def test_status_dates21_fronted_dated_agreement_frames_each_joined_clause(code):
    # "a dated agreement framing the act dates it": here both clauses the fronted phrase sets up
    text = ("KINSHASA, Feb 17 (Reuters) - Congo accused Rwanda on Tuesday of breaking a truce. Under the March "
            "2024 accord, Rwanda was to withdraw its troops from Congo, and Burundi was to pull its troops out of "
            "South Kivu.")
    # (with a comma: without it the model parses "Congo and Burundi" as one object, Burundi's withdrawal
    # becomes Rwanda's, and whether it survives as a second event depends on the fitted attacher)
    pulled = event_on(code(text, date="2026-02-17"), "pull")
    assert pulled.date is not None and pulled.date.value == "2024-03"


def test_status_dates21_mediation_of_talks_takes_the_place_of_what_they_framed(code):
    # the talks were where the ceasefire was agreed: the mediation was there
    text = ("ADDIS ABABA, April 8 (Reuters) - Ethiopia closed its border with Eritrea on Tuesday. The two "
            "neighbours agreed a truce in Nairobi last October in talks mediated by Kenya and Egypt.")
    mediated = event_on(code(text, date="2026-04-08"), "mediated")
    assert mediated.location is not None and mediated.location.country == "KEN"


def test_status_dates21_verb_joined_with_no_subject_shares_where_the_doer_met(code):
    text = ("KAMPALA, Sept 18 (Reuters) - The foreign ministers of Kenya and Tanzania, who met in Kampala on "
            "Wednesday, condemned the fighting and urged Congo to open talks with the rebels.")
    urged = event_on(code(text, date="2025-09-18"), "urged")
    assert urged.location is not None and urged.location.country == "UGA"
