"""A trip and the meeting it is for, in three more shapes of agency copy (session 59, h-rep59): a verb joined to the
trip's "to" clause with no subject of its own ("to inspect the port and meet local officials", whom the knowledge
base does not place), a "to" clause the parser hangs on the frame the trip is the open complement of ("is due to
travel ... to meet ..."), and a "where" clause on the trip's destination ("will travel to Kampala, where it will
meet ..."). Each is one visit (eval/wire/README.md: a trip gives its place to the act it is made for;
``act_links._trip_of``); the two last read their own tense and date, so the trip shows the visit.

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rule reads where the clause hangs, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-06-03"

# A Kenyan delegation will travel to Kampala on Monday to inspect the port and meet local officials.
JOINED = """
    A          a          DET   DT  det      2  O
    Kenyan     Kenyan     ADJ   JJ  amod     2  B-NORP
    delegation delegation NOUN  NN  nsubj    4  O
    will       will       AUX   MD  aux      4  O
    travel     travel     VERB  VB  ROOT     4  O
    to         to         ADP   IN  prep     4  O
    Kampala    Kampala    PROPN NNP pobj     5  B-GPE
    on         on         ADP   IN  prep     4  O
    Monday     Monday     PROPN NNP pobj     7  B-DATE
    to         to         PART  TO  aux      10 O
    inspect    inspect    VERB  VB  advcl    4  O
    the        the        DET   DT  det      12 O
    port       port       NOUN  NN  dobj     10 O
    and        and        CCONJ CC  cc       10 O
    meet       meet       VERB  VB  conj     10 O
    local      local      ADJ   JJ  amod     16 O
    officials  official   NOUN  NNS dobj     14 O
    .          .          PUNCT .   punct    4  O
"""

# A Kenyan delegation is due to travel to Kampala next week to meet Ugandan officials.
ON_THE_FRAME = """
    A          a          DET   DT  det      2  O
    Kenyan     Kenyan     ADJ   JJ  amod     2  B-NORP
    delegation delegation NOUN  NN  nsubj    3  O
    is         be         AUX   VBZ ROOT     3  O
    due        due        ADJ   JJ  acomp    3  O
    to         to         PART  TO  aux      6  O
    travel     travel     VERB  VB  xcomp    4  O
    to         to         ADP   IN  prep     6  O
    Kampala    Kampala    PROPN NNP pobj     7  B-GPE
    next       next       ADJ   JJ  amod     10 B-DATE
    week       week       NOUN  NN  npadvmod 6  I-DATE
    to         to         PART  TO  aux      12 O
    meet       meet       VERB  VB  advcl    3  O
    Ugandan    Ugandan    ADJ   JJ  amod     14 B-NORP
    officials  official   NOUN  NNS dobj     12 O
    .          .          PUNCT .   punct    3  O
"""

# A Kenyan delegation will travel to Kampala on Monday, where it will meet Ugandan officials.
WHERE = """
    A          a          DET   DT  det      2  O
    Kenyan     Kenyan     ADJ   JJ  amod     2  B-NORP
    delegation delegation NOUN  NN  nsubj    4  O
    will       will       AUX   MD  aux      4  O
    travel     travel     VERB  VB  ROOT     4  O
    to         to         ADP   IN  prep     4  O
    Kampala    Kampala    PROPN NNP pobj     5  B-GPE
    on         on         ADP   IN  prep     4  O
    Monday     Monday     PROPN NNP pobj     7  B-DATE
    ,          ,          PUNCT ,   punct    6  O
    where      where      SCONJ WRB advmod   13 O
    it         it         PRON  PRP nsubj    13 O
    will       will       AUX   MD  aux      13 O
    meet       meet       VERB  VB  relcl    6  O
    Ugandan    Ugandan    ADJ   JJ  amod     15 B-NORP
    officials  official   NOUN  NNS dobj     13 O
    .          .          PUNCT .   punct    4  O
"""


def _visits(blank_coder, table):
    result = code_tree(blank_coder, table, date=DATE)
    return [e for e in result.events if e.cameo.startswith(("03", "04"))]


def test_acts_a_meeting_joined_to_the_trips_purpose_is_the_visit(blank_coder):
    [visit] = _visits(blank_coder, JOINED)
    assert [m.trigger.text for m in visit.mentions] == ["travel", "meet"]


def test_acts_a_meeting_hung_on_the_trips_frame_is_the_visit(blank_coder):
    [visit] = _visits(blank_coder, ON_THE_FRAME)
    assert [m.trigger.text for m in visit.mentions] == ["travel", "meet"]
    assert visit.trigger.text == "travel"  # the clause on the frame reads its own status: the trip shows the visit


def test_acts_a_meeting_where_the_trip_goes_is_the_visit(blank_coder):
    [visit] = _visits(blank_coder, WHERE)
    assert [m.trigger.text for m in visit.mentions] == ["travel", "meet"]
    assert visit.trigger.text == "travel"
