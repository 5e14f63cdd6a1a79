"""Places of session 44 (h-place44): a legal step of a state's courts or prosecutors with no place named is on the
court's ground (events/places_home.py ``HomeGround.judged_home``), and an international court's act of the day under
the dateline of the city it sits in, in a text that names a place of that city's country again, is on that country's
ground (``HomeGround.seated_home``; "the Peace Palace" is in data/actors/places.tsv); both inferred
(``Status.location_inferred``); so is a state's mobilization of its forces with no place named
(``HomeGround.mobilized_home``), not one another party accuses it of. Sentences written for the tests (synthetic, wire
style); the court rule's parses are built by hand, the seat rule's come from the model (the dateline is the point)."""

from tests.conftest import code_tree

SENTENCED = """
    A          a          DET   DT  det     2 O
    Thai       Thai       ADJ   JJ  amod    2 B-NORP
    court      court      NOUN  NN  nsubj   3 O
    sentenced  sentence   VERB  VBD ROOT    3 O
    two        two        NUM   CD  nummod  6 O
    Cambodian  Cambodian  ADJ   JJ  amod    6 B-NORP
    loggers    logger     NOUN  NNS dobj    3 O
    to         to         ADP   IN  prep    3 O
    prison     prison     NOUN  NN  pobj    7 O
    .          .          PUNCT .   punct   3 O
"""

ORDERED = """
    A          a          DET   DT  det     2 O
    Thai       Thai       ADJ   JJ  amod    2 B-NORP
    court      court      NOUN  NN  nsubj   3 O
    ordered    order      VERB  VBD ROOT    3 O
    Cambodia   Cambodia   PROPN NNP dobj    3 B-GPE
    to         to         PART  TO  aux     6 O
    pay        pay        VERB  VB  xcomp   3 O
    damages    damage     NOUN  NNS dobj    6 O
    .          .          PUNCT .   punct   3 O
"""

DEPORTED = """
    Thai       Thai       ADJ   JJ  amod    1 B-NORP
    authorities authority NOUN  NNS nsubj   2 O
    deported   deport     VERB  VBD ROOT    2 O
    two        two        NUM   CD  nummod  5 O
    Cambodian  Cambodian  ADJ   JJ  amod    5 B-NORP
    loggers    logger     NOUN  NNS dobj    2 O
    .          .          PUNCT .   punct   2 O
"""

DEPLOYED = """
    The        the        DET   DT  det     2 O
    Ecuadorian Ecuadorian ADJ   JJ  amod    2 B-NORP
    army       army       NOUN  NN  nsubj   3 O
    deployed   deploy     VERB  VBD ROOT    3 O
    2,000      2,000      NUM   CD  nummod  5 O
    soldiers   soldier    NOUN  NNS dobj    3 O
    to         to         ADP   IN  prep    3 O
    three      three      NUM   CD  nummod  9 O
    northern   northern   ADJ   JJ  amod    9 O
    provinces  province   NOUN  NNS pobj    6 O
    .          .          PUNCT .   punct   3 O
"""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def _countries(events):
    return [e.location.country if e.location is not None else None for e in events]


def test_places_a_states_court_sentences_at_home(blank_coder):
    result = code_tree(blank_coder, SENTENCED, date="2026-05-14")
    sentenced = _on(result, "sentenced")
    assert sentenced and _countries(sentenced) == ["THA"] * len(sentenced)


def test_places_prosecutors_charging_foreigners_act_at_home(blank_coder):
    table = SENTENCED.replace("A          a          DET   DT  det     2 O",
                              "The        the        DET   DT  det     2 O") \
        .replace("court      court      NOUN  NN  nsubj", "prosecutors prosecutor NOUN NNS nsubj") \
        .replace("sentenced  sentence", "charged    charge") \
        .replace("to         to         ADP   IN  prep    3 O", "with       with       ADP   IN  prep    3 O") \
        .replace("prison     prison", "smuggling  smuggling")
    result = code_tree(blank_coder, table, date="2026-05-14")
    charged = _on(result, "charged")
    assert charged and _countries(charged) == ["THA"] * len(charged)


def test_places_a_courts_order_is_no_legal_step_placed_at_home(blank_coder):
    # its word ("ordered X to pay"), not a step of the criminal process the court's verb names
    result = code_tree(blank_coder, ORDERED, date="2026-05-14")
    assert result.events and "THA" not in _countries(result.events)


def test_places_a_deportation_by_the_authorities_is_not_placed_by_the_court_rule(blank_coder):
    # the same legal verb by another organ than the courts: the dev gold leaves deportations without a place
    result = code_tree(blank_coder, DEPORTED, date="2026-05-14")
    deported = _on(result, "deported")
    assert deported and _countries(deported) == [None] * len(deported)


def test_places_an_international_court_rules_at_its_seat_dateline(code):
    result = code("THE HAGUE, May 14 (Reuters) - The International Court of Justice on Wednesday rejected Chile's "
                  "objections to a case brought by Peru. Judges read the decision at the Peace Palace.",
                  date="2026-05-14")
    rejected = _on(result, "rejected")
    assert rejected and _countries(rejected) == ["NLD"] * len(rejected)


def test_places_an_international_court_under_its_seat_dateline_alone_has_no_place(code):
    # the dateline alone names no place (eval/wire/README.md, audit of session 33): the text must name the sitting's
    result = code("THE HAGUE, May 14 (Reuters) - The International Court of Justice on Wednesday rejected Chile's "
                  "objections to a case brought by Peru.", date="2026-05-14")
    rejected = _on(result, "rejected")
    assert rejected and _countries(rejected) == [None] * len(rejected)


def test_places_an_international_court_under_another_dateline_has_no_place(code):
    # the dateline alone names no place (eval/wire/README.md): only the seat's dateline tells where the court sat
    result = code("LIMA, May 14 (Reuters) - The International Court of Justice on Wednesday rejected Chile's "
                  "objections to a case brought by Peru.", date="2026-05-14")
    rejected = _on(result, "rejected")
    assert rejected and _countries(rejected) == [None] * len(rejected)


def test_places_a_body_that_is_no_court_under_its_seat_dateline_has_no_place(code):
    result = code("GENEVA, May 14 (ANSA) - The World Trade Organization on Wednesday rejected Chile's complaint "
                  "against Peru's fruit duties.", date="2026-05-14")
    rejected = _on(result, "rejected")
    assert rejected and _countries(rejected) == [None] * len(rejected)


def test_places_an_international_courts_background_act_has_no_place(code):
    result = code("THE HAGUE, May 14 (Reuters) - Peru welcomed the decision. In 2014 the International Court of "
                  "Justice rejected Chile's claim to the maritime zone.", date="2026-05-14")
    rejected = _on(result, "rejected")
    assert rejected and _countries(rejected) == [None] * len(rejected)


def test_places_a_state_deploys_its_forces_at_home_where_no_place_is_named(blank_coder):
    result = code_tree(blank_coder, DEPLOYED, date="2026-05-14")
    deployed = _on(result, "deployed")
    assert deployed and _countries(deployed) == ["ECU"] * len(deployed)


def test_places_forces_deployed_to_a_named_country_are_there(blank_coder):
    table = DEPLOYED.replace("three      three      NUM   CD  nummod  9 O\n", "") \
        .replace("northern   northern   ADJ   JJ  amod    9 O\n", "") \
        .replace("provinces  province   NOUN  NNS pobj    6 O", "Colombia   Colombia   PROPN NNP pobj    6 B-GPE") \
        .replace(".          .          PUNCT .   punct   3 O", ".          .          PUNCT .   punct   3 O")
    result = code_tree(blank_coder, table, date="2026-05-14")
    deployed = _on(result, "deployed")
    assert deployed and _countries(deployed) == ["COL"] * len(deployed)


def test_places_a_show_of_force_is_not_placed_at_home(code):
    # drills and patrols (CAMEO 150) are often held at sea: no mobilization at home
    result = code("QUITO, May 14 (EFE) - Ecuador's navy held drills on Tuesday.", date="2026-05-14")
    held = _on(result, "held")
    assert held and _countries(held) == [None] * len(held)


def test_places_a_deployment_another_party_accuses_the_doer_of_is_not_placed_at_home(code):
    result = code("BOGOTA, May 14 (Reuters) - Colombia accused Venezuela on Tuesday of deploying troops to back "
                  "armed groups along the frontier.", date="2026-05-14")
    deploying = _on(result, "deploying")
    assert deploying and "VEN" not in _countries(deploying)
