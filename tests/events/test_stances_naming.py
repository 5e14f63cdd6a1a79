"""A naming verb's clause of "what" under another act ("lodged a complaint over what it called a flagrant violation")
is the words that act is said in, not a criticism of its own (events/stances.StanceRules.judgment; issue 11 §4, one
event per act: the complaint was output twice). A relative clause on a noun ("a speech that Athens described as a
breach") and a plain judgment ("called the detentions illegal") stay criticisms.

Articles are synthetic, written in agency style for these tests."""


def _criticisms(result):
    return [e for e in result.events if e.cameo == "111"]


def test_stances_naming_what_it_called_after_a_complaint_is_no_act(code):
    result = code("BEIRUT, March 6 (Reuters) - Lebanon lodged a complaint with the U.N. Security Council on Thursday "
                  "over what it called a flagrant violation of its airspace.", date="2026-03-06")
    assert [e.cameo for e in result.events] == ["114"]


def test_stances_naming_what_it_called_after_a_summons_is_no_act(code):
    result = code("MOSCOW, March 7 (Reuters) - Russia's foreign ministry summoned the U.S. ambassador on Friday over "
                  "what it called interference in Russia's internal affairs.", date="2026-03-07")
    assert not _criticisms(result) and [e.cameo for e in result.events] == ["114"]


def test_stances_naming_relative_clause_on_a_noun_is_a_criticism(code):
    result = code("ATHENS, March 8 (AP) - Greece froze three agreements with North Macedonia on Wednesday after its "
                  "prime minister gave a speech to parliament that Athens described as a breach of the Prespa accord.",
                  date="2026-03-08")
    assert [e.trigger.text for e in _criticisms(result)] == ["described"]


def test_stances_naming_plain_judgment_is_a_criticism(code):
    result = code("ACCRA, March 9 (Reuters) - Ghana on Monday called the detention of its traders by Togolese police "
                  "illegal.", date="2026-03-09")
    assert [e.trigger.text for e in _criticisms(result)] == ["called"]
