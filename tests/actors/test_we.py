""""We" and "our" in a quote whose speaker is a known official stand for the speaker's government
(their role's code, ISO3 + sector), not the bare country (actors/resolve.py ``ActorFinder.voice_of``).

All articles are synthetic, written in agency style for these tests."""

from tests.conftest import events_of


def _first_person_codes(result) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for actor in result.actors:
        for mention in actor.mentions:
            if mention.text.lower() in ("we", "our"):
                out.setdefault(mention.text.lower(), set()).add(actor.code)
    return out


def test_we_of_a_foreign_minister_is_his_government(code):
    result = code("BEIJING, March 4 (Reuters) - “We will not accept this interference,” Foreign Minister "
                  "Wang Yi said on Tuesday, after Japan sent a destroyer through the Taiwan Strait.",
                  date="2025-03-04")
    [refusal] = [e for e in events_of(result, "REJECT") if e.trigger.text.startswith("accept")]
    assert {p.code for p in refusal.source} == {"CHNGOV"}
    assert _first_person_codes(result) == {"we": {"CHNGOV"}}


def test_we_and_our_of_a_prime_minister_are_the_government(code):
    result = code("TOKYO, Nov 20 (Reuters) - “We strongly protest China’s actions in our waters,” Japanese "
                  "Prime Minister Sanae Takaichi told reporters on Thursday.", date="2025-11-20")
    [protest] = events_of(result, "ACCUSE")
    assert {p.code for p in protest.source} == {"JPNGOV"}
    assert _first_person_codes(result) == {"we": {"JPNGOV"}, "our": {"JPNGOV"}}


def test_we_of_an_organisation_head_is_the_organisation(code):
    result = code("NEW YORK, March 4 (Reuters) - “We urge both parties to return to talks,” U.N. "
                  "Secretary-General Antonio Guterres said on Tuesday.", date="2025-03-04")
    assert _first_person_codes(result) == {"we": {"IGOUNO"}}


def test_we_of_a_country_speaking_is_the_country(code):
    result = code("KYIV, March 4 (Reuters) - “We condemn this attack,” Ukraine said in a statement on "
                  "Tuesday.", date="2025-03-04")
    assert _first_person_codes(result) == {"we": {"UKR"}}
