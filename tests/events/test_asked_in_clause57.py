"""Whom a demand or warning is aimed at when its target is not its object but the subject of its that-clause (issue
11, session 57, h-wtgt57; ``CodeSideRules._complement_subjects``, ``own_side``, ``FrameRules.warned_of``):

- an opposition party, or any doer that is not a state, asking its own state to act asks another side: "the
  opposition demanded that Nairobi explain the deal" is aimed at Kenya's government; the doer's own people stay its
  own ("demanded that Kenyan farmers ...");
- a nominal demand's that-clause names whom it asks as the verb's does ("a Togolese demand that Accra explain the
  raid");
- "would pay for its choice" (``befall_bare_verb``, with no object) tells what will befall the clause's subject, as
  "would pay a price" does; "would pay compensation" is a deed of its own.

The parses are built by hand (tests.conftest.code_tree): the construction is the point, not the model's reading.
The sentences are synthetic, written for these tests; none comes from an evaluation set or a real article."""

from tests.conftest import code_tree


def _event(result, code: str):
    return next(e for e in result.events if e.cameo == code)


def _codes(participants) -> list[str]:
    return sorted({p.code for p in participants if p.actor is not None})


# synthetic: "Kenya's opposition demanded that <asked> explain the deal."
OPPOSITION = """
        Kenya        Kenya        PROPN NNP poss     2 B-GPE
        's           's           PART  POS case     0 O
        opposition   opposition   NOUN  NN  nsubj    3 O
        demanded     demand       VERB  VBD ROOT     3 O
        that         that         SCONJ IN  mark     {verb} O
        {asked}
        explain      explain      VERB  VBP ccomp    3 O
        the          the          DET   DT  det      {noun} O
        deal         deal         NOUN  NN  dobj     {verb} O
        .            .            PUNCT .   punct    3 O
"""


def test_asked_in_clause_opposition_demand_is_aimed_at_its_own_government_not_its_people(blank_coder):
    asked = "Nairobi      Nairobi      PROPN NNP nsubj    6 B-GPE"
    result = code_tree(blank_coder, OPPOSITION.format(asked=asked, verb=6, noun=8))
    demand = _event(result, "100")
    assert _codes(demand.source) == ["KENOPP"] and _codes(demand.target) == ["KENGOV"], result.events
    # its own people are its own side
    asked = """Kenyan       Kenyan       ADJ   JJ  amod     6 B-NORP
        farmers      farmer       NOUN  NNS nsubj    7 O"""
    result = code_tree(blank_coder, OPPOSITION.format(asked=asked, verb=7, noun=9))
    assert _codes(_event(result, "100").target) == [], result.events


# synthetic: "The talks stalled over a Togolese demand that <asked> explain the raid."
NOMINAL = """
        The          the          DET   DT  det      1 O
        talks        talk         NOUN  NNS nsubj    2 O
        stalled      stall        VERB  VBD ROOT     2 O
        over         over         ADP   IN  prep     2 O
        a            a            DET   DT  det      6 O
        Togolese     Togolese     ADJ   JJ  amod     6 B-NORP
        demand       demand       NOUN  NN  pobj     3 O
        that         that         SCONJ IN  mark     {verb} O
        {asked}
        explain      explain      VERB  VBP {dep}    6 O
        the          the          DET   DT  det      {noun} O
        raid         raid         NOUN  NN  dobj     {verb} O
        .            .            PUNCT .   punct    2 O
"""


def test_asked_in_clause_nominal_demand_asks_its_clause_subject_not_the_doer_s_people(blank_coder):
    for dep in ("acl", "relcl"):  # the parser reads such a clause either way
        asked = "Accra        Accra        PROPN NNP nsubj    9 B-GPE"
        result = code_tree(blank_coder, NOMINAL.format(asked=asked, verb=9, noun=11, dep=dep))
        demand = _event(result, "100")
        assert _codes(demand.source) == ["TGO"] and _codes(demand.target) == ["GHAGOV"], (dep, result.events)
    asked = """Togolese     Togolese     ADJ   JJ  amod     9 B-NORP
        traders      trader       NOUN  NNS nsubj    10 O"""
    result = code_tree(blank_coder, NOMINAL.format(asked=asked, verb=10, noun=12, dep="acl"))
    assert _codes(_event(result, "100").target) == [], result.events


# synthetic: "Russia warned that Latvia would pay <rest>."
PAY = """
        Russia       Russia       PROPN NNP nsubj    1 B-GPE
        warned       warn         VERB  VBD ROOT     1 O
        that         that         SCONJ IN  mark     5 O
        Latvia       Latvia       PROPN NNP nsubj    5 B-GPE
        would        would        AUX   MD  aux      5 O
        pay          pay          VERB  VB  ccomp    1 O
        {rest}
        .            .            PUNCT .   punct    1 O
"""


def test_asked_in_clause_warning_that_another_will_pay_for_its_choice_is_aimed_at_it_not_so_compensation(blank_coder):
    rest = """for          for          ADP   IN  prep     5 O
        its          its          PRON  PRP$ poss    8 O
        choice       choice       NOUN  NN  pobj     6 O"""
    threat = _event(code_tree(blank_coder, PAY.format(rest=rest)), "130")
    assert _codes(threat.source) == ["RUS"] and _codes(threat.target) == ["LVA"], threat
    # with an object, paying is a deed of its own, a forecast: no target from the clause
    rest = "compensation compensation NOUN  NN  dobj     5 O"
    threat = _event(code_tree(blank_coder, PAY.format(rest=rest)), "130")
    assert _codes(threat.target) == [], threat
