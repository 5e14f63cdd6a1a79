"""Told to leave, told to stay away (issue 11, session 34, h-tell2): "told/instructed/ordered the ambassador (two
diplomats, the peacekeepers, the observers, the French troops) to leave the country" is an expulsion (CAMEO 16x:
161 diplomats, 1661 peacekeepers, 1662 observers, 166 forces and personnel; verbs.tsv "order/tell/instruct +...
~leave"), of the country whose people they are, not a demand on them; said to the teller's own side ("told its
troops to leave the town") it is neither. "Told X to stay away from Y" is a demand to withdraw (1056), as "told
X to withdraw" is. All sentences are synthetic, written in agency style for these tests; none comes from an
evaluation set."""

import pytest
from tests.conftest import actors_of, events_of


def _sides(participants) -> set[str]:
    return actors_of(participants) | {p.code for p in participants if p.code}


@pytest.mark.parametrize(("text", "prefix", "doer", "done_to"), [
    ("BAMAKO, March 3 (Reuters) - Mali told the French ambassador to leave the country within 72 hours.",
     "161", "MLI", "FRA"),
    ("VILNIUS, March 3 (Reuters) - Lithuania instructed three Belarusian diplomats on Tuesday to leave the country.",
     "161", "LTU", "BLR"),
    ("NIAMEY, March 3 (Reuters) - Niger told the UN peacekeepers to leave the country by the end of the year.",
     "1661", "NER", None),
    ("OUAGADOUGOU, March 3 (Reuters) - Burkina Faso told the French observers to leave the country.",
     "1662", "BFA", "FRA"),
    ("BAMAKO, March 3 (Reuters) - Mali ordered the French troops to leave the country within six months.",
     "166", "MLI", "FRA"),
])
def test_directives_leave_told_to_leave_the_country_is_an_expulsion(code, text, prefix, doer, done_to):
    result = code(text, date="2026-03-03")
    expulsions = [e for e in result.events if e.cameo.startswith(prefix)]
    assert expulsions and doer in _sides(expulsions[0].source), [e.cameo for e in result.events]
    assert done_to is None or done_to in _sides(expulsions[0].target)
    assert not events_of(result, cameo="10"), [e.cameo for e in result.events]


def test_directives_leave_own_troops_told_to_leave_is_no_expulsion(code):
    result = code("NAIROBI, March 3 (Reuters) - Kenya told its troops to leave the border town on Tuesday.",
                  date="2026-03-03")
    assert not [e for e in result.events if e.cameo.startswith("16") or e.cameo.startswith("10")], \
        [e.cameo for e in result.events]


@pytest.mark.parametrize(("text", "doer", "told"), [
    ("BEIJING, March 3 (Reuters) - China told the Philippines to stay away from the disputed shoal.", "CHN", "PHL"),
    ("ADDIS ABABA, March 3 (Reuters) - Ethiopia told Eritrea on Tuesday to stay away from the border.", "ETH", "ERI"),
])
def test_directives_leave_told_to_stay_away_is_a_demand_to_withdraw(code, text, doer, told):
    result = code(text, date="2026-03-03")
    demands = events_of(result, cameo="1056")
    assert demands and doer in _sides(demands[0].source) and told in _sides(demands[0].target), \
        [e.cameo for e in result.events]


def test_directives_leave_staying_away_from_talks_is_no_withdrawal(code):
    result = code("CARACAS, March 3 (Reuters) - The opposition stayed away from the talks on Tuesday.",
                  date="2026-03-03")
    assert not events_of(result, "RETREAT"), [e.cameo for e in result.events]
