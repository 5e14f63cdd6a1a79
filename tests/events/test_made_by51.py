"""``events/made_by.py`` and the light-verb seat of ``events/context_places.py`` (session 51, h-tgt51): a reaction
whose own words name no one takes as its target the doer of what it reacts to, told in the clause above it; a protest
told by a light verb and its noun takes the embassy it is held outside (invented items)."""

from __future__ import annotations

from tests.conftest import event_on

from detente.model import Article

SIGNED = ("BAKU, June 2 (Reuters) - Georgia signed a transit memorandum with Turkey in April that Russia rejected "
          "as illegal. Officials said the line would open next year.")
OWN = ("BUDAPEST, May 28 (Reuters) - Hungary's parliament passed a new media law in May that President Tamas Sulyok "
       "criticised as rushed. He has five days to sign it.")
SUMMED = ("RIGA, May 14 (Reuters) - Russia introduced new transit fees for Latvian rail freight in May, fees that Riga "
          "rejected as unlawful. Shippers said trains were waiting at Zilupe.")
RULED = ("LIMA, March 11 (Reuters) - Bolivia's Constitutional Court ruled on Tuesday that the 2019 river accord was "
         "void, prompting a Peruvian protest. Lima said it would study its options.")
SAID = ("LIMA, March 11 (Reuters) - Bolivia's foreign minister said on Tuesday that the 2019 river accord was void, "
        "prompting a Peruvian protest. Lima said it would study its options.")
SEAT = ("KYIV, Sept 7 (Reuters) - Several hundred Ukrainians staged a protest outside the Hungarian embassy in Kyiv on "
        "Sunday. Police said the rally ended peacefully.")


def _keys(event) -> list[str | None]:
    return [p.country for p in event.target if p.actor is not None]


def test_a_rejection_in_a_relative_clause_is_aimed_at_the_signer(explaining):
    event = event_on(explaining.code(Article(text=SIGNED, date="2026-06-02")), "rejected")
    assert _keys(event) == ["GEO"], event.target
    assert any("maker_of_object" in line for line in event.explanation.sides), event.explanation.sides


def test_a_rejection_of_a_thing_of_the_doers_own_state_takes_no_target_from_it(code):
    event = event_on(code(OWN, date="2026-05-28"), "criticised")
    assert "HUN" not in _keys(event), event.target


def test_an_appositive_that_sums_up_the_clause_gives_its_main_doer(code):
    event = event_on(code(SUMMED, date="2026-05-14"), "rejected")
    assert _keys(event) == ["RUS"], event.target


def test_a_protest_drawn_by_a_ruling_is_aimed_at_the_court_above_the_that_clause(explaining):
    event = event_on(explaining.code(Article(text=RULED, date="2026-03-11")), "protest")
    assert _keys(event) == ["BOL"], event.target
    assert any("provoker_above" in line for line in event.explanation.sides), event.explanation.sides


def test_no_provoker_is_taken_through_a_verb_of_saying(code):
    event = event_on(code(SAID, date="2026-03-11"), "protest")
    assert "BOL" not in _keys(event), event.target


def test_a_protest_told_by_a_light_verb_is_aimed_at_the_embassy_it_is_held_outside(code):
    event = event_on(code(SEAT, date="2026-09-07"), "staged")
    assert _keys(event) == ["HUN"], event.target


VERB_FROM = ("WARSAW, Jan 20 (Reuters) - Hungary's new transit rules drew sharp criticism from Warsaw on Monday. "
             "Officials said talks would continue.")


def test_a_from_the_parser_hangs_on_the_verb_of_reaction_names_who_reacted(code):
    event = event_on(code(VERB_FROM, date="2026-01-20"), "criticism")
    assert [p.country for p in event.source if p.actor is not None] == ["POL"], event.source
    assert _keys(event) == ["HUN"], event.target
