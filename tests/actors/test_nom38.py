"""The country of unnamed speakers and bodies from place phrases (issue 11, session 38, h-nom38).

- a title whose sector word is a compound on the subject ("a government spokeswoman", "a foreign ministry official")
  takes the government of the capital that opens its clause ("In Kigali, ..."), as a bare subject ("the foreign
  ministry") does, whatever the dateline or the story's main state; a title that names its own state ("Germany's
  government spokesman") keeps it (``antecedents.seated_in``);
- a post is no nationality: a diplomat "in" a capital is not that capital's government (``envoy_noun``), and a state's
  person or body called by a collective or generic adjective ("a Western diplomat", "an Arab official", "a foreign
  envoy") is no state in particular, not the dateline's (``DocResolver._of_no_one_state``);
- a union or association of a trade's people that a demonym or a place names ("the Guinean road hauliers' union",
  "fishermen's associations in Mannar") is that country's labour or civilians, or its members' sector ("a Kenyan
  farmers' federation": agriculture), not unresolved and not the state (``labour_body_noun``, ``civic_body_noun``,
  ``DocResolver._society_body``);
- what a mission abroad ("Japan's embassy in Moscow", ``abroad_noun``) asks for or demands, of no one but its own
  people, is asked of the state it is posted in (``CodeSideRules.host_asked``).

Articles are synthetic, written in agency style for these tests."""

import pytest
from tests.conftest import countries_of, event_on


@pytest.mark.parametrize(("text", "word", "country"), [
    pytest.param("BUJUMBURA, March 4 (Reuters) - Burundi accused Rwanda on Wednesday of shelling the border town of "
                 "Gatumba. In Kigali, a government spokeswoman denied the report and accused Burundi of arming "
                 "rebels.", "denied", "RWA", id="compound_title_takes_the_opening_capital"),
    pytest.param("DHAKA, March 4 (Reuters) - Bangladesh signed a port deal with China on Wednesday. In Beijing, a "
                 "foreign ministry official rejected criticism of the deal by India.", "rejected", "CHN",
                 id="two_word_compound_title_takes_the_opening_capital"),
    pytest.param("WARSAW, March 4 (Reuters) - Poland protested on Wednesday over the pipeline. In Warsaw, Germany's "
                 "government spokesman rejected the protest.", "rejected", "DEU",
                 id="a_title_naming_its_own_state_keeps_it"),
])
def test_nom38_compound_title_speaks_for_the_opening_capitals_state(code, text, word, country):
    assert [p.country for p in event_on(code(text, date="2026-03-04"), word).source] == [country]


@pytest.mark.parametrize("text", [
    pytest.param("VIENNA, March 4 (Reuters) - Iran barred two IAEA inspectors on Wednesday. A Western diplomat in "
                 "Vienna accused Tehran of stalling.", id="western_diplomat_in_a_capital"),
    pytest.param("VIENNA, March 4 (Reuters) - Iran barred two IAEA inspectors on Wednesday. A diplomat in Vienna "
                 "accused Tehran of stalling.", id="diplomat_in_a_capital"),
    pytest.param("CAIRO, March 4 (Reuters) - Sudan's army shelled Omdurman on Wednesday. An Arab official accused the "
                 "army of ignoring the truce.", id="arab_official_under_a_dateline"),
])
def test_nom38_a_post_or_a_region_is_no_nationality(code, text):
    assert [p.country for p in event_on(code(text, date="2026-03-04"), "accused").source if p.actor] == []


def test_nom38_officials_in_a_capital_are_the_hosts(code):
    text = ("NEW DELHI, March 4 (Reuters) - Officials in Colombo accused Indian trawlers of poaching in Sri Lankan "
            "waters.")
    assert [p.country for p in event_on(code(text, date="2026-03-04"), "accused").source] == ["LKA"]


@pytest.mark.parametrize(("text", "word", "code_"), [
    pytest.param("CONAKRY, March 4 (Reuters) - The Guinean road hauliers' union urged Bamako to guarantee the safety "
                 "of its members.", "urged", "GINLAB", id="demonym_on_a_union"),
    pytest.param("WINDHOEK, March 4 (Reuters) - The Namibian Fishermen's Union called on Luanda to release the crews.",
                 "called", "NAMLAB", id="demonym_opening_a_unions_name"),
    pytest.param("COLOMBO, March 4 (Reuters) - Fishermen's associations in Mannar urged New Delhi to free the crews.",
                 "urged", "LKACVL", id="association_in_a_town"),
    pytest.param("NAIROBI, March 4 (Reuters) - A Kenyan farmers' federation accused Uganda of breaking trade rules.",
                 "accused", "KENAGR", id="members_sector"),
])
def test_nom38_a_trades_union_is_its_countrys(code, text, word, code_):
    assert [p.code for p in event_on(code(text, date="2026-03-04"), word).source] == [code_]


def test_nom38_a_union_with_no_members_is_no_body(code):
    text = ("BRUSSELS, March 4 (Reuters) - The European Union urged Serbia on Wednesday to normalise relations with "
            "Kosovo. The union also criticised Belgrade for delaying the talks.")
    assert [p.actor for p in event_on(code(text, date="2026-03-04"), "criticised").source] == ["eu"]


@pytest.mark.parametrize(("text", "word", "doer", "countries"), [
    pytest.param("TOKYO, March 4 (Kyodo) - Japan's embassy in Moscow demanded consular access to a Japanese "
                 "businessman detained in Vladivostok.", "demanded", "JPN", ["RUS"], id="embassy_demands_of_the_host"),
    pytest.param("ANKARA, March 4 (Reuters) - The Turkish consulate in Erbil asked for information on three detained "
                 "Turkish nationals.", "asked", "TUR", ["IRQ"], id="consulate_asks_the_host"),
    pytest.param("BAKU, March 4 (Reuters) - Iran's embassy in Baku asked Turkey for help in finding the two men.",
                 "asked", "IRN", ["TUR"], id="a_named_addressee_is_kept"),
])
def test_nom38_a_mission_asks_the_state_it_is_posted_in(code, text, word, doer, countries):
    event = event_on(code(text, date="2026-03-04"), word)
    assert countries_of(event.source) == [doer]
    assert [c for c in countries_of(event.target) if c != doer] == countries
