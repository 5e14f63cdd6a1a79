"""Whom funding and lending go to when the text names only the thing funded (session 42, h-aid42,
``CodeSideRules.aided_ground``, ``_demonym_owner``): the state of the place the thing is in, or the demonym on the
thing or on what the money is for; never a common noun inside the thing that the resolver gave a country the text
does not name with it. All sentences are invented, written in agency style."""

from tests.conftest import events_with_trigger


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target]


def test_a_centre_funded_in_a_city_aids_the_citys_state_not_the_storys_police(code):
    result = code("CANBERRA, May 2 (AAP) - Australia will send 30 police officers to Samoa next month. Japan, which "
                  "funds a police academy in Apia, welcomed the plan.", date="2026-05-02")
    assert _targets(result, "funds") == ["WSM"], _targets(result, "funds")


def test_plants_financed_with_a_demonym_aid_that_state(code):
    result = code("CAIRO, May 2 (AFP) - France has financed three Egyptian desalination plants since 2020, the "
                  "French embassy said.", date="2026-05-02")
    assert _targets(result, "financed") == ["EGY"], _targets(result, "financed")


LENT_FOR_A_DATIVE = """
The        the        DET    DT   det      2  O
World      World      PROPN  NNP  compound 2  B-ORG
Bank       Bank       PROPN  NNP  nsubj    3  I-ORG
offered    offer      VERB   VBD  ROOT     3  O
to         to         PART   TO   aux      5  O
lend       lend       VERB   VB   xcomp    3  O
200        200        NUM    CD   compound 7  B-MONEY
million    million    NUM    CD   nummod   8  I-MONEY
dollars    dollar     NOUN   NNS  dobj     5  I-MONEY
for        for        ADP    IN   dative   5  O
the        the        DET    DT   det      12 O
Ugandan    Ugandan    ADJ    JJ   amod     12 B-NORP
section    section    NOUN   NN   pobj     9  O
.          .          PUNCT  .    punct    3  O
"""


def test_money_lent_for_what_a_demonym_names_in_a_dative_for_goes_to_that_state(blank_coder):
    """The parser sometimes hangs "for the Ugandan section" on the verb as a dative, not a preposition."""
    from tests.conftest import code_tree

    result = code_tree(blank_coder, LENT_FOR_A_DATIVE, date="2026-05-02")
    assert _targets(result, "offered") == ["UGA"], [(e.cameo, e.trigger.text, _targets(result, e.trigger.text))
                                                     for e in result.events]
