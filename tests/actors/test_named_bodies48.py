"""Bodies the knowledge base does not know, named by their text (actors/named_bodies.py, session 48): a body noun
("lobby", "party", "union", "group", "association") with a name on it no entry has is an actor of its own, named by
that name, so that a side named so matches it; a body noun with no name, generic party words alone, and a name on
another noun ("the Zora party leader") are not.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest


def _doer(code, text, trigger):
    result = code(text, date="2026-05-05")
    names = {a.id: a.name for a in result.actors}
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return [(p.actor, names.get(p.actor), p.country) for p in event.source]


@pytest.mark.parametrize("text, trigger, name", [
    ("ACCRA, May 5 (Reuters) - The cocoa lobby Kakao Pa accused Ivory Coast on Monday of smuggling beans.", "accused",
     "Kakao Pa"),
    ("TIRANA, May 5 (AP) - The nationalist Zora party accused Greece on Monday of harassing Albanian workers.",
     "accused", "Zora"),
    ("OTTAWA, May 5 (Reuters) - The United Autoworkers union welcomed the tariff deal with Mexico on Monday.",
     "welcomed", "United Autoworkers"),
    ("LOME, May 5 (AFP) - The opposition Green Unity Party accused Ghana on Monday of sheltering dissidents.",
     "accused", "Green Unity Party"),
    ("NDJAMENA, May 5 (AFP) - The Herders' Association of Chad urged Niger on Monday to reopen the border.", "urged",
     "Herders' Association of Chad"),
])
def test_named_body_is_an_actor_named_by_its_text(code, text, trigger, name):
    doers = _doer(code, text, trigger)
    assert [n for _, n, _ in doers] == [name], doers
    assert all(actor.startswith("body:") for actor, _, _ in doers), doers


def test_country_inside_the_name_is_the_bodys(code):
    # "of Chad" inside the name gives the body its country
    doers = _doer(code, "NDJAMENA, May 5 (AFP) - The Herders' Association of Chad urged Niger on Monday to reopen "
                        "the border.", "urged")
    assert [(n, c) for _, n, c in doers] == [("Herders' Association of Chad", "TCD")], doers


@pytest.mark.parametrize("text, trigger", [
    ("KAMPALA, May 5 (Reuters) - A poultry lobby group urged Kenya on Monday to lift its ban on eggs.", "urged"),
    ("SOFIA, May 5 (AP) - The Socialist party accused Turkey on Monday of meddling in the vote.", "accused"),
])
def test_no_name_no_body(code, text, trigger):
    doers = _doer(code, text, trigger)
    assert not any(actor and actor.startswith("body:") for actor, _, _ in doers), doers


def test_name_on_another_noun_is_left_to_the_title(code):
    result = code("HANOI, May 5 (Reuters) - Marcos held talks on Monday with Communist Party chief To Lam.",
                  date="2026-05-05")
    assert not any(a.id.startswith("body:") for a in result.actors), [a.id for a in result.actors]

