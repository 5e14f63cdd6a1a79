"""One event per act, session 62 (h-rep62). Two verbs of aid sharing one object: one subject's conjoined verbs of
material cooperation, or of the intent to it, with the object told once after the second verb ("has funded and
equipped the coast guard", "will train and equip two new brigades") are two ways of one aid to one object: one act,
whatever their PLOVER types (training is COOPERATE 062, equipping AID 072); a "since" phrase on either bounds both
(the deed lasts, done two ways), and the verb holding the object shows the act (its code). The development wires
count one act each time (the shape in dev: 69, 137, 348, 358, 388, 459, 496, 616, 655, 876). Verbs with an object
each ("will donate two ships to Lebanon and train its crews") are left as before (the gold of dev counts them one
act three times and two acts six times). A summons and the protest it is for ("summoned Libya's envoy to protest
against ..."), the "to" clause hung as an open complement, are one act, as the dev gold has them (17 of 17); a
demand made in a summons stays its own act (4 of 4 in dev).

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rule reads which verb holds the object, not how the model parses the sentence."""

from tests.conftest import code_tree

DATE = "2026-05-12"

# Italy will train and equip two brigades of the Lebanese army.
WILL_TRAIN_AND_EQUIP = """
    Italy      Italy      PROPN NNP nsubj    2  B-GPE
    will       will       AUX   MD  aux      2  O
    train      train      VERB  VB  ROOT     2  O
    and        and        CCONJ CC  cc       2  O
    equip      equip      VERB  VB  conj     2  O
    two        two        NUM   CD  nummod   6  O
    brigades   brigade    NOUN  NNS dobj     4  O
    of         of         ADP   IN  prep     6  O
    the        the        DET   DT  det      10 O
    Lebanese   Lebanese   ADJ   JJ  amod     10 B-NORP
    army       army       NOUN  NN  pobj     7  O
    .          .          PUNCT .   punct    2  O
"""

# Italy has trained and equipped the Libyan coast guard since 2017 ("since" hung on the first verb).
SINCE = """
    Italy      Italy      PROPN NNP nsubj    2  B-GPE
    has        have       AUX   VBZ aux      2  O
    trained    train      VERB  VBN ROOT     2  O
    and        and        CCONJ CC  cc       2  O
    equipped   equip      VERB  VBN conj     2  O
    the        the        DET   DT  det      8  O
    Libyan     Libyan     ADJ   JJ  amod     8  B-NORP
    coast      coast      NOUN  NN  compound 8  O
    guard      guard      NOUN  NN  dobj     4  O
    since      since      ADP   IN  prep     2  O
    2017       2017       NUM   CD  pobj     9  B-DATE
    .          .          PUNCT .   punct    2  O
"""

# Italy will donate two ships to Lebanon and train its crews.
OBJECT_EACH = """
    Italy      Italy      PROPN NNP nsubj    2  B-GPE
    will       will       AUX   MD  aux      2  O
    donate     donate     VERB  VB  ROOT     2  O
    two        two        NUM   CD  nummod   4  O
    ships      ship       NOUN  NNS dobj     2  O
    to         to         ADP   IN  dative   2  O
    Lebanon    Lebanon    PROPN NNP pobj     5  B-GPE
    and        and        CCONJ CC  cc       2  O
    train      train      VERB  VB  conj     2  O
    its        its        PRON  PRP$ poss    10 O
    crews      crew       NOUN  NNS dobj     8  O
    .          .          PUNCT .   punct    2  O
"""


def _aid(blank_coder, table):
    result = code_tree(blank_coder, table, date=DATE)
    return [e for e in result.events if e.cameo.startswith(("03", "06", "07"))]


def test_acts_rep62_intended_training_and_equipping_of_one_object_are_one_act(blank_coder):
    [aid] = _aid(blank_coder, WILL_TRAIN_AND_EQUIP)
    assert [m.trigger.text for m in aid.mentions] == ["train", "equip"]
    assert aid.cameo == "0332"  # shown by the verb that holds the object (the intent to give military aid)
    assert {p.country for p in aid.source} == {"ITA"}


def test_acts_rep62_a_since_phrase_bounds_both_verbs_of_one_object(blank_coder):
    [aid] = _aid(blank_coder, SINCE)
    assert [m.trigger.text for m in aid.mentions] == ["trained", "equipped"]


def test_acts_rep62_verbs_with_an_object_each_stay_two_acts(blank_coder):
    # a guard (it passes before session 62 too): the gift and the training each have their own object
    events = _aid(blank_coder, OBJECT_EACH)
    assert sorted(e.trigger.text for e in events) == ["donate", "train"]


# A protest made in a summons, its "to" clause hung on "summoned" as an open complement (as the parser hangs it more
# often than not): Niger summoned Libya's envoy to protest against the expulsion of Nigerien migrants, the ministry
# said.
SUMMONED_TO_PROTEST = """
    Niger      Niger      PROPN NNP nsubj    1  B-GPE
    summoned   summon     VERB  VBD ccomp    16 O
    Libya      Libya      PROPN NNP poss     4  B-GPE
    's         's         PART  POS case     2  O
    envoy      envoy      NOUN  NN  dobj     1  O
    to         to         PART  TO  aux      6  O
    protest    protest    VERB  VB  xcomp    1  O
    against    against    ADP   IN  prep     6  O
    the        the        DET   DT  det      9  O
    expulsion  expulsion  NOUN  NN  pobj     7  O
    of         of         ADP   IN  prep     9  O
    Nigerien   Nigerien   ADJ   JJ  amod     12 B-NORP
    migrants   migrant    NOUN  NNS pobj     10 O
    ,          ,          PUNCT ,   punct    16 O
    the        the        DET   DT  det      15 O
    ministry   ministry   NOUN  NN  nsubj    16 O
    said       say        VERB  VBD ROOT     16 O
    .          .          PUNCT .   punct    16 O
"""

# A demand made in a summons is an act of its own: Niger summoned Libya's envoy on Tuesday to demand an apology.
SUMMONED_TO_DEMAND = """
    Niger      Niger      PROPN NNP nsubj    1  B-GPE
    summoned   summon     VERB  VBD ROOT     1  O
    Libya      Libya      PROPN NNP poss     4  B-GPE
    's         's         PART  POS case     2  O
    envoy      envoy      NOUN  NN  dobj     1  O
    on         on         ADP   IN  prep     1  O
    Tuesday    Tuesday    PROPN NNP pobj     5  B-DATE
    to         to         PART  TO  aux      8  O
    demand     demand     VERB  VB  xcomp    1  O
    an         an         DET   DT  det      10 O
    apology    apology    NOUN  NN  dobj     8  O
    .          .          PUNCT .   punct    1  O
"""


def test_acts_rep62_a_summons_and_the_protest_it_is_for_are_one_act(blank_coder):
    result = code_tree(blank_coder, SUMMONED_TO_PROTEST, date=DATE)
    [summons] = [e for e in result.events if e.cameo.startswith("11")]
    assert summons.cameo == "114"
    assert [m.trigger.text for m in summons.mentions] == ["summoned Libya's envoy", "protest"]


def test_acts_rep62_a_demand_made_in_a_summons_stays_its_own_act(blank_coder):
    # a guard (it passes before session 62 too): only a protest or criticism is taken from an open complement
    result = code_tree(blank_coder, SUMMONED_TO_DEMAND, date=DATE)
    assert len([e for e in result.events if e.cameo.startswith(("10", "11"))]) == 2
