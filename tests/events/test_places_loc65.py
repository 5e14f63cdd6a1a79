"""Places of session 65 (h-loc65): a deed of material cooperation told as done (CAMEO 06, 07: asserted or reported)
is where an "in" the parser hangs on its object names a place ("Japan has financed a hospital in Tashkent":
Uzbekistan), as a term an agreement sets out already was (session 61) (``PlaceRules.location``, ``DEED_ROOTS``).

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rules read where the words hang, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-04-02"

# Japan has financed a hospital in Tashkent.
FINANCED = """
    Japan      Japan      PROPN NNP nsubj    2 B-GPE
    has        have       AUX   VBZ aux      2 O
    financed   finance    VERB  VBN ROOT     2 O
    a          a          DET   DT  det      4 O
    hospital   hospital   NOUN  NN  dobj     2 O
    in         in         ADP   IN  prep     4 O
    Tashkent   Tashkent   PROPN NNP pobj     5 B-GPE
    .          .          PUNCT .   punct    2 O
"""

def _countries(result, word: str) -> list[str | None]:
    return [e.location.country if e.location is not None else None for e in result.events
            if e.trigger.text.startswith(word)]


def _events(result) -> list[tuple[str, str, object]]:
    return [(e.trigger.text, e.cameo, e.location) for e in result.events]


def test_places_loc65_a_deed_done_is_where_the_place_nested_in_its_object_says(blank_coder):
    result = code_tree(blank_coder, FINANCED, date=DATE)
    assert _countries(result, "financed") and set(_countries(result, "financed")) == {"UZB"}, _events(result)

