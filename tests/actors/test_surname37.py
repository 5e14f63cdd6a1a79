"""A surname alone is the known person the article named before in full (session 37, h-sur37):

- one word that is a later word of the name of exactly one person named before is that person, with his office on
  the article's date, though it is not the last word ("Padrino" after "Vladimir Padrino López": the first of two
  Spanish surnames) or is written without the accent of the knowledge base's name ("Sangare" for "Bakary Yaou
  Sangaré"): ``PersonRules._later_word_of_one``; not when two people named before have it;
- such a surname the NER reads as a place the knowledge base does not know ("Rodríguez later accused ...") is still
  that person unless it stands where a place does (after "in", or "to" on a verb of sending or travel):
  ``DocResolver`` (the PROPN fallback of ``_resolve``).

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, event_on


def test_sur37_first_of_two_surnames_is_the_person(code):
    result = code("CARACAS, March 10 (Reuters) - Venezuelan Defence Minister Vladimir Padrino López inspected troops "
                  "on the border on Monday. Padrino accused Colombia of sheltering armed groups.", date="2026-03-10")
    assert "vladimir-padrino-lopez" in actors_of(event_on(result, "accused").source)


def test_sur37_surname_read_as_a_place_is_the_person(code):
    result = code("HAVANA, March 10 (Reuters) - Cuban Foreign Minister Bruno Rodríguez Parrilla met the Mexican "
                  "ambassador on Monday. Rodríguez later accused Washington of tightening the blockade.",
                  date="2026-03-10")
    accused = event_on(result, "accused")
    assert "bruno-rodriguez-parrilla" in actors_of(accused.source)
    assert {p.code for p in accused.source} == {"CUBGOV"}


def test_sur37_surname_without_the_accent_is_the_person(code):
    result = code("NIAMEY, March 10 (Reuters) - Niger's Foreign Minister Bakary Yaou Sangare received the Algerian "
                  "ambassador on Monday. Sangare accused France of plotting to destabilise the Sahel.",
                  date="2026-03-10")
    assert "bakary-yaou-sangare" in actors_of(event_on(result, "accused").source)


def test_sur37_surname_two_people_named_before_share_is_neither(code):
    result = code("HAVANA, March 10 (Reuters) - Cuban Foreign Minister Bruno Rodríguez Parrilla met opposition "
                  "activist Carlos Rodríguez Gómez on Monday. Rodríguez later accused Washington of tightening the "
                  "blockade.", date="2026-03-10")
    assert "bruno-rodriguez-parrilla" not in actors_of(event_on(result, "accused").source)
