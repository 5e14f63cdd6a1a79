"""An act of coercion or force whose own object belongs to no party of the story takes no other party from the story
(issue 11; session 46, h-ctx46: ``context.sideless_object``): goods seized, suspects arrested, unnamed armed people
fought, a drone shot down. The story's other party (a neighbour the lead blames, rebels named before) is not
appended as the target.

The rule's own tests run on parses built by hand (the rule reads the object's lemma, its possessive, the verb's
particle and its "with"); the end-to-end tests on short synthetic articles written in agency style for them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from tests.conftest import countries_of, event_on, tree

from detente.actors.refs import ActorRef
from detente.events.context import sideless_object
from detente.events.lexicon import load_default

WORDS = load_default().words
UNKNOWN = ActorRef(key="?", name="?", code=None, country=None, sector=None, kind="unresolved")
GROUP = ActorRef(key="G", name="G", code="XXXREB", country="XXX", sector="REB", kind="group")

# "Troops seized 500 pills ." / "Troops detained their suspects ." and the like: verb at 1, object at 3
SEIZED = """
Troops troops NOUN NNS nsubj 1 O
{verb} {verb_lemma} VERB VBD ROOT 1 O
{det} {det_lemma} {det_pos} {det_tag} {det_dep} 3 O
{noun} {noun_lemma} NOUN NNS dobj 1 O
. . PUNCT . punct 1 O
"""

# "Defences shot down two drones ."
SHOT_DOWN = """
Defences defence NOUN NNS nsubj 1 O
shot shoot VERB VBD ROOT 1 O
down down ADP RP {particle_dep} 1 O
two two NUM CD nummod 4 O
drones drone NOUN NNS dobj 1 O
. . PUNCT . punct 1 O
"""

# "Soldiers clashed with gunmen ."
CLASHED = """
Soldiers soldier NOUN NNS nsubj 1 O
clashed clash VERB VBD ROOT 1 O
with with ADP IN prep 1 O
{noun} {lemma} NOUN NNS pobj 2 O
. . PUNCT . punct 1 O
"""


def _seized(blank_nlp, verb: str, noun: str, owner: bool = False):
    det = ("their", "their", "PRON", "PRP$", "poss") if owner else ("500", "500", "NUM", "CD", "nummod")
    lemmas = {"seized": "seize", "detained": "detain", "beat": "beat", "dispersed": "disperse", "fired": "fire"}
    return tree(blank_nlp.language.vocab, SEIZED.format(
        verb=verb, verb_lemma=lemmas[verb], det=det[0],
        det_lemma=det[1], det_pos=det[2], det_tag=det[3], det_dep=det[4], noun=noun,
        noun_lemma={"pills": "pill", "suspects": "suspect", "fishermen": "fisherman", "men": "man",
                    "crowds": "crowd", "gas": "gas"}[noun]))


def _act(doc, cameo: str, target: int | None = 3, ref: ActorRef = UNKNOWN):
    targets = ((doc[target], ref),) if target is not None else ()
    return SimpleNamespace(cameo=cameo, head=doc[1], targets=targets)


class _Found:
    def __init__(self, refs: dict[int, ActorRef] | None = None):
        self.refs = refs or {}

    def refs_at(self, i: int) -> list[ActorRef]:
        return [self.refs[i]] if i in self.refs else []


@pytest.mark.parametrize(("verb", "noun", "cameo"), [("seized", "pills", "171"), ("detained", "suspects", "173"),
                                                   ("fired", "gas", "175")])
def test_sideless46_goods_suspects_and_gas_of_coercion(blank_nlp, verb, noun, cameo):
    assert sideless_object(_act(_seized(blank_nlp, verb, noun), cameo), _Found(), WORDS)


def test_sideless46_a_possessive_names_whose(blank_nlp):
    doc = _seized(blank_nlp, "detained", "suspects", owner=True)
    assert not sideless_object(_act(doc, "173"), _Found(), WORDS)


def test_sideless46_people_of_a_craft_or_trade_are_not_taken(blank_nlp):
    # fishermen held are as often the other party's nationals, whom the story's other party stands for
    assert not sideless_object(_act(_seized(blank_nlp, "detained", "fishermen"), "173"), _Found(), WORDS)


def test_sideless46_men_beaten_are_not_taken(blank_nlp):
    # men beaten or mistreated (CAMEO 18) are often the other party's nationals: only a seizure or arrest takes them
    doc = _seized(blank_nlp, "beat", "men")
    assert not sideless_object(_act(doc, "182"), _Found(), WORDS)
    assert sideless_object(_act(doc, "173"), _Found(), WORDS)


def test_sideless46_a_crowd_dispersed_is_not_taken(blank_nlp):
    # force on a crowd takes its gas, not the crowd, as often a foreign one (a protest at an embassy)
    assert not sideless_object(_act(_seized(blank_nlp, "dispersed", "crowds"), "175"), _Found(), WORDS)


def test_sideless46_words_are_not_taken(blank_nlp):
    # a word on goods ("condemned the seizure of pills") is not the act of coercion on them
    assert not sideless_object(_act(_seized(blank_nlp, "seized", "pills"), "111"), _Found(), WORDS)


def test_sideless46_a_known_object_is_not_sideless(blank_nlp):
    doc = _seized(blank_nlp, "detained", "suspects")
    assert not sideless_object(_act(doc, "173", ref=GROUP), _Found(), WORDS)


@pytest.mark.parametrize(("particle", "expected"), [("prt", True), ("prep", False)])
def test_sideless46_a_craft_only_when_shot_down(blank_nlp, particle, expected):
    doc = tree(blank_nlp.language.vocab, SHOT_DOWN.format(particle_dep=particle))
    assert sideless_object(_act(doc, "190", target=4), _Found(), WORDS) is expected


@pytest.mark.parametrize(("noun", "lemma", "known", "expected"), [
    ("gunmen", "gunman", False, True), ("gunmen", "gunman", True, False), ("soldiers", "soldier", False, False)])
def test_sideless46_a_fight_with_unnamed_armed_people(blank_nlp, noun, lemma, known, expected):
    doc = tree(blank_nlp.language.vocab, CLASHED.format(noun=noun, lemma=lemma))
    found = _Found({3: GROUP} if known else None)
    assert sideless_object(_act(doc, "190", target=None), found, WORDS) is expected



def test_sideless46_seized_pills_take_no_neighbour_from_the_lead(code):
    result = code("AMMAN, Feb 3 (Reuters) - Jordan and Syria have traded accusations for months over drug "
                  "smuggling across their border. Jordanian border guards seized 300,000 amphetamine pills in a "
                  "truck at the Jaber crossing on Tuesday, the army said. Damascus has denied that its forces "
                  "protect the traffickers.",
                  date="2026-02-03")
    assert "SYR" not in countries_of(event_on(result, "seized").target)


def test_sideless46_a_fight_with_gunmen_takes_no_neighbour_from_the_lead(code):
    result = code("GEORGETOWN, May 6 (AP) - Guyana has protested to Venezuela over repeated incursions by armed "
                  "men along the Cuyuni river. Guyanese troops exchanged fire with gunmen on the Venezuelan side of "
                  "the river on Tuesday, the army said, while Guyana accused Caracas of harbouring armed gangs. "
                  "Venezuela has rejected the protest.", date="2026-05-06")
    assert "VEN" not in countries_of(event_on(result, "exchanged").target)


def test_sideless46_drones_shot_down_take_no_accused_neighbour(code):
    result = code("MINSK, April 2 (Reuters) - Belarus accused Ukraine on Thursday of sending drones into its airspace, "
                  "hours after its air defences shot down two drones over the Gomel region, the defence ministry said. "
                  "Kyiv has denied sending drones into Belarus. Ukraine said it did not target Belarus.",
                  date="2026-04-02")
    assert "UKR" not in countries_of(event_on(result, "shot").target)
