"""States, standing trade, places described, lost hazards and rules are no acts (issue 11, session 40, h-nonev40):
"relations between Kenya and Uganda have soured" (how they stand now) names no break by either; "has sold wheat
to Afghanistan since 2002"
is a standing trade; "occupied Ukraine" describes a place; "where floods caused by rain have killed 60 people" (the
parser losing the subject) is a hazard's toll; "suspects are usually turned over once they have been charged" tells
a rule. Acts next to them stay: "ties were cut by Managua", "sold howitzers to Poland on Tuesday", "invaded Georgia
and occupied Abkhazia", "has repeatedly seized tankers".

All sentences here are synthetic, written for the tests; the parses are built by hand (``tests/conftest.py``
``tree``) so that the rule, not the model's parse, is what is tested."""

from tests.conftest import code_tree, tree

from detente.events.lexicon import load_default
from detente.events.nonevents import (
    _up_to_now,
    as_a_rule,
    natural_doer,
    place_participle,
    standing_trade,
    state_of_ties,
)
from detente.parse_view import ParseView

# synthetic: "Relations between Kenya and Uganda have soured."
RELATIONS_SOURED = """
    Relations    relation     NOUN  NNS  nsubj    6   O
    between      between      ADP   IN   prep     0   O
    Kenya        Kenya        PROPN NNP  pobj     1   B-GPE
    and          and          CCONJ CC   cc       2   O
    Uganda       Uganda       PROPN NNP  conj     2   B-GPE
    have         have         AUX   VBP  aux      6   O
    soured       sour         VERB  VBN  ROOT     6   O
    .            .            PUNCT .    punct    6   O
"""

# synthetic: "Ties were cut by Managua in 2018."
TIES_CUT_BY = """
    Ties         tie          NOUN  NNS  nsubjpass 2  O
    were         be           AUX   VBD  auxpass  2   O
    cut          cut          VERB  VBN  ROOT     2   O
    by           by           ADP   IN   agent    2   O
    Managua      Managua      PROPN NNP  pobj     3   B-GPE
    in           in           ADP   IN   prep     2   O
    2018         2018         NUM   CD   pobj     5   B-DATE
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Kazakhstan has sold wheat to Afghanistan since 2002."
SOLD_SINCE = """
    Kazakhstan   Kazakhstan   PROPN NNP  nsubj    2   B-GPE
    has          have         AUX   VBZ  aux      2   O
    sold         sell         VERB  VBN  ROOT     2   O
    wheat        wheat        NOUN  NN   dobj     2   O
    to           to           ADP   IN   prep     2   O
    Afghanistan  Afghanistan  PROPN NNP  pobj     4   B-GPE
    since        since        ADP   IN   prep     2   O
    2002         2002         NUM   CD   pobj     6   B-DATE
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Malian herders had sold cattle in Senegal for decades."
SOLD_FOR_DECADES = """
    Malian       Malian       ADJ   JJ   amod     1   B-NORP
    herders      herder       NOUN  NNS  nsubj    3   O
    had          have         AUX   VBD  aux      3   O
    sold         sell         VERB  VBN  ROOT     3   O
    cattle       cattle       NOUN  NNS  dobj     3   O
    in           in           ADP   IN   prep     3   O
    Senegal      Senegal      PROPN NNP  pobj     5   B-GPE
    for          for          ADP   IN   prep     3   O
    decades      decade       NOUN  NNS  pobj     7   B-DATE
    .            .            PUNCT .    punct    3   O
"""

# synthetic: "South Korea sold howitzers to Poland on Tuesday."
SOLD_ON_TUESDAY = """
    South        South        PROPN NNP  compound 1   B-GPE
    Korea        Korea        PROPN NNP  nsubj    2   I-GPE
    sold         sell         VERB  VBD  ROOT     2   O
    howitzers    howitzer     NOUN  NNS  dobj     2   O
    to           to           ADP   IN   prep     2   O
    Poland       Poland       PROPN NNP  pobj     4   B-GPE
    on           on           ADP   IN   prep     2   O
    Tuesday      Tuesday      PROPN NNP  pobj     6   B-DATE
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Qatar has hosted talks between them since May." (hosting measured: each round of talks is an act)
HOSTED_SINCE = """
    Qatar        Qatar        PROPN NNP  nsubj    2   B-GPE
    has          have         AUX   VBZ  aux      2   O
    hosted       host         VERB  VBN  ROOT     2   O
    talks        talk         NOUN  NNS  dobj     2   O
    between      between      ADP   IN   prep     3   O
    them         they         PRON  PRP  pobj     4   O
    since        since        ADP   IN   prep     2   O
    May          May          PROPN NNP  pobj     6   B-DATE
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Canada sanctioned officials in Belarus, Russia and occupied Ukraine." (the parser's reading of the list's
# last member as a verb joined to the main one)
OCCUPIED_IN_LIST = """
    Canada       Canada       PROPN NNP  nsubj    1   B-GPE
    sanctioned   sanction     VERB  VBD  ROOT     1   O
    officials    official     NOUN  NNS  dobj     1   O
    in           in           ADP   IN   prep     2   O
    Russia       Russia       PROPN NNP  pobj     3   B-GPE
    ,            ,            PUNCT ,    punct    4   O
    Belarus      Belarus      PROPN NNP  conj     4   B-GPE
    and          and          CCONJ CC   cc       1   O
    occupied     occupy       VERB  VBD  conj     1   O
    Ukraine      Ukraine      PROPN NNP  dobj     8   B-GPE
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "Russia invaded Georgia and occupied Abkhazia."
INVADED_AND_OCCUPIED = """
    Russia       Russia       PROPN NNP  nsubj    1   B-GPE
    invaded      invade       VERB  VBD  ROOT     1   O
    Georgia      Georgia      PROPN NNP  dobj     1   B-GPE
    and          and          CCONJ CC   cc       1   O
    occupied     occupy       VERB  VBD  conj     1   O
    Abkhazia     Abkhazia     PROPN NNP  dobj     4   B-GPE
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "Officials met in occupied Crimea."
MET_IN_OCCUPIED = """
    Officials    official     NOUN  NNS  nsubj    1   O
    met          meet         VERB  VBD  ROOT     1   O
    in           in           ADP   IN   prep     1   O
    occupied     occupy       VERB  VBN  amod     4   O
    Crimea       Crimea       PROPN NNP  pobj     2   B-GPE
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "India flew tents to Nepal, where floods caused by rain have killed 60 people." (the parser giving
# "floods" to "caused" and hanging "have killed" on "flew" with no subject)
FLOODS_LOST = """
    India        India        PROPN NNP  nsubj    1   B-GPE
    flew         fly          VERB  VBD  ROOT     1   O
    tents        tent         NOUN  NNS  dobj     1   O
    to           to           ADP   IN   prep     1   O
    Nepal        Nepal        PROPN NNP  pobj     3   B-GPE
    ,            ,            PUNCT ,    punct    4   O
    where        where        ADV   WRB  advmod   8   O
    floods       flood        NOUN  NNS  nsubj    8   O
    caused       cause        VERB  VBN  relcl    4   O
    by           by           ADP   IN   agent    8   O
    rain         rain         NOUN  NN   pobj     9   O
    have         have         AUX   VBP  aux      12  O
    killed       kill         VERB  VBN  advcl    1   O
    60           60           NUM   CD   nummod   14  B-CARDINAL
    people       people       NOUN  NNS  dobj     12  O
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "Soldiers caught off base are usually handed to police after they have been charged."
USUALLY_HANDED = """
    Soldiers     soldier      NOUN  NNS  nsubjpass 6  O
    caught       catch        VERB  VBN  acl      0   O
    off          off          ADP   IN   prep     1   O
    base         base         NOUN  NN   pobj     2   O
    are          be           AUX   VBP  auxpass  6   O
    usually      usually      ADV   RB   advmod   6   O
    handed       hand         VERB  VBN  ROOT     6   O
    to           to           ADP   IN   prep     6   O
    police       police       NOUN  NN   pobj     7   O
    after        after        SCONJ IN   mark     13  O
    they         they         PRON  PRP  nsubjpass 13 O
    have         have         AUX   VBP  aux      13  O
    been         be           AUX   VBN  auxpass  13  O
    charged      charge       VERB  VBN  advcl    6   O
    .            .            PUNCT .    punct    6   O
"""

# synthetic: "Iran's navy has repeatedly seized tankers."
REPEATEDLY_SEIZED = """
    Iran         Iran         PROPN NNP  poss     2   B-GPE
    's           's           PART  POS  case     0   O
    navy         navy         NOUN  NN   nsubj    5   O
    has          have         AUX   VBZ  aux      5   O
    repeatedly   repeatedly   ADV   RB   advmod   5   O
    seized       seize        VERB  VBN  ROOT     5   O
    tankers      tanker       NOUN  NNS  dobj     5   O
    .            .            PUNCT .    punct    5   O
"""


def _view(blank_nlp, table: str, word: str) -> tuple[int, ParseView]:
    doc = tree(blank_nlp.language.vocab, table)
    [token] = [t for t in doc if t.text == word]
    return token.i, ParseView.of(doc)


def test_nonevents40_relations_between_named_actors_are_a_state(blank_nlp):
    words = load_default().words
    assert state_of_ties(*_view(blank_nlp, RELATIONS_SOURED, "soured"), words)
    assert not state_of_ties(*_view(blank_nlp, TIES_CUT_BY, "cut"), words)  # a doer named: an act


def test_nonevents40_relations_told_as_they_stand_now_not_a_dated_turn(blank_nlp):
    assert _up_to_now(*_view(blank_nlp, RELATIONS_SOURED, "soured"))
    # "Relations between Kenya and Uganda had soured.": a turning point told in the past, which the relations graph
    # reads
    had = RELATIONS_SOURED.replace("have         have         AUX   VBP", "had          have         AUX   VBD")
    assert not _up_to_now(*_view(blank_nlp, had, "soured"))


def test_nonevents40_relations_between_named_actors_code_no_break(blank_coder):
    result = code_tree(blank_coder, RELATIONS_SOURED, date="2026-03-02")
    assert not [e for e in result.events if e.cameo.startswith("16")], [e.cameo for e in result.events]


def test_nonevents40_trade_measured_by_its_span_is_standing(blank_nlp):
    words = load_default().words
    assert standing_trade(*_view(blank_nlp, SOLD_SINCE, "sold"), words)
    assert standing_trade(*_view(blank_nlp, SOLD_FOR_DECADES, "sold"), words)
    assert not standing_trade(*_view(blank_nlp, SOLD_ON_TUESDAY, "sold"), words)
    assert not standing_trade(*_view(blank_nlp, HOSTED_SINCE, "hosted"), words)  # hosting talks: acts


def test_nonevents40_participle_on_a_place_describes_it(blank_nlp):
    assert place_participle(*_view(blank_nlp, OCCUPIED_IN_LIST, "occupied"))
    assert place_participle(*_view(blank_nlp, MET_IN_OCCUPIED, "occupied"))
    assert not place_participle(*_view(blank_nlp, INVADED_AND_OCCUPIED, "occupied"))
    assert not place_participle(*_view(blank_nlp, OCCUPIED_IN_LIST, "sanctioned"))


def test_nonevents40_hazard_the_parser_took_from_the_verb(blank_nlp):
    natural = load_default().cues.get("natural", frozenset())
    assert natural_doer(*_view(blank_nlp, FLOODS_LOST, "killed"), natural)
    troops = FLOODS_LOST.replace("floods       flood ", "troops       troop ")
    assert not natural_doer(*_view(blank_nlp, troops, "killed"), natural)


def test_nonevents40_what_happens_as_a_rule(blank_nlp):
    words = load_default().words
    assert as_a_rule(*_view(blank_nlp, USUALLY_HANDED, "handed"), words)
    assert as_a_rule(*_view(blank_nlp, USUALLY_HANDED, "charged"), words)  # what the rule's verb governs
    assert not as_a_rule(*_view(blank_nlp, REPEATEDLY_SEIZED, "seized"), words)  # done many times: acts
