"""A definite singular private person noun ("the man", "the 47-year-old man", "the woman") names again the one
private person the text described by nationality in its sentence or the two before ("a Ruritanian national", "a
Chinese businessman"): that country's citizen, whom a later "him" is too, so that a court ordering him held has
him as its target (PersonRules._described_again). Before, "the man" named nobody and "him" took it up: the
court's act lost its target. Not for a subject. Session 60,
h-tgt60b.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import event_on


def test_described_again_the_man_is_the_national_described_before(code):
    text = ("OSLO, March 3 (Reuters) - Norway summoned Russia's ambassador on Tuesday after police arrested a "
            "Russian national suspected of spying on exiles living in the country, the foreign ministry said.\n\n"
            "The envoy was told at the ministry that such surveillance was unacceptable, the ministry said.\n\n"
            "The 52-year-old man was arrested at his home in Bergen on Saturday, police said. A court ordered him "
            "held in custody for four weeks on Sunday.")
    event = event_on(code(text, date="2026-03-03"), "ordered him held")
    assert {p.country for p in event.target} == {"RUS"}

