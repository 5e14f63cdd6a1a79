"""Status and targets that leak across clauses (session 43, h-scope43). All sentences are synthetic.

- a past participle on a noun, a relative clause cut short, keeps its own modality (``history.reduced_relative``,
  ``StatusJudge.modality``), and the actor named inside that noun is its target
  (``ParticipantRules.objects``): "asked X to free sailors held by its navy";
- a gerund a verb of stopping takes (``presupposing`` in cues.tsv) goes on: "urged X to stop deporting refugees";
- an undated act of an "after" clause in a sentence whose every date is background is background
  (``HistoryRules._before_background``);
- an undated act told after a background sentence stays background with a participle of saying that gives its
  reason, and an event noun subject of a simple past goes with its verb (``HistoryRules._goes_on_with_background``);
- "later", "afterwards", "subsequently" are ``sequel`` cues (cues.tsv): the next step of a background story, and an
  infinitive takes the step of the verb in the past it completes (``HistoryRules._next_step_of_background``);
- the reason ("for joining X") of an act done to an actor its object names gives no target (``ParticipantRules.
  objects``).
"""

from __future__ import annotations


def _on(result, start: str):
    return [e for e in result.events if e.trigger.text.startswith(start)]


def _countries(event) -> set[str]:
    return {p.country for p in event.target if p.actor is not None}


def test_participle_with_its_agent_on_the_object_of_a_request_is_asserted(code):
    result = code("Nepal asked India on Monday to free 9 Nepali porters detained by Indian border police near Banbasa.",
                  date="2026-05-05")
    [detention] = _on(result, "detained")
    assert detention.modality == "asserted"
    assert _countries(detention) == {"NPL"}


def test_the_act_asked_for_stays_out_of_the_participle(code):
    # must not change: the appeal itself is asserted, aimed at the one asked
    result = code("Nepal asked India on Monday to free 9 Nepali porters detained by Indian border police near Banbasa.",
                  date="2026-05-05")
    [appeal] = _on(result, "asked")
    assert appeal.modality == "asserted" and "IND" in _countries(appeal)


def test_gerund_of_stopping_goes_on(code):
    result = code("Jordan urged Syria on Tuesday to stop shelling Jordanian border posts.", date="2026-07-14")
    [shelling] = _on(result, "shelling")
    assert shelling.modality == "asserted"


def test_after_clause_under_dated_background_is_background(code):
    result = code("Bolivia reopened its consulate in Arica on Monday. Bolivia had recalled its ambassador from "
                  "Santiago in March 2025, after Chile expelled two Bolivian diplomats.", date="2026-06-02")
    [expulsion] = _on(result, "expelled")
    assert expulsion.historical


def test_after_clause_of_the_news_week_is_news(code):
    # must not change: a date of the news week in the sentence keeps the act news
    result = code("Chad closed its border with Sudan on Tuesday after Sudanese militiamen raided a Chadian village.",
                  date="2026-06-03")
    raids = _on(result, "raided")
    assert raids and all(not e.historical for e in raids)


def test_answer_with_a_reason_after_a_background_sentence_is_background(code):
    result = code("Fiji and Tonga agreed on Monday to hold fisheries talks. Tonga had demanded in 2024 that Fiji "
                  "withdraw its patrol boats from the reef. Fiji rejected the demand, saying the reef was Fijian.",
                  date="2026-02-10")
    [rejection] = _on(result, "rejected")
    assert rejection.historical


def test_reason_for_a_sentence_is_no_target(code):
    result = code("A court in Nouakchott on Tuesday sentenced two Malian men to ten years in prison for joining the "
                  "Islamic State group.", date="2026-04-21")
    [sentence] = _on(result, "sentenced")
    assert _countries(sentence) == {"MLI"}
    assert not any("Islamic State" in p.text for p in sentence.target)


def test_later_after_background_is_background(code):
    result = code("Kenya and Somalia agreed on Friday to reopen their border.\n\nTurkey later mediated between the two "
                  "neighbours, and they restored ties in March 2025.", date="2026-05-10")
    [mediation] = _on(result, "mediated")
    assert mediation.historical


def test_infinitive_under_a_later_verb_goes_with_it(code):
    result = code("Qatar hosted talks on Friday. In July 2024, Iran fired rockets at a base in Qatar, drawing a "
                  "complaint from Qatar's government, which later helped broker a truce between Iran and Israel.",
                  date="2026-05-10")
    brokering = [e for e in result.events if e.trigger.text.startswith(("broker", "helped"))]
    assert brokering and all(e.historical for e in brokering)


def test_later_after_news_is_news(code):
    # must not change: "later" after an act of the news week
    result = code("Georgian police arrested two Armenian surveyors on Thursday. Armenia later summoned the Georgian "
                  "ambassador.", date="2026-05-10")
    summons = _on(result, "summoned")
    assert summons and all(not e.historical for e in summons)
