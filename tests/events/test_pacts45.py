"""Dated pacts and talks told as nouns (session 45, h-pact45; ``events/pacts.py``).

An agreement, a round of talks or a meeting named by a noun with a year of its own before the publication's ("under a
2009 fisheries agreement", "the 1975 river treaty", "talks in Kasko in 2021", "a memorandum signed in 2000"), whose
phrase names no doer, is a historical act of the story's two main parties, done together; one whose sentence names a
third party, or with no year of its own, stays uncoded.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from __future__ import annotations

from tests.conftest import countries_of, tree


def _year(blank_nlp, table: str, i: int) -> int | None:
    from detente.events.pacts import own_year

    return own_year(tree(blank_nlp.language.vocab, table)[i])


UNDER = """
    Boats      boat       NOUN  NNS  nsubj  1  O
    fish       fish       VERB  VBP  ROOT   1  O
    under      under      ADP   IN   prep   1  O
    a          a          DET   DT   det    6  O
    2009       2009       NUM   CD   nummod 6  B-DATE
    fisheries  fishery    NOUN  NNS  compound 6 O
    agreement  agreement  NOUN  NN   pobj   2  O
"""

SIGNED = """
    A          a          DET   DT   det    2  O
    boundary   boundary   NOUN  NN   compound 2 O
    memorandum memorandum NOUN  NN   nsubj  7  O
    signed     sign       VERB  VBN  acl    2  O
    in         in         ADP   IN   prep   3  O
    2000       2000       NUM   CD   pobj   4  B-DATE
    quickly    quickly    ADV   RB   advmod 7  O
    set        set        VERB  VBD  ROOT   7  O
    up         up         ADP   RP   prt    7  O
    a          a          DET   DT   det    10 O
    commission commission NOUN  NN   dobj   7  O
"""

ROUND = """
    A          a          DET   DT   det    1  O
    round      round      NOUN  NN   nsubj  9  O
    of         of         ADP   IN   prep   1  O
    talks      talk       NOUN  NNS  pobj   2  O
    in         in         ADP   IN   prep   1  O
    Hanoi      Hanoi      PROPN NNP  pobj   4  B-GPE
    in         in         ADP   IN   prep   5  O
    April      April      PROPN NNP  pobj   6  B-DATE
    2023       2023       NUM   CD   nummod 7  I-DATE
    ended      end        VERB  VBD  ROOT   9  O
"""

UNDATED = """
    Boats      boat       NOUN  NNS  nsubj  1  O
    fish       fish       VERB  VBP  ROOT   1  O
    under      under      ADP   IN   prep   1  O
    a          a          DET   DT   det    5  O
    fisheries  fishery    NOUN  NNS  compound 5 O
    agreement  agreement  NOUN  NN   pobj   2  O
    with       with       ADP   IN   prep   5  O
    its        its        PRON  PRP$ poss   8  O
    neighbour  neighbour  NOUN  NN   pobj   6  O
"""


def test_pacts45_a_year_on_the_noun_dates_it(blank_nlp):
    assert _year(blank_nlp, UNDER, 6) == 2009  # "a 2009 fisheries agreement"


def test_pacts45_a_year_after_in_on_a_participle_dates_the_noun(blank_nlp):
    assert _year(blank_nlp, SIGNED, 2) == 2000  # "a memorandum signed in 2000"


def test_pacts45_talks_told_as_a_round_take_the_year_of_the_round(blank_nlp):
    assert _year(blank_nlp, ROUND, 3) == 2023  # "a round of talks in Hanoi in April 2023": through the place


def test_pacts45_a_noun_with_no_year_of_its_own_is_undated(blank_nlp):
    assert _year(blank_nlp, UNDATED, 5) is None


def test_pacts45_a_dated_framework_agreement_is_no_standing_frame_for_nonevents(blank_nlp):
    from detente.events.lexicon import load_default
    from detente.events.nonevents import standing_agreement
    from detente.events.pacts import own_year

    words = load_default().words
    dated, undated = tree(blank_nlp.language.vocab, UNDER)[6], tree(blank_nlp.language.vocab, UNDATED)[5]
    # both are agreements in force after "under"; only the undated one stays a frame (the dated one is its signing)
    assert standing_agreement(dated, words) and own_year(dated) is not None
    assert standing_agreement(undated, words) and own_year(undated) is None


STORY = ("NAIROBI, March 4 (Reuters) - Kenya accused Tanzania on Tuesday of seizing four Kenyan fishing boats on Lake "
         "Victoria. Tanzania rejected the charge and said the boats had no licences. ")


def _signings(result):
    return [e for e in result.events if e.cameo == "057"]


def test_pacts45_a_dated_agreement_is_a_historical_signing_by_the_two_parties(code):
    result = code(STORY + "Kenyan boats may fish in those waters under a 2009 fisheries agreement.", date="2026-03-04")
    [signing] = _signings(result)
    assert countries_of([*signing.source, *signing.target]) == ["KEN", "TZA"]
    assert signing.historical


def test_pacts45_a_dated_treaty_as_the_subject_is_a_signing_too(code):
    result = code(STORY + "The 1975 lake treaty requires each side to consult the other on new works.",
                  date="2026-03-04")
    [signing] = _signings(result)
    assert countries_of([*signing.source, *signing.target]) == ["KEN", "TZA"]


def test_pacts45_a_third_party_in_the_sentence_leaves_the_noun_uncoded(code):
    result = code(STORY + "Uganda says the 2009 fisheries agreement must be reviewed.", date="2026-03-04")
    assert _signings(result) == []


def test_pacts45_an_undated_or_this_years_agreement_is_left_to_the_other_rules(code):
    assert _signings(code(STORY + "The fisheries agreement requires each side to consult the other.",
                          date="2026-03-04")) == []
    assert _signings(code(STORY + "The 2026 fisheries agreement requires each side to consult the other.",
                          date="2026-03-04")) == []


def test_pacts45_dated_talks_are_negotiations_of_the_two_parties(code):
    result = code(STORY + "Boundary talks in Mombasa in 2019 ended without progress.", date="2026-03-04")
    [talks] = [e for e in result.events if e.cameo == "046"]
    assert countries_of([*talks.source, *talks.target]) == ["KEN", "TZA"]
    assert talks.historical


def test_pacts45_a_signing_told_by_a_participle_on_the_noun_is_coded_once(code):
    result = code(STORY + "The lake accord, signed by Kenya and Tanzania in 2019, has yet to take effect.",
                  date="2026-03-04")
    assert [e.trigger.text for e in _signings(result)] == ["signed"]
