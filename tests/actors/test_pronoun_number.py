"""Pronouns whose antecedent the resolver must not take (false dyads, session 16): a possessive "its"
after a plural noun, an object "him" or "her" for a person named long before, a town the NER reads as
a person. Parses are built by hand (tests.conftest.tree); the sentences are synthetic."""

from tests.conftest import code_tree


def _mentions(result, text: str) -> set[str | None]:
    """The actors whose mentions have the words ``text``."""
    return {a.code or a.id for a in result.actors for m in a.mentions if m.text == text}


def test_its_after_a_plural_subject_is_nobody(blank_coder):
    # "its" is the rebels' (whom the knowledge base does not know), not the two armies'
    result = code_tree(blank_coder, """
        Kenyan     Kenyan    ADJ   JJ   amod   3 B-NORP
        and        and       CCONJ CC   cc     0 O
        Ugandan    Ugandan   ADJ   JJ   conj   0 B-NORP
        troops     troop     NOUN  NNS  nsubj  4 O
        shelled    shell     VERB  VBD  ROOT   4 O
        the        the       DET   DT   det    6 O
        camps      camp      NOUN  NNS  dobj   4 O
        after      after     SCONJ IN   mark   10 O
        its        its       PRON  PRP$ poss   9 O
        fighters   fighter   NOUN  NNS  nsubj  10 O
        attacked   attack    VERB  VBD  advcl  4 O
        a          a         DET   DT   det    12 O
        convoy     convoy    NOUN  NN   dobj   10 O
        .          .         PUNCT .    punct  4 O
    """)
    assert _mentions(result, "its") == set()
    assert _mentions(result, "Kenyan and Ugandan troops") or _mentions(result, "troops")


def test_its_after_a_singular_subject_is_that_subject(blank_coder):
    result = code_tree(blank_coder, """
        Kenya      Kenya     PROPN NNP  nsubj  1 B-GPE
        shelled    shell     VERB  VBD  ROOT   1 O
        the        the       DET   DT   det    3 O
        camps      camp      NOUN  NNS  dobj   1 O
        after      after     SCONJ IN   mark   7 O
        its        its       PRON  PRP$ poss   6 O
        troops     troop     NOUN  NNS  nsubj  7 O
        crossed    cross     VERB  VBD  advcl  1 O
        the        the       DET   DT   det    9 O
        border     border    NOUN  NN   dobj   7 O
        .          .         PUNCT .    punct  1 O
    """)
    assert _mentions(result, "its") == {"KEN"}
