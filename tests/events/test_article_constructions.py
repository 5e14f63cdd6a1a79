"""Constructions found on articles written for the tests the way wires write (session 21), each coded plainly
wrong before: a frame combined with an act it leaves open ("did not say whether it would recall its envoy": no
threat), a passive conjunct sharing the auxiliary before it ("he was ousted and arrested"), a word act joined
to a reported clause after a state ("said the envoy had 48 hours to leave and accused X"), a denial of the
noun that sums a clause up ("a charge the Taliban deny"), and a target found by its ground shown with a day.

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of


def test_frames_an_open_question_under_a_negated_frame_is_no_threat(code):
    result = code("LIMA (Reuters) - Peru expelled Mexico's ambassador on Wednesday. It did not say whether it "
                  "would recall its own envoy from Mexico City.", date="2025-11-12")
    assert not [e for e in result.events if "recall" in e.trigger.text]  # was a negated threat (1313)


def test_frames_a_frame_with_an_act_it_asserts_stays(code):
    # must not change: "said it would downgrade relations" is a threat
    result = code("LIMA (Reuters) - Peru said on Wednesday it would downgrade relations with Mexico.",
                  date="2025-11-12")
    assert [e for e in result.events if e.plover == "THREATEN"]


def test_passives_a_conjunct_sharing_the_passive_auxiliary_is_passive(code):
    result = code("LIMA (Reuters) - Mexico gave refuge to the family of former President Pedro Castillo after he "
                  "was ousted and arrested for trying to dissolve Congress.", date="2025-11-12")
    [arrested] = [e for e in result.events if e.trigger.text.startswith("arrested")]
    assert "pedro-castillo" in actors_of(arrested.target) and "pedro-castillo" not in actors_of(arrested.source)


def test_said_an_accusation_after_a_state_in_the_reported_clause_is_the_speakers(code):
    # "said the ambassador had 72 hours to leave and accused Mexico ...": the parser hangs "accused" on "had";
    # after a state ("had", "was") the word act is the speaker's, not the ambassador's
    result = code("LIMA, Nov 12 (Reuters) - Peru's foreign ministry said in a statement that Mexico's ambassador had "
                  "72 hours to leave and accused Mexico of interfering in Peru's internal affairs.", date="2025-11-12")
    [accused] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert "PERGOV" in actors_of(accused.source) and "MEX" in actors_of(accused.target)


def test_negation_a_charge_the_accused_deny_does_not_negate_the_accusation(code):
    # "X has long accused Kabul of ..., a charge the Taliban deny": the parser hangs the accusation on "deny"
    result = code("ISLAMABAD, April 9 (Reuters) - Pakistan has long accused Kabul of sheltering the Tehreek-e-Taliban "
                  "Pakistan (TTP), a charge the Afghan Taliban deny.", date="2026-04-09")
    [accused] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert not accused.negated  # was negated, as if the denial governed it


def test_negation_a_denied_clause_stays_negated(code):
    # must not change: what a verb of denial governs did not happen
    result = code("ISLAMABAD, April 9 (Reuters) - The Afghan Taliban denied that they had sheltered the fighters.",
                  date="2026-04-09")
    assert all(e.negated for e in result.events if e.trigger.text.startswith("sheltered"))


def test_ground_a_target_found_by_its_ground_is_not_shown_as_a_day(code):
    # "carried out air strikes on Thursday on hideouts in X's province": the target is X, shown with a thing
    # hit, never with the day the parser hung on the verb's "on"
    result = code("ISLAMABAD, April 9 (Reuters) - Pakistan said on Thursday it had carried out air strikes on militant "
                  "hideouts in Afghanistan's Khost province.", date="2026-04-09")
    [strikes] = [e for e in result.events if e.trigger.text.startswith("carried")]
    assert "AFG" in actors_of(strikes.target)
    assert all(p.text != "Thursday" for p in strikes.target)  # was "Thursday"


def test_lexicon_a_charge_daffaires_the_lemmatizer_reads_in_the_singular_is_summoned(code):
    # the lemmatizer gives "d'affaire" for "d'affaires" after "Russia's chargé": the summons was no event
    result = code("TALLINN (Reuters) - Estonia's foreign ministry summoned Russia's chargé d'affaires and handed him a "
                  "protest note.", date="2026-09-22")
    [summons] = [e for e in result.events if e.cameo == "114"]
    assert "ESTGOV" in actors_of(summons.source) and "RUSGOV" in actors_of(summons.target)


def test_patrols_held_by_two_countries_are_military_cooperation(code):
    result = code("ABUJA, July 2 (Reuters) - Nigeria and Niger agreed on Wednesday to resume joint military patrols "
                  "along their border.", date="2026-07-02")
    assert [e for e in result.events if e.cameo == "062"]  # was 150, a show of force


def test_patrols_of_one_country_near_another_stay_a_show_of_force(code):
    # must not change: one side's patrols near another's islands are posture, not cooperation with it
    result = code("TAIPEI (Reuters) - China began regular coast guard patrols near Taiwan's Kinmen islands on "
                  "Tuesday, Taiwan's coast guard said.", date="2026-07-02")
    assert not [e for e in result.events if e.cameo == "062"]
