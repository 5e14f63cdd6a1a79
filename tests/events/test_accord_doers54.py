"""Doers of what an agreement says (issue 11, session 54, h-ctrl54): a "to"-infinitive or a participle with no
subject of its own on an agreement noun (``words.tsv`` accord_noun) that is the object of a verb making it
(accord_verb: sign, reach, strike, ...) is done by the agreement's makers ("Chile and Peru signed a pact to build a
bridge": the two build it; ``doers.accord_maker``), and a "to" clause the parser hangs on such a verb is what was
agreed, an act of its own, not what the signing was done for (``act_links._accord_made``).

All sentences are synthetic, written in agency style for these tests; none comes from a development set or from a
real article. Each test of the coder also checks a sense the rule must leave alone."""

from __future__ import annotations

DATE = "2026-03-06"


def _of(result, *codes: str) -> list:
    return [e for e in result.events if e.cameo in codes]


def _countries(participants) -> set[str | None]:
    return {p.country for p in participants}


def test_accord_doers54_an_infinitive_on_a_signed_pact_is_done_by_the_signers(code):
    result = code("Kazakhstan and Kyrgyzstan signed a memorandum to set up a joint commission on border water.",
                  date=DATE)
    [commission] = _of(result, "060")
    assert _countries(commission.source) | _countries(commission.target) == {"KAZ", "KGZ"}, result.events


def test_accord_doers54_an_infinitive_on_a_rejected_deal_is_not_the_rejecters(code):
    result = code("Kazakhstan rejected a deal to set up a joint commission on border water.", date=DATE)
    assert not any("KAZ" in _countries(e.source) for e in _of(result, "060")), result.events


def test_accord_doers54_what_a_deal_hung_on_the_verb_provides_stays_its_purpose(code):
    # the parser hangs "to reopen" on "reached": the deal's purpose, joined to it (act_links.purpose_host); coding it
    # as an act of its own too cost a date and a spurious event on aside at the merge (session 54)
    result = code("SANTIAGO, March 6 (Reuters) - Chile and Bolivia reached a deal on Monday to reopen the border "
                  "crossing at Colchane, the Chilean government said.", date=DATE)
    assert _of(result, "057") and not _of(result, "0872"), [e.cameo for e in result.events]


def test_accord_doers54_a_maker_the_content_is_done_to_is_no_doer_of_it(code):
    result = code("Japan and Poland signed an agreement on Friday to train Polish engineers at Japanese chip plants.",
                  date=DATE)
    [training] = [e for e in result.events if "train" in e.trigger.text]
    assert _countries(training.source) == {"JPN"} and "POL" in _countries(training.target), result.events
    both = code("Japan and Poland signed an agreement on Friday to set up a joint commission on chip plants.",
                date=DATE)
    [commission] = _of(both, "060")
    assert _countries(commission.source) | _countries(commission.target) == {"JPN", "POL"}, both.events


def test_accord_doers54_the_explanation_names_the_rule(explaining):
    from detente.model import Article

    result = explaining.code(Article(text="Kazakhstan and Kyrgyzstan signed a memorandum to set up a joint "
                                          "commission on border water.", date=DATE))
    [commission] = _of(result, "060")
    assert any("accord_maker" in side for side in commission.explanation.sides), commission.explanation.sides


def _parse(vocab, rows: list[tuple[str, str, int, str, str, str]]):
    """A parse built by hand: (word, lemma, head, dep, tag, pos) a token."""
    from spacy.tokens import Doc

    return Doc(vocab, words=[r[0] for r in rows], lemmas=[r[1] for r in rows], heads=[r[2] for r in rows],
               deps=[r[3] for r in rows], tags=[r[4] for r in rows], pos=[r[5] for r in rows])


def test_accord_doers54_accord_maker_reads_the_verb_that_made_the_agreement(coder):
    from detente.events.doers import accord_maker

    words, vocab = coder.lexicon.words, coder.nlp.parse("x").vocab

    def pact(verb: str, lemma: str, noun: str) -> list:
        # "<Laos> <verb> a <noun> to build a dam", the infinitive hung on the noun
        return _parse(vocab, [("Laos", "Laos", 1, "nsubj", "NNP", "PROPN"), (verb, lemma, 1, "ROOT", "VBD", "VERB"),
                              ("a", "a", 3, "det", "DT", "DET"), (noun, noun, 1, "dobj", "NN", "NOUN"),
                              ("to", "to", 5, "aux", "TO", "PART"), ("build", "build", 3, "acl", "VB", "VERB"),
                              ("a", "a", 7, "det", "DT", "DET"), ("dam", "dam", 5, "dobj", "NN", "NOUN")])

    signed = pact("signed", "sign", "pact")
    assert getattr(accord_maker(signed[5], words), "i", None) == 1
    struck = pact("struck", "strike", "deal")
    assert getattr(accord_maker(struck[5], words), "i", None) == 1
    rejected = pact("rejected", "reject", "deal")  # no verb making the deal
    assert accord_maker(rejected[5], words) is None
    plan = pact("signed", "sign", "report")  # no agreement noun
    assert accord_maker(plan[5], words) is None
    assert accord_maker(signed[1], words) is None  # the signing itself
    hung = pact("signed", "sign", "pact")
    hung[5].head, hung[5].dep_ = hung[1], "advcl"  # the parser's "to" clause on the signing verb
    assert getattr(accord_maker(hung[5], words), "i", None) == 1
    talks = pact("signed", "sign", "letter")  # a verb that makes no agreement: a purpose, no content
    talks[5].head, talks[5].dep_ = talks[1], "advcl"
    assert accord_maker(talks[5], words) is None
