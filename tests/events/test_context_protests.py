"""A protest whose clause names no target: the body of a state it is held at, or the state its participle
of demand is addressed to (events/context.py, ``protests``; session 20, the context probe).

All texts here are synthetic, written in agency style for these tests; none comes from a development
set or from a real article."""

from tests.conftest import actors_of, events_of


def _protest(result, trigger: str):
    [event] = [e for e in events_of(result, "PROTEST") if e.trigger.text == trigger]
    return event


def test_context_protest_outside_parliament_targets_the_parliament(code):
    result = code("VILNIUS, May 4 (Reuters) - Thousands of Lithuanian teachers rallied outside parliament on "
                  "Tuesday over pay, police said.\n\nThe teachers' union said the strike would go on.")
    event = _protest(result, "rallied")
    assert actors_of(event.target) == {"LTULEG", "LTU"}


def test_context_protest_at_an_embassy_targets_the_embassys_state(code):
    result = code("LIMA, May 4 (AFP) - Hundreds of Bolivians protested outside the Chilean embassy in Lima on "
                  "Monday over a border dispute.\n\nChile's foreign ministry declined to comment.")
    event = _protest(result, "protested")
    assert "CHL" in actors_of(event.target)


def test_context_protest_with_a_demand_on_the_government_targets_it(code):
    result = code("ROME, May 4 (Reuters) - Italian farmers marched through Rome on Friday, urging the government to "
                  "cut fuel taxes.\n\nThe farm lobby said more protests were planned.")
    event = _protest(result, "marched")
    assert "ITA" in actors_of(event.target)


def test_context_protest_not_given_a_body_whose_country_is_only_the_articles(code):
    # a story told from Canberra: "the parliament" gets Australia from context, but it is Fiji's protesters'
    result = code("CANBERRA, May 4 (Reuters) - Australia pledged new aid to Fiji on Monday. Hundreds of Fijians had "
                  "marched outside the parliament in Suva in March to protest against fuel prices. Australia's "
                  "foreign minister said the aid would arrive within weeks.")
    event = _protest(result, "marched")
    assert "AUS" not in actors_of(event.target)


def test_context_protest_at_home_targets_the_protesters_government(code):
    result = code("ACCRA, May 4 (Reuters) - Thousands of Ghanaian students marched through Accra on Tuesday over "
                  "higher university fees, witnesses said.\n\nThe students' union said more marches were planned.")
    event = _protest(result, "marched")
    assert actors_of(event.target) == {"GHAGOV", "GHA"}
    assert [p.text for p in event.target if p.actor] == ["Accra"]  # the words it stands with: the place


def test_context_protest_naming_a_foreign_party_is_not_given_the_protesters_government(code):
    result = code("ACCRA, May 4 (Reuters) - Thousands of Ghanaian students marched through Accra on Tuesday "
                  "against the International Monetary Fund's loan terms, witnesses said.\n\nIt ended peacefully.")
    event = _protest(result, "marched")
    assert "GHA" not in actors_of(event.target)


def test_context_riot_by_a_named_group_is_not_given_its_countrys_government(code):
    # looting is coded as a violent protest (145); an armed group is no people protesting at home
    result = code("ROME, May 4 (Reuters) - The World Food Programme said the RSF had looted its warehouses in "
                  "El Fasher.\n\nOfficials gave no further details.")
    assert not any("SDNGOV" in actors_of(e.target) for e in result.events)
