"""Events the rules missed, added by the learned layer (learned/add.py): the predicate, the sides read
off the parse, the status judged by the rules. Parses are built by hand (tests.conftest.tree): the
model's parse is not the point. Every sentence is synthetic, written for these tests in wire style."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from tests.conftest import tree

from detente import learned
from detente.events import cameo
from detente.learned import event_id
from detente.learned.add import add_missed, restates, sentence_event, sentence_events
from detente.learned.features import sentence_evidence
from detente.model import Article, Event, Participant, SentenceRef, Span


def _coded(coder, table: str, date: str = "2021-05-04"):
    """The rules' record of a hand-built parse (the chain's last, ``Assembled``), and its sentences."""
    doc = tree(coder.nlp.language.vocab, table)
    record = coder.run(Article(text=doc.text, date=dt.date.fromisoformat(date)), doc)
    return record, list(record.actors.sentences)


def _add(record, model, knowledge, threshold):
    """add_missed on the sentence evidence of the rules' events, as the ``learned`` step hands it on."""
    return add_missed(record, sentence_evidence(record.coded, record.actors.sentences), model, knowledge, threshold)


def _sides(event):
    return [p.actor for p in event.source], [p.actor for p in event.target]


KENYA_PUMMELLED_ETHIOPIA = """
    Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
    pummelled  pummel    VERB  VBD ROOT  1 O
    Ethiopia   Ethiopia  PROPN NNP dobj  1 B-GPE
    on         on        ADP   IN  prep  1 O
    Sunday     Sunday    PROPN NNP pobj  3 B-DATE
    .          .         PUNCT .   punct 1 O
"""


def test_add_subject_and_object_actors(blank_coder):
    coder = blank_coder.explaining()
    record, [sentence] = _coded(coder, KENYA_PUMMELLED_ETHIOPIA)
    assert record.coded.events == []  # "pummel" is in no lexicon line: the rules miss the act
    event = sentence_event(record, sentence, "190", 0.834, coder.knowledge)
    assert event is not None
    assert (event.cameo, event.plover, event.quad_class) == ("190", "ASSAULT", 4)
    assert _sides(event) == (["KEN"], ["ETH"])
    assert (event.trigger.text, event.trigger.start) == ("pummelled", 6)
    assert event.sentence.index == 0 and event.sentence.text == "Kenya pummelled Ethiopia on Sunday."
    # the status step's rules: Sunday before Tuesday 4 May 2021; force used on a country falls on its ground
    assert not event.negated and event.modality == "asserted" and not event.historical
    assert event.date is not None and event.date.value == "2021-05-02"
    assert event.location is not None and event.location.country == "ETH"
    assert event.attribution is None
    assert event.confidence == 0.83
    assert event.id == event_id(record.coded.id, event, "190")
    assert [(m.trigger, m.sentence) for m in event.mentions] == [(event.trigger, event.sentence)]
    assert event.explanation is not None
    assert event.explanation.lexicon == [
        "added by the learned layer: class 4, p=0.83, predicate 'pummel', sides: subject/object"]
    assert set(event.explanation.status) >= {"negated", "modality", "date", "location", "attribution", "historical"}


def test_add_is_deterministic_and_clips_the_confidence(blank_coder):
    record, [sentence] = _coded(blank_coder, KENYA_PUMMELLED_ETHIOPIA)
    first = sentence_event(record, sentence, "190", 0.99, blank_coder.knowledge)
    again = sentence_event(record, sentence, "190", 0.99, blank_coder.knowledge)
    assert first is not None and again is not None
    assert first.id == again.id and first.confidence == 0.95
    assert first.explanation is None  # only an explaining coder explains
    low = sentence_event(record, sentence, "190", 0.01, blank_coder.knowledge)
    assert low is not None and low.confidence == 0.05
    other = sentence_event(record, sentence, "180", 0.9, blank_coder.knowledge)
    assert other is not None and other.id != first.id  # the code is part of the id


def test_add_passive_with_by_agent(blank_coder):
    coder = blank_coder.explaining()
    record, [sentence] = _coded(coder, """
        Sudan      Sudan     PROPN NNP nsubjpass 2 B-GPE
        was        be        AUX   VBD auxpass   2 O
        pummelled  pummel    VERB  VBN ROOT      2 O
        by         by        ADP   IN  agent     2 O
        Chad       Chad      PROPN NNP pobj      3 B-GPE
        .          .         PUNCT .   punct     2 O
    """)
    event = sentence_event(record, sentence, "190", 0.8, coder.knowledge)
    assert event is not None and _sides(event) == (["TCD"], ["SDN"])
    assert event.explanation is not None
    assert event.explanation.lexicon[0].endswith("sides: by-agent/passive subject")


def test_add_passive_without_a_named_doer_keeps_its_target(blank_coder):
    record, [sentence] = _coded(blank_coder, """
        Ethiopia   Ethiopia  PROPN NNP nsubjpass 2 B-GPE
        was        be        AUX   VBD auxpass   2 O
        pummelled  pummel    VERB  VBN ROOT      2 O
        overnight  overnight ADV   RB  advmod    2 O
        .          .         PUNCT .   punct     2 O
    """)
    event = sentence_event(record, sentence, "190", 0.8, blank_coder.knowledge)
    assert event is not None and _sides(event) == ([], ["ETH"])


SAID_THAT = """
    Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
    condemned  condemn   VERB  VBD ROOT  1 O
    Uganda     Uganda    PROPN NNP dobj  1 B-GPE
    .          .         PUNCT .   punct 1 O
    Ethiopia   Ethiopia  PROPN NNP nsubj 5 B-GPE
    said       say       VERB  VBD ROOT  5 O
    that       that      SCONJ IN  mark  9 O
    Kenya      Kenya     PROPN NNP nsubj 9 B-GPE
    had        have      AUX   VBD aux   9 O
    pummelled  pummel    VERB  VBN ccomp 5 O
    Uganda     Uganda    PROPN NNP dobj  9 B-GPE
    .          .         PUNCT .   punct 5 O
"""


def test_add_said_that_frame_codes_the_reported_clause(blank_coder):
    record, [_, sentence] = _coded(blank_coder, SAID_THAT)
    assert [e.sentence.index for e in record.coded.events] == [0]  # the rules code only "condemned"
    event = sentence_event(record, sentence, "190", 0.8, blank_coder.knowledge)
    assert event is not None
    assert event.trigger.text == "pummelled" and event.sentence.index == 1
    assert _sides(event) == (["KEN"], ["UGA"])
    # Ethiopia, not a side, says so: an attributed, reported act
    assert event.attribution is not None and event.attribution.actor == "ETH"
    assert event.modality == "reported"


def test_add_said_that_frame_keeps_the_reporting_verb_for_a_statement(blank_coder):
    record, [_, sentence] = _coded(blank_coder, SAID_THAT)
    event = sentence_event(record, sentence, "010", 0.8, blank_coder.knowledge)
    assert event is not None
    # a statement is the saying; whom it is about, the reported clause's subject, is its target
    assert event.trigger.text == "said" and _sides(event) == (["ETH"], ["KEN"])
    assert event.attribution is None and event.modality == "asserted"


def test_add_said_that_frame_prefers_the_reported_act_for_verbal_conflict(blank_coder):
    record, [_, sentence] = _coded(blank_coder, SAID_THAT)
    event = sentence_event(record, sentence, "130", 0.8, blank_coder.knowledge)
    assert event is not None and event.trigger.text == "pummelled" and _sides(event) == (["KEN"], ["UGA"])


def test_add_verbal_conflict_falls_back_on_the_saying(blank_coder):
    table = """
        Ethiopia     Ethiopia     PROPN NNP nsubj 1 B-GPE
        said         say          VERB  VBD ROOT  1 O
        any          any          DET   DT  det   4 O
        further      further      ADJ   JJ  amod  4 O
        incursion    incursion    NOUN  NN  nsubj 6 O
        would        would        AUX   MD  aux   6 O
        bring        bring        VERB  VB  ccomp 1 O
        consequences consequence  NOUN  NNS dobj  6 O
        for          for          ADP   IN  prep  6 O
        Kenya        Kenya        PROPN NNP pobj  8 B-GPE
        .            .            PUNCT .   punct 1 O
    """
    record, [sentence] = _coded(blank_coder, table)
    # no actor does what is reported: the threat is Ethiopia's saying so
    event = sentence_event(record, sentence, "130", 0.8, blank_coder.knowledge)
    assert event is not None and event.trigger.text == "said" and event.source[0].actor == "ETH"
    # an act of force needs a doer of its own: the sayer is not made one
    assert sentence_event(record, sentence, "190", 0.8, blank_coder.knowledge) is None


def test_add_no_actor_is_no_event(blank_coder):
    record, [sentence] = _coded(blank_coder, """
        The       the       DET   DT  det   1 O
        storm     storm     NOUN  NN  nsubj 2 O
        battered  batter    VERB  VBD ROOT  2 O
        the       the       DET   DT  det   4 O
        coast     coast     NOUN  NN  dobj  2 O
        of        of        ADP   IN  prep  4 O
        Kenya     Kenya     PROPN NNP pobj  5 B-GPE
        .         .         PUNCT .   punct 2 O
    """)
    # Kenya is named, but only as the thing hit: the classifier alone must not make a doer up
    assert sentence_event(record, sentence, "190", 0.99, blank_coder.knowledge) is None


def test_add_the_sayer_is_not_made_the_doer_of_what_it_reports(blank_coder):
    record, [sentence] = _coded(blank_coder, """
        Ethiopia  Ethiopia  PROPN NNP nsubj 1 B-GPE
        said      say       VERB  VBD ROOT  1 O
        the       the       DET   DT  det   3 O
        storm     storm     NOUN  NN  nsubj 4 O
        battered  batter    VERB  VBD ccomp 1 O
        the       the       DET   DT  det   6 O
        coast     coast     NOUN  NN  dobj  4 O
        .         .         PUNCT .   punct 1 O
    """)
    assert sentence_event(record, sentence, "190", 0.99, blank_coder.knowledge) is None


def test_add_a_reporting_verb_is_no_material_act(blank_coder):
    record, [sentence] = _coded(blank_coder, """
        Ethiopia  Ethiopia  PROPN NNP nsubj 1 B-GPE
        denied    deny      VERB  VBD ROOT  1 O
        the       the       DET   DT  det   3 O
        reports   report    NOUN  NNS dobj  1 O
        .         .         PUNCT .   punct 1 O
    """)
    assert sentence_event(record, sentence, "190", 0.9, blank_coder.knowledge) is None
    denial = sentence_event(record, sentence, "112", 0.9, blank_coder.knowledge)  # verbal conflict: the saying
    assert denial is not None and denial.trigger.text == "denied" and _sides(denial) == (["ETH"], [])


def test_add_negated_predicate(blank_coder):
    record, [sentence] = _coded(blank_coder, """
        Kenya     Kenya     PROPN NNP nsubj 3 B-GPE
        did       do        AUX   VBD aux   3 O
        not       not       PART  RB  neg   3 O
        pummel    pummel    VERB  VB  ROOT  3 O
        Ethiopia  Ethiopia  PROPN NNP dobj  3 B-GPE
        .         .         PUNCT .   punct 3 O
    """)
    event = sentence_event(record, sentence, "190", 0.8, blank_coder.knowledge)
    assert event is not None and event.negated and event.cameo == "190"
    assert _sides(event) == (["KEN"], ["ETH"])


def test_add_copula_with_a_ready_to_complement(blank_coder):
    record, [sentence] = _coded(blank_coder, """
        Kenya     Kenya     PROPN NNP nsubj 1 B-GPE
        is        be        AUX   VBZ ROOT  1 O
        ready     ready     ADJ   JJ  acomp 1 O
        to        to        PART  TO  aux   4 O
        confer    confer    VERB  VB  xcomp 2 O
        with      with      ADP   IN  prep  4 O
        Ethiopia  Ethiopia  PROPN NNP pobj  5 B-GPE
        .         .         PUNCT .   punct 1 O
    """)
    event = sentence_event(record, sentence, "040", 0.8, blank_coder.knowledge)
    assert event is not None and event.trigger.text == "confer"
    assert _sides(event) == (["KEN"], ["ETH"])
    assert event.modality == "intended"  # "ready to" (cues.tsv willing)


def test_add_copula_with_a_nominal_predicate(blank_coder):
    record, [sentence] = _coded(blank_coder, """
        Kenya     Kenya     PROPN NNP nsubj 1 B-GPE
        is        be        AUX   VBZ ROOT  1 O
        a         a         DET   DT  det   3 O
        menace    menace    NOUN  NN  attr  1 O
        to        to        ADP   IN  prep  3 O
        Ethiopia  Ethiopia  PROPN NNP pobj  4 B-GPE
        .         .         PUNCT .   punct 1 O
    """)
    event = sentence_event(record, sentence, "130", 0.8, blank_coder.knowledge)
    assert event is not None and event.trigger.text == "menace"
    assert _sides(event) == (["KEN"], ["ETH"])


def test_add_copula_without_a_predicate_is_no_event(blank_coder):
    record, [sentence] = _coded(blank_coder, """
        Kenya     Kenya     PROPN NNP nsubj 1 B-GPE
        is        be        AUX   VBZ ROOT  1 O
        in        in        ADP   IN  prep  1 O
        Ethiopia  Ethiopia  PROPN NNP pobj  2 B-GPE
        .         .         PUNCT .   punct 1 O
    """)
    assert sentence_event(record, sentence, "040", 0.9, blank_coder.knowledge) is None


def test_add_refuses_a_sentence_of_another_article(blank_coder):
    record, _ = _coded(blank_coder, KENYA_PUMMELLED_ETHIOPIA)
    _, [elsewhere] = _coded(blank_coder, """
        Chad   Chad   PROPN NNP nsubj 1 B-GPE
        left   leave  VERB  VBD ROOT  1 O
        .      .      PUNCT .   punct 1 O
    """)
    with pytest.raises(ValueError, match=r"article a\w+: the sentence 'Chad left\.' is not of its text"):
        sentence_event(record, elsewhere, "190", 0.9, blank_coder.knowledge)


def test_add_several_sentences_at_once_as_one_by_one(blank_coder):
    record, [first, second] = _coded(blank_coder, SAID_THAT)
    asks = [(second, "190", 0.8), (first, "190", 0.7), (second, "010", 0.6), (second, "190", 0.8)]
    together = sentence_events(record, asks, blank_coder.knowledge)
    alone = [sentence_event(record, span, code, p, blank_coder.knowledge) for span, code, p in asks]
    assert together == alone
    assert [e.trigger.text if e else None for e in together] == ["pummelled", "condemned", "said", "pummelled"]
    assert sentence_events(record, [], blank_coder.knowledge) == []


def test_add_two_codes_that_judge_into_one_still_give_two_answers(blank_coder):
    # "will not meet": a negated future meeting is a refusal (combinations.tsv refuse + 04 -> 125),
    # whichever of the two meeting codes was asked
    record, [sentence] = _coded(blank_coder, """
        Kenya     Kenya     PROPN NNP nsubj 3 B-GPE
        will      will      AUX   MD  aux   3 O
        not       not       PART  RB  neg   3 O
        confer    confer    VERB  VB  ROOT  3 O
        with      with      ADP   IN  prep  3 O
        Ethiopia  Ethiopia  PROPN NNP pobj  4 B-GPE
        .         .         PUNCT .   punct 3 O
    """)
    first, second = sentence_events(record, [(sentence, "040", 0.8), (sentence, "043", 0.7)], blank_coder.knowledge)
    assert first is not None and second is not None
    assert first.cameo == second.cameo == "125" and not first.negated
    assert (first.confidence, second.confidence) == (0.8, 0.7)


class StubModel:
    """The parts of LearnedModel that add_missed uses, with the same probabilities for every sentence."""

    defaults = {0: "010", 1: "040", 2: "060", 3: "110", 4: "190"}
    by_lemma: dict = {}
    none_threshold = 2.0  # no limit on P(no event) but its winning
    policy = learned.Policy()  # adds wherever the classifier is sure

    def __init__(self, p):
        self.p = np.array([p])

    def features(self, record, evidence):
        return np.zeros((len(evidence), 1))

    def scores(self, x):
        return np.repeat(self.p, len(x), axis=0)

    code_for = learned.LearnedModel.code_for


MISSED_AFTER_CODED = """
    Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
    condemned  condemn   VERB  VBD ROOT  1 O
    Uganda     Uganda    PROPN NNP dobj  1 B-GPE
    .          .         PUNCT .   punct 1 O
    Kenya      Kenya     PROPN NNP nsubj 5 B-GPE
    pummelled  pummel    VERB  VBD ROOT  5 O
    Ethiopia   Ethiopia  PROPN NNP dobj  5 B-GPE
    .          .         PUNCT .   punct 5 O
"""


def test_add_missed_adds_where_the_classifier_is_sure_and_the_rules_found_nothing(blank_coder):
    record, sentences = _coded(blank_coder, MISSED_AFTER_CODED)
    [coded] = record.coded.events
    out = _add(record, StubModel([0.05, 0.05, 0.05, 0.05, 0.8]), blank_coder.knowledge, 0.5)
    assert [e.trigger.text for e in out.coded.events] == ["condemned", "pummelled"]
    assert out.coded.events[0] == coded  # the rules' event is not touched: only sentences without one are scored
    added = out.coded.events[1]
    assert added.cameo == "190" and _sides(added) == (["KEN"], ["ETH"]) and added.confidence == 0.8
    assert record.coded.events == [coded]  # the input is not changed


def test_add_missed_leaves_unsure_statement_and_negated_sentences(blank_coder):
    record, sentences = _coded(blank_coder, MISSED_AFTER_CODED)
    knowledge = blank_coder.knowledge
    assert _add(record, StubModel([0.1, 0.1, 0.1, 0.1, 0.6]), knowledge, 0.7) is record
    assert _add(record, StubModel([0.8, 0.05, 0.05, 0.05, 0.05]), knowledge, 0.5) is record
    negated, sentences = _coded(blank_coder, """
        Kenya     Kenya     PROPN NNP nsubj 3 B-GPE
        did       do        AUX   VBD aux   3 O
        not       not       PART  RB  neg   3 O
        pummel    pummel    VERB  VB  ROOT  3 O
        Ethiopia  Ethiopia  PROPN NNP dobj  3 B-GPE
        .         .         PUNCT .   punct 3 O
    """)
    assert _add(negated, StubModel([0.0, 0.0, 0.0, 0.0, 1.0]), knowledge, 0.5) is negated


def test_add_missed_adds_nothing_where_no_event_is_the_most_probable_class(blank_coder):
    """A classifier with the sixth 'no event' class (silver rows): no addition where that class wins, even
    when a quad class passes the threshold on its own; where a quad class wins it adds as before."""
    record, sentences = _coded(blank_coder, MISSED_AFTER_CODED)
    knowledge = blank_coder.knowledge
    assert _add(record, StubModel([0.0, 0.0, 0.0, 0.0, 0.45, 0.55]), knowledge, 0.4) is record
    out = _add(record, StubModel([0.0, 0.0, 0.0, 0.0, 0.6, 0.4]), knowledge, 0.5)
    assert [e.cameo for e in out.coded.events][1:] == ["190"] and out.coded.events[1].confidence == 0.6



def test_add_missed_adds_nothing_where_no_event_reaches_the_models_limit(blank_coder):
    """``LearnedModel.none_threshold`` (classifier.npz ``none_threshold``): no addition where P(no event)
    reaches it, even when a quad class wins and passes the adding threshold."""
    record, _ = _coded(blank_coder, MISSED_AFTER_CODED)
    model = StubModel([0.0, 0.0, 0.0, 0.0, 0.85, 0.15])
    assert [e.cameo for e in _add(record, model, blank_coder.knowledge, 0.5).coded.events][1:] == ["190"]
    model.none_threshold = 0.1
    assert _add(record, model, blank_coder.knowledge, 0.5) is record
    model.none_threshold = 0.2
    assert len(_add(record, model, blank_coder.knowledge, 0.5).coded.events) == 2
    five = StubModel([0.0, 0.0, 0.0, 0.0, 0.85])  # a classifier without the class: the limit does not apply
    five.none_threshold = 0.0
    assert len(_add(record, five, blank_coder.knowledge, 0.5).coded.events) == 2


def test_add_missed_restating_an_earlier_event_is_one_more_of_its_mentions(blank_coder):
    record, sentences = _coded(blank_coder, """
        Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
        condemned  condemn   VERB  VBD ROOT  1 O
        Uganda     Uganda    PROPN NNP dobj  1 B-GPE
        .          .         PUNCT .   punct 1 O
        Kenya      Kenya     PROPN NNP nsubj 5 B-GPE
        upbraided  upbraid   VERB  VBD ROOT  5 O
        Uganda     Uganda    PROPN NNP dobj  5 B-GPE
        again      again     ADV   RB  advmod 5 O
        .          .         PUNCT .   punct 5 O
    """)
    [coded] = record.coded.events
    assert coded.cameo[:2] == "11"
    out = _add(record, StubModel([0.05, 0.05, 0.05, 0.8, 0.05]), blank_coder.knowledge, 0.5)
    [event] = out.coded.events  # the stub's class-3 code is 110: the same root, doer and target
    assert event.id == coded.id
    assert [m.trigger.text for m in event.mentions] == ["condemned", "upbraided"]
    # an act of another kind is another event
    other = _add(record, StubModel([0.05, 0.05, 0.05, 0.05, 0.8]), blank_coder.knowledge, 0.5)
    assert [e.cameo for e in other.coded.events] == [coded.cameo, "190"]


def _event(code: str, start: int, source: list[str], target: list[str], negated: bool = False) -> Event:
    entry = cameo.lookup(code)

    def sides(codes):
        return [Participant(text=c, actor=c, code=c, country=c, sector=None) for c in codes]

    return Event(id=f"e{start}", plover=entry.plover, cameo=entry.code, mode=entry.mode, context=[],
                 source=sides(source), target=sides(target), trigger=Span(text="x", start=start, end=start + 1),
                 sentence=SentenceRef(index=0, text="s"), negated=negated, modality="asserted", historical=False,
                 date=None, location=None, attribution=None, quad_class=entry.quad_class,
                 goldstein=entry.goldstein, confidence=0.5)


def test_add_restates_needs_an_earlier_event_of_the_same_root_doers_and_negation():
    earlier = _event("111", 0, ["KEN"], ["UGA"])
    assert restates(_event("112", 50, ["KEN"], ["UGA"]), earlier)
    assert restates(_event("110", 50, ["KEN"], []), earlier)  # a target left out
    assert not restates(_event("112", 50, ["KEN"], ["ETH"]), earlier)  # another target
    assert not restates(_event("112", 50, ["ETH"], ["UGA"]), earlier)  # another doer
    assert not restates(_event("112", 50, [], ["UGA"]), earlier)  # no doer
    assert not restates(_event("190", 50, ["KEN"], ["UGA"]), earlier)  # another kind of act
    assert not restates(_event("112", 50, ["KEN"], ["UGA"], negated=True), earlier)
    assert not restates(_event("112", 0, ["KEN"], ["UGA"]), _event("111", 50, ["KEN"], ["UGA"]))  # not earlier


def test_add_reads_the_chains_own_places_issue12(blank_coder):
    # the chain's actor table has the city the rules read places from; the table the layer once rebuilt
    # from the coded actors had only countries and capitals, so this event fell back on Ethiopia's ground
    record, [sentence] = _coded(blank_coder, """
        Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
        pummelled  pummel    VERB  VBD ROOT  1 O
        Ethiopia   Ethiopia  PROPN NNP dobj  1 B-GPE
        in         in        ADP   IN  prep  1 O
        Mekelle    Mekelle   PROPN NNP pobj  3 B-GPE
        .          .         PUNCT .   punct 1 O
    """)
    event = sentence_event(record, sentence, "190", 0.8, blank_coder.knowledge)
    assert event is not None and _sides(event) == (["KEN"], ["ETH"])
    assert event.location is not None and (event.location.text, event.location.country) == ("Mekelle", "ETH")


def test_add_lists_a_person_only_the_added_event_names_issue12(blank_coder):
    # the rules list a person the knowledge base does not know only when an event names them
    record, _ = _coded(blank_coder, """
        Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
        condemned  condemn   VERB  VBD ROOT  1 O
        Uganda     Uganda    PROPN NNP dobj  1 B-GPE
        .          .         PUNCT .   punct 1 O
        Amos       Amos      PROPN NNP compound 5 B-PERSON
        Wekesa     Wekesa    PROPN NNP nsubj 6 I-PERSON
        pummelled  pummel    VERB  VBD ROOT  6 O
        Ethiopia   Ethiopia  PROPN NNP dobj  6 B-GPE
        .          .         PUNCT .   punct 6 O
    """)
    assert "person:amos-wekesa" in record.actors.refs
    assert "person:amos-wekesa" not in {a.id for a in record.coded.actors}
    out = _add(record, StubModel([0.05, 0.05, 0.05, 0.05, 0.8]), blank_coder.knowledge, 0.5)
    added = out.coded.events[1]
    assert _sides(added) == (["person:amos-wekesa"], ["ETH"])
    listed = [a.id for a in out.coded.actors]
    assert [key for key in record.actors.refs if key in listed] == listed  # the table's order
    assert set(listed) == {a.id for a in record.coded.actors} | {"person:amos-wekesa"}
    [wekesa] = [a for a in out.coded.actors if a.id == "person:amos-wekesa"]
    assert wekesa.kind == "person" and [m.text for m in wekesa.mentions] == ["Amos Wekesa"]


ONE_SIDE_MISSED = """
    Kenya      Kenya     PROPN NNP nsubj 1 B-GPE
    condemned  condemn   VERB  VBD ROOT  1 O
    Uganda     Uganda    PROPN NNP dobj  1 B-GPE
    .          .         PUNCT .   punct 1 O
    Kenya      Kenya     PROPN NNP nsubj 5 B-GPE
    pummelled  pummel    VERB  VBD ROOT  5 O
    the        the       DET   DT  det   7 O
    camps      camp      NOUN  NNS dobj  5 O
    .          .         PUNCT .   punct 5 O
"""  # synthetic: the second sentence names no target the knowledge base knows


def test_add_missed_with_add_needs_pair_adds_only_events_with_both_sides_issue12(blank_coder):
    """``Policy.add_needs_pair``: an addition needs a known doer and a known target (one-sided additions
    were spurious on whole articles); without it a one-sided addition is made as before."""
    model = StubModel([0.05, 0.05, 0.05, 0.05, 0.8])
    one_side, _ = _coded(blank_coder, ONE_SIDE_MISSED)
    added = _add(one_side, model, blank_coder.knowledge, 0.5).coded.events[1]
    assert added.trigger.text == "pummelled" and _sides(added) == (["KEN"], [])
    model.policy = learned.Policy(add_needs_pair=True)
    assert _add(one_side, model, blank_coder.knowledge, 0.5) is one_side
    both, _ = _coded(blank_coder, MISSED_AFTER_CODED)
    out = _add(both, model, blank_coder.knowledge, 0.5)
    assert [e.trigger.text for e in out.coded.events] == ["condemned", "pummelled"]
