"""A state or body paying for another's works, study or programme gives economic aid, and it goes to where the thing
paid for is, or to its owner (session 60, h-miss60b; ``071 pay for +...`` in verbs.tsv, ``paying_verb`` in
words.tsv, ``CodeSideRules._aided_ground``): "will pay for a new clinic in Kabul" goes to Afghanistan, "paid for the
repair of X's bridge" to X, "most of the Moldovan section" to Moldova.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import event_on


def _countries(event) -> set[str]:
    return {p.country for p in event.target if p.actor}


def test_targets_paid_for_a_market_in_a_city_goes_to_its_country(code):
    result = code("RABAT, May 4 (Reuters) - Morocco will pay for a new fish market in Nouakchott, the foreign ministry "
                  "said on Monday.")
    event = event_on(result, "pay")
    assert event.plover in {"AID", "AGREE"}
    assert _countries(event) == {"MRT"}


def test_targets_paid_for_the_repair_of_anothers_bridge_goes_to_the_owner(code):
    result = code("TOKYO, May 4 (Reuters) - Japan paid for the repair of Laos's main bridge last year, the embassy "
                  "said.")
    event = event_on(result, "paid")
    assert event.cameo == "071"
    assert _countries(event) == {"LAO"}


def test_targets_paid_for_most_of_a_section_goes_to_its_demonym(code):
    result = code("BUCHAREST, May 4 (Reuters) - Romania will pay for most of the Moldovan section of the power line, "
                  "the energy ministry said on Monday.")
    assert _countries(event_on(result, "pay")) == {"MDA"}
