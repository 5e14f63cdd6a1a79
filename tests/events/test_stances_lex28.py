"""A naming verb's judgment told as "an act of X" (issue 11, session 28, h-lex28: core acts the coder missed): the
condemning word may be what the object complement's "of" names ("called the boarding an act of piracy", "a form of
blackmail"), as well as the complement itself ("called the boarding piracy"): a criticism, 111
(``events/stances.StanceRules.judgment``; ``condemning_word`` in words.tsv, theft, intimidation and terror added).
A praising or neutral word there ("an act of goodwill") codes nothing.

Articles are synthetic, written in agency style for these tests."""


def _criticisms(result):
    return [e for e in result.events if e.cameo == "111"]


def test_stances_lex28_an_act_of_piracy_is_a_criticism(code):
    result = code("MOSCOW, May 6 (Reuters) - Russia's foreign ministry called Estonia's detention of the tanker "
                  "\"an act of piracy\" on Wednesday.", date="2026-05-06")
    found = _criticisms(result)
    assert found and any(p.actor and p.actor.startswith("EST") for e in found for p in e.target), result.events


def test_stances_lex28_an_act_of_theft_is_a_criticism(code):
    result = code("CARACAS, May 6 (AFP) - Venezuela called the seizure of its cargo plane by Argentina \"an act of "
                  "theft\" on Tuesday.", date="2026-05-06")
    assert _criticisms(result), result.events


def test_stances_lex28_an_act_of_goodwill_is_no_criticism(code):
    result = code("TAIPEI, May 6 (Reuters) - Taiwan called the release of the fishermen an act of goodwill on "
                  "Tuesday.", date="2026-05-06")
    assert not _criticisms(result), result.events
