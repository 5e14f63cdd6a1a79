"""Generic security bodies of states the knowledge base lacked (session 24, h-orders24; issue 11).

Kazakhstan's National Security Committee, Armenia's National Security Service, Azerbaijan's State Security Service
and Belarus's State Security Committee (groups.jsonl) are named by ``body_word`` words alone ("committee" added):
such a name is that body under its country's dateline or where the text names its country, and no known actor
under another dateline ("the State Security Service" of a Tashkent story is Uzbekistan's, which the files lack).

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

import pytest


def _doers(result, trigger):
    [event] = [e for e in result.events if e.trigger.text.startswith(trigger)]
    return [p.actor for p in event.source if p.actor]


@pytest.mark.parametrize("text, actor", [
    ("ASTANA, May 12 (Reuters) - The National Security Committee arrested a Chinese citizen on spying charges "
     "on Tuesday.", "knb-kazakhstan"),
    ("YEREVAN, May 12 (AFP) - The National Security Service arrested a former defence official on Friday.",
     "nss-armenia"),
    ("BAKU, May 12 (Reuters) - The State Security Service arrested two Russian citizens on Monday.", "dtx-azerbaijan"),
    ("MINSK, May 12 (Reuters) - The State Security Committee arrested a Polish citizen on Sunday.", "kgb-belarus"),
    ("LONDON, May 12 (Reuters) - Kazakhstan's National Security Committee arrested a British citizen on Tuesday.",
     "knb-kazakhstan"),
])
def test_generic_security_body_of_the_named_country(code, text, actor):
    assert _doers(code(text, date="2026-05-12"), "arrested") == [actor]


@pytest.mark.parametrize("text", [
    "TASHKENT, May 12 (AFP) - The State Security Service arrested three men on Monday.",
    "TBILISI, May 12 (Reuters) - The National Security Committee arrested two men on Monday.",
])
def test_generic_security_body_under_another_dateline_is_no_known_actor(code, text):
    assert _doers(code(text, date="2026-05-12"), "arrested") == []
