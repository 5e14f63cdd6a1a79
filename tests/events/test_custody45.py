"""Holding people or boats, and the judicial step after an arrest (issue 11, session 45, h-custody45): general lines of
``data/lexicon/verbs.tsv`` for "held <people or boats>" as a detention (173), "brought before a judge", "handed (over)
to prosecutors", "referred to the prosecution" as the charging step of an arrest (173), a case "brought before the
court" staying a lawsuit (115); and ``ParticipantRules.at_court``: the judge or prosecutor the people are brought
before or handed to is no target of the act (``cameo.DETAIN``), so an agentless passive of it takes the doer and the
people of the article's story of taking (``events/restated.py``).

All sentences here are synthetic, written in agency style for these tests; each test also checks the sense the
line must leave alone."""

from __future__ import annotations

from tests.conftest import actors_of, events_with_trigger


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def _sides(result, trigger: str) -> tuple[set[str], set[str]]:
    events = [e for e in events_with_trigger(result, trigger) if e.cameo == "173"]
    return ({a[:3] for e in events for a in actors_of(e.source)},
            {a[:3] for e in events for a in actors_of(e.target)})


def test_a_force_holding_boats_or_people_detains_them(code):
    boats = code("MANILA, March 4 (Reuters) - Vietnam's coast guard held four Philippine fishing boats for ten days "
                 "in February, officials said on Wednesday.", date="2026-03-04")
    assert _sides(boats, "held") == ({"VNM"}, {"PHL"}), _codes(boats)
    drivers = code("LUSAKA, March 4 (Reuters) - Angolan border police held 25 Zambian lorry drivers at the Jimbe "
                   "crossing for three days, Zambia said on Wednesday.", date="2026-03-04")
    assert _sides(drivers, "held")[0] == {"AGO"}, _codes(drivers)


def test_holding_talks_or_a_capacity_is_no_detention(code):
    talks = code("Angola's foreign minister held talks with Zambian officials in Lusaka on Tuesday.",
                 date="2026-03-04")
    assert "173" not in _codes(talks), _codes(talks)
    hall = code("The new arena in the capital holds 30,000 people, the Kenyan sports ministry said on Tuesday.",
                date="2026-03-04")
    assert "173" not in _codes(hall), _codes(hall)


def test_people_brought_before_a_judge_are_charged_by_their_holders(code):
    result = code("BANJUL, Feb 9 (AFP) - Gambian police arrested four Senegalese smugglers near Farafenni on Monday, "
                  "the police said.\n\nThe four will be brought before a magistrate in Banjul on Wednesday.",
                  date="2026-02-09")
    assert _sides(result, "brought") == ({"GMB"}, {"SEN"}), [(e.cameo, e.source, e.target) for e in result.events]


def test_the_prosecutors_people_are_handed_to_are_no_target(code):
    result = code("TUNIS, June 3 (Reuters) - Tunisia's navy seized a Libyan fishing boat off Zarzis on Tuesday and "
                  "detained its nine crew.\n\nThe skipper would be handed over to prosecutors in Medenine.",
                  date="2026-06-03")
    sources, targets = _sides(result, "handed")
    assert sources == {"TUN"} and targets == {"LBY"}, [(e.cameo, e.source, e.target) for e in result.events]


def test_crews_referred_to_the_prosecution_are_charged(code):
    result = code("MUSCAT, June 3 (AFP) - Oman's coast guard detained 11 Pakistani fishermen on Tuesday.\n\nThe "
                  "fishermen will be referred to the prosecution in Sohar, the police said.", date="2026-06-03")
    assert _sides(result, "referred")[0] == {"OMN"}, [(e.cameo, e.source, e.target) for e in result.events]


def test_a_mention_of_prosecutors_or_a_case_before_a_court_is_no_arrest(code):
    mention = code("The Chilean foreign minister referred to the prosecutors' report in a speech on Tuesday.",
                   date="2026-03-04")
    assert "173" not in _codes(mention), _codes(mention)
    case = code("Guyana brought its border claim before the ICJ in 2019, officials in Georgetown recalled.",
                date="2026-03-04")
    assert "173" not in _codes(case), _codes(case)
