"""Dates and background flags from the wrong phrase (issue 11, session 58, h-hist58):

- a year set before a noun as its modifier names that thing, when the noun is no event and no occasion or frame of
  an act ("voiced support for a state on the 1967 borders": the support is undated news), while "at the 2024
  summit" and "under a 2001 declaration" still date the act (``DateAnchors.dated_thing``).

The parses are built by hand (tests.conftest.code_tree): the construction is the point, not the model's reading.
The sentences are synthetic, written for these tests; none comes from an evaluation set or a real article."""

from tests.conftest import code_tree


def _event(result, code: str):
    return next(e for e in result.events if e.cameo == code)


# synthetic: "Egypt voiced support for a Sahrawi state <prep> the 1991 <noun>."
SUPPORT = """
        Egypt        Egypt        PROPN NNP nsubj    1 B-GPE
        voiced       voice        VERB  VBD ROOT     1 O
        support      support      NOUN  NN  dobj     1 O
        for          for          ADP   IN  prep     2 O
        a            a            DET   DT  det      6 O
        Sahrawi      Sahrawi      ADJ   JJ  amod     6 B-NORP
        state        state        NOUN  NN  pobj     3 O
        {prep}       {prep}       ADP   IN  prep     1 O
        the          the          DET   DT  det      10 O
        1991         1991         NUM   CD  nummod   10 B-DATE
        {noun}       {noun}       NOUN  NN{plural}  pobj     7 O
        .            .            PUNCT .   punct    1 O
"""


def test_history58_year_before_a_thing_dates_the_thing_not_the_act(blank_coder):
    result = code_tree(blank_coder, SUPPORT.format(prep="on", noun="lines", plural="S"), date="2026-08-10")
    support = _event(result, "051")
    assert support.date is None and not support.historical, support


def test_history58_year_before_an_occasion_still_dates_the_act(blank_coder):
    # "at the 1991 summit": the act's occasion, not a thing it names
    result = code_tree(blank_coder, SUPPORT.format(prep="at", noun="summit", plural=" "), date="2026-08-10")
    support = _event(result, "051")
    assert support.date is not None and support.date.value == "1991" and support.historical, support


# synthetic: "Niger has not eased its ban on Beninese imports, imposed in 2023."
EASED = """
        Niger        Niger        PROPN NNP nsubj    3 B-GPE
        has          have         AUX   VBZ aux      3 O
        not          not          PART  RB  neg      3 O
        eased        ease         VERB  VBN ROOT     3 O
        its          its          PRON  PRP$ poss    5 O
        ban          ban          NOUN  NN  dobj     3 O
        on           on           ADP   IN  prep     5 O
        Beninese     Beninese     ADJ   JJ  amod     8 B-NORP
        imports      import       NOUN  NNS pobj     6 O
        ,            ,            PUNCT ,   punct    3 O
        imposed      impose       VERB  VBN advcl    3 O
        in           in           ADP   IN  prep     10 O
        2023         2023         NUM   CD  pobj     11 B-DATE
        .            .            PUNCT .   punct    3 O
"""


def test_history58_participle_set_off_dates_its_thing_not_the_act(blank_coder):
    # the parser hangs "imposed in 2023" on the verb; it tells when the ban was made, not an easing of 2023
    result = code_tree(blank_coder, EASED, date="2026-11-12")
    eased = next(e for e in result.events if e.trigger.text.startswith("eased"))
    assert eased.date is None and not eased.historical, eased


# synthetic: "Ties collapsed in April 2024. Mali recalled its ambassador from Algiers."
RECALLED = """
        Ties         tie          NOUN  NNS nsubj    1 O
        collapsed    collapse     VERB  VBD ROOT     1 O
        in           in           ADP   IN  prep     1 O
        April        April        PROPN NNP pobj     2 B-DATE
        2024         2024         NUM   CD  nummod   3 I-DATE
        .            .            PUNCT .   punct    1 O
        Mali         Mali         PROPN NNP nsubj    7 B-GPE
        recalled     recall       VERB  VBD ROOT     7 O
        its          its          PRON  PRP$ poss    9 O
        ambassador   ambassador   NOUN  NN  dobj     7 O
        from         from         ADP   IN  prep     7 O
        Algiers      Algiers      PROPN NNP pobj     10 B-GPE
        .            .            PUNCT .   punct    7 O
"""


def test_history58_deed_with_a_saying_lemma_goes_on_with_the_background(blank_coder):
    # "recall" is also a verb of saying; with an object and no clause it is a deed, no report that brings the story
    # back to the news
    result = code_tree(blank_coder, RECALLED, date="2026-05-11")
    recall = next(e for e in result.events if e.trigger.text.startswith("recalled"))
    assert recall.historical and recall.date is None, recall
