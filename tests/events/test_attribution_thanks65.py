"""What a thanks or praise is for ("thanked X for standing by Y", "praised X for resisting ..."; words.tsv
``gratitude_verb``) is given by the thanker, quoted or not: `asserted`, no attribution (events/attribution.py,
``_thanked_for``; eval/wire dev gold, session 65). Sentences are synthetic, written in agency style for these tests; the
first parse is built by hand (the parser's reading of the sentence) so that the rule, not the model, is under test."""

from tests.conftest import code_tree

# synthetic: 'Aoun thanked Qatar for "standing by Lebanon".' (the quoted words are the thanker's)
THANKED_FOR = """
    Aoun         Aoun         PROPN NNP   nsubj    1   B-PERSON
    thanked      thank        VERB  VBD   ROOT     1   O
    Qatar        Qatar        PROPN NNP   dobj     1   B-GPE
    for          for          ADP   IN    prep     1   O
    "            "            PUNCT ``    punct    3   O
    standing     stand        VERB  VBG   pcomp    3   O
    by           by           ADP   IN    prep     5   O
    Lebanon      Lebanon      PROPN NNP   pobj     6   B-GPE
    "            "            PUNCT ''    punct    1   O
    .            .            PUNCT .     punct    1   O
"""


def _on(result, word: str):
    return [e for e in result.events if e.trigger.text.startswith(word)]


def test_attribution_thanks65_what_a_thanks_is_for_is_given(blank_coder):
    result = code_tree(blank_coder, THANKED_FOR, date="2026-03-12")
    standing = _on(result, "standing")
    assert standing, [(e.trigger.text, e.cameo) for e in result.events]
    assert all(e.attribution is None and e.modality == "asserted" for e in standing), \
        [(e.trigger.text, e.modality, e.attribution) for e in standing]


def test_attribution_thanks65_a_quoted_deed_thanked_for_is_given(code):
    result = code("AMMAN, March 12 (Reuters) - Jordan's King Abdullah thanked Japan for \"standing with Jordan in the "
                  "hardest of times\", according to a statement from the Royal Court.", date="2026-03-12")
    standing = _on(result, "standing")
    assert standing and all(e.attribution is None and e.modality == "asserted" for e in standing), \
        [(e.trigger.text, e.modality, e.attribution) for e in result.events]
