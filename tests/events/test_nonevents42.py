"""Standing complaints, rises to power and plural titles (issue 11, session 42, h-nonev42): "fishermen have long
complained of being robbed", "traders have for years protested" and "exile groups have continued to hold rallies" tell a
standing state; "ruled by colonels who took power between 2019 and 2024" and "since he took power in 2019" tell who
rules, background; "Presidents X and Y discussed ..." has two doers even where the parser hangs X on Y. Acts next to
them stay: "protested on Monday", "has long accused" with a named doer (the caller's test), "whose elite unit seized
power", "the army seized power on Monday".

All sentences here are synthetic, written for the tests; the parses are built by hand (``tests/conftest.py``
``tree``) so that the rule, not the model's parse, is what is tested."""

from tests.conftest import actors_of, code_tree, events_of, tree

from detente.events.lexicon import load_default
from detente.events.nonevents import rise_to_power, standing_perfect
from detente.parse_view import ParseView

# synthetic: "Fishermen have long complained of attacks at sea."
LONG_COMPLAINED = """
    Fishermen    fisherman    NOUN  NNS  nsubj    3   O
    have         have         AUX   VBP  aux      3   O
    long         long         ADV   RB   advmod   3   O
    complained   complain     VERB  VBN  ROOT     3   O
    of           of           ADP   IN   prep     3   O
    attacks      attack       NOUN  NNS  pobj     4   O
    at           at           ADP   IN   prep     5   O
    sea          sea          NOUN  NN   pobj     6   O
    .            .            PUNCT .    punct    3   O
"""

# synthetic: "Traders have for years protested at the crossing."
FOR_YEARS = """
    Traders      trader       NOUN  NNS  nsubj    4   O
    have         have         AUX   VBP  aux      4   O
    for          for          ADP   IN   prep     4   O
    years        year         NOUN  NNS  pobj     2   B-DATE
    protested    protest      VERB  VBN  ROOT     4   O
    at           at           ADP   IN   prep     4   O
    the          the          DET   DT   det      7   O
    crossing     crossing     NOUN  NN   pobj     5   O
    .            .            PUNCT .    punct    4   O
"""

# synthetic: "Exile groups have continued to hold rallies."
CONTINUED_TO_HOLD = """
    Exile        exile        NOUN  NN   compound 1   O
    groups       group        NOUN  NNS  nsubj    3   O
    have         have         AUX   VBP  aux      3   O
    continued    continue     VERB  VBN  ROOT     3   O
    to           to           PART  TO   aux      5   O
    hold         hold         VERB  VB   xcomp    3   O
    rallies      rally        NOUN  NNS  dobj     5   O
    .            .            PUNCT .    punct    3   O
"""

# synthetic: "Gabon and Guinea, both run by officers who seized power between 2021 and 2023, signed a pact."
WHO_SEIZED = """
    Gabon        Gabon        PROPN NNP  nsubj    16  B-GPE
    and          and          CCONJ CC   cc       0   O
    Guinea       Guinea       PROPN NNP  conj     0   B-GPE
    ,            ,            PUNCT ,    punct    0   O
    both         both         DET   DT   advmod   5   O
    run          run          VERB  VBN  acl      0   O
    by           by           ADP   IN   agent    5   O
    officers     officer      NOUN  NNS  pobj     6   O
    who          who          PRON  WP   nsubj    9   O
    seized       seize        VERB  VBD  relcl    7   O
    power        power        NOUN  NN   dobj     9   O
    between      between      ADP   IN   prep     9   O
    2021         2021         NUM   CD   pobj     11  B-DATE
    and          and          CCONJ CC   cc       12  I-DATE
    2023         2023         NUM   CD   conj     12  I-DATE
    ,            ,            PUNCT ,    punct    0   O
    signed       sign         VERB  VBD  ROOT     16  O
    a            a            DET   DT   det      18  O
    pact         pact         NOUN  NN   dobj     16  O
    .            .            PUNCT .    punct    16  O
"""

# synthetic: "The council that seized power in Niamey has closed the border."
SEIZED_IN_NIAMEY = """
    The          the          DET   DT   det      1   O
    council      council      NOUN  NN   nsubj    8   O
    that         that         PRON  WDT  nsubj    3   O
    seized       seize        VERB  VBD  relcl    1   O
    power        power        NOUN  NN   dobj     3   O
    in           in           ADP   IN   prep     3   O
    Niamey       Niamey       PROPN NNP  pobj     5   B-GPE
    has          have         AUX   VBZ  aux      8   O
    closed       close        VERB  VBN  ROOT     8   O
    the          the          DET   DT   det      10  O
    border       border       NOUN  NN   dobj     8   O
    .            .            PUNCT .    punct    8   O
"""

# synthetic: "Trade has grown since Tokayev came to power in 2019."
SINCE_CAME = """
    Trade        trade        NOUN  NN   nsubj    2   O
    has          have         AUX   VBZ  aux      2   O
    grown        grow         VERB  VBN  ROOT     2   O
    since        since        SCONJ IN   mark     5   O
    Tokayev      Tokayev      PROPN NNP  nsubj    5   B-PERSON
    came         come         VERB  VBD  advcl    2   O
    to           to           ADP   IN   prep     5   O
    power        power        NOUN  NN   pobj     6   O
    in           in           ADP   IN   prep     5   O
    2019         2019         NUM   CD   pobj     8   B-DATE
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Presidents Emomali Rahmon and Sadyr Japarov discussed the border on Monday.", with "Rahmon" and its
# "and" hung on "Japarov" as a modifier (the parser's reading of such a pair), not a conjunct
PRESIDENTS = """
    Presidents   president    NOUN  NNS  compound 2   O
    Emomali      Emomali      PROPN NNP  compound 2   B-PERSON
    Rahmon       Rahmon       PROPN NNP  nmod     5   I-PERSON
    and          and          CCONJ CC   cc       2   O
    Sadyr        Sadyr        PROPN NNP  compound 5   B-PERSON
    Japarov      Japarov      PROPN NNP  nsubj    6   I-PERSON
    discussed    discuss      VERB  VBD  ROOT     6   O
    the          the          DET   DT   det      8   O
    border       border       NOUN  NN   dobj     6   O
    on           on           ADP   IN   prep     6   O
    Monday       Monday       PROPN NNP  pobj     9   B-DATE
    .            .            PUNCT .    punct    6   O
"""


def _view(blank_nlp, table: str, word: str) -> tuple[int, ParseView]:
    doc = tree(blank_nlp.language.vocab, table)
    [token] = [t for t in doc if t.text == word]
    return token.i, ParseView.of(doc)


def test_nonevents42_long_complained_is_a_standing_state(blank_nlp):
    words = load_default().words
    assert standing_perfect(*_view(blank_nlp, LONG_COMPLAINED, "complained"), words)
    past = LONG_COMPLAINED.replace("have         have         AUX   VBP", "had          have         AUX   VBD")
    assert not standing_perfect(*_view(blank_nlp, past, "complained"), words)  # a past perfect: told of a day
    today = LONG_COMPLAINED.replace("long         long         ADV   RB", "again        again        ADV   RB")
    assert not standing_perfect(*_view(blank_nlp, today, "complained"), words)  # no standing adverb: an act


def test_nonevents42_for_years_is_a_standing_state(blank_nlp):
    words = load_default().words
    assert standing_perfect(*_view(blank_nlp, FOR_YEARS, "protested"), words)
    for_hours = FOR_YEARS.replace("years        year ", "hours        hour ")
    assert not standing_perfect(*_view(blank_nlp, for_hours, "protested"), words)  # no span_noun: an act


def test_nonevents42_continued_to_is_a_standing_state(blank_nlp):
    words = load_default().words
    assert standing_perfect(*_view(blank_nlp, CONTINUED_TO_HOLD, "hold"), words)
    planned = CONTINUED_TO_HOLD.replace("continued    continue ", "planned      plan     ")
    assert not standing_perfect(*_view(blank_nlp, planned, "hold"), words)  # not a persistence_verb


def test_nonevents42_rise_to_power_in_a_relative_clause(blank_nlp):
    words = load_default().words
    assert rise_to_power(*_view(blank_nlp, WHO_SEIZED, "seized"), words)
    port = WHO_SEIZED.replace("power        power ", "port         port  ")
    assert not rise_to_power(*_view(blank_nlp, port, "seized"), words)  # seizing a port is an act
    noun_subject = WHO_SEIZED.replace("who          who          PRON  WP ", "units        unit         NOUN  NNS")
    assert not rise_to_power(*_view(blank_nlp, noun_subject, "seized"), words)  # "whose unit seized power": stays
    assert not rise_to_power(*_view(blank_nlp, SEIZED_IN_NIAMEY, "seized"), words)  # where it was seized: the act
    no_place = SEIZED_IN_NIAMEY.replace("B-GPE", "O    ")
    assert rise_to_power(*_view(blank_nlp, no_place, "seized"), words)


def test_nonevents42_rise_to_power_since(blank_nlp):
    words = load_default().words
    assert rise_to_power(*_view(blank_nlp, SINCE_CAME, "came"), words)
    when = SINCE_CAME.replace("since        since ", "when         when  ")
    assert not rise_to_power(*_view(blank_nlp, when, "came"), words)  # not a "since" clause


def test_nonevents42_presidents_x_and_y_are_both_doers(blank_coder):
    result = code_tree(blank_coder, PRESIDENTS, date="2026-11-30")
    [talks] = events_of(result, "CONSULT")
    assert {"emomali-rahmon", "sadyr-japarov"} <= actors_of([*talks.source, *talks.target])


def test_nonevents42_a_modifier_without_and_is_no_doer(blank_coder):
    # the same tree with "and" read as a comma-less apposition: no "and" on the modifier, no second doer
    table = PRESIDENTS.replace("and          and          CCONJ CC   cc ", "of           of           ADP   IN   prep")
    result = code_tree(blank_coder, table, date="2026-11-30")
    [talks] = events_of(result, "CONSULT")
    assert "emomali-rahmon" not in actors_of(talks.source)
