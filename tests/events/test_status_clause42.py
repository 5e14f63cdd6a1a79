"""Modality and history that stay in their own clause (session 42, h-mod42). All sentences are synthetic.

- an act dated to come is never background, whatever tense tells it (``HistoryRules.historical``);
- a past perfect in a relative clause set off by a comma on an actor, its clause dating nothing, is the actor's
  record (``HistoryRules._record_in_past_perfect``), while the main clause keeps the news;
- an act joined "in response" or "in return" to background its sentence dates is background too (the ``sequel``
  cues of ``cues.tsv``, ``HistoryRules._sequel_on``);
- what was agreed, told in a that-clause with its own "would" or "will", is the act agreed on: intended, with a
  time to come or not (``StatusJudge._agreed_in_the_future``; the audit of session 59 settled the gold on it, where
  session 42 had made it future);
- a "whether" that opens an embedded question sets no condition on a reported "would"
  (``StatusJudge._sentence_has_condition``).
"""

from __future__ import annotations


def _on(result, start: str):
    return [e for e in result.events if e.trigger.text.startswith(start)]


def test_meeting_agreed_for_next_week_in_the_past_perfect_is_not_background(code):
    result = code("The two ministers had agreed to meet again in Geneva next week, a spokesman said.",
                  date="2026-03-18")
    meetings = [e for e in result.events if "meet" in e.trigger.text]
    assert meetings and all(not e.historical for e in meetings)


def test_that_clause_of_an_agreement_with_would_is_the_act_agreed_on(code):
    # an act agreed on is intended even with a time to come (eval/wire/README.md, audit of session 59)
    result = code("Ruto said both presidents had agreed their foreign ministers would meet in Nairobi next week.",
                  date="2026-02-11")
    meetings = [e for e in result.events if "meet" in e.trigger.text]
    assert meetings and all(e.modality == "intended" and not e.historical for e in meetings)


def test_that_clause_of_an_agreement_with_a_month_to_come_is_intended(code):
    result = code("The two leaders agreed that their trade commission would meet in Tunis in May.",
                  date="2026-03-04")
    meetings = [e for e in result.events if "meet" in e.trigger.text]
    assert meetings and all(e.modality == "intended" for e in meetings)


def test_agreement_to_meet_with_an_infinitive_stays_intended(code):
    # must not change: "agreed to meet" (an infinitive, no "would") keeps the intention of the agreeing parties
    result = code("Kuwait and Iraq agreed on Monday to hold a meeting of their border committee next month.",
                  date="2026-02-10")
    [meeting] = [e for e in result.events if "hold" in e.trigger.text or "meeting" in e.trigger.text]
    assert meeting.modality == "intended"


def test_past_perfect_in_a_relative_clause_on_the_actor_is_its_record(code):
    result = code("Poland, which had backed the tariffs on Russian grain, urged the Commission on Thursday to hold "
                  "firm.", date="2026-04-10")
    [backing] = _on(result, "backed")
    [urging] = _on(result, "urged")
    assert backing.historical
    assert not urging.historical


def test_saying_in_a_relative_clause_in_the_past_perfect_is_not_made_a_record(code):
    # must not change: "which had said ..." relays the week's news as often as a record; the veto stays a possibility
    result = code("Hungary, which had said it might veto the package, signed the agreement on Monday.",
                  date="2026-04-10")
    assert all(not e.historical for e in result.events)


def test_relative_past_perfect_dated_this_week_is_news(code):
    # must not change: a date of its own in the clause decides (the week's news)
    result = code("Hamas, which had seized the crossing on Tuesday, said on Wednesday it would hand it over.",
                  date="2026-04-09")
    seizures = _on(result, "seized")
    assert seizures and all(not e.historical for e in seizures)


def test_act_in_response_to_dated_background_is_background(code):
    # after a lead of the day: the background is the sentence's own
    result = code("Lebanon and Iran agreed on Tuesday to resume direct flights between Beirut and Tehran. Lebanon "
                  "barred Iranian flights in March 2025, and Tehran banned Lebanese planes in return.",
                  date="2026-06-10")
    [ban] = _on(result, "banned")
    assert ban.historical


def test_act_in_response_to_the_days_news_is_news(code):
    # must not change: "in response" after an act of the news week is news
    result = code("Russian drones struck Odesa on Monday, and Ukraine hit a refinery in Tuapse in response.",
                  date="2026-09-15")
    hits = [e for e in result.events if e.trigger.text.startswith(("hit", "struck"))]
    assert hits and all(not e.historical for e in hits)


def test_embedded_whether_question_is_no_condition_on_reported_would(code):
    result = code("A spokesman said Poland would ask EU lawyers to study whether Budapest had broken the bloc's "
                  "asylum rules.",
                  date="2026-03-19")
    [asking] = _on(result, "ask")
    assert asking.modality != "hypothetical"


def test_if_condition_on_reported_would_is_no_plan(code):
    # must not change: a condition makes the reported "would" no backshifted "will" (a possibility, or the threat it
    # is coded as), not a plan to come
    result = code("Bogota would recall its ambassador if Caracas refused to free the soldiers, the minister said.",
                  date="2026-08-04")
    recalls = [e for e in result.events if "recall" in e.trigger.text]
    assert recalls and all(e.modality not in ("intended", "future") for e in recalls)


def test_press_service_of_a_doers_state_vouches_for_the_joint_signing(code):
    # a state's press service (actors/sectors.tsv "press service", GOV) speaks for its state: a signing it tells
    # with another state is asserted, not reported
    result = code("Mongolia and Kazakhstan signed a transit accord in Astana on Tuesday, the Kazakh president's press "
                  "service said.", date="2026-06-17")
    [signing] = [e for e in result.events if "signed" in e.trigger.text]
    assert signing.modality == "asserted"


def test_announced_request_of_the_doer_is_future(code):
    # the convention audit of session 58 (eval/wire/README.md): a request the doer says it will make is an act to
    # come, not a commitment; a material pledge told the same way stays an intention
    result = code("Haiti's foreign ministry said on Tuesday it would ask the Organization of American States to "
                  "send observers to monitor the elections.", date="2025-03-04")
    [asking] = [e for e in result.events if e.trigger.text.startswith("ask")]
    assert asking.modality == "future"
    result = code("Japan's foreign ministry said on Tuesday it would lend Jordan $300 million.", date="2025-03-04")
    lending = [e for e in result.events if e.trigger.text.startswith("lend")]
    assert lending and lending[0].modality == "intended"
