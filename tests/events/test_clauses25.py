"""Sides taken from the wrong clause (session 25, h-clauses25; issue 11, "who did what to whom").

- A verb joined by ", and" after an adverbial clause set off by commas goes on the main clause: "Kenya accused
  Somalia ..., two weeks after Ethiopian troops left the area, and asked the AU to send monitors" is Kenya's appeal,
  and "left" is not aimed at the AU (``roles.main_clause_conjunct``); without the commas the clause's subject does
  both ("after the rebels crossed the river and attacked a post").
- A clause with a subject of its own on a noun of speech ("denied reports that Beijing had sought access ...") is
  not done to that noun: neither the rules (``ParticipantRules.objects``, a bare participle on a noun only) nor the
  attacher (``attach._framing_nouns``) take the reports as its target.
- Help given "from" someone is that one's, and the owner received it ("Fiji's loans from its Export-Import Bank",
  after "China agreed": China to Fiji; ``Extractor._noun``).
- People at work or on the move who cross into a place occupy nothing ("the herders had entered Senegalese
  territory"), forces still do (verbs.tsv, a ``-`` line with a subject).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from tests.conftest import event_on


def _codes(participants) -> list[str]:
    return sorted({p.country or p.actor for p in participants if p.actor})


@pytest.mark.parametrize("text, trigger, doer, target", [
    ("NAIROBI, March 4 (Reuters) - Kenya accused Somalia on Tuesday of massing troops near Mandera, two weeks after "
     "Ethiopian troops left the area, and asked the African Union to send monitors, the foreign ministry said.",
     "asked", "KEN", "african-union"),
    ("ATHENS, March 4 (Reuters) - Greece lodged a protest with Ankara on Monday, a week after Turkish jets flew over "
     "the island of Lesbos, and asked the European Union to condemn the flights.", "asked", "GRC", "eu"),
])
def test_conjunct_after_a_clause_set_off_by_commas_is_the_main_clause_s(code, text, trigger, doer, target):
    result = code(text, date="2026-03-04")
    event = event_on(result, trigger)
    assert _codes(event.source) == [doer], event.source
    assert [p.actor for p in event.target] == [target], event.target
    # the verb of the adverbial clause is not aimed at whom the main clause's conjunct addresses
    assert not [p for e in result.events if e is not event for p in e.target if p.actor == target]


def test_conjunct_of_an_adverbial_clause_without_commas_keeps_its_subject(code):
    result = code("BAMAKO, March 4 (AFP) - Mali closed its border with Niger after Nigerien rebels crossed the river "
                  "and attacked an army post near Menaka.", date="2026-03-04")
    assert _codes(event_on(result, "attacked").source) == ["NER"]


def test_clause_on_a_noun_of_speech_is_not_done_to_it(code):
    result = code("PORT VILA, March 4 (AAP) - Vanuatu's foreign ministry on Tuesday rejected Australian media reports "
                  "that Beijing had offered to build a military airstrip on the island of Espiritu Santo.",
                  date="2026-03-04")
    event = event_on(result, "offered")
    assert _codes(event.source) == ["CHN"]
    assert not [p for p in event.target if "reports" in p.text], event.target


def test_reported_act_takes_no_report_from_the_attacher(code):
    result = code("PHNOM PENH, March 4 (AFP) - Cambodia's government denied Japanese media reports that Beijing had "
                  "sought exclusive use of the Ream naval base.", date="2026-03-04")
    event = event_on(result, "sought")
    assert not [p for p in event.target if "reports" in p.text], event.target


def test_bare_participle_on_a_noun_is_still_done_to_it(code):
    # "video released by the coast guard": the participle with no subject of its own is done to its noun
    result = code("MANILA, March 4 (AP) — The Philippines condemned the Chinese ships blocked by its coast guard near "
                  "the shoal on Monday.", date="2026-03-04")
    assert "CHN" in _codes(event_on(result, "blocked").target)


@pytest.mark.parametrize("text, giver, receiver", [
    ("SUVA, March 4 (AAP) - China agreed on Monday to write off part of Fiji's loans from its Export-Import Bank, "
     "the finance ministry in Suva said.", "CHN", "FJI"),
    ("MINSK, March 4 (Reuters) - Belarus's loans from Russia will be rescheduled, the finance ministry said.",
     "RUS", "BLR"),
])
def test_help_from_someone_is_theirs_and_its_owner_received_it(code, text, giver, receiver):
    event = event_on(code(text, date="2026-03-04"), "loans")
    assert _codes(event.source) == [giver], event.source
    assert _codes(event.target) == [receiver], event.target


def test_people_crossing_into_a_place_occupy_nothing(code):
    result = code("DAKAR, March 4 (AFP) - Senegal's army said the herders had entered Senegalese territory "
                  "with their cattle.", date="2026-03-04")
    assert not [e for e in result.events if e.trigger.text.startswith("entered")]
    troops = code("DJIBOUTI, March 4 (Reuters) - Djibouti said on Thursday that Eritrean troops had entered "
                  "Djiboutian territory near the promontory.", date="2026-03-04")
    event = event_on(troops, "entered")
    assert event.cameo == "192" and _codes(event.target) == ["DJI"]


def test_definite_noun_of_an_act_s_kind_points_back_past_later_paragraphs(code):
    # "the deal" names an agreement: the one signed in the lead, not the latest act of another kind before it
    text = ("KINSHASA, March 4 (Reuters) - Congo's government and the M23 rebels signed a prisoner exchange "
            "agreement in Doha on Wednesday.\n\nThe talks lasted three days. The exchange covers about 300 people. "
            "The first transfers could begin next week. The lists are not yet final. Relatives waited outside the "
            "hotel. The weather in Doha was mild. The rebels hold large parts of North Kivu. Goma has about two "
            "million people. Aid groups say food prices have doubled.\n\nBurundian troops fought alongside the army "
            "near Uvira in 2025. The United States welcomed the deal on Thursday.")
    event = event_on(code(text, date="2026-03-04"), "welcomed")
    assert "BDI" not in _codes(event.target) and "COD" in _codes(event.target), event.target
