"""Which sense of "give" and "release" a clause takes (session 60, h-type60: events coded with another PLOVER
type than the gold's): general lines of ``data/lexicon/verbs.tsv``, on parses built by hand (the parse is not the
point).

Hardware given to another state ("gave X two patrol boats in 2019") is military aid (072), not the yielding
"give in" (080) that a year's "in" used to pick; a sum released ("released 1.5 billion euros in loans") is economic
aid (071), not the release of persons (0841); water cannon fired at a ship or a crowd is coercion (170, PLOVER COERCE,
as the dev gold codes every case), while tear gas stays repression (175, ASSAULT); a video call is a consultation by
phone or screen (041), not an appeal (the bare noun "call", 020); a state that "applied to join" a bloc appeals to
it (020), and the joining, not yet done, codes no support (050) of its own. Each test also checks the sense the
line must leave alone.

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or from
a real article."""

from __future__ import annotations

from tests.conftest import code_tree, tree

from detente.events.lexicon import load_default
from detente.parse_view import ParseView


def _noun_of(doc, i: int) -> str | None:
    return load_default().event_noun(doc[i], ParseView.of(doc))


def _code_of(doc, i: int) -> str | None:
    found = load_default().match_verb(doc[i], ParseView.of(doc))
    return found.cameo if found is not None else None


def test_hardware_given_to_another_state_is_military_aid_not_giving_in(blank_nlp) -> None:
    doc = tree(blank_nlp.language.vocab, """
        Seoul    Seoul    PROPN  NNP  nsubj     1  B-GPE
        gave     give     VERB   VBD  ROOT      1  O
        Manila   Manila   PROPN  NNP  dative    1  B-GPE
        two      two      NUM    CD   nummod    5  O
        patrol   patrol   NOUN   NN   compound  5  O
        boats    boat     NOUN   NNS  dobj      1  O
        in       in       ADP    IN   prep      1  O
        2019     2019     NUM    CD   pobj      6  B-DATE
        .        .        PUNCT  .    punct     1  O
    """)
    assert _code_of(doc, 1) == "072"
    yielded = tree(blank_nlp.language.vocab, """
        The      the      DET    DT   det       1  O
        government government NOUN NN nsubj    2  O
        gave     give     VERB   VBD  ROOT      2  O
        in       in       ADP    RP   prt       2  O
        on       on       ADP    IN   prep      2  O
        Monday   Monday   PROPN  NNP  pobj      4  B-DATE
        .        .        PUNCT  .    punct     2  O
    """)
    assert _code_of(yielded, 2) == "080"  # no object: still the yielding


def test_a_sum_released_is_economic_aid_and_people_released_stay_a_release(blank_nlp) -> None:
    doc = tree(blank_nlp.language.vocab, """
        The      the      DET    DT   det       1  O
        EU       EU       PROPN  NNP  nsubj     2  B-ORG
        released release  VERB   VBD  ROOT      2  O
        1.5      1.5      NUM    CD   compound  4  B-MONEY
        billion  billion  NUM    CD   nummod    5  I-MONEY
        euros    euro     NOUN   NNS  dobj      2  I-MONEY
        in       in       ADP    IN   prep      5  O
        loans    loan     NOUN   NNS  pobj      6  O
        to       to       ADP    IN   prep      2  O
        Egypt    Egypt    PROPN  NNP  pobj      8  B-GPE
        .        .        PUNCT  .    punct     2  O
    """)
    assert _code_of(doc, 2) == "071"
    people = tree(blank_nlp.language.vocab, """
        Iran     Iran     PROPN  NNP  nsubj     1  B-GPE
        released release  VERB   VBD  ROOT      1  O
        30       30       NUM    CD   nummod    4  O
        Pakistani Pakistani ADJ  JJ   amod      4  B-NORP
        fishermen fisherman NOUN NNS  dobj      1  O
        .        .        PUNCT  .    punct     1  O
    """)
    assert _code_of(people, 1) == "0841"


def test_water_cannon_is_coercion_and_tear_gas_stays_repression(blank_nlp) -> None:
    doc = tree(blank_nlp.language.vocab, """
        Chinese  Chinese  ADJ    JJ   amod      3  B-NORP
        coast    coast    NOUN   NN   compound  2  O
        guard    guard    NOUN   NN   compound  3  O
        ships    ship     NOUN   NNS  nsubj     4  O
        fired    fire     VERB   VBD  ROOT      4  O
        water    water    NOUN   NN   compound  6  O
        cannon   cannon   NOUN   NN   dobj      4  O
        at       at       ADP    IN   prep      4  O
        a        a        DET    DT   det       11 O
        Philippine Philippine ADJ JJ  amod      11 B-NORP
        supply   supply   NOUN   NN   compound  11 O
        boat     boat     NOUN   NN   pobj      7  O
        .        .        PUNCT  .    punct     4  O
    """)
    assert _code_of(doc, 4) == "170"
    gas = tree(blank_nlp.language.vocab, """
        Police   police   NOUN   NNS  nsubj     1  O
        fired    fire     VERB   VBD  ROOT      1  O
        tear     tear     NOUN   NN   compound  3  O
        gas      gas      NOUN   NN   dobj      1  O
        .        .        PUNCT  .    punct     1  O
    """)
    assert _code_of(gas, 1) == "175"


def test_a_video_call_is_a_consultation_and_a_bare_call_an_appeal(blank_nlp) -> None:
    doc = tree(blank_nlp.language.vocab, """
        They     they     PRON   PRP  nsubj     1  O
        spoke    speak    VERB   VBD  ROOT      1  O
        in       in       ADP    IN   prep      1  O
        a        a        DET    DT   det       5  O
        video    video    NOUN   NN   compound  5  O
        call     call     NOUN   NN   pobj      2  O
        .        .        PUNCT  .    punct     1  O
    """)
    assert _noun_of(doc, 5) == "videocall"
    assert load_default().nouns["videocall"] == "041"
    appeal = tree(blank_nlp.language.vocab, """
        They     they     PRON   PRP  nsubj     1  O
        renewed  renew    VERB   VBD  ROOT      1  O
        a        a        DET    DT   det       3  O
        call     call     NOUN   NN   dobj      1  O
        for      for      ADP    IN   prep      3  O
        calm     calm     NOUN   NN   pobj      4  O
        .        .        PUNCT  .    punct     1  O
    """)
    assert _noun_of(appeal, 3) == "call" and load_default().nouns["call"] == "020"


APPLIED = """
        Moldova  Moldova  PROPN  NNP  nsubj     1  B-GPE
        applied  apply    VERB   VBD  ROOT      1  O
        to       to       PART   TO   aux       3  O
        join     join     VERB   VB   xcomp     1  O
        the      the      DET    DT   det       6  B-ORG
        European European PROPN  NNP  compound  6  I-ORG
        Union    Union    PROPN  NNP  dobj      3  I-ORG
        in       in       ADP    IN   prep      1  O
        2022     2022     NUM    CD   pobj      7  B-DATE
        .        .        PUNCT  .    punct     1  O
"""


def test_applying_to_join_a_bloc_is_an_appeal_not_the_joining(blank_nlp, blank_coder) -> None:
    doc = tree(blank_nlp.language.vocab, APPLIED)
    assert _code_of(doc, 1) == "020"
    codes = [e.cameo for e in code_tree(blank_coder, APPLIED, date="2026-03-04").events]
    assert codes and all(c.startswith("02") for c in codes), codes  # an appeal (the code table may refine it)
    joined = tree(blank_nlp.language.vocab, """
        Moldova  Moldova  PROPN  NNP  nsubj     1  B-GPE
        joined   join     VERB   VBD  ROOT      1  O
        the      the      DET    DT   det       4  B-ORG
        European European PROPN  NNP  compound  4  I-ORG
        Union    Union    PROPN  NNP  dobj      1  I-ORG
        .        .        PUNCT  .    punct     1  O
    """)
    assert _code_of(joined, 1) == "050"  # the joining itself stays support
