"""What legal acts are for (session 25, h-charges25; issue 11, legal acts and the acts told inside them).

A legal act (``legal_verb`` in words.tsv: charge, indict, convict, sentence, jail, imprison, prosecute, try) told with
what its people are held to have done, after an ``accusation_prep`` or ``reason_prep`` on the verb or on the term it
gives ("charged X with setting fire to ...", "sentenced X to four years for ...", "jailed X for ten years for firing
on ..."), is done by those people: the object, or a passive's subject (``doers.legal_act``, ``DoerRules._charged``),
never by the court or the prosecutors. The people a court tries are no state's forces: a show of force (CAMEO 15) told
as what they are sentenced for is the offence, no event; cooperation they are charged with is alleged
(``nonevents.charged_with``); private people the knowledge base places by their sector show no force either
(``nonevents.private_doers``). An act of material conflict done "on the orders of X" (``proxy_noun``) is X's too,
wherever the parser hangs the phrase in the verb's clause (``mutual._ordered_by``).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import countries_of, event_on, events_with_trigger


@pytest.mark.parametrize("text, trigger, source, target", [
    ("MINSK, May 12 (Reuters) - A Minsk court on Friday sentenced a Lithuanian citizen to eight years in prison for "
     "attacking a Belarusian border guard with a knife.", "attacking", "LTU", "BLR"),  # "for" on the verb
    ("NEW DELHI, May 12 (PTI) - An Indian court on Friday jailed four Bangladeshi men for nine years for firing on "
     "Indian border guards in Tripura.", "firing", "BGD", "IND"),  # "for" on the term ("for nine years")
    ("WARSAW, May 12 (Reuters) - Polish prosecutors on Monday charged two Belarusian citizens with setting fire to a "
     "Polish army warehouse.", "setting fire", "BLR", "POL"),
    ("PRAGUE, May 12 (dpa) - Two Ukrainian men were charged on Thursday with attacking a Czech police station with "
     "explosives.", "attacking", "UKR", "CZE"),  # a passive: its subject
])
def test_legal_act_content_is_done_by_the_people_charged(code, text, trigger, source, target):
    result = code(text, date="2026-05-12")
    event = event_on(result, trigger)
    assert countries_of(event.source) == [source], event.source
    assert target in countries_of(event.target), event.target


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
    result = code("VILNIUS, May 12 (AFP) - Lithuanian prosecutors charged three foreign nationals with setting fire "
                  "to a Vilnius warehouse on the orders of Russian military intelligence.", date="2026-05-12")
    event = event_on(result, "setting fire")
    assert "RUS" in countries_of(event.source) and "LTU" not in countries_of(event.source), event.source
    charge = event_on(result, "charged")
    assert countries_of(charge.source) == ["LTU"]


def test_show_of_force_by_private_people_is_no_event(code):
    result = code("SEOUL, May 12 (Yonhap) -- Three Chinese students flew a drone over a U.S. aircraft carrier in Busan "
                  "on Sunday, police said.", date="2026-05-12")
    assert not events_with_trigger(result, "flew"), result.events
