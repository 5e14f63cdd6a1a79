"""An act whose verb has a past "when" clause, with no date of its own, takes the one date said in that clause: the
two happened at one time (session 60, h-date60; ``DateRules._date_of_its_when_clause``). Sentences written for the
tests (synthetic, wire style), parses built by hand."""

from tests.conftest import code_tree

LEAD = """
    Kenya     Kenya     PROPN NNP nsubj    1  B-GPE
    recalled  recall    VERB  VBD ROOT     1  O
    its       its       PRON  PRP$ poss    3  O
    envoy     envoy     NOUN  NN  dobj     1  O
    on        on        ADP   IN  prep     1  O
    Monday    Monday    PROPN NNP pobj     4  B-DATE
    .         .         PUNCT .   punct    1  O
"""

WHEN = LEAD + """
    Kenya     Kenya     PROPN NNP nsubj    8  B-GPE
    upgraded  upgrade   VERB  VBD ROOT     8  O
    its       its       PRON  PRP$ poss    10 O
    ties      tie       NOUN  NNS dobj     8  O
    with      with      ADP   IN  prep     10 O
    Uganda    Uganda    PROPN NNP pobj     11 B-GPE
    when      when      SCONJ WRB advmod   15 O
    Museveni  Museveni  PROPN NNP nsubj    15 B-PERSON
    visited   visit     VERB  VBD advcl    8  O
    Nairobi   Nairobi   PROPN NNP dobj     15 B-GPE
    in        in        ADP   IN  prep     15 O
    2015      2015      NUM   CD  pobj     17 B-DATE
    ,         ,         PUNCT ,   punct    8  O
    and       and       CCONJ CC  cc       8  O
    Uganda    Uganda    PROPN NNP nsubj    22 B-GPE
    opened    open      VERB  VBD conj     8  O
    an        an        DET   DT  det      24 O
    embassy   embassy   NOUN  NN  dobj     22 O
    in        in        ADP   IN  prep     22 O
    2017      2017      NUM   CD  pobj     25 B-DATE
    .         .         PUNCT .   punct    8  O
"""


def test_dates_when60_act_takes_the_year_of_its_past_when_clause(blank_coder):
    # "upgraded its ties with Uganda when Museveni visited Nairobi in 2015, and Uganda opened an embassy in 2017": the
    # upgrade is of 2015 (the sentence has two dates, neither on the upgrade's own verb)
    result = code_tree(blank_coder, WHEN, date="2026-03-04")
    upgraded = [e for e in result.events if "upgraded" in e.trigger.text]
    assert upgraded, [e.trigger.text for e in result.events]
    for event in upgraded:
        assert event.date is not None and event.date.value == "2015", event.date
