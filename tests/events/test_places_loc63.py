"""Places of session 63 (h-loc63): a meeting to come (CAMEO 036: agreed on, planned or due, or a meeting told with
"will" before its code is made an intention) is placed where it is to be held, also where the parser hangs that place
on the meeting held, on its "of" phrase, on its topic, or on the round it is told with (``PlaceRules.location``,
``gathering_noun``); eval/wire/README.md, "location": a meeting to come is where it is to be held.

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rules read where the words hang, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-03-04"

# Kenya and Uganda agreed to hold the next meeting of their joint commission on fisheries in Kampala in May.
TOPIC = """
    Kenya      Kenya      PROPN NNP nsubj    3 B-GPE
    and        and        CCONJ CC  cc       0 O
    Uganda     Uganda     PROPN NNP conj     0 B-GPE
    agreed     agree      VERB  VBD ROOT     3 O
    to         to         PART  TO  aux      5 O
    hold       hold       VERB  VB  xcomp    3 O
    the        the        DET   DT  det      8 O
    next       next       ADJ   JJ  amod     8 O
    meeting    meeting    NOUN  NN  dobj     5 O
    of         of         ADP   IN  prep     8 O
    their      their      PRON  PRP$ poss    12 O
    joint      joint      ADJ   JJ  amod     12 O
    commission commission NOUN  NN  pobj     9 O
    on         on         ADP   IN  prep     5 O
    fisheries  fishery    NOUN  NNS pobj     13 O
    in         in         ADP   IN  prep     14 O
    Kampala    Kampala    PROPN NNP pobj     15 B-GPE
    in         in         ADP   IN  prep     5 O
    May        May        PROPN NNP pobj     17 B-DATE
    .          .          PUNCT .   punct    3 O
"""

# Ghana and Togo will hold the first session of the joint committee in Accra next month.
SESSION = """
    Ghana      Ghana      PROPN NNP nsubj    4 B-GPE
    and        and        CCONJ CC  cc       0 O
    Togo       Togo       PROPN NNP conj     0 B-GPE
    will       will       AUX   MD  aux      4 O
    hold       hold       VERB  VB  ROOT     4 O
    the        the        DET   DT  det      7 O
    first      first      ADJ   JJ  amod     7 O
    session    session    NOUN  NN  dobj     4 O
    of         of         ADP   IN  prep     7 O
    the        the        DET   DT  det      11 O
    joint      joint      ADJ   JJ  amod     11 O
    committee  committee  NOUN  NN  pobj     8 O
    in         in         ADP   IN  prep     11 O
    Accra      Accra      PROPN NNP pobj     12 B-GPE
    next       next       ADJ   JJ  amod     15 B-DATE
    month      month      NOUN  NN  npadvmod 4 I-DATE
    .          .          PUNCT .   punct    4 O
"""

# Kenya and Uganda also agreed to hold annual talks on security, with the first round in Nairobi next year.
ROUND = """
    Kenya      Kenya      PROPN NNP nsubj    4 B-GPE
    and        and        CCONJ CC  cc       0 O
    Uganda     Uganda     PROPN NNP conj     0 B-GPE
    also       also       ADV   RB  advmod   4 O
    agreed     agree      VERB  VBD ROOT     4 O
    to         to         PART  TO  aux      6 O
    hold       hold       VERB  VB  xcomp    4 O
    annual     annual     ADJ   JJ  amod     8 O
    talks      talk       NOUN  NNS dobj     6 O
    on         on         ADP   IN  prep     8 O
    security   security   NOUN  NN  pobj     9 O
    ,          ,          PUNCT ,   punct    6 O
    with       with       ADP   IN  prep     6 O
    the        the        DET   DT  det      15 O
    first      first      ADJ   JJ  amod     15 O
    round      round      NOUN  NN  pobj     12 O
    in         in         ADP   IN  prep     15 O
    Nairobi    Nairobi    PROPN NNP pobj     16 B-GPE
    next       next       ADJ   JJ  amod     19 B-DATE
    year       year       NOUN  NN  npadvmod 15 I-DATE
    .          .          PUNCT .   punct    4 O
"""


def _meetings(result) -> list[tuple[str, str, str | None]]:
    return [(e.trigger.text, e.cameo, e.location.country if e.location is not None else None)
            for e in result.events if e.cameo == "036"]


def test_places_loc63_a_meeting_agreed_on_takes_the_place_hung_on_its_topic(blank_coder):
    meetings = _meetings(code_tree(blank_coder, TOPIC, date=DATE))
    assert meetings and {country for _, _, country in meetings} == {"UGA"}, meetings


def test_places_loc63_a_meeting_to_come_takes_the_place_hung_on_its_of_phrase(blank_coder):
    meetings = _meetings(code_tree(blank_coder, SESSION, date=DATE))
    assert meetings and {country for _, _, country in meetings} == {"GHA"}, meetings


def test_places_loc63_a_meeting_agreed_on_takes_the_place_of_the_round_it_is_told_with(blank_coder):
    meetings = _meetings(code_tree(blank_coder, ROUND, date=DATE))
    assert meetings and {country for _, _, country in meetings} == {"KEN"}, meetings
