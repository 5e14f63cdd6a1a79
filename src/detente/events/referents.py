"""Targets named through an act: "condemned the launch", "criticised the break in relations",
"threatened to block the package".

An act with no known target after the clause rules (``events/extract.py``) and the event anaphora
of the last few sentences (``resolve_event_anaphora``) looks at the nouns it is done to: its
objects, the objects of the verbs of its trigger ("threatened to block the package") and the words
it kept as an unknown target.

A definite noun ("the launch", "this break") that names an act points to whoever did it: the doer
it names itself ("the strikes by the army", "the sanctions imposed by X", "the sanctions that X
imposed"; an indefinite one too by a "by" phrase, not by a relative clause: "denied claims by X that ...",
while "a plan X described as ..." tells who described it), else the doer of the acts of that word coded earlier
in the article, at any distance:
the same lemma in the earlier act's trigger ("broke off relations" / "the break in relations";
"were launched" / "the launch"), or the container the trigger is counted in ("adopted a package
of sanctions" / "the package"). An earlier mention with no doer of its own ("the missiles were
launched") stands for the latest act of the same quad class with a doer at most ``DOERLESS_WINDOW``
sentences before it (the act it details). Only when all such earlier acts have one and the same
doer (a country with its bodies and office holders is one party; see ``events/context.py``) other
than this act's doer: with two, the article does not say whose act is meant. The noun itself is no
longer kept as an unknown target.

When no coded act has the noun's word (the act was told with no doer coded, or by a verb no act is coded for), a
criticism, rejection or praise ("welcomed the vote" after "the assembly adopted a resolution") takes the doers of
the latest verb told before it that the noun is made from or names (:func:`told_doers`: "Serbia suspended gas
deliveries ... called the suspension unjustified").

A member's ballot ("Russia voted against it": ``article_sides.ballot``) is never "the vote" a body held.

A criticism or rejection said of an act ("said the drills were a flagrant violation", "called the sanctions
illegal": ``JUDGING_ROOTS``) is done to the subject of the clause said of it as well.

A reaction told by a participle or a relative clause on a noun that sums up an act of its own sentence ("Ghana
expelled two diplomats, in a move criticised by Nigeria", "a move that X condemned", "in a ruling welcomed by X":
``generic_anaphor``) is aimed at that act's doers (:func:`summed_up_act`), when they are no party of its own. A
reaction (a comment, an appeal, a criticism, a rejection, a threat, a praise) whose relative clause hangs on any noun
of an act or of words set off after the clause it sums up (", a charge Kabul rejected", ", a policy that Slovenia
criticised", "in a resolution that Managua rejected", "said ..., a warning Yerevan dismissed": :func:`summing_noun`),
the parser hanging it there or not, is aimed at the doers of the latest act coded before the noun that no other act's
clause holds, else at the subject of the latest clause verb there; when that act is the reaction's own party's, at the
subjects of the nearer verb of another party's after it ("banned its judges over the sentence a court in Minsk gave
him, a verdict Vilnius calls arbitrary": the court; session 46); at no one when those are of its own party
(:func:`summed_up_doers`).

A demand whose that-clause's subject names an earlier act ("demanded that the sentences be overturned": ``DEMAND_ROOT``)
is made of that act's doer, as a judgement said of a clause is.

A judgement of a document (a ``speech_noun`` or an ``authored_noun``: "rejected the communique") that no coded act
names takes the subjects of the verb its word was told "in" earlier in the article ("the bloc said in a
communique", "urged X to ..., in a resolution") or was the object of (an ``issue_verb``: "issued a statement"), at
any distance, when they are of another party (:func:`document_authors`).

The side added is the earlier doer's own mention, so ``detente code --explain`` shows which
mention gave it. (A thing named by its owner, "a Liberian-flagged tanker", is the ground rules'
business: ``owner_participle`` in ``events/ground.py``.)
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.actors.kb import folded
from detente.events.article_sides import (
    JUDGING_ROOTS,
    PRAISE_CODE,
    REACTION_ROOTS,
    ballot,
    cast_ballot,
    derived,
    made_from_trigger,
)
from detente.events.cameo import quad_class
from detente.events.context import party
from detente.events.doers import known
from detente.events.labelled import labelled_nouns, names_one_act
from detente.events.phrases import definite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import Side
    from detente.events.lexicon import Lexicon, Words
    from detente.parse_view import ParseView

# a judgement's noun names an act told this many sentences back at most when no coded act has its word
TOLD_WINDOW = 8
# what sets off a noun that sums up the clause before it: "..., a charge X rejected", "in a resolution that X rejected"
SET_OFF = frozenset({",", "—", "–", "-", ";", "in"})
RELATIVE_WORDS = frozenset({"that", "which"})
SUMMING_WINDOW = 12  # words back from a relative clause joined to another to the noun they hang on
PHRASE_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "advmod", "quantmod"})
# CAMEO 10, demand: a demand that an act be undone ("demanded that the sentences be overturned") is made of its doer
DEMAND_ROOT = "10"
DOERLESS_WINDOW = 2  # "North Korea fired missiles ... The missiles were launched from ...": the next sentences


def referents(candidates: list[Candidate], found: DocActors, lexicon: Lexicon) -> list[Candidate]:
    """Give acts with no known target the doer of the act they are done to (see the module's docstring)."""
    out: list[Candidate] = []
    for number, candidate in enumerate(candidates):
        if not candidate.nominal and not known(candidate.targets) and known(candidate.sources) \
                and candidate.frame != "enact":  # "claimed the attack": the act itself, not one done to it
            summed = summed_up_act(candidate, candidates[:number], lexicon.words)
            if summed is not None:
                own = {party(r) for _, r in candidate.sources}
                doers = [(t, r) for t, r in known(summed.sources) if party(r) not in own]
                if doers:
                    out.append(dataclasses.replace(candidate, targets=(*candidate.targets, *doers)))
                    continue
            doers = summed_up_doers(candidate, candidates[:number], found, lexicon)
            if doers:
                out.append(dataclasses.replace(candidate, targets=(*candidate.targets, *doers)))
                continue
            nouns = object_nouns(candidate, found, lexicon.words)
            noun, added = act_doers(nouns, candidate, candidates[:number], found, lexicon)
            if noun is not None:
                kept = tuple((t, r) for t, r in candidate.targets if t.i != noun.i)
                candidate = dataclasses.replace(candidate, targets=(*kept, *added))
        out.append(candidate)
    return out


def summed_up_act(candidate: Candidate, earlier: list[Candidate], words: Words) -> Candidate | None:
    """The act of its own sentence that a participle or relative clause reacts to through a noun summing it up
    ("expelled two diplomats, in a move criticised by X", "a move that X condemned", "in a ruling welcomed by X":
    ``generic_anaphor``), if it was coded."""
    verb = candidate.head
    # "a decision that X called regrettable and that Y welcomed": a verb joined to the relative clause, with no object
    # of its own but a relative pronoun
    while verb.dep_ == "conj" and verb.head.i != verb.i \
            and not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in verb.children):
        verb = verb.head
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in words.generic_anaphor:
        return None
    start = noun.left_edge.i
    # "..., in a move criticised by X"; "..., a move welcomed by X" set off by a comma (the parser makes it an
    # object or a modifier of the verb, or puts it beside the verb's last noun: "refused to let the ship dock at
    # Hambantota, a decision ..."), not the verb's own object ("rejected the deal brokered by X")
    act = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "in" \
        else noun.head if noun.dep_ in ("dobj", "npadvmod", "appos") and start > 0 and noun.doc[start - 1].text == "," \
        else None
    here = [c for c in reversed(earlier) if c.sentence == candidate.sentence]
    while act is not None and noun.dep_ == "appos" and act.head.i != act.i and not _told(act, here):
        act = act.head  # the act the clause before the comma tells, however deep the parser hung the noun
    if act is None or act.pos_ not in ("VERB", "AUX"):
        return None
    return _told(act, here)


def summed_up_doers(candidate: Candidate, earlier: list[Candidate], found: DocActors, lexicon: Lexicon) -> list[Side]:
    """The doers of the act a reaction's relative clause sums up by a noun set off after the clause that tells it
    (:func:`summing_noun`: "accused X of ..., a charge X rejected", "... a policy that Y criticised", "in a resolution
    that Y rejected", "said ..., a claim Y denied"), when :func:`summed_up_act` found none: the known doers of another
    party than the reaction's of the latest act coded before the noun in its sentence (not one told inside another's
    clause), else of the subjects of the latest verb before it that has known ones (the act told by a verb no act is
    coded for: "told police to turn back migrants, a policy ..."); none when those are the reaction's own party, or a
    verb of its own party's tells a clause between ("the agency warned ..., a warning it repeated"). A reaction only
    (``REACTION_ROOTS``, a praise)."""
    if candidate.cameo[:2] not in REACTION_ROOTS and candidate.cameo[:3] != PRAISE_CODE:
        return []
    noun = summing_noun(candidate, found, lexicon)
    if noun is None:
        return []
    start = _phrase_start(noun)
    own = {party(r) for _, r in known(candidate.sources)}
    acts = sorted((c for c in earlier if c.sentence == candidate.sentence and c.head.i < start),
                  key=lambda c: c.head.i)
    # not an act told inside another's clause ("accused X of arming militants, charges X rejected": the accusation)
    heads = [c.frame_token if c.frame_token is not None else c.head for c in acts]
    acts = [c for c in acts if not any(h.i != c.head.i and h.is_ancestor(c.head) for h in heads)]
    doc, view = noun.doc, found.view(noun.doc)
    for act in reversed(acts):
        if known(act.sources):  # the latest act with known doers; none when they are the reaction's own party, or
            # a verb of its own party's tells a clause after it ("X cut its aid, and the agency warned ..., a warning
            # it repeated")
            if any(view.pos[i] == "VERB" and {party(r) for _, r in _subjects(i, doc, view, found)} & own
                   for i in range(act.head.i + 1, start)):
                return []
            others = [(t, r) for t, r in known(act.sources) if party(r) not in own]  # ("a warning it repeated")
            if others:
                return others
            # the act is the reaction's own party's: a clause of another party's told after it, nearer the noun, is
            # what the noun sums up ("banned its judges over the sentence a court in Minsk gave him, a verdict Vilnius
            # calls arbitrary": the court's)
            return _nearer_clause_doers(act.head.i + 1, start, own, doc, view, found)
    for i in reversed(_clause_verbs(found.sentences[candidate.sentence].start, start, doc)):
        if not any(view.dep[c] == "neg" for c in view.children[i]):
            subjects = _subjects(i, doc, view, found)
            if subjects:
                return [(t, r) for t, r in subjects if party(r) not in own]
    return []


def _nearer_clause_doers(first: int, end: int, own: set[str], doc: Doc, view: ParseView,
                         found: DocActors) -> list[Side]:
    """The known subjects of the latest verb from ``first`` to ``end`` (excluded) that has some, not negated, when
    none of them is of the ``own`` party; else none."""
    for i in range(end - 1, first - 1, -1):
        if view.pos[i] != "VERB" or any(view.dep[c] == "neg" for c in view.children[i]):
            continue
        subjects = _subjects(i, doc, view, found)
        if subjects:
            return [] if {party(r) for _, r in subjects} & own else subjects
    return []


def _clause_verbs(start: int, end: int, doc: Doc) -> list[int]:
    """The verbs from ``start`` to ``end`` (excluded) that tell a clause of their own, not one inside another's
    ("said Ruritania would never let Freedonia rearm ...": said; verbs joined by "and" each tell one)."""
    verbs = [i for i in range(start, end) if doc[i].pos_ == "VERB"]
    def clause(i: int) -> Token:
        token = doc[i]
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        return token
    return [i for i in verbs if not any(j != clause(i).i and doc[j].is_ancestor(clause(i)) for j in verbs)]


def summing_noun(candidate: Candidate, found: DocActors, lexicon: Lexicon) -> Token | None:
    """The noun a reaction's relative clause hangs on when it sums up an act and is set off after the clause that tells
    it (a comma, a dash, or "in": ``SET_OFF``): a noun that names an act or words (an event noun, a ``generic_anaphor``,
    an ``accusation_noun``, a ``speech_noun``, an ``authored_noun``, a ``summing_noun``). The parser hangs the clause
    on it ("a decision that X welcomed"; through a clause joined to it: "a decision that X regretted and that Y
    welcomed"), or it is the word before the clause's subject, a relative pronoun between ("..., charges Lisbon
    rejected", parsed as a clause of its own), or before a clause joined to that one, at most ``SUMMING_WINDOW``
    words back."""
    verb = candidate.head
    chain = {verb.i}
    while verb.dep_ == "conj" and verb.head.i != verb.i \
            and not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in verb.children):
        verb = verb.head
        chain.add(verb.i)
    if verb.dep_ in ("acl", "relcl") and _sums_up(verb.head, lexicon):
        return verb.head if _set_off(verb.head) else None
    if any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in candidate.head.children):
        return None  # the reaction's own object: what it is aimed at is named
    doc = candidate.head.doc
    # the reaction's own subject, or a name in apposition to it (", a charge New Delhi rejected": "charge" the subject)
    subjects = [t for t, _ in candidate.sources if t.i < candidate.head.i
                and (t.head.i in chain or t.dep_ == "appos" and t.head.head.i in chain)]
    if not subjects:
        return None
    before = _phrase_start(subjects[0]) - 1
    if before >= 0 and doc[before].lower_ in RELATIVE_WORDS:
        before -= 1
    if before < 0:
        return None
    if doc[before].dep_ == "cc":  # "a decision that X called hostile and that Y welcomed"
        nouns = [doc[i] for i in range(before - 1, max(before - SUMMING_WINDOW, -1), -1)
                 if _noun_like(doc[i]) and _sums_up(doc[i], lexicon) and i + 1 < len(doc)
                 and doc[i + 1].lower_ in RELATIVE_WORDS]
        noun = nouns[0] if nouns else None
    else:
        noun = doc[before] if _noun_like(doc[before]) and _sums_up(doc[before], lexicon) else None
    return noun if noun is not None and _set_off(noun) else None


def _noun_like(token: Token) -> bool:
    """A noun, or a plural noun the parser took for a verb of the third person (", charges Kabul rejected")."""
    return token.pos_ == "NOUN" or token.tag_ == "VBZ" and token.dep_ == "ROOT"


def _sums_up(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun can sum up an act told before it: it names an act or words (see :func:`summing_noun`)."""
    words, lemma = lexicon.words, noun.lemma_.lower()
    return lemma in words.generic_anaphor or lemma in words.accusation_noun or lemma in words.speech_noun \
        or lemma in words.authored_noun or lemma in words.summing_noun or lexicon.event_noun(noun) is not None


def _set_off(noun: Token) -> bool:
    """Whether a noun's phrase follows a comma, a dash or "in" (``SET_OFF``): it sums up the clause before it."""
    start = _phrase_start(noun)
    return start > 0 and noun.doc[start - 1].lower_ in SET_OFF


def _phrase_start(token: Token) -> int:
    """The first word of a noun's phrase before it: its determiner, adjectives, compounds and possessor."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ in PHRASE_DEPS and start - 1 < token.doc[start - 1].head.i <= token.i:
        start -= 1
    return start


def _told(verb: Token, acts: list[Candidate]) -> Candidate | None:
    """The first of ``acts`` told by the verb (its head or a word of its trigger)."""
    return next((c for c in acts if c.head.i == verb.i or any(t.i == verb.i for t in c.trigger)), None)


def object_nouns(candidate: Candidate, found: DocActors, words: Words) -> list[Token]:
    """The nouns an act is done to that name no actor: the objects of its verbs, the labels of the free relatives
    they are done to ("what it called a hasty ban": events/labelled.py) and its unknown targets."""
    verbs = [t for t in (candidate.frame_token, candidate.head, *candidate.trigger)
             if t is not None and t.pos_ in ("VERB", "AUX")]
    view = found.view(candidate.head.doc)  # verb.children, without a Token for every child
    nouns = [verb.doc[c] for verb in verbs for c in view.children[verb.i] if view.dep[c] in ("dobj", "nsubjpass")]
    if candidate.cameo[:2] in JUDGING_ROOTS or candidate.cameo[:2] == DEMAND_ROOT:
        # "said the drills were a flagrant violation", "called the sanctions illegal": what is judged is
        # the subject of the clause said of it; "demanded that the sentences be overturned": what is to be undone
        nouns += [verb.doc[s] for verb in verbs for c in view.children[verb.i] if view.dep[c] == "ccomp"
                  for s in view.children[c] if view.dep[s] in ("nsubj", "nsubjpass")]
    nouns += [t for t, r in candidate.targets if r.kind == "unresolved"]
    # "rejected what it called baseless claims": the label names the act (events/labelled.py)
    nouns += [t for verb in verbs for t in labelled_nouns(verb, words) if t not in nouns]
    # "The UN also welcomed it" after "India welcomed the agreement": the noun the pronoun stands for
    # (``actors/pronouns._repeated_reaction``)
    nouns = [noun.doc[found.antecedents[noun.i]] if noun.pos_ == "PRON" and noun.i in found.antecedents
             and noun.i not in found.by_token else noun for noun in nouns]
    out: list[Token] = []
    for noun in nouns:
        if noun.pos_ in ("NOUN", "PROPN") and noun.i not in found.by_token and noun.i not in found.groups \
                and noun not in out:
            out.append(noun)
    return out


def act_doers(nouns: list[Token], candidate: Candidate, earlier: list[Candidate], found: DocActors,
              lexicon: Lexicon) -> tuple[Token | None, list[Side]]:
    """The noun that names an act and the act's doer ("condemned the launch": the launch, North
    Korea), when it has one only; else (None, [])."""
    words = lexicon.words
    own = {party(r) for _, r in candidate.sources if r.kind != "unresolved"}
    for noun in nouns:
        if noun in candidate.trigger and lexicon.event_noun(noun):
            continue
        # the doer the noun names itself; by a "by" phrase, definite or not ("denied claims by Chilean deputies
        # that ..."; a relative clause on an indefinite noun tells more than who did it: "a plan X described as ...")
        by = own_doers(noun, found, relative=definite(noun, words))
        if by and not own & {party(r) for _, r in by}:
            return noun, by
        if not names_one_act(noun, words):  # the noun or label of one act ("the closure", "what it called ...")
            continue
        lemma = noun.lemma_.lower()
        doers: dict[str, list[Side]] = {}
        for index, other in enumerate(earlier):
            if lemma not in _act_words(other, words) and not made_from_trigger(lemma, other, lexicon) \
                    or ballot(other, lemma):
                continue
            sides = _doers(other, earlier[:index])
            for _, ref in sides:
                doers.setdefault(party(ref), [])
            for side in sides:
                doers[party(side[1])].append(side)
        if len(doers) == 1 and not own & set(doers):
            sides = next(iter(doers.values()))
            latest = max(sides, key=lambda side: side[0].i)
            return noun, [side for side in sides if found.sentence_of.get(side[0].i) ==
                          found.sentence_of.get(latest[0].i)]
        if not doers and (candidate.cameo[:2] in JUDGING_ROOTS or candidate.cameo[:3] == PRAISE_CODE):
            told = told_doers(noun, candidate.sentence, own, found, lexicon) \
                or document_authors(noun, own, found, words)
            if told:
                return noun, told
    return None, []


def document_authors(noun: Token, own: set[str], found: DocActors, words: Words) -> list[Side]:
    """The authors of a document a judgement's noun names ("rejected the communique"), named with it earlier in the
    article, at any distance: the subjects of the verb its word was told "in" ("the bloc said in a communique",
    "urged X to ..., in a resolution") or the object of (an ``issue_verb``: "issued a statement"), the latest such
    mention's, when they are of another party than the judge's; when that verb is a ``speech_verb`` whose subject names
    no known actor ("urged X to ..., in a resolution ..., the body said"), the subjects of the clause it reports
    (session 48). A ``speech_noun`` or an ``authored_noun`` only."""
    lemma = folded(noun.lemma_).lower()  # "communiqué" as words.tsv writes it, "communique"
    if lemma not in words.speech_noun and lemma not in words.authored_noun:
        return []
    doc, view = noun.doc, found.view(noun.doc)
    for i in range(noun.i - 1, -1, -1):
        if folded(view.lemma[i]).lower() != lemma:
            continue
        head = view.head[i]
        if view.dep[i] == "pobj" and view.lower[head] == "in" and view.pos[view.head[head]] in ("VERB", "AUX"):
            verb = view.head[head]
        elif view.dep[i] == "dobj" and view.lemma[head].lower() in words.issue_verb:
            verb = head
        else:
            continue
        subjects = _subjects(verb, doc, view, found)
        if not subjects and view.lemma[verb].lower() in words.speech_verb:
            # "X urged Y to ..., in a resolution ..., the body said": its speaker names no known actor; the document
            # is the authors' of the words it reports, the subjects of the clause it reports
            subjects = [s for c in view.children[verb] if view.dep[c] == "ccomp"
                        for s in _subjects(c, doc, view, found)]
        if subjects:
            return [(t, r) for t, r in subjects if party(r) not in own]
    return []


def told_doers(noun: Token, sentence: int, own: set[str], found: DocActors, lexicon: Lexicon) -> list[Side]:
    """The doers of the act a judgement's noun names when no coded act has its word: the subject (or the "by" agent)
    of the latest verb told before it, at most ``TOLD_WINDOW`` sentences back, that the noun is made from or names
    (``nominalisations.tsv``: "called the suspension illegal" after "Ankara suspended deliveries"; "the incursion"
    after "jets entered its airspace"; "welcomed the vote" after "the assembly adopted a resolution"), when every such
    verb's known doers are of one party, not the judge's; never a member's ballot (``cast_ballot``: "voted against
    it")."""
    lemma, words = noun.lemma_.lower(), lexicon.words
    if lemma not in lexicon.nouns and lemma not in lexicon.made_from or lemma in words.generic_anaphor \
            or lemma in words.speech_noun or lemma in words.accusation_noun:
        return []
    view = found.view(noun.doc)
    first = found.sentences[max(0, sentence - TOLD_WINDOW)].start
    doers: dict[str, list[Side]] = {}
    for i in range(first, noun.i):
        verb = view.lemma[i].lower()
        if view.pos[i] != "VERB" or verb != lemma and not derived(lemma, verb, lexicon) \
                or any(view.dep[c] == "neg" for c in view.children[i]) or cast_ballot(noun.doc[i]):
            continue
        for side in _subjects(i, noun.doc, view, found):
            doers.setdefault(party(side[1]), []).append(side)
    if len(doers) != 1 or own & set(doers):
        return []
    sides = next(iter(doers.values()))
    latest = max(found.sentence_of.get(t.i, -1) for t, _ in sides)
    return [side for side in sides if found.sentence_of.get(side[0].i) == latest]


def _subjects(verb: int, doc: Doc, view: ParseView, found: DocActors) -> list[Side]:
    """The known actors a verb's subject or "by" agent names; for a verb joined to another with no subject of its
    own ("halted exports and recalled its envoy"), the other's."""
    while True:
        tokens = [c for c in view.children[verb] if view.dep[c] == "nsubj"]
        tokens += [p for c in view.children[verb] if view.dep[c] == "agent"
                   for p in view.children[c] if view.dep[p] == "pobj"]
        if tokens or view.dep[verb] not in ("conj", "xcomp") or view.head[verb] == verb:
            break
        verb = view.head[verb]
    return [(doc[t], r) for t in tokens for r in found.refs_at(t) if r.kind != "unresolved"]


def own_doers(noun: Token, found: DocActors, relative: bool = True) -> list[Side]:
    """The doer an act's noun names itself: "the strikes by the army", "the sanctions imposed by
    ECOWAS", "the sanctions that ECOWAS imposed on Niger" (a relative clause's subject only with ``relative``)."""
    agents = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "by"
              for p in prep.children if p.dep_ == "pobj"]
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agents += [p for agent in clause.children if agent.dep_ == "agent"
                       for p in agent.children if p.dep_ == "pobj"]
        elif clause.dep_ == "relcl" and relative:
            agents += [s for s in clause.children if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP")]
    return [(p, found.by_token[p.i]) for p in agents if p.i in found.by_token]


def _act_words(candidate: Candidate, words: Words) -> set[str]:
    """The lemmas that name an act: its trigger's, and the container its noun is counted in
    ("a package of sanctions": package)."""
    out = {t.lemma_.lower() for t in candidate.trigger}
    for token in candidate.trigger:
        if token.dep_ == "pobj" and token.head.lower_ == "of":  # the container's Token made only then
            container = token.head.head.lemma_.lower()
            if container in words.container_noun:
                out.add(container)
    return out


def _doers(candidate: Candidate, before: list[Candidate]) -> list[Side]:
    """An act's known doers; a mention with none ("the missiles were launched") takes the doers of
    the latest act of the same quad class just before it (the act it details: "fired missiles into the sea"
    is a show of force, "were launched" force, both material conflict)."""
    if candidate.sources:
        return known(candidate.sources)
    for other in reversed(before):
        if candidate.sentence - other.sentence > DOERLESS_WINDOW:
            break
        doers = known(other.sources)
        if doers and quad_class(other.cameo) == quad_class(candidate.cameo):
            return doers
    return []
