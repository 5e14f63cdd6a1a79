"""Targets after an "at" that the verb's own lexicon pattern names ("lash out at", "hit back at",
"balk at"): the object of "at" is whom the act is aimed at, not where it was.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, code_tree, events_of


def test_targets_at_after_lash_out_is_the_target_not_the_place(code):
    result = code("Islamabad lashed out at India over the dam project on Monday.")
    [event] = events_of(result, "ACCUSE")
    assert "IND" in actors_of(event.target) and (event.location is None or event.location.country != "IND")


def test_targets_at_after_hit_back_takes_a_demonym_on_its_object(code):
    result = code("Beijing hit back at Japanese officials on Monday.")
    [event] = events_of(result, "ACCUSE")
    assert "JPN" in actors_of(event.target) and "CHN" not in actors_of(event.target)


def test_targets_at_of_a_pattern_that_names_no_at_stays_no_target(code):
    # "met at a NATO summit": the occasion, no side
    result = code("The two ministers met at a NATO summit in Vilnius on Tuesday.")
    assert not any(actors_of(e.target) & {"NATO", "nato"} for e in result.events)


# synthetic: "Israeli strikes killed 30 Palestinians, officials said." as the parser may read it: "killed" a
# participle on "strikes", and "strikes" the subject of "said"
STRIKES_KILLED = """
    Israeli      Israeli      ADJ   JJ   amod     1   B-NORP
    strikes      strike       NOUN  NNS  nsubj    7   O
    killed       kill         VERB  VBD  acl      1   O
    30           30           NUM   CD   nummod   4   B-CARDINAL
    Palestinians Palestinians PROPN NNPS dobj     2   B-NORP
    ,            ,            PUNCT ,    punct    7   O
    officials    official     NOUN  NNS  nsubj    7   O
    said         say          VERB  VBD  ROOT     7   O
    .            .            PUNCT .    punct    7   O
"""


def test_targets_victims_of_a_noun_of_force_named_by_a_participle(blank_coder):
    # victim_verb in words.tsv. Before: the strikes had no target (only "aimed at"/"targeting" participles gave one)
    [strikes] = [e for e in code_tree(blank_coder, STRIKES_KILLED).events if e.trigger.text == "strikes"]
    assert {p.country for p in strikes.source} == {"ISR"}
    assert {p.country for p in strikes.target} == {"PSE"}


def test_targets_a_participle_of_aim_on_a_measure_is_no_strike(code):
    # before: "adopted a package of sanctions against Russia, targeting its shadow fleet" made the EU attack (190)
    result = code("BRUSSELS, Feb 24 (Reuters) - European Union governments adopted a package of sanctions against "
                  "Russia on Monday, targeting its shadow fleet of oil tankers.", date="2025-02-24")
    assert not [e for e in result.events if e.cameo.startswith(("18", "19", "20"))], \
        [(e.cameo, e.trigger.text) for e in result.events]


def test_targets_the_occasion_an_act_happened_on_names_no_target(code):
    # before: "on the third anniversary of Moscow's invasion of Ukraine" made Ukraine a target of the EU's ban
    result = code("BRUSSELS, Feb 24 (Reuters) - The European Union banned imports of Russian aluminium on Monday, on "
                  "the third anniversary of Moscow's full-scale invasion of Ukraine.", date="2025-02-24")
    [ban] = [e for e in result.events if e.trigger.text.startswith("banned")]
    assert "UKR" not in {p.country for p in ban.target}
