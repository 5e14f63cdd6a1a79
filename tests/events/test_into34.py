"""The party inside an act noun's complement (issue 11, session 34, h-into): an inquiry "into <deed> in <country>",
talks "on joining <body>" or "on restoring relations with <country>", a complaint "about <country>'s <deed>".

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or
from a real article."""

import pytest

DATE = "2026-03-03"


def _targets(result, root: str) -> set[str | None]:
    """The countries (or, for a body, the actor keys) of the targets of the events whose code starts with ``root``."""
    return {p.country or p.actor for e in result.events if e.cameo.startswith(root) for p in e.target if p.actor}


def _acts(result) -> list[tuple[str, list[str | None]]]:
    return [(e.cameo, [p.actor for p in e.target]) for e in result.events]


@pytest.mark.parametrize(("text", "root", "expected"), [
    # code_sides._inquired_ground: the ground of the deed (an act noun, a fate_noun, a misdeed_noun) it is into
    ("The International Criminal Court on Tuesday opened an investigation into war crimes in Libya.", "09", {"LBY"}),
    ("The U.N. Human Rights Council launched an inquiry into abuses in Eritrea on Friday.", "09", {"ERI"}),
    # an appeal or demand for an inquiry (an inquiry_noun in its trigger or object) is aimed there too
    ("Senegal demanded an inquiry into the killings in Guinea on Monday.", "10", {"GIN"}),
    # where a death befell its victim is no one befallen (participants.befallen)
    ("Italy opened an inquiry into the death of an Italian aid worker in Niger.", "09", {"NER"}),
    # an inquiry names no one on its own ground
    ("Romania opened an investigation into the drone crash in eastern Romania.", "09", set()),
    # a party named stays the target: the doer of the deed
    ("Mauritania demanded an inquiry into a drone strike by Malian forces on Tuesday.", "10", {"MLI"}),
    # participants._gerund_parties: talks on joining a body (a membership_verb gerund after an about_prep of the
    # act's noun) are with the body, talks on restoring relations with the other country
    ("Georgia suspended talks on joining the European Union.", "16", {"eu"}),
    ("Bosnia opened talks on joining NATO on Thursday.", "04", {"nato"}),  # the parser hangs "on" on the verb
    ("Bahrain suspended talks on restoring relations with Qatar.", "16", {"QAT"}),
    # participants.complained_of: with no party named but its doer's own, the party its about-phrase names
    ("Latvia complained about Belarus's treatment of migrants on Monday.", "11", {"BLR"}),
    ("South Korea filed a complaint about Japan's export curbs.", "11", {"JPN"}),
])
def test_into34_the_party_inside_the_complement_is_the_target(code, text, root, expected):
    result = code(text, date=DATE)
    assert _targets(result, root) == expected, _acts(result)


@pytest.mark.parametrize(("text", "root", "absent"), [
    # a crash is no deed: where it happened is the inquiry's place, not whom it is aimed at
    ("The Dutch Safety Board opened a probe into the crash in Ukraine.", "09", ("UKR",)),
    # the one asked to investigate is the target, not the ground
    ("Ghana urged the African Union to investigate the killings in Burkina Faso.", "02", ("BFA",)),
    # a gerund that is only a topic names no party
    ("Serbia and the European Union held talks on recognising Kosovo.", "04", ("XKX", "kosovo")),
    ("Britain and France held talks on sending troops to Ukraine.", "04", ("UKR",)),
    ("Chinese firms were barred from trading with Lithuania.", "1", ("LTU",)),
    # with no body complained to, "against" on the object is whom the condemned thing was done to, not whom the
    # condemnation is aimed at
    ("Jordan condemned the violence against Palestinian civilians on Sunday.", "11", ("PSE",)),
])
def test_into34_a_place_topic_or_victim_is_no_target(code, text, root, absent):
    result = code(text, date=DATE)
    assert not set(absent) & _targets(result, root), _acts(result)
