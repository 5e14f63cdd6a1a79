"""Targets that are things, topics and misread nominals (issue 11, session 42, h-target42):

- a country noun a demonym modifies names that country (``antecedents._named_by_modifier``): "the Colombian state"
  after Venezuela is Colombia, not the latest country named;
- what a show of force is made with is no target (``assemble._means``): "reinforced its base with 40 marines and
  two gunboats";
- what a committee or talks are about is no target (``assemble._forum_topic``; words.tsv ``forum_noun``,
  ``topic_prep``): "held talks on Sudan", but "held talks with Sudan";
- a bare force noun a party asks to act is its own state's (``NominalRules._addressed_forces``): "Chega urged the
  navy to ...", after another state's navy;
- so is "the government" a party's appeal asks to act (``NominalRules._asking_verb``): "the party demanded that
  the government withdraw", after another state spoke;
- blocking a request or a transfer is a refusal (verbs.tsv ``block +request|...``, 120), not an obstruction (144);
- an envoy of the doer's own "in" a capital is posted there (``ParticipantRules._envoy_post``): "recalled its
  ambassador in Paris" is aimed at France.

The parses are built by hand (tests.conftest.code_tree): the construction is the point, not the model's reading.
The sentences are synthetic, written for these tests. The probe of the classes is ``tests/data/probe_target42.jsonl``
(``test_probe_target42.py``)."""

from tests.conftest import code_tree


def _event(result, trigger: str):
    return next(e for e in result.events if trigger in e.trigger.text)


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


# synthetic: "Venezuela arrested 12 guerrillas. The rebels attacked the <modifier> state."
STATE = """
        Venezuela    Venezuela    PROPN NNP nsubj    1 B-GPE
        arrested     arrest       VERB  VBD ROOT     1 O
        12           12           NUM   CD  nummod   3 O
        guerrillas   guerrilla    NOUN  NNS dobj     1 O
        .            .            PUNCT .   punct    1 O
        The          the          DET   DT  det      6 O
        rebels       rebel        NOUN  NNS nsubj    7 O
        attacked     attack       VERB  VBD ROOT     7 O
        the          the          DET   DT  det      10 O
        {modifier}   {lemma}      ADJ   JJ  amod     10 {ent}
        state        state        NOUN  NN  dobj     7 O
        .            .            PUNCT .   punct    7 O
"""


def test_a_demonym_on_a_country_noun_names_that_country(blank_coder):
    result = code_tree(blank_coder, STATE.format(modifier="Colombian", lemma="colombian", ent="B-NORP"))
    assert _countries(_event(result, "attacked").target) == ["COL"]


# synthetic: "Colombia protested. Peru's navy reinforced its post with 40 marines and two gunboats."
MEANS = """
        Colombia     Colombia     PROPN NNP nsubj    1 B-GPE
        protested    protest      VERB  VBD ROOT     1 O
        .            .            PUNCT .   punct    1 O
        Peru         Peru         PROPN NNP poss     5 B-GPE
        's           's           PART  POS case     3 O
        navy         navy         NOUN  NN  nsubj    6 O
        reinforced   reinforce    VERB  VBD ROOT     6 O
        its          its          PRON  PRP$ poss    8 O
        post         post         NOUN  NN  dobj     6 O
        with         with         ADP   IN  prep     6 O
        40           40           NUM   CD  nummod   11 O
        {forces}     {lemma}      NOUN  NNS pobj     9 {ent}
        and          and          CCONJ CC  cc       11 O
        two          two          NUM   CD  nummod   14 O
        gunboats     gunboat      NOUN  NNS conj     11 O
        .            .            PUNCT .   punct    6 O
"""


def test_counted_forces_and_hardware_a_show_of_force_is_made_with_are_no_target(blank_coder):
    event = _event(code_tree(blank_coder, MEANS.format(forces="marines", lemma="marine", ent="O")), "reinforced")
    assert event.plover == "MOBILIZE"
    assert not any(p.text in ("40 marines", "two gunboats") for p in event.target)
    assert "COL" not in _countries(event.target)


# synthetic: "Kenya and Uganda held talks <prep> Sudan."
TALKS = """
        Kenya        Kenya        PROPN NNP nsubj    3 B-GPE
        and          and          CCONJ CC  cc       0 O
        Uganda       Uganda       PROPN NNP conj     0 B-GPE
        held         hold         VERB  VBD ROOT     3 O
        talks        talk         NOUN  NNS dobj     3 O
        {prep}       {prep}       ADP   IN  prep     4 O
        Sudan        Sudan        PROPN NNP pobj     5 B-GPE
        .            .            PUNCT .   punct    3 O
"""


def test_the_state_talks_are_about_is_no_target(blank_coder):
    event = _event(code_tree(blank_coder, TALKS.format(prep="on")), "talks")
    assert "SDN" not in _countries(event.target)


def test_the_state_talks_are_held_with_is_the_target(blank_coder):
    event = _event(code_tree(blank_coder, TALKS.format(prep="with")), "talks")
    assert "SDN" in _countries(event.target) + _countries(event.source)


# synthetic: "Morocco's navy intercepted 40 migrants. Chega urged the navy to turn the boats back."
URGED = """
        Morocco      Morocco      PROPN NNP poss     2 B-GPE
        's           's           PART  POS case     0 O
        navy         navy         NOUN  NN  nsubj    3 O
        intercepted  intercept    VERB  VBD ROOT     3 O
        40           40           NUM   CD  nummod   5 O
        migrants     migrant      NOUN  NNS dobj     3 O
        .            .            PUNCT .   punct    3 O
        {doer}       {doer}       PROPN NNP nsubj    8 {ent}
        urged        urge         VERB  VBD ROOT     8 O
        the          the          DET   DT  det      10 O
        navy         navy         NOUN  NN  dobj     8 O
        to           to           PART  TO  aux      12 O
        turn         turn         VERB  VB  xcomp    8 O
        the          the          DET   DT  det      14 O
        boats        boat         NOUN  NNS dobj     12 O
        back         back         ADP   RP  prt      12 O
        .            .            PUNCT .   punct    8 O
"""


def test_a_bare_force_noun_a_party_appeals_to_is_its_own_states(blank_coder):
    event = _event(code_tree(blank_coder, URGED.format(doer="Chega", ent="B-ORG")), "urged")
    assert "MAR" not in _countries(event.target)
    assert _countries(event.target) in ([], ["PRT"])


def test_a_force_noun_a_foreign_state_appeals_to_is_left_to_the_earlier_rules(blank_coder):
    # Spain is no body addressing its own state: "the navy" stays the one named before (Morocco's)
    event = _event(code_tree(blank_coder, URGED.format(doer="Spain", ent="B-GPE")), "urged")
    assert _countries(event.target) == ["MAR"]


# synthetic: "Kenyan judges blocked the <modifier> <object>."
BLOCKED = """
        Kenyan       kenyan       ADJ   JJ  amod     1 B-NORP
        judges       judge        NOUN  NNS nsubj    2 O
        blocked      block        VERB  VBD ROOT     2 O
        the          the          DET   DT  det      5 O
        {modifier}   {modifier}   NOUN  NN  compound 5 O
        {object}     {object}     NOUN  NN  dobj     2 O
        .            .            PUNCT .   punct    2 O
"""


def test_blocking_a_request_is_a_refusal(blank_coder):
    event = _event(code_tree(blank_coder, BLOCKED.format(modifier="extradition", object="request")), "blocked")
    assert event.plover == "REJECT"


def test_blocking_a_road_is_still_an_obstruction(blank_coder):
    event = _event(code_tree(blank_coder, BLOCKED.format(modifier="border", object="road")), "blocked")
    assert event.plover in ("PROTEST", "COERCE")


# synthetic: "Algeria recalled its ambassador <prep> <place> for consultations."
RECALLED = """
        Algeria      Algeria      PROPN NNP nsubj    1 B-GPE
        recalled     recall       VERB  VBD ROOT     1 O
        its          its          PRON  PRP$ poss    3 O
        ambassador   ambassador   NOUN  NN  dobj     1 O
        {prep}       {prep}       ADP   IN  prep     3 O
        {place}      {place}      PROPN NNP pobj     4 {ent}
        for          for          ADP   IN  prep     1 O
        consultations consultation NOUN NNS pobj     6 O
        .            .            PUNCT .   punct    1 O
"""


def test_an_own_envoy_in_a_capital_makes_its_state_the_target(blank_coder):
    event = _event(code_tree(blank_coder, RECALLED.format(prep="in", place="Paris", ent="B-GPE")), "recalled")
    assert _countries(event.target) == ["FRA"]


def test_an_own_envoy_in_a_time_names_no_host(blank_coder):
    event = _event(code_tree(blank_coder, RECALLED.format(prep="in", place="June", ent="B-DATE")), "recalled")
    assert _countries(event.target) == []


# synthetic: "Madrid praised Portugal. Chega demanded that the government withdraw."
ASKED = """
        Madrid       Madrid       PROPN NNP nsubj    1 B-GPE
        praised      praise       VERB  VBD ROOT     1 O
        Portugal     Portugal     PROPN NNP dobj     1 B-GPE
        .            .            PUNCT .   punct    1 O
        Chega        Chega        PROPN NNP nsubj    5 B-ORG
        {verb}       {lemma}      VERB  VBD ROOT     5 O
        that         that         SCONJ IN  mark     9 O
        the          the          DET   DT  det      8 O
        government   government   NOUN  NN  nsubj    9 O
        withdraw     withdraw     VERB  VB  ccomp    5 O
        .            .            PUNCT .   punct    5 O
"""


def _government(result) -> list[str]:
    return [a.code for a in result.actors for m in a.mentions if m.text.endswith("government")]


def test_the_government_a_party_demands_act_is_its_own_states(blank_coder):
    result = code_tree(blank_coder, ASKED.format(verb="demanded", lemma="demand"))
    assert _government(result) == ["PRTGOV"]
