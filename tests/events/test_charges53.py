"""A charge hung on a legal verb itself names no target (session 53, h-fd53; events/participants.py,
ParticipantRules._charged_with):

- a passive's charge ("was charged with breaching X's sanctions", the parser reading the gerund as a modifier of the
  noun) and an active one ("convicted a man of spying for X") name no target: their parties are the charge's;
- a "to" phrase after the charge, which the parser hangs on the verb ("charged two sailors with smuggling drone parts
  to X"), is the charge's too;
- the ones charged stay the target, and a legal verb's "with" that leads to people, not to an act, is no charge.

Sentences are synthetic, written in agency style for these tests about real states with invented facts."""

from tests.conftest import actors_of, event_on


def test_a_passive_charge_on_the_verb_names_no_target(code):
    result = code("PIRAEUS, March 4 (Reuters) - Prosecutors said that the Indian master of the vessel was charged "
                  "with breaching European Union sanctions.")
    charged = event_on(result, "charged")
    assert "eu" not in actors_of(charged.target)
    assert "IND" in actors_of(charged.target)


def test_a_conviction_of_spying_for_a_third_state_names_it_not(code):
    result = code("WARSAW, July 2 (PAP) - A Polish court convicted a Ukrainian citizen on Wednesday of spying for "
                  "Belarus, prosecutors said.")
    convicted = event_on(result, "convicted")
    assert "BLR" not in actors_of(convicted.target)
    assert "UKR" in actors_of(convicted.target)


def test_a_to_phrase_after_the_charge_is_the_charges(code):
    result = code("TALLINN, May 19 (Reuters) - Estonian prosecutors charged two Latvian sailors with smuggling "
                  "drone parts to Russia on Monday, a spokeswoman said.")
    charged = event_on(result, "charged")
    assert "RUS" not in actors_of(charged.target)
    assert "LVA" in actors_of(charged.target)


def test_people_after_with_are_no_charge(code):
    result = code("NDJAMENA, May 4 (AFP) - Chadian police arrested two smugglers with three members of Sudan's Rapid "
                  "Support Forces near Adre on Monday, a police source said.")
    assert "rsf" in actors_of(event_on(result, "arrested").target)
