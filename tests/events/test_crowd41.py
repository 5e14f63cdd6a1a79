"""Crowds the text counts, gatherings to demand, and appeals for a settlement (issue 11, session 41, h-crowd41):
``events/doers.py`` (``_counted_doers``), ``events/context_places.py`` (``gathered_to_demand``,
``_demand_at_home``, the seat under "in protest"), ``events/context.py`` (``SETTLEMENT_APPEALS`` in
``mediations``).

All texts here are synthetic, written in agency style for these tests; none comes from a development or
evaluation set or from a real article."""

from tests.conftest import actors_of, code_tree, events_of

COUNTED_AT_EMBASSY = """
Dozens dozen NOUN NNS nsubj 3 B-CARDINAL
of of ADP IN prep 0 O
fishermen fisherman NOUN NNS pobj 1 O
rallied rally VERB VBD ROOT 3 O
outside outside ADP IN prep 3 O
the the DET DT det 7 O
Chinese chinese ADJ JJ amod 7 B-NORP
embassy embassy NOUN NN pobj 4 O
. . PUNCT . punct 3 O
"""


def _gathered(purpose: str) -> str:
    return f"""
Hundreds hundred NOUN NNS nsubj 3 B-CARDINAL
of of ADP IN prep 0 O
fishermen fisherman NOUN NNS pobj 1 O
gathered gather VERB VBD ROOT 3 O
at at ADP IN prep 3 O
the the DET DT det 7 O
Chinese chinese ADJ JJ amod 7 B-NORP
embassy embassy NOUN NN pobj 4 O
to to PART TO aux 9 O
{purpose} {purpose} VERB VB advcl 3 O
the the DET DT det 11 O
{"ruling" if purpose == "protest" else "parade"} x NOUN NN dobj 9 O
. . PUNCT . punct 3 O
"""


def test_crowd41_a_number_word_heading_people_leaves_them_the_doers(blank_coder):
    # the parser makes "Dozens" (a CARDINAL to the entity recogniser) the subject; the fishermen are the doers
    [event] = events_of(code_tree(blank_coder, COUNTED_AT_EMBASSY), "PROTEST")
    assert [p.actor for p in event.source] == [None] and "fishermen" in event.source[0].text
    assert "CHN" in actors_of(event.target)


def test_crowd41_people_gathered_to_protest_demonstrate(blank_coder):
    [event] = events_of(code_tree(blank_coder, _gathered("protest")), cameo="141")
    assert event.trigger.text == "gathered" and "CHN" in actors_of(event.target)


def test_crowd41_people_gathered_to_watch_stage_no_protest(blank_coder):
    assert events_of(code_tree(blank_coder, _gathered("watch")), "PROTEST") == []


def test_crowd41_counted_crowd_blocking_a_road_at_home_to_demand_targets_its_government(code):
    result = code("ACCRA, March 6 (Reuters) - Togo closed its border with Ghana on Wednesday. Scores of traders "
                  "blocked the main road in Kumasi on Thursday to demand compensation, police said.")
    [event] = events_of(result, cameo="144")
    assert not any(p.actor for p in event.source)
    assert countries_of_target(event) == {"GHA"}


def test_crowd41_gathering_at_home_to_demand_is_a_protest_at_its_government(code):
    result = code("NAIROBI, May 12 (Reuters) - Ugandan police seized six Kenyan boats on Lake Victoria on Sunday. "
                  "In Mombasa, hundreds of dock workers gathered at the port on Monday to demand better pay.")
    [event] = events_of(result, "PROTEST")
    assert event.trigger.text == "gathered" and countries_of_target(event) == {"KEN"}


def test_crowd41_a_demand_of_release_gets_no_home_government(code):
    # the release of people is asked of whoever holds them, as often a foreign state
    result = code("NAIROBI, May 12 (Reuters) - Ugandan police detained six Kenyan fishermen on Lake Victoria on "
                  "Sunday. Hundreds of relatives marched through Kisumu on Monday to demand the men's release.")
    assert not any("KEN" in countries_of_target(e) for e in events_of(result, "PROTEST"))


def test_crowd41_walking_in_protest_to_a_consulate_targets_its_state(code):
    result = code("DURBAN, Sept 10 (Reuters) - About 300 relatives walked in protest to the Nigerian consulate in "
                  "Durban on Wednesday.")
    [event] = events_of(result, "PROTEST")
    assert event.trigger.text.startswith("walked") and "NGA" in countries_of_target(event)


def test_crowd41_a_third_party_call_for_talks_naming_no_one_goes_to_the_two_sides(code):
    result = code("ADDIS ABABA, March 20 (Reuters) - Kenya accused Somalia of arming militias near the border on "
                  "Wednesday, and Somalia expelled Kenya's ambassador. Kenya recalled its envoy from Mogadishu. "
                  "The African Union called for talks on Thursday.")
    [event] = [e for e in events_of(result, cameo="026")]
    assert countries_of_target(event) == {"KEN", "SOM"}


def test_crowd41_a_side_calling_for_talks_takes_no_pair_of_sides(code):
    # a call by one of the two sides is no third party's: it is not given both sides
    result = code("ADDIS ABABA, March 20 (Reuters) - Kenya accused Somalia of arming militias near the border on "
                  "Wednesday, and Somalia expelled Kenya's ambassador. Kenya recalled its envoy from Mogadishu. "
                  "Kenya called for talks on Thursday.")
    assert all(countries_of_target(e) != {"KEN", "SOM"} for e in events_of(result, cameo="026"))


def countries_of_target(event) -> set[str]:
    return {p.country for p in event.target if p.actor}


PLACE_APPOSED = """
In in ADP IN prep 7 O
Mombasa Mombasa PROPN NNP pobj 0 B-GPE
, , PUNCT , punct 1 O
Kenya Kenya PROPN NNP poss 6 B-GPE
's 's PART POS case 3 O
interior interior ADJ JJ amod 6 O
minister minister NOUN NN appos 1 O
denied deny VERB VBD ROOT 7 O
the the DET DT det 9 O
report report NOUN NN dobj 7 O
. . PUNCT . punct 7 O
"""


def test_crowd41_a_subject_the_parser_hung_on_the_opening_place_is_the_doer(blank_coder):
    # "In Mombasa, Kenya's interior minister denied ...": the model makes "minister" an apposition of the place
    [event] = events_of(code_tree(blank_coder, PLACE_APPOSED), cameo="016")
    assert {p.country for p in event.source if p.actor} == {"KEN"}
