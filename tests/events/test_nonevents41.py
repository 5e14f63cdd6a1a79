"""Things, consequences, habits, wishes and the scene are no acts (issue 11, session 41, h-nonev41): "a gas leak
forced a halt" and "the road is blocked by snow" have no doer; "the levy was expected to hit exporters" is a measure's
effect; "shut the crossing, forcing hundreds of drivers onto a detour" tells what the act cost; "rows have gone on for
years, with boats seized every season" tells a habit; "both countries hope to join the union" a wish; "Chad and Niger,
which fight the jihadists together" and "the north, which only Turkey recognises" a standing state; "a force has been
deploying since May" the scene. Acts next to them stay: "forcing it back to port", "killing two soldiers", "with both
sides agreeing to meet", "hope to sign the deal", "which Turkey recognises under the 1983 pact".

All sentences here are synthetic, written for the tests; the parses are built by hand (``tests/conftest.py``
``tree``) so that the rule, not the model's parse, is what is tested."""

from tests.conftest import tree

from detente.events.lexicon import load_default
from detente.events.nonevents import (
    _doer_of,
    consequence,
    generic_relative,
    habit_with,
    natural_doer,
    ongoing_since,
    standing_trade,
    unnamed_object,
    wished,
)
from detente.parse_view import ParseView

# synthetic: "Uzbekistan shut the crossing on Monday, forcing hundreds of drivers onto a detour."
FORCING_DRIVERS = """
    Uzbekistan   Uzbekistan   PROPN NNP  nsubj    1   B-GPE
    shut         shut         VERB  VBD  ROOT     1   O
    the          the          DET   DT   det      3   O
    crossing     crossing     NOUN  NN   dobj     1   O
    on           on           ADP   IN   prep     1   O
    Monday       Monday       PROPN NNP  pobj     4   B-DATE
    ,            ,            PUNCT ,    punct    1   O
    forcing      force        VERB  VBG  advcl    1   O
    hundreds     hundred      NOUN  NNS  dobj     7   O
    of           of           ADP   IN   prep     8   O
    drivers      driver       NOUN  NNS  pobj     9   O
    onto         onto         ADP   IN   prep     7   O
    a            a            DET   DT   det      13  O
    detour       detour       NOUN  NN   pobj     11  O
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "Turkish warships shadowed the ship, forcing it back to port."
FORCING_IT = """
    Turkish      Turkish      ADJ   JJ   amod     1   B-NORP
    warships     warship      NOUN  NNS  nsubj    2   O
    shadowed     shadow       VERB  VBD  ROOT     2   O
    the          the          DET   DT   det      4   O
    ship         ship         NOUN  NN   dobj     2   O
    ,            ,            PUNCT ,    punct    2   O
    forcing      force        VERB  VBG  advcl    2   O
    it           it           PRON  PRP  dobj     6   O
    back         back         ADV   RB   advmod   6   O
    to           to           ADP   IN   prep     6   O
    port         port         NOUN  NN   pobj     9   O
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Malian troops fired on the post, killing two soldiers."
KILLING = """
    Malian       Malian       ADJ   JJ   amod     1   B-NORP
    troops       troop        NOUN  NNS  nsubj    2   O
    fired        fire         VERB  VBD  ROOT     2   O
    on           on           ADP   IN   prep     2   O
    the          the          DET   DT   det      5   O
    post         post         NOUN  NN   pobj     3   O
    ,            ,            PUNCT ,    punct    2   O
    killing      kill         VERB  VBG  advcl    2   O
    two          two          NUM   CD   nummod   9   O
    soldiers     soldier      NOUN  NNS  dobj     7   O
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Rows have gone on for years, with boats seized every season."
WITH_EVERY_SEASON = """
    Rows         row          NOUN  NNS  nsubj    2   O
    have         have         AUX   VBP  aux      2   O
    gone         go           VERB  VBN  ROOT     2   O
    on           on           ADP   RP   prt      2   O
    for          for          ADP   IN   prep     2   O
    years        year         NOUN  NNS  pobj     4   B-DATE
    ,            ,            PUNCT ,    punct    2   O
    with         with         ADP   IN   prep     2   O
    boats        boat         NOUN  NNS  nsubj    9   O
    seized       seize        VERB  VBN  pcomp    7   O
    every        every        DET   DT   det      11  O
    season       season       NOUN  NN   npadvmod 9   O
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "The talks ended on Friday, with both sides agreeing to meet in May."
WITH_AGREEING = """
    The          the          DET   DT   det      1   O
    talks        talk         NOUN  NNS  nsubj    2   O
    ended        end          VERB  VBD  ROOT     2   O
    on           on           ADP   IN   prep     2   O
    Friday       Friday       PROPN NNP  pobj     3   B-DATE
    ,            ,            PUNCT ,    punct    2   O
    with         with         ADP   IN   prep     2   O
    both         both         DET   DT   det      8   O
    sides        side         NOUN  NNS  nsubj    9   O
    agreeing     agree        VERB  VBG  pcomp    6   O
    to           to           PART  TO   aux      11  O
    meet         meet         VERB  VB   xcomp    9   O
    in           in           ADP   IN   prep     11  O
    May          May          PROPN NNP  pobj     12  B-DATE
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Both countries hope to join the union."
HOPE_TO_JOIN = """
    Both         both         DET   DT   det      1   O
    countries    country      NOUN  NNS  nsubj    2   O
    hope         hope         VERB  VBP  ROOT     2   O
    to           to           PART  TO   aux      4   O
    join         join         VERB  VB   xcomp    2   O
    the          the          DET   DT   det      6   O
    union        union        NOUN  NN   dobj     4   O
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Chad and Niger, which fight the jihadists together, signed a pact."
FIGHT_TOGETHER = """
    Chad         Chad         PROPN NNP  nsubj    11  B-GPE
    and          and          CCONJ CC   cc       0   O
    Niger        Niger        PROPN NNP  conj     0   B-GPE
    ,            ,            PUNCT ,    punct    0   O
    which        which        PRON  WDT  nsubj    5   O
    fight        fight        VERB  VBP  relcl    0   O
    the          the          DET   DT   det      7   O
    jihadists    jihadist     NOUN  NNS  dobj     5   O
    together     together     ADV   RB   advmod   5   O
    ,            ,            PUNCT ,    punct    0   O
    then         then         ADV   RB   advmod   11  O
    signed       sign         VERB  VBD  ROOT     11  O
    a            a            DET   DT   det      13  O
    pact         pact         NOUN  NN   dobj     11  O
    .            .            PUNCT .    punct    11  O
"""

# synthetic: "the north, which only Turkey recognises, voted."
ONLY_RECOGNISES = """
    The          the          DET   DT   det      1   O
    north        north        NOUN  NN   nsubj    8   O
    ,            ,            PUNCT ,    punct    1   O
    which        which        PRON  WDT  dobj     6   O
    only         only         ADV   RB   advmod   5   O
    Turkey       Turkey       PROPN NNP  nsubj    6   B-GPE
    recognises   recognise    VERB  VBZ  relcl    1   O
    ,            ,            PUNCT ,    punct    1   O
    voted        vote         VERB  VBD  ROOT     8   O
    .            .            PUNCT .    punct    8   O
"""

# synthetic: "The north, which Turkey recognises under the 1983 pact, voted."
RECOGNISES_UNDER_PACT = """
    The          the          DET   DT   det      1   O
    north        north        NOUN  NN   nsubj    10  O
    ,            ,            PUNCT ,    punct    1   O
    which        which        PRON  WDT  dobj     5   O
    Turkey       Turkey       PROPN NNP  nsubj    5   B-GPE
    recognises   recognise    VERB  VBZ  relcl    1   O
    under        under        ADP   IN   prep     5   O
    the          the          DET   DT   det      9   O
    1983         1983         NUM   CD   nummod   9   B-DATE
    pact         pact         NOUN  NN   pobj     6   O
    voted        vote         VERB  VBD  ROOT     10  O
    .            .            PUNCT .    punct    10  O
"""

# synthetic: "A stabilisation force has been deploying since May."
DEPLOYING_SINCE = """
    A            a            DET   DT   det      2   O
    stabilisation stabilisation NOUN NN  compound 2   O
    force        force        NOUN  NN   nsubj    5   O
    has          have         AUX   VBZ  aux      5   O
    been         be           AUX   VBN  aux      5   O
    deploying    deploy       VERB  VBG  ROOT     5   O
    since        since        ADP   IN   prep     5   O
    May          May          PROPN NNP  pobj     6   B-DATE
    .            .            PUNCT .    punct    5   O
"""

# synthetic: "The levy was expected to hit exporters."
LEVY_EXPECTED = """
    The          the          DET   DT   det      1   O
    levy         levy         NOUN  NN   nsubjpass 3  O
    was          be           AUX   VBD  auxpass  3   O
    expected     expect       VERB  VBN  ROOT     3   O
    to           to           PART  TO   aux      5   O
    hit          hit          VERB  VB   xcomp    3   O
    exporters    exporter     NOUN  NNS  dobj     5   O
    .            .            PUNCT .    punct    3   O
"""

# synthetic: "The road is blocked by snow."
BLOCKED_BY_SNOW = """
    The          the          DET   DT   det      1   O
    road         road         NOUN  NN   nsubjpass 3  O
    is           be           AUX   VBZ  auxpass  3   O
    blocked      block        VERB  VBN  ROOT     3   O
    by           by           ADP   IN   agent    3   O
    snow         snow         NOUN  NN   pobj     4   O
    .            .            PUNCT .    punct    3   O
"""


def _view(blank_nlp, table: str, word: str) -> tuple[int, ParseView]:
    doc = tree(blank_nlp.language.vocab, table)
    [token] = [t for t in doc if t.text == word]
    return token.i, ParseView.of(doc)


def test_nonevents41_consequence_participle(blank_nlp):
    words = load_default().words
    assert consequence(*_view(blank_nlp, FORCING_DRIVERS, "forcing"), words)
    assert unnamed_object(*_view(blank_nlp, FORCING_DRIVERS, "forcing"))
    assert not consequence(*_view(blank_nlp, FORCING_IT, "forcing"), words)  # "it": the ship, someone's
    assert not consequence(*_view(blank_nlp, KILLING, "killing"), words)  # a killing is an act
    kyiv = FORCING_DRIVERS.replace("hundreds     hundred      NOUN  NNS  dobj     7   O",
                                   "Kyiv         Kyiv         PROPN NNP  dobj     7   B-GPE")
    assert not unnamed_object(*_view(blank_nlp, kyiv, "forcing"))  # an actor named as the object


def test_nonevents41_habit_in_a_with_clause(blank_nlp):
    words = load_default().words
    assert habit_with(*_view(blank_nlp, WITH_EVERY_SEASON, "seized"), words)
    # the parser's object reading of the time phrase ("seized every season")
    as_object = WITH_EVERY_SEASON.replace("npadvmod 9", "dobj     9")
    assert habit_with(*_view(blank_nlp, as_object, "seized"), words)
    assert not habit_with(*_view(blank_nlp, WITH_AGREEING, "agreeing"), words)  # no habit: an act
    on_monday = WITH_EVERY_SEASON.replace("every        every", "that         that")
    assert not habit_with(*_view(blank_nlp, on_monday, "seized"), words)  # one season


def test_nonevents41_wish_to_join(blank_nlp):
    words = load_default().words
    assert wished(*_view(blank_nlp, HOPE_TO_JOIN, "join"), words)
    sign = HOPE_TO_JOIN.replace("join         join ", "sign         sign ")
    assert not wished(*_view(blank_nlp, sign, "sign"), words)  # an intent to act stays an intent


def test_nonevents41_joint_undertaking_in_a_relative_clause(blank_nlp):
    lexicon = load_default()
    assert generic_relative(*_view(blank_nlp, FIGHT_TOGETHER, "fight"), lexicon)
    alone = FIGHT_TOGETHER.replace("together     together     ADV   RB   advmod   5",
                                   "hard         hard         ADV   RB   advmod   5")
    assert not generic_relative(*_view(blank_nlp, alone, "fight"), lexicon)  # set off, no joint word: may be an act


def test_nonevents41_standing_recognition(blank_nlp):
    words = load_default().words
    assert standing_trade(*_view(blank_nlp, ONLY_RECOGNISES, "recognises"), words)
    assert not standing_trade(*_view(blank_nlp, RECOGNISES_UNDER_PACT, "recognises"), words)  # dated: an act
    past = ONLY_RECOGNISES.replace("recognises   recognise    VERB  VBZ", "recognised   recognise    VERB  VBD")
    assert not standing_trade(*_view(blank_nlp, past, "recognised"), words)


def test_nonevents41_going_on_since(blank_nlp):
    words = load_default().words
    assert ongoing_since(*_view(blank_nlp, DEPLOYING_SINCE, "deploying"), words)
    deployed = DEPLOYING_SINCE.replace("been         be           AUX   VBN  aux      5   O\n", "").replace(
        "deploying    deploy       VERB  VBG  ROOT     5", "deployed     deploy       VERB  VBN  ROOT     4")
    deployed = deployed.replace("aux      5", "aux      4").replace("nsubj    5", "nsubj    4").replace(
        "prep     5", "prep     4").replace("punct    5", "punct    4").replace("pobj     6", "pobj     5")
    assert not ongoing_since(*_view(blank_nlp, deployed, "deployed"), words)  # a perfect: deployed, done


def test_nonevents41_measure_raised_from_the_verb(blank_nlp):
    doc = tree(blank_nlp.language.vocab, LEVY_EXPECTED)
    hit = doc[5].i
    assert _doer_of(doc[1], (hit, hit))
    assert not _doer_of(doc[6], (hit, hit))


def test_nonevents41_snow_is_no_doer(blank_nlp):
    natural = load_default().cues.get("natural", frozenset())
    assert natural_doer(*_view(blank_nlp, BLOCKED_BY_SNOW, "blocked"), natural)
    troops = BLOCKED_BY_SNOW.replace("snow         snow ", "troops       troop")
    assert not natural_doer(*_view(blank_nlp, troops, "blocked"), natural)


