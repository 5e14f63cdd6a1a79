"""What legal acts are for (session 25, h-charges25; issue 11, legal acts and the acts told inside them).

A legal act (``legal_verb`` in words.tsv: charge, indict, convict, sentence, jail, imprison, prosecute, try) told with
what its people are held to have done, after an ``accusation_prep`` or ``reason_prep`` on the verb or on the term it
gives ("charged X with setting fire to ...", "sentenced X to four years for ...", "jailed X for ten years for firing
on ..."), is done by those people: the object, or a passive's subject (``doers.legal_act``, ``DoerRules._charged``),
never by the court or the prosecutors. The people a court tries are no state's forces: a show of force (CAMEO 15) told
as what they are sentenced for is the offence, no event; cooperation they are charged with is alleged
(``nonevents.charged_with``); private people the knowledge base places by their sector show no force either
(``nonevents.private_doers``). An act of material conflict done "on the orders of X" (``proxy_noun``) is X's too,
wherever the parser hangs the phrase in the verb's clause (``mutual._ordered_by``). Session 40 (h-charge40): what an
act of the criminal process (``criminal_verb``: charge, sentence, jail, arrest ...) is for is no event at all
(``nonevents.charged_act``); ``DoerRules._charged`` still gives the doer of what a penalty is for.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import countries_of, event_on, events_with_trigger


@pytest.mark.parametrize("text, legal, ground", [
    ("MINSK, May 12 (Reuters) - A Minsk court on Friday sentenced a Lithuanian citizen to eight years in prison for "
     "attacking a Belarusian border guard with a knife.", "sentenced", "attacking"),  # "for" on the verb
    ("NEW DELHI, May 12 (PTI) - An Indian court on Friday jailed four Bangladeshi men for nine years for firing on "
     "Indian border guards in Tripura.", "jailed", "firing"),  # "for" on the term ("for nine years")
    ("WARSAW, May 12 (Reuters) - Polish prosecutors on Monday charged two Belarusian citizens with setting fire to a "
     "Polish army warehouse.", "charged", "setting fire"),
])
def test_legal_act_content_is_its_ground_not_an_event(code, text, legal, ground):
    # session 40 (h-charge40, nonevents.charged_act): what a charge or a sentence is for is its ground, no event
    # (the dev gold leaves 59 of 60 such grounds uncoded); until then it was coded, done by the people charged
    result = code(text, date="2026-05-12")
    assert events_with_trigger(result, legal), result.events
    assert not events_with_trigger(result, ground), result.events


def test_show_of_force_a_court_sentences_for_is_no_event(code):
    result = code("TOKYO, May 12 (Kyodo) - A Japanese court on Tuesday sentenced two Chinese nationals to four years "
                  "in prison for flying drones over a U.S. naval base in Yokosuka.", date="2026-05-12")
    assert not events_with_trigger(result, "flying"), result.events
    assert events_with_trigger(result, "sentenced")


def test_show_of_force_told_plainly_stays(code):
    result = code("TAIPEI, May 12 (Reuters) - Chinese military drones flew over Kinmen on Tuesday, Taiwan's defence "
                  "ministry said.", date="2026-05-12")
    event = event_on(result, "flew")
    assert event.cameo.startswith("15") and countries_of(event.source) == ["CHN"]


def test_act_on_the_orders_of_a_body_is_its_act_too(code):
    # told plainly (a charge's ground is no event since session 40): done by the body too
    result = code("VILNIUS, May 12 (AFP) - Three foreign nationals set fire to a Vilnius warehouse on the orders of "
                  "Russia's military intelligence, prosecutors said on Tuesday.", date="2026-05-12")
    event = event_on(result, "set fire")
    assert "RUS" in countries_of(event.source) and "LTU" not in countries_of(event.source), event.source


def test_show_of_force_by_private_people_is_no_event(code):
    result = code("SEOUL, May 12 (Yonhap) -- Three Chinese students flew a drone over a U.S. aircraft carrier in Busan "
                  "on Sunday, police said.", date="2026-05-12")
    assert not events_with_trigger(result, "flew"), result.events
