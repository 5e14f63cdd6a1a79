"""Dates of session 60 (h-date60). An act of a gerund "after" or "before" takes in the body is not dated by the verb
it hangs on: "after" heads the earlier act and "before" the later one (eval/wire/README.md, "A date relative to another
act ..."; "'after' gives no date of its own"). The day chain stops at it (``date_anchors.after_or_before``: "before
flying to New Delhi"), and a month or year of that verb is only the act's context date
(``date_anchors.after_gerund_of``, ``DateRules.told_after``: "after accusing Kigali"), as for a finite "after" clause
with a doer of its own. An act whose verb has a past "when" clause, with no date of its own, takes the one date said
in that clause: the two happened at one time (``DateRules._date_of_its_when_clause``). Sentences written for the tests
(synthetic, wire style), parses built by hand."""

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

GERUND = LEAD + """
    Burundi   Burundi   PROPN NNP nsubj    8  B-GPE
    shut      shut      VERB  VBD ROOT     8  O
    the       the       DET   DT  det      10 O
    border    border    NOUN  NN  dobj     8  O
    in        in        ADP   IN  prep     8  O
    January   January   PROPN NNP pobj     11 B-DATE
    2024      2024      NUM   CD  nummod   12 I-DATE
    after     after     ADP   IN  prep     8  O
    accusing  accuse    VERB  VBG pcomp    14 O
    Rwanda    Rwanda    PROPN NNP dobj     15 B-GPE
    of        of        ADP   IN  prep     15 O
    arming    arm       VERB  VBG pcomp    17 O
    rebels    rebel     NOUN  NNS dobj     18 O
    .         .         PUNCT .   punct    8  O
"""

BEFORE = LEAD + """
    Ruto      Ruto      PROPN NNP nsubj    9  B-PERSON
    will      will      AUX   MD  aux      9  O
    visit     visit     VERB  VB  ROOT     9  O
    Kigali    Kigali    PROPN NNP dobj     9  B-GPE
    on        on        ADP   IN  prep     9  O
    Friday    Friday    PROPN NNP pobj     11 B-DATE
    before    before    ADP   IN  prep     9  O
    flying    fly       VERB  VBG pcomp    13 O
    to        to        ADP   IN  prep     14 O
    Kinshasa  Kinshasa  PROPN NNP pobj     15 B-GPE
    .         .         PUNCT .   punct    9  O
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


def _on(result, word):
    found = [e for e in result.events if word in e.trigger.text
             or any(word in m.trigger.text for m in e.mentions)]
    assert found, [e.trigger.text for e in result.events]
    return found


def test_dates_after60_gerund_after_a_month_is_undated(blank_coder):
    # "shut the border in January 2024 after accusing Rwanda ...": the accusation came before, on no month given
    for event in _on(code_tree(blank_coder, GERUND, date="2026-03-04"), "accusing"):
        assert event.date is None or event.date.value is None, event.date


def test_dates_after60_gerund_before_a_day_is_undated(blank_coder):
    # "will visit Kigali on Friday before flying to Kinshasa": the flight is not on Friday's visit day
    for event in _on(code_tree(blank_coder, BEFORE, date="2026-03-04"), "flying"):
        assert event.date is None or event.date.value is None, event.date


def test_dates_after60_the_main_clause_keeps_its_date(blank_coder):
    for event in _on(code_tree(blank_coder, GERUND, date="2026-03-04"), "shut"):
        assert event.date is not None and event.date.value == "2024-01", event.date


def test_dates_when60_act_takes_the_year_of_its_past_when_clause(blank_coder):
    # "upgraded its ties with Uganda when Museveni visited Nairobi in 2015, and Uganda opened an embassy in 2017": the
    # upgrade is of 2015 (the sentence has two dates, neither on the upgrade's own verb)
    result = code_tree(blank_coder, WHEN, date="2026-03-04")
    upgraded = [e for e in result.events if "upgraded" in e.trigger.text]
    assert upgraded, [e.trigger.text for e in result.events]
    for event in upgraded:
        assert event.date is not None and event.date.value == "2015", event.date
