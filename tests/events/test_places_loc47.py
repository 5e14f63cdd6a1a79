"""Places of session 47 (issue 11, h-loc47): a pact named by its noun is where the participle on the noun says it was
made ("under a pact reached in X in 2011": ``PlaceRules._made_at``); an accepted invitation to visit a place is where
the visit goes, as the invitation is (``PlaceRules._invited_trip``); force on people of a country ("beat three X
drivers") is not placed on their country's ground, as force on the country or its places is
(``PlaceRules._foreign_people``).

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import code_tree, events_of

# "Under a pact reached in Stockholm in 2011, Norway and Finland share the pastures.": the place hangs on the
# participle "reached", not on the event noun "pact"
PACT_REACHED = """
Under under ADP IN prep 12 O
a a DET DT det 2 O
pact pact NOUN NN pobj 0 O
reached reach VERB VBN acl 2 O
in in ADP IN prep 3 O
Stockholm Stockholm PROPN NNP pobj 4 B-GPE
in in ADP IN prep 3 O
2011 2011 NUM CD pobj 6 B-DATE
, , PUNCT , punct 12 O
Norway Norway PROPN NNP nsubj 12 B-GPE
and and CCONJ CC cc 9 O
Finland Finland PROPN NNP conj 9 B-GPE
share share VERB VBP ROOT 12 O
the the DET DT det 14 O
pastures pasture NOUN NNS dobj 12 O
. . PUNCT . punct 12 O
"""


def test_places_loc47_a_pacts_participle_names_where_it_was_made(blank_coder):
    pacts = [e for e in events_of(code_tree(blank_coder, PACT_REACHED)) if e.trigger.text == "pact"]
    assert pacts and all(e.location is not None and e.location.country == "SWE" for e in pacts), pacts


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("OSLO, March 2 (NTB) - The treaty, signed in Helsinki in 2011, lets Norway and Finland share the reindeer "
     "pastures.", "treaty", "FIN"),
    ("OSLO, March 2 (NTB) - Under a pact reached in Stockholm in 2011, Norway and Finland share the reindeer "
     "pastures.", "pact", "SWE"),
    # a participle that names no place gives none
    ("OSLO, March 2 (NTB) - The treaty, signed in 2011, lets Norway and Finland share the reindeer pastures.",
     "treaty", None),
])
def test_places_loc47_a_pact_is_where_its_participle_says(code, text, trigger, country):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text == trigger]
    assert acts and all((e.location.country if e.location else None) == country for e in acts), acts


@pytest.mark.parametrize(("text", "country"), [
    ("LIMA, March 2 (EFE) - Bolivian President Rodrigo Paz accepted an invitation to visit Cusco.", "PER"),
    ("LIMA, March 2 (EFE) - Bolivian President Rodrigo Paz accepted an invitation to pay a state visit to Quito.",
     "ECU"),
])
def test_places_loc47_an_accepted_invitation_goes_where_the_visit_goes(code, text, country):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text.startswith("accepted")]
    assert acts and all(e.location is not None and e.location.country == country for e in acts), acts


def test_places_loc47_an_accepted_invitation_to_talk_is_no_trip(code):
    # an invitation to talks names no trip: no place from the invitation
    text = "LIMA, March 2 (EFE) - Bolivian President Rodrigo Paz accepted an invitation to hold talks with Chile."
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text.startswith("accepted")]
    assert all(e.location is None for e in acts), acts


@pytest.mark.parametrize(("text", "trigger", "country"), [
    # force on people of a country names no place: they may be anywhere
    ("GENEVA, March 2 (Reuters) - Libyan soldiers beat three Egyptian drivers on Sunday.", "beat", None),
    ("GENEVA, March 2 (Reuters) - Libyan soldiers fired on four Egyptian traders on Sunday.", "fired", None),
    # force on a country's places falls on its ground
    ("GENEVA, March 2 (Reuters) - Libyan forces shelled Egyptian villages on Sunday.", "shelled", "EGY"),
    ("GENEVA, March 2 (Reuters) - Libyan forces shelled Egypt on Sunday.", "shelled", "EGY"),
])
def test_places_loc47_force_on_foreign_people_is_not_on_their_ground(code, text, trigger, country):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text.startswith(trigger)]
    assert acts and all((e.location.country if e.location else None) == country for e in acts), acts
