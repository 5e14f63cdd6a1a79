"""Whose the people or boats an act of force is done to are, when an apposition after them says so (a share or
a number opening it: ``Ground.apposed_countries``, words.tsv ``apposed_share``). Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.model import Article


def _targets(coder, text: str, trigger: str) -> set[str | None]:
    coded = coder.code(Article(text=text, date=dt.date(2026, 3, 3)))
    events = [e for e in coded.events if e.trigger.text.startswith(trigger)]
    assert events, text
    return {p.country for e in events for p in e.target}


@pytest.mark.parametrize("text, trigger, countries", [
    # a share with "of them": the people's country, not none
    ("Ghanaian police arrested 12 people, most of them Togolese citizens, in Accra on Friday.", "arrested", {"TGO"}),
    # the doer's own "its" names whose crew it is; the apposition whose people they are
    ("The Gabonese navy boarded a trawler and detained its 16 crew members, all Chinese nationals, on Monday.",
     "detained", {"CHN"}),
    # after an adverbial of the verb, two countries
    ("The Philippine coast guard has seized 19 foreign fishing boats in its waters so far this year, most of them "
     "Chinese and Vietnamese.", "seized", {"CHN", "VNM"}),
])
def test_apposition_gives_the_country_of_those_acted_on(coder, text, trigger, countries):
    assert _targets(coder, text, trigger) == countries


def test_no_share_word_no_apposed_country(coder):
    # "the boats, which ..." opens no apposition of people: the place named after the act says nothing of whose
    assert "THA" not in _targets(coder, "The Malaysian navy detained 12 foreign fishing boats, which had entered "
                                        "its waters from Thai ports, on Sunday.", "detained")


def test_none_of_them_says_whose_the_people_are_not(coder):
    # words.tsv no_share: "none of them Somali citizens" gave the arrest a Somali target (doers._actors_at read the
    # apposition as the people's name)
    assert "SOM" not in _targets(coder, "Kenyan police arrested 40 people, none of them Somali citizens, in a raid in "
                                        "Eastleigh on Tuesday.", "arrested")


def test_adjunct_of_the_verb_itself_is_no_adverbial(blank_nlp):
    # a word salad the hypothesis test found ("Russia Russia the denied"): the parser made "the" the object of
    # "denied", so the scan after the object reached the verb itself, and Ground._adjunct indexed an empty chain
    # below the verb (IndexError, the whole article lost)
    from tests.conftest import tree

    from detente.events.ground import Ground
    from detente.parse_view import ParseView

    doc = tree(blank_nlp.language.vocab, """
        Russia  Russia  PROPN NNP compound 1 B-GPE
        Russia  Russia  PROPN NNP nsubj    3 B-GPE
        the     the     PRON  DT  dobj     3 O
        denied  deny    VERB  VBD ROOT     3 O
    """)
    view = ParseView.of(doc)
    assert not Ground._adjunct(view, 3, 2)
