"""Meetings of a body two states run together (session 52, h-miss52): "A joint ministerial commission will meet in
Accra in September", "The mixed commission on border security is due to meet in Kano", "their intergovernmental
commission meets twice a year", "That commission has never met".

Wire copy about two states closes with the next step of their joint body, whose subject names no actor the knowledge
base knows: the consultation (CAMEO 040) is the two states' own, done together, and the gold codes it so (both are its
doers, no target). A meeting told by a verb (``meet`` or another 04 line whose subject is the body) is such a meeting
when its subject, with no actor resolved, is a ``joint_body_noun`` of ``data/lexicon/words.tsv`` (commission,
committee, council, working group, ...) that

- carries a ``joint_body_mark`` ("joint", "mixed", "bilateral", "intergovernmental", "working": :func:`_marked`), or
- is definite ("the", "that", "this") and an earlier mention of the same noun in the article carries one ("a joint
  commission on trade ... That commission has never met").

A sitting of such a body told with no doer is one too (session 53, h-miss53: :func:`joint_sitting`): "The next joint
session will be held in Rabat", "the commission's next session will be held in Lisbon", "the first meeting of the
intergovernmental council": a ``sitting_noun`` of ``words.tsv`` (session, summit, meeting, ...) that is the passive
subject of the verb that tells it, or the event noun itself, with no actor resolved on it, and that carries a
``joint_body_mark`` itself or belongs to a joint body as above ("the commission's", "of the joint council").

:func:`body_parties` gives it the story's two main parties (``context.main_parties``) as its doers when its sentence
names, as a party of a clause, no party other than those two (``context.parties``), each by its mention up to the
act's sentence that names the state itself, else its government (``pacts.done_by_pair``); it drops it otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.context import main_parties, parties
from detente.events.doers import known
from detente.events.pacts import done_by_pair

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import DocActors
    from detente.events.lexicon import Words
    from detente.records import Candidate

MEETING_ROOT = "04"  # CONSULT: a body meets, holds talks, discusses
MARK_DEPS = ("amod", "compound", "nmod")  # "a joint commission", "the working group"


def _marked(noun: Token, words: Words) -> bool:
    """Whether a body noun carries a ``joint_body_mark`` as a modifier, or on a modifier of its own ("a joint
    ministerial commission", "the joint boundary committee", where the parser may hang "joint" on "boundary")."""
    return any(t.i < noun.i and t.dep_ in MARK_DEPS and t.lower_ in words.joint_body_mark for t in noun.subtree)


def _named_before(noun: Token, words: Words) -> bool:
    """Whether a definite body noun (words.tsv ``definite_det``) points back to an earlier mention of the same noun
    that carries a mark ("a joint commission on trade ... That commission has never met")."""
    if not any(c.dep_ == "det" and c.lower_ in words.definite_det for c in noun.children):
        return False
    return any(t.lemma_.lower() == noun.lemma_.lower() and _marked(t, words) for t in noun.doc[:noun.i])


def joint_body(candidate: Candidate, words: Words) -> Token | None:
    """The joint body that is the only doer of a consultation told by a verb (see the module's docstring), or None."""
    if candidate.nominal or not candidate.cameo.startswith(MEETING_ROOT) or not candidate.sources \
            or known(candidate.sources):
        return None
    subjects = [t for t, _ in candidate.sources]
    if len({t.i for t in subjects}) != 1:
        return None
    noun = subjects[0]
    if noun.lemma_.lower() not in words.joint_body_noun or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return noun if _marked(noun, words) or _named_before(noun, words) else None


def _of_joint_body(sitting: Token, words: Words) -> bool:
    """Whether a sitting is a joint body's: a ``joint_body_mark`` on it ("the next joint session", "a bilateral
    summit"), or a joint body (:func:`_marked` or :func:`_named_before`) as its possessor or its "of" object ("the
    commission's next session", "the first meeting of the mixed committee")."""
    if _marked(sitting, words):
        return True
    owners = [c for c in sitting.children if c.dep_ == "poss"]
    owners += [g for c in sitting.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in words.joint_body_noun and (_marked(o, words) or _named_before(o, words))
               for o in owners)


def joint_sitting(candidate: Candidate, words: Words) -> Token | None:
    """The sitting of a joint body a consultation with no known doer is told by (see the module's docstring): the event
    noun itself, or the passive subject of its verb ("will be held"); or None."""
    if known(candidate.sources):
        return None
    return _sitting(candidate, words)


def _sitting(candidate: Candidate, words: Words) -> Token | None:
    """The sitting of a joint body a consultation is told by, whoever its doers are: the conditions of
    :func:`joint_sitting` but the doers'."""
    if not candidate.cameo.startswith(MEETING_ROOT):
        return None
    sitting = candidate.head if candidate.nominal \
        else next((c for c in candidate.head.children if c.dep_ == "nsubjpass"), None)
    if sitting is None or sitting.lemma_.lower() not in words.sitting_noun or not _of_joint_body(sitting, words):
        return None
    return sitting


def of_joint_body(candidate: Candidate, words: Words) -> Token | None:
    """The joint body that meets (:func:`joint_body`) or the sitting of one (:func:`joint_sitting`) a consultation with
    no known doer is told by, or None."""
    return joint_body(candidate, words) or joint_sitting(candidate, words)


def body_parties(candidates: list[Candidate], found: DocActors, words: Words) -> list[Candidate]:
    """Each meeting of a joint body or sitting of one (:func:`of_joint_body`) done by the story's two main parties,
    when its sentence names no other party; dropped otherwise (see the module's docstring)."""
    pending = [c for c in candidates if of_joint_body(c, words) is not None]
    if not pending:
        return candidates
    main = main_parties(found, words)
    out = []
    for candidate in candidates:
        if of_joint_body(candidate, words) is None:
            out.append(candidate)
            continue
        named = set(parties(found, candidate.sentence, words))
        if len(main) != 2 or not named <= main:
            continue
        done = done_by_pair(candidate, main, found, words)
        if done is not None:
            out.append(done)
    return out


def body_doer(candidate: Candidate, token: Token, words: Words) -> str | None:
    """For ``--explain``: the rule, when a doer of a joint body's meeting is one of the story's two parties named
    outside the body's own phrase; else none."""
    sitting = _sitting(candidate, words)
    if sitting is not None:
        if sitting.left_edge.i <= token.i <= sitting.right_edge.i:
            return None
        return f"one of the story's two parties, whose joint body's sitting {sitting.text!r} is held " \
               "(events/joint_bodies.py, joint_sitting)"
    verb, noun = candidate.head, None
    for _ in range(3):  # "is due to meet", "will meet": the subject may hang on the verb the meeting is raised from
        noun = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is not None or verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if noun is None or noun.lemma_.lower() not in words.joint_body_noun \
            or not (_marked(noun, words) or _named_before(noun, words)) \
            or noun.left_edge.i <= token.i <= noun.right_edge.i:
        return None
    return f"one of the story's two parties, whose joint body {noun.text!r} meets (events/joint_bodies.py, " \
           "body_parties)"
