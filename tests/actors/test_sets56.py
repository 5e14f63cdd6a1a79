""""The three countries" named one by one in the sentence before (session 56, issue 11, h-set56).

A set of three or more is, when no group, lead or its own sentence gives it, the parties the sentence right before
names one by one, its doers and a demonym on a word that names no actor too ("Yian gas"), when exactly that many
(``actors/set_parties._named_in_sentence_before``). A second rule of h-set56 (``_goes_on_telling``: "the two sides" of a
sentence that goes on telling a past the sentence before tells are the pair that acted together there, not the
lead's pair) was left out at the merge: alone it cost the aside articles a strict match. Items 01-12 of the probe
were written for it and stay as its record: their wrong sources are that rule's class, still open.

``tests/data/probe_set56.jsonl`` holds 18 short synthetic wire items (a dateline, an agency tag and three sentences,
written for this probe about real states with invented facts; none is taken or paraphrased from an evaluation set).
Items 01-12: a lead in which one state acts on another, a background sentence with a year in which a pair (one of
them often not named before) fought or clashed, and a sentence with "the two sides" or "the two countries"; nine go
on telling the past (the pair of the clash), three are of today or to come (the lead's pair). Items 13-18: a lead
pair's deal, a sentence naming three other states one by one, and "the three countries" signing in a past year.
Every act was annotated by reading, before the coder was run on the items; six items (``"aside": true``) were kept
out of sight while writing the rules, though the debug output of two (09, 11) was once printed while looking into
why working items failed.

Counts by ``target_counts`` before the rules (main ed12c2e6): working items 9 wrong source (the lead's pair, or the
most-named parties, given as the set), 0 wrong; aside items 4 wrong source. With both rules (h-set56): working 0
wrong source, 1 wrong; aside 0 and 0. With ``_named_in_sentence_before`` alone, as merged (the limits below, working
and aside together): working 5 wrong source (items 01, 03, 05, 07, 08: the pair of a past clash), 0 wrong; aside 2
wrong source (09, 11), 0 wrong.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import events_with_trigger
from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_set56.jsonl"
MAX = {"no event": 0, "wrong source": 7, "wrong": 0, "missing": 0, "wrong type": 0}


def _sides(event) -> set[str]:
    """The countries of the event's sources: the set phrase is its subject."""
    return {p.country for p in event.source if p.actor is not None}


def test_probe_set56_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_set56_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)


def test_sets56_the_two_sides_to_come_stay_the_storys_pair(code):
    result = code("MANILA, May 6 (Reuters) - Australia will give the Philippines two patrol boats, the Australian "
                  "embassy said on Wednesday. Chinese and Vietnamese ships clashed near the Spratly Islands in 1988. "
                  "The two sides will sign the transfer papers in Canberra.", date="2026-05-06")
    [sign] = events_with_trigger(result, "sign")
    assert _sides(sign) == {"AUS", "PHL"}


def test_sets56_the_two_sides_with_a_date_of_today_stay_the_storys_pair(code):
    result = code("MANILA, May 6 (Reuters) - Australia will give the Philippines two patrol boats, the Australian "
                  "embassy said on Wednesday. Chinese and Vietnamese ships clashed near the Spratly Islands in 1988. "
                  "The two sides signed the transfer papers in Canberra on Tuesday.", date="2026-05-06")
    [signed] = events_with_trigger(result, "signed")
    assert _sides(signed) == {"AUS", "PHL"}


def test_sets56_three_countries_are_the_three_the_sentence_before_names(code):
    # a demonym on a word that names no actor ("Kenyan tea") names its state; the story's pair is not the three
    result = code("NAIROBI, May 6 (Reuters) - Kenya and Japan signed a loan deal for a new port on Wednesday, the "
                  "treasury said. Uganda is pushing a rival railway that would carry Kenyan tea across Rwanda. The "
                  "three countries signed a memorandum on that line in Kampala in 2024.", date="2026-05-06")
    [signed] = events_with_trigger(result, "signed a memorandum")
    assert _sides(signed) == {"UGA", "KEN", "RWA"}


def test_sets56_three_countries_need_exactly_three_in_the_sentence_before(code):
    # four states named in the sentence before: not the three (the rule gives nothing; no RWA from it)
    result = code("NAIROBI, May 6 (Reuters) - Kenya and Japan signed a loan deal for a new port on Wednesday, the "
                  "treasury said. Uganda is pushing a rival railway that would carry Kenyan tea across Rwanda and "
                  "Tanzania. The three countries signed a memorandum on that line in Kampala in 2024.",
                  date="2026-05-06")
    [signed] = events_with_trigger(result, "signed a memorandum")
    assert _sides(signed) != {"UGA", "KEN", "RWA"}
