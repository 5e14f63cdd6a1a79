"""The party inside an act noun's complement (issue 11, session 34, h-into): an inquiry "into <deed> in <country>",
talks "on joining <body>" or "on restoring relations with <country>", a complaint "about <country>'s <deed>".

All sentences here are synthetic, written in agency style for the tests; none comes from a development set or
from a real article."""

DATE = "2026-03-03"


def _targets(result, root: str) -> set[str | None]:
    """The countries (or, for a body, the actor keys) of the targets of the events whose code starts with ``root``."""
    return {p.country or p.actor for e in result.events if e.cameo.startswith(root) for p in e.target if p.actor}


def _acts(result) -> list[tuple[str, list[str | None]]]:
    return [(e.cameo, [p.actor for p in e.target]) for e in result.events]


def test_inquiry_into_deeds_in_a_country_targets_that_country(code):
    # code_sides._inquired_ground: the ground of the deed (an act noun, a fate_noun, a misdeed_noun) it is into
    opened = code("The International Criminal Court on Tuesday opened an investigation into war crimes in Libya.",
                  date=DATE)
    assert _targets(opened, "09") == {"LBY"}, _acts(opened)
    abuses = code("The U.N. Human Rights Council launched an inquiry into abuses in Eritrea on Friday.", date=DATE)
    assert _targets(abuses, "09") == {"ERI"}, _acts(abuses)
    # an appeal or demand for an inquiry (an inquiry_noun in its trigger or object) is aimed there too
    demanded = code("Senegal demanded an inquiry into the killings in Guinea on Monday.", date=DATE)
    assert _targets(demanded, "10") == {"GIN"}, _acts(demanded)
    # where a death befell its victim is no one befallen (participants.befallen)
    death = code("Italy opened an inquiry into the death of an Italian aid worker in Niger.", date=DATE)
    assert _targets(death, "09") == {"NER"}, _acts(death)


def test_inquiry_names_no_one_on_its_own_ground_or_into_no_deed(code):
    own = code("Romania opened an investigation into the drone crash in eastern Romania.", date=DATE)
    assert _targets(own, "09") == set(), _acts(own)
    # a crash is no deed: where it happened is the inquiry's place, not whom it is aimed at
    crash = code("The Dutch Safety Board opened a probe into the crash in Ukraine.", date=DATE)
    assert "UKR" not in _targets(crash, "09"), _acts(crash)
    # a party named stays the target: the doer of the deed, the one asked
    doer = code("Mauritania demanded an inquiry into a drone strike by Malian forces on Tuesday.", date=DATE)
    assert _targets(doer, "10") == {"MLI"}, _acts(doer)
    asked = code("Ghana urged the African Union to investigate the killings in Burkina Faso.", date=DATE)
    assert "BFA" not in _targets(asked, "02"), _acts(asked)


def test_talks_on_joining_a_body_are_with_the_body(code):
    # participants._gerund_parties: a membership_verb gerund after an about_prep of the act's noun
    suspended = code("Georgia suspended talks on joining the European Union.", date=DATE)
    assert _targets(suspended, "16") == {"eu"}, _acts(suspended)
    opened = code("Bosnia opened talks on joining NATO on Thursday.", date=DATE)  # the parser hangs "on" on the verb
    assert _targets(opened, "04") == {"nato"}, _acts(opened)


def test_talks_on_restoring_relations_are_with_the_other_country(code):
    resumed = code("Bahrain suspended talks on restoring relations with Qatar.", date=DATE)
    assert _targets(resumed, "16") == {"QAT"}, _acts(resumed)


def test_gerund_that_is_only_a_topic_names_no_party(code):
    topic = code("Serbia and the European Union held talks on recognising Kosovo.", date=DATE)
    assert "XKX" not in _targets(topic, "04") and "kosovo" not in _targets(topic, "04"), _acts(topic)
    sent = code("Britain and France held talks on sending troops to Ukraine.", date=DATE)
    assert "UKR" not in _targets(sent, "04"), _acts(sent)
    barred = code("Chinese firms were barred from trading with Lithuania.", date=DATE)
    assert "LTU" not in _targets(barred, "1"), _acts(barred)


def test_complaint_about_anothers_deed_targets_its_doer(code):
    # participants.complained_of: with no party named but its doer's own, the party its about-phrase names
    complained = code("Latvia complained about Belarus's treatment of migrants on Monday.", date=DATE)
    assert _targets(complained, "11") == {"BLR"}, _acts(complained)
    filed = code("South Korea filed a complaint about Japan's export curbs.", date=DATE)
    assert _targets(filed, "11") == {"JPN"}, _acts(filed)


def test_complaint_names_no_victim_of_what_it_is_about(code):
    # with no body complained to, "against" on the object is whom the condemned thing was done to, not whom the
    # condemnation is aimed at
    violence = code("Jordan condemned the violence against Palestinian civilians on Sunday.", date=DATE)
    assert "PSE" not in _targets(violence, "11"), _acts(violence)
