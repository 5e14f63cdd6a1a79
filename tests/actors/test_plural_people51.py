"""A plural pronoun is the plural people of its own sentence, not a singular body found before
(actors/pronouns.py ``_salient``, session 51, h-pron51): "them" in a joined clause with a subject of its own
("Ruritanian farmers blocked the road, and police detained six of them": the farmers, not the ministry that spoke
before; the climb through joined verbs stops at a verb with its own subject, and the pronoun's verb is found through
the "of" it hangs on), and a subject "they" after plural people acted on in its own sentence ("the navy said its
patrol had arrested six fishermen after they resisted": the fishermen).

All sentences are synthetic, written in agency style for these tests."""

from __future__ import annotations


def _events(result, trigger: str):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def test_them_in_a_joined_clause_with_its_own_subject_is_the_first_clause_s_people(explaining):
    from detente.model import Article

    result = explaining.code(Article(
        text="LUSAKA, May 6 (Reuters) - Zambia's mines ministry said on Tuesday it had closed the Kasumbalesa "
             "crossing to trucks from Congo. Congolese drivers blocked the highway near the crossing, and Zambian "
             "soldiers arrested nine of them on Wednesday.", date="2026-05-06"))
    arrested = _events(result, "arrested")
    assert arrested and all(p.code != "ZMBGOV" for e in arrested for p in e.target), arrested
    assert any("'drivers'" in side for e in arrested for side in e.explanation.sides), arrested[0].explanation


def test_them_with_the_joined_verb_s_own_doer_is_still_not_that_doer(code):
    # "Police stormed the camp and arrested them": no subject of its own on "arrested", so the police's clause is
    # the pronoun's own and the police are not who "them" is
    result = code("LUSAKA, May 6 (Reuters) - Zambia's mines ministry said on Tuesday it had closed the Kasumbalesa "
                  "crossing. Zambian soldiers stormed the drivers' camp and arrested them.", date="2026-05-06")
    assert all(p.code != "ZMBMIL" for e in _events(result, "arrested") for p in e.target), result.events


def test_they_after_plural_people_acted_on_is_those_people(explaining):
    from detente.model import Article

    result = explaining.code(Article(
        text="MALE, Jan 20 (PTI) - India's coast guard said on Monday it had stopped a Maldivian boat near Minicoy. "
             "The coast guard said the Indian crew had ordered the Maldivian fishermen to hand over the turtles they "
             "had caught and had then detained the boat.", date="2026-01-20"))
    assert all(p.code not in ("INDMIL", "IND") for e in result.events for p in e.source if p.text == "they"), \
        result.events
