"""Anonymous people (issue 11, "A common noun ... gets no country unless the text gives one"; the team's one
convention, eval/wire/README.md "Sides"): counted or plural people of a private sector ("83 people",
"protesters", "students"; ``ANONYMOUS_SECTORS`` in actors/antecedents.py) get no country from the article or
the place they are in, and nobody stands in for them as the target of an act done to them: not the story's
other party (events/context.py) nor the attacher's pick (events/attach.py), also through "them". A demonym
still gives them a country.

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, event_on


def test_anonymous_people_counted_people_a_police_force_detained_are_nobody(code):
    result = code("NAIROBI, June 3 (Reuters) - Police detained 83 people in Nairobi on Tuesday after a march "
                  "on parliament.", date="2025-06-03")
    event = event_on(result, "detained")
    assert [p.code for p in event.source] == ["KENCOP"]
    assert [(p.text, p.actor) for p in event.target] == [("83 people", None)]


def test_anonymous_people_capitalised_after_the_dateline_are_nobody(code):
    # the tagger reads "Protesters" after a dateline as a name (NNP): still plural people
    result = code("LIMA, Nov 17 (Reuters) - Protesters blocked highways in southern Peru for a third day on "
                  "Tuesday.", date="2025-11-17")
    assert [p.actor for p in event_on(result, "blocked").source] == [None]


def test_anonymous_people_a_demonym_still_gives_a_country(code):
    result = code("NAIROBI, June 3 (Reuters) - Hundreds of Kenyan students marched on the Ugandan embassy on "
                  "Tuesday.", date="2025-06-03")
    assert [p.code for p in event_on(result, "marched").source] == ["KENEDU"]


def test_anonymous_people_the_story_s_other_party_does_not_stand_in_for_them(code):
    # a story between Lithuania and Belarus: the activists Belarus detained, and "them" a court sentenced,
    # are not Lithuania (the lead's other party), nor anyone else
    result = code("MINSK, June 23 (Reuters) - Lithuania protested to Belarus on Tuesday after weather balloons "
                  "carrying cigarettes crossed the border again.\n\nBelarusian security forces detained six "
                  "opposition activists in March. A court in Minsk sentenced them to five years in prison on "
                  "Monday.", date="2026-06-23")
    assert actors_of(event_on(result, "detained").target) == set()
    assert actors_of(event_on(result, "sentenced").target) == set()
