"""Dates of session 53 (h-date53). A ``tied_day`` or ``tied_said`` phrase naming an occasion or document ("during the
handover", "in the note", "in its letter") on an act with no date of its own takes the lead's one day when the lead
names that occasion and no dated sentence just before names it (``DateRules._named_occasion_day``; README "Dates": a
phrase names the occasion or its document, "In the note", 252): not the day of another act told just before. The
phrases added to cues.tsv (notes and letters as ``tied``/``tied_said``, handovers, ceremonies, signings, summits and
"their" meetings, talks and calls as ``tied_day``) tie as the older ones do. A month named without a year on the
"to"-infinitive of an ``invitation`` noun the act names ("accepted an invitation to visit Rabat in January") is the
next such month, the time of the visit (``DateRules._on_the_infinitive_named``), while a month on the accepting
verb itself is the past one. Sentences written for the tests (synthetic, wire style), coded with the model."""

import datetime as dt

from tests.conftest import event_on

DAY = dt.date(2026, 3, 12)  # a Thursday


def _explained(coder, text: str):
    from detente.model import Article

    return coder.explaining().code(Article(text=text, date=DAY))


def test_an_act_during_the_occasion_the_lead_names_takes_the_leads_day(coder):
    result = _explained(coder, "LIMA, March 12 (Reuters) - Peru handed over three seized fishing boats to Ecuador on "
                               "Wednesday at the port of Paita, the foreign ministry said.\n\nThe boats had been "
                               "seized on Sunday off Tumbes. During the handover, Ecuador thanked Peru for its "
                               "cooperation.")
    thanked = event_on(result, "thanked")
    assert thanked.date is not None and thanked.date.value == "2026-03-11"
    assert "_named_occasion_day" in thanked.explanation.status["date"]


def test_an_act_in_the_note_the_lead_names_takes_the_notes_day(coder):
    result = _explained(coder, "OTTAWA, March 12 (CP) - Canada sent Denmark a diplomatic note on Tuesday after Danish "
                               "soldiers landed on Hans Island, the foreign ministry said.\n\nThe soldiers "
                               "came ashore on Saturday, officials said. In the note, Canada asked Denmark to "
                               "notify it before any future landing.")
    asked = event_on(result, "asked")
    assert asked.date is not None and asked.date.value == "2026-03-10"


def test_the_dated_occasion_told_just_before_keeps_its_day(coder):
    result = _explained(coder, "HANOI, March 12 (Reuters) - Vietnam and Laos agreed on Wednesday to build a second "
                               "bridge over the Mekong River, the Vietnamese government said.\n\nTheir transport "
                               "ministers met in Vientiane on March 2 to prepare the accord. During the meeting, Laos "
                               "asked Vietnam to pay for the approach roads.")
    asked = event_on(result, "asked")
    assert asked.date is not None and asked.date.value == "2026-03-02"
    assert "_named_occasion_day" not in asked.explanation.status["date"]


def test_an_occasion_the_lead_does_not_name_takes_nothing_from_the_lead(coder):
    result = _explained(coder, "NAIROBI, March 12 (Reuters) - Kenya accused Somalia on Wednesday of arming "
                               "militias near the border, the Kenyan foreign ministry said.\n\nKenyan police "
                               "seized a lorry of rifles in Mandera in January. During the ceremony, Kenya asked "
                               "Somalia to open an inquiry.")
    asked = event_on(result, "asked")
    assert "_named_occasion_day" not in asked.explanation.status["date"]
    assert asked.date is None or asked.date.value != "2026-03-11"


INVITED = ("RABAT, March 12 (Reuters) - Morocco and Mauritania agreed on Wednesday to add a crossing on their "
           "shared border. ")


def test_an_accepted_invitation_is_dated_by_the_coming_month_of_the_visit(coder):
    result = _explained(coder, INVITED + "Mauritania's president accepted an invitation to visit Rabat in January, "
                                         "the ministry said.")
    accepted = event_on(result, "accepted")
    assert accepted.date is not None and accepted.date.value == "2027-01"


def test_a_month_on_the_accepting_verb_stays_past(coder):
    result = _explained(coder, INVITED + "In January, Mauritania's president had accepted an invitation to visit "
                                         "Rabat, the ministry said.")
    accepted = event_on(result, "accepted")
    assert accepted.date is not None and accepted.date.value == "2026-01"
