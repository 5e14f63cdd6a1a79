"""``ParticipantRules._demonym_object`` (session 50): an object that names no actor itself is done to the country a
name or demonym among its premodifiers names, also one hung on another premodifier ("two Ruritanian Su-30 jets") or
before an owner participle, and so is the object of "to", "on", "against" ("closed its airspace to Ruritanian
flights") that names no ground or place; not a topic, a currency, the doer's own country, or a country before another
participle ("a Ruritanian-led coalition"). Invented items."""

from __future__ import annotations

from tests.conftest import events_with_trigger

HELICOPTERS = ("NAIROBI, April 2 (Reuters) - Kenya accused three Somali Mi-8 helicopters on Tuesday of landing near "
               "Mandera without permission.")
COALITION = ("CAIRO, April 2 (Reuters) - Egypt said it had joined a Saudi-led coalition to guard shipping in the Red "
             "Sea.")
RESOLUTION = "MOSCOW, April 2 (Reuters) - Russia blocked a Ukraine resolution at the Security Council on Tuesday."
OWN = "BUDAPEST, April 2 (Reuters) - Hungary rejected Hungarian opposition claims that it had sold its stake."
AIRSPACE = ("TBILISI, April 2 (Reuters) - Armenia closed its airspace to Azerbaijani cargo flights on Tuesday, the "
            "aviation agency said.")
PLACE = ("MONROVIA, April 2 (Reuters) - Hundreds of Liberian miners marched on Tuesday to the Guinean prefecture of "
         "Gueckedou to demand unpaid wages from a mining firm.")
FLAGGED = ("LIMA, April 2 (EFE) - Peru's navy seized a Chilean-flagged fishing vessel off Ilo on Tuesday, the "
           "navy said.")


def _targets(result, trigger: str) -> list[str | None]:
    return [p.country for e in events_with_trigger(result, trigger) for p in e.target if p.actor is not None]


def test_a_demonym_on_a_premodifier_of_the_object_names_the_target(explaining):
    import datetime as dt

    from detente.model import Article

    result = explaining.code(Article(text=HELICOPTERS, date=dt.date(2026, 4, 2)))
    assert _targets(result, "accused") == ["SOM"], _targets(result, "accused")
    [event] = events_with_trigger(result, "accused")
    assert any("_demonym_object" in side for side in event.explanation.sides), event.explanation.sides


def test_a_demonym_before_an_owner_participle_names_the_target(code):
    result = code(FLAGGED, date="2026-04-02")
    assert _targets(result, "seized") == ["CHL"], _targets(result, "seized")


def test_a_demonym_before_the_object_of_to_names_the_target(explaining):
    import datetime as dt

    from detente.model import Article

    result = explaining.code(Article(text=AIRSPACE, date=dt.date(2026, 4, 2)))
    assert _targets(result, "closed") == ["AZE"], _targets(result, "closed")
    [event] = events_with_trigger(result, "closed")
    assert any("_demonym_object" in side for side in event.explanation.sides), event.explanation.sides


def test_a_demonym_before_a_place_after_a_preposition_is_no_target(code):
    result = code(PLACE, date="2026-04-02")  # where they went, not whom they marched against
    assert "GIN" not in _targets(result, "marched"), _targets(result, "marched")


def test_a_country_before_another_participle_is_no_target(code):
    result = code(COALITION, date="2026-04-02")
    assert "SAU" not in _targets(result, "joined"), _targets(result, "joined")


def test_a_country_a_topic_noun_is_about_is_no_target(code):
    result = code(RESOLUTION, date="2026-04-02")
    assert "UKR" not in _targets(result, "blocked"), _targets(result, "blocked")


def test_the_doers_own_country_on_the_object_is_no_target(code):
    result = code(OWN, date="2026-04-02")
    assert "HUN" not in _targets(result, "rejected"), _targets(result, "rejected")


def _parse(vocab, rows: list[tuple[str, str, int, str, str]]):
    """A parse built by hand: (word, lemma, head, dep, tag) a token."""
    from spacy.tokens import Doc

    return Doc(vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows], heads=[r[2] for r in rows],
               deps=[r[3] for r in rows], tags=[r[4] for r in rows])


def test_premodifier_of_follows_modifiers_but_not_other_participles(coder):
    from detente.events.participants import premodifier_of

    words, vocab = coder.lexicon.words, coder.nlp.parse("x").vocab
    jets = _parse(vocab, [("two", "two", 3, "nummod", "CD"), ("Ruritanian", "Ruritanian", 2, "amod", "JJ"),
                          ("Su-30", "Su-30", 3, "compound", "NN"), ("jets", "jet", 3, "ROOT", "NNS")])
    assert premodifier_of(jets[1], jets[3], words)  # on a modifier of the object
    led = _parse(vocab, [("a", "a", 4, "det", "DT"), ("Ruritanian", "Ruritanian", 3, "npadvmod", "NNP"),
                         ("-", "-", 3, "punct", "HYPH"), ("led", "lead", 4, "amod", "VBN"),
                         ("coalition", "coalition", 4, "ROOT", "NN")])
    assert not premodifier_of(led[1], led[4], words)  # before a participle that is no owner's
    flagged = _parse(vocab, [("a", "a", 4, "det", "DT"), ("Ruritanian", "Ruritanian", 3, "npadvmod", "NNP"),
                             ("-", "-", 3, "punct", "HYPH"), ("flagged", "flag", 4, "amod", "VBN"),
                             ("trawler", "trawler", 4, "ROOT", "NN")])
    assert premodifier_of(flagged[1], flagged[4], words)  # before an owner participle
    envoy = _parse(vocab, [("the", "the", 1, "det", "DT"), ("envoy", "envoy", 1, "ROOT", "NN"),
                           ("of", "of", 1, "prep", "IN"), ("Ruritania", "Ruritania", 2, "pobj", "NNP")])
    assert not premodifier_of(envoy[3], envoy[1], words)  # through a preposition
