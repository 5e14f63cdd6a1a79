"""Sides that are no target, and doers given by "of" (issue 11, session 40, h-obj40):

- forces a state sends are its own (``DocResolver._sender``, read before an earlier forces noun): "Congolese troops
  shelled a village. Zambia sent troops to Kaputa.": Zambia's troops, no target of the sending;
- a word act overridden by the clause it hangs on (``Extractor._overridden``; words.tsv ``overriding_prep``,
  ``overridden_noun``): "adopted the text over the objections of Russia", "let the ship dock despite Indian
  objections": the noun's "of", "from" or demonym is its doer, the clause's subject (or the one who let it) its target;
- a bare plural of states' governments (``DocResolver._no_state_in_particular``): "calling on governments to cut
  emissions" names no one state;
- words or a document the knowledge base does not resolve (``speech_noun``, ``authored_noun``; ``assemble._own_noun``)
  are what an act carries, never its target: "sent a protest note to Togo" is aimed at Togo only.

The parses are built by hand (tests.conftest.code_tree): the construction is the point, not the model's reading.
The sentences are synthetic, written for these tests. The probe of the class is ``tests/data/probe_obj40.jsonl``
(``test_probe_obj40.py``)."""

from tests.conftest import code_tree


def _event(result, trigger: str):
    return next(e for e in result.events if trigger in e.trigger.text)


def _countries(participants):
    return sorted({p.country for p in participants if p.actor is not None})


# synthetic: "Congolese troops shelled a village. <Country> sent troops to Kaputa."
SENT = """
        Congolese    congolese    ADJ   JJ  amod     1 B-NORP
        troops       troop        NOUN  NNS nsubj    2 O
        shelled      shell        VERB  VBD ROOT     2 O
        a            a            DET   DT  det      4 O
        village      village      NOUN  NN  dobj     2 O
        .            .            PUNCT .   punct    2 O
        {sender}     {sender}     PROPN NNP nsubj    7 B-GPE
        {verb}       {lemma}      VERB  VBD ROOT     7 O
        troops       troop        NOUN  NNS dobj     7 O
        to           to           ADP   IN  prep     7 O
        Kaputa       Kaputa       PROPN NNP pobj     9 B-GPE
        .            .            PUNCT .   punct    7 O
"""


def test_forces_a_state_sends_are_its_own_not_those_named_before(blank_coder):
    result = code_tree(blank_coder, SENT.format(sender="Zambia", verb="sent", lemma="send"))
    event = _event(result, "sent")
    assert _countries(event.source) == ["ZMB"]
    assert "COD" not in _countries(event.target)


def test_forces_moved_by_a_verb_that_sends_nothing_keep_the_earlier_reading(blank_coder):
    # "Zambia praised troops": no sending, the bare noun is not the praiser's own
    result = code_tree(blank_coder, SENT.format(sender="Zambia", verb="praised", lemma="praise"))
    troops = [p for e in result.events for p in (*e.source, *e.target) if p.text == "troops"]
    assert all(p.country != "ZMB" for p in troops)


# synthetic: "The council adopted the text over the objections of Russia."
OVER = """
        {doer}       {doer}       PROPN NNP nsubj    1 B-GPE
        adopted      adopt        VERB  VBD ROOT     1 O
        the          the          DET   DT  det      3 O
        text         text         NOUN  NN  dobj     1 O
        {prep}       {prep}       ADP   IN  prep     1 O
        the          the          DET   DT  det      6 O
        {noun}       {noun_lemma} NOUN  NNS pobj     4 O
        of           of           ADP   IN  prep     6 O
        Russia       Russia       PROPN NNP pobj     7 B-GPE
        .            .            PUNCT .   punct    1 O
"""


def test_overridden_objections_are_done_by_the_of_phrase_to_the_subject(blank_coder):
    result = code_tree(blank_coder, OVER.format(doer="Georgia", prep="over", noun="objections",
                                                noun_lemma="objection"))
    event = _event(result, "objections")
    assert _countries(event.source) == ["RUS"] and _countries(event.target) == ["GEO"]


def test_despite_makes_any_word_act_overridden(blank_coder):
    result = code_tree(blank_coder, OVER.format(doer="Georgia", prep="despite", noun="protests",
                                                noun_lemma="protest"))
    event = _event(result, "protests")
    assert _countries(event.source) == ["RUS"] and _countries(event.target) == ["GEO"]


def test_over_is_no_overriding_for_a_noun_that_is_not_an_objection(blank_coder):
    # "adopted the text over the demands of Russia": "over" is what the text is about, no overriding
    result = code_tree(blank_coder, OVER.format(doer="Georgia", prep="over", noun="demands", noun_lemma="demand"))
    events = [e for e in result.events if "demands" in e.trigger.text]
    assert not any(_countries(e.source) == ["RUS"] and _countries(e.target) == ["GEO"] for e in events)


# synthetic: "India objected, but Colombo let the ship dock despite Indian objections."
LET = """
        Colombo      Colombo      PROPN NNP nsubj    1 B-GPE
        let          let          VERB  VBD ROOT     1 O
        the          the          DET   DT  det      3 O
        ship         ship         NOUN  NN  nsubj    4 O
        dock         dock         VERB  VB  ccomp    1 O
        despite      despite      ADP   IN  prep     4 O
        Indian       indian       ADJ   JJ  amod     7 B-NORP
        objections   objection    NOUN  NNS pobj     5 O
        .            .            PUNCT .   punct    1 O
"""


def test_the_one_who_let_an_act_go_ahead_is_the_target(blank_coder):
    event = _event(code_tree(blank_coder, LET), "objections")
    assert _countries(event.source) == ["IND"] and _countries(event.target) == ["LKA"]


# synthetic: "Vanuatu's government said Fiji had called on governments to cut emissions."
CALLED = """
        Vanuatu      Vanuatu      PROPN NNP poss     2 B-GPE
        's           's           PART  POS case     0 O
        government   government   NOUN  NN  nsubj    3 O
        said         say          VERB  VBD ROOT     3 O
        Fiji         Fiji         PROPN NNP nsubj    6 B-GPE
        had          have         AUX   VBD aux      6 O
        called       call         VERB  VBN ccomp    3 O
        on           on           ADP   IN  prep     6 O
        {noun}       {lemma}      NOUN  NNS pobj     7 O
        to           to           PART  TO  aux      10 O
        cut          cut          VERB  VB  xcomp    6 O
        emissions    emission     NOUN  NNS dobj     10 O
        .            .            PUNCT .   punct    3 O
"""


def test_bare_governments_are_no_one_state(blank_coder):
    event = _event(code_tree(blank_coder, CALLED.format(noun="governments", lemma="government")), "called")
    assert _countries(event.target) == []


def test_bare_ministers_are_left_to_the_other_rules(blank_coder):
    # persons, not a state's whole government: "ministers" keeps the reading it had (the article's country)
    event = _event(code_tree(blank_coder, CALLED.format(noun="ministers", lemma="minister")), "called")
    assert _countries(event.target) == ["VUT"]


# synthetic: "Ghana sent a protest note to Togo."
NOTE = """
        Ghana        Ghana        PROPN NNP nsubj    1 B-GPE
        sent         send         VERB  VBD ROOT     1 O
        a            a            DET   DT  det      4 O
        protest      protest      NOUN  NN  compound 4 O
        note         note         NOUN  NN  dobj     1 O
        to           to           ADP   IN  prep     1 O
        Togo         Togo         PROPN NNP pobj     5 B-GPE
        .            .            PUNCT .   punct    1 O
"""


def test_a_note_sent_is_what_the_act_carries_not_a_target(blank_coder):
    event = _event(code_tree(blank_coder, NOTE), "sent")
    assert _countries(event.target) == ["TGO"]
    assert not any("note" in p.text for p in event.target)
