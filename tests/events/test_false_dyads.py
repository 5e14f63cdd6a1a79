"""Sides that put a resolved actor on the wrong side of an act (a "false dyad", docs/eval.md): each
test holds one construction where a rule took the wrong actor, and one where the same rule must still
fire (events/participants.py).

Sentences are synthetic, written in agency style for these tests; the parses are built by hand to hold
the parser's reading in question."""

from tests.conftest import actors_of, code_tree, events_of

# synthetic: "Norway urged Sudan and Chad to exercise restraint and offered to host talks in Oslo.",
# with "offered" joined by the parser to the infinitive "exercise" (a conjunct of it, not of "urged")
OFFERED = """
    Norway     Norway     PROPN NNP  nsubj  1  B-GPE
    urged      urge       VERB  VBD  ROOT   1  O
    Sudan      Sudan      PROPN NNP  dobj   1  B-GPE
    and        and        CCONJ CC   cc     2  O
    Chad       Chad       PROPN NNP  conj   2  B-GPE
    to         to         PART  TO   aux    6  O
    exercise   exercise   VERB  VB   xcomp  1  O
    restraint  restraint  NOUN  NN   dobj   6  O
    and        and        CCONJ CC   cc     6  O
    offered    offer      VERB  VBD  conj   6  O
    to         to         PART  TO   aux    11 O
    host       host       VERB  VB   xcomp  9  O
    talks      talk       NOUN  NNS  dobj   11 O
    in         in         ADP   IN   prep   12 O
    Oslo       Oslo       PROPN NNP  pobj   13 B-GPE
    .          .          PUNCT .    punct  1  O
"""


def test_a_finite_verb_joined_to_an_infinitive_is_done_by_the_one_who_urged(blank_coder):
    result = code_tree(blank_coder, OFFERED, date="2025-06-01")
    [offer] = [e for e in result.events if e.cameo.startswith("03")]
    assert actors_of(offer.source) == {"NOR"}
    # the offer to host talks is made to the two the sentence names (events/context.py, mediations rule 4)
    assert actors_of(offer.target) <= {"SDN", "TCD"}


# synthetic: "Norway said Sudan had agreed to exercise restraint and offered to host talks in Oslo.": the
# same misattached "offered" under a verb Sudan did; the offer is Sudan's, not the reporter Norway's
AGREED = """
    Norway     Norway     PROPN NNP  nsubj  1  B-GPE
    said       say        VERB  VBD  ROOT   1  O
    Sudan      Sudan      PROPN NNP  nsubj  4  B-GPE
    had        have       AUX   VBD  aux    4  O
    agreed     agree      VERB  VBN  ccomp  1  O
    to         to         PART  TO   aux    6  O
    exercise   exercise   VERB  VB   xcomp  4  O
    restraint  restraint  NOUN  NN   dobj   6  O
    and        and        CCONJ CC   cc     6  O
    offered    offer      VERB  VBD  conj   6  O
    to         to         PART  TO   aux    11 O
    host       host       VERB  VB   xcomp  9  O
    talks      talk       NOUN  NNS  dobj   11 O
    in         in         ADP   IN   prep   12 O
    Oslo       Oslo       PROPN NNP  pobj   13 B-GPE
    .          .          PUNCT .    punct  1  O
"""


def test_a_finite_verb_joined_to_an_infinitive_is_done_by_the_subject_of_the_clause_above(blank_coder):
    result = code_tree(blank_coder, AGREED, date="2025-06-01")
    [offer] = [e for e in result.events if e.cameo == "039"]
    assert actors_of(offer.source) == {"SDN"}


def test_the_right_parse_keeps_its_doer(blank_coder):
    # "offered" a conjunct of "urged", as the parser should read it: Norway offered
    table = OFFERED.replace("offered    offer      VERB  VBD  conj   6  O",
                            "offered    offer      VERB  VBD  conj   1  O")
    result = code_tree(blank_coder, table, date="2025-06-01")
    [request] = events_of(result, "REQUEST")
    assert actors_of(request.target) == {"SDN", "TCD"}  # the urged are still the request's target
    [offer] = [e for e in result.events if e.cameo == "039"]
    assert actors_of(offer.source) == {"NOR"}


# synthetic: "Fiji signed a security pact with Beijing in 2022, alarming Canberra and Washington.", with
# "alarming" read as an adjective on "Canberra" and "Canberra" as a second object of "signed"
ALARMING = """
    Fiji        Fiji       PROPN NNP  nsubj    1  B-GPE
    signed      sign       VERB  VBD  ROOT     1  O
    a           a          DET   DT   det      4  O
    security    security   NOUN  NN   compound 4  O
    pact        pact       NOUN  NN   dobj     1  O
    with        with       ADP   IN   prep     4  O
    Beijing     Beijing    PROPN NNP  pobj     5  B-GPE
    in          in         ADP   IN   prep     1  O
    2022        2022       NUM   CD   pobj     7  B-DATE
    ,           ,          PUNCT ,    punct    1  O
    alarming    alarm      VERB  VBG  amod     11 O
    Canberra    Canberra   PROPN NNP  dobj     1  B-GPE
    and         and        CCONJ CC   cc       11 O
    Washington  Washington PROPN NNP  conj     11 B-GPE
    .           .          PUNCT .    punct    1  O
"""


def test_the_object_of_a_participle_after_a_comma_is_no_target(blank_coder):
    result = code_tree(blank_coder, ALARMING, date="2025-06-01")
    [pact] = events_of(result, "SUPPORT")
    assert actors_of(pact.source) == {"FJI"}
    assert "CHN" in actors_of(pact.target)
    assert not {"AUS", "USA"} & actors_of(pact.target)


def test_a_participle_adjective_on_the_only_object_keeps_it_a_target(blank_coder):
    # synthetic: "Ukraine shelled advancing Russian troops."
    table = """
    Ukraine    Ukraine    PROPN NNP  nsubj  1  B-GPE
    shelled    shell      VERB  VBD  ROOT   1  O
    advancing  advance    VERB  VBG  amod   4  O
    Russian    russian    ADJ   JJ   amod   4  B-NORP
    troops     troop      NOUN  NNS  dobj   1  O
    .          .          PUNCT .    punct  1  O
"""
    result = code_tree(blank_coder, table, date="2025-06-01")
    [shelling] = events_of(result, "ASSAULT")
    assert "RUS" in actors_of(shelling.target)


def test_a_state_moving_on_its_own_ground_targets_no_one_by_it(code):
    # synthetic: the town the soldiers fell back to is Sudan's own ground, not whom they acted on
    result = code("KHARTOUM, May 2 (Reuters) - Sudanese soldiers retreated to El Obeid on Sunday after days of "
                  "fighting, residents said.", date="2025-05-02")
    [retreated] = [e for e in result.events if e.trigger.text.startswith("retreated")]
    assert "SDN" not in {p.country for p in retreated.target if p.actor}


def test_a_state_sending_forces_to_another_country_still_targets_it(code):
    # synthetic: the same rule leaves foreign ground alone
    result = code("ANKARA, May 2 (Reuters) - Turkey sent troops to Libya on Monday to train government forces, "
                  "officials said.", date="2025-05-02")
    [sent] = [e for e in result.events if e.trigger.text.startswith("sent")]
    assert "LBY" in {p.country for p in sent.target}


def test_false_dyads_the_doers_own_side_is_no_target_beside_another_party(code):
    # synthetic. Before: "summoned the U.S. chargé d'affaires to the ministry in Havana" was also done to the
    # ministry, the Cuban official's own government
    result = code("HAVANA, May 4 (Reuters) - Deputy Foreign Minister Carlos Ruiz summoned the U.S. chargé d’affaires, "
                  "John Smith, to the ministry in Havana on Monday.", date="2025-05-04")
    [summons] = [e for e in result.events if e.cameo == "114"]
    assert {p.country for p in summons.target if p.actor} == {"USA"}
