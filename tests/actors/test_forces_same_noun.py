"""A definite forces noun points back to the same noun named with its country, not to the forces named last
(session 32, issue 11, h-res: "the army" of a Sudan story after Chadian soldiers was Chad's).

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import codes_of, events_of


def test_forces_same_noun_the_army_is_the_army_named_before(code):
    text = ("KHARTOUM, March 3 (Reuters) - Sudan's army retook the town of Bara on Tuesday after a week of heavy "
            "fighting. Chadian soldiers closed the Adre crossing the same day. The army accused the RSF of "
            "shelling a hospital in El Fasher.")
    accusations = [e for e in events_of(code(text, date="2026-03-03")) if e.trigger.text.startswith("accused")]
    assert accusations and all(codes_of(e.source) == {"SDNMIL"} for e in accusations), accusations


def test_forces_same_noun_the_police_are_the_police_named_before(code):
    text = ("GENEVA, March 3 (Reuters) - Kenyan police arrested 12 Ethiopian nationals near Moyale on Tuesday. "
            "Ethiopian police officers had crossed the border to search for them the day before. The police "
            "accused the men of smuggling weapons across the frontier.")
    accusations = [e for e in events_of(code(text, date="2026-03-03")) if e.trigger.text.startswith("accused")]
    assert accusations and all(codes_of(e.source) == {"KENCOP"} for e in accusations), accusations


def test_forces_same_noun_without_one_the_latest_forces_still_serve(code):
    # no "army" named before: the latest forces named stand, as they did
    text = ("KHARTOUM, March 3 (Reuters) - Sudanese soldiers retook the town of Bara on Tuesday. The army "
            "accused the RSF of shelling a hospital in El Fasher.")
    accusations = [e for e in events_of(code(text, date="2026-03-03")) if e.trigger.text.startswith("accused")]
    assert accusations and all(codes_of(e.source) == {"SDNMIL"} for e in accusations), accusations


def test_forces_same_noun_not_the_army_of_the_country_it_accuses(code):
    # the same noun named before is the other side of the verb: the forces named since stand
    text = ("ATHENS, March 3 (Reuters) - Turkey's army said on Tuesday its jets had intercepted two Greek fighters "
            "over the Aegean. Greece's military rejected the account. The army accused Turkey of violating Greek "
            "airspace 20 times in one day.")
    accusations = [e for e in events_of(code(text, date="2026-03-03")) if e.trigger.text.startswith("accused")]
    assert accusations and all(codes_of(e.source) == {"GRCMIL"} for e in accusations), accusations
