"""Targets in oblique phrases and modifiers (issue 11, session 23): where a target hides behind a place phrase,
an event noun's owner, a relative clause, "loyal to", or two doers of a break of relations.

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_oblique_targets_a_named_owner_of_the_thing_is_the_target_not_its_object(code):
    # "condemned Niger's closure of its border with Benin": the owner's act; whom it is done to or with is that
    # act's own side, not the condemnation's
    result = code("KAMPALA, March 10 (Reuters) - Uganda condemned Rwanda's closure of its border with Burundi on "
                  "Monday.", date="2026-03-10")
    assert [p.code for p in event_on(result, "condemned").target] == ["RWA"]


def test_oblique_targets_a_measure_over_another_s_act_targets_the_act_s_owner(code):
    # "sanctions over Moscow's invasion of Ukraine": the thing the measure is over is Russia's, not Ukraine's;
    # "launched its invasion of Ukraine" (a pronoun, mostly the doer's own act) still targets Ukraine
    result = code("CANBERRA, March 10 (Reuters) - Australia imposed sanctions on Tuesday over Iran's seizure of "
                  "a tanker off Oman.", date="2026-03-10")
    assert {p.country for p in event_on(result, "imposed").target} == {"IRN"}
    result = code("WELLINGTON, March 10 (Reuters) - New Zealand joined new sanctions over Moscow's invasion of "
                  "Ukraine on Tuesday.", date="2026-03-10")
    assert {p.country for p in event_on(result, "joined").target} == {"RUS"}


def test_oblique_targets_forces_loyal_to_x_are_x_s(code):
    # "forces loyal to X", "fighters allied with X" (allegiance_word in words.tsv): X's side; X a person, the group
    # he leads, or his state's forces; "backed by X" is no allegiance: the backer is not the target
    result = code("TRIPOLI, March 10 (Reuters) - Egyptian jets bombed fighters loyal to Khalifa Haftar near "
                  "Benghazi on Monday.", date="2026-03-10")
    assert [p.code for p in event_on(result, "bombed").target] == ["LBYREBLNA"]
    result = code("SANAA, March 10 (Reuters) - Emirati drones struck militias allied with the Houthis near Marib "
                  "on Monday.", date="2026-03-10")
    assert [p.code for p in event_on(result, "struck").target] == ["YEMREBHTH"]
    result = code("JUBA, March 10 (Reuters) - Rebels attacked soldiers loyal to President Salva Kiir near Juba "
                  "on Monday.", date="2026-03-10")
    assert [p.code for p in event_on(result, "attacked").target] == ["SSDMIL"]
    result = code("GOMA, March 10 (Reuters) - Congolese troops attacked fighters backed by Rwanda in North Kivu "
                  "on Tuesday.", date="2026-03-10")
    assert "RWA" not in [p.country for p in event_on(result, "attacked").target]


def test_oblique_targets_two_doers_who_break_off_relations_are_its_two_sides(code):
    # "broke off diplomatic relations": after a verb particle the object is the act's own word, no target; the
    # two doers are the symmetric act's sides
    result = code("ADDIS ABABA, March 10 (Reuters) - Ethiopia and Eritrea broke off diplomatic relations in 1998.",
                  date="2026-03-10")
    event = event_on(result, "broke")
    assert event.cameo == "161" and "relations" in event.trigger.text
    assert [p.code for p in event.source] == ["ETH", "ERI"] and not event.target


def test_oblique_targets_a_legal_fight_is_a_lawsuit_not_armed_force(code):
    # "fought a long case at the court", "fought a legal battle": a lawsuit (115), not a fight (190)
    result = code("SANTIAGO, March 10 (Reuters) - Chile and Bolivia fought a long case over sea access at the "
                  "International Court of Justice.", date="2026-03-10")
    assert event_on(result, "fought").cameo == "115"


def test_oblique_targets_a_relative_clause_s_origin_is_no_target_of_its_conjunct(code):
    # "gunmen who crossed the river from X and attacked a post": "crossed" is no act, so "from X" (where they came
    # from) is no one its conjunct "attacked" is done to
    result = code("TASHKENT, March 10 (Reuters) - Uzbek border guards killed two gunmen who crossed the river from "
                  "Afghanistan and attacked a checkpoint near the town of Termez, the border service said.",
                  date="2026-03-10")
    assert not any(p.country == "AFG" for e in result.events for p in e.target)


def test_oblique_targets_a_phrase_the_parser_hangs_on_the_verb_after_another_s_act_is_that_act_s(code):
    # "rejected X's objection [to the opening of a line with Y]": the parser hangs "to" on the verb; right after
    # the owned act's noun it is that act's, and Y no target of the rejection
    result = code("SANTIAGO, March 10 (Reuters) - Chile on Thursday rejected Bolivia's objection to the resumption "
                  "of rail freight with Peru through the Tacora pass, calling La Paz's claims unfounded.",
                  date="2026-03-10")
    assert [p.code for p in event_on(result, "rejected").target] == ["BOL"]
