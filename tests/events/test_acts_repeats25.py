"""One event per act (issue 11, item 4), session 25 (h-repeats25): a protest restated by the note handed with it,
by the minister who handed it ("handed a protest note to the ambassador": the note is the pattern's own noun, not
what the protest is about) or in someone's account with no doer phrase ("the envoy had been handed a protest
note"); an appeal said again with less, by its root's general code ("asked the council to hold a meeting" /
"urged the council to act"). Look-alikes stay apart: a note to another state, a note on another date, an
objection after a summons. Every article here is synthetic, written for the test in wire style."""

from __future__ import annotations


def _protests(result):
    return [e for e in result.events if e.cameo == "114"]


# -- the note handed with a protest --------------------------------------------------------------
def test_acts_protest_and_the_note_the_minister_handed_are_one_act(code):
    result = code("RIGA, Sept 8 (Wire) - Latvia lodged a formal protest with Russia on Monday over the detention of "
                  "a Latvian journalist in Pskov.\n\nForeign Minister Baiba Braze handed a protest note to Russia's "
                  "charge d'affaires in Riga, the ministry said.", date="2025-09-08")
    [protest] = _protests(result)
    assert len(protest.mentions) == 2


def test_acts_summons_and_a_doerless_note_in_an_account_are_one_act(code):
    result = code("HANOI, Sept 8 (Wire) - Vietnam summoned China's ambassador on Monday after Chinese coast guard "
                  "officers boarded a Vietnamese fishing boat near the Paracel Islands.\n\nThe crew were beaten and "
                  "their catch was taken, the fishermen's association said. It was the second such incident this "
                  "month.\n\nA foreign ministry spokeswoman told reporters that China's ambassador had been handed a "
                  "protest note.", date="2025-09-08")
    [protest] = _protests(result)
    assert len(protest.mentions) == 2


def test_acts_note_to_another_state_stays_apart(code):
    result = code("VILNIUS, Sept 8 (Wire) - Lithuania summoned Russia's charge d'affaires on Monday over a drone that "
                  "fell near Vilnius.\n\nNobody was hurt, police said. Experts are examining the wreckage.\n\nOn "
                  "Tuesday the ministry handed a protest note to Belarus's charge d'affaires over a second drone.",
                  date="2025-09-08")
    protests = _protests(result)
    assert len(protests) == 2 and all(len(e.mentions) == 1 for e in protests)


def test_acts_doerless_note_of_another_month_stays_apart(code):
    result = code("TALLINN, Sept 8 (Wire) - Estonia summoned Russia's charge d'affaires on Monday after a Russian "
                  "helicopter crossed into Estonian airspace.\n\nThe helicopter left after a minute, the military "
                  "said. Border guards filed a report.\n\nIn May, a Russian diplomat was handed a protest note over "
                  "a similar incident.", date="2025-09-08")
    assert all(len(e.mentions) == 1 for e in _protests(result))


# -- an appeal said again with less ----------------------------------------------------------------
def test_acts_appeal_restated_by_the_general_code_is_one_act(code):
    result = code("NEW YORK, Sept 8 (Wire) - Somalia asked the U.N. Security Council on Monday to hold an emergency "
                  "meeting on Ethiopian troop movements near its border.\n\nThe two countries have been at odds for "
                  "two years. Thousands of troops are deployed on both sides.\n\nIn a letter to the council, Somalia's "
                  "ambassador urged the Security Council to act without delay.", date="2025-09-08")
    appeals = [e for e in result.events if e.cameo.startswith("02")]
    assert len(appeals) == 1 and len(appeals[0].mentions) == 2


def test_acts_objection_after_a_summons_stays_apart(code):
    result = code("DHAKA, Sept 8 (Wire) - Bangladesh summoned India's envoy on Monday after Indian border guards shot "
                  "dead a Bangladeshi farmer near the frontier.\n\nThe farmer was 32, his family said. Villagers "
                  "blocked a road for hours.\n\nDhaka has objected to India's plans to fence the river bank.",
                  date="2025-09-08")
    assert all(len(e.mentions) == 1 for e in result.events if e.cameo.startswith("11"))
