"""Two requests are one act only when they ask the same thing (session 58, h-pp58; ``events/same_act.py``).

An appeal's (CAMEO 02) "for" phrase names what it asks, as its object does ("asked for consular access" asks what
"requested consular access" does), so it says what the appeal is about (``_about``, ``_objects``); two appeals that
both name a thing asked (a noun asked for, a deed asked to be done with what it acts on: ``_things_asked``) and share
none are two requests (``other_objects``; a deed that names nothing asked, a ``vague_deed`` of words.tsv, "urged the
council to act", asks nothing of its own), whoever they are made to. An appeal restated paragraphs later by the same
doer to the same addressee is the same words said again only with less, not with more (``same_words``): "made a
request" and later "asked Spain to extradite him" are two requests. The parses are built by hand; the sentences are
written for the test.
"""

from __future__ import annotations

from types import SimpleNamespace

from tests.conftest import tree

from detente.actors.refs import ActorRef
from detente.events.lexicon import Words
from detente.events.same_act import _about, other_objects, same_words

CHN = ActorRef("CHNGOV", "China (government)", "CHNGOV", "CHN", "GOV", "sector")
PRK = ActorRef("PRKGOV", "North Korea (government)", "PRKGOV", "PRK", "GOV", "sector")
MEX = ActorRef("MEX", "Mexico", "MEX", "MEX", None, "country")
ESP = ActorRef("ESP", "Spain", "ESP", "ESP", None, "country")
WORDS = Words(vague_deed=frozenset({"act"}))


def _appeal(doc, head: int, cameo: str = "020", sources=(), targets=(), frame: int | None = None, sentence: int = 0):
    """A judged appeal on ``doc``: its verb ``head``, its sides as (token index, actor) pairs."""
    return SimpleNamespace(
        status=SimpleNamespace(cameo=cameo),
        candidate=SimpleNamespace(head=doc[head], frame_token=None if frame is None else doc[frame],
                                  sources=tuple((doc[i], ref) for i, ref in sources),
                                  targets=tuple((doc[i], ref) for i, ref in targets),
                                  specific=False, sentence=sentence))


# Envoys in Pyongyang asked for access to the crew. (the addressee taken from "in Pyongyang")
ASKED_FOR_ACCESS = """
    Envoys     envoy      NOUN  NNS nsubj    3 O
    in         in         ADP   IN  prep     0 O
    Pyongyang  Pyongyang  PROPN NNP pobj     1 O
    asked      ask        VERB  VBD ROOT     3 O
    for        for        ADP   IN  prep     3 O
    access     access     NOUN  NN  pobj     4 O
    to         to         ADP   IN  prep     5 O
    the        the        DET   DT  det      8 O
    crew       crew       NOUN  NN  pobj     6 O
    .          .          PUNCT .   punct    3 O
"""

# We asked the North Korean side to <deed> the <thing>s.
ASKED_TO = """
    We         we         PRON  PRP nsubj    1 O
    asked      ask        VERB  VBD ROOT     1 O
    the        the        DET   DT  det      4 O
    North      North      PROPN NNP compound 4 O
    side       side       NOUN  NN  dobj     1 O
    to         to         PART  TO  aux      6 O
    {deed}     {deed}     VERB  VB  xcomp    1 O
    the        the        DET   DT  det      8 O
    {thing}s   {thing}    NOUN  NNS dobj     6 O
    .          .          PUNCT .   punct    1 O
"""


def _asked_for_access(blank_nlp):
    doc = tree(blank_nlp.language.vocab, ASKED_FOR_ACCESS)
    return _appeal(doc, 3, sources=[(0, CHN)], targets=[(2, PRK)])


def _asked_to(blank_nlp, deed: str, thing: str, sentence: int = 1):
    doc = tree(blank_nlp.language.vocab, ASKED_TO.format(deed=deed, thing=thing))
    return _appeal(doc, 1, sources=[(0, CHN)], targets=[(4, PRK)], sentence=sentence)


def test_same_act58_what_an_appeal_asks_for_is_what_it_is_about(blank_nlp):
    doc = tree(blank_nlp.language.vocab, ASKED_FOR_ACCESS)
    assert _about(_appeal(doc, 3))  # no side named: the "for" phrase says it


def test_same_act58_two_appeals_asking_different_things_are_two_acts(blank_nlp):
    assert other_objects(_asked_for_access(blank_nlp), _asked_to(blank_nlp, "return", "fisherman"), {}, WORDS)


def test_same_act58_two_appeals_asking_one_thing_are_not_told_apart(blank_nlp):
    """'asked for access' / 'asked the North Korean side to grant the access': one thing asked."""
    assert not other_objects(_asked_for_access(blank_nlp), _asked_to(blank_nlp, "grant", "access"), {}, WORDS)


def test_same_act58_an_appeal_to_act_names_nothing_asked(blank_nlp):
    """'asked for access' / 'asked the North Korean side to act on the matters': said again with less."""
    assert not other_objects(_asked_for_access(blank_nlp), _asked_to(blank_nlp, "act", "matter"), {}, WORDS)


# Mexico made a request to Spain. (no thing asked named)
MADE_REQUEST = """
    Mexico     Mexico     PROPN NNP nsubj    1 O
    made       make       VERB  VBD ROOT     1 O
    a          a          DET   DT  det      3 O
    request    request    NOUN  NN  dobj     1 O
    to         to         ADP   IN  prep     3 O
    Spain      Spain      PROPN NNP pobj     4 O
    .          .          PUNCT .   punct    1 O
"""

# Mexico asked Spain to extradite him. (an appeal frame on the deed)
ASKED_EXTRADITION = """
    Mexico     Mexico     PROPN NNP nsubj    1 O
    asked      ask        VERB  VBD ROOT     1 O
    Spain      Spain      PROPN NNP dobj     1 O
    to         to         PART  TO  aux      4 O
    extradite  extradite  VERB  VB  xcomp    1 O
    him        he         PRON  PRP dobj     4 O
    .          .          PUNCT .   punct    1 O
"""


def _made_request(blank_nlp):
    doc = tree(blank_nlp.language.vocab, MADE_REQUEST)
    return _appeal(doc, 1, sources=[(0, MEX)], targets=[(5, ESP)])


def _asked_extradition(blank_nlp, cameo: str = "0213"):
    doc = tree(blank_nlp.language.vocab, ASKED_EXTRADITION)
    return _appeal(doc, 4, cameo=cameo, sources=[(0, MEX)], targets=[(2, ESP)], frame=1, sentence=5)


def test_same_act58_a_later_appeal_of_a_more_exact_code_is_not_the_same_words(blank_nlp):
    assert not same_words(_made_request(blank_nlp), _asked_extradition(blank_nlp))


def test_same_act58_an_appeal_said_again_with_less_is_the_same_words(blank_nlp):
    assert same_words(_asked_extradition(blank_nlp), _made_request(blank_nlp))
