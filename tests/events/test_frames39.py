"""A protest said or planned is the protest, not a threat of dissent (issue 11, session 39, h-non39), unless it is
held over someone: set as a condition or told to an addressee.

All sentences here are synthetic, written for the tests; none comes from a development set or a real article."""

from tests.conftest import events_of

from detente.events.lexicon import Lexicon


def test_frames39_same_act_result_keeps_the_complement_code():
    lexicon = Lexicon(combinations={("intend", "14"): "=", ("threaten", "14"): "133"})
    assert lexicon.combine("intend", "1411") == "1411"
    assert lexicon.combine("intend", "141") == "141"
    assert lexicon.combine("threaten", "141") == "133"
    assert lexicon.combine("intend", "190") is None


def test_frames39_rally_said_to_be_planned_is_a_protest(code):
    result = code("TBILISI, Nov 20 (AFP) - The opposition Lelo party said it would stage a demonstration before the "
                  "Russian embassy in Tbilisi on Sunday.", date="2026-11-20")
    [rally] = events_of(result, "PROTEST")
    assert rally.modality in ("future", "intended")
    assert not events_of(result, "THREATEN")


def test_frames39_protest_planned_by_a_group_is_a_protest(code):
    result = code("BUCHAREST, Nov 20 (Reuters) - Romanian students plan a protest outside the Hungarian consulate "
                  "in Cluj on Friday.", date="2026-11-20")
    assert events_of(result, "PROTEST")
    assert not events_of(result, "THREATEN")


def test_frames39_strike_set_as_a_condition_stays_a_threat(code):
    result = code("LUSAKA, Nov 20 (Reuters) - The Zambian miners' union said it would call a strike if the "
                  "government did not restore the bonuses.", date="2026-11-20")
    assert [e for e in events_of(result, "THREATEN") if e.cameo == "133"]
    assert not events_of(result, "PROTEST")


def test_frames39_threat_to_rally_stays_a_threat(code):
    result = code("SEOUL, Nov 20 (Yonhap) - Activists threatened to rally outside the Japanese embassy if Tokyo "
                  "did not apologise.", date="2026-11-20")
    assert [e for e in events_of(result, "THREATEN") if e.cameo == "133"]


def test_frames39_rally_told_to_reporters_is_no_threat(code):
    result = code("YEREVAN, Nov 20 (Reuters) - Armenia's opposition Hayastan bloc told reporters it would march to "
                  "the Azerbaijani border on Saturday.", date="2026-11-20")
    assert events_of(result, "PROTEST")
    assert not events_of(result, "THREATEN")
