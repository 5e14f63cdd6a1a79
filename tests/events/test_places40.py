"""Places and sides of session 40 (issue 11, h-place40): a place after the last of joined objects, a state's capital
named by description, a named crossing closed, and a union of expatriate traders.

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest
from tests.conftest import code_tree, events_of

# "The Philippine navy detained a Vietnamese boat and its nine crew members in waters off Sarangani on Monday.": the
# parser hangs the place on the last conjunct ("members"), which is no side, not on the verb or the first object
JOINED_OBJECTS = """
The the DET DT det 2 O
Philippine Philippine PROPN NNP amod 2 B-NORP
navy navy NOUN NN nsubj 3 O
detained detain VERB VBD ROOT 3 O
a a DET DT det 6 O
Vietnamese vietnamese ADJ JJ amod 6 B-NORP
boat boat NOUN NN dobj 3 O
and and CCONJ CC cc 6 O
its its PRON PRP$ poss 11 O
nine nine NUM CD nummod 11 B-CARDINAL
crew crew NOUN NN compound 11 O
members member NOUN NNS conj 6 O
in in ADP IN prep 11 O
waters water NOUN NNS pobj 12 O
off off ADP IN prep 13 O
Sarangani Sarangani PROPN NNP pobj 14 B-GPE
on on ADP IN prep 3 O
Monday Monday PROPN NNP pobj 16 B-DATE
. . PUNCT . punct 3 O
"""


def test_places40_a_place_after_the_last_joined_object_is_the_acts(blank_coder):
    acts = [e for e in events_of(code_tree(blank_coder, JOINED_OBJECTS)) if e.trigger.text.startswith("detained")]
    assert acts and all(e.location is not None and e.location.country == "PHL" for e in acts), acts


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("TOKYO, March 2 (Kyodo) - Japan's defence minister, who landed in the Mongolian capital on Monday, signed a "
     "memorandum on training with his Mongolian counterpart.", "signed", "MNG"),
    ("COPENHAGEN, March 2 (Reuters) - Protesters stormed the Danish embassy in the Iraqi capital on Monday.",
     "stormed", "IRQ"),
])
def test_places40_a_states_capital_named_by_description_is_its_ground(code, text, trigger, country):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text.startswith(trigger)]
    assert acts and all(e.location is not None and e.location.country == country for e in acts), acts


@pytest.mark.parametrize(("text", "code_"), [
    # the members' demonym, on the outer union, says whose traders they are; the place they are "in" does not
    ("BAMAKO, March 2 (Reuters) - The Senegalese Union of Traders Association in Mali appealed to President Bassirou "
     "Diomaye Faye to intervene.", "SEN"),
    # with no demonym, the place they are in says it
    ("COLOMBO, March 2 (Reuters) - Fishermen's associations in Mannar urged India to stop its trawlers.", "LKA"),
])
def test_places40_a_union_of_traders_abroad_is_its_members_country(code, text, code_):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.trigger.text in ("appealed", "urged")]
    assert acts and all({p.code[:3] for p in e.source if p.code} == {code_} for e in acts), acts


@pytest.mark.parametrize(("text", "country"), [
    ("KIGALI, March 2 (Reuters) - Rwanda closed the Gatuna crossing on Monday after a row over detained drivers.",
     "RWA"),
    ("PRETORIA, March 2 (Reuters) - South Africa shut the Lebombo border post on Monday after protesters burned "
     "trucks.", "ZAF"),
    # (no named crossing: no place)
    ("TUNIS, March 2 (Reuters) - Tunisia closed its border with Libya on Monday.", None),
])
def test_places40_a_named_crossing_closed_is_where_it_was_closed(code, text, country):
    acts = [e for e in events_of(code(text, date="2026-03-02")) if e.cameo.startswith("191")]
    assert acts and all((e.location.country if e.location else None) == country for e in acts), acts
