"""Dates of session 65 (h-date65): a signing that tells the making of a signed paper again ("The document was signed
by ...", "The exchange of notes was signed at a ceremony ...", "signed the document, under which ...") and an act
"Under the document" take the day the lead tells that paper made (``DateRules._made_under``), as eval/wire/README.md
"Dates" reads an act an agreement frames and as the dev gold merges such a retelling into the lead's dated signing;
a lead that makes the paper by exchanging it ("under notes exchanged in Vientiane on Tuesday") tells it made
(events/date_pacts.py, ``paper_named``). Sentences written for the tests (synthetic, wire style); parses built by
hand where the parse is not the point; expected values worked out by hand from a calendar."""

import datetime as dt

from tests.conftest import event_on

from detente.model import Article

DAY = dt.date(2026, 10, 15)  # a Thursday


def _doc(vocab, rows: list[tuple[str, int, str, str, str]]):
    """A parse built by hand: (word, head, dep, pos, lemma) a token."""
    from spacy.tokens import Doc

    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows])


PAPERS = frozenset({"agreement", "note", "document"})
VERBS = frozenset({"sign"})
EXCHANGES = frozenset({"exchange"})


def test_dates65_retold_exchange_of_notes_is_a_making_told_again(coder):
    from detente.events.date_pacts import retells_the_making

    vocab = coder.nlp.parse("x").vocab
    # "The exchange of notes was signed by the envoys."
    doc = _doc(vocab, [("The", 1, "det", "DET", "the"), ("exchange", 5, "nsubjpass", "NOUN", "exchange"),
                       ("of", 1, "prep", "ADP", "of"), ("notes", 2, "pobj", "NOUN", "note"),
                       ("was", 5, "auxpass", "AUX", "be"), ("signed", 5, "ROOT", "VERB", "sign"),
                       ("by", 5, "agent", "ADP", "by"), ("the", 8, "det", "DET", "the"),
                       ("envoys", 6, "pobj", "NOUN", "envoy"), (".", 5, "punct", "PUNCT", ".")])
    retold = retells_the_making(doc[5], PAPERS, VERBS, EXCHANGES)
    assert retold is not None and retold.i == 1
    # without the exchange nouns (as before session 65), no paper is retold
    assert retells_the_making(doc[5], PAPERS, VERBS) is None
    # an exchange of something else is no paper ("The exchange of fire was ...")
    doc = _doc(vocab, [("The", 1, "det", "DET", "the"), ("exchange", 5, "nsubjpass", "NOUN", "exchange"),
                       ("of", 1, "prep", "ADP", "of"), ("prisoners", 2, "pobj", "NOUN", "prisoner"),
                       ("was", 5, "auxpass", "AUX", "be"), ("signed", 5, "ROOT", "VERB", "sign"),
                       (".", 5, "punct", "PUNCT", ".")])
    assert retells_the_making(doc[5], PAPERS, VERBS, EXCHANGES) is None


def test_dates65_lead_making_notes_by_exchanging_them_tells_a_making(coder):
    from detente.events.date_pacts import tells_a_making

    vocab = coder.nlp.parse("x").vocab
    # "Japan will give Laos a grant under notes exchanged on Tuesday."
    doc = _doc(vocab, [("Japan", 2, "nsubj", "PROPN", "Japan"), ("will", 2, "aux", "AUX", "will"),
                       ("give", 2, "ROOT", "VERB", "give"), ("Laos", 2, "dative", "PROPN", "Laos"),
                       ("a", 5, "det", "DET", "a"), ("grant", 2, "dobj", "NOUN", "grant"),
                       ("under", 2, "prep", "ADP", "under"), ("notes", 6, "pobj", "NOUN", "note"),
                       ("exchanged", 7, "acl", "VERB", "exchange"), ("on", 8, "prep", "ADP", "on"),
                       ("Tuesday", 9, "pobj", "PROPN", "Tuesday"), (".", 2, "punct", "PUNCT", ".")])
    assert tells_a_making(list(doc), PAPERS, VERBS, EXCHANGES)
    assert not tells_a_making(list(doc), PAPERS, VERBS)
    # "The two armies exchanged fire on Tuesday.": an exchange of no paper makes nothing
    doc = _doc(vocab, [("The", 2, "det", "DET", "the"), ("two", 2, "nummod", "NUM", "two"),
                       ("armies", 3, "nsubj", "NOUN", "army"), ("exchanged", 3, "ROOT", "VERB", "exchange"),
                       ("fire", 3, "dobj", "NOUN", "fire"), ("on", 3, "prep", "ADP", "on"),
                       ("Tuesday", 5, "pobj", "PROPN", "Tuesday"), (".", 3, "punct", "PUNCT", ".")])
    assert not tells_a_making(list(doc), PAPERS, VERBS, EXCHANGES)


def test_dates65_retold_signing_of_the_document_takes_the_leads_day(explaining):
    text = ("RABAT, Oct 15 (AFP) - Morocco will train 40 Mauritanian customs officers under a memorandum signed in "
            "Nouakchott on Wednesday, the Moroccan foreign ministry said.\n\n"
            "The document was signed by the Moroccan ambassador and the Mauritanian finance minister.")
    result = explaining.code(Article(text=text, date=DAY))
    signed = [e for e in result.events if "signed" in e.trigger.text]
    assert signed, [e.trigger.text for e in result.events]
    assert signed[0].date is not None and signed[0].date.value == "2026-10-14"
    assert "DateRules._made_under" in signed[0].explanation.status["date"]


def test_dates65_no_day_when_the_lead_makes_no_paper(code):
    # control: the lead tells no agreement or paper made; the document retold has no day to take
    text = ("RABAT, Oct 15 (AFP) - Morocco accused Mauritania on Wednesday of stopping its lorries at the border, "
            "the Moroccan foreign ministry said.\n\n"
            "The document was signed by the Moroccan ambassador and the Mauritanian finance minister.")
    result = code(text, date=DAY.isoformat())
    signed = [e for e in result.events if "signed" in e.trigger.text]
    assert all(e.date is None for e in signed)


def test_dates65_act_under_the_document_takes_the_leads_day(code):
    text = ("ROME, Oct 15 (ANSA) - Italy and Cyprus signed a defence cooperation agreement in Nicosia on Wednesday, "
            "the Italian defence ministry said.\n\n"
            "Under the document, the two navies will hold joint exercises twice a year.")
    result = code(text, date=DAY.isoformat())
    hold = event_on(result, "hold")
    assert hold.date is not None and hold.date.value == "2026-10-14"
