"""An act named by its noun points back to the act told with the verb the noun is made from, also where the noun
is no verb with a suffix ("detention" from "detain", "expulsion" from "expel": data/lexicon/nominalisations.tsv,
read by events/article_sides.derived): "called the expulsion unfounded" is aimed at whoever expelled, not at the
doer of a later act of a related kind. A noun whose code what it was done to decides names acts of the other codes
too (the table's ``codes``: "the expulsion" of an ambassador told as "ordered to leave", 161; "the seizure" of
fishermen told as "detained", 173).

Sentences are invented, in agency style, for these tests."""

from tests.conftest import event_on

from detente.events.article_sides import derived
from detente.events.lexicon import load_default


def test_irregular_nouns_are_made_from_their_verbs():
    lexicon = load_default()
    assert derived("detention", "detain", lexicon)
    assert derived("expulsion", "expel", lexicon)
    assert derived("invasion", "invade", lexicon)
    assert derived("occupation", "occupy", lexicon)
    assert derived("recognition", "recognize", lexicon) and derived("recognition", "recognise", lexicon)


def test_suffix_nouns_need_no_line_and_unrelated_pairs_stay_apart():
    lexicon = load_default()
    assert derived("deployment", "deploy", lexicon)
    assert derived("withdrawal", "withdraw", lexicon)
    assert not derived("detention", "deploy", lexicon)
    assert not derived("invasion", "invite", lexicon)
    assert not derived("sanction", "sanction", lexicon)  # the same word is no derivation


def test_every_line_names_verbs_the_suffix_rule_misses():
    lexicon = load_default()
    assert lexicon.made_from, "nominalisations.tsv was not read"
    for noun, verbs in lexicon.made_from.items():
        for verb in verbs:
            stem = verb[:-1] if verb.endswith("e") else verb
            assert not (len(stem) >= 4 and noun.startswith(stem)), f"{noun} <- {verb}: the suffix rule finds it"


def test_expulsion_judged_is_aimed_at_the_expeller_not_a_later_sanction(code):
    result = code("TBILISI, March 4 (Reuters) - Georgia expelled a Ukrainian diplomat on Wednesday, after Kyiv "
                  "imposed sanctions on two Georgian judges. Ukraine's foreign ministry called the expulsion "
                  "\"unfounded\".", date="2026-03-04")
    assert [p.actor for p in event_on(result, "called").target] == ["GEO"]


def test_nouns_whose_object_decides_name_the_other_codes():
    lexicon = load_default()
    assert {"161", "174"} <= lexicon.also_names["expulsion"]
    assert "173" in lexicon.also_names["seizure"]
    assert "seizure" not in lexicon.made_from  # "seize" is found by the suffix rule


def test_expulsion_judged_points_back_to_an_order_to_leave(code):
    result = code("MANAGUA, June 2 (Reuters) - Nicaragua ordered the European Union's ambassador to leave the "
                  "country within 72 hours on Tuesday. EU foreign policy chief Kaja Kallas called the expulsion "
                  "\"unjustified\".", date="2026-06-02")
    assert [p.actor for p in event_on(result, "called").target] == ["NIC"]


def test_seizure_judged_points_back_to_a_detention(code):
    result = code("MANILA, June 2 (Reuters) - Manila urged Beijing on Tuesday to free eight Filipino fishermen that "
                  "Chinese coast guard officers detained near Scarborough Shoal. The Philippine foreign ministry "
                  "called the seizure \"illegal\".", date="2026-06-02")
    assert [p.actor for p in event_on(result, "called").target] == ["CHNMIL"]
