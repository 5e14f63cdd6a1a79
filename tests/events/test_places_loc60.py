"""Places of session 60 (h-loc60): an act told in a "who" clause on the party a meeting was held with is where the
meeting's own clause places it (``PlaceRules._met_party_place``); eval/wire/README.md, "location".

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rules read where the words hang, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-04-02"

# Sisi held talks in Cairo with Rubio, who thanked Egypt for its support.
THANKED = """
    Sisi       Sisi       PROPN NNP nsubj    1 B-PERSON
    held       hold       VERB  VBD ROOT     1 O
    talks      talk       NOUN  NNS dobj     1 O
    in         in         ADP   IN  prep     2 O
    Cairo      Cairo      PROPN NNP pobj     3 B-GPE
    with       with       ADP   IN  prep     1 O
    Rubio      Rubio      PROPN NNP pobj     5 B-PERSON
    ,          ,          PUNCT ,   punct    6 O
    who        who        PRON  WP  nsubj    9 O
    thanked    thank      VERB  VBD relcl    6 O
    Egypt      Egypt      PROPN NNP dobj     9 B-GPE
    for        for        ADP   IN  prep     9 O
    its        its        PRON  PRP$ poss    13 O
    support    support    NOUN  NN  pobj     11 O
    .          .          PUNCT .   punct    1 O
"""

# Sisi held talks in Cairo with Rubio, who had thanked Egypt for its support.
HAD_THANKED = """
    Sisi       Sisi       PROPN NNP nsubj    1 B-PERSON
    held       hold       VERB  VBD ROOT     1 O
    talks      talk       NOUN  NNS dobj     1 O
    in         in         ADP   IN  prep     2 O
    Cairo      Cairo      PROPN NNP pobj     3 B-GPE
    with       with       ADP   IN  prep     1 O
    Rubio      Rubio      PROPN NNP pobj     5 B-PERSON
    ,          ,          PUNCT ,   punct    6 O
    who        who        PRON  WP  nsubj    10 O
    had        have       AUX   VBD aux      10 O
    thanked    thank      VERB  VBN relcl    6 O
    Egypt      Egypt      PROPN NNP dobj     10 B-GPE
    for        for        ADP   IN  prep     10 O
    its        its        PRON  PRP$ poss    14 O
    support    support    NOUN  NN  pobj     12 O
    .          .          PUNCT .   punct    1 O
"""


def _countries(result, word: str) -> list[str | None]:
    return [e.location.country if e.location is not None else None for e in result.events
            if e.trigger.text.startswith(word)]


def _events(result) -> list[tuple[str, object]]:
    return [(e.trigger.text, e.location) for e in result.events]


def test_places_loc60_words_of_a_party_met_in_a_place_named(blank_coder):
    result = code_tree(blank_coder, THANKED, date=DATE)
    assert _countries(result, "thanked") and set(_countries(result, "thanked")) == {"EGY"}, _events(result)
    # a meeting whose sentence names no place gives the words said at it none
    unplaced = THANKED.replace("    in         in         ADP   IN  prep     2 O",
                               "    in         in         ADP   IN  prep     1 O") \
        .replace("    Cairo      Cairo      PROPN NNP pobj     3 B-GPE",
                 "    June       June       PROPN NNP pobj     3 B-DATE")
    result = code_tree(blank_coder, unplaced, date=DATE)
    assert set(_countries(result, "thanked")) <= {None}, _events(result)
    # nor are words told in the past perfect, said before the meeting
    result = code_tree(blank_coder, HAD_THANKED, date=DATE)
    assert set(_countries(result, "thanked")) <= {None}, _events(result)
