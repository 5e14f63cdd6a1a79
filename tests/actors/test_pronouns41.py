"""Pronouns in wire copy, session 41 (actors/pronouns.py: ``_spoken_title``, ``_private_person_before``,
``_repeated_reaction``, ``_reported_state``; events/article_sides.py): "he" after an unnamed office holder who spoke,
with a capital named between; "him" after a private suspect; "it" as the object of a reaction repeated after
another's reaction to an act; "it" in what a spokesperson adds after saying what a state would do.

All sentences are synthetic, written in agency style for these tests."""

from __future__ import annotations


def _events(result, trigger: str):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def _pronoun_codes(result, word: str, after: str) -> set[str | None]:
    """The codes of the actors with a ``word`` mention after the first ``after`` of the text."""
    start = result.text.index(after)
    return {a.code for a in result.actors for m in a.mentions if m.start > start and m.text == word}


def test_he_after_a_titled_speaker_is_the_speaker_not_a_capital_between(code):
    # synthetic: the minister is named by title only; Harare, named between, is no person
    result = code("LUSAKA, March 4 (Reuters) - Zambia demanded an explanation from Zimbabwe on Tuesday after 14 "
                  "Zambian traders were detained. In Lusaka, Zambia's foreign minister told reporters his government "
                  "had pressed Harare for an explanation. He also accused Zimbabwean police of beating two of the "
                  "traders.",
                  date="2026-03-04")
    [accused] = _events(result, "accused")
    assert {p.country for p in accused.source if p.code} == {"ZMB"}


def test_he_is_still_a_named_person_who_spoke_after_the_title(code):
    # synthetic: the rule must keep the plain case, a person named after the title
    result = code("NAIROBI, March 4 (Reuters) - Kenya's foreign minister said on Monday the border would reopen. "
                  "President William Ruto told parliament that trade had suffered. He urged Somalia to reopen its "
                  "markets.", date="2026-03-04")
    [urged] = _events(result, "urged")
    assert [p.code for p in urged.source] and all(p.code != "KENGOV" or p.actor for p in urged.source)
    assert any("ruto" in (p.actor or "") for p in urged.source)


def test_him_after_a_private_suspect_is_not_the_official_who_spoke(code):
    # synthetic: the worker is the one charged, not the minister who announced the arrest
    result = code("TALLINN, March 4 (AP) - Estonian police arrested a port worker on suspicion of passing ship "
                  "schedules to a foreign service, Interior Minister Igor Taro said. Prosecutors have charged him "
                  "with treason.", date="2026-03-04")
    assert _pronoun_codes(result, "him", "Prosecutors") <= {None}
    [charged] = _events(result, "charged")
    assert not any(p.code for p in charged.target)


def test_a_modifier_is_no_suspect(code):
    # synthetic: "student-led" names no person; "her" is the leader named before
    result = code("DHAKA, March 4 (Reuters) - Sheikh Hasina, the former prime minister, lost power after a "
                  "student-led revolt in 2024 and now lives in India, which has refused to hand her over.",
                  date="2026-03-04")
    assert _pronoun_codes(result, "her", "refused") - {None}


def test_it_after_a_repeated_welcome_is_the_act_welcomed(code):
    # synthetic: "it" is the agreement, whose parties are the target, not India, the last actor named
    result = code("KATHMANDU, March 4 (PTI) - Nepal and Bhutan agreed on Tuesday to reopen talks on the return of "
                  "refugees. India welcomed the agreement. The United Nations also welcomed it.", date="2026-03-04")
    [welcome] = [e for e in _events(result, "welcomed") if "United Nations" in e.sentence.text]
    assert {p.country for p in welcome.target if p.code} == {"NPL", "BTN"}


def test_it_after_a_repeated_praise_of_a_decision_is_not_the_first_praise(code):
    # synthetic: "the decision" is the agreement, not Kenya's praise of it
    result = code("ADDIS ABABA, March 4 (Reuters) - Ethiopia and Eritrea agreed on Sunday to reopen two border "
                  "crossings. Kenya praised the decision. The African Union also praised it.", date="2026-03-04")
    [praise] = [e for e in _events(result, "praised") if "African Union" in e.sentence.text]
    assert "KEN" not in {p.country for p in praise.target}


def test_it_after_a_repeated_verb_done_to_an_actor_is_left_to_the_general_rules(code):
    # synthetic: the first object is a state, not an act: "it" still stands for an actor (the general rules')
    result = code("MOSCOW, March 4 (Reuters) - Russia criticised Georgia on Monday for closing a border crossing. "
                  "Armenia also criticised it.", date="2026-03-04")
    assert _pronoun_codes(result, "it", "Armenia") - {None}


def test_it_added_by_a_spokeswoman_is_the_state_she_named(code):
    # synthetic: the dateline is the other side's capital; "it" is Botswana, not Zimbabwe
    result = code("HARARE, March 4 (Reuters) - Zimbabwe demanded an inquiry into the killing of three herders. A "
                  "government spokeswoman said the soldiers had acted lawfully and that Botswana would not "
                  "apologise, but added that it would hand its own findings to Harare.", date="2026-03-04")
    assert {(c or "")[:3] for c in _pronoun_codes(result, "it", "added")} == {"BWA"}


def test_it_said_by_a_body_is_still_the_body(code):
    # synthetic: a ministry is no person: "it" is the ministry, not the state named in its first clause
    result = code("HARARE, March 4 (Reuters) - Zimbabwe's foreign ministry said the soldiers had acted unlawfully "
                  "and that Botswana should apologise, and added that it would summon Botswana's envoy.",
                  date="2026-03-04")
    assert {(c or "")[:3] for c in _pronoun_codes(result, "it", "added")} == {"ZWE"}
