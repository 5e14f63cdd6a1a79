"""Places of session 61 (h-loc61): a deed an agreement sets out, or a commitment told with "will", takes the place its
own clause names, also one nested in its object ("will fund a training centre in X") or a state's training or
military site named by its demonym or possessive ("at French military schools"), and not the place of a later deed
joined to it (``PlaceRules.location``, ``facility_noun``); eval/wire/README.md, "location", audit of session 60.

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rules read where the words hang, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-04-02"

# Under the deal, Japan will fund a training centre in Hanoi for Vietnam.
FUND = """
    Under      under      ADP   IN  prep     6 O
    the        the        DET   DT  det      2 O
    deal       deal       NOUN  NN  pobj     0 O
    ,          ,          PUNCT ,   punct    6 O
    Japan      Japan      PROPN NNP nsubj    6 B-GPE
    will       will       AUX   MD  aux      6 O
    fund       fund       VERB  VB  ROOT     6 O
    a          a          DET   DT  det      9 O
    training   training   NOUN  NN  compound 9 O
    centre     centre     NOUN  NN  dobj     6 O
    in         in         ADP   IN  prep     9 O
    Hanoi      Hanoi      PROPN NNP pobj     10 B-GPE
    for        for        ADP   IN  prep     6 O
    Vietnam    Vietnam    PROPN NNP pobj     12 B-GPE
    .          .          PUNCT .   punct    6 O
"""

# Under the deal, France will finance the pier and will train Chilean officers at French military schools.
TRAIN = """
    Under      under      ADP   IN  prep     6 O
    the        the        DET   DT  det      2 O
    deal       deal       NOUN  NN  pobj     0 O
    ,          ,          PUNCT ,   punct    6 O
    France     France     PROPN NNP nsubj    6 B-GPE
    will       will       AUX   MD  aux      6 O
    finance    finance    VERB  VB  ROOT     6 O
    the        the        DET   DT  det      8 O
    pier       pier       NOUN  NN  dobj     6 O
    and        and        CCONJ CC  cc       6 O
    will       will       AUX   MD  aux      11 O
    train      train      VERB  VB  conj     6 O
    Chilean    Chilean    ADJ   JJ  amod     13 B-NORP
    officers   officer    NOUN  NNS dobj     11 O
    at         at         ADP   IN  prep     11 O
    French     French     ADJ   JJ  amod     17 B-NORP
    military   military   ADJ   JJ  amod     17 O
    schools    school     NOUN  NNS pobj     14 O
    .          .          PUNCT .   punct    6 O
"""


def _countries(result, word: str) -> list[str | None]:
    return [e.location.country if e.location is not None else None for e in result.events
            if e.trigger.text.startswith(word)]


def _events(result) -> list[tuple[str, str, object]]:
    return [(e.trigger.text, e.cameo, e.location) for e in result.events]


def test_places_loc61_a_term_is_where_the_place_nested_in_its_object_says(blank_coder):
    result = code_tree(blank_coder, FUND, date=DATE)
    assert _countries(result, "fund") and set(_countries(result, "fund")) == {"VNM"}, _events(result)


def test_places_loc61_a_term_is_at_a_state_site_its_demonym_names(blank_coder):
    result = code_tree(blank_coder, TRAIN, date=DATE)
    assert _countries(result, "train") and set(_countries(result, "train")) == {"FRA"}, _events(result)


def test_places_loc61_a_term_keeps_its_own_clause_not_a_later_deed_s_place(blank_coder):
    result = code_tree(blank_coder, TRAIN, date=DATE)
    assert _countries(result, "finance") and set(_countries(result, "finance")) == {None}, _events(result)
