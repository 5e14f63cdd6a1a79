"""An arrest, a charge or a sentence by a state's police or courts whose clause names whom it was done to in words the
knowledge base does not know takes no other party from the story (issue 11; session 45, h-dom45:
``context.justice_on_named``): "police arrested 12 suspects" after a lead in which a foreign state acted against the
doer's is an act at home, not a step in that dispute; the foreign state is not appended as its target.

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import countries_of, event_on


def test_justice45_arrest_at_home_takes_no_foreign_party_from_the_lead(code):
    result = code("NAIROBI, Aug 4 (Reuters) - The United States barred three Kenyan police commanders from entering "
                  "the country on Monday over killings of protesters. Kenyan police arrested six suspects in the "
                  "killings on Tuesday, a police spokesman said.", date="2026-08-04")
    assert "USA" not in countries_of(event_on(result, "arrested").target)


def test_justice45_sentence_at_home_takes_no_foreign_party_from_the_lead(code):
    result = code("TBILISI, Nov 19 (AFP) - Russia detained two Georgian shepherds near the boundary line of South "
                  "Ossetia on Wednesday. A Georgian court sentenced two smugglers to four years in prison for moving "
                  "fuel across the line.", date="2026-11-19")
    assert "RUS" not in countries_of(event_on(result, "sentenced").target)


def test_justice45_people_a_demonym_names_keep_their_country(code):
    result = code("MANILA, March 9 (Reuters) - China protested to the Philippines on Monday over the boarding of a "
                  "Chinese trawler. Philippine police detained eleven Chinese crewmen at a port in Palawan.",
                  date="2026-03-09")
    assert countries_of(event_on(result, "detained").target) == ["CHN"]
