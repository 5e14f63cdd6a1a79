"""Forces a generic word names as a state's own ("federal forces", "the national army") are the forces of the
country the article is about, not a foreign force named before; a capital that modifies "government" in a forces
phrase ("Tripoli government forces") names its own state, not the dateline's (session 33, issue 11, h-fed).

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import codes_of, event_on


def test_own_forces_federal_forces_are_not_the_foreign_troops_named_before(code):
    text = ("ADDIS ABABA, March 3 (Reuters) - Eritrean troops massed near the border town of Zalambessa on "
            "Tuesday. Federal forces shelled the Eritrean positions overnight.")
    assert codes_of(event_on(code(text, date="2026-03-03"), "shelled").source) == {"ETHMIL"}


def test_own_forces_the_national_army_is_the_dateline_state_s(code):
    text = ("KINSHASA, March 3 (Reuters) - Rwandan troops crossed into North Kivu on Tuesday, the United Nations "
            "said. The national army attacked M23 positions near Goma.")
    assert codes_of(event_on(code(text, date="2026-03-03"), "attacked").source) == {"CODMIL"}


def test_own_forces_the_same_state_s_forces_named_before_still_serve(code):
    # the forces named before are the article's state's own: the phrase still points back to them
    text = ("ABUJA, March 3 (Reuters) - Nigerian troops retook the town of Malam Fatori on Tuesday. Federal "
            "forces later attacked Boko Haram camps near Lake Chad.")
    assert codes_of(event_on(code(text, date="2026-03-03"), "attacked").source) == {"NGAMIL"}


def test_own_forces_a_capital_on_government_forces_names_its_own_state(code):
    text = ("TUNIS, March 3 (Reuters) - Tripoli government forces attacked positions of the Libyan National Army "
            "near Sirte on Tuesday.")
    assert codes_of(event_on(code(text, date="2026-03-03"), "attacked").source) == {"LBYMIL"}


def test_own_forces_a_capital_on_government_troops_under_a_neighbour_s_dateline(code):
    text = ("NAIROBI, March 3 (Reuters) - Mogadishu government troops attacked al Shabaab fighters near Baidoa "
            "on Tuesday.")
    assert codes_of(event_on(code(text, date="2026-03-03"), "attacked").source) == {"SOMMIL"}



def test_own_forces_point_back_to_forces_named_before_by_the_same_word(code):
    # "federal" named a foreign state's forces before: the later "federal troops" are those, not the dateline's
    text = ("NAIROBI, March 3 (Reuters) - Fighting between Somali federal forces and Jubaland troops spread to "
            "Beled Hawo on Tuesday. Kenyan soldiers were sent to Mandera. Federal troops later shelled "
            "Jubaland positions near Dolow.")
    assert codes_of(event_on(code(text, date="2026-03-03"), "shelled").source) == {"SOMMIL"}


def test_own_forces_regime_forces_are_the_focus_state_s_not_the_latest_named(code):
    # the dateline's country is never named: "regime" on forces is the country the article is about
    text = ("BEIRUT, March 3 (Reuters) - Turkish troops shelled Kurdish positions near Kobani on Tuesday. Regime "
            "forces attacked rebels in Idlib, Syrian state media said.")
    assert codes_of(event_on(code(text, date="2026-03-03"), "attacked").source) == {"SYRMIL"}
