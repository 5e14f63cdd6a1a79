"""A state body the knowledge base does not know, whose own words name its country, as the speaker of its state's
deed (issue 11, session 42, h-asserted42): "Norwegian coast guards detained a trawler, the Norwegian Joint
Headquarters said" is the doer's own organ telling its deed, asserted with its attribution (eval/wire/README.md,
``VouchRules._country_body_of_the_doer``; the body nouns are the ``state_body`` cues of ``lexicon/cues.tsv``). A
leader's press office ("media division", "communications unit") is a state organ in ``actors/sectors.tsv``.
Sentences written for the tests (invented, wire style)."""

from tests.conftest import events_of

DAY = "2026-03-04"


def test_country_adjective_command_speaks_for_its_forces_deed(code):
    text = ("BANGKOK, March 4 (Reuters) - Thai troops detained six Cambodian loggers near the border on Tuesday, "
            "the Thai Eastern Command said.")
    [detention] = events_of(code(text, date=DAY), "COERCE")
    assert detention.modality == "asserted"
    assert detention.attribution is not None and detention.attribution.text == "the Thai Eastern Command"


def test_bare_committee_speaks_for_its_states_deed(code):
    # a bare state body (``VouchRules._body_of_the_doer``) of the doers' one state, "committee" a state_body cue
    text = ("ASTANA, March 4 (AFP) - Kazakhstan closed its border crossings with Kyrgyzstan to trucks on Tuesday, "
            "the State Revenue Committee said.")
    [closure] = events_of(code(text, date=DAY), "COERCE")
    assert closure.modality == "asserted"


def test_another_countrys_command_keeps_the_deed_reported(code):
    # must not change: a body naming a third country is someone else's account
    text = ("NAIROBI, March 4 (AFP) - Ethiopian troops detained six Eritrean herders near Badme on Tuesday, "
            "the Kenyan Northern Command said.")
    [detention] = events_of(code(text, date=DAY), "COERCE")
    assert detention.modality == "reported"


def test_a_countrys_non_state_body_keeps_the_deed_reported(code):
    # must not change: an association is no state body, even when named after the doer's country
    text = ("OSLO, March 4 (Reuters) - Norwegian coast guards detained a Russian trawler on Tuesday, "
            "the Norwegian Fishermen's Association said.")
    [detention] = events_of(code(text, date=DAY), "COERCE")
    assert detention.modality == "reported"


def test_media_division_is_its_leaders_press_office(code):
    text = ("COLOMBO, March 4 (PTI) Sri Lanka and India signed an agreement on Tuesday to build a ferry terminal "
            "in Jaffna, the President's Media Division said.")
    [signing] = [e for e in code(text, date=DAY).events if e.trigger.text.startswith("signed")]
    assert signing.modality == "asserted"
