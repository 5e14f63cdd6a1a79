"""Modality of a thing offered or pledged (session 59): "has pledged two aircraft to Ukraine" is a giving still
to come (`intended`), as "pledged to send" is; a stance pledged ("pledged its support") is said now. Trees built by
hand (synthetic sentences, wire style): the parse is not the point."""

from tests.conftest import code_tree

PLEDGED = """
    Sweden    Sweden    PROPN NNP nsubj    3 B-GPE
    has       have      AUX   VBZ aux      3 O
    already   already   ADV   RB  advmod   3 O
    pledged   pledge    VERB  VBN ROOT     3 O
    two       two       NUM   CD  nummod   6 O
    patrol    patrol    NOUN  NN  compound 6 O
    aircraft  aircraft  NOUN  NNS dobj     3 O
    to        to        ADP   IN  prep     3 O
    Ukraine   Ukraine   PROPN NNP pobj     7 B-GPE
    .         .         PUNCT .   punct    3 O
"""

SUPPORT = """
    Sweden    Sweden    PROPN NNP  nsubj   1 B-GPE
    pledged   pledge    VERB  VBD  ROOT    1 O
    its       its       PRON  PRP$ poss    4 O
    full      full      ADJ   JJ   amod    4 O
    support   support   NOUN  NN   dobj    1 O
    to        to        ADP   IN   prep    1 O
    Ukraine   Ukraine   PROPN NNP  pobj    5 B-GPE
    .         .         PUNCT .    punct   1 O
"""


def _on(result, trigger: str):
    return [e for e in result.events if e.trigger.text.split()[0] == trigger]


def test_status_pledged59_a_thing_pledged_is_intended_support_pledged_said_now(blank_coder):
    [pledge] = _on(code_tree(blank_coder, PLEDGED, date="2026-05-14"), "pledged")
    assert pledge.modality == "intended"
    # CAMEO 032: a stance pledged, not a thing to hand over
    [pledge] = _on(code_tree(blank_coder, SUPPORT, date="2026-05-14"), "pledged")
    assert pledge.modality == "asserted"


def test_status_pledged59_a_thing_offered_is_intended_not_one_refused(blank_coder):
    table = PLEDGED.replace("pledged   pledge", "offered   offer  ")
    [offer] = _on(code_tree(blank_coder, table, date="2026-05-14"), "offered")
    assert offer.modality == "intended"
    table = table.replace("already   already   ADV   RB  advmod", "not       not       PART  RB  neg   ")
    offers = _on(code_tree(blank_coder, table, date="2026-05-14"), "offered")
    assert all(o.modality != "intended" for o in offers)


SEND_THIS_WEEK = """
    Niger     Niger     PROPN NNP nsubj    1 B-GPE
    said      say       VERB  VBD ROOT     1 O
    it        it        PRON  PRP nsubj    4 O
    would     would     AUX   MD  aux      4 O
    send      send      VERB  VB  ccomp    1 O
    troops    troop     NOUN  NNS dobj     4 O
    to        to        ADP   IN  prep     4 O
    Chad      Chad      PROPN NNP pobj     6 B-GPE
    this      this      DET   DT  det      9 B-DATE
    week      week      NOUN  NN  npadvmod 4 I-DATE
    .         .         PUNCT .   punct    1 O
"""


def test_status_pledged59_what_would_be_done_in_the_running_week_is_future(blank_coder):
    # the doer's own "would" with no time is its intention; in the week still running, an act to come
    [send] = _on(code_tree(blank_coder, SEND_THIS_WEEK, date="2026-02-03"), "send")
    assert send.modality == "future"
    table = SEND_THIS_WEEK.replace("this      this      DET   DT  det      9 B-DATE",
                                   "last      last      ADJ   JJ  amod     9 B-DATE")
    [send] = _on(code_tree(blank_coder, table, date="2026-02-03"), "send")
    assert send.modality != "future"
