"""Concern voiced at another's act, and the acts of a body's resolution (session 34, h-concern; issue 11).

- "Said it was worried about X's ties": the "it" of a copula with a ``feeling_adjective`` is the speaker
  (``actors/pronouns._feels``), while the empty "it" of "it was clear that" still names no one.
- "Was alarmed by X's act": the passive of a ``feeling_verb`` is its subject's comment aimed at the act's doer,
  not an act of the agent (``doers._subjects``, ``participants.complained_of``).
- A comment (CAMEO 01: concern or regret voiced at an act) is no deed "the decision" points back to
  (``article_sides.REACTION_ROOTS``; this passes on main, where "regretted" coded nothing: a guard for the
  new ``regret`` line).
- A word act a resolution says is its issuer's (``doers._issuers``): "passed a resolution condemning X", "adopted
  a resolution that demanded ...", "a resolution adopted by the Assembly condemned X"; a resolution vetoed or
  blocked says nothing for the one who blocked it.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest


def _events(result, trigger):
    return [e for e in result.events if e.trigger.text.startswith(trigger)]


def test_concern34_it_of_a_feeling_adjective_is_the_speaker(code):
    result = code("BERLIN, July 7 (Reuters) - Germany said on Tuesday it was worried about Hungary's growing "
                  "energy ties with Russia.", date="2026-07-07")
    [event] = _events(result, "was worried")
    assert [p.country for p in event.source if p.actor] == ["DEU"], event.source
    assert [p.country for p in event.target if p.actor] == ["HUN"], event.target


def test_concern34_alarmed_by_is_the_subjects_comment_on_the_agents_act(code):
    result = code("GENEVA, July 7 (Reuters) - The United Nations said on Tuesday it was alarmed by Israel's expansion "
                  "of settlements in the West Bank.", date="2026-07-07")
    [event] = _events(result, "alarmed")
    assert [p.code for p in event.source if p.actor][0].startswith("IGOUNO"), event.source
    assert [p.country for p in event.target if p.actor] == ["ISR"], event.target


def test_concern34_alarmed_by_news_names_no_target(code):
    [event] = _events(code("WARSAW, July 7 (PAP) - Poland was alarmed by the news on Tuesday.", date="2026-07-07"),
                      "alarmed")
    assert [p.country for p in event.source if p.actor] == ["POL"], event.source
    assert [p.country for p in event.target if p.actor] == [], event.target


def test_concern34_empty_it_of_a_judgement_names_no_one(code):
    result = code("BERLIN, July 7 (Reuters) - Germany said on Tuesday it was clear that Hungary had broken the "
                  "rules.", date="2026-07-07")
    assert not [e for e in result.events if any(p.text == "it" for p in e.source)], result.events


def test_concern34_regret_is_no_decision_pointed_back_to(code):
    text = ("NUKU'ALOFA, July 7 (AAP) - Samoa expelled three Chinese advisers on Monday. China said it regretted "
            "the step.\n\nNew Zealand's foreign minister welcomed the decision.")
    [event] = _events(code(text, date="2026-07-07"), "welcomed")
    assert [p.country for p in event.target if p.actor] == ["WSM"], event.target


@pytest.mark.parametrize("text, trigger, target", [
    ("NEW YORK, July 7 (Reuters) - The U.N. General Assembly on Tuesday passed a resolution condemning Russia's "
     "seizure of Ukrainian ports.", "condemning", "RUS"),
    ("NEW YORK, July 7 (Reuters) - The Security Council adopted a resolution on Tuesday that condemned North "
     "Korea's missile tests.", "condemned", "PRK"),
    ("NEW YORK, July 7 (Reuters) - A resolution adopted by the General Assembly on Tuesday condemned Myanmar's "
     "military for the killing of protesters.", "condemned", "MMR"),
])
def test_concern34_a_resolution_condemns_for_its_issuer(code, text, trigger, target):
    [event] = _events(code(text, date="2026-07-07"), trigger)
    assert [p.code for p in event.source if p.actor][0].startswith("IGOUNO"), event.source
    assert target in [p.country for p in event.target if p.actor], event.target


def test_concern34_a_vetoed_resolution_says_nothing_for_the_vetoer(code):
    # (with "on Tuesday" before the participle the parser hangs it on "vetoed": a separate bug, also on main)
    result = code("NEW YORK, July 7 (Reuters) - Russia on Tuesday vetoed a Security Council resolution condemning "
                  "Israel's air strikes on Syria.", date="2026-07-07")
    assert not [e for e in result.events if e.cameo.startswith("11")
                and any(p.country == "RUS" for p in e.source if p.actor)], result.events
