"""Dates of session 62 (h-date62), following eval/wire/README.md "Dates" (an act told at an occasion the text names
takes that occasion's day: "during the call", 243; a dated agreement frames what is told of its making). The talks,
meeting or call at which "the" agreement was made, told again after the lead ("The agreement was reached during a
video call between ..."), takes the day of the agreement the lead tells made (``date_pacts.occasion_of_a_making``,
``DateRules._made_under``); "at the ceremony" / "after the ceremony" names the solemn occasion of the lead's news
whatever verb the lead tells it by (a ``ceremony_noun``), and "after the signing" names the lead's signing
(``DateRules._named_occasion_day``). Sentences written for the tests (synthetic, wire style); parses built by hand where
the parse is not the point; expected values worked out by hand from a calendar."""

import datetime as dt

from detente.model import Article

DAY = dt.date(2026, 11, 13)  # a Friday


def _parse(vocab, rows: list[tuple[str, str, int, str, str, str]]):
    """A parse built by hand: (word, lemma, head, dep, tag, pos) a token."""
    from spacy.tokens import Doc

    return Doc(vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows], heads=[r[2] for r in rows],
               deps=[r[3] for r in rows], tags=[r[4] for r in rows], pos=[r[5] for r in rows])


def _reached(vocab, det: str, noun: str, prep: str, occasion: str):
    """ "<det> <noun> was reached <prep> a <occasion>" built by hand."""
    return _parse(vocab, [(det, det.lower(), 1, "det", "DT", "DET"), (noun, noun, 3, "nsubjpass", "NN", "NOUN"),
                          ("was", "be", 3, "auxpass", "VBD", "AUX"), ("reached", "reach", 3, "ROOT", "VBN", "VERB"),
                          (prep, prep, 3, "prep", "IN", "ADP"), ("a", "a", 6, "det", "DT", "DET"),
                          (occasion, occasion, 4, "pobj", "NN", "NOUN")])


def test_dates62_occasion_of_a_making_finds_the_agreement_retold(coder):
    from detente.events.date_pacts import occasion_of_a_making

    words, vocab = coder.lexicon.words, coder.nlp.parse("x").vocab
    args = (words.making_occasion_noun, words.accord_noun, words.accord_verb)
    call = _reached(vocab, "The", "agreement", "during", "call")
    assert getattr(occasion_of_a_making(call[6], *args), "i", None) == 1
    talks = _reached(vocab, "The", "accord", "at", "talks")
    assert getattr(occasion_of_a_making(talks[6], *args), "i", None) == 1


def test_dates62_occasion_of_a_making_leaves_a_new_agreement_a_visit_or_another_preposition(coder):
    from detente.events.date_pacts import occasion_of_a_making

    words, vocab = coder.lexicon.words, coder.nlp.parse("x").vocab
    args = (words.making_occasion_noun, words.accord_noun, words.accord_verb)
    assert occasion_of_a_making(_reached(vocab, "An", "agreement", "during", "call")[6], *args) is None
    # a visit is dated by its arrival (DateRules._arrival_of_the_visit), not by the signing done during it
    assert occasion_of_a_making(_reached(vocab, "The", "agreement", "during", "visit")[6], *args) is None
    assert occasion_of_a_making(_reached(vocab, "The", "agreement", "after", "call")[6], *args) is None


def _value(event):
    return event.date.value if event.date is not None else None


def _on(result, word: str):
    [event] = [e for e in result.events if word in e.trigger.text.split()]
    return event


def test_dates62_call_the_agreement_was_reached_in_takes_the_leads_day(explaining):
    text = ("COLOMBO, Nov 13 (Reuters) - Sri Lanka and the Maldives signed an agreement on Wednesday to share "
            "data on fishing boats in their waters, the Sri Lankan foreign ministry said.\n\n"
            "The agreement was reached during a video call between the two foreign ministers, the ministry said "
            "in a statement.")
    call = _on(explaining.code(Article(text=text, date=DAY)), "call")
    assert _value(call) == "2026-11-11"
    assert "DateRules._made_under" in call.explanation.status["date"]


def test_dates62_ceremony_names_the_leads_handover(explaining):
    text = ("SUVA, Nov 13 (AAP) - Japan handed over a patrol boat to Fiji on Thursday to help the island nation "
            "guard its waters, the Japanese embassy said.\n\n"
            "Speaking at the ceremony, Fiji's prime minister thanked Japan for its support.")
    thanked = _on(explaining.code(Article(text=text, date=DAY)), "thanked")
    assert _value(thanked) == "2026-11-12"
    assert "DateRules._named_occasion_day" in thanked.explanation.status["date"]


def test_dates62_after_the_signing_names_the_leads_signing_over_a_day_of_another_paragraph(explaining):
    text = ("VICTORIA, Nov 13 (Xinhua) -- Seychelles and India signed an agreement here on Wednesday under which "
            "Indian aircraft will patrol the islands' waters, the foreign ministry said.\n\n"
            "The agreement was signed by the foreign minister and an Indian admiral, who arrived in Victoria on "
            "Tuesday.\n\n"
            "President Patrick Herminie received the Indian delegation after the signing, the State House said.")
    received = _on(explaining.code(Article(text=text, date=DAY)), "received")
    assert _value(received) == "2026-11-11"
