"""Purposes denied in a contrast are no acts (issue 11, session 39, h-non39): "went to sea to catch fish, not to
attack anyone" reports no attack, done or refused; a negated complement of a verb of intent or of an appeal stays.

All sentences here are synthetic, written for the tests; the parses are built by hand (``tests/conftest.py``
``tree``) so that the rule, not the model's parse, is what is tested."""

from tests.conftest import code_tree, tree

from detente.events.lexicon import load_default
from detente.events.nonevents import denied_purpose
from detente.parse_view import ParseView

# synthetic: "Bangladeshi fishermen sailed to the island to catch fish, not to attack Myanmar."
# (the contrast hung on the purpose infinitive before it)
SAILED_NOT_TO_ATTACK = """
    Bangladeshi  Bangladeshi  ADJ   JJ   amod     1   B-NORP
    fishermen    fisherman    NOUN  NNS  nsubj    2   O
    sailed       sail         VERB  VBD  ROOT     2   O
    to           to           ADP   IN   prep     2   O
    the          the          DET   DT   det      5   O
    island       island       NOUN  NN   pobj     3   O
    to           to           PART  TO   aux      7   O
    catch        catch        VERB  VB   advcl    2   O
    fish         fish         NOUN  NN   dobj     7   O
    ,            ,            PUNCT ,    punct    7   O
    not          not          PART  RB   neg      12  O
    to           to           PART  TO   aux      12  O
    attack       attack       VERB  VB   advcl    7   O
    Myanmar      Myanmar      PROPN NNP  dobj     12  B-GPE
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Kenyan envoys came to Kampala to talk, not to threaten Uganda." (both clauses hung on the verb of motion)
CAME_NOT_TO_THREATEN = """
    Kenyan       Kenyan       ADJ   JJ   amod     1   B-NORP
    envoys       envoy        NOUN  NNS  nsubj    2   O
    came         come         VERB  VBD  ROOT     2   O
    to           to           ADP   IN   prep     2   O
    Kampala      Kampala      PROPN NNP  pobj     3   B-GPE
    to           to           PART  TO   aux      6   O
    talk         talk         VERB  VB   advcl    2   O
    ,            ,            PUNCT ,    punct    2   O
    not          not          PART  RB   neg      10  O
    to           to           PART  TO   aux      10  O
    threaten     threaten     VERB  VB   advcl    2   O
    Uganda       Uganda       PROPN NNP  dobj     10  B-GPE
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Turkey agreed not to attack Kurdish positions." (a negated commitment, not a purpose)
AGREED_NOT_TO_ATTACK = """
    Turkey       Turkey       PROPN NNP  nsubj    1   B-GPE
    agreed       agree        VERB  VBD  ROOT     1   O
    not          not          PART  RB   neg      4   O
    to           to           PART  TO   aux      4   O
    attack       attack       VERB  VB   xcomp    1   O
    Kurdish      Kurdish      ADJ   JJ   amod     6   B-NORP
    positions    position     NOUN  NNS  dobj     4   O
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "Beijing urged Manila to talk, not to fight." (what an appeal asks, judged as the appeal's content)
URGED_NOT_TO_FIGHT = """
    Beijing      Beijing      PROPN NNP  nsubj    1   B-GPE
    urged        urge         VERB  VBD  ROOT     1   O
    Manila       Manila       PROPN NNP  dobj     1   B-GPE
    to           to           PART  TO   aux      4   O
    talk         talk         VERB  VB   xcomp    1   O
    ,            ,            PUNCT ,    punct    4   O
    not          not          PART  RB   neg      8   O
    to           to           PART  TO   aux      8   O
    fight        fight        VERB  VB   dep      4   O
    .            .            PUNCT .    punct    1   O
"""


def _denied(blank_nlp, table: str, word: str) -> bool:
    doc = tree(blank_nlp.language.vocab, table)
    [token] = [t for t in doc if t.text == word]
    return denied_purpose(token.i, ParseView.of(doc), load_default())


def test_nonevents39_contrast_of_a_purpose_infinitive_is_denied(blank_nlp):
    assert _denied(blank_nlp, SAILED_NOT_TO_ATTACK, "attack")
    assert not _denied(blank_nlp, SAILED_NOT_TO_ATTACK, "catch")  # the purpose itself is not negated
    as_dep = SAILED_NOT_TO_ATTACK.replace("VB   advcl    7", "VB   dep      7")  # another parse of the contrast
    assert _denied(blank_nlp, as_dep, "attack")


def test_nonevents39_negated_purpose_clause_of_a_verb_of_motion_is_denied(blank_nlp):
    assert _denied(blank_nlp, CAME_NOT_TO_THREATEN, "threaten")


def test_nonevents39_negated_complement_of_intent_or_appeal_is_no_purpose(blank_nlp):
    assert not _denied(blank_nlp, AGREED_NOT_TO_ATTACK, "attack")
    assert not _denied(blank_nlp, URGED_NOT_TO_FIGHT, "fight")


def test_nonevents39_denied_purpose_codes_no_attack(blank_coder):
    result = code_tree(blank_coder, SAILED_NOT_TO_ATTACK, date="2026-03-02")
    coded = [(e.cameo, e.trigger.text) for e in result.events]
    assert not [c for c, _ in coded if c.startswith("19")], coded


def test_nonevents39_denied_purpose_codes_no_threat(blank_coder):
    result = code_tree(blank_coder, CAME_NOT_TO_THREATEN, date="2026-03-02")
    coded = [(e.cameo, e.trigger.text) for e in result.events]
    assert not [c for c, _ in coded if c.startswith("13")], coded


def test_nonevents39_negated_commitment_stays_an_event(blank_coder):
    result = code_tree(blank_coder, AGREED_NOT_TO_ATTACK, date="2026-03-02")
    assert [e for e in result.events if e.trigger.text.startswith("agreed")], [e.cameo for e in result.events]
