"""Buying or ordering weapons is military cooperation (062), not trade (061) nor a demand (100); session 66."""

from tests.conftest import events_of


def test_arms_purchase66_ordered_weapons_is_cooperation(code):
    result = code("Vietnam ordered six coastal defence missile batteries from India in 2019, the ministry said.")
    assert events_of(result, cameo="062")
    assert not events_of(result, cameo="100")


def test_arms_purchase66_ordered_more_is_a_purchase(code):
    result = code("Kenya bought eight helicopters from France in 2019 and ordered more in 2020.")
    assert not events_of(result, cameo="100")


def test_arms_purchase66_bought_jets_is_cooperation(code):
    result = code("Ghana bought 10 fighter jets from Brazil in 2018, officials said.")
    assert events_of(result, cameo="062")


def test_arms_purchase66_order_to_act_stays_a_demand(code):
    result = code("Nigeria ordered Chad to withdraw its troops from the border area within 48 hours.")
    assert events_of(result, plover="REQUEST")
    assert not events_of(result, cameo="062")


def test_arms_purchase66_goods_bought_stay_trade(code):
    result = code("Egypt bought 500,000 tonnes of wheat from Kazakhstan last year, the ministry said.")
    assert events_of(result, cameo="061")
