"""The words the pair's "also agreed" rule reads come from cues.tsv (session 59, h-debt59): the ``additive`` adverb
("also") on the pair's agreement verb and the ``complementiser`` ("that") of a second clause agreed on
(``DateRules._agreeing_pair``, ``_continued_statement``). A coder whose lexicon lacks the kind no longer ties the act.
Sentences written for the tests (synthetic, wire style), as in test_also_agreed58.py (publication Thursday
2026-03-12)."""

import dataclasses
import datetime as dt

DAY = dt.date(2026, 3, 12)  # a Thursday
LEAD = ("LUSAKA, March 12 (Reuters) - Zambia and Malawi signed a border trade agreement on Tuesday during a visit "
        "by Malawi's president to Lusaka, the Zambian presidency said.\n\n")
ALSO = LEAD + "The two sides also agreed to set up a joint commission on border security."


def _coded(coder, text: str, without: str | None = None):
    from detente.model import Article
    from detente.pipeline import Coder

    lexicon = coder.lexicon if without is None else dataclasses.replace(
        coder.lexicon, cues={kind: words for kind, words in coder.lexicon.cues.items() if kind != without})
    return Coder(nlp=coder.nlp, kb=coder.kb, lexicon=lexicon, explain=True).code(Article(text=text, date=DAY))


def _date(result, word: str) -> tuple[str | None, str]:
    [event] = [e for e in result.events if word in e.trigger.text]
    return (event.date.value if event.date is not None else None), event.explanation.status["date"]


def test_cue_words59_the_kinds_are_in_the_data():
    from detente.events.lexicon import load_default

    cues = load_default().cues
    assert {"also", "too", "likewise"} <= cues["additive"]
    assert "that" in cues["complementiser"]


def test_cue_words59_also_is_read_from_the_additive_cue(coder):
    value, why = _date(_coded(coder, ALSO), "set up")
    assert value == "2026-03-10" and "_also_agreed" in why
    value, why = _date(_coded(coder, ALSO, without="additive"), "set up")
    assert "_also_agreed" not in why


def test_cue_words59_that_is_read_from_the_complementiser_cue(coder):
    # a second clause agreed on with a subject of its own, opened by "that"
    text = LEAD + ("The two sides also agreed that customs checks would be eased, and that the two navies would hold "
                   "joint patrols.")
    value, why = _date(_coded(coder, text), "hold joint patrols")
    assert value == "2026-03-10" and "_also_agreed" in why
    value, why = _date(_coded(coder, text, without="complementiser"), "hold joint patrols")
    assert value is None and "_also_agreed" not in why
