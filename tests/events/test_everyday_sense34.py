"""Everyday wire constructions coded wrong or missed (issue 11, session 34, h-sense): travel
advisories, flights suspended or resumed, joining or leaving a body, a reopened border.

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or
from a real article."""

import pytest


def _acts(result) -> list[tuple[str, list[str | None]]]:
    return [(e.cameo, [p.actor for p in e.target]) for e in result.events]


def _countries(result, cameo: str) -> set[str | None]:
    return {p.country for e in result.events if e.cameo == cameo for p in e.target}


@pytest.mark.parametrize(("text", "cameo", "country"), [
    # verbs.tsv "suspend|halt|cancel|stop +flight" 160: a cut in exchanges with the country the flights go to
    ("Kyrgyzstan suspended flights to Tajikistan on Monday.", "160", "TJK"),
    ("Russia halted all flights to Georgia on Friday.", "160", "GEO"),
    ("Uzbekistan resumed flights to Afghanistan on Tuesday.", "061", "AFG"),  # flights resumed are cooperation
    ("Uzbekistan reopened flights to Afghanistan on Tuesday.", "061", "AFG"),
    # verbs.tsv 160 lines and words.tsv traveller_noun: a travel advisory reduces relations with the destination;
    # the doer's own people are no side, the place they are steered away from is
    ("Britain advised its citizens against travelling to Niger on Monday.", "160", "NER"),
    ("The United States issued a travel warning for Lebanon on Monday.", "160", "LBN"),
    ("Canada warned its citizens against all travel to Haiti on Friday.", "160", "HTI"),
    ("China urged its citizens to avoid travelling to Japan on Friday.", "160", "JPN"),
    # verbs.tsv "reopen +...|border|frontier|checkpoint" 0872, as "reopened the crossing": a closure ended
    ("Thailand reopened its border with Cambodia on Monday.", "0872", "KHM"),
])
def test_everyday_sense34_code_and_target_country(code, text, cameo, country):
    result = code(text, date="2026-03-03")
    assert _countries(result, cameo) == {country}, _acts(result)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # "released a statement" is 010 on material: the demonym on it is no one the act is done to
    ("Iran released a statement on the French proposal on Sunday.", (), ("0841",)),
    # an aid flight stopped is humanitarian aid stopped (1623), no cut in relations
    ("The World Food Programme suspended aid flights to Juba on Monday.", ("1623",), ("160",)),
    # a travel advisory is no appeal (020) and no threat (130) to the destination
    ("Britain advised its citizens against travelling to Niger on Monday.", (), ("020", "130")),
    ("The United States issued a travel warning for Lebanon on Monday.", (), ("130",)),
    ("Ankara warned Athens on Tuesday against deploying troops on the islands.", ("130",), ("160",)),  # still a threat
    # a body the knowledge base does not know as intergovernmental is no "+organization" object
    ("Sweden joined the talks in Geneva on Monday.", (), ("050",)),
])
def test_everyday_sense34_codes_given_and_not_given(code, text, present, absent):
    codes = [c for c, _ in _acts(code(text, date="2026-03-03"))]
    assert set(present) <= set(codes) and not set(absent) & set(codes), codes


def test_joining_or_leaving_a_body_named_by_its_name(code):
    # an object the knowledge base knows as an intergovernmental body matches "+organization" (verbs.tsv
    # "join +...|organization" 050, "leave +...|organization" 160), as "joined the alliance" did
    joined = code("Sweden joined NATO in March 2024.", date="2026-03-03")
    events = [e for e in joined.events if e.cameo == "050"]
    assert [p.actor for e in events for p in e.target] == ["nato"] and all(e.historical for e in events), _acts(joined)
    left = code("Mali, Burkina Faso and Niger left ECOWAS in January 2025.", date="2026-03-03")
    assert [p.actor for e in left.events if e.cameo == "160" for p in e.target] == ["ecowas"], _acts(left)
