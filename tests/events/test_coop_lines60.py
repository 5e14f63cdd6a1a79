"""Material cooperation told with ordinary verbs (session 60, h-miss60): lines of ``verbs.tsv``.

A state training another's forces or officials is military cooperation (062), as the joint "train with" is; an
armed group trained stays military aid (072). A link or plant opened between or by states (a bridge, a crossing, a
pipeline, a terminal) is economic cooperation (061), as "build +bridge|pipeline" is. The parses are built by hand:
the sentences are synthetic, written for these tests, and the parse is not the point.
"""

from __future__ import annotations

from tests.conftest import code_tree

TRAINS_OFFICERS = """
    Japan     Japan     PROPN  NNP  nsubj     2  B-GPE
    will      will      AUX    MD   aux       2  O
    train     train     VERB   VB   ROOT      2  O
    Fijian    fijian    ADJ    JJ   amod      5  B-NORP
    naval     naval     ADJ    JJ   amod      5  O
    officers  officer   NOUN   NNS  dobj      2  O
    .         .         PUNCT  .    punct     2  O
"""

TRAINED_REBELS = """
    Iran      Iran      PROPN  NNP  nsubj     1  B-GPE
    trained   train     VERB   VBD  ROOT      1  O
    the       the       DET    DT   det       3  O
    rebels    rebel     NOUN   NNS  dobj      1  O
    in        in        ADP    IN   prep      1  O
    Yemen     Yemen     PROPN  NNP  pobj      4  B-GPE
    .         .         PUNCT  .    punct     1  O
"""

OPENED_BRIDGE = """
    Russia    Russia    PROPN  NNP  nsubj     3  B-GPE
    and       and       CCONJ  CC   cc        0  O
    China     China     PROPN  NNP  conj      0  B-GPE
    opened    open      VERB   VBD  ROOT      3  O
    their     their     PRON   PRP$ poss      7  O
    first     first     ADJ    JJ   amod      7  O
    road      road      NOUN   NN   compound  7  O
    bridge    bridge    NOUN   NN   dobj      3  O
    on        on        ADP    IN   prep      3  O
    Tuesday   Tuesday   PROPN  NNP  pobj      8  B-DATE
    .         .         PUNCT  .    punct     3  O
"""

OPENED_TALKS = """
    Russia    Russia    PROPN  NNP  nsubj     1  B-GPE
    opened    open      VERB   VBD  ROOT      1  O
    talks     talk      NOUN   NNS  dobj      1  O
    with      with      ADP    IN   prep      1  O
    China     China     PROPN  NNP  pobj      3  B-GPE
    .         .         PUNCT  .    punct     1  O
"""


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def test_coop_lines_training_another_states_forces_is_military_cooperation(blank_coder):
    # before: bare "train" was 072 (military aid), so "will train Fijian naval officers" came out an intent to
    # give military aid (0332) rather than to cooperate militarily (0312); asserted, AID where the act is 062
    result = code_tree(blank_coder, TRAINS_OFFICERS)
    [event] = [e for e in result.events if e.trigger.text.startswith("train")]
    assert event.cameo in {"062", "0312"} and event.plover in {"COOPERATE", "AGREE"}, _codes(result)
    assert {p.actor for p in event.source} == {"JPN"}


def test_coop_lines_training_an_armed_group_stays_military_aid(blank_coder):
    # must not change: an armed group trained is armed by it (072)
    result = code_tree(blank_coder, TRAINED_REBELS)
    assert "072" in _codes(result), _codes(result)
    assert "062" not in _codes(result), _codes(result)


def test_coop_lines_opening_a_bridge_is_economic_cooperation(blank_coder):
    # before: "opened their first road bridge" matched no line: the act was lost
    result = code_tree(blank_coder, OPENED_BRIDGE)
    [event] = [e for e in result.events if e.trigger.text.startswith("opened")]
    assert event.cameo == "061", _codes(result)
    assert {p.actor for p in event.source} | {p.actor for p in event.target} >= {"RUS", "CHN"}


def test_coop_lines_opening_talks_stays_talks(blank_coder):
    # must not change: "open +talk" keeps its own line (046)
    result = code_tree(blank_coder, OPENED_TALKS)
    assert "046" in _codes(result) and "061" not in _codes(result), _codes(result)
