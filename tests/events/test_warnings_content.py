"""What the one warned, urged, pressed or stopped would do (issue 11, session 33: warnings and appeals on wire copy).

A warning or appeal against doing something ("warned NATO against sending troops") is one act, the warning, by the
one who warns, to the one warned; what the one warned would do did not happen and is nobody's act, least of all the
warner's. A negated content ("urged Iran not to attack") is the appeal's, not a negation of the appeal. (Who does what
one is accused of, pressed into or urged to stop — "accused Eritrea of massing troops" — and whose forces those are
was tried in the same session and reverted: it cost strict matches on the held-out articles.)

All sentences here are synthetic, written in agency style for the tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def _sides(participants) -> set[str]:
    return actors_of(participants) | {p.code for p in participants if p.code}


def test_nonevents_troops_warned_against_are_sent_by_no_one(code):
    result = code("ISLAMABAD (Reuters) - Russia on Tuesday warned NATO against sending troops to Ukraine, the "
                  "Kremlin said.", date="2025-03-04")
    assert not events_of(result, cameo="15"), _codes(result)  # no troops sent, by Russia or anyone
    [warning] = events_of(result, "THREATEN")
    assert "RUS" in _sides(warning.source) and "IGOWSTNAT" in _sides(warning.target), _codes(result)
    assert not any(p.country == "PAK" for e in result.events for p in e.source + e.target)  # not the dateline's


def test_nonevents_sheltering_warned_against_is_no_aid(code):
    result = code("Pakistan on Wednesday warned Afghanistan against sheltering militants who attack its border "
                  "posts.", date="2025-03-05")
    assert not events_of(result, "AID"), _codes(result)
    assert [e for e in events_of(result, "THREATEN") if "AFG" in _sides(e.target)], _codes(result)


def test_nonevents_attack_cautioned_against_is_no_attack_by_the_cautioner(code):
    result = code("Iran cautioned the United States on Monday against attacking its nuclear sites.",
                  date="2025-03-04")
    assert not events_of(result, "ASSAULT"), _codes(result)
    # cautioning someone against an act warns them, as "warned X against" does
    [warning] = events_of(result, "THREATEN")
    assert "IRN" in _sides(warning.source) and "USA" in _sides(warning.target), _codes(result)


def test_nonevents_support_urged_against_is_no_support(code):
    result = code("India on Thursday urged Pakistan against supporting armed groups in Kashmir.", date="2025-03-04")
    assert not events_of(result, "SUPPORT"), _codes(result)
    [appeal] = events_of(result, "REQUEST")
    assert "IND" in _sides(appeal.source) and "PAK" in _sides(appeal.target), _codes(result)


def test_nonevents_invasion_a_warning_is_against_is_no_invasion(code):
    result = code("Washington issued a stern warning to Beijing against invading Taiwan, the State Department "
                  "said on Friday.", date="2025-03-07")
    assert not events_of(result, "ASSAULT"), _codes(result)


def test_lexicon_advice_against_an_act_is_an_appeal(code):
    result = code("Washington advised Kyiv on Thursday against striking targets inside Russia.", date="2025-03-06")
    assert not events_of(result, "ASSAULT"), _codes(result)  # no strike, by Washington or Kyiv
    [appeal] = events_of(result, "REQUEST")
    assert "USA" in _sides(appeal.source) and "UKR" in _sides(appeal.target), _codes(result)


def test_frames_appeal_not_to_attack_is_an_appeal_not_its_negation(code):
    result = code("The United Nations urged Iran on Tuesday not to attack commercial shipping in the Gulf.",
                  date="2025-03-04")
    [appeal] = events_of(result, "REQUEST")
    assert not appeal.negated, appeal
    assert "IRN" in _sides(appeal.target)
    demand = code("Manila demanded on Monday that Beijing not send more coast guard ships to the shoal.",
                  date="2025-03-03")
    assert events_of(demand, "REQUEST") and not any(e.negated for e in events_of(demand, "REQUEST")), \
        _codes(demand)


def test_frames_warning_not_to_send_troops_is_a_warning_not_restraint(code):
    result = code("China warned Japan on Tuesday not to send troops to the Taiwan Strait.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("035")], _codes(result)  # no pledge of restraint by China
    [warning] = events_of(result, "THREATEN")
    assert not warning.negated and "JPN" in _sides(warning.target), _codes(result)


def test_frames_pledge_not_to_attack_stays_restraint(code):
    result = code("Russia pledged on Tuesday not to attack Ukrainian ports during the grain talks.",
                  date="2025-03-04")
    assert [c for c in _codes(result) if c.startswith("035")], _codes(result)


def test_lexicon_forces_stopping_someone_from_an_act_restrict_it(code):
    result = code("Bhutanese soldiers stopped a Chinese road crew on Monday from extending a track across the "
                  "plateau, the army said.", date="2025-03-04")
    [stop] = [e for e in result.events if e.cameo == "191"]
    assert "BTN" in _sides(stop.source) and "CHN" in _sides(stop.target), _codes(result)
    assert not [c for c in _codes(result) if c.startswith("06")], _codes(result)  # the road was not built


def test_lexicon_a_state_keeping_migrants_from_crossing_is_no_restriction_by_forces(code):
    # only the state's forces as subject restrict movement; an aim of a state's own step codes nothing more
    result = code("Bolivia said it had reinforced its border posts with Chile to stop migrants from crossing.",
                  date="2025-03-04")
    assert "191" not in _codes(result), _codes(result)


def test_nonevents_subjunctive_content_of_a_demand_is_no_act(code):
    # the tagger reads the subjunctive "go" as a present tense; the joined "suspend" is still what is demanded
    result = code("Opposition lawmakers in Skopje demanded that the government go further and suspend the border "
                  "agreement with Greece altogether.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("16")], _codes(result)  # nothing suspended
    assert events_of(result, "REQUEST"), _codes(result)


def test_nonevents_act_one_is_pressed_to_start_is_no_act(code):
    result = code("Kazakhstan's foreign minister will travel to Tashkent next week to press Uzbek officials to start "
                  "building their section of the railway, the ministry said.", date="2025-03-04")
    assert not [c for c in _codes(result) if c.startswith("06")], _codes(result)  # nothing built yet
    resumed = code("Manila urged Beijing on Monday to resume importing Philippine bananas.", date="2025-03-03")
    assert not [c for c in _codes(resumed) if c.startswith("06")], _codes(resumed)


def test_nonevents_act_one_is_urged_to_stop_stays(code):
    # what one is urged to stop is going on: it stays an act of its own (the convention this rule keeps)
    result = code("Manila urged Beijing on Monday to stop harassing Philippine fishing boats near the shoal.",
                  date="2025-03-03")
    harassing = [e for e in result.events if e.trigger.text.startswith("harassing")]
    assert harassing and "CHN" in _sides(harassing[0].source), _codes(result)


def test_lexicon_talking_someone_out_of_an_act_is_an_appeal(code):
    result = code("China dissuaded North Korea last month from conducting a seventh nuclear test, diplomats said.",
                  date="2025-03-04")
    [appeal] = events_of(result, "REQUEST")
    assert "CHN" in _sides(appeal.source) and "PRK" in _sides(appeal.target), _codes(result)
    assert not events_of(result, "MOBILIZE"), _codes(result)  # no test conducted
    discouraged = code("Washington discouraged Israel on Sunday from striking Iranian oil facilities.",
                       date="2025-03-02")
    assert [e for e in events_of(discouraged, "REQUEST") if "ISR" in _sides(e.target)], _codes(discouraged)
    assert not events_of(discouraged, "ASSAULT"), _codes(discouraged)


def test_frames_what_another_must_not_do_is_a_demand_not_its_negation(code):
    result = code("China said on Tuesday that Japan must not send troops to the Taiwan Strait.", date="2025-03-04")
    [demand] = events_of(result, "REQUEST")
    assert not demand.negated and "JPN" in _sides(demand.target), _codes(result)
    assert not events_of(result, "MOBILIZE"), _codes(result)
