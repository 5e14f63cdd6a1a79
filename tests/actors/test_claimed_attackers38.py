"""Unnamed armed people a claim or an earlier mention names (``armed_people_noun`` and ``claimed_noun`` in words.tsv,
``DocResolver._claimed_side``; issue 11, session 38): "the fighters" after "JNIM fighters" are JNIM; "the attackers",
"all three assailants" after "the BLA claimed the attack" are the BLA; bare "gunmen" are the claiming group when the
claim is told in their sentence or the next. A reaction to an act noun is not aimed at a reprisal told after the act
("the army killed a dozen of the attackers ... condemned the killings": the attackers' group;
``article_sides._not_reprisals``).

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from __future__ import annotations

import datetime as dt

from tests.conftest import events_with_trigger


def _sides(result, trigger, which="source"):
    """The actor ids (and the codes of actors with no id) on one side of the events on ``trigger``."""
    return {p.actor or p.code for e in events_with_trigger(result, trigger) for p in getattr(e, which)} - {None}


def _actor_of_word(coder, text: str, word: str, nth: int = 0) -> str | None:
    """The key of the actor the resolver gives the ``nth`` token ``word`` of ``text`` (None: no actor)."""
    doc = coder.nlp.parse(text)
    found = coder.finder.find(doc, dt.date(2026, 6, 2), text=doc.text)
    token = [t.i for t in doc if t.text == word][nth]
    ref = found.by_token.get(token)
    return ref.key if ref is not None else None


def test_the_fighters_are_the_group_the_same_noun_named(code):
    result = code("GAO, Mali, June 2 (Reuters) - JNIM fighters raided a gendarmerie post near Ansongo on Sunday, "
                  "the army said. The fighters looted the armoury and killed three gendarmes, it said.",
                  date="2026-06-02")
    sources = _sides(result, "looted") | _sides(result, "killed")
    assert "jnim" in sources and "MLIREB" not in sources


def test_the_assailants_after_a_claim_are_the_claiming_group(code):
    result = code("KARACHI, June 2 (Reuters) - Gunmen attacked a convoy of Chinese engineers near Hub on Monday, "
                  "killing a guard. The Balochistan Liberation Army claimed the attack. Troops shot dead all three "
                  "assailants, police said.", date="2026-06-02")
    assert "bla" in _sides(result, "shot", "target")


def test_bare_gunmen_before_a_claim_in_the_next_sentence(code):
    result = code("MOGADISHU, June 2 (Reuters) - Gunmen stormed a restaurant on the Lido beach on Saturday, killing "
                  "nine people. Al Shabaab claimed responsibility for the attack in a radio broadcast.",
                  date="2026-06-02")
    assert "al-shabaab" in _sides(result, "stormed") | _sides(result, "killing")


def test_bare_militants_in_an_attack_claimed_by_a_group(code):
    result = code("MAIDUGURI, Nigeria, June 2 (Reuters) - Militants killed 14 farmers near Dikwa on Friday in an "
                  "attack claimed by Islamic State West Africa Province, local officials said.", date="2026-06-02")
    sources = _sides(result, "killed")
    assert "iswap" in sources and "NGAREB" not in sources


def test_a_claim_two_sentences_away_leaves_bare_gunmen(coder):
    text = ("NIAMEY, June 2 (Reuters) - Gunmen killed seven villagers near Ouallam on Monday, the interior ministry "
            "said. The area has seen many raids. In 2020 Islamic State claimed the killing of six French aid workers "
            "near Koure.")
    assert _actor_of_word(coder, text, "Gunmen") is None


def test_two_claiming_groups_leave_the_attackers(coder):
    text = ("MOGADISHU, June 2 (Reuters) - Gunmen attacked a hotel in Bosaso on Friday. Al Shabaab and Islamic State "
            "both claimed the attack. Troops killed four of the attackers.")
    assert _actor_of_word(coder, text, "attackers") is None
    assert _actor_of_word(coder, text, "Gunmen") is None


def test_a_claim_of_no_attack_names_no_attackers(coder):
    text = ("BEIRUT, June 2 (Reuters) - Gunmen fired on a U.N. patrol near Tyre on Saturday. Hezbollah claimed the "
            "area was a closed military zone.")
    assert _actor_of_word(coder, text, "Gunmen") is None


def test_a_reaction_is_to_the_attack_not_to_the_reprisal(code):
    result = code("BAMAKO, June 2 (Reuters) - Gunmen killed 15 soldiers near Diafarabe on Saturday in an attack "
                  "claimed by JNIM. The army said it had killed ten of the attackers during a sweep. The "
                  "African Union condemned the killings.", date="2026-06-02")
    targets = _sides(result, "condemned", "target")
    assert "jnim" in targets and "MLI" not in targets
