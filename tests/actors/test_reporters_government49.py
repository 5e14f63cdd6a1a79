"""A bare "the government" in what a state's body reports is that state's (session 49, issue 11, h-ante49):
"Malawi's foreign ministry said ... that the government had arrested three suspects" under a Lusaka dateline is
Malawi's government, not the dateline's (``actors/nominals.py``, ``_reporters_government``).

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import codes_of

LEAD = ("LUSAKA, March 4 (Reuters) - Zambia summoned Malawi's envoy on Tuesday after gunmen attacked Zambian traders "
        "near Chipata. ")


def _doers(result, trigger: str) -> set[str]:
    """The codes of the doers of the events whose trigger starts with ``trigger``; the events must exist."""
    events = [e for e in result.events if e.trigger.text.startswith(trigger)]
    assert events, result.events
    return {c for e in events for c in codes_of(e.source)}


def test_reporters_government_in_a_joined_that_clause(code):
    text = LEAD + ("Malawi's foreign ministry said it regretted the attack and that the government had arrested "
                   "three suspects.")
    assert _doers(code(text, date="2026-03-04"), "arrested") == {"MWIGOV"}


def test_reporters_government_in_the_reported_clause(code):
    text = LEAD + "Malawi's foreign ministry said the government had condemned the attack."
    assert _doers(code(text, date="2026-03-04"), "condemned") == {"MWIGOV"}


def test_reporters_government_not_when_the_noun_says_whose(code):
    # "the government in Lusaka" names its seat: the reporter's state is not the rule's
    text = LEAD + "Malawi's foreign ministry said the government in Lusaka had arrested three suspects."
    assert "MWIGOV" not in _doers(code(text, date="2026-03-04"), "arrested")
