"""Sides that are no party to the act (issue 11, session 44, h-sides44): a state news agency that reports an act is
no party to it (the channel of the story); a "must" clause whose subject no actor stands for ("the railway must
never turn into a bargaining chip," the envoy said) is a view, asked of no one, not a demand. All sentences are
invented for the tests, in agency style; none comes from an evaluation set or a real article."""

from tests.conftest import events_of


def _countries(participants) -> list[str | None]:
    return [p.country for p in participants]


def test_must_clause_on_a_thing_is_no_demand(code):
    result = code("ASTANA, Sept 15 (Reuters) - Kazakhstan's envoy met Uzbek officials on Monday. \"The railway "
                  "must never turn into a bargaining chip,\" the diplomat stressed.", date="2026-09-15")
    assert not events_of(result, plover="REQUEST"), [(e.cameo, e.trigger.text) for e in result.events]


def test_must_clause_on_a_state_stays_a_demand(code):
    result = code("ASTANA, Sept 15 (Reuters) - Kazakhstan's foreign minister said on Monday that Turkmenistan must "
                  "reopen the rail crossing at once.", date="2026-09-15")
    [event] = events_of(result, plover="REQUEST")
    assert event.cameo.startswith("10")
    assert _countries(event.target) == ["TKM"]


def test_state_news_agency_reporting_an_act_is_no_party_to_it(code):
    result = code("AMMAN, Jan 14 (Reuters) - Jordan accused Syria on Tuesday of failing to stop drug smugglers "
                  "crossing the border, the foreign ministry said. Jordanian border guards seized a lorry loaded with "
                  "pills near the Jaber crossing on Monday, the Syrian Arab News Agency said. Damascus rejected the "
                  "accusation.",
                  date="2026-01-14")
    [event] = events_of(result, cameo="171")
    assert _countries(event.source) == ["JOR"]
    assert "SYR" not in _countries(event.target), [p.text for p in event.target]
