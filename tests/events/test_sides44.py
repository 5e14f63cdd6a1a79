"""Sides that are no party to the act (issue 11, session 44, h-sides44): a state news agency that reports an act is
no party to it (the channel of the story); the doer's own envoy named by its state's
name ("she did not rule out recalling Ruritania's ambassador", said of Ruritania's minister) is no target, the state
he is posted in is; a "must" clause whose subject no actor stands for ("the corridor must not become a hostage,"
the diplomat stressed) is a view, asked of no one, not a demand. All sentences are invented for the tests, in agency
style; none comes from an evaluation set or a real article."""

from tests.conftest import events_of


def _countries(participants) -> list[str | None]:
    return [p.country for p in participants]


def test_own_envoy_named_by_its_state_is_no_target_its_post_is(code):
    result = code("ACCRA, Feb 10 (Reuters) - Ghana's foreign minister said on Tuesday she might recall Ghana's "
                  "ambassador to Lome over the seizure of three fishing canoes.", date="2026-02-10")
    [event] = events_of(result, cameo="161")
    assert _countries(event.source) == ["GHA"]
    assert _countries(event.target) == ["TGO"]


def test_own_envoy_named_with_a_non_finite_recall_takes_its_post_from_from(code):
    result = code("MANILA, June 3 (AFP) - The Philippine foreign secretary said he did not rule out recalling the "
                  "Philippines' ambassador from Beijing.", date="2026-06-03")
    [event] = events_of(result, cameo="161")
    assert "PHL" not in _countries(event.target)
    assert _countries(event.target) == ["CHN"]


def test_another_states_envoy_named_stays_the_target(code):
    result = code("ZAGREB, March 3 (HINA) - Croatia summoned Serbia's ambassador on Monday over remarks by a "
                  "Serbian minister.", date="2026-03-03")
    [event] = events_of(result, cameo="114")
    assert _countries(event.target) == ["SRB"]


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
