"""Judging words a naming verb calls an act or a party (issue 11, session 39, h-judge39): "called the arrest a
kidnapping", "called the probe a witch hunt", "called the verdict too lenient", "called the ban a blow to open
trade", "called the interceptions unsafe", "called the president a murderer" criticise (CAMEO 111) whoever did
the act or is named (``condemning_word`` in words.tsv, read by ``events/stances.StanceRules.judgment``). A word of
praise there ("a positive step") codes nothing.

Articles are synthetic, written in agency style for these tests."""


def _criticisms(result):
    return [e for e in result.events if e.cameo == "111"]


def _targets(events):
    return {p.actor for e in events for p in e.target if p.actor}


def test_stances_judge39_an_arrest_called_a_kidnapping_is_a_criticism_of_the_arresting_state(code):
    result = code("CARACAS, March 24 (AFP) - Guyanese police arrested a Venezuelan army captain near the Cuyuni "
                  "river on Monday. Venezuela's government called the arrest a kidnapping.", date="2026-03-24")
    found = _criticisms(result)
    assert found and any(a.startswith("GUY") for a in _targets(found)), result.events


def test_stances_judge39_a_witch_hunt_is_a_criticism(code):
    result = code("MOSCOW, June 2 (Reuters) - Estonian prosecutors opened an inquiry into two Russian embassy staff "
                  "on Monday. The Russian foreign ministry called the inquiry a witch hunt.", date="2026-06-02")
    assert _criticisms(result), result.events


def test_stances_judge39_a_blow_to_trade_is_a_criticism(code):
    result = code("TOKYO, Jan 20 (Kyodo) - Japan's trade ministry on Tuesday called Indonesia's ban on bauxite "
                  "exports a blow to open trade.", date="2026-01-20")
    assert _criticisms(result), result.events


def test_stances_judge39_a_leader_called_a_murderer_is_criticised(code):
    result = code("MANAGUA, Nov 3 (AFP) - Nicaragua's government called Costa Rica's president a murderer on "
                  "Monday.", date="2026-11-03")
    found = _criticisms(result)
    assert found and any(a.startswith("CRI") for a in _targets(found)), result.events


def test_stances_judge39_a_verdict_called_too_lenient_is_a_criticism(code):
    result = code("ZAGREB, Sept 15 (Hina) - Croatia's justice ministry on Monday called the Serbian court's "
                  "verdict too lenient.", date="2026-09-15")
    assert _criticisms(result), result.events


def test_stances_judge39_a_positive_step_is_no_criticism(code):
    result = code("ACCRA, July 8 (Reuters) - Ghana's foreign ministry on Tuesday called the reopening of the "
                  "border with Togo a positive step.", date="2026-07-08")
    assert not _criticisms(result), result.events
