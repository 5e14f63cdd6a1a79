"""Lexicon helpers that are not about one sense of one word (those are in test_lexicon_senses.py)."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import tree

from detente.events.lexicon import Lexicon, Openings, Pattern

PHRASES = ("on condition of anonymity", "not to be named", "declined to be identified")
OPENINGS = Openings(PHRASES)


def test_lexicon_may_open_rules_out_only_what_cannot_start_a_phrase() -> None:
    assert not OPENINGS.may_open("to")  # "spoke to reporters ..."
    assert not OPENINGS.may_open("onto")
    assert OPENINGS.may_open("on") and OPENINGS.may_open("not") and OPENINGS.may_open("declined")
    assert OPENINGS.may_open("")  # nothing follows: the caller's test decides
    assert OPENINGS.may_open("ön")  # not ASCII: never ruled out


@given(st.lists(st.sampled_from(["on", "condition", "of", "anonymity", "not", "to", "be", "named", "no", "o",
                                 "declined", "identified", ",", "ona"]), min_size=1, max_size=6))
def test_lexicon_may_open_never_rules_out_a_text_that_starts_with_a_phrase(words: list[str]) -> None:
    text = " ".join(words)
    if any(text.startswith(p) for p in PHRASES):
        assert OPENINGS.may_open(words[0])


def test_lexicon_anonymity_openings_are_made_once_for_the_cues() -> None:
    # every article's extractor asks for them: made once (they cost about 65 µs), again when the cues change
    lexicon = Lexicon(cues={"anonymity": frozenset({"condition of anonymity"})})
    first = lexicon.anonymity_openings()
    assert lexicon.anonymity_openings() is first
    assert set(first.phrases) == {"condition of anonymity", "on condition of anonymity"}
    lexicon.cues = {"anonymity": frozenset({"not to be named"})}
    assert set(lexicon.anonymity_openings().phrases) == {"not to be named", "on not to be named"}
    assert Lexicon().anonymity_openings().phrases == ()


def test_lexicon_verbs_coded_are_made_once_a_code_for_the_table() -> None:
    # the place rule of receptions asks it of every act (reading the whole verbs table each time had made the rules
    # about 15% slower on news-length text); made again when the table is replaced
    lexicon = Lexicon(verbs={"receive": [Pattern("043", "receive")], "host": [Pattern("043", "host")],
                             "meet": [Pattern("040", "meet")]})
    first = lexicon.verbs_coded("043")
    assert first == {"receive", "host"} and lexicon.verbs_coded("043") is first
    assert lexicon.verbs_coded("040") == {"meet"} and lexicon.verbs_coded("190") == frozenset()
    lexicon.verbs = {"welcome": [Pattern("043", "welcome")]}
    assert lexicon.verbs_coded("043") == {"welcome"}


def test_lexicon_to_come_reads_the_future_cues_and_the_backshifted_would() -> None:
    lexicon = Lexicon(cues={"future": frozenset({"will", "wo"}), "hypothetical": frozenset({"would", "might"})})
    assert lexicon.to_come("will") and lexicon.to_come("wo") and lexicon.to_come("would")
    assert not lexicon.to_come("might") and not lexicon.to_come("shall")  # no future cue of this table
    assert Lexicon().to_come("would") and not Lexicon().to_come("will")


def test_lexicon_says_is_true_of_the_say_and_deny_verbs_only() -> None:
    lexicon = Lexicon(reporting={"state": "say", "reject": "deny", "plan": "intend", "wonder": "question",
                                 "suppose": "hypothetical"})
    assert lexicon.says("state") and lexicon.says("reject")
    assert not any(lexicon.says(lemma) for lemma in ("plan", "wonder", "suppose", "walk"))


@given(st.text(alphabet="aontdeo ", max_size=6), st.lists(st.text(alphabet="aontdeo ", max_size=8), max_size=4))
def test_lexicon_openings_agree_with_the_test_of_every_phrase(first: str, phrases: list[str]) -> None:
    # a phrase starts with the word, or the word with a phrase: the test written out for each phrase
    assert Openings(phrases).may_open(first) == any(p.startswith(first) or first.startswith(p) for p in phrases)


def test_lexicon_event_noun_joins_a_compound_on_the_left_with_or_without_a_view(blank_nlp) -> None:
    from detente.events.lexicon import load_default
    from detente.parse_view import ParseView

    doc = tree(blank_nlp.language.vocab, """
        The      the      DET    DT   det       2  O
        war      war      NOUN   NN   compound  2  O
        game     game     NOUN   NN   nsubj     7  O
        and      and      CCONJ  CC   cc        2  O
        the      the      DET    DT   det       6  O
        air      air      NOUN   NN   compound  6  O
        strike   strike   NOUN   NN   conj      2  O
        angered  anger    VERB   VBD  ROOT      7  O
        Moscow   Moscow   PROPN  NNP  dobj      7  B-GPE
        .        .        PUNCT  .    punct     7  O
    """)
    lexicon, view = load_default(), ParseView.of(doc)
    found = [lexicon.event_noun(token, view) for token in doc]
    assert found == [lexicon.event_noun(token) for token in doc]  # read off the tokens
    assert found == [lexicon.event_noun_at(view, i) for i in range(len(doc))]
    assert (found[2], found[6], found[8]) == ("wargame", "airstrike", None)  # the compound's own code, not the head's


def test_lexicon_verb_pattern_is_found_once_per_view_and_again_for_another(blank_nlp) -> None:
    # issue 12: the events and status steps ask for the same verbs' patterns; answers are kept on the doc's view
    from detente.events.lexicon import Pattern, load_default
    from detente.parse_view import ParseView

    doc = tree(blank_nlp.language.vocab, """
        Kenya    Kenya    PROPN  NNP  nsubj     1  B-GPE
        recalled recall   VERB   VBD  ROOT      1  O
        its      its      PRON   PRP$ poss      3  O
        envoy    envoy    NOUN   NN   dobj      1  O
        .        .        PUNCT  .    punct     1  O
    """)
    lexicon, view = dataclasses.replace(load_default()), ParseView.of(doc)  # a copy: the default is shared
    recalled = doc[1]
    found = lexicon.verb_pattern(recalled, view)
    assert found is not None and found == lexicon.verb_pattern(recalled)  # the same as read off the tokens
    lexicon.verbs = {"recall": [Pattern(cameo="-", verb="recall")]}
    assert lexicon.verb_pattern(recalled, view) is found  # the same view: kept
    other = ParseView.of(doc)  # another view (another doc's, as far as the memo knows): looked up again
    assert lexicon.verb_pattern(recalled, other).cameo == "-"
    assert lexicon.verb_pattern(recalled, view) is found  # each view keeps its own answers
    # another lexicon asking on the same view gets its own answer, not the first lexicon's
    assert load_default().verb_pattern(recalled, other) == found


def test_lexicon_verb_entries_say_what_their_patterns_test_and_follow_a_new_table() -> None:
    # issue 12: a verb is matched on what its lemma's patterns name, read off a table made once per verbs table
    from detente.events.lexicon import parse_pattern

    expel = [parse_pattern("161", "expel +diplomat", 1, "t"), parse_pattern("166", "expel", 2, "t")]
    press = [parse_pattern("100", "press for", 3, "t")]
    lexicon = Lexicon(verbs={"expel": expel, "press": press, "gone": []})
    entries = lexicon.verb_entries()
    assert lexicon.verb_entries() is entries  # made once
    assert set(entries) == {"expel", "press"}  # a lemma with no pattern has no entry
    assert entries["expel"].patterns == tuple(expel) and entries["expel"].ranks == ((2, 1), (0, 0))
    assert (entries["expel"].obj, entries["expel"].particles, entries["expel"].comp, entries["expel"].subj) \
        == (True, False, False, False)
    assert entries["press"].particles and not entries["press"].obj and not entries["press"].bare
    lexicon.verbs = {"expel": expel[1:]}
    assert set(lexicon.verb_entries()) == {"expel"} and lexicon.verb_entries()["expel"].bare


def test_lexicon_verb_with_object_patterns_alone_gathers_no_particles(blank_nlp, monkeypatch) -> None:
    # issue 12: this "expel" has no pattern naming a particle: its prepositions are never gathered, and the match is
    # the one the whole clause gives
    from detente.events.lexicon import parse_pattern
    from detente.parse_view import ParseView

    doc = tree(blank_nlp.language.vocab, """
        Ruritania   Ruritania   PROPN  NNP  nsubj  1  B-GPE
        expelled    expel       VERB   VBD  ROOT   1  O
        two         two         NUM    CD   nummod 3  O
        diplomats   diplomat    NOUN   NNS  dobj   1  O
        from        from        ADP    IN   prep   1  O
        the         the         DET    DT   det    6  O
        embassy     embassy     NOUN   NN   pobj   4  O
        .           .           PUNCT  .    punct  1  O
    """)
    lexicon = Lexicon(verbs={"expel": [parse_pattern("161", "expel +diplomat", 1, "t"),
                                       parse_pattern("166", "expel", 2, "t")],
                             "press": [parse_pattern("100", "press for", 3, "t")]})
    found = lexicon.verb_pattern(doc[1], ParseView.of(doc))
    assert found is not None and found.text == "expel +diplomat"

    def gathered(*args: object) -> tuple[dict[str, int], dict[str, str]]:
        raise AssertionError("particles gathered for a verb whose patterns name none")

    monkeypatch.setattr(Lexicon, "_particles", gathered)
    assert lexicon.verb_pattern(doc[1], ParseView.of(doc)) == found
