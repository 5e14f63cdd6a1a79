"""Status scope (session 19, issue "Status scope"): what is said of one verb is not said of the act a noun
under it names, and words about an act are not where it happened. Sentences written for the tests
(synthetic, wire style; see also tests/data/probe_status.jsonl)."""

from tests.conftest import events_of


def test_status_scope_act_an_appeal_is_about_stays_asserted(code):
    # "to condemn" is the appeal's; the incursion it is about happened
    text = "VILNIUS, May 4 (Reuters) - Lithuania called on its allies to condemn Russia's drone incursion " \
           "into its airspace."
    [incursion] = [e for e in code(text).events if e.trigger.text == "incursion"]
    assert incursion.modality == "asserted"


def test_status_scope_light_verb_noun_under_an_appeal_is_not_given(code):
    # a noun a light verb makes an act of is the act asked for, not one that happened
    text = "LONDON, May 4 (Reuters) - France urged Iran to hold talks with the IAEA."
    assert all(e.modality != "asserted" for e in code(text).events if "talks" in e.trigger.text
               and e.plover == "CONSULT")


def test_status_places_condemning_a_raid_is_not_where_the_raid_was(code):
    text = "CAIRO, May 4 (Reuters) - Egypt condemned on Monday the Israeli raid on Nablus, in the occupied West Bank."
    [condemning] = events_of(code(text), "ACCUSE")
    assert condemning.location is None


def test_status_places_protest_over_a_detention_is_no_place(code):
    text = "MANILA, May 4 (Reuters) - The Philippines protested to China over the arrest of Filipino fishermen " \
           "near the Paracel Islands."
    [protest] = events_of(code(text), "ACCUSE")
    assert protest.location is None


def test_status_places_appeal_does_not_take_the_place_of_the_act_it_asks_for(code):
    text = "RIGA, May 4 (Reuters) - Latvia called on its allies to condemn the Russian drone flight into its airspace."
    [appeal] = events_of(code(text), "REQUEST")
    assert appeal.location is None


def test_status_places_act_after_a_trip_is_where_the_trip_went(code):
    text = "HANOI, May 4 (Reuters) - Vietnam's prime minister flew to Vientiane on Monday and signed a railway " \
           "agreement with Laos."
    [signing] = [e for e in code(text).events if e.trigger.text.startswith("signed")]
    assert signing.location is not None and signing.location.country == "LAO"


def test_status_dates_act_condemned_on_a_day_is_not_dated_by_the_condemning(code):
    text = "RABAT, May 6 (Reuters) - Morocco condemned on Tuesday the Israeli raid on Nablus."
    [raid] = [e for e in code(text, date="2021-05-06").events if e.trigger.text == "raid"]
    assert raid.date is None


def test_status_dates_day_before_the_reported_clause_dates_the_saying(code):
    # the parser hangs "on Tuesday" on "had killed"; it stands before the clause's subject, so it is the saying's
    text = "NAIROBI, May 6 (Reuters) - Kenya's army said on Tuesday it had killed 15 al Shabaab fighters in " \
           "southern Somalia."
    [killing] = events_of(code(text, date="2021-05-06"), "ASSAULT")
    assert killing.date is None


def test_status_scope_purpose_of_forces_sent_is_told_with_the_sending(code):
    # a purpose clause is an intention ("travelled to Brussels to brief allies"), but forces sent out do what
    # they were sent for
    text = "TAIPEI, May 6 (Reuters) - Taiwan's defence ministry said it had dispatched warships to monitor " \
           "the Chinese carrier group."
    [monitoring] = [e for e in code(text, date="2021-05-06").events if e.trigger.text.startswith("monitor")]
    assert monitoring.modality == "asserted"


def test_status_scope_plan_a_denial_denies_is_asserted_and_negated(code):
    text = "ADDIS ABABA, May 6 (Reuters) - Eritrea denied that its troops would attack Ethiopian positions."
    [attack] = events_of(code(text, date="2021-05-06"), "ASSAULT")
    assert attack.modality == "asserted" and attack.negated


def test_status_dates_act_joined_to_words_said_to_someone_shares_their_day(code):
    text = "BRUSSELS, May 6 (Reuters) - The EU envoy spoke to Serbian and Kosovan officials on Tuesday and " \
           "urged them to resume talks."
    [appeal] = events_of(code(text, date="2021-05-06"), "REQUEST")
    assert appeal.date is not None and appeal.date.value == "2021-05-04"


def test_status_places_appeal_joined_to_a_plan_is_not_where_the_plan_will_be(code):
    text = "PARIS, May 6 (Reuters) - The French minister said he would raise the case with his German " \
           "counterpart at a meeting in Berlin on Monday and called on Moscow to free the journalist."
    [appeal] = events_of(code(text, date="2021-05-06"), "REQUEST")
    assert appeal.location is None


def test_status_places_own_envoy_abroad_is_not_where_it_was_recalled(code):
    text = "LIMA, May 6 (Reuters) - Peru recalled its ambassador in Mexico City for consultations on Tuesday."
    [recall] = [e for e in code(text, date="2021-05-06").events if e.trigger.text.startswith("recalled")]
    assert recall.location is None


def test_status_places_foreign_envoy_summoned_at_home_is_there(code):
    text = "OSLO, May 6 (Reuters) - Norway's foreign ministry summoned Russia's ambassador in Oslo on Tuesday."
    [summons] = [e for e in code(text, date="2021-05-06").events if e.trigger.text.startswith("summoned")]
    assert summons.location is not None and summons.location.country == "NOR"


def test_status_dates_act_told_as_the_news_was_reported_takes_its_day(code):
    text = "MOGADISHU, May 6 (Reuters) - Al Shabaab fighters overran a military base near Kismayo on Tuesday, " \
           "residents said, as Somalia called on the African Union to send more troops."
    [appeal] = events_of(code(text, date="2021-05-06"), "REQUEST")
    assert appeal.date is not None and appeal.date.value == "2021-05-04"
