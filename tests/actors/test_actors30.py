"""What a mention resolves to (issue 11, false dyads from actor resolution; h-actors30):

- a bare title whose first word is the sector phrase and whose name comes after further title words ("government
  spokesman Major General X", "foreign ministry spokesman X") is read off the name's clause as a title compounded
  straight on the name is (``NominalRules._title_holder``): a capital opening the clause ("In Phnom Penh, ...")
  makes it that capital's government, and the country the name's verb thanks is not his, whatever the dateline;
- the object pronoun of a participle with no subject of its own, joined to a verb with no object of its own, is
  what the clause that verb announces was done to ("announced that they were leaving ECOWAS, accusing it of ...":
  ECOWAS, not the host named before); joined to a verb whose object is a thing no actor is, the thing's partner
  after "with" ("suspended its cooperation with the U.N. watchdog, accusing it of bias": the IAEA;
  ``pronouns._joined_object``).

Articles are synthetic, written in agency style for these tests."""

import pytest
from tests.conftest import event_on


@pytest.mark.parametrize(("text", "date", "code_"), [
    pytest.param("BEIJING, May 4 (Xinhua) -- Cambodia and Thailand agreed on Monday to reopen two border crossings "
                 "after talks in Shanghai. In Phnom Penh, government spokesman Pen Bona thanked China for hosting "
                 "the talks.", "2026-05-04", "KHMGOV", id="opening_capital_gives_a_sector_title_its_government"),
    pytest.param("KUNMING, April 7 (Xinhua) -- Myanmar and the Kachin Independence Army agreed on Tuesday to halt "
                 "fighting. In Naypyidaw, government spokesman Major General Aung Kyaw thanked Beijing for its "
                 "efforts.", "2026-04-07", "MMRGOV", id="ranked_title_on_a_name_is_read_off_the_names_clause"),
])
def test_actors30_spokesman_of_the_opening_capital(code, text, date, code_):
    assert [p.code for p in event_on(code(text, date=date), "thanked").source] == [code_]


@pytest.mark.parametrize(("text", "date", "word", "country"), [
    pytest.param("KUNMING, April 7 (Xinhua) -- Myanmar and the Kachin Independence Army agreed on Tuesday to halt "
                 "fighting. Foreign ministry spokesman Zaw Phyo thanked Beijing for its efforts.", "2026-04-07",
                 "thanked", "MMR", id="thanked_country_is_not_the_spokesmans"),
    pytest.param("BEIJING, May 4 (Xinhua) -- Foreign ministry spokesman Lin Jian urged Manila on Monday to stop "
                 "sending ships to the shoal.", "2026-05-04", "urged", "CHN",
                 id="dateline_title_without_opening_place_is_unchanged"),
])
def test_actors30_spokesmans_country(code, text, date, word, country):
    assert [p.country for p in event_on(code(text, date=date), word).source] == [country]


@pytest.mark.parametrize(("text", "date", "actor"), [
    pytest.param("GENEVA, June 5 (Reuters) - The IAEA board met on Thursday. Iran suspended its cooperation with the "
                 "U.N. watchdog in July, accusing it of bias, the foreign ministry said.", "2026-06-05", "iaea",
                 id="it_after_a_things_partner_is_the_partner"),
    pytest.param("LOME, Jan 29 (Reuters) - ECOWAS and the Alliance of Sahel States signed an agreement in Lome on "
                 "Wednesday after talks hosted by Togo. The three Sahel states, all ruled by military governments "
                 "that seized power between 2020 and 2023, announced in January 2024 that they were leaving ECOWAS, "
                 "accusing it of serving foreign interests.", "2026-01-29", "ecowas",
                 id="it_after_an_announced_clause_is_what_it_was_done_to"),
])
def test_actors30_it_of_a_participle(code, text, date, actor):
    assert [p.actor for p in event_on(code(text, date=date), "accusing").target] == [actor]
