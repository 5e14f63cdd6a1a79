"""The doer of a word act the parser joined to the reported clause: "X said the ship had entered its
waters and summoned the ambassador" is X's summons, not the ship's (events/participants.py,
``_said_and_did``). The conjunct has no subject of its own and a tense the reported verb cannot share with
it; only appeals, demands, accusations and threats go to the speaker ("said the troops had crossed the
border and fired": the troops fired).

Sentences are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_said_and_did_a_summons_after_a_perfect_is_the_speaker_s(code):
    result = code("LIMA, June 3 (Reuters) - Lima said the ship had entered its waters without permission and "
                  "summoned the Chilean ambassador.", date="2025-06-03")
    assert [p.code for p in event_on(result, "summoned").source] == ["PERGOV"]


def test_said_and_did_a_demand_after_a_present_tense_relative_clause_is_the_speaker_s(code):
    result = code("HANOI, June 3 (Reuters) - Vietnam said the boats had been fishing in waters where the two "
                  "countries' zones overlap and demanded that Manila release the crew.", date="2025-06-03")
    assert [p.actor for p in event_on(result, "demanded").source] == ["VNM"]


def test_said_and_did_an_accusation_after_a_passive_is_the_speaker_s(code):
    result = code("BELGRADE, June 3 (Reuters) - Serbia's foreign minister said the Croatian diplomat had been "
                  "expelled in line with reciprocity and accused Zagreb of staging a campaign.", date="2025-06-03")
    assert [p.code for p in event_on(result, "accused").source] == ["SRBGOV"]


def test_said_and_did_a_material_act_sharing_the_perfect_stays_with_the_reported_subject(code):
    result = code("QUITO, June 3 (Reuters) - Ecuador said Peruvian troops had crossed the border and fired at a "
                  "patrol.", date="2025-06-03")
    assert [p.code for p in event_on(result, "fired").source] == ["PERMIL"]
