"""Copy set in capitals is parsed in ordinary case (detente.casing); synthetic sentences written for these tests."""

import datetime as dt

import pytest
from tests.conftest import actors_of, events_of

from detente.casing import Casing, recase, shouted
from detente.model import Article
from detente.nlp import parse_copy

NAMES = Casing.of(["European Union", "EU", "NATO", "U.S.", "United Nations Security Council", "Ruritania",
                   "Ruritanian", "Kyiv", "Tuesday", "US", "WHO", "May"],
                  common=["us", "who", "may"])


@pytest.mark.parametrize("line, caps", [
    ("RURITANIA SAID ON TUESDAY IT WOULD EXPEL TWO DIPLOMATS.", True),
    ("Ruritania said on Tuesday it would expel two diplomats.", False),
    ("NATO and the EU met in Brussels.", False),  # acronyms in ordinary copy
    ("NATO, EU", False),  # too few letters to tell
    ("KYIV, MAY 4 (REUTERS) - UKRAINE SAID 40 DRONES WERE DOWNED", True),
])
def test_shouted(line, caps):
    assert shouted(line) is caps


def test_recase_sentence_starts_known_names_and_unknown_words():
    text = "THE EUROPEAN UNION AND NATO WARNED RURITANIA. THE U.S. SAID IT WOULD ACT, AND I AGREE."
    out = recase(text, NAMES)
    assert out == "The European Union and NATO warned Ruritania. The U.S. said it would act, and I agree."
    assert len(out) == len(text)


def test_recase_longest_name_first_and_quotes_start_sentences():
    casing = Casing.of(["United Nations", "United Nations Security Council"])
    text = '"WE WILL GO TO THE UNITED NATIONS SECURITY COUNCIL," HE SAID. "IT MUST ACT."'
    assert recase(text, casing) == '"We will go to the United Nations Security Council," he said. "It must act."'


def test_casing_leaves_out_short_mixed_case_names_and_the_knowledge_bases_ambiguous_ones(coder):
    assert recase("THEY WILL LET THE TALKS GO ON.", Casing.of(["LeT", "Lashkar-e-Taiba"])) == \
        "They will let the talks go on."
    # "CAR" is marked ambiguous in the shipped knowledge base: a car bomb stays a car bomb
    assert recase("A CAR BOMB EXPLODED IN BANGUI ON MONDAY.", coder.nlp.casing) == \
        "A car bomb exploded in Bangui on Monday."


def test_recase_leaves_common_words_that_are_also_names():
    # "US", "WHO" and "May" are names, but "us", "who" and "may" are words: never capitalised
    out = recase("THE MINISTER WHO MET US SAID RURITANIA MAY RETALIATE ON TUESDAY.", NAMES)
    assert out == "The minister who met us said Ruritania may retaliate on Tuesday."


def test_recase_only_lines_in_capitals_and_keeps_length():
    text = "RURITANIA EXPELS ENVOYS\n\nThe EU and NATO said on Tuesday that Ruritania had erred.\nİSTANBUL TALKS ENDED"
    out = recase(text, NAMES)
    assert len(out) == len(text)
    lines = out.split("\n")
    assert lines[0] == "Ruritania expels envoys"
    assert lines[2] == text.split("\n")[2]  # ordinary case: untouched
    assert lines[3].startswith("İstanbul talks")  # "İ" lower-cases to two characters: kept as written


def test_recase_without_capitals_is_the_same_text():
    text = "Ruritania said on Tuesday it would expel two diplomats."
    assert recase(text, NAMES) is text


def test_parse_copy_blanks_a_dateline_in_capitals_then_recases():
    text = "KYIV, MAY 4 (REUTERS) - RURITANIA SAID IT HAD SHOT DOWN 40 DRONES."
    copy = parse_copy(text, NAMES)
    assert len(copy) == len(text)
    assert copy.strip() == "Ruritania said it had shot down 40 drones."
    assert parse_copy(text).strip().startswith("RURITANIA SAID")  # without a casing: blanked, not recased


def test_copy_in_capitals_codes_as_ordinary_copy(coder):
    text = ("BERLIN, Nov. 3 (Reuters) - Germany expelled two Russian diplomats on Monday over a plot to sabotage "
            "rail lines, the foreign ministry said.\n\nRussia's foreign ministry condemned the expulsions and "
            "vowed to retaliate.\n\nChancellor Olaf Scholz will meet French President Emmanuel Macron on Friday "
            "in Paris, his office said.")
    day = dt.date(2021, 11, 4)
    ordinary = coder.code(Article(text=text, date=day, id="ordinary"))
    capitals = coder.code(Article(text=text.upper(), date=day, id="capitals"))
    assert events_of(ordinary)

    def key(result):
        return sorted((e.cameo, e.plover, tuple(sorted(actors_of(e.source))), tuple(sorted(actors_of(e.target))))
                      for e in result.events)
    assert key(capitals) == key(ordinary)
    assert {e.trigger.text for e in capitals.events} == {e.trigger.text.upper() for e in ordinary.events}


def test_recase_a_text_with_no_capital_at_all():
    text = "the european union warned ruritania on tuesday.\nnato said it would act."
    out = recase(text, NAMES)
    assert out == "The European Union warned Ruritania on Tuesday.\nNATO said it would act."
    assert recase("ok then", NAMES) == "ok then"  # too few letters to tell


def test_copy_in_lower_case_codes_the_same_sides(coder):
    text = "Germany expelled two Russian diplomats on Monday over a plot to sabotage rail lines."
    day = dt.date(2021, 11, 4)
    ordinary = coder.code(Article(text=text, date=day, id="ordinary"))
    lower = coder.code(Article(text=text.lower(), date=day, id="lower"))
    assert [(e.cameo, actors_of(e.source), actors_of(e.target)) for e in lower.events] == \
        [(e.cameo, actors_of(e.source), actors_of(e.target)) for e in ordinary.events]
    assert ordinary.events
