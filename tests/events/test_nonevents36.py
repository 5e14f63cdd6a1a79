"""Acts done by things, nature and processes, and senses that are no political act (issue 11, session 36,
h-nonev36: spurious events).

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or
from a real article."""

from tests.conftest import countries_of, events_of, tree

from detente.events.nonevents import natural_doer
from detente.events.phrases import awaited
from detente.parse_view import ParseView

NATURAL = frozenset({"tremor", "locust", "landslide", "fire"})
SHOOTING = frozenset({"fire", "gunfire"})


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


# -- nature and animals -------------------------------------------------------------------------------------------
def test_nonevents_tremor_after_a_magnitude_is_no_attack(code):
    # the parser makes "tremor" an apposition of "magnitude", the verb's subject
    result = code("QUITO, June 9 (Reuters) - Ecuador declared a state of emergency after a magnitude 6.8 tremor "
                  "killed 12 people in the province of Manabi.", date="2026-06-09")
    assert not events_of(result, "ASSAULT"), _codes(result)


def test_nonevents_animals_and_hazards_in_an_of_phrase_are_no_doers(code):
    result = code("ADDIS ABABA, June 9 (AFP) - Ethiopia asked Sudan for pesticides on Tuesday after swarms of "
                  "locusts destroyed wheat fields in Tigray.", date="2026-06-09")
    assert events_of(result, "REQUEST")
    assert not events_of(result, "ASSAULT"), _codes(result)


def test_nonevents_hazard_in_a_by_phrase_is_no_doer(code):
    result = code("ROME, June 9 (AFP) - Italy and Greece agreed to restore Byzantine churches damaged by erosion on "
                  "the island of Corfu.", date="2026-06-09")
    assert events_of(result, "AGREE")
    assert not events_of(result, "COERCE"), _codes(result)
    cyclone = code("MAPUTO, June 9 (AFP) - Mozambican towns hit by Cyclone Freddy received aid from South Africa.",
                   date="2026-06-09")
    assert not events_of(cyclone, "ASSAULT"), _codes(cyclone)


def test_nonevents_fire_a_demonym_names_the_shooter_of_stays_an_attack(code):
    result = code("BEIRUT, June 9 (Reuters) - Israeli tank fire killed two Lebanese soldiers near Marjayoun on "
                  "Tuesday, the Lebanese army said.", date="2026-06-09")
    attacks = events_of(result, "ASSAULT")
    assert attacks and "ISR" in countries_of(attacks[0].source), _codes(result)


def test_nonevents_natural_doer_on_built_trees(blank_nlp):
    vocab = blank_nlp.language.vocab
    # "a magnitude 7 tremor killed": the hazard is an apposition of the subject
    tremor = ParseView.of(tree(vocab, """
        a          a          DET   DT  det      1 O
        magnitude  magnitude  NOUN  NN  nsubj    4 O
        7          7          NUM   CD  nummod   3 O
        tremor     tremor     NOUN  NN  appos    1 O
        killed     kill       VERB  VBD ROOT     4 O
        nine       nine       NUM   CD  nummod   6 O
        people     people     NOUN  NNS dobj     4 O
    """))
    assert natural_doer(4, tremor, NATURAL, SHOOTING)
    # "homes destroyed by a landslide": the "by" phrase, not the noun the participle is on
    landslide = ParseView.of(tree(vocab, """
        homes      home       NOUN  NNS ROOT     0 O
        destroyed  destroy    VERB  VBN acl      0 O
        by         by         ADP   IN  agent    1 O
        a          a          DET   DT  det      4 O
        landslide  landslide  NOUN  NN  pobj     2 O
    """))
    assert natural_doer(1, landslide, NATURAL, SHOOTING)
    # "Russian artillery fire killed": the demonym names the shooter; bare fire is a hazard
    shooting = ParseView.of(tree(vocab, """
        Russian    russian    ADJ   JJ  amod     2 B-NORP
        artillery  artillery  NOUN  NN  compound 2 O
        fire       fire       NOUN  NN  nsubj    3 O
        killed     kill       VERB  VBD ROOT     3 O
        two        two        NUM   CD  nummod   5 O
        civilians  civilian   NOUN  NNS dobj     3 O
    """))
    assert not natural_doer(3, shooting, NATURAL, SHOOTING)
    assert natural_doer(3, shooting, NATURAL)  # with no noun of shooting known, fire is fire


# -- processes and measures ---------------------------------------------------------------------------------------
def test_nonevents_toll_of_an_insurgency_is_no_act(code):
    result = code("MANILA, June 9 (Reuters) - The communist insurgency has killed more than 40,000 people since "
                  "1969, the army said.", date="2026-06-09")
    assert not events_of(result, "ASSAULT"), _codes(result)


def test_nonevents_effect_of_a_measure_is_no_act(code):
    result = code("TASHKENT, June 9 (AFP) - Uzbekistan urged Kazakhstan on Tuesday to lift its grain export ban, "
                  "saying the suspension had halted flour deliveries to the Fergana valley.", date="2026-06-09")
    assert events_of(result, "REQUEST")
    assert not [c for c in _codes(result) if c.startswith("16")], _codes(result)


def test_nonevents_thing_that_burns_is_no_attack(code):
    burned = code("ABUJA, June 9 (Reuters) - Three fuel trucks burned near the border with Niger overnight, "
                  "police said.", date="2026-06-09")
    assert not events_of(burned, "ASSAULT"), _codes(burned)
    torched = code("ABUJA, June 9 (Reuters) - Rioters burned three Nigerien trucks near the border overnight, "
                   "police said.", date="2026-06-09")
    assert events_of(torched, "ASSAULT"), _codes(torched)


# -- legal contests and awaited acts ------------------------------------------------------------------------------
def test_nonevents_fighting_charges_is_no_fight(code):
    result = code("ATHENS, June 9 (Reuters) - A Greek court ordered a Turkish journalist held in custody on Tuesday, "
                  "and his lawyer said he would fight the charges.", date="2026-06-09")
    assert events_of(result, "COERCE")
    assert not events_of(result, "ASSAULT"), _codes(result)


def test_lexicon_vow_to_fight_a_legal_contest_is_no_refusal(code):
    # "vow ~fight" (1246, vowed to fight on) gives way when the fight is a sense that codes nothing
    result = code("MANILA, June 9 (AFP) - The former Philippine president vowed to fight the charges at the "
                  "International Criminal Court.", date="2026-06-09")
    assert not [c for c in _codes(result) if c.startswith(("12", "19"))], _codes(result)
    rebels = code("BAMAKO, June 9 (Reuters) - Tuareg rebels vowed to fight the Malian army until Kidal was free.",
                  date="2026-06-09")
    assert [c for c in _codes(rebels) if c.startswith(("12", "13", "19"))], _codes(rebels)


def test_frames_ordered_held_pending_extradition_is_a_detention(code):
    result = code("LISBON, June 9 (Reuters) - A Portuguese judge ordered two Brazilian men held pending extradition "
                  "to Brazil.", date="2026-06-09")
    assert [e.cameo for e in events_of(result, "COERCE")] == ["173"], _codes(result)
    assert not events_of(result, "COOPERATE"), _codes(result)


def test_phrases_awaited_on_built_trees(blank_nlp):
    from detente.events.lexicon import Words

    words = Words(pending_prep=frozenset({"pending", "awaiting"}))
    vocab = blank_nlp.language.vocab
    # the parser makes "pending" an adjective of the noun; "after the extradition" is no wait
    view = ParseView.of(tree(vocab, """
        held         hold         VERB  VBN ROOT  0 O
        him          he           PRON  PRP dobj  0 O
        pending      pending      ADJ   JJ  amod  3 O
        extradition  extradition  NOUN  NN  dobj  0 O
        after        after        ADP   IN  prep  0 O
        the          the          DET   DT  det   6 O
        trial        trial        NOUN  NN  pobj  4 O
    """))
    assert awaited(3, view, words) and not awaited(6, view, words)


def test_nonevents_verb_joined_to_a_judgement_keeps_its_act(code):
    # the parser joins "called" to "was": the measure is no subject of the appeal
    result = code("The two Baltic states said the move was deeply regrettable, and called on Minsk to reopen the "
                  "crossings.", date="2026-06-09")
    assert events_of(result, "REQUEST"), _codes(result)
