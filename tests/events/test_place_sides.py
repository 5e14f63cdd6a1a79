"""Places read as parties (issue 11, section 3, "targets that are not actors"): the country that names
a place where an act was ("met on the island of X", ``place_noun`` after a ``place_prep`` in words.tsv;
events/participants.py) or a sea ("tankers in the Gulf of X", ``water_noun``; events/ground.py) is no
side of the act; whom an act went to ("sold weapons to the X region") and a country's own waters
("struck a tanker off X") still are.

Sentences are synthetic, written in agency style for these tests; the parses are built by hand (the
parser's reading of each sentence) so that the rule, not the model, is under test."""

from tests.conftest import actors_of, code_tree

# synthetic: "Venezuela's president met Guyana's president on the island of St. Vincent."
MET_TWO = """
    Venezuela    Venezuela    PROPN NNP  poss     2   B-GPE
    's           's           PART  POS  case     0   O
    president    president    NOUN  NN   nsubj    3   O
    met          meet         VERB  VBD  ROOT     3   O
    Guyana       Guyana       PROPN NNP  poss     6   B-GPE
    's           's           PART  POS  case     4   O
    president    president    NOUN  NN   dobj     3   O
    on           on           ADP   IN   prep     3   O
    the          the          DET   DT   det      9   O
    island       island       NOUN  NN   pobj     7   O
    of           of           ADP   IN   prep     9   O
    St.          St.          PROPN NNP  compound 12  B-GPE
    Vincent      Vincent      PROPN NNP  pobj     10  I-GPE
    .            .            PUNCT .    punct    3   O
"""

# synthetic: "The two presidents met on the island of St. Vincent."
MET_ALONE = """
    The          the          DET   DT   det      2   O
    two          two          NUM   CD   nummod   2   B-CARDINAL
    presidents   president    NOUN  NNS  nsubj    3   O
    met          meet         VERB  VBD  ROOT     3   O
    on           on           ADP   IN   prep     3   O
    the          the          DET   DT   det      6   O
    island       island       NOUN  NN   pobj     4   O
    of           of           ADP   IN   prep     6   O
    St.          St.          PROPN NNP  compound 9   B-GPE
    Vincent      Vincent      PROPN NNP  pobj     7   I-GPE
    .            .            PUNCT .    punct    3   O
"""

# synthetic: "China sold weapons to the Taiwan region."
SOLD_REGION = """
    China        China        PROPN NNP  nsubj    1   B-GPE
    sold         sell         VERB  VBD  ROOT     1   O
    weapons      weapon       NOUN  NNS  dobj     1   O
    to           to           ADP   IN   dative   1   O
    the          the          DET   DT   det      6   O
    Taiwan       Taiwan       PROPN NNP  compound 6   B-GPE
    region       region       NOUN  NN   pobj     3   O
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "Russian drones struck tankers in the Gulf of Finland."
GULF = """
    Russian      russian      ADJ   JJ   amod     1   B-NORP
    drones       drone        NOUN  NNS  nsubj    2   O
    struck       strike       VERB  VBD  ROOT     2   O
    tankers      tanker       NOUN  NNS  dobj     2   O
    in           in           ADP   IN   prep     2   O
    the          the          DET   DT   det      6   B-LOC
    Gulf         Gulf         PROPN NNP  pobj     4   I-LOC
    of           of           ADP   IN   prep     6   I-LOC
    Finland      Finland      PROPN NNP  pobj     7   I-LOC
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Russian drones struck a tanker off Finland."
OFF_COAST = """
    Russian      russian      ADJ   JJ   amod     1   B-NORP
    drones       drone        NOUN  NNS  nsubj    2   O
    struck       strike       VERB  VBD  ROOT     2   O
    a            a            DET   DT   det      4   O
    tanker       tanker       NOUN  NN   dobj     2   O
    off          off          ADP   IN   prep     2   O
    Finland      Finland      PROPN NNP  pobj     5   B-GPE
    .            .            PUNCT .    punct    2   O
"""



def test_participants_an_island_where_leaders_met_is_no_target(blank_coder):
    [meeting] = code_tree(blank_coder, MET_ALONE, date="2024-01-10").events
    assert "VCT" not in actors_of(meeting.target)


def test_participants_the_island_drops_only_the_place_not_the_partner(blank_coder):
    [meeting] = code_tree(blank_coder, MET_TWO, date="2024-01-10").events
    assert "VENGOV" in actors_of(meeting.source)
    assert "GUYGOV" in actors_of(meeting.target)
    assert "VCT" not in actors_of(meeting.target)


def test_participants_a_region_an_act_went_to_is_still_its_target(blank_coder):
    [sale] = code_tree(blank_coder, SOLD_REGION, date="2024-01-10").events
    assert "TWN" in actors_of(sale.target)


def test_ground_a_tanker_in_a_gulf_named_after_a_country_is_not_that_country(blank_coder):
    [strike] = code_tree(blank_coder, GULF, date="2024-01-10").events
    assert "RUSMIL" in actors_of(strike.source)
    assert "FIN" not in actors_of(strike.target)


def test_ground_a_tanker_off_a_country_is_still_that_country(blank_coder):
    [strike] = code_tree(blank_coder, OFF_COAST, date="2024-01-10").events
    assert "FIN" in actors_of(strike.target)



# synthetic: "Israeli troops detained six men before the negotiators met in Baku." (the parser's reading:
# the "before" clause, with a subject of its own, hangs on "detained")
BEFORE_CLAUSE = """
    Israeli      israeli      ADJ   JJ   amod     1   B-NORP
    troops       troop        NOUN  NNS  nsubj    2   O
    detained     detain       VERB  VBD  ROOT     2   O
    six          six          NUM   CD   nummod   4   B-CARDINAL
    men          man          NOUN  NNS  dobj     2   O
    before       before       SCONJ IN   mark     8   O
    the          the          DET   DT   det      7   O
    negotiators  negotiator   NOUN  NNS  nsubj    8   O
    met          meet         VERB  VBD  advcl    2   O
    in           in           ADP   IN   prep     8   O
    Baku         Baku         PROPN NNP  pobj     9   B-GPE
    .            .            PUNCT .    punct    2   O
"""


def test_place_sides_a_time_clause_with_its_own_subject_is_another_act(blank_coder):
    # where the negotiators met is not whose the detained men are (events/ground.own_clause)
    [detained] = [e for e in code_tree(blank_coder, BEFORE_CLAUSE).events if e.trigger.text == "detained"]
    assert "ISR" in actors_of(detained.source)
    assert "AZE" not in actors_of(detained.target)


def test_place_sides_the_country_hit_stands_with_the_thing_hit_not_the_trigger_noun(code):
    # before: "opened fire on a village" gave Pakistan standing with the word "fire", and "fire" as the place
    result = code("ISLAMABAD, May 7 (Reuters) - Pakistan said Indian troops had opened fire on a village near Kotli, "
                  "wounding two civilians.", date="2025-05-07")
    [fire] = [e for e in result.events if e.trigger.text == "opened fire"]
    assert [(p.text, p.country) for p in fire.target] == [("a village", "PAK")]
    assert fire.location is None or fire.location.text != "fire"
