"""The other party of a story: the target an act gets from its context when its own clause names
none ("'Russia again chose to strike sleeping families,' Zelenskiy said"; "India struck ..., and
Pakistan hit back").

An act told by a verb whose kind needs a target (``counterpart`` in ``data/cameo_roots.tsv``; a
nominal act, "acting against Hezbollah threats", is as often a topic), done by a known actor,
with no known target after the clause rules, takes the other party of the story when the
text leaves no doubt which one that is:

1. the parties in play are those named as subjects, objects, agents ("by X") or targets ("on X")
   of a verb in the act's own sentence (the sentence before, tried too, brought in as many wrong
   parties as right ones on the team's articles); a state with its government, forces and office
   holders is one party; modifiers ("the Algerian border"), times ("during Trump's first term"),
   places ("in Kyiv"), topics ("in solidarity with Palestine"), courts a case is brought to ("took the
   case to the ICJ": :func:`_venue`) and news outlets ("..., the Syrian Arab News Agency said", "state media said":
   :func:`_outlet`, the channel of the story) put no party in play;
2. exactly one party other than the act's doers is in play;
3. that party and the doer are the story's two main parties: the two named most often as parties
   in the whole article (a bilateral story; in a story of many parties the text must say whom; a
   text of one or two sentences has no story to speak of);
4. the clause does not name its target as actors the knowledge base does not know ("accused
   Western countries of ...": the target is named, just not resolved), nor is the act one of a state's police or
   courts on people or a matter its clause names in words the knowledge base does not know ("police arrested 19
   suspects", "a court sentenced the driver": an act at home, no step in a dispute between states; this holds for
   :func:`answers` and :func:`disputes` too, :func:`justice_on_named`, session 45), nor is it an act of coercion or
   force on what belongs to no party of the story (:func:`sideless_object`, session 46: goods seized, suspects or
   "three men" arrested, "gunmen" fought, "traded fire with gunmen", "shot down two drones": the neighbour the lead
   blames is not whom it was done to);
5. the sentence does not name the doer and that party as partners of a joint act (:func:`partners`: "Estonian police
   detained four smugglers in a joint raid with Latvian officers, who held two more": neither act is done to the
   other partner), nor as the joined subjects of one verb, unless the act's own clause names that party or the act
   cuts their relations (:func:`co_doers`, session 61: "Ghana and Cote d'Ivoire agreed to launch joint patrols, days
   after Ghanaian soldiers seized 14 trucks of beans": a deed at home; "since Bern walked away from talks", CAMEO 16,
   is done to the partner of those relations);
6. the act is not what another party's help is for, done by the one helped ("pledged funds to help Tunisia curb
   departures": Tunisia's own act; the helper is the story's other party, not whom it is done to).
7. the act is not a state's deed told as done on its own ground (:func:`on_own_ground`: "bombed a depot on the
   Chadian side of the river", "burned boats on their own side": a deed at home names no one it was done to), which
   :func:`answers` and :func:`disputes` do not take an other party for either.

An appeal or demand (CAMEO 02, 10: ``counterpart`` ``named`` in ``data/cameo_roots.tsv``), made as often to an ally
or a body as to the adversary, takes the other party by the rules above only when its doers are a state's (not rebels,
opposition or unions, who demand as often of their own government), it is not told as not done, and its clause does
not name whom it is made to in words the knowledge base does not know ("appealed to donors", "called on its allies",
"lobbied Caribbean governments": :func:`_addressed_unknown`); :func:`_state_demand`, session 47 ("Astana demanded
damages, saying Uzbekistan had broken its word": Uzbekistan). A denial (``ANSWERING_CODES``) by a state that none of
the rules below gives its accuser takes, last, the one other party its sentence names by the same rules, when the
clause it denies names no known actor but its own side's (:func:`_bare_denial`: "Bishkek denied that its guards had
fired first, saying Tajik police had opened the sluices": Tajikistan; in "denied that it had given Tajikistan the pass"
Tajikistan is what the charge is about, not who made it). Before that, a denial whose denied clause is coded as its own
side's act of conflict on one other party takes that party (``events/denied_acts.py``, session 48: "Minsk denied that
its guards had fired on Lithuanian territory": Lithuania).

The speaker of the reporting clause is a party in play like any other: a victim's own official who reports an act
on its people or things speaks for the side it was done to (the quote of the first line).

A civil war's story is one country's: its government and forces are one side, its rebels,
opposition or civilians another (:func:`side`). When the story's two main sides counted so differ
from its two main parties, an act the rules above leave without a target is tried again with sides
for parties ("The rebels ambushed a convoy on Monday, the army said": the army). When the two sides
are one country's, the story is its civil war and the party rule is not tried: counted by party, such
a story's second party is whoever else the text names ("..., a Red Cross official said").

A protest or a show of force with no known target is first aimed at the state body or the country of the
place it is held at or near (:mod:`detente.events.context_places`).

An offer of cooperation made on a condition with no known target takes the one whose conduct the
condition is ("Kyiv would accept a truce if Moscow did the same": :func:`conditions`).

An act that answers another (``answers`` in ``data/cameo_roots.tsv``: appeals, concessions and
every act of conflict), done by a state (or a body with no country: the UN, NATO) and left with no
known target by the rules above, takes the other party of the act it answers when the story tells
that act just before: "Ruritania and Patria issued a statement urging
Freedonia to ... Freedonia's foreign ministry summoned the envoys" (:func:`answers`):

1. the act's own clause names no known actor other than its doer's side, and its sentence names
   no party (as in 1. above) other than its doer's side and the one taken: a party named there is
   the attacher's to choose (``events/attach.py``), and a third party makes the answer unclear;
2. the act answered is the latest earlier act, one to ``ANSWER_WINDOW`` sentences before (or in the
   same sentence, when the answer is a clause joined after the act's: "the EU imposed tariffs on
   Chinese cars, and Beijing vowed to retaliate"), in the
   same paragraph or in the lead (the first paragraph), with known doers and known targets, that was
   done to the doer's side by another party (its doers are taken), or that the doer's side did to
   another party in a dispute (an act of conflict: its targets are taken, when the answer is a word, an
   appeal, a demand, a threat; not a rejection of words said of the doer, "rejected the criticism", which answers
   whoever said them; a deed of the same side told next is as often aimed at someone else, as
   :func:`disputes` knows too), or a clash between the doer's side and one other party that names no
   target ("Kyrgyz and Tajik border guards exchanged fire ... Tajikistan pulled its guards back": the
   other party); a new paragraph without the lead changes the subject as often as not, and so does a
   longer stretch;
3. an act told as not done ("was not targeting NATO countries") was aimed at nobody and is skipped;
4. a doer that is not a state but has a country (rebels, opposition, civilians) is not its
   country's side: its acts are left alone;
5. a cooperation negated under a modal ("would not accept", "will never accept a deal") answers as a
   refusal does (the status step makes it one, CAMEO 12, after this rule has run); a cooperation
   negated in the past ("has never accepted the ruling") does not.

An act that answers another told further on, out of reach of those rules (a reaction in a paragraph
of its own: "Togo's government accused Ghana of sheltering armed dissidents ... [background] ...
Ghana's foreign ministry rejected what it called baseless claims"), takes the other party of the
dispute the lead sets up (:func:`disputes`):

1. the act may answer (``answers``, doer and clause as in rules 1, 4 and 5 above), its doers are one
   party, and that party is one of the story's two main parties (as in 3. of the first rule);
2. the act is no investigation (CAMEO 09, :func:`inquiry`: "police opened an investigation", "were investigating a
   travel agency"): told further on than the act it would answer, an inquiry is into a matter of its own, not a step
   aimed at the other party (session 55; one told just after an act, "seized the trawler ... prosecutors opened an
   investigation", is into that act, and :func:`answers` gives it its other party, as the gold does);
3. the act is told after the lead paragraph, and its sentence names as a party of a clause no one
   but the doer's state: no other party, and no rebels, opposition or civilians of its own country
   (the way the text shows a change of subject);
4. the lead (the first paragraph) tells an act, not told as not done, between the doer's party and
   the story's other main party, more than ``ANSWER_WINDOW`` sentences back (nearer ones are
   :func:`answers`'s): done to the doer's side, the answer goes to its doer; done by the doer's side,
   a word (an appeal, a demand, a rejection, a threat: quad classes 1 and 3) goes on to its target,
   while a deed is left alone (a deed of the same side told later is as often the story's
   background: "has launched a dozen missiles since January"); a cooperation other than an appeal or an offer (an
   agreement signed, a visit, aid, a patrol agreed: :func:`_no_grievance`) sets up no dispute and is passed over ("X
   and Y signed an agreement under which Y's aircraft will patrol X's waters ... X's officials rejected the
   criticism" answers the critics, not Y; session 62);
5. when the lead tells no such act (its acts have an unknown side, or are deeds of the doer's side), a word (not a
   deed in PLOVER's quads: a denial, a rejection or refusal, a demand, a warning, a criticism, a cut in relations;
   not an appeal, made as often to allies or a body; nor a threat of dissent, CAMEO 133, made against one's own
   rulers; nor a call for release, made of whoever holds the people: ``events/replies.py``) whose clause names no one
   as its object, even in words the knowledge base does not know or a pronoun, takes the other main party's latest
   mention before it, when the lead names that party as a party of a clause and the story is of two parties by far
   (not a rejection of words said of the doer, "rejected the criticism", whose object is an ``accusation_noun``: it
   answers whoever said them, ``events/replies.py``, and no one when they are not known; session 62):
   its second party named as a party of a clause at least ``STORY_MARGIN`` times as often as its third ("Algeria has
   also recalled its ambassador", after a lead on a Dutch survey off Western Sahara: the Netherlands).

A thing of the doer's own named as a word's object by a possessive ("recalled its ambassador", "demanded their
release") is no target: the output leaves it out, and these rules treat the act as naming none.

An offer or act of mediation (``cameo.MEDIATION``: "offered to mediate", "offered to host talks",
"brokered talks") is between two parties, and so is an appeal to meet, negotiate, settle or accept mediation that
names no one it is made to (``SETTLEMENT_APPEALS``: "the AU called for dialogue"): one with no known target, done by
a third party, takes the story's two main sides when the text leaves no doubt (:func:`mediations`):

1. the mediator is a known actor and none of the story's two main sides; a side here is a state, or a
   body, or rebels, opposition or civilians apart from their state (a civil war's two sides are one
   country's government and its rebels);
2. its clause names no target, not even one the knowledge base does not know ("urged both governments":
   the set is the actors step's to resolve), and its sentence names as a party of a clause no one but
   the mediator and the two sides (a third party makes the story another one);
3. the article has a story (at least ``MIN_SENTENCES`` sentences) and two main sides, each named as a
   party of a clause before the act; each side added is its latest such mention that names the state
   itself or its government, else its latest such mention ("the police", "the former president" speak
   for the state less surely than "Peru" or "Lima");
4. when those rules find no sides (the story's main sides are not the deal's, or its sentence names a
   third party), the act's own sentence settles it when it names exactly two sides other than the
   mediator's as parties of its clauses: they are the deal's ("talks brokered by the AU collapsed when
   Egypt said Ethiopia had walked out": Egypt and Ethiopia).

An appeal (root 02) by a third party to a definite plural noun that names sides and no actor ("urged the parties
to resolve their differences": ``pair_noun_any``, ``pair_alone_noun`` in words.tsv, left unresolved by the actors
step, which resolves "the two sides" itself) takes the story's two main sides by rules 1-3 above, as a mediation
does (:func:`_to_the_sides`); not "all parties", as often more than two, nor a noun a word sets apart ("asked
several African delegations"), nor one a possessive makes the doer's own ("urged its allies").

A complaint or lawsuit (``CASE_CODES``: "did not rule out a lawsuit at the EU Court of Justice", "could
take the case to the ICJ") left with no known target by the rules above, done by one party whose sentence
names no other party (the court it goes to is its venue: :func:`_venue`), is against the party its doer is
in dispute with: the other party of the latest earlier act of conflict (CAMEO 09-20, not told as not done)
between the doer's party and exactly one other party, told before it in its paragraph or in the lead
(the first paragraph), however far back (:func:`cases`): a case is brought over a dispute the story has
told; a new paragraph without the lead changes the subject as often as not, as for :func:`answers`.

A denial (``ANSWERING_CODES``) with no known target answers the accusation its sentence tells (:func:`denials`):
one its doer makes in a verb joined to it, or the one a summary noun it is told on sums up; it is also an act
that answers another for :func:`answers` (``CameoCode.answers_an_act``). A denial whose only known targets are told
inside the clause it denies (a that-clause, or one the parser reads as its object) is tried by :func:`denials` and
``replies.authors`` as one with none, and keeps them when they find no accuser (:func:`_unclaused`): "Ruritania
accused Freedonia of ... Freedonia denied on Monday that its guards shot the fishermen" answers Ruritania, not the
fishermen of the charge. So is a denial whose only known target is a relative "which" after a comma on its own
relative clause, which stands for the accusation before it, not for the noun the parser hangs it on (session 49,
:func:`_claim_relative`): "Ruritania accused Freedonia of sending arms to the rebels, which Freedonia denied" answers
Ruritania, as ", a charge Freedonia denied" does, not the rebels.

The side added is the earlier act's own mention of the party, so ``detente code --explain`` says
which sentence it was named in and by which rule (:func:`outside`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import (
    ANSWERING_CODES,
    CASE_CODES,
    COERCE_ROOT,
    COOPERATIVE_ROOTS,
    DETAIN,
    DISAPPROVE_ROOT,
    FORCE_ROOTS,
    MEDIATION,
    REDUCE_RELATIONS_ROOT,
    lookup,
)
from detente.events.context_places import POSTURE, RELEASE_CALLS, protests, shows_of_force
from detente.events.doers import known
from detente.events.ground import STATE_FORCE_SECTORS
from detente.events.labelled import labelled_nouns
from detente.events.phrases import definite

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Token

    from detente.actors.resolve import ActorFinder, ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import Side
    from detente.events.lexicon import Lexicon, Words
    from detente.parse_view import ParseView

# CAMEO: appeal to meet or negotiate, to settle a dispute, to accept mediation: asked of both sides
SETTLEMENT_APPEALS = frozenset({"026", "027", "028"})
SIDES_DETERMINERS = ("the",)  # "urged the parties": the story's sides ("its allies" are the doer's own: _to_the_sides)
APPEAL_ROOT = 2  # CAMEO 02, appeal: made as often to a third party (allies, a body) as to the adversary
INTEND_ROOT = 3  # CAMEO 03, express intent to cooperate: an offer, which a refusal may answer
DISSENT = "133"  # CAMEO: threaten dissent or protest, made against one's own rulers, not a story's other party
STORY_MARGIN = 2  # a story of two parties: the second named at least twice as often as the third (of_two_parties)
AID_PREFIX = "07"  # CAMEO 07, provide aid: forces sent with consent to the ground of the one aided (_sent_to_ground)
ANSWER_WINDOW = 3  # an answer told more than three sentences after the act it answers names its other party again
ADDRESS_PREPS = ("on", "to")  # "called on its allies", "appealed to donors": whom an appeal is made to
MIN_SENTENCES = 3  # a text shorter than this (a headline, a lone sentence) has no story to speak of
ROLES = ("nsubj", "nsubjpass", "dobj", "dative", "iobj")  # a party that acts or is acted on
INVESTIGATE_ROOT = 9  # CAMEO 09, investigate: into a matter, not aimed at the story's other party (inquiry)
PROVISO_WORDS = ("provided", "providing")  # "provided that X lets ...": a condition set on X
MEDIA_SECTOR = "MED"  # sectors.tsv: the media; a state's own ("state media", state news agencies) is GOVMED
STATE_MEDIA_SECTOR = "GOVMED"
Claim = tuple[int, "ActorRef"]  # a party named in a clause: its mention's token index and its actor


# a state's police and courts, whose deeds on people they name are done at home (:func:`justice_on_named`)
JUSTICE_SECTORS = ("COP", "JUD")
# their acts on people: arrest, detain or charge (173), sentence (116); not a seizure of things (171: "seized a truck
# carrying missiles" is aimed at whoever sent them) nor force on a crowd (175: whose crowd the story tells)
JUSTICE_CODES = (DETAIN, "116")


def party(ref: ActorRef) -> str:
    """One party per state (its government, army and leaders are the state) or per body."""
    return ref.country or ref.key


def counterparts(candidates: list[Candidate], found: DocActors, lexicon: Lexicon,
                 finder: ActorFinder, claims: list[list[Claim]] | None = None) -> list[Candidate]:
    """Give a protest with no target the state body it is held at (:func:`protests`), a show of force the
    country it was held near (:func:`shows_of_force`), an act that
    needs a target and names none the other party of the story, when the text leaves one only, then an
    act that answers another the other party of the act it answers (:func:`answers`), then one told
    further on the other party of the lead's dispute (:func:`disputes`), a mediation its two sides
    (:func:`mediations`) and a complaint or lawsuit its doer's adversary (:func:`cases`; see the module's
    docstring). ``claims``: :func:`sentence_claims`, when the caller has them already."""
    words = lexicon.words
    candidates = shows_of_force(protests(candidates, found, lexicon, finder), found, words)
    story: set[str] = set()
    sides: set[str] = set()
    two_sided = False
    if len(found.sentences) >= MIN_SENTENCES:
        if claims is None:
            claims = sentence_claims(found, words)  # read once for all
        story, sides = main_parties(found, words, claims=claims), main_parties(found, words, key=side, claims=claims)
        two_sided = of_two_parties(claims)
    # one country's civil war: its government and its rebels are the two sides, and a third party no party of it
    civil = sides != story and len({party(r) for k, (_, r) in earlier_mentions(found, len(found.sentences), words, side)
                                    if k in sides}) == 1
    out = [_in_play(c, found, words, (story, sides, civil)) if sides and _wants_counterpart(c, found, words) else c
           for c in candidates]
    from detente.events.replies import authors  # imports this module: import here, not at the top

    # a denial answers its accuser, however far back; one whose only known targets are told in the clause it denies
    # is tried as one with none, and keeps them when no accuser is found
    bare = [_unclaused(c) for c in out]
    out = [a if known(a.targets) or b is c else c
           for c, b, a in zip(out, bare, authors(denials(bare, found, words), found, lexicon), strict=True)]
    out = cases(mediations(disputes(answers(out, found, words), found, words, story, two_sided), found, words, sides),
                found, words)
    # a denial none of these rules gave its accuser: the side its own side's denied hostile act was done to
    # (``events/denied_acts.py``), else the one other party its sentence names, as for the first rule
    from detente.events.denied_acts import denied_victims  # imports this module: import here, not at the top

    out = denied_victims(out, found)
    return [_in_play(c, found, words, (story, sides, civil)) if sides and _bare_denial(c, found) else c for c in out]


def _in_play(candidate: Candidate, found: DocActors, words: Words,
             story: tuple[set[str], set[str], bool]) -> Candidate:
    """The candidate with the one other party its sentence puts in play as its target, when that party and its doer
    are the story's two main parties (rules 1-3 and 5 of the module's docstring; ``story``: the story's two main
    parties, its two main sides, and whether it is one country's civil war); else the candidate itself."""
    parties_of, sides, civil = story
    # a state's story by parties, then a civil war's by sides (its government and its rebels)
    for key, main in ((party, set() if civil else parties_of), (side, sides if sides != parties_of else set())):
        own = {key(r) for _, r in candidate.sources}
        others = {p: s for p, s in parties(found, candidate.sentence, words, key=key).items() if p not in own}
        if main and len(others) == 1 and own | set(others) == main \
                and not partners(found, candidate.sentence, words, key) & (own | set(others)) \
                and not (any(own | set(others) <= group for group in co_doers(found, candidate.sentence, key))
                         and not _clause_names(candidate, found, set(others), key)
                         and lookup(candidate.cameo).root != REDUCE_RELATIONS_ROOT):
            return dataclasses.replace(candidate, targets=(*candidate.targets, *as_sides(found, others.values())))
    return candidate


def denials(candidates: list[Candidate], found: DocActors, words: Words) -> list[Candidate]:
    """Give a denial (``ANSWERING_CODES``) with no known target the accuser it answers, when its sentence tells
    the accusation: one its doer makes in a verb joined to it ("Peskov denied that Russia had any role and accused
    Czech authorities of spy mania": the Czech authorities, the other side of the quarrel; "accused Freedonia of
    ... and denied that ...", the denial joined after, session 46), or the one a summary noun
    it is told on sums up ("accusing Abu Dhabi of arming the RSF, a charge the Emirates deny": the army that
    accuses), or a relative "which" after a comma on it sums up (", which the Emirates deny": session 49). Else
    :func:`answers` may find the act it answers."""
    out: list[Candidate] = []
    for candidate in candidates:
        own = {party(r) for _, r in known(candidate.sources)}
        if candidate.cameo in ANSWERING_CODES and own and not known(candidate.targets):
            view = found.view(candidate.head.doc)
            here = [c for c in candidates if c.sentence == candidate.sentence and c is not candidate
                    and lookup(c.cameo).root == DISAPPROVE_ROOT and not negated(c, found)]
            taken: list[Side] = []
            head = candidate.head.i
            # the verbs an accusation joined to the denial hangs on: the denial, or the denied clause the parser
            # often hangs "and accused ..." on
            joints = {head, *(c for c in view.children[head] if view.dep[c] == "ccomp")}
            # the denial with no subject of its own, joined after its doer's accusation ("accused X of ... and
            # denied that ...")
            after = view.dep[head] == "conj" and not any(view.dep[c] in ("nsubj", "nsubjpass")
                                                         for c in view.children[head])
            for other in here:  # its own accusation, joined to the denial under the same subject
                if (view.dep[other.head.i] == "conj" and view.head[other.head.i] in joints
                        and not any(view.dep[c] in ("nsubj", "nsubjpass") for c in view.children[other.head.i])) \
                        or (after and view.head[head] == other.head.i):
                    taken = [(t, r) for t, r in known(other.targets) if party(r) not in own]
                    break
            # the noun: the one the denial's relative clause is on, or its object put first ("rebels, a charge
            # Kampala denied": the parser reads it so)
            nouns = [view.head[head]] if view.dep[head] == "relcl" else \
                [c for c in view.children[head] if view.dep[c] == "dobj" and c < head]
            noun = nouns[0] if nouns else head
            claim = any(_claim_relative(candidate, t) for t in candidate.head.children)  # ", which X denied"
            if not taken and nouns and (view.lemma[noun] in words.summary_noun or claim):
                for other in reversed([c for c in here if c.head.i < noun]):  # the accusation the noun sums up
                    taken = [(t, r) for t, r in known(other.sources) if party(r) not in own]
                    if taken:
                        break
            if taken:
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *taken))
        out.append(candidate)
    return out


def _unclaused(candidate: Candidate) -> Candidate:
    """A denial (``ANSWERING_CODES``) whose known targets are all told inside the clause it denies, without them
    ("denied that its troops had fired on the fishermen": the fishermen, or a place or people of the clause, are what
    the charge is about, not who made it); a denial whose only known target is a relative "which" after a comma, which
    stands for the clause before it, not for the noun the parser hangs it on ("accused Freedonia of arming the rebels,
    which Freedonia denied": not the rebels; session 49, :func:`_claim_relative`); else the candidate itself."""
    if candidate.cameo not in ANSWERING_CODES:
        return candidate  # (asked of every act: the clauses are looked for only in a denial)
    targets = known(candidate.targets)
    if not targets:
        return candidate
    if not all(_claim_relative(candidate, token) for token, _ in targets):
        clauses = _denied_clauses(candidate)
        if not clauses or not all(any(token in c.subtree for c in clauses) for token, _ in targets):
            return candidate
    return dataclasses.replace(candidate, targets=tuple(s for s in candidate.targets if s not in targets))


def _claim_relative(candidate: Candidate, token: Token) -> bool:
    """Whether ``token`` is a relative "which" after a comma that is the object of a denial's own relative clause
    (", which Freedonia denied"): the words denied, that is the clause before it."""
    head = candidate.head
    doc = token.doc
    return token.lower_ == "which" and token.dep_ == "dobj" and token.head.i == head.i and head.dep_ == "relcl" \
        and token.i > 0 and doc[token.i - 1].text == ","


def _denied_clauses(candidate: Candidate) -> list[Token]:
    """The heads of the clause a denial denies: a that-clause, or one the parser reads as the object ("denied that
    Freedonia sheltered the rebels" parsed as an object "rebels" its words modify)."""
    head = candidate.frame_token if candidate.frame_token is not None else candidate.head
    return [c for c in head.children if c.dep_ == "ccomp"
            or c.dep_ == "dobj" and c.left_edge.lower_ == "that" and c.left_edge.pos_ == "SCONJ"]


def cases(candidates: list[Candidate], found: DocActors, words: Words) -> list[Candidate]:
    """Give a complaint or lawsuit with no known target the other party of the doer's latest earlier
    dispute (see the module's docstring)."""
    out: list[Candidate] = []
    for candidate in candidates:
        doers = known(candidate.sources)
        own = {party(r) for _, r in doers}
        if candidate.cameo[:3] in CASE_CODES and len(own) == 1 and not known(candidate.targets) \
                and not any(not_state(r) for _, r in doers) \
                and not set(parties(found, candidate.sentence, words)) - own:
            taken = _adversary(own, [a for a in out if same_paragraph(found, 0, a.sentence)
                                     or same_paragraph(found, a.sentence, candidate.sentence)], found)
            if taken:
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *taken))
        out.append(candidate)
    return out


def _adversary(own: set[str], earlier: list[Candidate], found: DocActors) -> list[Side]:
    """The other party's mentions in the latest earlier act of conflict between ``own`` and one other party."""
    for act in reversed(earlier):
        if lookup(act.cameo).quad_class < 3 or negated(act, found):
            continue
        sources, targets = known(act.sources), known(act.targets)
        doers, done_to = {party(r) for _, r in sources}, {party(r) for _, r in targets}
        if doers == own and len(done_to - own) == 1:
            return [(t, r) for t, r in targets if party(r) not in own]
        if done_to == own and len(doers - own) == 1:
            return [(t, r) for t, r in sources if party(r) not in own]
    return []


def mediations(candidates: list[Candidate], found: DocActors, words: Words, sides: set[str]) -> list[Candidate]:
    """Give an offer or act of mediation, an appeal to "the parties", or an appeal for a settlement that names no one
    it is made to ("called for dialogue", "urged a negotiated settlement": ``SETTLEMENT_APPEALS``), by a third party,
    with no target named, ``sides`` (the story's two main sides: :func:`main_parties` by :func:`side`; see the
    module's docstring)."""
    def made_between(c: Candidate) -> bool:
        return c.cameo in MEDIATION or c.cameo in SETTLEMENT_APPEALS or _to_the_sides(c, found, words)

    if not any(made_between(c) and not c.nominal and not c.targets for c in candidates):
        return candidates
    out = []
    for candidate in candidates:
        doers = known(candidate.sources)
        if made_between(candidate) and not candidate.nominal and not candidate.targets and doers:
            own = {side(r) for _, r in doers}
            here = _sides_of(found, candidate.sentence, words)
            targets: tuple[Side, ...] = ()
            if sides and not own & sides:
                mentioned = earlier_mentions(found, candidate.sentence, words, side)
                latest = {s: m for s, m in mentioned}
                latest.update({s: m for s, m in mentioned
                               if m[1].kind == "country" or m[1].sector == "GOV"})  # the state itself, if named
                if not set(here) - own - sides and sides <= set(latest):
                    targets = as_sides(found, (latest[s] for s in sorted(sides)))
            view = found.view(candidate.head.doc)
            others = [claim for s, claim in here.items()
                      if s not in own and not _agent_of(view, claim[0], candidate.head.i)]
            if not targets and len(others) == 2 and candidate.cameo in MEDIATION:
                # "talks brokered by X collapsed when Egypt said Ethiopia ...": the deal's two sides (not for an
                # appeal to "the parties": its sentence's other parties are as often whom the caller speaks of)
                targets = as_sides(found, others)
            if targets:
                candidate = dataclasses.replace(candidate, targets=targets)
        out.append(candidate)
    return out


def _to_the_sides(candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether an appeal is made to the sides of the story by a definite plural noun that names sides and no actor,
    left unresolved as its object ("urged the parties to resolve their differences"); not "all parties" (as often more
    than two), a noun a word sets apart ("several African delegations") nor the doer's own ("its allies")."""
    if lookup(candidate.cameo).root != APPEAL_ROOT:
        return False
    heads = [t for t in (candidate.frame_token, candidate.head) if t is not None]
    nouns = words.pair_noun_any | words.pair_alone_noun
    return any(o.dep_ == "dobj" and o.tag_ == "NNS" and o.lemma_.lower() in nouns and o.i not in found.by_token
               and o.i not in found.groups and all(m.dep_ in ("det", "poss") and m.lower_ in SIDES_DETERMINERS
                                                   for m in o.children if m.i < o.i)
               and any(m.dep_ == "det" for m in o.children)
               for h in heads for o in h.children)


def _agent_of(view: ParseView, i: int, verb: int) -> bool:
    """Whether the mention at token ``i`` is an agent of ``verb`` ("brokered by the AU and the US")."""
    i = view.coordination_head(i, ("conj", "appos"))
    return view.dep[i] == "pobj" and view.lower[view.head[i]] == "by" and view.head[view.head[i]] == verb


def side(ref: ActorRef) -> str:
    """One side per state or body, rebels, opposition and civilians apart from their state."""
    return ref.key if not_state(ref) else party(ref)


def _sides_of(found: DocActors, sentence: int, words: Words) -> dict[str, Claim]:
    """The sides a sentence names as parties of its clauses (:func:`side`)."""
    return parties(found, sentence, words, key=side)


def as_sides(found: DocActors, claims: Iterable[Claim]) -> tuple[Side, ...]:
    """Claims made sides: the ``Token`` of each mention (made only for a side handed out)."""
    doc = found.sentences[0].doc
    return tuple((doc[i], ref) for i, ref in claims)


def earlier_mentions(found: DocActors, before: int, words: Words,
                     key: Callable[[ActorRef], str]) -> list[tuple[str, Claim]]:
    """Each side named as a party of a clause before a sentence, with its latest mention, in the text's order."""
    out: list[tuple[str, Claim]] = []
    for number in range(before):
        out.extend(parties(found, number, words, key=key).items())
    return out


def conditions(candidates: list[Candidate], found: DocActors) -> list[Candidate]:
    """An offer of cooperation made on a condition names its other party there: "Kyiv would accept a
    truce if Moscow did the same", "provided that Lima lets ..." (the one whose conduct the condition is,
    when the act has no known target and that one is not its doer)."""
    out = []
    for candidate in candidates:
        if lookup(candidate.cameo).is_cooperative and any(r.code for _, r in candidate.sources) \
                and not any(r.code for _, r in candidate.targets):
            own = {party(r) for _, r in candidate.sources}
            heads = [t.i for t in (candidate.frame_token, candidate.head, *candidate.trigger) if t is not None]
            doc = candidate.head.doc
            view = found.view(doc)
            dep, children = view.dep, view.children
            sides = [(s, r) for head in heads for clause in _condition_clauses(view, head)
                     for s in children[clause] if dep[s] in ("nsubj", "nsubjpass")
                     for r in found.refs_at(s) if r.code and party(r) not in own]
            if sides:
                (first, ref), *_ = sides
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, (doc[first], ref)))
        out.append(candidate)
    return out


def _condition_clauses(view: ParseView, head: int) -> list[int]:
    """The clauses (their verbs) that set a condition on the word at ``head``: "if"/"unless" clauses, and
    "provided that X lets ...", "on condition that X withdraws" (a preposition or its noun before the clause)."""
    dep, children, lower = view.dep, view.children, view.lower
    out: list[int] = []
    for c in children[head]:
        if dep[c] == "advcl" and any(dep[m] == "mark" and lower[m] in ("if", "unless") for m in children[c]):
            out.append(c)
        elif dep[c] in ("prep", "advcl") and lower[c] in PROVISO_WORDS:  # "provided that Lima lets ..."
            out += [x for x in children[c] if dep[x] in ("pcomp", "ccomp", "advcl")]
        elif dep[c] == "prep" and lower[c] == "on":  # "on condition that Moscow withdraws"
            out += [x for o in children[c] if dep[o] == "pobj" and lower[o] == "condition"
                    for x in children[o] if dep[x] in ("acl", "relcl", "ccomp")]
    return out


def answers(candidates: list[Candidate], found: DocActors, words: Words) -> list[Candidate]:
    """Give an act that answers another and names no other party the other party of the act it
    answers, told just before (see the module's docstring)."""
    out = []
    for number, candidate in enumerate(candidates):
        own = _answering(candidate, found, words)
        if own:
            other = answered(candidate, own, candidates[:number], found, words)
            if other:
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *other))
        out.append(candidate)
    return out


def disputes(candidates: list[Candidate], found: DocActors, words: Words, story: set[str],
             two_sided: bool = False) -> list[Candidate]:
    """Give an act that answers another, told further on than :func:`answers` reaches and naming no
    other party, the other party of the dispute the lead sets up between the story's two main
    parties (see the module's docstring); ``two_sided``: whether the story is of those two by far
    (:func:`of_two_parties`), which rule 5 needs."""
    if not story:
        return candidates
    lead = [c for c in candidates if same_paragraph(found, 0, c.sentence) and not negated(c, found)]
    out = []
    for candidate in candidates:
        own = _answering(candidate, found, words)
        if len(own) == 1 and own < story and not same_paragraph(found, 0, candidate.sentence) \
                and not inquiry(candidate) and not _third_party(found, candidate.sentence, own, words):
            taken = _disputed(candidate, own, story - own, lead, found) \
                or two_sided and _story_other(candidate, story - own, found, words)
            if taken:
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *taken))
        out.append(candidate)
    return out


def _disputed(candidate: Candidate, own: set[str], other: set[str], lead: list[Candidate],
              found: DocActors) -> list[Side]:
    """The other party's mention in the latest act of the lead between the doer's side and the other
    main party, more than ``ANSWER_WINDOW`` sentences back: its doer when it was done to the doer's
    side; its target when the doer's side did it and the act is a word (a demand, a warning: a deed
    of the same side told later is as often the story's background, "has launched a dozen missiles
    since January")."""
    for act in reversed(lead):
        if candidate.sentence - act.sentence <= ANSWER_WINDOW or _sent_to_ground(act, found) \
                or _no_grievance(act):
            continue  # near enough for :func:`answers`, which judged it; no act done to a party; or no dispute
        sources, targets = known(act.sources), known(act.targets)
        doers, done_to = {party(r) for _, r in sources}, {party(r) for _, r in targets}
        if (doers, done_to) == (other, own):
            return sources
        if (doers, done_to) == (own, other) and lookup(candidate.cameo).quad_class in (1, 3):
            return targets
    return []


def _no_grievance(act: Candidate) -> bool:
    """Whether a lead's act sets up no dispute for a later act to answer (rule 4 of :func:`disputes`): a cooperation
    other than an appeal or an offer (a meeting, an agreement signed, aid given, a patrol agreed: "X and Y signed an
    agreement under which Y's aircraft will patrol X's waters ... X's officials rejected the criticism" answers whoever
    criticised, not Y). An appeal is refused, an offer turned down: those are answered."""
    code = lookup(act.cameo)
    return code.is_cooperative and code.root not in (APPEAL_ROOT, INTEND_ROOT)


def _story_other(candidate: Candidate, other: set[str], found: DocActors, words: Words) -> list[Side]:
    """The other main party's latest mention as a party of a clause before the act (rule 5 of :func:`disputes`),
    for a word (not a deed in PLOVER's quads; not an appeal, as often made to a third party, allies or a body; nor a
    threat of dissent, made against one's own rulers; nor a call for release, made of whoever holds the people,
    ``events/replies.py``) that names no one as its object, even in words the knowledge base does not know or a
    pronoun, when the lead names that party as one (the caller has checked that the two main parties are the
    story's by far: :func:`of_two_parties`)."""
    head = candidate.frame_token if candidate.frame_token is not None else candidate.head
    code = lookup(candidate.cameo)
    if code.is_deed or code.root == APPEAL_ROOT or candidate.cameo.startswith(DISSENT) \
            or candidate.cameo in RELEASE_CALLS or _answers_words(candidate, words) \
            or any(ref.kind == "unresolved" and token not in candidate.trigger for token, ref in candidate.targets) \
            or any(c.dep_ in ("dobj", "dative", "iobj") and c.pos_ == "PRON" for c in head.children):
        return []
    lead = next((n for n in range(len(found.sentences)) if not same_paragraph(found, 0, n)), len(found.sentences))
    if not any(key in other for key, _ in earlier_mentions(found, lead, words, party)):
        return []
    mentions = [claim for key, claim in earlier_mentions(found, candidate.sentence, words, party) if key in other]
    return list(as_sides(found, mentions[-1:]))


def of_two_parties(claims: list[list[Claim]]) -> bool:
    """Whether the story's second party is named as a party of a clause at least ``STORY_MARGIN`` times as often as
    its third: a story of two parties, not one of many, in which the text must say whom. ``claims``: each
    sentence's :func:`sentence_claims`."""
    ranked = sorted(_counts(claims, party).values(), reverse=True)
    return len(ranked) == 2 or len(ranked) > 2 and ranked[1] >= STORY_MARGIN * ranked[2]


def _sent_to_ground(act: Candidate, found: DocActors) -> bool:
    """Whether an act is a show of force or a deployment (CAMEO 15), or aid (07: forces sent there with consent,
    ``code_sides.sent_to_help``), whose targets are only the country of the ground it went to ("deployed troops to an
    oilfield inside Sudan under a deal": the targets' words name a place, not the party): no act done to that party,
    which an act of its own would answer."""
    return act.cameo.startswith((POSTURE, AID_PREFIX)) \
        and not any(r in found.refs_at(t.i) for t, r in known(act.targets))


def _third_party(found: DocActors, sentence: int, own: set[str], words: Words) -> bool:
    """Whether a sentence names as a party of a clause anyone but the doer's side: another party, or
    rebels, opposition or civilians of the doer's own country (the RSF is not Sudan's side)."""
    return any(party(ref) not in own or not_state(ref) for _, ref in _claims(found, sentence, words))


def not_state(ref: ActorRef) -> bool:
    """A party with a country that is not its state: rebels, opposition, civilians."""
    return bool(ref.country) and ref.kind != "country" and ref.sector not in STATE_FORCE_SECTORS


def answered(candidate: Candidate, own: set[str], earlier: list[Candidate], found: DocActors,
             words: Words) -> list[Side]:
    """The other party of the latest act of ``earlier`` that ``candidate`` (done by the parties
    ``own``) answers, or none (rules 1 to 3 of the module's docstring)."""
    for other in reversed(earlier):
        gap = candidate.sentence - other.sentence
        if gap > ANSWER_WINDOW:
            break
        if (gap < 1 and not _joined_after(candidate, other)) or not (
                same_paragraph(found, 0, other.sentence)  # the lead
                or same_paragraph(found, other.sentence, candidate.sentence)) or negated(other, found):
            continue
        sources, targets = known(other.sources), known(other.targets)
        doers, done_to = {party(r) for _, r in sources}, {party(r) for _, r in targets}
        if not targets and len(doers) == 2 and own < doers and not lookup(other.cameo).is_cooperative:
            # a clash between the doer's side and another ("Thai and Cambodian troops exchanged fire"):
            # the answer goes to the other side
            taken = [(t, r) for t, r in sources if party(r) not in own]
            third = set(parties(found, candidate.sentence, words)) - own - {party(r) for _, r in taken}
            return [] if third else taken
        if not sources or not targets:
            continue  # an act with one known side says nothing of who the other party is
        if _sent_to_ground(other, found):
            continue
        if own & done_to and not own & doers:
            taken = sources  # done to the doer's side: the answer goes to whoever did it
        elif own & doers and not own & done_to and not lookup(other.cameo).is_cooperative \
                and lookup(candidate.cameo).quad_class in (1, 3) and not _answers_words(candidate, words):
            # the doer's side's own step in a dispute: a word (an appeal, a demand, a threat) goes on to the
            # same party; a deed of the same side told next is as often aimed at someone else, or at no one
            taken = targets
        else:
            continue
        third = set(parties(found, candidate.sentence, words)) - own - {party(r) for _, r in taken}
        return [] if third else taken
    return []


def _answers_words(candidate: Candidate, words: Words) -> bool:
    """Whether an act is aimed at words said of its doer, its object an ``accusation_noun`` ("rejected the criticism",
    "dismissed the charge"): no step of its doer's side in a dispute, which would go on to the ones the doer's own act
    was done to ("Pakistan expelled Afghans ... Pakistan rejected the criticism" is not aimed at the Afghans)."""
    heads = [t for t in (candidate.frame_token, candidate.head) if t is not None]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words.accusation_noun for h in heads for c in h.children)


def _joined_after(candidate: Candidate, other: Candidate) -> bool:
    """Whether an act is a clause joined after another's in one sentence ("the EU imposed tariffs on
    Chinese cars, and Beijing vowed to retaliate"): an answer told in the same breath."""
    head = candidate.frame_token if candidate.frame_token is not None else candidate.head
    return head.dep_ == "conj" and head.head.i == other.head.i and other.head.i < head.i


def same_paragraph(found: DocActors, first: int, second: int) -> bool:
    """Whether no line break separates two sentences of the article."""
    start, end = found.sentences[first], found.sentences[second]
    # the view's text: Doc.text makes a Token for every word of the article on each call
    return "\n" not in found.view(start.doc).text[start.start_char:end.start_char]


def outside(candidate: Candidate, token: Token, found: DocActors, lexicon: Lexicon) -> str | None:
    """How a side named in another sentence than the act's came in (for ``--explain``): the sentence
    and the act it was named with there, and the rule: the doer of the earlier act the act's
    definite object names ("condemned the launch": ``events/referents.py`` and the event anaphora of
    ``events/article_sides.py``; a call for release: whoever holds them, ``events/replies.py``), else
    the other party of the dispute the lead sets up when the lead is further back than :func:`answers`
    reaches (:func:`disputes`), else one of the two sides of a mediation (:func:`mediations`), else the
    other party of the act it answers (:func:`answers`)."""
    sentence = found.sentence_of.get(token.i)
    if sentence is None or sentence == candidate.sentence:
        return None
    holder = token
    while holder.head.i != holder.i and holder.pos_ not in ("VERB", "AUX"):
        holder = holder.head
    verbs = [t for t in (candidate.frame_token, candidate.head, *candidate.trigger) if t is not None]
    named = [c for verb in verbs for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")
             and lexicon.event_noun(c) and definite(c, lexicon.words)]
    where = f"named in sentence {sentence} with {holder.text!r}"
    if candidate.cameo in RELEASE_CALLS:
        return f"{where}: whoever holds those whose release it calls for (events/replies.py)"
    if named:
        return f"{where}: the doer of the earlier act its object {named[0].text!r} names " \
               "(events/referents.py, events/article_sides.py)"
    labels = [n for verb in verbs for n in labelled_nouns(verb, lexicon.words) if _labels(n, holder, lexicon)]
    if labels and labels[0].lemma_.lower() in lexicon.words.accusation_noun | lexicon.words.speech_noun:
        return f"{where}: whoever said the words its object, a free relative labelled {labels[0].text!r}, names " \
               "(events/labelled.py, events/replies.py)"
    if labels:
        return f"{where}: the doer of the earlier act its object, a free relative labelled {labels[0].text!r}, " \
               "names (events/labelled.py, events/referents.py, events/article_sides.py)"
    if candidate.nominal and candidate.cameo[:2] >= "16":  # no other rule here gives a nominal act a side
        return f"{where}: the story's other main party, whom a measure or an act of force told by a noun of its " \
               "other party is done to (events/nominal_sides.py)"
    from detente.events.own_means import own_step_taken  # imports this module: import here, not at the top

    if own_step_taken(candidate, found, lexicon.words):  # run before the rules here: none of them gave it the side
        return f"{where}: the story's other main party, whom a step its other party takes with its own means is " \
               "aimed at (events/own_means.py)"
    if candidate.cameo in MEDIATION:
        return f"{where}: one of the story's two main sides, between which a mediation is " \
               "(events/context.py, mediations)"
    if _to_the_sides(candidate, found, lexicon.words):
        return f"{where}: one of the story's two main sides, whom an appeal to the parties is made to " \
               "(events/context.py, mediations)"
    code = lookup(candidate.cameo)
    if code.root in COOPERATIVE_ROOTS and not code.answers_an_act:  # no rule of this module gives it an other party
        return f"{where}: the story's other main party, whom a cooperative act that names none is done to " \
               "(events/coop_targets.py), or whom its doer's earlier aid went to (events/article_sides.py, " \
               "aid_receivers)"
    if candidate.sentence - sentence > ANSWER_WINDOW and same_paragraph(found, 0, sentence):
        return f"{where}: the other party of the dispute the lead sets up (events/context.py, disputes)"
    if candidate.cameo[:3] in CASE_CODES and candidate.sentence - sentence > ANSWER_WINDOW:
        return f"{where}: the other party of the dispute its doer is in (events/context.py, cases)"
    return f"{where}: the other party of the act this one answers (events/context.py, answers)"


def _labels(label: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Whether the label of a reaction's free relative ("what it called baseless claims": events/labelled.py) may
    have given the side named with ``verb``: words (an ``accusation_noun`` or a ``speech_noun``, whose speaker the
    replies to words take before any rule of this module runs), a ``generic_anaphor`` ("what it called provocative
    actions": the latest act near it), or an act told by the label's own word or a verb it is made from ("a hasty
    ban" / "banned"); a label that names no act ("double standards") leaves the side to the rule that gave it."""
    from detente.events.article_sides import derived  # imports this module: import here, not at the top

    noun, told = label.lemma_.lower(), verb.lemma_.lower()
    words = lexicon.words
    if noun in words.accusation_noun or noun in words.speech_noun or noun in words.generic_anaphor:
        return True
    return noun == told or derived(noun, told, lexicon)


def _answering(candidate: Candidate, found: DocActors, words: Words) -> set[str]:
    """The parties of an act's doers when the act may take the other party of an act it answers
    (rules 1, 4 and 5 of the module's docstring); else none."""
    doers = known(candidate.sources)
    if candidate.nominal or not doers or not _answers(candidate, found) \
            or any(not_state(r) for _, r in doers) or named_unknown(candidate, found, words) \
            or on_own_ground(candidate, found, words):
        return set()  # "accused Western countries of ...": a target named, only not known, is not missing
    own = {party(r) for _, r in doers}
    targets = known(candidate.targets)
    if targets and (lookup(candidate.cameo).is_deed
                    or not all(party(r) in own and pronoun_owned(t) for t, r in targets)):
        # a word's target that is a thing of the doer's own ("recalled its ambassador", "demanded their release":
        # the output drops it) is none; a deed's ("sent its riot police") names what it is done with, and whom it is
        # aimed at is as often no one
        return set()
    head = candidate.frame_token if candidate.frame_token is not None else candidate.head
    view = found.view(head.doc)  # the clause's words as indices: no Token made for each
    joined = {t for c in view.children[head.i] if view.dep[c] == "conj" and view.pos[c] in ("VERB", "AUX")
              for t in view.subtree(c)}
    named = {party(r) for t in view.subtree(head.i) if t not in joined for r in found.refs_at(t) if r.code}
    return set() if named - own else own


def inquiry(candidate: Candidate) -> bool:
    """Whether an act is an investigation (CAMEO 09: "opened an inquiry", "police were investigating a travel agency"):
    told further on than the act it would answer, a state's inquiry is into a matter of its own, not a step aimed at
    the other party of the lead's dispute (:func:`disputes`; session 55: of the investigations that rule gave the
    other party on the development articles, one was right and three wrong)."""
    return lookup(candidate.cameo).root == INVESTIGATE_ROOT


def pronoun_owned(token: Token) -> bool:
    """Whether a mention is a possessive pronoun or a noun it owns ("its", "its ambassador")."""
    return token.dep_ == "poss" and token.pos_ == "PRON" \
        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def _answers(candidate: Candidate, found: DocActors) -> bool:
    """Whether an act's kind answers another (``answers`` in ``data/cameo_roots.tsv``), a cooperation
    negated under a modal included: "will never accept a deal", "would not accept" (the status step
    makes these a refusal, 12), "could not accept"; "has never accepted the ruling" is a past act."""
    code = lookup(candidate.cameo)
    if code.answers_an_act:
        return True
    head = candidate.frame_token if candidate.frame_token is not None else candidate.head
    if not (code.may_be_refused and negated(candidate, found)):
        return False
    view = found.view(head.doc)
    return any(view.dep[c] == "aux" and view.tag[c] == "MD" for c in view.children[head.i])


def negated(candidate: Candidate, found: DocActors) -> bool:
    """Whether an act is told as not done ("was not targeting"): the parse's negation on its words (read
    off the parse view: no ``Token`` made for their children)."""
    view = found.view(candidate.head.doc)
    dep, children = view.dep, view.children
    return any(dep[c] == "neg" for t in (candidate.head, *candidate.trigger) for c in children[t.i])


def _wants_counterpart(candidate: Candidate, found: DocActors, words: Words) -> bool:
    if candidate.nominal or not (lookup(candidate.cameo).needs_counterpart or _state_demand(candidate, found, words)) \
            or not any(r.code for _, r in candidate.sources):
        return False  # a nominal act ("against Hezbollah threats") is often a topic, not an act of the day
    if any(r.code for _, r in candidate.targets):
        return False
    return not named_unknown(candidate, found, words) and not _helped_to(candidate, found, words) \
        and not on_own_ground(candidate, found, words)


def _state_demand(candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether an act is an appeal or demand (``counterpart`` ``named`` in ``data/cameo_roots.tsv``: 02, 10) made by
    a state (every known doer one: rebels, opposition or unions demand as often of their own government) and not told
    as not done: with no addressee in its clause, it takes the story's other party only when its sentence names that
    party and no other (the caller's rule 2; "Ruritania urged the release of the fishermen Patria holds")."""
    doers = known(candidate.sources)
    return lookup(candidate.cameo).needs_named_counterpart and bool(doers) \
        and not any(not_state(r) for _, r in doers) and not negated(candidate, found) \
        and not _addressed_unknown(candidate, found, words)


def _bare_denial(candidate: Candidate, found: DocActors) -> bool:
    """Whether an act is a denial (``ANSWERING_CODES``) by a state (every known doer one), not told as not done, left
    with no known target, whose denied clause names no known actor but its own side's ("denied that its guards had
    fired, saying Patria's patrol shot first": Patria, named outside the charge; in "denied that it had sold arms to
    Patria" Patria is what the charge is about, not who made it)."""
    doers = known(candidate.sources)
    if candidate.cameo not in ANSWERING_CODES or not doers or known(candidate.targets) \
            or any(not_state(r) for _, r in doers) or negated(candidate, found):
        return False
    own = {party(r) for _, r in doers}
    return not any(r.known and party(r) not in own
                   for clause in _denied_clauses(candidate) for t in clause.subtree for r in found.refs_at(t.i))


def _addressed_unknown(candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether an appeal or demand names whom it is made to in words the knowledge base does not know: a plural noun
    after an ``ADDRESS_PREPS`` on its verb with no known actor there ("appealed to donors", "called on its allies"), or
    a plural ``pair_nouns``, ``relation_noun`` or ``member_noun`` (``data/lexicon/words.tsv``) as its object or as the
    subject of the clause it asks for ("lobbied Caribbean governments to vote", "urged its partners to act", "demanded
    that the partners renegotiate"): the addressee is named, not missing."""
    view = found.view(candidate.head.doc)
    dep, children, lemma, tag = view.dep, view.children, view.lemma, view.tag
    people = words.pair_nouns | words.relation_noun | words.member_noun
    verbs = {t.i for t in (candidate.frame_token, candidate.head) if t is not None}
    nouns = [(c, False) for v in verbs for c in children[v] if dep[c] in ("dobj", "dative")]
    nouns += [(o, True) for v in verbs for p in children[v] if dep[p] == "prep" and view.lower[p] in ADDRESS_PREPS
              for o in children[p] if dep[o] == "pobj"]
    # the subject of the clause it asks for ("demanded that the partners renegotiate"): whom it is made of
    nouns += [(n, False) for v in verbs for c in children[v] if dep[c] == "ccomp"
              for n in children[c] if dep[n] == "nsubj"]
    return any(tag[n] in ("NNS", "NNPS") and not any(r.known for r in found.refs_at(n))
               and (after_prep or lemma[n] in people) for n, after_prep in nouns)


def partners(found: DocActors, sentence: int, words: Words, key: Callable[[ActorRef], str] = party) -> set[str]:
    """The parties (or sides: ``key``) a sentence names as partners of a joint act: the objects of a "with" on a
    noun a ``joint_word`` modifies ("in a joint raid with Latvian officers, who held two more"), or that a
    ``joint_word`` leads or stands beside ("together with Malaysian officers", "working jointly with Lithuanian
    police"). An act of one of two partners is done with the other, not to it: the other is no counterpart."""
    span = found.sentences[sentence]
    view = found.view(span.doc)
    dep, children, lower = view.dep, view.children, view.lower
    out: set[str] = set()
    for prep in range(span.start, span.end):
        if dep[prep] != "prep" or lower[prep] != "with":
            continue
        head = view.head[prep]
        near = (*children[prep], *children[head])
        if not (any(dep[m] == "amod" and lower[m] in words.joint_word for m in children[head])
                or any(dep[m] == "advmod" and lower[m] in words.joint_word for m in near)):
            continue
        for obj in children[prep]:
            if dep[obj] != "pobj":
                continue
            for i in (obj, *(c for c in children[obj] if dep[c] == "conj")):
                out |= {key(r) for r in found.refs_at(i)}
    return out


def _clause_names(candidate: Candidate, found: DocActors, wanted: set[str], key: Callable[[ActorRef], str]) -> bool:
    """Whether the act's own clause (its head's subtree) names one of the parties ``wanted`` ("intercepted a boat
    carrying 29 Vietnamese nationals"): the text says whom it was done to there, whatever else the sentence says."""
    view = found.view(candidate.head.doc)
    return any(key(r) in wanted for t in view.subtree(candidate.head.i) for r in found.refs_at(t) if r.code)


def co_doers(found: DocActors, sentence: int, key: Callable[[ActorRef], str] = party) -> list[set[str]]:
    """The parties (or sides: ``key``) a sentence names together as the joined subjects of one verb ("Ghana and Cote
    d'Ivoire agreed to launch joint patrols, days after Ghanaian soldiers seized 14 trucks of beans"), each group of
    two or more. Parties that act together in a clause are partners there: another act of one of them, its sentence
    naming no one it was done to, is not done to the other (session 61: the seizure, an arrest or a crackdown told in
    a time clause of a joint agreement is a deed at home)."""
    span = found.sentences[sentence]
    view = found.view(span.doc)
    dep, children = view.dep, view.children
    out = []
    for subject in range(span.start, span.end):
        if dep[subject] not in ("nsubj", "nsubjpass") or view.pos[view.head[subject]] not in ("VERB", "AUX"):
            continue
        joined = [subject, *(c for c in children[subject] if dep[c] == "conj")]
        group = {key(r) for i in joined for r in found.refs_at(i) if r.code}
        if len(joined) > 1 and len(group) > 1:
            out.append(group)
    return out


def on_own_ground(candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether an act is told as done on its doer's own ground: a ``ground_prep`` on its verb or on its object
    whose object is a side, ground, air or sea (``border_side_noun``, a ``territory_noun`` that is no
    ``border_noun``) its doer's own by a demonym, name or possessive of the doer's state, or by an
    ``own_ground_word`` ("bombed a depot on the Chadian side of the river", "burned boats on their own side"):
    a deed (not a word: "rejected any foreign raid on Colombian soil" is aimed at whoever would raid) done by a state
    at home, aimed at no other party of the story unless its clause names one."""
    doers = known(candidate.sources)
    if not doers or any(not_state(r) for _, r in doers) or not lookup(candidate.cameo).is_deed:
        return False  # rebels at home are not their state ("rebels ambushed a convoy inside Malian territory")
    own = {party(r) for _, r in doers}
    view = found.view(candidate.head.doc)
    dep, children = view.dep, view.children
    grounds = (words.territory_noun - words.border_noun) | words.border_side_noun
    verbs = {t.i for t in (candidate.frame_token, candidate.head, *candidate.trigger) if t is not None}
    holders = verbs | {c for v in verbs for c in children[v] if dep[c] == "dobj"}
    for holder in holders:
        for prep in children[holder]:
            if dep[prep] != "prep" or view.lower[prep] not in words.ground_prep:
                continue
            for noun in children[prep]:
                if dep[noun] != "pobj" or view.lemma[noun] not in grounds:
                    continue
                for mod in children[noun]:
                    if dep[mod] not in ("amod", "poss", "compound"):
                        continue
                    ref = found.by_token.get(mod)
                    if view.lower[mod] in words.own_ground_word or (ref is not None and party(ref) in own):
                        return True
    return False


def _helped_to(candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether the act is what another party's help is for, done by the one helped ("pledged funds to help Tunisia
    curb departures", "offered training to help Somalia to fight piracy": the clause of a ``benefit_verb`` with a
    subject of its own, or its complement when the verb names whom it helps): the helped party's own act; the
    helper, the story's other party here, is not whom it is done to."""
    view = found.view(candidate.head.doc)
    i = candidate.head.i
    head = view.head[i]
    if head == i or view.dep[i] not in ("ccomp", "xcomp") or view.lemma[head] not in words.benefit_verb:
        return False
    # the one helped: the clause's subject ("help Tunisia curb"), or the helping verb's object ("help Somalia to fight")
    return any(view.dep[c] == "nsubj" for c in view.children[i]) \
        or any(view.dep[c] == "dobj" for c in view.children[head])


def named_unknown(candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether an act's clause names its target as actors the knowledge base does not know ("accused Western
    countries of ...") or as anonymous people ("detained six activists": nobody identifiable), or is a deed of a
    state's police or courts on people it names (:func:`justice_on_named`): the target is named, not missing, and the
    story's other party does not stand in for it."""
    return any(t.lemma_.lower() in words.pair_nouns for t, _ in candidate.targets) or done_to_people(candidate, found) \
        or justice_on_named(candidate) or sideless_object(candidate, found, words)



def sideless_object(candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether an act of coercion or force names as its own object, in words the knowledge base does not know and with
    no possessive on them, what belongs to no party of the story: a seizure or an arrest (CAMEO 17) its goods,
    suspects or other unnamed people, force on a crowd (175) its gas, cannon or bullets (``sideless_noun``: "border
    guards seized 400,000 pills", "troops detained four suspects", "police fired tear gas"); any act of coercion or
    force unnamed armed people (``armed_people_noun``: "troops killed five gunmen"), the object of its "with" too
    when that is no known actor ("soldiers traded fire with gunmen"); and a shoot-down (a verb with the particle
    "down") a craft no one is said to own (``downed_craft_noun``: "air defences shot down two drones"). Nouns in
    ``data/lexicon/words.tsv``. What it was done to is named; the story's other party (a neighbour the lead blames,
    rebels named before) is not whom it was done to. Men beaten or mistreated (CAMEO 18) are often the other party's
    nationals, a crowd dispersed is as often a foreign one, and missiles fired or drones flown are the doer's own
    weapons: none is taken here."""
    root = int(candidate.cameo[:2])
    if root != COERCE_ROOT and root not in FORCE_ROOTS:
        return False
    nouns = words.armed_people_noun | (words.sideless_noun if root == COERCE_ROOT else frozenset())
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in candidate.head.children):
        nouns |= words.downed_craft_noun
    if any(r.kind == "unresolved" and _sideless(t, nouns) for t, r in candidate.targets):
        return True
    # a fight "with gunmen" (on the verb or its object: "traded fire with gunmen"), which names no target
    holders = (candidate.head, *(c for c in candidate.head.children if c.dep_ == "dobj"))
    return any(o.dep_ == "pobj" and _sideless(o, words.armed_people_noun)
               and not any(r.known for r in found.refs_at(o.i))
               for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children)


def _sideless(token: Token, nouns: frozenset[str]) -> bool:
    """Whether a noun is one of ``nouns`` with no possessive on it ("gunmen", not "their gunmen")."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in nouns \
        and not any(c.dep_ == "poss" for c in token.children)


def justice_on_named(candidate: Candidate) -> bool:
    """Whether an act is one of a state's police or courts (``JUSTICE_SECTORS``: every doer one) whose clause names
    whom or what it was done to in words the knowledge base does not know ("police arrested 19 suspects", "a court
    sentenced the driver", "prosecutors were investigating the death"): an act at home on the people or the matter it
    names, no step in the story's dispute between states; the story's other party is not appended to it (a foreign
    state the lead set against the doer's is no one the police arrested)."""
    doers = known(candidate.sources)
    return bool(doers) and candidate.cameo.startswith(JUSTICE_CODES) \
        and all(r.kind == "sector" and r.sector in JUSTICE_SECTORS for _, r in doers) \
        and any(r.kind == "unresolved" for _, r in candidate.targets)


def done_to_people(candidate: Candidate, found: DocActors) -> bool:
    """Whether an act is done to anonymous people the text gives no country (``DocActors.people``: "police
    detained 83 people", "a court sentenced them"): its target is nobody identifiable, and no other party
    stands in for it (neither the story's other party here nor the attacher's pick)."""
    if any(t.i in found.people for t, _ in candidate.targets):
        return True
    view = found.view(candidate.head.doc)  # ("sentenced them": a pronoun for such people is no target kept)
    return any(view.dep[c] in ("dobj", "dative") and c in found.people for c in view.children[candidate.head.i])


def parties(found: DocActors, sentence: int, words: Words,
            key: Callable[[ActorRef], str] = party) -> dict[str, Claim]:
    """The parties (or sides: ``key``) a sentence names in its clauses' roles, each with its latest mention
    (its token's index: :func:`as_sides` makes the ``Token`` of a side handed out)."""
    return {key(ref): (i, ref) for i, ref in _claims(found, sentence, words)}


def main_parties(found: DocActors, words: Words, key: Callable[[ActorRef], str] = party,
                 claims: list[list[Claim]] | None = None) -> set[str]:
    """The two parties (or sides: ``key``) the story is about: those named most often as parties of
    its clauses (the earlier named first on a tie); none when the article names fewer than two.
    ``claims``: each sentence's :func:`sentence_claims`, when the caller has them already."""
    if claims is None:
        claims = sentence_claims(found, words)
    counts = _counts(claims, key)
    top = sorted(counts, key=lambda p: -counts[p])  # stable: the earlier named first on a tie
    return set(top[:2]) if len(top) >= 2 else set()


def _counts(claims: list[list[Claim]], key: Callable[[ActorRef], str]) -> dict[str, int]:
    """How often each party (or side: ``key``) is named as a party of a clause, over each sentence's
    :func:`sentence_claims`, in the order first named."""
    counts: dict[str, int] = {}
    for sentence in claims:
        for _, ref in sentence:
            counts[key(ref)] = counts.get(key(ref), 0) + 1
    return counts


def sentence_claims(found: DocActors, words: Words) -> list[list[Claim]]:
    """Each sentence's :func:`_claims`, in order: the extractor reads them once for the article's steps that weigh
    the story's parties (``counterparts``, ``nominal_sides.two_party_story``, ``coop_targets``), the actor table
    being fixed after the actors step."""
    return [_claims(found, sentence, words) for sentence in range(len(found.sentences))]


def _claims(found: DocActors, sentence: int, words: Words) -> list[Claim]:
    """Each known actor (with a code) a sentence names as a party of a clause (:func:`_role`), with its
    token's index, in the text's order: read off the parse view, no spaCy ``Token`` made."""
    span = found.sentences[sentence]
    view = found.view(span.doc)
    out = []
    groups, by_token = found.groups, found.by_token
    for i in range(span.start, span.end):
        if i not in groups and i not in by_token:
            continue  # a word that names no actor (``refs_at`` would give none): no call for it
        refs = found.refs_at(i)
        role = None
        for ref in refs:
            if ref.code and not _outlet(view, i, ref):
                if role is None:
                    role = _role(view, i, words) and not _venue(view, i, found, words)
                if role:
                    out.append((i, ref))
    return out


def _outlet(view: ParseView, i: int, ref: ActorRef) -> bool:
    """Whether the mention at token ``i`` is a news outlet: a state news agency or broadcaster the knowledge base knows
    by name, or "state media" (a ``MEDIA_SECTOR`` of sectors.tsv, named by a name or in a state's own media sector;
    not journalists or reporters, who are people an act may be done to). The channel of a story is no party of it."""
    sector = ref.sector or ""
    return sector.endswith(MEDIA_SECTOR) and (view.pos[i] == "PROPN" or sector == STATE_MEDIA_SECTOR)


def _venue(view: ParseView, i: int, found: DocActors, words: Words) -> bool:
    """Whether the mention at token ``i`` is a court (``DocActors.courts``) named after a ``venue_prep`` ("took the
    case to the International Court of Justice", "a lawsuit at the EU Court of Justice"): where a case is brought,
    no party of the story."""
    return i in found.courts and view.dep[i] == "pobj" and view.lower[view.head[i]] in words.venue_prep


def _role(view: ParseView, i: int, words: Words) -> bool:
    """Whether the mention at token ``i`` is a party of its clause: a subject, an object, an agent or a
    target, not a modifier ("the Algerian border"), a time ("during Trump's first term") or a place
    ("in Kyiv")."""
    dep, head = view.dep, view.head
    while dep[i] in ("conj", "appos") and head[i] != i:
        i = head[i]
    if dep[i] in ROLES:
        return True
    if dep[i] != "pobj":
        return False
    prep = head[i]  # "by X" names a doer anywhere; "on X", "with X" a target of a verb, not of a thing
    if view.lower[prep] == "from" and dep[head[prep]] in ("relcl", "acl"):
        return False  # "killed gunmen who had crossed from X": where the gunmen came from, no party of the story
    return view.lower[prep] == "by" \
        or (view.lower[prep] in words.target_prep and view.pos[head[prep]] in ("VERB", "AUX"))
