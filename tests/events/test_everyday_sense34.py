"""Everyday wire constructions coded wrong or missed (issue 11, session 34, h-sense): travel
advisories, flights suspended or resumed, joining or leaving a body, a reopened border.

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or
from a real article."""


def _acts(result) -> list[tuple[str, list[str | None]]]:
    return [(e.cameo, [p.actor for p in e.target]) for e in result.events]


def _countries(result, cameo: str) -> set[str | None]:
    return {p.country for e in result.events if e.cameo == cameo for p in e.target}


def test_release_of_material_takes_no_demonym_target(code):
    # "released a statement" is 010 on material: the demonym on it is no one the act is done to
    report = code("Iran released a statement on the French proposal on Sunday.", date="2026-03-03")
    assert "0841" not in [c for c, _ in _acts(report)], _acts(report)


def test_flights_suspended_to_a_country_reduce_relations_with_it(code):
    # verbs.tsv "suspend|halt|cancel|stop +flight" 160: a cut in exchanges with the country the flights go to
    suspended = code("Kyrgyzstan suspended flights to Tajikistan on Monday.", date="2026-03-03")
    assert _countries(suspended, "160") == {"TJK"}, _acts(suspended)
    halted = code("Russia halted all flights to Georgia on Friday.", date="2026-03-03")
    assert _countries(halted, "160") == {"GEO"}, _acts(halted)
    # an aid flight stopped is humanitarian aid stopped (1623), no cut in relations
    aid = code("The World Food Programme suspended aid flights to Juba on Monday.", date="2026-03-03")
    assert "1623" in [c for c, _ in _acts(aid)] and "160" not in [c for c, _ in _acts(aid)], _acts(aid)


def test_flights_resumed_are_cooperation(code):
    resumed = code("Uzbekistan resumed flights to Afghanistan on Tuesday.", date="2026-03-03")
    assert _countries(resumed, "061") == {"AFG"}, _acts(resumed)


def test_travel_advisory_reduces_relations_with_the_destination(code):
    # verbs.tsv 160 lines and words.tsv traveller_noun: the doer's own people are no side; the place they are
    # steered away from is; no appeal (020) and no threat (130)
    advised = code("Britain advised its citizens against travelling to Niger on Monday.", date="2026-03-03")
    assert _countries(advised, "160") == {"NER"}, _acts(advised)
    assert not {"020", "130"} & {c for c, _ in _acts(advised)}, _acts(advised)
    warning = code("The United States issued a travel warning for Lebanon on Monday.", date="2026-03-03")
    assert _countries(warning, "160") == {"LBN"} and "130" not in [c for c, _ in _acts(warning)], _acts(warning)
    warned = code("Canada warned its citizens against all travel to Haiti on Friday.", date="2026-03-03")
    assert _countries(warned, "160") == {"HTI"}, _acts(warned)
    urged = code("China urged its citizens to avoid travelling to Japan on Friday.", date="2026-03-03")
    assert _countries(urged, "160") == {"JPN"}, _acts(urged)


def test_warning_another_state_is_still_a_threat(code):
    told = code("Ankara warned Athens on Tuesday against deploying troops on the islands.", date="2026-03-03")
    assert "130" in [c for c, _ in _acts(told)] and "160" not in [c for c, _ in _acts(told)], _acts(told)


def test_joining_or_leaving_a_body_named_by_its_name(code):
    # an object the knowledge base knows as an intergovernmental body matches "+organization" (verbs.tsv
    # "join +...|organization" 050, "leave +...|organization" 160), as "joined the alliance" did
    joined = code("Sweden joined NATO in March 2024.", date="2026-03-03")
    events = [e for e in joined.events if e.cameo == "050"]
    assert [p.actor for e in events for p in e.target] == ["nato"] and all(e.historical for e in events), _acts(joined)
    left = code("Mali, Burkina Faso and Niger left ECOWAS in January 2025.", date="2026-03-03")
    assert [p.actor for e in left.events if e.cameo == "160" for p in e.target] == ["ecowas"], _acts(left)
    # a country or a body the knowledge base does not know as intergovernmental is no such object
    talks = code("Sweden joined the talks in Geneva on Monday.", date="2026-03-03")
    assert "050" not in [c for c, _ in _acts(talks)], _acts(talks)


def test_border_reopened_is_a_closure_ended(code):
    # verbs.tsv "reopen +...|border|frontier|checkpoint" 0872, as "reopened the crossing"
    reopened = code("Thailand reopened its border with Cambodia on Monday.", date="2026-03-03")
    assert _countries(reopened, "0872") == {"KHM"}, _acts(reopened)
    flights = code("Uzbekistan reopened flights to Afghanistan on Tuesday.", date="2026-03-03")
    assert _countries(flights, "061") == {"AFG"}, _acts(flights)
