"""Dates of session 63 (h-date63), following eval/wire/README.md "Dates" (acts an agreement sets out, "told in an 'under
which' clause on the agreement, or in a later sentence that names it as their document", take the agreement's date
unless they have time words of their own; audit of session 57). The agreement a clause is done under is found through
a relative clause opened by "under which" on an ``accord_noun`` ("signed a memorandum under which Korean firms will
build ...") and through a clause a ``contrast_mark`` sets beside the one framed ("Under the deal, Chile will supply
..., while Korea will lend ...": ``date_pacts.under_agreement``), so that ``DateRules._made_under`` gives such an act
the day of the agreement the lead tells made. Sentences written for the tests (synthetic, wire style); parses built
by hand where the parse is not the point; expected values worked out by hand from a calendar."""

import datetime as dt

from detente.model import Article

DAY = dt.date(2026, 11, 13)  # a Friday


def _parse(vocab, rows: list[tuple[str, str, int, str, str, str]]):
    """A parse built by hand: (word, lemma, head, dep, tag, pos) a token."""
    from spacy.tokens import Doc

    return Doc(vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows], heads=[r[2] for r in rows],
               deps=[r[3] for r in rows], tags=[r[4] for r in rows], pos=[r[5] for r in rows])


def _under_which(vocab, noun: str, relative: str = "which"):
    """ "Korea signed a <noun> under <relative> firms will build a plant" built by hand."""
    return _parse(vocab, [("Korea", "Korea", 1, "nsubj", "NNP", "PROPN"), ("signed", "sign", 1, "ROOT", "VBD", "VERB"),
                          ("a", "a", 3, "det", "DT", "DET"), (noun, noun, 1, "dobj", "NN", "NOUN"),
                          ("under", "under", 8, "prep", "IN", "ADP"), (relative, relative, 4, "pobj", "WDT", "PRON"),
                          ("firms", "firm", 8, "nsubj", "NNS", "NOUN"), ("will", "will", 8, "aux", "MD", "AUX"),
                          ("build", "build", 3, "relcl", "VB", "VERB"), ("a", "a", 10, "det", "DT", "DET"),
                          ("plant", "plant", 8, "dobj", "NN", "NOUN")])


def _beside(vocab, mark: str):
    """ "Under the deal Chile will supply lithium <mark> Korea will lend money" built by hand."""
    return _parse(vocab, [("Under", "under", 5, "prep", "IN", "ADP"), ("the", "the", 2, "det", "DT", "DET"),
                          ("deal", "deal", 0, "pobj", "NN", "NOUN"), ("Chile", "Chile", 5, "nsubj", "NNP", "PROPN"),
                          ("will", "will", 5, "aux", "MD", "AUX"), ("supply", "supply", 5, "ROOT", "VB", "VERB"),
                          ("lithium", "lithium", 5, "dobj", "NN", "NOUN"), (mark, mark, 10, "mark", "IN", "SCONJ"),
                          ("Korea", "Korea", 10, "nsubj", "NNP", "PROPN"), ("will", "will", 10, "aux", "MD", "AUX"),
                          ("lend", "lend", 5, "advcl", "VB", "VERB"), ("money", "money", 10, "dobj", "NN", "NOUN")])


def test_dates63_under_agreement_finds_the_agreement_an_under_which_clause_is_on(coder):
    from detente.events.date_pacts import under_agreement

    words, vocab = coder.lexicon.words, coder.nlp.parse("x").vocab
    doc = _under_which(vocab, "memorandum")
    assert getattr(under_agreement(doc[8], words.accord_noun, words.accord_part_noun), "i", None) == 3
    # controls: a relative clause on a noun of no agreement, and one "whose" opens, frame nothing
    assert under_agreement(_under_which(vocab, "law")[8], words.accord_noun, words.accord_part_noun) is None
    doc = _under_which(vocab, "memorandum", relative="whose")
    assert under_agreement(doc[8], words.accord_noun, words.accord_part_noun) is None


def test_dates63_under_agreement_frames_a_clause_set_beside_the_framed_one(coder):
    from detente.events.date_pacts import under_agreement

    words, vocab = coder.lexicon.words, coder.nlp.parse("x").vocab
    args = (words.accord_noun, words.accord_part_noun, words.contrast_mark)
    assert getattr(under_agreement(_beside(vocab, "while")[10], *args), "i", None) == 2
    # a clause of cause or time is a clause of its own
    assert under_agreement(_beside(vocab, "because")[10], *args) is None


def test_dates63_contrast_marks_are_in_the_lexicon(coder):
    assert {"while", "whereas"} <= coder.lexicon.words.contrast_mark


def test_dates63_clause_beside_the_terms_takes_the_leads_day(explaining):
    text = ("SANTIAGO, Nov 13 (Reuters) - Chile and South Korea signed a lithium memorandum on Wednesday, the Chilean "
            "mining ministry said.\n\n"
            "Under the memorandum, Chile will offer Korean firms long-term contracts, while South Korea will "
            "provide 500 million dollars in loans for processing plants.")
    result = explaining.code(Article(text=text, date=DAY))
    [provide] = [e for e in result.events if "provide" in e.trigger.text.split()]
    assert provide.date is not None and provide.date.value == "2026-11-11"
    assert "DateRules._made_under" in provide.explanation.status["date"]
