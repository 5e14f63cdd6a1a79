"""Dates of session 62 (h-date62b), following eval/wire/README.md "Dates" (a date "on a noun of another clause dates
that thing"): a date inside a "since" phrase or clause whose object is an event noun or a clause of its own ("since a
first large raid in August 2024", "since it quit the deal in July 2023", "since the coup of July 2023") is the date of
that event, the start of a run of acts; the sentence's lone date does not date the act that runs on from it
(``DateAnchors._in_a_bounding_phrase``). A date right after "since" is left to the "since" bound as before. Sentences
written for the tests (synthetic, wire style); parses built by hand where the parse is not the point."""

import datetime as dt
from types import SimpleNamespace

from detente.model import Article

DAY = dt.date(2026, 5, 20)  # a Wednesday


def _view(vocab, rows: list[tuple[str, int, str]]):
    """A parse built by hand: (word, head, dep) a token."""
    from spacy.tokens import Doc

    from detente.parse_view import ParseView

    return ParseView.of(Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows],
                            deps=[r[2] for r in rows]))


def _bounded(coder, view, first: int, chain: set[int]) -> bool:
    from detente.events.date_anchors import DateAnchors

    return DateAnchors._in_a_bounding_phrase(SimpleNamespace(lex=coder.lexicon), view, first, chain)  # type: ignore[arg-type]


def test_dates62b_date_on_the_event_noun_a_since_phrase_names(coder):
    vocab = coder.nlp.parse("x").vocab
    view = _view(vocab, [("Malaysia", 2, "nsubj"), ("has", 2, "aux"), ("deported", 2, "ROOT"), ("workers", 2, "dobj"),
                         ("since", 2, "prep"), ("a", 6, "det"), ("raid", 4, "pobj"), ("in", 6, "prep"),
                         ("August", 7, "pobj"), ("2024", 8, "nummod"), (".", 2, "punct")])
    assert _bounded(coder, view, 8, {2})


def test_dates62b_date_in_a_since_clause_with_a_verb_of_its_own(coder):
    vocab = coder.nlp.parse("x").vocab
    view = _view(vocab, [("Sudan", 2, "nsubj"), ("has", 2, "aux"), ("shelled", 2, "ROOT"), ("villages", 2, "dobj"),
                         ("since", 6, "mark"), ("it", 6, "nsubj"), ("quit", 2, "advcl"), ("a", 8, "det"),
                         ("deal", 6, "dobj"), ("in", 6, "prep"), ("July", 9, "pobj"), ("2023", 10, "nummod"),
                         (".", 2, "punct")])
    assert _bounded(coder, view, 10, {2})
    # the act of the "since" clause itself keeps its date
    assert not _bounded(coder, view, 10, {6})


def test_dates62b_date_right_after_since_is_left_to_the_bound(coder):
    vocab = coder.nlp.parse("x").vocab
    view = _view(vocab, [("Malaysia", 2, "nsubj"), ("has", 2, "aux"), ("deported", 2, "ROOT"), ("workers", 2, "dobj"),
                         ("since", 2, "prep"), ("August", 4, "pobj"), ("2024", 5, "nummod"), (".", 2, "punct")])
    assert not _bounded(coder, view, 5, {2})


def _value(result, word: str):
    [event] = [e for e in result.events if word in e.trigger.text.split()]
    return event.date.value if event.date is not None else None


def test_dates62b_run_of_acts_since_an_event_takes_no_date_from_it(coder):
    text = ("Malaysia has deported thousands of Indonesian workers since a first large raid in August 2024, "
            "officials said.")
    assert _value(coder.code(Article(text=text, date=DAY)), "deported") is None


def test_dates62b_run_of_acts_since_a_clause_takes_no_date_from_it(coder):
    text = "Sudan's army has shelled villages in South Sudan repeatedly since it quit a ceasefire deal in July 2023."
    result = coder.code(Article(text=text, date=DAY))
    assert _value(result, "shelled") is None
    assert _value(result, "quit") == "2023-07"  # the act of the clause keeps it


def test_dates62b_since_an_event_noun_with_of(coder):
    text = "Thailand has expelled Cambodian diplomats twice since the coup of July 2023."
    assert _value(coder.code(Article(text=text, date=DAY)), "expelled") is None
