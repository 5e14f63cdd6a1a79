"""A court is where a complaint or lawsuit is brought, not whom it is against (session 24, h-venue24; issue 11).

"Sued Croatia at the EU Court of Justice" targets Croatia, "a new lawsuit at the International Court of Justice"
and "could take the case to the ICJ" no one (``ParticipantRules.at_court``, ``court_noun`` and ``venue_prep`` in
words.tsv), also when the lawsuit is what an agreement is about; nor is such a court the other party of the story
(``context._venue``). A court addressed ("urged the ICJ to rule") is still the target. A body of the speaker's
organisation acted on ("the EU's foreign service", EU spokesperson) is the speaker's side (``vouching``).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest


def _event(result, trigger):
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return event


@pytest.mark.parametrize("text, trigger, targets", [
    ("LJUBLJANA, May 12 (Reuters) - Slovenia sued Croatia at the EU Court of Justice on Tuesday over the bay.",
     "sued", ["HRV"]),
    ("VILNIUS, May 12 (Reuters) - Lithuania filed a lawsuit against Belarus with the European Court of Human Rights "
     "on Wednesday.", "filed", ["BLR"]),
    ("SAN JOSE, May 12 (EFE) - Costa Rican officials did not rule out a new lawsuit at the International Court of "
     "Justice.", "lawsuit", []),
    ("QUITO, May 12 (AFP) - Foreign Minister Gabriela Sommerfeld said Quito could take the case to the "
     "International Court of Justice.", "take", []),
    ("TIRANA, May 12 (dpa) - Greece and Albania signed an agreement on Thursday to take their dispute over the "
     "sea border to the International Court of Justice.", "signed", []),
])
def test_court_is_the_venue_of_a_lawsuit(code, text, trigger, targets):
    event = _event(code(text, date="2026-05-12"), trigger)
    assert [p.country for p in event.target if p.actor] == targets, event.target


def test_court_named_in_a_story_of_lawsuits_is_no_party_of_it(code):
    # the court is named more than any other party: still no other party of the story for a lawsuit with no target
    result = code("THE HAGUE, May 12 (Reuters) - Honduras said on Monday it would take the case to the International "
                  "Court of Justice. Tegucigalpa filed a complaint with the International Court of Justice last "
                  "year. Its foreign minister said the International Court of Justice would hear the case.",
                  date="2026-05-12")
    for trigger in ("take", "filed"):
        event = _event(result, trigger)
        assert not [p for p in event.target if p.actor == "icj"], (trigger, event.target)


def test_court_addressed_is_still_the_target(code):
    event = _event(code("BANJUL, May 12 (AFP) - The Gambia urged the International Court of Justice on Friday to rule "
                        "quickly on its case.", date="2026-05-12"), "urged")
    assert [p.actor for p in event.target] == ["icj"]


def test_body_of_the_speakers_organisation_acted_on_is_the_speakers_side(code):
    # the EU's foreign service (the EEAS) is the EU's: its spokesperson vouches for the act done to it
    event = _event(code("BRUSSELS, Dec 29 (Reuters) - Chinese hackers targeted the EU's foreign service, EU "
                        "spokesperson Anitta Hipper said.", date="2026-12-29"), "targeted")
    assert [p.actor for p in event.target] == ["eeas"]
    assert event.modality == "asserted"
