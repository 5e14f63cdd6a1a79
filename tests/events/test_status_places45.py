"""Places of session 45 (h-loc45): a meeting, an agreement or a signing takes the place of the meeting or visit it was
done at, told in its own clause ("signed an accord when their presidents met in X", "agreed on a ceasefire at the end of
three days of talks in X": events/places.py ``PlaceRules._occasion_place``); a signing, a meeting or a cooperation takes
the place the parser hangs on its topic ("signed a declaration on trade in X", "held a joint exercise on border crime in
X"), not the topic itself; an act done "during the visit" takes the place of the trip told before
(``PlaceRules._trip_told_before``). Sentences written for the tests (synthetic, wire style); the parses are built by
hand but for the visit's, where two sentences are the point."""

from tests.conftest import code_tree

WHEN_MET = """
    Kenya      Kenya      PROPN NNP nsubj   3 B-GPE
    and        and        CCONJ CC  cc      0 O
    Uganda     Uganda     PROPN NNP conj    0 B-GPE
    signed     sign       VERB  VBD ROOT    3 O
    an         an         DET   DT  det     5 O
    accord     accord     NOUN  NN  dobj    3 O
    when       when       SCONJ WRB advmod  9 O
    their      their      PRON  PRP$ poss   8 O
    presidents president  NOUN  NNS nsubj   9 O
    met        meet       VERB  VBD advcl   3 O
    in         in         ADP   IN  prep    9 O
    Kampala    Kampala    PROPN NNP pobj    10 B-GPE
    in         in         ADP   IN  prep    9 O
    2024       2024       NUM   CD  pobj    12 B-DATE
    .          .          PUNCT .   punct   3 O
"""

AFTER_TALKS = """
    Kenya      Kenya      PROPN NNP nsubj   3 B-GPE
    and        and        CCONJ CC  cc      0 O
    Uganda     Uganda     PROPN NNP conj    0 B-GPE
    agreed     agree      VERB  VBD ROOT    3 O
    on         on         ADP   IN  prep    3 O
    a          a          DET   DT  det     6 O
    ceasefire  ceasefire  NOUN  NN  pobj    4 O
    at         at         ADP   IN  prep    3 O
    the        the        DET   DT  det     9 O
    end        end        NOUN  NN  pobj    7 O
    of         of         ADP   IN  prep    9 O
    two        two        NUM   CD  nummod  12 O
    days       day        NOUN  NNS pobj    10 O
    of         of         ADP   IN  prep    12 O
    talks      talk       NOUN  NNS pobj    13 O
    in         in         ADP   IN  prep    14 O
    Kampala    Kampala    PROPN NNP pobj    15 B-GPE
    .          .          PUNCT .   punct   3 O
"""

SIGNED_ON = """
    Kenya      Kenya      PROPN NNP nsubj   3 B-GPE
    and        and        CCONJ CC  cc      0 O
    Uganda     Uganda     PROPN NNP conj    0 B-GPE
    signed     sign       VERB  VBD ROOT    3 O
    a          a          DET   DT  det     5 O
    declaration declaration NOUN NN dobj    3 O
    on         on         ADP   IN  prep    3 O
    trade      trade      NOUN  NN  pobj    6 O
    in         in         ADP   IN  prep    7 O
    Kampala    Kampala    PROPN NNP pobj    8 B-GPE
    .          .          PUNCT .   punct   3 O
"""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def _countries(events):
    return [e.location.country if e.location is not None else None for e in events]


def test_places_a_signing_when_the_parties_met_somewhere_is_there(blank_coder):
    signed = _on(code_tree(blank_coder, WHEN_MET, date="2026-05-14"), "signed")
    assert signed and _countries(signed) == ["UGA"] * len(signed)


def test_places_a_signing_when_the_parties_met_nowhere_named_has_no_place(blank_coder):
    table = WHEN_MET.replace("    in         in         ADP   IN  prep    9 O\n"
                             "    Kampala    Kampala    PROPN NNP pobj    10 B-GPE\n",
                             "    there      there      ADV   RB  advmod  9 O\n"
                             "    again      again      ADV   RB  advmod  9 O\n")
    signed = _on(code_tree(blank_coder, table, date="2026-05-14"), "signed")
    assert signed and _countries(signed) == [None] * len(signed)


def test_places_a_signing_when_a_deed_was_done_somewhere_is_not_placed_by_it(blank_coder):
    # a clause of no meeting or visit ("when their presidents fought in X") is no occasion of the signing
    table = WHEN_MET.replace("met        meet", "fought     fight")
    signed = _on(code_tree(blank_coder, table, date="2026-05-14"), "signed")
    assert signed and _countries(signed) == [None] * len(signed)


def test_places_an_agreement_at_the_end_of_talks_somewhere_is_there(blank_coder):
    agreed = _on(code_tree(blank_coder, AFTER_TALKS, date="2026-05-14"), "agreed")
    assert agreed and _countries(agreed) == ["UGA"] * len(agreed)


def test_places_an_agreement_at_the_end_of_days_of_no_talks_has_no_place(blank_coder):
    # the "of" chain reaches no meeting: "at the end of three days of fighting in X" is no occasion of the agreement
    table = AFTER_TALKS.replace("talks      talk       NOUN  NNS", "fighting   fighting   NOUN  NN ")
    agreed = _on(code_tree(blank_coder, table, date="2026-05-14"), "agreed")
    assert agreed and _countries(agreed) == [None] * len(agreed)


def test_places_a_signing_takes_the_place_hung_on_its_topic(blank_coder):
    signed = _on(code_tree(blank_coder, SIGNED_ON, date="2026-05-14"), "signed")
    assert signed and _countries(signed) == ["UGA"] * len(signed)


def test_places_a_signing_about_a_place_is_not_placed_there(blank_coder):
    # "signed a declaration on Uganda": the topic is what the text is about, no place it was signed at
    table = SIGNED_ON.replace("    trade      trade      NOUN  NN  pobj    6 O\n"
                              "    in         in         ADP   IN  prep    7 O\n"
                              "    Kampala    Kampala    PROPN NNP pobj    8 B-GPE\n",
                              "    Uganda     Uganda     PROPN NNP pobj    6 B-GPE\n")
    table = table.replace("Uganda     Uganda     PROPN NNP conj    0 B-GPE",
                          "Rwanda     Rwanda     PROPN NNP conj    0 B-GPE")
    signed = _on(code_tree(blank_coder, table, date="2026-05-14"), "signed")
    assert signed and _countries(signed) == [None] * len(signed)


def test_places_an_act_during_the_visit_takes_the_place_of_the_trip_told_before(code):
    # a release is no meeting a visit of its parties places (PlaceRules._visit_place): "the visit" names the trip
    result = code("NAIROBI, May 14 (Reuters) - Kenya's foreign minister flew to Kampala in April for talks on the "
                  "lake. Officials said the talks went well. Uganda freed 11 Kenyan fishermen during the visit.",
                  date="2026-05-14")
    freed = _on(result, "freed")
    assert freed and _countries(freed) == ["UGA"] * len(freed)


def test_places_an_act_during_the_visit_with_no_trip_to_a_place_told_has_no_place(code):
    result = code("ADDIS ABABA, May 14 (Reuters) - Kenya's foreign minister met his Ugandan counterpart in April. "
                  "Officials said the talks went well. Uganda freed 11 Kenyan fishermen during the visit.",
                  date="2026-05-14")
    freed = _on(result, "freed")
    assert freed and _countries(freed) == [None] * len(freed)


HELD_ON = """
    Kenya      Kenya      PROPN NNP nsubj   3 B-GPE
    and        and        CCONJ CC  cc      0 O
    Uganda     Uganda     PROPN NNP conj    0 B-GPE
    held       hold       VERB  VBD ROOT    3 O
    a          a          DET   DT  det     6 O
    joint      joint      ADJ   JJ  amod    6 O
    exercise   exercise   NOUN  NN  dobj    3 O
    on         on         ADP   IN  prep    3 O
    border     border     NOUN  NN  compound 9 O
    crime      crime      NOUN  NN  pobj    7 O
    in         in         ADP   IN  prep    9 O
    Kampala    Kampala    PROPN NNP pobj    10 B-GPE
    .          .          PUNCT .   punct   3 O
"""


def test_places_a_joint_exercise_takes_the_place_hung_on_its_topic(blank_coder):
    held = _on(code_tree(blank_coder, HELD_ON, date="2026-05-14"), "held")
    assert held and _countries(held) == ["UGA"] * len(held)
