"""A country name compounded on a topic noun (``topic_noun`` in words.tsv: "a Sudan resolution", "the
one-China principle") says what the thing is about; the country is no party to an act on it
(events/participants.py; issue 11, section 3, "targets in oblique phrases and modifiers"). A body's
name on the same noun ("a U.N. resolution") still names a party. Likewise the reason for an act
("expelled diplomats over the killing of X") is another act, whose sides are not this act's; a party
named as the reason itself ("over India's role") still is.

Sentences are synthetic, written in agency style for these tests; the parses are built by hand (the
parser's reading of each sentence) so that the rule, not the model, is under test."""

from tests.conftest import actors_of, code_tree, events_of

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

# synthetic: "Canada expelled six Indian diplomats over the killing of Hardeep Singh Nijjar."
OVER_KILLING = """
    Canada       Canada       PROPN NNP  nsubj    1   B-GPE
    expelled     expel        VERB  VBD  ROOT     1   O
    six          six          NUM   CD   nummod   4   B-CARDINAL
    Indian       indian       ADJ   JJ   amod     4   B-NORP
    diplomats    diplomat     NOUN  NNS  dobj     1   O
    over         over         ADP   IN   prep     1   O
    the          the          DET   DT   det      7   O
    killing      killing      NOUN  NN   pobj     5   O
    of           of           ADP   IN   prep     7   O
    Hardeep      Hardeep      PROPN NNP  compound 11  B-PERSON
    Singh        Singh        PROPN NNP  compound 11  I-PERSON
    Nijjar       Nijjar       PROPN NNP  pobj     8   I-PERSON
    .            .            PUNCT .    punct    1   O
"""

# synthetic: "Canada expelled six Indian diplomats over India's role in the killing."
OVER_ROLE = """
    Canada       Canada       PROPN NNP  nsubj    1   B-GPE
    expelled     expel        VERB  VBD  ROOT     1   O
    six          six          NUM   CD   nummod   4   B-CARDINAL
    Indian       indian       ADJ   JJ   amod     4   B-NORP
    diplomats    diplomat     NOUN  NNS  dobj     1   O
    over         over         ADP   IN   prep     4   O
    India        India        PROPN NNP  poss     8   B-GPE
    's           's           PART  POS  case     6   O
    role         role         NOUN  NN   pobj     5   O
    in           in           ADP   IN   prep     1   O
    the          the          DET   DT   det      11  O
    killing      killing      NOUN  NN   pobj     9   O
    .            .            PUNCT .    punct    1   O
"""



def test_participants_a_resolution_named_after_a_country_does_not_target_it(blank_coder):
    [veto] = code_tree(blank_coder, COUNTRY_RESOLUTION, date="2024-01-10").events
    assert "RUS" in actors_of(veto.source)
    assert "SDN" not in actors_of(veto.target)


def test_participants_a_principle_named_after_a_country_does_not_target_it(blank_coder):
    # (a sale no one is named as making, violating a principle no one owns, is no event at all: acts.no_actor)
    events = code_tree(blank_coder, ONE_COUNTRY_PRINCIPLE, date="2024-01-10").events
    assert not [e for e in events if "CHN" in actors_of(e.target)]


def test_participants_a_body_named_on_a_resolution_is_still_its_target(blank_coder):
    [veto] = code_tree(blank_coder, BODY_RESOLUTION, date="2024-01-10").events
    assert "un" in actors_of(veto.target)


def test_participants_the_victim_of_the_act_a_reprisal_is_over_is_no_target(blank_coder):
    [expulsion] = events_of(code_tree(blank_coder, OVER_KILLING, date="2024-04-10"), cameo="161")
    assert "INDGOV" in actors_of(expulsion.target)
    assert not any("Nijjar" in p.text for p in expulsion.target)


def test_participants_a_party_named_as_the_reason_is_still_a_target(blank_coder):
    [expulsion] = events_of(code_tree(blank_coder, OVER_ROLE, date="2024-04-10"), cameo="161")
    assert "IND" in actors_of(expulsion.target)
