"""Titles and juntas that land on the wrong state (session 23, h-titles23; issue 11): a title held in a body the
knowledge base lacks ("ZCTU president X": an acronym, or a name the NER reads as an organisation, before the title)
is that body's officer, never the dateline state's government; "the junta", "junta aircraft" are the military
government the knowledge base has of a country the text names (Myanmar's), not the dateline's nor a rebel
speaker's.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest


@pytest.mark.parametrize("text", [
    "HARARE, May 5 (AFP) - ZCTU president Florence Taruvinga accused the government on Monday of ignoring "
    "the pay claims of nurses.",
    "NOUMEA, May 5 (AFP) - FLNKS president Christian Tein accused Paris on Monday of forcing through the new "
    "electoral roll.",
    "BOGOTA, May 5 (Reuters) - FECODE president Martha Alfonso accused the government on Monday of breaking its "
    "promise to teachers.",
])
def test_title_of_an_unknown_body_is_no_government(code, text):
    result = code(text, date="2026-05-05")
    [accusation] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert not [p for p in accusation.source if p.code and p.code.endswith("GOV")], accusation.source


def test_title_of_a_known_ministry_keeps_its_government(code):
    result = code("KABUL, May 5 (Reuters) - Defence Minister Mohammad Yaqoob accused Pakistan on Monday of "
                  "shelling border villages.", date="2026-05-05")
    [accusation] = [e for e in result.events if e.trigger.text.startswith("accused")]
    assert [p.country for p in accusation.source] == ["AFG"], accusation.source


@pytest.mark.parametrize("text", [
    "CHIANG MAI, May 5 (Reuters) - The Kachin Independence Army said on Monday that junta aircraft had bombed a "
    "village near Bhamo.",
    "BANGKOK, May 5 (AFP) - Myanmar's military government accused the Arakan Army on Monday of shelling a police "
    "post. The junta said it had arrested 20 fighters in Sittwe.",
])
def test_junta_is_the_military_government_of_the_country_named(code, text):
    result = code(text, date="2026-05-05")
    [act] = [e for e in result.events if e.trigger.text.startswith(("bombed", "arrested"))]
    assert [p.country for p in act.source] == ["MMR"], act.source


@pytest.mark.parametrize("text, country", [
    ("MAPUTO, May 5 (Lusa) - Former Mozambican president Joaquim Chissano urged Malawi on Monday to reopen "
     "talks on the lake border.", "MOZ"),
    ("NAIROBI, May 5 (Reuters) - The former Kenyan justice minister, Martha Karua, accused Tanzania on Monday of "
     "torturing activists.", "KEN"),
])
def test_former_officeholder_is_no_government(code, text, country):
    # a former officeholder is not the government (CODING-GUIDE 2): the country's elite (ELI), as a known person
    # out of office is
    result = code(text, date="2026-05-05")
    [act] = [e for e in result.events if e.trigger.text.startswith(("urged", "accused"))]
    assert [(p.country, p.sector) for p in act.source] == [(country, "ELI")], act.source
