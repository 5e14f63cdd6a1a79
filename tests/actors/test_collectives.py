"""Collectives named by a word ("Western countries", "the Europeans") stand for the member
countries the article named before them (actors/sets.py, data/actors/collectives.tsv; issue 11,
section 3, "institutions and sets").

All texts here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, events_of


def _accusation(result, source):
    [event] = [e for e in events_of(result, "ACCUSE") if source in actors_of(e.source)]
    return event


def test_collectives_western_countries_are_the_western_ones_named_before(code):
    # Britain and France are the Western countries the story named; Russia and China are not Western
    result = code("UNITED NATIONS (AP) — China on Friday blocked a draft resolution written by Britain and France "
                  "on the war in Sudan. Russia abstained. China's envoy accused Western countries of hypocrisy.")
    event = _accusation(result, "CHN")
    assert actors_of(event.target) & {"GBR", "FRA"} == {"GBR", "FRA"}
    assert not actors_of(event.target) & {"RUS", "CHN"}
    assert {p.text for p in event.target if p.actor} == {"Western countries"}  # the span stops before "of"


def test_collectives_one_member_named_is_not_the_collective(code):
    # Britain alone is not the "Western countries" the envoy speaks of
    result = code("UNITED NATIONS (AP) — China on Friday blocked a draft resolution written by Britain on the "
                  "war in Sudan. Russia abstained. China's envoy accused Western countries of hypocrisy.")
    event = _accusation(result, "CHN")
    assert not any(p.actor for p in event.target)


def test_collectives_the_europeans_are_the_european_countries_named_before(code):
    result = code("TEHRAN, May 4 (AFP) - Iran said on Monday it would limit inspections after Britain, France "
                  "and Germany restored U.N. sanctions. Russia said the move was illegal. Iran's foreign "
                  "ministry accused the Europeans of bad faith.")
    event = _accusation(result, "IRN")
    assert {"GBR", "FRA", "DEU"} <= actors_of(event.target)
    assert not actors_of(event.target) & {"RUS", "IRN"}


def test_collectives_no_member_named_leaves_the_phrase_unresolved(code):
    result = code("ASMARA, May 4 (Reuters) - Eritrea accused Ethiopia of massing troops on the border. "
                  "Ethiopia denied the charge. Eritrea also accused Western countries of double standards.")
    [event] = [e for e in events_of(result, "ACCUSE") if any("Western" in p.text for p in e.target)]
    assert not any(p.actor for p in event.target)


def test_collectives_the_subject_is_not_among_the_members_it_addresses(code):
    # France urges the others: it is not one of the "European countries" it calls on
    result = code("PARIS, May 4 (Reuters) - France and Italy signed a defence pact on Monday. Spain welcomed "
                  "the pact. France urged European countries to raise military spending.")
    # Italy and Spain: two members besides France itself
    [event] = [e for e in events_of(result, "REQUEST") if "FRA" in actors_of(e.source)]
    assert actors_of(event.target) & {"ITA", "ESP"} and "FRA" not in actors_of(event.target)
