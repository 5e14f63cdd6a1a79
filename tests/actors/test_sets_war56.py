""""The warring parties", "both warring sides", "the two sides of the war" are the pair the text tells at war, not
the story's pair (session 56, issue 11, h-set2; ``actors/sets._at_war``, ``war_word`` in words.tsv). And a
possessive owner of a ``relation_noun`` collective ("Qatar's Gulf partners") is none of it (``actors/sets._owners``;
unit test only, no probe: it moved no dev or recent article).

``tests/data/probe_war56.jsonl`` holds 12 short synthetic wire items (a dateline, an agency tag and two or three
sentences, written for this probe about real states with invented facts; none is taken or paraphrased from an
evaluation set). Each has a lead in which two states deal with each other, a sentence that tells two other parties
fighting (a war "between" them, "X's war against Y", "X invaded Y", "X seized a ridge from Y's forces", "X and Y
troops clashed", "X attacked Y positions", before the set or later in its own sentence), and a third party's appeal
to "the warring parties" (or "the two sides of the war"). Every act was annotated by reading, before the coder was
run on the items; four items (``"aside": true``) were kept out of sight while writing the rule (their counts only).

Counts by ``target_counts`` before the rule (main 9a7d737d): working items 4 wrong (the story's pair, or one of it,
given as the set), 1 missing; aside items 1 wrong, 1 missing. After it (the limits below, working and aside
together): working 1 wrong (item 02: the war told only in a sentence with a past year, "since X invaded Y in 2022",
which the rule passes over as it passes over a past war), 0 missing; aside 0 wrong, 0 missing.

All articles here are synthetic, written in agency style for the tests; none comes from an evaluation set."""

from tests.conftest import actors_of, events_with_trigger
from tests.probes import check_limits, check_side_probe, target_counts

PROBE = "probe_war56.jsonl"
MAX = {"no event": 0, "wrong source": 0, "wrong": 1, "missing": 0, "wrong type": 0}


def test_probe_war56_is_well_formed_and_synthetic(coder):
    check_side_probe(coder, PROBE)


def test_probe_war56_failures(coder):
    check_limits(target_counts(coder, PROBE), MAX)


def _targets(result, trigger: str) -> set[str]:
    [event] = events_with_trigger(result, trigger)
    return actors_of(event.target)


def test_sets_war56_the_warring_parties_are_the_pair_at_war_not_the_lead_pair(code):
    text = ("LUSAKA, May 5 (Reuters) - Zambia and Malawi signed a rail accord on Tuesday. Ethiopia's war against "
            "Eritrea has closed the Red Sea ports to their freight. Zambia urged the warring parties to talk.")
    assert _targets(code(text, date="2026-05-05"), "urged") == {"ETH", "ERI"}


def test_sets_war56_a_fight_later_in_the_set_sentence_gives_the_pair(code):
    text = ("HANOI, May 5 (Reuters) - Vietnam and Laos agreed on Tuesday to build a new bridge. Vietnam urged the "
            "warring parties to stop, days after Thai troops shelled Cambodian border posts.")
    assert _targets(code(text, date="2026-05-05"), "urged") == {"THA", "KHM"}


def test_sets_war56_a_past_war_is_passed_over_for_the_fight_before_it(code):
    text = ("ACCRA, May 5 (Reuters) - Ghana and Togo held talks on Tuesday. Ghana and Togo also agreed to share "
            "police data. Mali's army attacked Niger's border posts on Monday, the army said. Mali and Burkina Faso "
            "fought a border war in 1985. Ghana called on the warring parties to show restraint.")
    assert _targets(code(text, date="2026-05-05"), "called") == {"MLI", "NER"}


def test_sets_war56_a_pair_with_no_war_word_stays_the_story_pair(code):
    # "both sides" with no adjective of war is read as before: the lead's pair
    text = ("ACCRA, May 5 (Reuters) - Ghana accused Togo of moving border posts on Tuesday. The war between Ethiopia "
            "and Eritrea has raised fuel prices. Nigeria urged both sides to talk.")
    assert _targets(code(text, date="2026-05-05"), "urged") == {"GHA", "TGO"}



def test_sets_war56_its_gulf_partners_leave_out_their_owner(code):
    # a possessive owner of a ``relation_noun`` ("Qatar's Gulf partners") is none of its own partners (h-set2)
    text = ("DOHA, May 5 (Reuters) - Qatar said on Tuesday it would repay a Gulf loan over ten years. Kuwait thanked "
            "Qatar's Gulf partners for their support.")
    targets = _targets(code(text, date="2026-05-05"), "thanked")
    assert "QAT" not in targets and {"OMN", "SAU"} <= targets
