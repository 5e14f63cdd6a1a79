"""Targets of force and measures (issue 11, "Targets in oblique phrases" and "Antecedents", session 23): a country
named on things whose owner is named after "of" is where they are, not a target ("froze the U.S. assets of X");
"they"/"it" as the subject of an "until" clause on a verb of keeping after something is that verb's object
("shadowed the boats until they withdrew"; ``chase_verb`` in words.tsv); and a relative clause's origin ("gunmen
who had crossed from X") puts no party of the story in play for the context step (events/context.py).

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from tests.conftest import actors_of, events_of


def test_targets_measure_country_on_owned_things_is_no_target(code):
    result = code("WASHINGTON, May 4 (Reuters) - The Treasury froze the U.S. assets of two Venezuelan oil firms "
                  "on Tuesday.")
    [event] = [e for e in events_of(result) if "froze" in e.trigger.text]
    assert "VEN" in actors_of(event.target)
    assert "USA" not in actors_of(event.target)


def test_targets_measure_country_on_things_with_no_owner_is_kept(code):
    # with no owner named after "of", the country before the things is whose they are
    result = code("OTTAWA, May 4 (Reuters) - Canada froze Belarusian assets on Tuesday.")
    [event] = [e for e in events_of(result) if "froze" in e.trigger.text]
    assert "BLR" in actors_of(event.target)


def test_targets_pronoun_in_until_clause_of_a_chase_is_the_object(code):
    result = code("TOKYO, May 4 (Kyodo) - Japanese coast guard cutters shadowed two Chinese patrol ships until they "
                  "withdrew from Japanese waters on Tuesday.")
    [event] = [e for e in events_of(result) if e.trigger.text.startswith("withdrew")]
    assert "CHN" in actors_of(event.source)
    assert "JPN" not in actors_of(event.source)


def test_targets_pronoun_in_until_clause_of_another_verb_is_unchanged(code):
    # "waited ... until they withdrew": no chase, the general rules decide (the doers themselves)
    result = code("TOKYO, May 4 (Kyodo) - Japanese coast guard cutters waited near two Chinese patrol ships until "
                  "they withdrew on Tuesday.")
    for event in events_of(result):
        if event.trigger.text.startswith("withdrew"):
            assert "CHN" not in actors_of(event.source)


def test_targets_pronoun_in_until_clause_of_a_chase_is_the_same_noun_named_before(code):
    result = code("SEOUL, May 4 (Yonhap) - North Korean patrol boats crossed the sea border on Tuesday. South Korean "
                  "navy ships escorted the North Korean boats until they withdrew across the line.")
    [event] = [e for e in events_of(result) if e.trigger.text.startswith("withdrew")]
    assert "PRK" in actors_of(event.source)
    assert "KOR" not in actors_of(event.source)


def test_targets_pronoun_in_until_clause_of_a_chase_is_never_the_chasers(code):
    # "it" is the freighter, which no actor names: not the frigates that followed it
    result = code("ATHENS, May 4 (Reuters) - Greek frigates followed a freighter until it withdrew on Tuesday.")
    for event in events_of(result):
        if event.trigger.text.startswith("withdrew"):
            assert "GRC" not in actors_of(event.source)


def test_targets_context_takes_no_party_from_a_relative_clauses_origin(code):
    # in a two-party story, the other party named only as where the gunmen came from is not the target
    result = code("BAMAKO, May 4 (AFP) - Mali accused Burkina Faso on Tuesday of sheltering rebels on its soil. "
                  "Malian soldiers killed four gunmen who had crossed the border from Burkina Faso overnight, the "
                  "army said. Burkina Faso's government rejected the accusation and said Ouagadougou wanted calm.")
    [event] = [e for e in events_of(result) if e.trigger.text.startswith("killed")]
    assert "BFA" not in actors_of(event.target)


def test_targets_pronoun_answering_an_order_is_whom_it_was_given(code):
    result = code("HANOI, May 4 (Reuters) - The Vietnamese coast guard ordered two Chinese patrol ships to leave "
                  "Vietnamese waters on Sunday, and they complied.")
    [event] = [e for e in events_of(result) if e.trigger.text.startswith("complied")]
    assert "CHN" in actors_of(event.source)
    assert "VNM" not in actors_of(event.source)


def test_targets_pronoun_joined_to_an_order_by_another_verb_is_unchanged(code):
    # "said" answers no order: the general rules decide ("it" is the coast guard, which spoke)
    result = code("HANOI, May 4 (Reuters) - The Vietnamese coast guard ordered two Chinese patrol ships to leave "
                  "Vietnamese waters on Sunday, and it said the ships had entered illegally.")
    for event in events_of(result):
        if event.trigger.text.startswith("said"):
            assert "CHN" not in actors_of(event.source)


def test_targets_pronoun_in_until_clause_of_a_chase_is_the_objects_demonym(code):
    # a fishing boat is no actor: its demonym names whose it is
    result = code("ROME, May 4 (ANSA) - Italian coast guard boats escorted a Libyan fishing boat until it withdrew "
                  "on Tuesday.")
    [event] = [e for e in events_of(result) if e.trigger.text.startswith("withdrew")]
    assert "LBY" in actors_of(event.source)
