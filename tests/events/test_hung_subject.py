"""A finite time clause whose subject the parser hung on its "after" as an object ("Iran summoned Russia's
ambassador after Moscow endorsed a statement": "Moscow" a pobj of "after") is done by that subject, not by
the main clause's (events/doers.py, ``subjects``).

Articles are synthetic, written in agency style for these tests."""

from tests.conftest import event_on


def test_hung_subject_after_a_capital(code):
    result = code("TEHRAN, May 3 (Reuters) - In July 2023, Iran summoned Russia's ambassador after Moscow "
                  "endorsed a joint statement with the GCC that called for talks.", date="2026-05-03")
    assert [p.actor for p in event_on(result, "endorsed").source] == ["RUSGOV"]
