"""A bare noun that names a kind of country ("the kingdom", "the sultanate", "the emirate": a kind row of
``data/actors/collectives.tsv``) points back to the latest country of that kind named before it
(``antecedents.country_nominal``, h-kingdom44). All sentences are invented, in agency style."""

from tests.conftest import actors_of


def test_the_kingdom_as_a_target_is_the_latest_kingdom_not_the_latest_country(code):
    # Jordan is a kingdom, Syria is not: the deliveries threatened are Jordan's
    result = code("AMMAN, April 8 (Reuters) - Jordan closed a border crossing with Syria on Tuesday. Syrian truckers "
                  "threatened to halt all deliveries to the kingdom unless it reopened.", date="2026-04-08")
    [threat] = [e for e in result.events if e.trigger.text.startswith("threatened")]
    assert actors_of(threat.target) & {"JOR"}
    assert not actors_of(threat.target) & {"SYR"}


def test_the_kingdom_as_a_doer_is_the_latest_kingdom(code):
    # Belarus, named last, is no kingdom: the doer is Sweden
    result = code("STOCKHOLM, March 16 (Reuters) - Sweden accused Belarus on Monday of pushing migrants towards the "
                  "Baltic states. The kingdom later expelled two Belarusian diplomats.", date="2026-03-16")
    [expulsion] = [e for e in result.events if e.trigger.text.startswith("expelled")]
    assert {p.country for p in expulsion.source} == {"SWE"}


def test_the_sultanate_is_a_sultanate_named_before(code):
    result = code("MUSCAT, Dec 1 (Reuters) - Oman hosted talks with Iran on Monday. India later offered to buy more "
                  "gas from the sultanate.", date="2026-12-01")
    [offer] = [e for e in result.events if e.trigger.text.startswith("offered")]
    assert {p.country for p in offer.target if p.actor is not None} == {"OMN"}


def test_the_kingdom_its_own_official_speaks_of_is_the_speakers(code):
    # passed before the rule too (by the speaker's country); guards the order: the search alone excludes the
    # speaker's country, the doer of the clause that holds the noun, and is still the kingdom it names
    result = code("RIYADH, Sept 14 (AP) — Saudi Foreign Minister Khalid al-Rashid said on Sunday the kingdom had "
                  "asked Iran to stop arming militias.", date="2026-09-14")
    [ask] = [e for e in result.events if e.trigger.text.startswith("asked")]
    assert {p.country for p in ask.source} == {"SAU"}


def test_his_kingdom_stays_its_owners(code):
    # a guard: a possessive still makes it its owner's, never the other country named
    result = code("AMMAN, Oct 6 (AP) — Jordan's King Abdullah met Syria's president on Monday and said his kingdom "
                  "would reopen the crossing.", date="2026-10-06")
    assert not any(p.country == "SYR" for e in result.events for p in e.source if "kingdom" in p.text)
