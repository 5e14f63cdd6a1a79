"""Dates of session 48 (h-date48): an act told in the past perfect takes the one explicit date of its background
sentence only when that date is said in the act's own clause (``DateRules._in_the_acts_clause``): not a date of
another clause with a doer of its own, joined by "and" ("Sweden had protested the detentions in December, and Russia
had rejected the protest": the rejection is undated, eval/wire/README.md "A date is the act's own only when it is
said of the act") or a relative clause ("over a shipment, which police found in January"), nor one on a verb still to
come ("and would appeal to ECOWAS next month"); while a date in a relative clause on a party to the act whose subject
is the relative pronoun is the act's occasion ("had rescued Somali sailors whose dhow sank in March": March;
``DateRules._on_a_party``), and a date that opens the sentence reaches a clause joined to its first one ("In November
2025, Niger had closed the border, and Benin had protested to Niamey": November 2025). The undated act stays
background when its sentence's one date is (``HistoryRules._old_date_elsewhere``). A ``tied_said`` phrase opening the
paragraph right after a lead set apart ("In the same statement, the ministry urged ...") takes the lead's date
(``DateRules._tied``). Sentences written for the tests (synthetic, wire style), parses built by hand but for the last
two tests, which run the model."""

from tests.conftest import code_tree, event_on

REJECTED = """
    Sweden     Sweden     PROPN NNP nsubj   2 B-GPE
    had        have       AUX   VBD aux     2 O
    protested  protest    VERB  VBN ROOT    2 O
    the        the        DET   DT  det     4 O
    detentions detention  NOUN  NNS dobj    2 O
    in         in         ADP   IN  prep    2 O
    December   December   PROPN NNP pobj    5 B-DATE
    ,          ,          PUNCT ,   punct   2 O
    and        and        CCONJ CC  cc      2 O
    Russia     Russia     PROPN NNP nsubj   11 B-GPE
    had        have       AUX   VBD aux     11 O
    rejected   reject     VERB  VBN conj    2 O
    the        the        DET   DT  det     13 O
    protest    protest    NOUN  NN  dobj    11 O
    .          .          PUNCT .   punct   2 O
"""

OPENING = """
    In         in         ADP   IN  prep    6 O
    November   November   PROPN NNP pobj    0 B-DATE
    2025       2025       NUM   CD  nummod  1 I-DATE
    ,          ,          PUNCT ,   punct   6 O
    Niger      Niger      PROPN NNP nsubj   6 B-GPE
    had        have       AUX   VBD aux     6 O
    closed     close      VERB  VBN ROOT    6 O
    the        the        DET   DT  det     8 O
    border     border     NOUN  NN  dobj    6 O
    ,          ,          PUNCT ,   punct   6 O
    and        and        CCONJ CC  cc      6 O
    Benin      Benin      PROPN NNP nsubj   13 B-GPE
    had        have       AUX   VBD aux     13 O
    protested  protest    VERB  VBN conj    6 O
    to         to         ADP   IN  prep    13 O
    Niamey     Niamey     PROPN NNP pobj    14 B-GPE
    .          .          PUNCT .   punct   6 O
"""

FOUND = """
    Spain      Spain      PROPN NNP nsubj   2 B-GPE
    had        have       AUX   VBD aux     2 O
    arrested   arrest     VERB  VBN ROOT    2 O
    two        two        NUM   CD  nummod  4 O
    Moroccans  Moroccan   PROPN NNPS dobj   2 B-NORP
    over       over       ADP   IN  prep    2 O
    a          a          DET   DT  det     7 O
    shipment   shipment   NOUN  NN  pobj    5 O
    ,          ,          PUNCT ,   punct   7 O
    which      which      PRON  WDT dobj    11 O
    police     police     NOUN  NNS nsubj   11 O
    found      find       VERB  VBD relcl   7 O
    in         in         ADP   IN  prep    11 O
    January    January    PROPN NNP pobj    12 B-DATE
    .          .          PUNCT .   punct   2 O
"""

RAISE = """
    Ghana      Ghana      PROPN NNP nsubj   2 B-GPE
    had        have       AUX   VBD aux     2 O
    urged      urge       VERB  VBN ROOT    2 O
    Togo       Togo       PROPN NNP dobj    2 B-GPE
    to         to         PART  TO  aux     5 O
    scrap      scrap      VERB  VB  xcomp   2 O
    the        the        DET   DT  det     7 O
    ban        ban        NOUN  NN  dobj    5 O
    and        and        CCONJ CC  cc      2 O
    would      would      AUX   MD  aux     10 O
    appeal     appeal     VERB  VB  conj    2 O
    to         to         ADP   IN  prep    10 O
    ECOWAS     ECOWAS     PROPN NNP pobj    11 B-ORG
    next       next       ADJ   JJ  amod    14 B-DATE
    month      month      NOUN  NN  npadvmod 10 I-DATE
    .          .          PUNCT .   punct   2 O
"""


SANK = """
    Kenya      Kenya      PROPN NNP nsubj   2 B-GPE
    had        have       AUX   VBD aux     2 O
    rescued    rescue     VERB  VBN ROOT    2 O
    Somali     Somali     ADJ   JJ  amod    4 B-NORP
    sailors    sailor     NOUN  NNS dobj    2 O
    whose      whose      DET   WP$ poss    6 O
    dhow       dhow       NOUN  NN  nsubj   7 O
    sank       sink       VERB  VBD relcl   4 O
    in         in         ADP   IN  prep    7 O
    March      March      PROPN NNP pobj    8 B-DATE
    .          .          PUNCT .   punct   2 O
"""

# a lead sentence before the background one (the lead's acts are dated by rules of their own)
LEAD = """
    The        the        DET   DT  det     1 O
    talks      talk       NOUN  NNS nsubj   2 O
    resumed    resume     VERB  VBD ROOT    2 O
    .          .          PUNCT .   punct   2 O
"""


def _after_lead(table: str) -> str:
    """The table of a lead sentence and then ``table``, whose head indices are moved past the lead's tokens."""
    shift = len(LEAD.strip().splitlines())
    rows = [line.split() for line in table.strip().splitlines()]
    moved = [" ".join([*row[:5], str(int(row[5]) + shift), row[6]]) for row in rows]
    return LEAD + "\n".join(moved)


def _events(result, word: str) -> list:
    return [e for e in result.events if word in e.trigger.text]


def test_a_past_perfect_joined_with_a_doer_of_its_own_is_not_dated_by_the_other_clause(blank_coder):
    result = code_tree(blank_coder, _after_lead(REJECTED), date="2026-02-25")
    rejected, protested = _events(result, "rejected"), _events(result, "protested")
    assert rejected and all(e.date is None for e in rejected)
    assert all(e.historical for e in rejected)  # still background: its sentence's one date is
    assert protested and all(e.date is not None and e.date.value == "2025-12" for e in protested)


def test_a_date_opening_the_sentence_dates_a_past_perfect_joined_to_its_first_clause(blank_coder):
    protested = _events(code_tree(blank_coder, _after_lead(OPENING), date="2026-06-03"), "protested")
    assert protested and all(e.date is not None and e.date.value == "2025-11" for e in protested)


def test_a_date_in_a_relative_clause_with_a_doer_of_its_own_does_not_date_a_past_perfect(blank_coder):
    arrested = _events(code_tree(blank_coder, _after_lead(FOUND), date="2026-02-11"), "arrested")
    assert arrested and all(e.date is None for e in arrested)


def test_a_date_on_a_verb_still_to_come_does_not_date_a_past_perfect_joined_to_it(blank_coder):
    urged = _events(code_tree(blank_coder, _after_lead(RAISE), date="2026-04-15"), "urged")
    assert urged and all(e.date is None for e in urged)


def test_a_date_in_a_relative_clause_on_a_party_to_a_past_perfect_dates_it(blank_coder):
    # the people acted on as they were then: the sinking is the occasion of the rescue
    rescued = _events(code_tree(blank_coder, _after_lead(SANK), date="2026-05-20"), "rescued")
    assert rescued and all(e.date is not None and e.date.value == "2026-03" for e in rescued)


def test_the_same_statement_opening_the_paragraph_after_the_lead_takes_the_leads_day(code):
    # a tied phrase right after a lead set apart as a paragraph: the lead is the act told just before it, and a year
    # on a noun of the lead ("the 1999 border accord") is not its date
    text = ("ROME, May 12 (Reuters) - Italy summoned Slovenia's ambassador on Tuesday over a fence built across the "
            "1999 border accord line, the Italian foreign ministry said in a statement.\n\nIn the same statement, "
            "the ministry urged Ljubljana to remove the fence.\n\nSlovenia did not comment.")
    urged = event_on(code(text, date="2026-05-12"), "urged")
    assert urged.date is not None and urged.date.value == "2026-05-12"


def test_the_same_statement_after_an_undated_lead_stays_undated(code):
    text = ("ROME, May 12 (Reuters) - Italy has protested to Slovenia over a fence built near Gorizia, the Italian "
            "foreign ministry said in a statement.\n\nIn the same statement, the ministry urged Ljubljana to remove "
            "the fence.\n\nSlovenia did not comment.")
    urged = event_on(code(text, date="2026-05-12"), "urged")
    assert urged.date is None
