"""Direct quotes: where they are and who says them (synthetic sentences written for these tests)."""

from tests.conftest import code_tree

from detente.events.quotes import find_quotes


def test_quotes_curly_and_straight_spans_are_the_inner_words():
    text = 'He said: “We will not yield.” Later: "Talks are over."'
    spans = find_quotes(text)
    assert [text[s:e] for s, e in spans] == ["We will not yield.", "Talks are over."]


def test_quotes_empty_and_overlapping_quotes_are_skipped():
    text = 'An empty “ ” quote, then “an outer "inner" one”.'
    assert [text[s:e] for s, e in find_quotes(text)] == ['an outer "inner" one']


def test_quotes_across_paragraphs_and_whitespace_trimmed():
    text = "“ First part of a long statement\n\nand its second paragraph ”"
    [(start, end)] = find_quotes(text)
    assert text[start:end] == "First part of a long statement\n\nand its second paragraph"


def test_quotes_speaker_is_the_subject_of_said_and_we_is_the_speakers_side(blank_coder):
    result = code_tree(blank_coder, """
        “          “          PUNCT ``  punct 7 O
        We         we         PRON  PRP nsubj 3 O
        will       will       AUX   MD  aux   3 O
        retaliate  retaliate  VERB  VB  ccomp 7 O
        ,          ,          PUNCT ,   punct 7 O
        ”          ”          PUNCT ''  punct 7 O
        Kenya      Kenya      PROPN NNP nsubj 7 B-GPE
        said       say        VERB  VBD ROOT  7 O
        .          .          PUNCT .   punct 7 O
    """)
    [quote] = result.quotes
    assert quote.text == "We will retaliate," and quote.speaker.actor == "KEN"
    kenya = next(a for a in result.actors if a.id == "KEN")
    assert any(m.text == "We" and m.via == "pronoun" for m in kenya.mentions)


def test_quotes_step_leaves_the_found_table_unchanged(blank_coder):
    from tests.conftest import tree

    from detente.model import Article
    from detente.pipeline import STEPS
    from detente.records import Parsed

    doc = tree(blank_coder.nlp.language.vocab, """
        “          “          PUNCT ``  punct 7 O
        We         we         PRON  PRP nsubj 3 O
        will       will       AUX   MD  aux   3 O
        retaliate  retaliate  VERB  VB  ccomp 7 O
        ,          ,          PUNCT ,   punct 7 O
        ”          ”          PUNCT ''  punct 7 O
        Kenya      Kenya      PROPN NNP nsubj 7 B-GPE
        said       say        VERB  VBD ROOT  7 O
        .          .          PUNCT .   punct 7 O
    """)
    found = STEPS[0].run(Parsed(article=Article(text=doc.text), doc=doc), blank_coder.knowledge)
    quoted = STEPS[1].run(found, blank_coder.knowledge)
    assert 1 not in found.actors.by_token and quoted.actors.by_token[1].key == "KEN"
