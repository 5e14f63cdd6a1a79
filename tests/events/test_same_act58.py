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

from detente.actors.refs import ActorRef
from detente.events.lexicon import Words
from detente.events.same_act import _about, other_objects, same_words

CHN = ActorRef("CHNGOV", "China (government)", "CHNGOV", "CHN", "GOV", "sector")
PRK = ActorRef("PRKGOV", "North Korea (government)", "PRKGOV", "PRK", "GOV", "sector")
MEX = ActorRef("MEX", "Mexico", "MEX", "MEX", None, "country")
ESP = ActorRef("ESP", "Spain", "ESP", "ESP", None, "country")
WORDS = Words(vague_deed=frozenset({"act"}))


def _parse(rows: list[tuple[str, int, str, str, str]]):
    """A parse built by hand: (word, head, dep, pos, lemma) a token."""
    from spacy import blank
    from spacy.tokens import Doc

    return Doc(blank("en").vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows],
               deps=[r[2] for r in rows], pos=[r[3] for r in rows], lemmas=[r[4] for r in rows])


def _appeal(doc, head: int, cameo: str = "020", sources=(), targets=(), frame: int | None = None, sentence: int = 0):
    """A judged appeal on ``doc``: its verb ``head``, its sides as (token index, actor) pairs."""
    return SimpleNamespace(
        status=SimpleNamespace(cameo=cameo),
        candidate=SimpleNamespace(head=doc[head], frame_token=None if frame is None else doc[frame],
                                  sources=tuple((doc[i], ref) for i, ref in sources),
                                  targets=tuple((doc[i], ref) for i, ref in targets),
                                  specific=False, sentence=sentence))


def _asked_for_access():
    """'Envoys in Pyongyang asked for access to the crew.' (the addressee taken from 'in Pyongyang')"""
    doc = _parse([("Envoys", 3, "nsubj", "NOUN", "envoy"), ("in", 0, "prep", "ADP", "in"),
                  ("Pyongyang", 1, "pobj", "PROPN", "Pyongyang"), ("asked", 3, "ROOT", "VERB", "ask"),
                  ("for", 3, "prep", "ADP", "for"), ("access", 4, "pobj", "NOUN", "access"),
                  ("to", 5, "prep", "ADP", "to"), ("the", 8, "det", "DET", "the"), ("crew", 6, "pobj", "NOUN", "crew"),
                  (".", 3, "punct", "PUNCT", ".")])
    return _appeal(doc, 3, sources=[(0, CHN)], targets=[(2, PRK)])


def _asked_to(deed: str, thing: str, sentence: int = 1):
    """'We asked the North Korean side to <deed> the <thing>.'"""
    doc = _parse([("We", 1, "nsubj", "PRON", "we"), ("asked", 1, "ROOT", "VERB", "ask"),
                  ("the", 4, "det", "DET", "the"), ("North", 4, "compound", "PROPN", "North"),
                  ("side", 1, "dobj", "NOUN", "side"), ("to", 6, "aux", "PART", "to"),
                  (deed, 1, "xcomp", "VERB", deed), ("the", 8, "det", "DET", "the"),
                  (thing + "s", 6, "dobj", "NOUN", thing), (".", 1, "punct", "PUNCT", ".")])
    return _appeal(doc, 1, sources=[(0, CHN)], targets=[(4, PRK)], sentence=sentence)


def test_same_act58_what_an_appeal_asks_for_is_what_it_is_about():
    assert _about(_appeal(_asked_for_access().candidate.head.doc, 3))  # no side named: the "for" phrase says it


def test_same_act58_two_appeals_asking_different_things_are_two_acts():
    assert other_objects(_asked_for_access(), _asked_to("return", "fisherman"), {}, WORDS)


def test_same_act58_two_appeals_asking_one_thing_are_not_told_apart():
    """'asked for access' / 'asked the North Korean side to grant the access': one thing asked."""
    assert not other_objects(_asked_for_access(), _asked_to("grant", "access"), {}, WORDS)


def test_same_act58_an_appeal_to_act_names_nothing_asked():
    """'asked for access' / 'asked the North Korean side to act on the matters': said again with less."""
    assert not other_objects(_asked_for_access(), _asked_to("act", "matter"), {}, WORDS)


def _made_request():
    """'Mexico made a request to Spain.' (no thing asked named)"""
    doc = _parse([("Mexico", 1, "nsubj", "PROPN", "Mexico"), ("made", 1, "ROOT", "VERB", "make"),
                  ("a", 3, "det", "DET", "a"), ("request", 1, "dobj", "NOUN", "request"),
                  ("to", 3, "prep", "ADP", "to"), ("Spain", 4, "pobj", "PROPN", "Spain"),
                  (".", 1, "punct", "PUNCT", ".")])
    return _appeal(doc, 1, sources=[(0, MEX)], targets=[(5, ESP)])


def _asked_extradition(cameo: str = "0213"):
    """'Mexico asked Spain to extradite him.' (an appeal frame on the deed)"""
    doc = _parse([("Mexico", 1, "nsubj", "PROPN", "Mexico"), ("asked", 1, "ROOT", "VERB", "ask"),
                  ("Spain", 1, "dobj", "PROPN", "Spain"), ("to", 4, "aux", "PART", "to"),
                  ("extradite", 1, "xcomp", "VERB", "extradite"), ("him", 4, "dobj", "PRON", "he"),
                  (".", 1, "punct", "PUNCT", ".")])
    return _appeal(doc, 4, cameo=cameo, sources=[(0, MEX)], targets=[(2, ESP)], frame=1, sentence=5)


def test_same_act58_a_later_appeal_of_a_more_exact_code_is_not_the_same_words():
    assert not same_words(_made_request(), _asked_extradition())


def test_same_act58_an_appeal_said_again_with_less_is_the_same_words():
    assert same_words(_asked_extradition(), _made_request())
