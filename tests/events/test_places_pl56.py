"""Places of session 56 (issue 11, h-pl56): a place phrase that describes an actor places nothing
(eval/wire/README.md, places: "in <city>" describing an actor).

``PlaceRules._speaker_word``: a word that names the speaker of the sentence's words (the subject of a verb of saying
that is not the act's own, the object of "according to", or a word that speaker's phrase holds) carries no place of
the act, even where the coder took it for a side: "..., the Thai embassy in Vientiane said". And a foreign envoy or
office a measure reducing relations falls on (CAMEO 16) is named with its post, which is no place of the decision:
"ordered the ambassador in X to leave". An envoy posted in a city who meets a party of that city's country meets
it there (``PlaceRules._posted_meeting``, the rule h-loc56 prepared): "Japan's ambassador in X met Vietnam's deputy
foreign minister".

All sentences here are synthetic, written in agency style for the tests; none comes from an evaluation set. The
model's parse is used: the rule reads the parser's subject of the saying and its "according to" phrase."""

from types import SimpleNamespace

import pytest
from tests.conftest import events_of

from detente.events.places import PlaceRules
from detente.parse_view import ParseView


def _speaker(nlp, coder, text: str, word: str, act: str) -> bool:
    doc = nlp.parse(text)
    view = ParseView.of(doc)
    token = next(t.i for t in doc if t.text == word)
    acts = {t.i for t in doc if t.text == act}
    return PlaceRules._speaker_word(SimpleNamespace(lex=coder.lexicon), view, token, acts)


@pytest.mark.parametrize(("text", "word"), [
    ("Laos agreed to take back 40 of its citizens, the Thai embassy in Vientiane said on Monday.", "embassy"),
    ("A Western diplomat in Tashkent said Uzbekistan had agreed to reopen two crossings.", "diplomat"),
    ("According to the Russian embassy in Astana, Kazakhstan agreed to return the cargo.", "embassy"),
    # a word the speaker's phrase holds
    ("Norway agreed to fund the appeal, a spokesman for the U.N. office in Geneva said.", "office"),
])
def test_places_pl56_the_speaker_of_the_words_is_no_holder_of_the_place(nlp, coder, text, word):
    assert _speaker(nlp, coder, text, word, "agreed")


@pytest.mark.parametrize(("text", "word", "act"), [
    # the act's own verb of saying: its subject is the doer
    ("The Thai embassy in Vientiane said on Monday that the talks had ended.", "embassy", "said"),
    # a doer of a deed, not a speaker
    ("Police in Lusaka fired tear gas at students on Friday, witnesses said.", "Police", "fired"),
    # the target of the act
    ("Laos agreed to take back 40 of its citizens from the camp in Udon Thani, officials said.", "camp", "agreed"),
])
def test_places_pl56_a_doer_or_a_target_is_no_speaker(nlp, coder, text, word, act):
    assert not _speaker(nlp, coder, text, word, act)


def test_places_pl56_an_envoy_a_measure_reducing_relations_falls_on_gives_no_place(code):
    text = ("MOSCOW, March 6 (Reuters) - Russia on Friday ordered two staff of the Estonian embassy in Moscow to "
            "leave within seven days, citing espionage.")
    acts = [e for e in events_of(code(text, date="2026-03-06"), cameo="16")]
    assert acts and {e.location.country if e.location else None for e in acts} == {None}


@pytest.mark.parametrize(("text", "country"), [
    # an envoy posted in a city meets officials of the state it is posted to: there
    ("HANOI, March 6 (Kyodo) - Japan's ambassador in Hanoi met Vietnam's deputy foreign minister on Friday to discuss "
     "the detained crew.", "VNM"),
    # the met party of another country: the posting is no place of the meeting
    ("HANOI, March 6 (Kyodo) - Japan's ambassador in Hanoi met China's special envoy on Friday to discuss the "
     "detained crew.", None),
])
def test_places_pl56_an_envoy_meets_its_hosts_where_it_is_posted(code, text, country):
    acts = [e for e in events_of(code(text, date="2026-03-06")) if e.trigger.text.startswith("met")]
    assert acts and {e.location.country if e.location else None for e in acts} == {country}
