"""Office holders the knowledge base lacked (session 32, issue 11, h-kb): heads of state and government, foreign and
defence ministers of the states international news names most, with dated roles, so that a story naming
"Margus Tsahkna" or "Soipan Tuya" without a title still finds the state, and a handover codes the right person.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import datetime as dt

import pytest
from tests.conftest import codes_of, events_of

from detente.actors.kb import load_default

D = dt.date


@pytest.fixture(scope="module")
def kb():
    return load_default()


@pytest.mark.parametrize(("person", "day", "code_"), [
    ("margus-tsahkna", D(2025, 6, 1), "ESTGOV"),
    ("soipan-tuya", D(2025, 6, 1), "KENGOV"),
    ("aden-duale", D(2025, 6, 1), None),  # moved on from Defence in July 2024: no role of these
    ("aden-duale", D(2023, 6, 1), "KENGOV"),
    ("kamel-madouri", D(2025, 1, 10), "TUNGOV"),  # Tunisia's prime ministers, one after another
    ("kamel-madouri", D(2025, 6, 1), None),
    ("sara-zaafrani-zenzri", D(2025, 6, 1), "TUNGOV"),
    ("ng-eng-hen", D(2025, 6, 1), None),  # Singapore's defence ministers: the handover of May 2025
    ("chan-chun-sing", D(2025, 6, 1), "SGPGOV"),
    ("gabriel-boric", D(2026, 6, 1), None),  # Chile's presidents: the term ends on 11 March 2026
    ("jose-antonio-kast", D(2026, 6, 1), "CHLGOV"),
    ("jose-antonio-kast", D(2025, 6, 1), None),
    ("jafar-hassan", D(2025, 6, 1), "JORGOV"),  # Jordan's prime minister, also its defence minister
    ("naledi-pandor", D(2024, 1, 10), "ZAFGOV"),  # predecessors of 2023-2024: in office, then out
    ("naledi-pandor", D(2025, 6, 1), None),
    ("minoru-kihara", D(2024, 6, 1), "JPNGOV"),  # defence minister, then chief cabinet secretary
    ("minoru-kihara", D(2025, 6, 1), None),
    ("minoru-kihara", D(2025, 12, 1), "JPNGOV"),
    ("mahmoud-ali-youssouf", D(2024, 6, 1), "DJIGOV"),  # Djibouti's foreign minister, then the AU Commission's chair
    ("mahmoud-ali-youssouf", D(2025, 6, 1), "IGOAFRAFU"),
    ("robert-dussey", D(2025, 6, 1), "TGOGOV"),
])
def test_office_holders32_periods_of_office(kb, person, day, code_):
    role = kb.get(person).role_on(day)
    assert (role.code if role else None) == code_


@pytest.mark.parametrize(("text", "date", "trigger", "code_"), [
    ("Margus Tsahkna on Tuesday accused Russia of jamming satellite navigation signals over the Gulf of Finland.",
     "2025-06-03", "accused", "ESTGOV"),
    ("Soipan Tuya on Monday accused al Shabaab of planting roadside bombs near the Somali border.",
     "2025-03-10", "accused", "KENGOV"),
    ("Tanja Fajon on Wednesday condemned the shelling of Kharkiv.", "2025-04-09", "condemned", "SVNGOV"),
    ("Naledi Pandor on Thursday accused Israel of defying the World Court.", "2024-02-01", "accused", "ZAFGOV"),
])
def test_office_holders32_a_minister_named_without_a_title_is_the_state(code, text, date, trigger, code_):
    acts = [e for e in events_of(code(text, date=date)) if e.trigger.text.startswith(trigger)]
    assert acts and all(codes_of(e.source) == {code_} for e in acts), acts
