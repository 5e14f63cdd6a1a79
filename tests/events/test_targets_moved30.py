"""What a doer sends, gives, funds or buys is no side of its act (issue 11, "targets that are not actors", session
30, h-sent30): the object of a verb of sending one's forces (``dispatch_verb``) or of giving, funding or buying
(``giving_verb`` in words.tsv) that the text gives no country of its own ("a navy destroyer", "border police boats",
"the six ships") is the thing moved, never a target, whatever country the resolver guessed for it from an earlier
noun or the article; whom it goes to is ("to Sri Lanka", "ships for Vietnam's coast guard"). The sentences are
synthetic, written for these tests; the model's parse is coded (``code``), since the earlier sentence that gives
the resolver another country's forces is the point."""

import pytest


def _event(result, trigger: str):
    return next(e for e in result.events if trigger in e.trigger.text)


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


# the text, its date, a word of the act's trigger, its doers' countries (None: not read) and its targets' countries
@pytest.mark.parametrize(("text", "date", "trigger", "source", "target"), [
    pytest.param("MANILA, March 10 (Reuters) - A Chinese coast guard vessel blocked a Philippine supply boat near "
                 "Second Thomas Shoal on Monday. Japan said on Tuesday it would send a navy destroyer to the area "
                 "for joint drills.", "2026-03-10", "send", ["JPN"], [],
                 id="craft_sent_takes_no_country_from_another_countrys_ships"),
    pytest.param("BANGKOK, March 10 (Reuters) - Lao police arrested 40 suspects at a casino zone on Sunday. Across "
                 "the Mekong, Thailand deployed border police boats to stop suspects fleeing by river.",
                 "2026-03-10", "deployed", ["THA"], [], id="boats_of_a_force_deployed_are_no_target"),
    pytest.param("TOKYO, March 10 (Kyodo) - Chinese warships sailed near the Senkaku Islands on Monday. Japan will "
                 "give two coast guard cutters to Sri Lanka under a grant signed on Tuesday.", "2026-03-10", "give",
                 ["JPN"], ["LKA"], id="things_given_go_to_the_receiver_only"),
    pytest.param("KYIV, March 10 (Reuters) - Russian forces shelled Kharkiv overnight. Germany agreed on Wednesday "
                 "to finance 20 patrol boats for Ukraine's navy.", "2026-03-10", "finance", None, ["UKR"],
                 id="a_receiver_named_in_the_things_phrase_is_the_target"),
    pytest.param("ANKARA, March 10 (Reuters) - Turkey supplied Ukraine's navy with two corvettes last year, the "
                 "defence ministry said.", "2026-03-10", "supplied", None, ["UKR"],
                 id="a_named_receiver_as_the_object_stays_the_target"),
])
def test_targets_moved30_what_is_moved_is_no_target(code, text, date, trigger, source, target):
    event = _event(code(text, date=date), trigger)
    assert source is None or _countries(event.source) == source
    assert _countries(event.target) == target


def test_ships_financed_are_no_target(code):
    result = code("HANOI, March 13 (Kyodo) - A Chinese coast guard ship chased a Vietnamese fishing boat near the "
                  "Paracels on Wednesday. Japan agreed in 2020 to finance the six ships under a loan.",
                  date="2026-03-13")
    event = _event(result, "finance")
    assert _countries(event.source) == ["JPN"] and "CHN" not in _countries(event.target)
