"""A part of a state body owned in its own words by a body the resolver placed, as the speaker of its state's deed
(issue 11, session 48, h-side48): "Chilean marines detained a fishing crew, the navy's southern command said" is the
doer's own organ telling its deed, asserted with its attribution (eval/wire/README.md: the doer's side includes its
state organs; ``VouchRules._unit_of_the_doer``, the ``state_body`` and ``body_part`` cues of ``lexicon/cues.tsv``);
so is a bare prefecture of a state's police. Sentences written for the tests (invented, wire style)."""

from tests.conftest import events_of

DAY = "2026-04-07"


def test_army_command_speaks_for_its_troops_deed(code):
    text = ("LIMA, April 7 (Reuters) - Peruvian soldiers detained nine gold miners near the Ecuadorean border on "
            "Monday, the army's northern command said.")
    [detention] = events_of(code(text, date=DAY), "COERCE")
    assert detention.modality == "asserted"
    assert detention.attribution is not None and detention.attribution.text == "the army's northern command"


def test_army_division_speaks_for_its_troops_deed(code):
    # "division" a body_part cue
    text = ("ABUJA, April 7 (AFP) - Nigerian troops killed 15 bandits in Zamfara state on Sunday, the army's "
            "8th Division said.")
    [killing] = events_of(code(text, date=DAY), "ASSAULT")
    assert killing.modality == "asserted"
    assert killing.attribution is not None


def test_bare_prefecture_speaks_for_its_police(code):
    text = ("PARIS, April 7 (AFP) - Police arrested three men after a shooting in Marseille on Monday night, "
            "the prefecture said.")
    [arrest] = events_of(code(text, date=DAY), "COERCE")
    assert arrest.modality == "asserted"


def test_third_partys_office_keeps_the_deed_reported(code):
    # must not change: the office of a body of no state is someone else's account
    text = ("QUITO, April 7 (Reuters) - Ecuadorean soldiers detained 20 Colombian migrants near the border on "
            "Monday, the UN refugee agency's regional office said.")
    [detention] = events_of(code(text, date=DAY), "COERCE")
    assert detention.modality == "reported"


def test_another_states_army_unit_keeps_the_deed_reported(code):
    # must not change: a unit of a third state's army is not the doer's side
    text = ("LIMA, April 7 (Reuters) - Peruvian soldiers detained nine gold miners near the border on Monday, "
            "Brazil's army's western command said.")
    [detention] = events_of(code(text, date=DAY), "COERCE")
    assert detention.modality == "reported"


def test_head_of_the_doers_agency_speaks_for_its_deed(code):
    # "director" a body_part cue, "its" resolved to the agency
    text = ("KUALA LUMPUR, April 7 (Bernama) -- The Malaysian Maritime Enforcement Agency detained a Thai trawler "
            "and its 12 crew off Kelantan on Monday, its Kelantan director said.")
    detentions = [e for e in code(text, date=DAY).events if e.trigger.text.startswith("detained")]
    assert detentions and all(e.modality == "asserted" for e in detentions)
