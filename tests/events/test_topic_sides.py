"""A country name compounded on a topic noun (``topic_noun`` in words.tsv: "a Sudan resolution", "the
one-China principle") says what the thing is about; the country is no party to an act on it
(events/participants.py; issue 11, section 3, "targets in oblique phrases and modifiers"). A body's
name on the same noun ("a U.N. resolution") still names a party.

Sentences are synthetic, written in agency style for these tests; the parses are built by hand (the
parser's reading of each sentence) so that the rule, not the model, is under test."""

from tests.conftest import actors_of, code_tree

# synthetic: "Russia blocked a Sudan resolution on Tuesday."
COUNTRY_RESOLUTION = """
    Russia       Russia       PROPN NNP  nsubj    1   B-GPE
    blocked      block        VERB  VBD  ROOT     1   O
    a            a            DET   DT   det      4   O
    Sudan        Sudan        PROPN NNP  compound 4   B-GPE
    resolution   resolution   NOUN  NN   dobj     1   O
    on           on           ADP   IN   prep     1   O
    Tuesday      Tuesday      PROPN NNP  pobj     5   B-DATE
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "The ministry said the sale violates the one-China principle."
ONE_COUNTRY_PRINCIPLE = """
    The          the          DET   DT   det      1   O
    ministry     ministry     NOUN  NN   nsubj    2   O
    said         say          VERB  VBD  ROOT     2   O
    the          the          DET   DT   det      4   O
    sale         sale         NOUN  NN   nsubj    5   O
    violates     violate      VERB  VBZ  ccomp    2   O
    the          the          DET   DT   det      10  O
    one          one          NUM   CD   nummod   9   B-CARDINAL
    -            -            PUNCT HYPH punct    9   O
    China        China        PROPN NNP  compound 10  B-GPE
    principle    principle    NOUN  NN   dobj     5   O
    .            .            PUNCT .    punct    2   O
"""

# synthetic: "Russia blocked a U.N. resolution on Tuesday."
BODY_RESOLUTION = """
    Russia       Russia       PROPN NNP  nsubj    1   B-GPE
    blocked      block        VERB  VBD  ROOT     1   O
    a            a            DET   DT   det      4   O
    U.N.         U.N.         PROPN NNP  compound 4   B-ORG
    resolution   resolution   NOUN  NN   dobj     1   O
    on           on           ADP   IN   prep     1   O
    Tuesday      Tuesday      PROPN NNP  pobj     5   B-DATE
    .            .            PUNCT .    punct    1   O
"""



def test_participants_a_resolution_named_after_a_country_does_not_target_it(blank_coder):
    [veto] = code_tree(blank_coder, COUNTRY_RESOLUTION, date="2024-01-10").events
    assert "RUS" in actors_of(veto.source)
    assert "SDN" not in actors_of(veto.target)


def test_participants_a_principle_named_after_a_country_does_not_target_it(blank_coder):
    [violation] = code_tree(blank_coder, ONE_COUNTRY_PRINCIPLE, date="2024-01-10").events
    assert "CHN" not in actors_of(violation.target)


def test_participants_a_body_named_on_a_resolution_is_still_its_target(blank_coder):
    [veto] = code_tree(blank_coder, BODY_RESOLUTION, date="2024-01-10").events
    assert "un" in actors_of(veto.target)
