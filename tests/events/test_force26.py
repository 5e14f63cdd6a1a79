"""Acts of force, arrests and deployments given a wrong side (issue 11, false dyads; session 26, h-force26).

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or
from a real article."""

from tests.conftest import events_of, tree

from detente.events.nonevents import natural_doer
from detente.parse_view import ParseView

NATURAL = frozenset({"storm", "hurricane", "cyclone", "typhoon", "earthquake"})


def test_nonevents_hurricane_that_strikes_is_no_attack(code):
    # issue 11: a named storm is no actor ("Hurricane Marco" read as a person), and no state struck the island
    result = code("HAVANA (AP) - Hurricane Marco struck eastern Cuba on Tuesday, killing at least 19 people.",
                  date="2026-05-06")
    assert not events_of(result, "ASSAULT"), [(e.cameo, e.trigger.text) for e in result.events]
    cyclone = code("MAPUTO (AP) - Cyclone Idai hit Mozambique's coast on Friday and killed 40 people.",
                   date="2026-05-06")
    assert not events_of(cyclone, "ASSAULT"), [(e.cameo, e.trigger.text) for e in cyclone.events]


def test_nonevents_storm_to_hit_the_island_is_no_attack(code):
    # issue 11: the storm the "to" clause is said of hit the island, not the country the sentence is about
    result = code("KINGSTON (AP) - Jamaica, which relies on the United States for most of its tourism, has been "
                  "rebuilding since Melissa, the strongest storm on record to hit the island.", date="2026-05-06")
    assert not events_of(result, "ASSAULT"), [(e.cameo, e.trigger.text) for e in result.events]


def test_nonevents_strike_by_jets_stays_an_attack(code):
    result = code("KYIV (Reuters) - Russian jets struck the town of Kupiansk on Monday, killing 19 people.",
                  date="2026-05-06")
    assert events_of(result, "ASSAULT")


def test_nonevents_natural_doer_on_built_trees(blank_nlp):
    vocab = blank_nlp.language.vocab
    # the parser hangs the "to" clause on the main verb: the storm before "to" is still its doer
    record = ParseView.of(tree(vocab, """
        Jamaica    Jamaica    PROPN NNP nsubj  1  B-GPE
        rebuilt    rebuild    VERB  VBD ROOT   1  O
        after      after      ADP   IN  prep   1  O
        the        the        DET   DT  det    5  O
        strongest  strong     ADJ   JJS amod   5  O
        storm      storm      NOUN  NN  pobj   2  O
        on         on         ADP   IN  prep   5  O
        record     record     NOUN  NN  pobj   6  O
        to         to         PART  TO  aux    9  O
        hit        hit        VERB  VB  advcl  1  O
        the        the        DET   DT  det    11 O
        island     island     NOUN  NN  dobj   9  O
    """))
    assert natural_doer(9, record, NATURAL) and not natural_doer(1, record, NATURAL)
    # a name whose compound is a hazard, and the participle joined to its verb
    named = ParseView.of(tree(vocab, """
        Hurricane  Hurricane  PROPN NNP compound 1 O
        Marco      Marco      PROPN NNP nsubj    2 B-PERSON
        struck     strike     VERB  VBD ROOT     2 O
        Cuba       Cuba       PROPN NNP dobj     2 B-GPE
        ,          ,          PUNCT ,   punct    2 O
        killing    kill       VERB  VBG advcl    2 O
        nine       nine       NUM   CD  nummod   7 O
        people     people     NOUN  NNS dobj     5 O
    """))
    assert natural_doer(2, named, NATURAL) and natural_doer(5, named, NATURAL)
    # a relative clause on the hazard; a state's jets are no hazard
    relative = ParseView.of(tree(vocab, """
        a          a          DET   DT  det      1 O
        cyclone    cyclone    NOUN  NN  nsubj    5 O
        that       that       PRON  WDT nsubj    3 O
        hit        hit        VERB  VBD relcl    1 O
        Mozambique Mozambique PROPN NNP dobj     3 B-GPE
        killed     kill       VERB  VBD ROOT     5 O
        Russian    russian    ADJ   JJ  amod     7 B-NORP
        jets       jet        NOUN  NNS dobj     5 O
    """))
    assert natural_doer(3, relative, NATURAL) and natural_doer(5, relative, NATURAL)
    jets = ParseView.of(tree(vocab, """
        Russian    russian    ADJ   JJ  amod     1 B-NORP
        jets       jet        NOUN  NNS nsubj    2 O
        struck     strike     VERB  VBD ROOT     2 O
        the        the        DET   DT  det      4 O
        town       town       NOUN  NN  dobj     2 O
    """))
    assert not natural_doer(2, jets, NATURAL)


# synthetic: "Sudanese troops and Sudanese rebels fought near Nyala as Chad closed its border."
FOUGHT = """
    Sudanese  sudanese  ADJ   JJ  amod  1  B-NORP
    troops    troop     NOUN  NNS nsubj 5  O
    and       and       CCONJ CC  cc    1  O
    Sudanese  sudanese  ADJ   JJ  amod  4  B-NORP
    rebels    rebel     NOUN  NNS conj  1  O
    fought    fight     VERB  VBD ROOT  5  O
    near      near      ADP   IN  prep  5  O
    Nyala     Nyala     PROPN NNP pobj  6  B-GPE
    as        as        SCONJ IN  mark  11 O
    Chad      Chad      PROPN NNP nsubj 11 B-GPE
    closed    close     VERB  VBD advcl 5  O
    its       its       PRON  PRP$ poss 13 O
    border    border    NOUN  NN  dobj  11 O
    .         .         PUNCT .   punct 5  O
"""


def test_attach_wants_no_target_for_a_fight_between_a_state_and_its_rebels(blank_coder):
    # issue 11: a state's forces and its own rebels who fight are the act's two sides, as two states are; the
    # attacher gave such a fight a third party named in the sentence as its target
    from tests.events.test_attach import judged_of

    from detente.events import attach

    judged = judged_of(blank_coder, FOUGHT)
    [item] = [i for i in judged.judged if i.candidate.head.lemma_ == "fight"]
    assert {(r.country, r.sector) for _, r in item.candidate.sources} == {("SDN", "MIL"), ("SDN", "REB")}
    assert not attach.wants_target(item.candidate)
