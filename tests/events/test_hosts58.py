"""Targets a sentence gives as a place or as a body's frame (session 58, h-tgt58).

A visit (042) that names no one visited goes to its host, the country it took place in, when the visitor is from
elsewhere ("signed four agreements during a visit by Oman's foreign minister": the other party's ground, so its
government; ``events/occasions.py``, ``host_visits``; eval/wire/README.md codes a trip as going to whom it visits).
A state's "participation in" or "membership in" a body names the body, as "membership of X" does ("froze its
participation in the CSTO"; ``membership_noun`` in data/lexicon/words.tsv, ``DoerRules.inner_actors``).

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand (the model's parse of each sentence, written out): the rules read the parse, not how the model
parses."""

from tests.conftest import code_tree, events_of

DATE = "2026-05-04"

# Kuwait and Oman signed four agreements on Monday during a visit by Oman's foreign minister.
DURING_VISIT = """
    Kuwait       Kuwait       PROPN NNP  nsubj     3   B-GPE
    and          and          CCONJ CC   cc        0   O
    Oman         Oman         PROPN NNP  conj      0   B-GPE
    signed       sign         VERB  VBD  ROOT      3   O
    four         four         NUM   CD   nummod    5   B-CARDINAL
    agreements   agreement    NOUN  NNS  dobj      3   O
    on           on           ADP   IN   prep      3   O
    Monday       Monday       PROPN NNP  pobj      6   B-DATE
    during       during       ADP   IN   prep      3   O
    a            a            DET   DT   det       10  O
    visit        visit        NOUN  NN   pobj      8   O
    by           by           ADP   IN   prep      10  O
    Oman         Oman         PROPN NNP  poss      15  B-GPE
    's           's           PART  POS  case      12  O
    foreign      foreign      ADJ   JJ   amod      15  O
    minister     minister     NOUN  NN   pobj      11  O
    .            .            PUNCT .    punct     3   O
"""

# Oman's foreign minister postponed a visit.
NO_PLACE = """
    Oman         Oman         PROPN NNP  poss      3   B-GPE
    's           's           PART  POS  case      0   O
    foreign      foreign      ADJ   JJ   amod      3   O
    minister     minister     NOUN  NN   nsubj     4   O
    postponed    postpone     VERB  VBD  ROOT      4   O
    a            a            DET   DT   det       6   O
    visit        visit        NOUN  NN   dobj      4   O
    .            .            PUNCT .    punct     4   O
"""

# Armenia froze its participation in the Collective Security Treaty Organization.
PARTICIPATION = """
    Armenia      Armenia      PROPN NNP  nsubj     1   B-GPE
    froze        freeze       VERB  VBD  ROOT      1   O
    its          its          PRON  PRP$ poss      3   O
    participation participation NOUN  NN   dobj      1   O
    in           in           ADP   IN   prep      3   O
    the          the          DET   DT   det       9   B-ORG
    Collective   Collective   PROPN NNP  compound  9   I-ORG
    Security     Security     PROPN NNP  compound  9   I-ORG
    Treaty       Treaty       PROPN NNP  compound  9   I-ORG
    Organization Organization PROPN NNP  pobj      4   I-ORG
    .            .            PUNCT .    punct     1   O
"""

# Mali suspended its membership in the African Union.
MEMBERSHIP = """
    Mali         Mali         PROPN NNP  nsubj     1   B-GPE
    suspended    suspend      VERB  VBD  ROOT      1   O
    its          its          PRON  PRP$ poss      3   O
    membership   membership   NOUN  NN   dobj      1   O
    in           in           ADP   IN   prep      3   O
    the          the          DET   DT   det       7   B-ORG
    African      African      PROPN NNP  compound  7   I-ORG
    Union        Union        PROPN NNP  pobj      4   I-ORG
    .            .            PUNCT .    punct     1   O
"""

# Armenia suspended its participation in the talks in Geneva.
TALKS = """
    Armenia      Armenia      PROPN NNP  nsubj     1   B-GPE
    suspended    suspend      VERB  VBD  ROOT      1   O
    its          its          PRON  PRP$ poss      3   O
    participation participation NOUN  NN   dobj      1   O
    in           in           ADP   IN   prep      3   O
    the          the          DET   DT   det       6   O
    talks        talk         NOUN  NNS  pobj      4   O
    in           in           ADP   IN   prep      6   O
    Geneva       Geneva       PROPN NNP  pobj      7   B-GPE
    .            .            PUNCT .    punct     1   O
"""


def _targets(result, cameo: str) -> list[list[str | None]]:
    return [[p.country for p in e.target] for e in events_of(result, cameo=cameo)]


def test_hosts58_a_visit_during_an_act_of_two_goes_to_the_other_party(coder):
    result = code_tree(coder, DURING_VISIT, DATE)
    assert _targets(result, "042") == [["KWT"]]
    visit = events_of(result, cameo="042")[0]
    assert [p.country for p in visit.source] == ["OMN"] and visit.location is not None
    assert visit.location.country == "KWT"


def test_hosts58_the_host_rule_is_explained(explaining):
    visit = events_of(code_tree(explaining, DURING_VISIT, DATE), cameo="042")[0]
    assert "host_visits" in visit.explanation.status["target"]


def test_hosts58_a_visit_with_no_place_has_no_host(coder):
    assert _targets(code_tree(coder, NO_PLACE, DATE), "042") in ([], [[]])


def test_hosts58_participation_in_a_body_is_done_to_the_body(coder):
    result = code_tree(coder, PARTICIPATION, DATE)
    assert [[p.actor for p in e.target] for e in events_of(result, cameo="160")] == [["csto"]]


def test_hosts58_membership_in_a_body_is_done_to_the_body(coder):
    result = code_tree(coder, MEMBERSHIP, DATE)
    assert [[p.actor for p in e.target] for e in events_of(result, cameo="160")] == [["african-union"]]


def test_hosts58_participation_in_talks_names_no_body(coder):
    result = code_tree(coder, TALKS, DATE)
    assert all(not e.target for e in events_of(result, cameo="160"))
