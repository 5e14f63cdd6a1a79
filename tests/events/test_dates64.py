"""Dates of session 64 (h-date64), following eval/wire/README.md "Dates". (1) One doer's two steps joined with "and",
the second with no doer of its own and the same tense, told with one time at their end ("Freedonia cut ties with
Ruritania and recognised Sylvania in September 2019"): the time is both acts' (``DateRules._date_of_the_next_verb``),
unless the second is told as later, is a saying, or the time is a bound or a deadline. (2) What the pair who met or
spoke agreed, joined with "and" to the dated clause of the call or meeting ("X spoke with Y by telephone on Tuesday,
and the two leaders agreed to set up a joint team"), takes that day: the README's "joint act of the pair who met"
(``DateRules._pair_agreeing_there``). Sentences written for the tests (synthetic, wire style); parses built by hand
where the parse is not the point; expected values worked out by hand from a calendar."""

import datetime as dt
from types import SimpleNamespace

from detente.model import Article, EventDate

DAY = dt.date(2026, 11, 20)  # a Friday


def _view(vocab, rows: list[tuple[str, int, str, str, str]]):
    """A parse built by hand: (word, head, dep, tag, pos) a token."""
    from spacy.tokens import Doc

    from detente.parse_view import ParseView

    return ParseView.of(Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows],
                            deps=[r[2] for r in rows], tags=[r[3] for r in rows], pos=[r[4] for r in rows],
                            lemmas=[_LEMMAS.get(r[0], r[0].lower()) for r in rows]))


_LEMMAS = {"said": "say", "recognised": "recognise", "cut": "cut"}


def _next_verb(coder, view, head: int, expressions, anchors):
    from detente.events.dating import DateRules

    rules = SimpleNamespace(lex=coder.lexicon)
    rules._bound = lambda v, first, *also: DateRules._bound(rules, v, first, *also)  # type: ignore[arg-type]
    rules._deadline = lambda v, first: DateRules._deadline(rules, v, first)  # type: ignore[arg-type]
    rules._point_in_time = lambda v, first, value: DateRules._point_in_time(rules, v, first, value)  # type: ignore[arg-type]
    candidate = SimpleNamespace(nominal=False, head=SimpleNamespace(i=head))
    return DateRules._date_of_the_next_verb(rules, view, candidate, expressions, anchors, set())  # type: ignore[arg-type]


SEPTEMBER = EventDate(text="September 2019", value="2019-09", granularity="month")


def _two_steps(vocab, second: str = "recognised", tag: str = "VBD", prep: str = "in", doer: bool = False,
               adverb: str | None = None):
    """ "Freedonia cut ties and [Ruritania] [later] <second> Sylvania <prep> September 2019." built by hand."""
    rows = [("Freedonia", 1, "nsubj", "NNP", "PROPN"), ("cut", 1, "ROOT", "VBD", "VERB"),
            ("ties", 1, "dobj", "NNS", "NOUN"), ("and", 1, "cc", "CC", "CCONJ")]
    if doer:
        rows.append(("Ruritania", 6 if adverb else 5, "nsubj", "NNP", "PROPN"))
    if adverb:
        rows.append((adverb, len(rows) + 1, "advmod", "RB", "ADV"))
    verb = len(rows)
    rows += [(second, 1, "conj", tag, "VERB"), ("Sylvania", verb, "dobj", "NNP", "PROPN"),
             (prep, verb, "prep", "IN", "ADP"), ("September", verb + 2, "pobj", "NNP", "PROPN"),
             ("2019", verb + 3, "nummod", "CD", "NUM"), (".", 1, "punct", ".", "PUNCT")]
    view = _view(vocab, rows)
    return view, [(verb + 3, verb + 4, SEPTEMBER)], [verb]


def test_dates64_one_time_at_the_end_dates_both_steps(coder):
    vocab = coder.nlp.parse("x").vocab
    view, expressions, anchors = _two_steps(vocab)
    assert _next_verb(coder, view, 1, expressions, anchors) == SEPTEMBER


def test_dates64_not_a_second_clause_with_a_doer_or_later_or_a_bound(coder):
    vocab = coder.nlp.parse("x").vocab
    view, expressions, anchors = _two_steps(vocab, doer=True)
    assert _next_verb(coder, view, 1, expressions, anchors) is None
    view, expressions, anchors = _two_steps(vocab, adverb="later")
    assert _next_verb(coder, view, 1, expressions, anchors) is None
    view, expressions, anchors = _two_steps(vocab, prep="since")
    assert _next_verb(coder, view, 1, expressions, anchors) is None
    view, expressions, anchors = _two_steps(vocab, prep="by")
    assert _next_verb(coder, view, 1, expressions, anchors) is None
    # a second step in another tense ("cut ties and has recognised ... since") is a clause of its own
    view, expressions, anchors = _two_steps(vocab, tag="VBN")
    assert _next_verb(coder, view, 1, expressions, anchors) is None
    # nor a saying: its date dates the saying
    view, expressions, anchors = _two_steps(vocab, second="said")
    assert _next_verb(coder, view, 1, expressions, anchors) is None


def _event(result, word: str):
    [event] = [e for e in result.events if word in e.trigger.text.split()]
    return event


def _value(result, word: str):
    event = _event(result, word)
    return event.date.value if event.date is not None else None


def test_dates64_first_of_two_steps_takes_the_time_at_the_end(explaining):
    text = ("TARAWA, Nov 20 (Reuters) - Kiribati's president met Chinese leaders in Beijing on Thursday, his office "
            "said.\n\n"
            "Kiribati cut ties with Taiwan and recognised Beijing in September 2019, and Maamau made his first state "
            "visit to China in January 2020.")
    result = explaining.code(Article(text=text, date=DAY))
    cut = _event(result, "cut")
    assert cut.date is not None and cut.date.value == "2019-09"
    assert "DateRules._date_of_the_next_verb" in cut.explanation.status["date"]


def test_dates64_what_the_pair_agreed_on_the_call_takes_its_day(explaining):
    text = ("MONROVIA, Nov 20 (Reuters) - Liberia asked Ghana on Friday to halt the eviction of former refugees, the "
            "foreign ministry said.\n\n"
            "President Joseph Boakai spoke with Ghanaian President John Mahama by telephone on Tuesday, and the two "
            "leaders agreed to set up a joint team to register the residents, the Liberian presidency said.")
    result = explaining.code(Article(text=text, date=DAY))
    agreed = _event(result, "agreed")
    assert agreed.date is not None and agreed.date.value == "2026-11-17"
    assert "DateRules._pair_agreeing_there" in agreed.explanation.status["date"]
