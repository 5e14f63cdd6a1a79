"""What the rest of the article says of an event and its sides (events/confidence.py ``evidence`` with the events
told before it and the article's ``ArticleParties``): the evidence read on a hand-built parse and actor table, values
checked by reading."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
from tests.conftest import tree

from detente.actors.refs import ActorRef
from detente.actors.resolve import DocActors
from detente.events.assemble import assemble_with_evidence
from detente.events.confidence import (
    DEFAULT_PATH,
    FEATURES,
    ArticleParties,
    Earlier,
    confidence,
    evidence,
    party_counts,
)
from detente.events.extract import Candidate
from detente.model import Article, Mention, Participant
from detente.records import Parsed

PARSE = """
    Police    police    NOUN   NNS  nsubj  1 O
    attacked  attack    VERB   VBD  ROOT   1 O
    Kenya     Kenya     PROPN  NNP  dobj   1 B-GPE
    .         .         PUNCT  .    punct  1 O
    Uganda    Uganda    PROPN  NNP  nsubj  5 B-GPE
    said      say       VERB   VBD  ROOT   5 O
    it        it        PRON   PRP  nsubj  8 O
    would     will      AUX    MD   aux    8 O
    help      help      VERB   VB   ccomp  5 O
    ,         ,         PUNCT  ,    punct  5 O
    Kenya     Kenya     PROPN  NNP  npadvmod 5 B-GPE
    said      say       VERB   VBD  conj   5 O
    .         .         PUNCT  .    punct  5 O
"""


def _refs() -> tuple[ActorRef, ActorRef, ActorRef]:
    police = ActorRef(key="UGACOP", name="police", code="UGACOP", country="UGA", sector="COP", kind="sector")
    kenya = ActorRef(key="KEN", name="Kenya", code="KEN", country="KEN", sector=None, kind="country")
    uganda = ActorRef(key="UGA", name="Uganda", code="UGA", country="UGA", sector=None, kind="country")
    return police, kenya, uganda


BDI = ActorRef(key="BDI", name="Burundi", code="BDI", country="BDI", sector=None, kind="country")


def _found(doc) -> DocActors:
    # "Police attacked Kenya. Uganda said it would help, Kenya said.": the police given Uganda from the
    # context (their sentence names no country), Kenya named twice, Uganda once and through "it"
    police, kenya, uganda = _refs()
    return DocActors(
        sentences=list(doc.sents), by_token={0: police, 2: kenya, 4: uganda, 6: uganda, 10: kenya},
        sentence_of={i: (0 if i < 4 else 1) for i in range(len(doc))},
        refs={"UGACOP": police, "KEN": kenya, "UGA": uganda},
        mentions={"UGACOP": [Mention("Police", 0, 6, 0, via="context")],
                  "KEN": [Mention("Kenya", doc[2].idx, doc[2].idx + 5, 0),
                          Mention("Kenya", doc[10].idx, doc[10].idx + 5, 1)],
                  "UGA": [Mention("Uganda", doc[4].idx, doc[4].idx + 6, 1),
                          Mention("it", doc[6].idx, doc[6].idx + 2, 1, via="pronoun")]})


def _side(ref: ActorRef, text: str) -> Participant:
    return Participant(text=text, actor=ref.key, code=ref.code, country=ref.country, sector=ref.sector)


TOLD = ("restated_dyad", "source_context", "source_sector", "target_sector", "target_far", "sides_main",
        "target_more_named")


def told_before(candidate: Candidate, root: str, sources: list[Participant], targets: list[Participant],
                found: DocActors, earlier: list[Earlier], parties: ArticleParties) -> tuple[Earlier, dict[str, float]]:
    """The event as a later event reads it, and the fields of its evidence read off the rest of the article."""
    this = Earlier.of(root, sources, targets)
    ev = evidence(candidate, sources, targets, found, "asserted", negated=False, historical=False, attributed=False,
                  anonymous=False, quad_class=4, this=this, earlier=earlier, parties=parties)
    return this, {name: getattr(ev, name) for name in TOLD}


def test_confidence_party_counts_are_the_mentions_of_each_party(blank_nlp):
    found = _found(tree(blank_nlp.language.vocab, PARSE))
    # the police are Uganda's: one mention of theirs and two of Uganda's
    assert party_counts(found) == Counter({"UGA": 3, "KEN": 2})
    assert party_counts(DocActors()) == Counter()


def test_confidence_article_parties_are_the_two_most_referred_to(blank_nlp):
    found = _found(tree(blank_nlp.language.vocab, PARSE))
    assert ArticleParties.of(found) == ArticleParties(Counter({"UGA": 3, "KEN": 2}), frozenset({"UGA", "KEN"}))
    _, kenya, uganda = _refs()
    one_each = DocActors(refs={"UGA": uganda, "KEN": kenya, "BDI": BDI},
                         mentions={"UGA": [Mention("Uganda", 0, 6, 0)], "KEN": [Mention("Kenya", 7, 12, 0)],
                                   "BDI": [Mention("Burundi", 13, 20, 0)]})
    assert ArticleParties.of(one_each).main == frozenset({"BDI", "KEN"})  # a tie goes by name
    assert ArticleParties.of(DocActors()).main == frozenset()


def test_confidence_told_before_reads_the_sides_and_the_article(blank_nlp):
    doc = tree(blank_nlp.language.vocab, PARSE)
    found = _found(doc)
    parties = ArticleParties.of(found)
    police, kenya, uganda = _refs()
    attacked = Candidate(cameo="190", head=doc[1], sources=((doc[0], police),), targets=((doc[2], kenya),))
    this, told = told_before(attacked, "19", [_side(police, "Police")], [_side(kenya, "Kenya")], found, [], parties)
    assert this == Earlier("19", frozenset({"UGACOP"}), frozenset({"KEN"}))
    assert told == {"restated_dyad": 0.0, "source_context": 1.0, "source_sector": 1.0, "target_sector": 0.0,
                    "target_far": 1 / 30, "sides_main": 1.0, "target_more_named": 0.0}
    # told again later: the same root, doers and targets; a report with another root is no restatement
    _, again = told_before(attacked, "19", [_side(police, "Police")], [_side(kenya, "Kenya")], found, [this], parties)
    assert again["restated_dyad"] == 1.0
    _, other = told_before(attacked, "17", [_side(police, "Police")], [_side(kenya, "Kenya")], found, [this], parties)
    assert other["restated_dyad"] == 0.0
    # "Kenya said" with Uganda as its target (a misread): the target's party is named more often than the doer's
    # and stands seven tokens off the head
    said = Candidate(cameo="010", head=doc[11], sources=((doc[10], kenya),), targets=((doc[4], uganda),))
    _, told = told_before(said, "01", [_side(kenya, "Kenya")], [_side(uganda, "Uganda")], found, [this], parties)
    assert (told["target_more_named"], told["target_far"], told["source_context"]) == (1.0, 7 / 30, 0.0)
    assert told["restated_dyad"] == 0.0


def test_confidence_told_before_with_no_known_side(blank_nlp):
    doc = tree(blank_nlp.language.vocab, PARSE)
    found = _found(doc)
    bare = Candidate(cameo="190", head=doc[1])
    unknown = Participant(text="gunmen", actor=None, code=None, country=None, sector=None)
    this, told = told_before(bare, "19", [unknown], [], found, [Earlier("19", frozenset(), frozenset())],
                             ArticleParties.of(found))
    assert told == dict.fromkeys(told, 0.0)  # an unknown doer restates nothing and is no main party
    assert this.sources == this.targets == frozenset()


def test_confidence_model_file_names_the_told_before_features():
    data = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    for name in TOLD:
        assert name in data["features"]


TEXT = ("Ethiopia accused Eritrea of sending troops across the border on Monday. Eritrea denied it. "
        "Police arrested 40 protesters in Addis Ababa. Ethiopia accused Eritrea again on Tuesday.")


@pytest.mark.slow
def test_confidence_told_before_in_the_coder(coder):
    # end to end: every event's evidence says whether an event before it in the article has its CAMEO root,
    # doers and targets, and the article's confidence is read off that evidence
    article = Article(text=TEXT, date=dt.date(2021, 5, 4))
    record = Parsed(article=article, doc=next(iter(coder.nlp.pipe([TEXT]))))
    for step in coder.steps[:-1]:
        record = step.run(record, coder.knowledge)
    coded, evidences = assemble_with_evidence(record, coder.knowledge)
    assert coded.events and len(evidences) == len(coded.events)
    seen = []
    for event, ev in zip(coded.events, evidences):
        told = (event.cameo[:2], frozenset(p.actor for p in event.source if p.actor),
                frozenset(p.actor for p in event.target if p.actor))
        assert ev.restated_dyad == float(bool(told[1] or told[2]) and told in seen)
        seen.append(told)
        assert all(0.0 <= getattr(ev, name) <= 1.0 for name in ("restated_dyad", "source_context", "source_sector",
                                                                  "target_sector", "target_far", "sides_main",
                                                                  "target_more_named"))
        assert event.confidence == confidence(ev, coder.knowledge.confidence)


def test_confidence_article_parties_read_how_each_side_was_found(blank_nlp):
    """``ArticleParties.resolved_via`` (mentions indexed once an article, session 40) is ``ground.resolved_via``:
    how the mentions ending at a side's word were found, nothing for a word no mention of the actor ends at."""
    from detente.events.ground import resolved_via

    doc = tree(blank_nlp.language.vocab, PARSE)
    found = _found(doc)
    parties = ArticleParties.of(found)
    police, kenya, uganda = _refs()
    assert parties.resolved_via(found, doc[0], police) == frozenset({"context"})
    assert parties.resolved_via(found, doc[6], uganda) == frozenset({"pronoun"})
    assert parties.resolved_via(found, doc[4], uganda) == frozenset({"name"})
    assert parties.resolved_via(found, doc[2], uganda) == frozenset()  # no mention of Uganda ends at "Kenya"
    for token, ref in ((doc[0], police), (doc[2], kenya), (doc[10], kenya), (doc[4], uganda), (doc[6], uganda),
                       (doc[2], uganda)):
        assert parties.resolved_via(found, token, ref) == resolved_via(found, token, ref)
    # made without the index (as a test may make one), it reads the table's mentions
    bare = ArticleParties(parties.counts, parties.main)
    assert bare.resolved_via(found, doc[6], uganda) == frozenset({"pronoun"})
