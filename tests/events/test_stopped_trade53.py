"""Trade stopped is a cut, not the trade (issue 11, session 53, h-nonev53): a verb of stopping (stop, halt, cease,
suspend) with a trade verb as its gerund complement (``verbs.tsv`` ``stop|halt|cease|suspend
~buy|purchase|import|sell|export|accept``, 163) codes the embargo the subject imposes on its trading partner, and the
stopped trade is no act of its own ("stopped buying gas from X" is not the purchase). And a bare "-ing" trade clause
on a simple present ("X is Y's largest customer, buying most of its coal") tells a standing relation, no act
(``nonevents._present_participle``, under ``standing_trade``). Advancing an aim or a relation ("advancing peace",
``verbs.tsv`` ``- advance +peace|...``) is no advance of troops.

All sentences are synthetic, written in agency style for these tests; none comes from a development set or from a
real article. Each test also checks a sense the lines must leave alone."""

from __future__ import annotations

DATE = "2026-05-06"


def _codes(result) -> list[str]:
    return [e.cameo for e in result.events]


def _of(result, *codes: str) -> list:
    return [e for e in result.events if e.cameo in codes]


def _countries(participants) -> set[str | None]:
    return {p.country for p in participants}


def test_stopped_buying_from_a_state_is_an_embargo_on_it_and_no_purchase(code):
    result = code("Romania stopped buying gas from Russia in March, the energy ministry said.", date=DATE)
    [cut] = _of(result, "163")
    assert "ROU" in _countries(cut.source) and "RUS" in _countries(cut.target), _codes(result)
    assert not _of(result, "061"), _codes(result)
    trade = code("Romania buys most of its gas from Russia under a long-term contract.", date=DATE)
    assert not _of(trade, "163"), _codes(trade)


def test_halted_or_ceased_selling_and_exporting(code):
    sold = code("Uzbekistan halted selling cotton to Bangladesh on Friday after a payment dispute.", date=DATE)
    assert _of(sold, "163") and not _of(sold, "061"), _codes(sold)
    exported = code("Argentina ceased exporting its beef to Chile on Monday, the farm ministry said.", date=DATE)
    assert _of(exported, "163") and not _of(exported, "061"), _codes(exported)


def test_stopping_an_act_that_is_no_trade_keeps_no_embargo(code):
    result = code("Nigeria stopped holding talks with Niger in June, the foreign ministry said.", date=DATE)
    assert not _of(result, "163"), _codes(result)


def test_a_trade_participle_on_a_simple_present_is_a_standing_relation(code):
    standing = code("Japan is Australia's largest customer, buying most of its coal and liquefied gas.", date=DATE)
    assert not _of(standing, "061"), _codes(standing)
    done = code("Japan signed a contract with Australia on Monday, buying two million tonnes of coal.", date=DATE)
    assert _of(done, "061"), _codes(done)


def test_advancing_an_aim_or_a_relation_is_no_advance_of_troops(code):
    aim = code("Beijing said it supports Hanoi in advancing peace and prosperity in the region.", date=DATE)
    assert not _of(aim, "190"), _codes(aim)
    troops = code("Russian troops advanced on the Ukrainian town of Pokrovsk on Monday.", date=DATE)
    assert _of(troops, "190"), _codes(troops)
