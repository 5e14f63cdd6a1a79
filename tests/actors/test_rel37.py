"""Referring expressions resolved to the right body (issue 11, session 37, h-rel37).

- "Said it was ready to coordinate ...": the "it" of a copula with a ``readiness_adjective`` (ready, willing,
  prepared, unable ...) is the speaker, like that of a ``feeling_adjective`` ("said it was worried"), not the empty
  "it" of "it was possible to" (``actors/pronouns._feels``).
- "The junta", "the military authorities" (words.tsv ``junta_noun``; ``junta_modifier`` and ``junta_head``) that no
  knowledge-base body settles: the government of the seat they are "in", else of the latest state named before as
  military-ruled (``actors/nominals.NominalRules._military_ruled``), not the dateline's or the speaker's.
- "A statement by X that warned Y", "a letter from X that accused Y": a document (``authored_noun``) that does a word
  act through a relative clause speaks for the actor of its ``author_prep`` phrase (``events/doers._authors``).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest


def _events(result, trigger):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def test_rel37_readiness_adjectives_hold_every_willing_cue():
    from detente.events.lexicon import load_default

    lexicon = load_default()
    assert lexicon.cues["willing"] <= lexicon.words.readiness_adjective, \
        lexicon.cues["willing"] - lexicon.words.readiness_adjective


@pytest.mark.parametrize("text, trigger, source", [
    ("LIMA, May 12 (Reuters) - Peru's foreign ministry expressed its condolences on Tuesday and said it was ready to "
     "coordinate search operations with Chilean forces.", "was ready to coordinate", "PER"),
    ("MUSCAT, May 12 (Reuters) - Oman said on Tuesday it was ready to host new talks between Washington and Tehran.",
     "was ready to host", "OMN"),
    ("NAIROBI, May 12 (Reuters) - Kenya's government said on Tuesday it was willing to mediate between Sudan's "
     "army and the Rapid Support Forces.", "was willing to mediate", "KEN"),
])
def test_rel37_it_of_a_readiness_adjective_is_the_speaker(code, text, trigger, source):
    [event] = _events(code(text, date="2026-05-12"), trigger)
    assert [p.country for p in event.source if p.actor] == [source], event.source


def test_rel37_it_of_a_readiness_adjective_is_a_speaking_organisation(code):
    result = code("WASHINGTON, May 12 (Reuters) - The World Bank said on Tuesday it was ready to finance a new "
                  "power line for Zambia.", date="2026-05-12")
    [event] = _events(result, "was ready to finance")
    assert [(p.text, (p.code or "")[:3]) for p in event.source] == [("it", "IGO")], event.source


def test_rel37_empty_it_of_an_impersonal_adjective_still_names_no_one(code):
    result = code("BERLIN, May 12 (Reuters) - Germany said on Tuesday it was possible to resume talks with Iran "
                  "next month.", date="2026-05-12")
    assert not [e for e in result.events if any(p.text == "it" and p.actor for p in e.source)], result.events


@pytest.mark.parametrize("text, trigger, side, country", [
    # the seat a junta noun is "in", however the parser hangs the phrase
    ("ALGIERS, June 3 (Reuters) - Algeria accused Mali of violating its airspace. Tuareg rebels accused the junta "
     "in Bamako of bombing a market.", "accused", "target", "MLI"),
    # a junta phrase with its seat, then "the junta": that state's, not the dateline's
    ("PARIS, June 3 (AFP) - France summoned Niger's envoy after the military authorities in Niamey detained a French "
     "journalist. The junta expelled the French ambassador in 2023.", "expelled", "source", "NER"),
    ("PARIS, June 3 (AFP) - France summoned Niger's envoy after the military authorities in Niamey detained a French "
     "journalist.", "detained", "source", "NER"),
    # a state's military rulers named before: not the speaker's government
    ("ABUJA, June 3 (Reuters) - Nigeria urged Niger's military rulers to free the deposed president. The junta "
     "rejected the call.", "rejected", "source", "NER"),
])
def test_rel37_junta_is_the_state_named_military_ruled(code, text, trigger, side, country):
    events = [e for e in code(text, date="2026-06-03").events if trigger in e.trigger.text]
    assert events, trigger
    assert [p.country for p in getattr(events[-1], side) if p.actor] == [country], getattr(events[-1], side)


def test_rel37_military_governments_in_general_are_no_state(code):
    result = code("DAKAR, June 3 (Reuters) - Mali, Burkina Faso and Niger, all run by military governments that "
                  "seized power after 2020, left ECOWAS on Wednesday.", date="2026-06-03")
    assert not [p for e in result.events for p in e.source if p.text.startswith("military governments") and p.actor]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("RABAT, May 4 (Reuters) - Morocco expelled a Spanish diplomat on Tuesday. The ministry said the expulsion was a "
     "response to a statement by Spain's foreign ministry on Monday that called the trial a farce and warned Rabat "
     "of consequences.", "warned", "ESP", "MAR"),
    ("SANTIAGO, May 4 (Reuters) - Chile recalled its ambassador on Tuesday over a letter from Bolivia's president "
     "that accused Santiago of stealing water from the Silala river.", "accused", "BOL", "CHL"),
])
def test_rel37_document_in_a_relative_clause_speaks_for_its_author(code, text, trigger, source, target):
    [event] = [e for e in code(text, date="2026-05-04").events if e.trigger.text.startswith(trigger)]
    assert [p.country for p in event.source if p.actor] == [source], event.source
    assert [p.country for p in event.target if p.actor] == [target], event.target


def test_rel37_a_report_from_a_place_is_no_author(code):
    result = code("GENEVA, May 4 (Reuters) - A report from the border town that accused smugglers of arson was "
                  "read to the council on Tuesday.", date="2026-05-04")
    assert not [p for e in result.events if e.trigger.text.startswith("accused") for p in e.source if p.actor]
