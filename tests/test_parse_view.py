"""The parse view (detente.parse_view) holds the same facts as the spaCy tokens it replaces in the rules' walks."""

from __future__ import annotations

import pytest
from tests.conftest import tree

from detente.events.lexicon import load_default
from detente.parse_view import Names, ParseView, TokenView

# Synthetic wire copy: two paragraphs, a dateline, a person, an organisation and a clause hung on a noun.
TEXT = ("GENEVA, March 3 (Reuters) - Freedonia's foreign minister, Anna Weber, met her Sylvanian counterpart "
        "on Monday, officials said. The talks, which the United Nations hosted, ended without a deal.\n\n"
        "Sylvania rejected the proposal and recalled its ambassador.")


def _token_facts(doc) -> list[tuple]:
    return [(t.head.i, t.dep_, t.pos_, t.tag_, t.lower_, t.lemma_.lower(), t.ent_type_, t.ent_iob_, t.idx,
             t.idx + len(t.text), t.is_space, t.is_punct, tuple(c.i for c in t.children), t.sent.start, t.sent.end)
            for t in doc]


def _view_facts(view: ParseView) -> list[tuple]:
    return [(view.head[i], view.dep[i], view.pos[i], view.tag[i], view.lower[i], view.lemma[i], view.ent_type[i],
             view.ent_iob[i], view.idx[i], view.end[i], view.is_space[i], view.is_punct[i], view.children[i],
             view.sent_start[view.sent[i]], view.sent_end[view.sent[i]]) for i in range(len(view.head))]


def test_parse_view_matches_the_tokens_of_a_parsed_article(nlp):
    doc = nlp.parse(TEXT)
    names = Names()
    view = ParseView.of(doc, names)
    assert _view_facts(view) == _token_facts(doc)
    assert view.text == doc.text and view.text[view.idx[5]:view.end[11]] == doc[5:12].text
    assert len(view.sent_start) == len(list(doc.sents)) > 2
    # a second doc of the same vocabulary, with the strings already looked up, reads the same
    other = nlp.parse("Sylvania recalled its ambassador from Freedonia on Monday, the ministry said.")
    assert _view_facts(ParseView.of(other, names)) == _token_facts(other)


def test_parse_view_of_a_hand_built_tree(blank_nlp):
    doc = tree(blank_nlp.language.vocab, """
        Kenya    Kenya    PROPN NNP nsubj 1 B-GPE
        expelled expel    VERB  VBD ROOT  1 O
        two      two      NUM   CD  nummod 3 O
        envoys   envoy    NOUN  NNS dobj  1 O
        .        .        PUNCT .   punct 1 O
        Uganda   Uganda   PROPN NNP nsubj 6 B-GPE
        protested protest VERB  VBD ROOT  6 O
        .        .        PUNCT .   punct 6 O
    """)
    view = ParseView.of(doc)
    assert _view_facts(view) == _token_facts(doc)
    assert view.children[1] == (0, 3, 4) and view.head[5] == 6 and view.sent == [0] * 5 + [1] * 3


def test_parse_view_root_of_a_stretch_is_the_span_root(nlp, blank_nlp):
    from spacy.tokens import Doc

    # every stretch of up to 8 words of a parsed article (across sentences too), and of a hand-built doc
    # whose bare punctuation and whitespace words hang outside the stretch (spaCy counts them as far)
    hand = Doc(blank_nlp.language.vocab, words=[",", "\n", "Kenya", "expelled", "two", "envoys", "."],
               spaces=[False] * 7, heads=[3, 3, 3, 3, 5, 3, 3], deps=["punct", "dep", "nsubj", "ROOT", "nummod",
                                                                    "dobj", "punct"])
    assert hand[1].is_space and hand[0].is_punct
    for doc in (nlp.parse(TEXT), hand):
        view = ParseView.of(doc)
        for start in range(len(doc)):
            for end in range(start + 1, min(start + 9, len(doc) + 1)):
                assert view.root(start, end) == doc[start:end].root.i, (start, end)


def test_parse_view_edges_are_the_tokens_edges(nlp, blank_nlp):
    from spacy.tokens import Doc

    # a parsed article, and a hand-built doc whose last word hangs on the first verb across a sentence
    hand = Doc(blank_nlp.language.vocab, words=["Kenya", "expelled", "two", "envoys", ".", "Uganda", "protested"],
               heads=[1, 1, 3, 1, 1, 6, 1], deps=["nsubj", "ROOT", "nummod", "dobj", "punct", "nsubj", "conj"])
    for doc in (nlp.parse(TEXT), hand):
        view = ParseView.of(doc)
        assert [view.edges(i) for i in range(len(doc))] == [(t.left_edge.i, t.right_edge.i) for t in doc]



def test_parse_view_edges_are_kept_per_view_and_asked_again_give_the_walk(blank_nlp):
    from spacy.tokens import Doc

    # session 55: the edges of a word are walked once and kept in the view's memo; asked again (in any order) they
    # are the walk's answer, and a view of another doc with the same indices keeps its own
    words = ["Kenya", "expelled", "two", "envoys", ".", "Uganda", "protested"]
    first = ParseView.of(Doc(blank_nlp.language.vocab, words=words, heads=[1, 1, 3, 1, 1, 6, 1],
                             deps=["nsubj", "ROOT", "nummod", "dobj", "punct", "nsubj", "conj"]))
    other = ParseView.of(Doc(blank_nlp.language.vocab, words=words, heads=[1, 1, 3, 1, 1, 6, 6],
                             deps=["nsubj", "ROOT", "nummod", "dobj", "punct", "nsubj", "ROOT"]))
    walked = [first._edges(i) for i in range(len(words))]
    assert [first.edges(i) for i in reversed(range(len(words)))] == walked[::-1]
    assert first.memo["edges"] == dict(enumerate(walked)) and first.edges(1) == (0, 6)
    assert [first.edges(i) for i in range(len(words))] == walked
    assert other.edges(1) == (0, 4) and other.edges(6) == (5, 6) and first.edges(1) == (0, 6)

def test_parse_view_subtree_is_the_tokens_subtree(nlp, blank_nlp):
    from spacy.tokens import Doc

    # a parsed article, and a hand-built doc with an arc that crosses another (not projective): the order too
    hand = Doc(blank_nlp.language.vocab, words=["Kenya", "expelled", "two", "envoys", ".", "Uganda", "protested"],
               heads=[1, 1, 3, 6, 1, 6, 1], deps=["nsubj", "ROOT", "nummod", "dobj", "punct", "nsubj", "conj"])
    for doc in (nlp.parse(TEXT), hand):
        view = ParseView.of(doc)
        assert [view.subtree(i) for i in range(len(doc))] == [[s.i for s in t.subtree] for t in doc]
    assert ParseView.of(hand).subtree(6) == [2, 3, 5, 6]


def test_parse_view_ancestors_are_the_tokens_ancestors(nlp, blank_nlp):
    from spacy.tokens import Doc

    hand = Doc(blank_nlp.language.vocab, words=["Kenya", "expelled", "two", "envoys", ".", "Uganda", "protested"],
               heads=[1, 1, 3, 6, 1, 6, 1], deps=["nsubj", "ROOT", "nummod", "dobj", "punct", "nsubj", "conj"])
    for doc in (nlp.parse(TEXT), hand):
        view = ParseView.of(doc)
        assert [view.ancestors(i) for i in range(len(doc))] == [[a.i for a in t.ancestors] for t in doc]
    assert ParseView.of(hand).ancestors(2) == [3, 6, 1]


def test_parse_view_of_an_empty_doc(nlp):
    view = ParseView.of(nlp.parse(""))
    assert view.head == [] and view.children == [] and view.sent_start == []


def test_token_view_reads_the_same_columns_as_the_view(nlp):
    doc = nlp.parse(TEXT)
    view, lazy = ParseView.of(doc), TokenView(doc)
    for column in ("head", "dep", "lower", "lemma", "children"):
        assert [getattr(lazy, column)[i] for i in range(len(doc))] == getattr(view, column), column


def test_verb_patterns_match_the_same_with_or_without_a_view(nlp):
    # synthetic wire copy: particles, a fixed object, a preposition's object, a contained noun, a hyphenated verb
    doc = nlp.parse("Sylvania called off the strike and walked out of the talks on Monday. Freedonia test-fired "
                    "a missile, took part in a round of talks and pledged to provide food supplies to Sylvania.")
    lexicon, view = load_default(), ParseView.of(doc)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    matched = [lexicon.match_verb(t, view) for t in verbs]
    assert [lexicon.match_verb(t) for t in verbs] == matched
    assert sum(p is not None for p in matched) >= 4


def test_parse_view_coordination_head_climbs_conjuncts_only(blank_nlp):
    from spacy.tokens import Doc

    # "Kenya struck camps , burned depots and seized arms of the AU , the bloc": hand-built
    words = ["Kenya", "struck", "camps", ",", "burned", "depots", "and", "seized", "arms", "of", "the", "AU", ",",
             "the", "bloc"]
    heads = [1, 1, 1, 1, 1, 4, 4, 4, 7, 8, 11, 9, 11, 14, 11]
    deps = ["nsubj", "ROOT", "dobj", "punct", "conj", "dobj", "cc", "conj", "dobj", "prep", "det", "pobj", "punct",
            "det", "appos"]
    view = ParseView.of(Doc(blank_nlp.language.vocab, words=words, heads=heads, deps=deps))
    assert view.coordination_head(7) == 1  # seized -> burned -> struck
    assert view.coordination_head(4) == 1
    assert view.coordination_head(1) == 1  # the root stays
    assert view.coordination_head(8) == 8  # an object is no conjunct
    assert view.coordination_head(14) == 14  # an apposition climbs only when asked
    assert view.coordination_head(14, ("conj", "appos")) == 11


def test_parse_view_char_span_is_the_docs_expanded_char_span(nlp):
    # every stretch of characters of up to 30 (and some backwards, and past either end) of a parsed article
    # with a blank run and a paragraph break: the words of doc.char_span(..., alignment_mode="expand"), or None
    doc = nlp.parse(TEXT.replace("met her", "met   her"))
    view = ParseView.of(doc)
    size = len(doc.text)
    for start in range(-2, size + 2):
        for end in range(start - 2, min(start + 30, size + 3)):
            try:
                span = doc.char_span(start, end, alignment_mode="expand")
            except (IndexError, ValueError):
                try:
                    view.char_span(start, end)
                except IndexError:
                    continue
                raise AssertionError(f"{start}:{end} spaCy raises, the view does not") from None
            assert view.char_span(start, end) == (None if span is None else (span.start, span.end)), (start, end)


def test_parse_view_text_is_the_kept_parse_copy(nlp):
    # nlp keeps the parse copy a doc was made from (one text, a batch, and a text long enough to be
    # parsed in chunks); the view takes it rather than joining every word again, and joins the words
    # when what is kept does not fit the doc
    long = " ".join([TEXT] * 200)  # over nlp.CHUNK_CHARS
    for doc in (nlp.parse(TEXT), *nlp.pipe([TEXT, "Sylvania protested."]), nlp.parse(long)):
        view = ParseView.of(doc)
        assert view.text == doc.text and view.text is doc.user_data["parsed"]
    doc = nlp.parse(TEXT)
    doc.user_data["parsed"] = doc.text[:-1]
    assert ParseView.of(doc).text == doc.text


def test_parse_view_looked_up_is_the_lookup_of_every_key() -> None:
    # the view's strings by hash are looked up in one C call (operator.itemgetter), one key or none included
    from detente.parse_view import _looked_up

    memo = {1: "a", 2: "b"}
    assert _looked_up(memo, [2, 1, 2]) == ["b", "a", "b"]
    assert _looked_up(memo, [1]) == ["a"] and _looked_up(memo, []) == []
    assert _looked_up(("", "I", "O", "B"), [3, 1]) == ["B", "I"]
    with pytest.raises(KeyError):
        _looked_up(memo, [1, 3])


def test_parse_view_clause_verb_is_the_first_verb_above(blank_nlp):
    doc = tree(blank_nlp.language.vocab, """
        Egypt    Egypt    PROPN NNP nsubj 1 B-GPE
        urged    urge     VERB  VBD ROOT  1 O
        both     both     DET   DT  det   3 O
        parties  party    NOUN  NNS dobj  1 O
        to       to       PART  TO  aux   5 O
        talk     talk     VERB  VB  xcomp 1 O
        in       in       ADP   IN  prep  5 O
        the      the      DET   DT  det   8 O
        capital  capital  NOUN  NN  pobj  6 O
        .        .        PUNCT .   punct 1 O
    """)
    view = ParseView.of(doc)
    assert view.clause_verb(3) == 1  # "parties": its head is the verb
    assert view.clause_verb(8) == 5  # "capital": up through "in" to "talk"
    assert view.clause_verb(1) == 1  # the root is its own head
