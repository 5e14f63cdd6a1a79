"""The other party of a two-party story as the target of an act whose clause names none
(events/context.py; issue 11, item 3, "targets given only by context").

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of

TWO_PARTIES = ("YEREVAN, May 4 (Reuters) - Azerbaijani troops shelled Armenian border posts overnight, "
               "Armenia's defence ministry said on Sunday. Armenia accused Azerbaijan of trying to derail "
               "peace talks. ")


def test_context_quoted_victim_is_the_target_of_an_act_on_people(code):
    # the clause names only "sleeping villages"; the story has two parties and the speaker is the other one
    result = code(TWO_PARTIES + "\"Azerbaijan has once again chosen to shell sleeping villages,\" Prime Minister "
                  "Nikol Pashinyan said in a televised address.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "shell"]
    assert actors_of(event.source) == {"AZE"}
    assert "ARM" in actors_of(event.target)
    assert any(p.text == "sleeping villages" and not p.actor for p in event.target)  # the words stay


def test_context_striking_back_targets_the_party_that_fired_first(code):
    result = code("BAKU, May 4 (Reuters) - Armenian troops fired on Azerbaijani positions in the Kalbajar district "
                  "on Sunday, and Azerbaijani units struck back with artillery, Azerbaijan's defence ministry said. "
                  "Armenia denied the account. Azerbaijan accused Armenia of breaking the truce.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "struck"]
    assert actors_of(event.source) == {"AZE"} and actors_of(event.target) & {"ARM"}


def test_context_no_guess_for_a_third_party_of_the_story(code):
    # Iran is no main party of an Armenia-Azerbaijan story: "Armenian officials" in its sentence is not its target
    result = code(TWO_PARTIES + "Iran, which borders both countries, rejected any change to the regional borders, "
                  "Armenian officials said.")
    [event] = [e for e in result.events if actors_of(e.source) == {"IRN"}]
    assert not any(p.actor for p in event.target)


def test_context_no_guess_when_the_target_is_named_but_unknown(code):
    # "Western countries" names the target; that the knowledge base cannot resolve it leaves no gap to fill
    result = code(TWO_PARTIES + "Azerbaijan accused Western countries of double standards, the ministry said.")
    [event] = [e for e in events_of(result, "ACCUSE") if any("Western" in p.text for p in e.target)]
    assert not any(p.actor for p in event.target)


def test_context_no_guess_in_a_single_party_story(code):
    result = code("KYIV, May 4 (Reuters) - Ukraine's air force said it had shot down drones overnight. It said "
                  "debris had fallen on two villages. Ukraine's military said it had struck back.")
    assert all(not any(p.actor for p in e.target) for e in events_of(result, "ASSAULT"))


def test_context_no_guess_in_a_lone_sentence(code):
    # a headline or a lone sentence has no story: the one other actor it names is not thereby the target
    result = code("Azerbaijani units struck back with artillery, Armenia's defence ministry said.")
    [event] = [e for e in events_of(result, "ASSAULT") if e.trigger.text == "struck"]
    assert not any(p.actor for p in event.target)


def test_context_counterpart_on_a_built_parse(blank_coder):
    # the rule itself, on a hand-built parse: "Chad shelled Sudan. Sudan condemned Chad. Sudan said Chad
    # attacked again."
    from tests.conftest import code_tree

    result = code_tree(blank_coder, """
        Chad      Chad     PROPN NNP nsubj  1 B-GPE
        shelled   shell    VERB  VBD ROOT   1 O
        Sudan     Sudan    PROPN NNP dobj   1 B-GPE
        .         .        PUNCT .   punct  1 O
        Sudan     Sudan    PROPN NNP nsubj  5 B-GPE
        condemned condemn  VERB  VBD ROOT   5 O
        Chad      Chad     PROPN NNP dobj   5 B-GPE
        .         .        PUNCT .   punct  5 O
        Sudan     Sudan    PROPN NNP nsubj  9 B-GPE
        said      say      VERB  VBD ROOT   9 O
        Chad      Chad     PROPN NNP nsubj  11 B-GPE
        attacked  attack   VERB  VBD ccomp  9 O
        again     again    ADV   RB  advmod 11 O
        .         .        PUNCT .   punct  9 O
    """)
    [first, second] = events_of(result, "ASSAULT")
    assert actors_of(first.target) == {"SDN"}
    assert actors_of(second.source) == {"TCD"} and actors_of(second.target) == {"SDN"}


# -- an offer made on a condition names its other party there ---------------------------------------
def test_context_conditional_offer_targets_the_party_of_the_condition(code):
    result = code("YEREVAN, May 4 (Reuters) - Yerevan would accept a ceasefire if Baku did the same, a senior "
                  "official said on Monday.")
    [event] = [e for e in result.events if e.trigger.text.startswith("accept")]
    assert {p.country for p in event.source} == {"ARM"} and {p.country for p in event.target} == {"AZE"}


def test_context_condition_on_the_doer_itself_gives_no_target(code):
    result = code("YEREVAN, May 4 (Reuters) - Armenia would accept a ceasefire if it received security "
                  "guarantees, a senior official said on Monday.")
    [event] = [e for e in result.events if e.trigger.text.startswith("accept")]
    assert not any(p.actor for p in event.target)


def test_context_show_of_force_in_a_two_party_story_is_aimed_at_the_other_party(code):
    result = code("SEOUL, May 4 (Yonhap) -- North Korea fired two ballistic missiles into the sea off its east "
                  "coast on Sunday, South Korea's military said. South Korea condemned the launch. North Korea "
                  "accused South Korea of staging war drills.")
    [event] = [e for e in events_of(result, "MOBILIZE") if e.trigger.text == "fired"]
    assert actors_of(event.source) == {"PRK"}
    assert actors_of(event.target) & {"KOR"}
