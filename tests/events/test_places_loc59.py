"""Places of session 59 (h-loc59): the place said after "for the first time" on an act's verb is where the act is
(``PlaceRules.location``; eval/wire/README.md, "location": the country where the act took place when the text names a
place). The parser hangs that place on the noun "time", not on the verb.

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rule reads where the place hangs, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-04-02"

# Kenya and Uganda will meet for the first time in Kampala in May.
MEET = """
    Kenya      Kenya      PROPN NNP nsubj    4 B-GPE
    and        and        CCONJ CC  cc       0 O
    Uganda     Uganda     PROPN NNP conj     0 B-GPE
    will       will       AUX   MD  aux      4 O
    meet       meet       VERB  VB  ROOT     4 O
    for        for        ADP   IN  prep     4 O
    the        the        DET   DT  det      8 O
    first      first      ADJ   JJ  amod     8 O
    time       time       NOUN  NN  pobj     5 O
    in         in         ADP   IN  prep     8 O
    Kampala    Kampala    PROPN NNP pobj     9 B-GPE
    in         in         ADP   IN  prep     4 O
    May        May        PROPN NNP pobj     11 B-DATE
    .          .          PUNCT .   punct    4 O
"""


def _countries(result, word: str) -> list[str | None]:
    return [e.location.country if e.location is not None else None for e in result.events
            if e.trigger.text.startswith(word)]


def test_places_loc59_a_place_on_for_the_first_time_places_the_act(blank_coder):
    result = code_tree(blank_coder, MEET, date=DATE)
    assert _countries(result, "meet") and set(_countries(result, "meet")) == {"UGA"}, \
        [(e.trigger.text, e.location) for e in result.events]
    # the place of another noun of "for" is none ("for the talks in Kampala" would be the meeting's own, not this rule)
    result = code_tree(blank_coder, MEET.replace("    time       time       NOUN  NN  pobj     5 O",
                                                 "    round      round      NOUN  NN  pobj     5 O"), date=DATE)
    assert set(_countries(result, "meet")) <= {None}
