"""Resolved actors on the wrong side of an act (false dyads, session 15 round 2).

All sentences are synthetic, written in agency style for these tests."""


def _codes(result, words: str) -> set[str]:
    """The codes of the actors with a mention whose text holds ``words``."""
    return {a.code for a in result.actors for m in a.mentions if words in m.text}


def test_wire_the_taiwan_affairs_office_is_china_s_body(code):
    # synthetic: the office that speaks for Beijing on Taiwan is no Taiwanese body
    result = code("BEIJING, May 3 (Reuters) - China warned Taiwan on Monday against holding drills near its "
                  "coast.\n\nA Taiwan Affairs Office spokesman condemned the drills at a news conference.",
                  date="2025-05-03")
    assert _codes(result, "Taiwan Affairs Office") == {"CHNGOV"}


def test_wire_the_mainland_affairs_council_is_taiwan_s_body(code):
    # synthetic
    result = code("TAIPEI, May 3 (Reuters) - Taiwan's Mainland Affairs Council rejected Beijing's warning on "
                  "Monday.", date="2025-05-03")
    assert _codes(result, "Mainland Affairs Council") == {"TWNGOV"}


def test_wire_a_body_s_special_representative_named_in_apposition_acts_for_the_body(code):
    # synthetic: the title names the office, as "envoy" does
    result = code("PRISTINA, May 3 (Reuters) - Kosovo and Serbia traded accusations on Monday.\n\nThe European "
                  "Union's special representative, Johan Lindqvist, met both leaders on Tuesday.",
                  date="2025-05-03")
    [meeting] = [e for e in result.events if e.trigger.text == "met"]
    assert {p.code for p in meeting.source} == {"IGOEUREEC"} and "Johan Lindqvist" in meeting.source[0].text
    # the two leaders are Kosovo's and Serbia's (once they were Kosovo's and the representative himself:
    # "Serbia", a conjunct of the subject, weighed less than he did)
    assert {p.code for p in meeting.target} == {"KSVGOV", "SRBGOV"}


def test_wire_a_pacific_president_speaks_for_his_country(code):
    # synthetic: Palau's head of state was missing from people.jsonl, so "he" and "we" had no country
    result = code("KOROR, May 3 (Reuters) - Surangel Whipps Jr. accused Beijing on Monday of sending survey "
                  "ships into Palau's waters.", date="2025-05-03")
    assert "PLWGOV" in _codes(result, "Surangel Whipps")
