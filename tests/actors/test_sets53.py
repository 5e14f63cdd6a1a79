""""The two neighbours" are two states that share a border, at every step of ``actors/sets.resolve_set`` (session
53, issue 11, h-pron53): a donor named with one of them, or a pair named together that shares no border, is passed
over (``sets._bordering``, ``sets._bordering_most_named``).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import events_with_trigger


def _countries(participants) -> set[str]:
    return {p.country for p in participants if p.actor is not None}


def test_sets53_a_donor_is_not_one_of_the_two_neighbours(code):
    result = code("QUITO, May 4 (Reuters) - Sweden will fund a school on Ecuador's border with Colombia, where the two "
                  "neighbours clashed with smugglers in 2024, the Swedish embassy said.\n\nThe two neighbours signed a "
                  "border accord on Monday.", date="2026-05-04")
    [signed] = events_with_trigger(result, "signed")
    assert _countries(signed.source) | _countries(signed.target) == {"ECU", "COL"}


def test_sets53_a_pair_named_together_with_no_border_is_not_the_neighbours(code):
    result = code("YEREVAN, March 10 (AFP) - Ties between France and Azerbaijan worsened in 2023, when Paris backed "
                  "Armenia.\n\nThe two neighbours signed a peace framework in Washington on Monday.",
                  date="2026-03-10")
    [signed] = events_with_trigger(result, "signed")
    assert _countries(signed.source) | _countries(signed.target) == {"ARM", "AZE"}


def test_sets53_the_two_countries_need_no_border(code):
    # only a neighbour noun asks for a border: "the two countries" stay the pair named together
    result = code("YEREVAN, March 10 (AFP) - France and Azerbaijan signed a gas deal on Monday.\n\nThe two countries "
                  "also agreed to reopen their embassies.", date="2026-03-10")
    [agreed] = events_with_trigger(result, "agreed")
    assert _countries(agreed.source) | _countries(agreed.target) == {"FRA", "AZE"}


def test_sets53_both_neighbours_of_the_doer_need_not_border_each_other(code):
    # Nicaragua and Panama share no border, but both border Costa Rica, which urges them: not Panama and Colombia
    result = code("SAN JOSE, Oct 6 (Reuters) - Colombia sent two planes of food to Panama on Sunday after floods.\n\n"
                  "Nicaragua and Panama traded accusations on Monday over migrants stranded at their crossings.\n\n"
                  "Costa Rica urged both neighbours to hold talks.", date="2026-10-06")
    [urged] = events_with_trigger(result, "urged")
    assert _countries(urged.target) == {"NIC", "PAN"}


def test_sets53_the_border_rule_is_in_the_explanation(explaining):
    from detente.model import Article

    result = explaining.code(Article(
        text="YEREVAN, March 10 (AFP) - Ties between France and Azerbaijan worsened in 2023, when Paris backed "
             "Armenia.\n\nThe two neighbours signed a peace framework in Washington on Monday.", date="2026-03-10"))
    [signed] = events_with_trigger(result, "signed")
    assert any("share a border" in side for side in signed.explanation.sides), signed.explanation
