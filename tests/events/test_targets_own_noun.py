"""A target that is the act's own noun (issue 11, session 22): the noun the lexicon's phrase matched with the
verb ("used batons", "declared a state of siege", "stopped work", "launched an offensive operation") is the act
itself or its instrument, never whom it is done to; when the knowledge base does not know it, the event has no
target rather than that noun. A noun of people or bodies in the phrase stays the target ("expelled aid
workers", "banned national newspapers"). With them, the other wrong targets of session 22 that name the doer's
own side or the act's occasion: a show of force's own forces ("mobilized police and soldiers"), troops pulled
out, and a visit "during" which support is pledged (the frame does not combine with it, nor aim the pledge at the
place visited).

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from tests.conftest import events_of


def _target_texts(result, code_prefix):
    return [p.text for e in result.events if e.cameo.startswith(code_prefix) for p in e.target]


def test_targets_own_noun_state_of_siege_is_no_target(code):
    result = code("LA PAZ, March 4 (Reuters) - Bolivian President Luis Arce declared a state of siege in "
                  "Potosi province on Tuesday after days of road blockades.")
    assert events_of(result, "COERCE")
    assert not any("siege" in t for t in _target_texts(result, "172"))


def test_targets_own_noun_instrument_is_no_target(code):
    result = code("NAIROBI, March 4 (Reuters) - Kenyan police used batons and water cannon on Tuesday as "
                  "hundreds of traders marched through the city centre.")
    assert not any("batons" in t for t in _target_texts(result, "17"))


def test_targets_own_noun_work_stoppage_is_no_target(code):
    result = code("SANTIAGO, March 4 (AFP) - About 2,000 miners stopped work at a copper mine in northern Chile "
                  "on Monday in a strike over wages.")
    assert not any(t == "work" for e in result.events for t in [p.text for p in e.target])


def test_targets_own_noun_of_people_stays_the_target(code):
    result = code("KHARTOUM, March 4 (Reuters) - The government expelled humanitarian aid workers from the "
                  "region on Sunday.")
    assert any("aid workers" in t for t in _target_texts(result, "166"))


def test_targets_own_forces_of_a_show_of_force_are_no_target(code):
    # a show of force (CAMEO 15) is made with the doer's own forces, whatever sector word names them
    result = code("MANAGUA, March 4 (Reuters) - The Nicaraguan government mobilized police and soldiers to the "
                  "northern border on Monday.")
    shows = [e for e in result.events if e.cameo.startswith("15")]
    assert shows and not any(p.country == "NIC" for e in shows for p in e.target)


def test_targets_troops_pulled_out_are_the_doers_own(code):
    # "withdraw", "pull" are dispatch verbs (words.tsv): the bare forces they move are the subject's state's, not
    # the article's country's
    result = code("KABUL, March 4 (Reuters) - Afghan officials welcomed the move. Germany pulled troops out of "
                  "Afghanistan in June.")
    pulled = [e for e in result.events if "pulled" in e.trigger.text]
    assert pulled and not any(p.country == "AFG" and p.sector == "MIL" for e in pulled for p in e.target)


def test_targets_visit_during_which_support_is_pledged_is_its_occasion(code):
    # "during a visit" sets the pledge in time: no frame "pledge + visit" (036) aimed at the place visited
    result = code("TOKYO, March 4 (Kyodo) - Japan's prime minister pledged his government's support to the Kenyan "
                  "people during a visit to Nairobi on Saturday.")
    pledged = [e for e in result.events if e.trigger.text.startswith("pledged")]
    assert pledged and all("visit" not in e.trigger.text for e in pledged)
    assert {p.actor for e in pledged for p in e.target} == {"KENCVL"}


def test_targets_forces_sent_with_troops_are_the_senders(code):
    # the conjunct of a dispatch verb's bare force object is the sender's too, not the article's country's
    result = code("PORT-AU-PRINCE, March 4 (Reuters) - Haitian officials welcomed the move. Kenya had sent troops "
                  "and police to Haiti in 2024 after gangs seized the capital.")
    sent = [e for e in result.events if e.trigger.text.startswith("sent")]
    assert sent and not any(p.actor == "HTICOP" for e in sent for p in e.target)
    seized = [e for e in result.events if e.trigger.text.startswith("seized")]
    assert seized and any(p.text == "the capital" for e in seized for p in e.target)  # the ground seized stays
