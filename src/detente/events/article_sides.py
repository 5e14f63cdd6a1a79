"""Sides that need more than one clause: an act's target found in an earlier act of the article,
and the people an act of force killed (issue 11: false dyads).

- Event anaphora: "Iran condemned the strikes" takes as its target the doers of the strikes named
  before (:func:`resolve_event_anaphora`): the noun stands for an earlier act only when it names
  that kind of act (the trigger's word, or a lexicon noun of a related code: :func:`same_kind`),
  and not when a year or a name on it that the act's sentence lacks sets it apart ("the 2015
  agreement" after a defence agreement signed on Monday).
- Victims: wire copy details a strike with a participle: "the army struck rebel positions near the
  border, killing at least 21 people". The participle is coded as an act of its own (by the
  strike's doer), and the people it names get a country only from the article's focus (the
  dateline's country, the one most named): the doer's own, as often as not, which makes a false
  dyad ("Mali's army killed Malian civilians"). When the act the participle hangs on names what it
  hit (an object, or a target phrase of its event noun: "on rebel positions"), the people killed
  are that act's victims: the participle takes that act's known targets, or none, never a country
  the text did not give (nor the noun such people are named again by: "21 civilians"). A count the
  text gives a country ("killing five Malian soldiers") stays the target (:func:`victims`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import ANSWERING_CODES, DISAPPROVE_ROOT, FORCE_ROOTS, REJECT_ROOT, SIGNING, lookup
from detente.events.context import party, side
from detente.events.frames import AID_ROOT
from detente.events.labelled import labelled_nouns, names_one_act
from detente.events.same_act import related  # one home: the acts step's relation between codes

# gifts whose receiver the doer's earlier gifts tell (aid_receivers): aid, economic aid, humanitarian aid, asylum and
# the intent of the first three; military aid and protection go as often to a group the article names apart
GIFT_CODES = frozenset({"070", "071", "073", "075", "033", "0331", "0333"})
# CAMEO 033, intend to provide aid: a doer's earlier aid of any kind, or the intent of it, tells whom its gifts go to
INTEND_AID = "033"

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from detente.actors.refs import DocActors
    from detente.actors.resolve import ActorRef
    from detente.events.extract import Candidate
    from detente.events.ground import Ground
    from detente.events.lexicon import Lexicon, Words
    from detente.parse_view import ParseView


def resolve_event_anaphora(candidates: list[Candidate], lexicon: Lexicon, view: ParseView,
                           window: int = 8, found: DocActors | None = None) -> list[Candidate]:
    """Give "Iran condemned the strikes" the doers of the strikes named before as its target:
    the latest earlier act with the same word, else of the kind the noun names, else any act for
    "the move"; never an act the noun's year or name sets apart ("the 2015 agreement"). "The announcement" (a noun
    made from a ``plan_verb``) is the latest step near it told as still to come, when there is one, not any comment
    told before (session 54). ``view``: the
    parse view of the candidates' doc; ``found``: its actors, whose antecedents give the noun an object pronoun
    stands for when it names no actor ("India welcomed the agreement. The UN also welcomed it":
    ``actors/pronouns._repeated_reaction``)."""
    words = lexicon.words
    out: list[Candidate] = []
    for number, candidate in enumerate(candidates):
        out.append(candidate)
        if any(ref.kind != "unresolved" for _, ref in candidate.targets) or candidate.nominal \
                or candidate.frame == "enact":
            continue  # "claimed the attack", "approved the extradition": the act itself, not one done to it
        head = candidate.frame_token if candidate.frame_token is not None else candidate.head
        doc, dep = head.doc, view.dep
        objects = [c for c in view.children[head.i] if dep[c] in ("dobj", "dative")]
        if found is not None:
            objects = [found.antecedents[c] if view.pos[c] == "PRON" and c in found.antecedents
                       and c not in found.by_token and view.pos[found.antecedents[c]] == "NOUN" else c for c in objects]
        if candidate.cameo[:2] in JUDGING_ROOTS:  # "said the drills were a violation": the drills (not "the
            # decision": whose decision a judgement is said of is too often the speaker's own side's)
            objects += [s for c in view.children[head.i] if dep[c] == "ccomp"
                        for s in view.children[c] if dep[s] in ("nsubj", "nsubjpass")
                        and view.lemma[s] not in words.generic_anaphor]
        judged = lookup(candidate.cameo).root == PRAISE_ROOT or candidate.cameo[:2] in JUDGING_ROOTS
        # "rejected what it called baseless claims": the label stands for one act told before (events/labelled.py)
        objects += [t.i for t in labelled_nouns(head, words) if t.i not in objects]
        nouns = [t for t in (doc[c] for c in objects) if names_one_act(t, words) or judged and _dated(t.i, view)]
        if not nouns:
            continue
        marks = _marks(nouns[0], view)
        own = {ref.key for _, ref in candidate.sources}
        # the lead's acts however far back, for an act whose doer is known and did none of them ("the United Nations
        # welcomed the truce"; a party is a state with its bodies and office holders, as in events/context.py)
        parties = {party(ref) for _, ref in candidate.sources if ref.kind != "unresolved"}
        words_answered = bool(parties) and answered_words(candidate, lexicon) is not None
        # (words answered may be told just before in its sentence: "X had offered ..., but Y turned the offer down")
        near = {id(e) for e in candidates[:number] if 0 < candidate.sentence - e.sentence <= window
                or words_answered and e.sentence == candidate.sentence and e.head.i < candidate.head.i}
        # an accord the praising party is a party to ("Morocco welcomed the accord" it signed with Spain)
        speaker = {side(ref) for _, ref in candidate.sources if ref.kind != "unresolved"}
        joint = {id(e) for e in candidates[:number] if _joint(speaker, e)} if candidate.cameo[:3] == PRAISE_CODE \
            else set()

        earlier = [e for e in candidates[:number] if (id(e) in near or parties and e.sentence < candidate.sentence
                                                      and _in_lead(e, view) and _not_theirs(e, parties, joint))
                   and _judged_one(e, own, joint, marks, view) and not ballot(e, nouns[0].lemma_.lower())
                   # (the noun a pronoun stands for names no reaction it was the object of: "Kenya praised the
                   # decision. The AU also praised it": not Kenya's praise)
                   and e.head.i != view.head[nouns[0].i]]
        if words_answered:
            # "Kinshasa rejected the charge": not the act charged, done by the one who answers it (its own soldiers'
            # detentions), but the charging, whoever made it (else events/replies.py finds the accuser)
            earlier = [e for e in earlier if not parties & {party(ref) for _, ref in e.sources}]
        # "the decision" is no act told as still to come ("China would keep funding a hospital ... Wong welcomed the
        # decision": the decision was made before), and what a party praises or criticises is no act of its own
        # alone ("India suspended visas after Canada expelled an Indian diplomat. Canada criticised the step": India's)
        done = {id(e) for e in earlier if not _prospect(e, view)
                and not (judged and {party(ref) for _, ref in e.sources if ref.kind != "unresolved"} <= parties)}
        # an announcement (a noun made from a ``plan_verb``) makes public a step still to come: "Chad will withdraw
        # its troops ... the AU welcomed the announcement" welcomes the withdrawal, the latest such step near it
        announced = any(derived(nouns[0].lemma_.lower(), verb, lexicon) for verb in words.plan_verb)
        coming = {id(e) for e in earlier if announced and id(e) in near and _prospect(e, view)
                  and e.cameo[:2] not in REACTION_ROOTS}
        done = coming or done
        match = _named_act(nouns[0].lemma_.lower(), earlier, lexicon, near, done,
                           reaction=candidate.cameo[:2] in REACTION_ROOTS, announced=announced)
        if match is None and parties and judged and candidate.cameo != SIGNING \
                and nouns[0].lemma_.lower() in words.accord_noun:
            # a signed text stays in play however far back it was signed, out of the lead too ("X and Y signed a
            # protocol ... the EU welcomed the protocol" paragraphs later): its signing, when none nearer is named, for
            # a known doer's judgement of it (not a signing of it: "signing the agreement is the easy part")
            signings = [e for e in candidates[:number] if e.cameo == SIGNING and e.sentence < candidate.sentence
                        and _not_theirs(e, parties, joint) and _judged_one(e, own, joint, marks, view)]
            match = _named_act(nouns[0].lemma_.lower(), signings, lexicon, near, done)
        if match is not None:  # of an accord the praising party is a party to, the other parties
            out[-1] = dataclasses.replace(candidate, targets=match.sources if id(match) not in joint else
                                          tuple(s for s in match.sources if side(s[1]) not in speaker))
    return out



def _not_theirs(e: Candidate, parties: set[str], joint: set[int]) -> bool:
    """Whether an earlier act is no act of the judging parties' (``context.party``), or an accord they are a party
    to (``joint``, by ids)."""
    return not parties & {party(ref) for _, ref in e.sources} or id(e) in joint


def _judged_one(e: Candidate, own: set[str], joint: set[int], marks: list[str], view: ParseView) -> bool:
    """Whether an earlier act may be the one an event noun names for its judge: not the judging doers' own (by key)
    unless an accord they are a party to, done by a known doer, and sharing the noun's marks (:func:`_shares_marks`)."""
    return (not own & {ref.key for _, ref in e.sources} or id(e) in joint) \
        and any(ref.kind != "unresolved" for _, ref in e.sources) and _shares_marks(marks, e, view)

def aid_receivers(candidates: list[Candidate]) -> list[Candidate]:
    """Give a gift or a pledge of one (``GIFT_CODES``: money, relief, asylum, not arms or protection) that names no
    receiver the one party the same doer's earlier aid in the article went to (:func:`aid_act`, forces sent to help
    among it): "Moscow pledged wheat to Syria ... Moscow has promised more help" (Syria); none when its earlier aid
    went to several parties or none."""
    out: list[Candidate] = []
    for number, candidate in enumerate(candidates):
        out.append(candidate)
        parties = {party(ref) for _, ref in candidate.sources if ref.kind != "unresolved"}
        if candidate.cameo not in GIFT_CODES or not parties \
                or any(ref.kind != "unresolved" for _, ref in candidate.targets):
            continue
        given = [(t, r) for e in out[:number] if aid_act(e.cameo) and e.sentence < candidate.sentence
                 and parties & {party(ref) for _, ref in e.sources if ref.kind != "unresolved"}
                 for t, r in e.targets if r.kind != "unresolved" and party(r) not in parties]
        if len({party(r) for _, r in given}) == 1:
            out[-1] = dataclasses.replace(candidate, targets=(*candidate.targets, given[-1]))
    return out


def aid_act(code: str) -> bool:
    """Whether an earlier act tells whom a doer's later gift goes to: a gift (``GIFT_CODES``), or any other aid or the
    intent of it, forces or police sent to help another state among them ("will send police officers to X to help it
    ... will also provide 12 million dollars": X; ``code_sides.sent_to_help``)."""
    return code in GIFT_CODES or lookup(code).root == AID_ROOT or code.startswith(INTEND_AID)


def _joint(speaker: set[str], act: Candidate) -> bool:
    """Whether the act's known doers are of the speaker's side (``events/context.side``: a state with its bodies, or
    a party that is not its state) and of another ("Spain and Morocco signed an accord", for Morocco's ministry;
    not for a Spanish opposition party)."""
    doers = {side(ref) for _, ref in act.sources if ref.kind != "unresolved"}
    return bool(doers & speaker) and bool(doers - speaker)


def _dated(noun: int, view: ParseView) -> bool:
    """Whether a noun's possessor is a date ("Thursday's agreement", "last week's strikes"): as definite as "the"."""
    return any(view.dep[c] == "poss" and view.ent_type[c] == "DATE" for c in view.children[noun])


PRAISE_ROOT = 5  # CAMEO 05, engage in diplomatic cooperation: praise, endorse, welcome
PRAISE_CODE = "051"  # CAMEO 051, praise or endorse ("welcomed the accord"), not the signing of it (057)
# criticism and rejection: a judgement said of an act ("said the drills were illegal") is aimed at its doers
JUDGING_ROOTS = frozenset({"11", "12"})
WORDS_ROOTS = frozenset({2, 3, 10, 11, 13})  # appeals, offers, demands, accusations, threats: words one may reject
# a ``speech_noun`` ("the statement", "the remarks") names words of any verbal root (CAMEO 01-13): answered_words gives
# this root for it, and events/replies.py takes the latest earlier verbal act of another party as their utterance
SPEECH_ROOT = 0
# comments (concern or regret voiced at an act), appeals, criticism, rejections, threats: what "the move" is not
REACTION_ROOTS = frozenset({"01", "02", "11", "12", "13"})
# the prepositions by which a voter takes a side on a measure ("voted against the resolution"): such a verb is a
# member's ballot, not the vote a body held (:func:`ballot`)
BALLOT_PREPS = ("against", "for")


def _named_act(lemma: str, earlier: list[Candidate], lexicon: Lexicon, near: set[int],
               done: set[int] | None = None, reaction: bool = False, announced: bool = False) -> Candidate | None:
    """The latest of ``earlier`` with the noun's word in its trigger or told as its content (:func:`_document`), else
    with a verb the noun is made from ("the agreement": "agreed to restore ties"), else of the kind the noun names,
    or of a code the lexicon's ``also_names`` gives it ("the expulsion" of a diplomat told as "ordered to leave";
    ``earlier`` holds the lead's acts however far back: a noun that names its act's kind points back to the act the
    story is about, "Sudan's army and the RSF agreed to a truce ... the United Nations welcomed the truce"); else,
    among the acts ``near`` it (their ``id``), for a generic anaphor ("the move") the latest that is no reaction (a
    comment, an appeal, a criticism, a rejection, a threat: "Brussels imposed tariffs and Beijing vowed to retaliate.
    Washington welcomed the move" welcomes the tariffs), else the latest of all; a step told by a verb, not an act
    only named by a noun on the way ("said the ban would hurt trade between the two": no step of theirs). A lead's
    act out of reach is taken only when the acts it is chosen among have one doer: with two, the article does not say
    whose. A ``reaction`` (a comment, an appeal, a criticism, a rejection, a threat) is not to an act of force done
    to the doers of an earlier one it could name (:func:`_not_reprisals`). An ``announced`` noun ("the announcement":
    made from a ``plan_verb``) names the step made public, not the kind of its word (a statement: any comment told
    before)."""
    kind = None if announced else lexicon.nouns.get(lemma)
    generic = lemma in lexicon.words.generic_anaphor
    tests: tuple[Callable[[Candidate], bool], ...] = (
        lambda e: lemma in {t.lemma_.lower() for t in e.trigger} or _document(e, lexicon.words) == lemma,
        lambda e: made_from_trigger(lemma, e, lexicon),
        lambda e: kind is not None and same_kind(kind, e.cameo)
        or any(same_kind(code, e.cameo) for code in lexicon.also_names.get(lemma, ())),
        lambda e: generic and id(e) in near and not e.nominal and e.cameo[:2] not in REACTION_ROOTS
        and (done is None or id(e) in done),
        lambda e: generic and id(e) in near and not e.nominal and (done is None or id(e) in done))
    for test in tests:
        found = [e for e in earlier if test(e)]
        found = _not_reprisals(found) if reaction else found
        if not found:
            continue
        doers = {frozenset(ref.key for _, ref in e.sources if ref.kind != "unresolved") for e in found}
        if id(found[-1]) not in near and len(doers) > 1:
            return None  # the lead's acts of two doers, out of reach: the article does not say whose is meant
        return found[-1]
    return None


def _not_reprisals(acts: list[Candidate]) -> list[Candidate]:
    """``acts`` less the acts of force (``FORCE_ROOTS``) done to the doers of an earlier one of them, when one is left
    ("Gunmen killed 12 soldiers ... Troops later killed eight of the gunmen, the army said. The AU condemned the
    killings": the attack, not the army's pursuit of the attackers, told after it and named by the same word)."""
    def parties(sides: tuple[tuple[Token, ActorRef], ...]) -> set[str]:
        return {party(ref) for _, ref in sides if ref.kind != "unresolved"}
    kept = [e for n, e in enumerate(acts) if not (lookup(e.cameo).root in FORCE_ROOTS and any(
        parties(e.targets) & parties(f.sources) for f in acts[:n] if lookup(f.cameo).root in FORCE_ROOTS))]
    return kept or acts


def _document(act: Candidate, words: Words) -> str | None:
    """The noun an act is told as the content of, its verb a participle on it ("passed a resolution demanding that Iran
    let inspectors in", "issued a statement condemning the raid": resolution, statement), else None: "welcomed the
    resolution" names the demand, its doer the body that passed it. A participle the parser hangs on the verb after a
    date ("adopted a resolution on Friday condemning ...") tells the content of an ``authored_noun`` object before
    it."""
    head = act.head
    if head.tag_ != "VBG":
        return None
    if head.dep_ == "acl" and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower()
    if head.dep_ == "advcl":
        return next((c.lemma_.lower() for c in head.head.children if c.dep_ == "dobj" and c.i < head.i
                     and c.lemma_.lower() in words.authored_noun), None)
    return None


def answered_words(candidate: Candidate, lexicon: Lexicon) -> tuple[int, str | None] | None:
    """The CAMEO root of the words a denial or rejection answers, and the noun that names them (None for a denial
    that names none): an accusation for a denial and for an ``accusation_noun``; ``SPEECH_ROOT`` for a
    ``speech_noun`` (words of any verbal root); the root of an event noun of ``WORDS_ROOTS`` for a rejection; else
    None (a rejection of a deed, or of nothing named)."""
    root = lookup(candidate.cameo).root
    if candidate.cameo not in ANSWERING_CODES and root != REJECT_ROOT:
        return None
    heads = [t for t in (candidate.frame_token, candidate.head) if t is not None]
    nouns = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [t for h in heads for t in labelled_nouns(h, lexicon.words) if t not in nouns]  # "what it called ..."
    nouns += [t for t in candidate.trigger if t.pos_ == "NOUN" and t not in nouns]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if lemma in lexicon.words.accusation_noun:
            return DISAPPROVE_ROOT, lemma
        if lemma in lexicon.words.speech_noun:  # "the protest note": the words are named by their kind, "protest"
            return SPEECH_ROOT, next((c.lemma_.lower() for c in noun.children if c.dep_ == "compound"
                                      and c.lemma_.lower() in lexicon.words.speech_noun), lemma)
        code = lexicon.nouns.get(lemma)
        if code is not None and lookup(code).root in WORDS_ROOTS:
            return lookup(code).root, lemma
    return (DISAPPROVE_ROOT, None) if candidate.cameo in ANSWERING_CODES else None


def _prospect(act: Candidate, view: ParseView) -> bool:
    """Whether the act is told as still to come or only possible: a modal on its verb or its frame verb ("would keep
    funding", "will review", "could send")."""
    heads = [t.i for t in (act.frame_token, act.head) if t is not None]
    heads += [view.head[h] for h in heads if view.dep[h] in ("xcomp", "conj")]  # "would keep funding"
    return any(view.tag[c] == "MD" and view.dep[c] == "aux" for h in heads for c in view.children[h])


def _in_lead(act: Candidate, view: ParseView) -> bool:
    """Whether the act is told in the lead, the article's first paragraph (no line break before its word)."""
    return "\n" not in view.text[:view.idx[act.head.i]].strip()


def derived(noun: str, verb: str, lexicon: Lexicon) -> bool:
    """Whether a noun is made from a verb: by a suffix ("agreement" from "agree", "withdrawal" from "withdraw",
    "deployment" from "deploy": the noun starts with the verb, less a final "e", and goes on), or as the lexicon's
    ``made_from`` table says ("detention" from "detain", "expulsion" from "expel": nominalisations.tsv)."""
    if verb in lexicon.made_from.get(noun, ()):
        return True
    stem = verb[:-1] if verb.endswith("e") else verb
    return len(stem) >= 4 and noun.startswith(stem) and len(noun) > len(verb)


def ballot(candidate: Candidate, lemma: str) -> bool:
    """Whether an act is one member's ballot on a measure, told by the noun's own verb (:func:`cast_ballot`): not
    the vote a body held, which "welcomed the vote" is done to (the assembly that voted, not the state that voted
    against)."""
    return any(t.lemma_.lower() == lemma and cast_ballot(t) for t in candidate.trigger)


def cast_ballot(verb: Token) -> bool:
    """Whether a verb takes a side on a measure ("voted against it", "voted for the text": ``BALLOT_PREPS``)."""
    return verb.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in BALLOT_PREPS for c in verb.children)


def made_from_trigger(noun: str, act: Candidate, lexicon: Lexicon) -> bool:
    """Whether a noun is made from a verb of ``act``'s trigger (:func:`derived`): "the expulsion" of an act told
    as "expelled"."""
    return any(derived(noun, t.lemma_.lower(), lexicon) for t in act.trigger if t.pos_ == "VERB")


def same_kind(noun: str, act: str) -> bool:
    """Whether an event noun coded ``noun`` names an act coded ``act``: the relation by which the
    acts step joins an anaphor to its act (``events/same_act.py``): one code refines the other
    ("withdrawal" 087, "pulled out troops" 0874), or one is its root's general code ("the attack"
    190 for an air strike 195). Two acts of one root are not one kind: "the agreement" (057) is not
    a recognition (054), "the criticism" (111) not an official complaint (114)."""
    return related(noun, act, general=True)


def _marks(noun: Token, view: ParseView) -> list[str]:
    """The years and names that set the noun apart ("the 2015 agreement", "the Minsk accords"), lower-cased."""
    dep, pos, lower, text = view.dep, view.pos, view.lower, view.text
    return [lower[c] for c in view.children[noun.i] if dep[c] in ("nummod", "compound", "amod", "npadvmod", "nmod")
            and (pos[c] == "PROPN" or view.end[c] - view.idx[c] == 4 and text[view.idx[c]:view.end[c]].isdigit()
                 and noun.doc[c].like_num)]


def _shares_marks(marks: list[str], act: Candidate, view: ParseView) -> bool:
    """Whether the act's sentence has every one of a noun's ``marks`` (:func:`_marks`): without them the
    noun is another act of the kind."""
    if not marks:
        return True
    k = view.sent[act.head.i]
    sentence = set(view.lower[view.sent_start[k]:view.sent_end[k]])
    return all(mark in sentence for mark in marks)


def victims(candidates: list[Candidate], ground: Ground, words: Words) -> list[Candidate]:
    """The candidates, a participle of force that details an act of force ("struck X, killing N
    people") taking that act's known targets when its own are people given a country from context
    only and that act names what it hit. Run after every rule that gives targets from context."""
    if not candidates:
        return candidates
    head = ground.found.view(candidates[0].head.doc).head  # Token.head made a Token for every candidate
    by_head = {c.head.i: c for c in candidates if not c.nominal}
    return [_victims(c, by_head.get(head[c.head.i]), ground, words) for c in candidates]


def _victims(candidate: Candidate, head: Candidate | None, ground: Ground, words: Words) -> Candidate:
    verb = candidate.head
    if head is None or head is candidate or candidate.nominal or verb.tag_ != "VBG" or verb.dep_ != "advcl" \
            or not (lookup(candidate.cameo).is_material_conflict and lookup(head.cameo).is_material_conflict):
        return candidate
    known = [(t, r) for t, r in candidate.targets if r.kind != "unresolved"]
    if not known or not all(_guessed(t, r, ground) for t, r in known) or not _names_what_it_hit(head, words):
        return candidate
    keys = {r.key for _, r in candidate.sources}
    return dataclasses.replace(candidate, targets=tuple(
        (t, r) for t, r in head.targets if r.kind != "unresolved" and r.key not in keys))


def _guessed(token: Token, ref: ActorRef, ground: Ground) -> bool:
    """Given a country from context only: itself, or the noun it points back to, through a short chain
    ("21 civilians" after "civilians" after "at least 21 people")."""
    for _ in range(4):
        if ground.from_context(token, ref):
            return True
        antecedent = ground.found.antecedents.get(token.i)
        if antecedent is None:
            return False
        token = token.doc[antecedent]
    return False


def _names_what_it_hit(head: Candidate, words: Words) -> bool:
    """The act names an object or a target phrase: "struck a fuel market", "strikes on rebel positions"."""
    holders = [head.head, *head.trigger[1:]]
    return any(child.dep_ == "dobj" and child not in head.trigger
               or child.dep_ == "prep" and child.lower_ in words.target_prep | {"at"}
               and any(p.dep_ == "pobj" for p in child.children)
               for holder in holders for child in holder.children)
