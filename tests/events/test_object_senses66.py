"""Senses a verb takes from its object (session 66): arms bought, projects opposed, the arms a force moves with."""

from tests.conftest import events_of


def test_object_senses66_ordered_weapons_is_cooperation(code):
    result = code("Vietnam ordered six coastal defence missile batteries from India in 2019, the ministry said.")
    assert events_of(result, cameo="062")
    assert not events_of(result, cameo="100")


def test_object_senses66_ordered_more_is_a_purchase(code):
    result = code("Kenya bought eight helicopters from France in 2019 and ordered more in 2020.")
    assert not events_of(result, cameo="100")


def test_object_senses66_bought_jets_is_cooperation(code):
    result = code("Ghana bought 10 fighter jets from Brazil in 2018, officials said.")
    assert events_of(result, cameo="062")


def test_object_senses66_order_to_act_stays_a_demand(code):
    result = code("Nigeria ordered Chad to withdraw its troops from the border area within 48 hours.")
    assert events_of(result, plover="REQUEST")
    assert not events_of(result, cameo="062")


def test_object_senses66_goods_bought_stay_trade(code):
    result = code("Egypt bought 500,000 tonnes of wheat from Kazakhstan last year, the ministry said.")
    assert events_of(result, cameo="061")


def test_object_senses66_opposed_project_is_a_rejection(code):
    result = code("Hungary has long opposed the proposed pipeline across the Black Sea, officials said.")
    assert events_of(result, plover="REJECT")


def test_object_senses66_opposed_act_stays_disapproval(code):
    result = code("Beijing opposed the arrest of the Chinese sailors by Indonesian police.")
    assert not events_of(result, plover="REJECT")


def test_object_senses66_troops_backed_by_vehicles_is_no_support(code):
    result = code("Burmese troops backed by armoured vehicles entered the village of Kyauktaw before dawn on Sunday.")
    assert not events_of(result, plover="SUPPORT")
    assert events_of(result, plover="COERCE")


def test_object_senses66_officers_supported_by_helicopters_is_no_support(code):
    result = code("Kenya will send 400 police officers, supported by helicopters, to Haiti next month.")
    assert not events_of(result, cameo="051")

