"""One event per act (issue 11, item 4), session 26 (h-repeats26): an act of force told by an event noun and what it
did. A relative clause ("that"/"which") on a noun inside the event noun's phrase says what the act did, wherever the
parser hangs it ("a drone strike on a camp near the border that killed seven people": on "border"); a verb of force
whose subject is the event noun names the act's parties as its own doers ("an Afghan Taliban attack on a Pakistani
border post killed three soldiers": the Taliban and Pakistan), and they are no other doers. Look-alikes stay apart:
a relative clause on a verb's object (the object's own deed), and one whose doer is another known actor. Every
article here is synthetic, written for the test in wire style."""

from __future__ import annotations


def _force(result):
    return [e for e in result.events if e.quad_class == 4]


def test_acts_relative_clause_inside_an_attack_phrase_is_its_toll(code):
    result = code("JUBA, Sept 9 (Wire) - South Sudan summoned Uganda's ambassador on Tuesday over a Ugandan army "
                  "helicopter strike on a cattle camp near the town of Kajo Keji that killed eight herders on Sunday.",
                  date="2025-09-09")
    [strike] = _force(result)
    assert {m.trigger.text for m in strike.mentions} >= {"strike", "killed"}


def test_acts_which_clause_on_a_raid_phrase_is_its_toll(code):
    result = code("TRIPOLI, Sept 9 (Wire) - Libya's unity government protested to Egypt on Tuesday over an Egyptian "
                  "air raid on a militia base outside the town of Derna, which killed five people on Saturday.",
                  date="2025-09-09")
    [raid] = _force(result)
    assert {m.trigger.text for m in raid.mentions} >= {"raid", "killed"}


def test_acts_attack_noun_subject_names_its_parties_not_other_doers(code):
    result = code("ISLAMABAD, Sept 9 (Wire) - Pakistan protested to Kabul on Tuesday after an Afghan Taliban "
                  "assault on a Pakistani checkpoint killed four soldiers.", date="2025-09-09")
    [attack] = _force(result)
    assert len(attack.mentions) == 2
    assert {p.actor for p in attack.source} == {"taliban"}


def test_acts_relative_clause_on_a_verbs_object_is_another_act(code):
    result = code("NAIROBI, Sept 9 (Wire) - Kenyan jets bombed a camp of al Shabaab fighters that killed three "
                  "Kenyan police officers in an ambush on Friday, the military said on Tuesday.", date="2025-09-09")
    assert not any({m.trigger.text for m in e.mentions} >= {"bombed", "killed"} for e in _force(result))


def test_acts_relative_clause_by_another_known_doer_stays_apart(code):
    result = code("ADEN, Sept 9 (Wire) - The Houthis condemned a Saudi air strike on a Houthi base near Saada that "
                  "Saudi officials said had followed a Houthi drone attack which killed two Saudi border guards.",
                  date="2025-09-09")
    assert not any({m.trigger.text for m in e.mentions} >= {"strike", "killed"} for e in _force(result))
