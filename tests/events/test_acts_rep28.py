"""One event per act (issue 11 §4, session 28, h-rep28): a participle of result of the same kind of force as its verb
names the force's victims, not another target ("attacked a Boko Haram camp ..., killing two Nigerian soldiers": one
attack; events/act_links.detail_of, asked once the rule of codes and sides has not joined it); victims of a third
country ("..., killing three Afghan civilians" in a fight of two others: test_acts_repeats.py), and another day or
place, stay apart.

Articles are synthetic, written in agency style for these tests."""


def test_acts_participle_of_the_same_force_naming_other_victims_is_one_act(code):
    result = code("ABUJA, March 4 (Reuters) - Chadian troops attacked a Boko Haram camp on an island in Lake Chad on "
                  "Tuesday, killing two Nigerian soldiers the group had been holding.", date="2026-03-04")
    told = [(e.cameo, [m.trigger.text for m in e.mentions]) for e in result.events]
    assert told == [("190", ["attacked", "killing"])]


def test_acts_two_strikes_on_two_days_stay_two_acts(code):
    result = code("KYIV, March 11 (Reuters) - Russian drones struck Odesa on Monday, killing three people, and Russian "
                  "missiles hit Kharkiv on Tuesday, Ukrainian officials said.", date="2026-03-11")
    assert sorted(e.trigger.text for e in result.events if e.cameo.startswith("19")) == ["hit", "struck"]

