"""Short names an article defines for itself (actors/acronyms.py, session 50, h-pron50); a demonym the parser hangs
on the plain noun before a state body's noun ("the Czech industry ministry") names that body's owner
(doc_resolver._through_modifier).

All sentences are synthetic, written in agency style for these tests about real states with invented facts; the
model parses them (how the parser hangs a short form, an apposition or a modifier, is part of what the rule reads)."""

from __future__ import annotations

from tests.conftest import events_with_trigger

from detente.actors.acronyms import short_form


def _sources(result, trigger: str) -> list[str | None]:
    return [p.actor for e in events_with_trigger(result, trigger) for p in e.source]


def test_acronyms_short_form_reads_capitals_and_digits():
    assert short_form("TPDF") and short_form("SPF2") and short_form("R&AW")
    assert not any(short_form(word) for word in ("G5", "It", "A", "Bakamla", "LONGERTHAN8"))


def test_acronyms_short_form_alone_is_the_name_it_was_defined_after(code):
    result = code("HARARE, Sept 9 (AFP) - The Zimbabwe Republic Police (ZRP) detained 11 Mozambican traders at a "
                  "border post on Monday. The ZRP accused Mozambique of letting smugglers cross unchecked.",
                  date="2026-09-09")
    assert _sources(result, "accused") == ["ZWECOP"]


def test_acronyms_short_form_on_a_noun_is_the_body_it_names(code):
    result = code("ACCRA, Aug 19 (AFP) - The Ghana Immigration Service (GIS) arrested 60 Nigerian traders at a border "
                  "post on Monday. Nigeria's foreign ministry accused GIS officers of seizing their goods.",
                  date="2026-08-19")
    targets = [p.actor for e in events_with_trigger(result, "accused") for p in e.target]
    assert targets and all(t is not None and t.startswith("GHA") for t in targets)


def test_acronyms_short_form_never_defined_before_is_no_one(code):
    result = code("HARARE, Sept 9 (AFP) - The ZRP accused Mozambique of letting smugglers cross unchecked. The "
                  "Zimbabwe Republic Police (ZRP) detained 11 Mozambican traders on Monday.", date="2026-09-09")
    assert _sources(result, "accused") in ([], [None])


def test_acronyms_demonym_on_the_plain_noun_before_a_ministry_names_its_owner(code):
    # the parser may hang "Czech" on "industry", not on "ministry": the ministry is still the Czech one, not the
    # Austrian ministry named before (doc_resolver._through_modifier, session 50)
    result = code("VIENNA, March 4 (dpa) - Austria filed a complaint on Wednesday, the environment ministry in Vienna "
                  "said. The Czech industry ministry accused Austria of hypocrisy.", date="2026-03-04")
    assert _sources(result, "accused") == ["CZEGOV"]

