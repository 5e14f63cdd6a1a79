"""Ships ("vessel", "ship": kind ``craft`` in sectors.tsv): a ship a demonym or country names acts for that
country's forces ("the Chinese vessel blocked its path"); a company's ships are merchant ships, and a bare
"the ship" is only the ship named before, never the forces named before.

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_crafts_a_ship_a_demonym_names_acts_for_its_country(code):
    result = code("HANOI, June 3 (Reuters) - A Vietnamese patrol boat was escorting fishermen near the Paracels "
                  "when the Chinese vessel rammed it, a ministry spokeswoman said.", date="2025-06-03")
    assert [p.code for p in event_on(result, "rammed").source] == ["CHNMIL"]


def test_crafts_a_company_s_ships_and_the_ship_after_them_are_no_one_s_forces(code):
    result = code("DUBAI, June 3 (Reuters) - Yemen's Houthis said they had attacked a bulk carrier owned by a "
                  "company whose ships had called at Israeli ports.\n\n"
                  "The ship had been hit near the Yemeni port of Mokha, a maritime agency said.", date="2025-06-03")
    codes = {a.code for a in result.actors for m in a.mentions if "ship" in m.text}
    assert not {c for c in codes if c and c.endswith("MIL")}, codes


def test_crafts_a_ship_named_with_an_office_word_is_no_office(code):
    # before: "the Galaxy Leader" (a ship's name) was read as "the leader", the dateline country's government
    result = code("ABU DHABI, June 3 (Reuters) - Yemen's Houthis seized a car carrier, the Galaxy Leader, in the "
                  "Red Sea in 2023 and held its crew for a year.", date="2025-06-03")
    seized = event_on(result, "seized")
    assert not [p for p in seized.target if p.code and p.code.endswith("GOV")], [p.code for p in seized.target]
