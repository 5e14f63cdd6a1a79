"""A person an act is done to, named by a noun the knowledge base does not know with an apposition giving the person's
country, is of that country (issue 11, session 48, h-tgtm48; ``ParticipantRules._apposed``, a people noun of words.tsv
with a demonym): "arrested the captain, a Russian citizen" targets Russia. The sentences are synthetic, written for
these tests; the model's parse is used (the apposition hangs on the object)."""

from tests.conftest import countries_of, event_on


def test_an_apposition_with_a_demonym_gives_the_objects_country(code):
    text = "TALLINN, March 4 (Reuters) - Estonian police arrested the pilot, a Latvian citizen, on Tuesday."
    event = event_on(code(text), "arrested")
    assert countries_of(event.source) == ["EST"] and countries_of(event.target) == ["LVA"]


def test_an_apposition_with_an_age_gives_the_objects_country(code):
    text = "VIENNA, March 4 (Reuters) - Austrian police detained the driver, a 44-year-old Hungarian man, on Tuesday."
    assert countries_of(event_on(code(text), "detained").target) == ["HUN"]


def test_an_apposition_naming_no_country_gives_none(code):
    text = "TALLINN, March 4 (Reuters) - Estonian police arrested the pilot, a former army officer, on Tuesday."
    assert countries_of(event_on(code(text), "arrested").target) == []
