"""Frame verbs: one event from a frame and what it frames, read off the dependency parse.

A frame verb (intend, consider, enact, appeal, demand, refuse, threaten; ``reporting.tsv`` and the
lexicon's frame column) combines with the event in its complement, or with the event noun it takes, into
one code (``combinations.tsv``): "X vowed to send aid" is one event, 033; "requested mediation" is one
appeal. "Germany is willing to provide support" is an intent. What a speaker says of their own side is a
threat or a claim ("said it would strike", "claimed it had attacked"), but a plan announced is the act
intended ("announced that its government would expel ...": ``plan_verb`` in words.tsv); "X said Y must ..." is a demand
on Y, when an actor stands for Y ("'the railway must never turn into a bargaining chip,' the envoy said" is a view
asked of no one, no demand: session 44); "X said the decision was disappointing" a criticism. A warning that names no
one warned is aimed at whom its that-clause names: another party told what will befall it ("warned that Ruritania would
pay a price"), else whom the warner's own step is done to or whose conduct its condition is on
(:meth:`FrameRules.warned_of`); "X said the expulsion would not go unanswered" is X's threat
(:meth:`FrameRules._unanswered`). The subclass of
:class:`detente.events.stances.StanceRules` and base of :class:`detente.events.extract.Extractor`, which
codes the verbs and holds the doc's lexicon, actors and ground.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.cameo import CRITICIZE, DEMAND, DETAIN, PROTEST_ROOT, lookup, quad_class
from detente.events.context import party
from detente.events.doers import known
from detente.events.ground import STATE_FORCE_SECTORS, resolved_via
from detente.events.roles import for_clause
from detente.events.stances import StanceRules
from detente.records import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.ground import Side

AID_ROOT = 7  # CAMEO 07: provide aid; "a plan funded by X" aids the parties of the clause that holds the plan
CLAIM_RESPONSIBILITY = "015"
APPEAL = "020"  # CAMEO 020: make an appeal or request, not specified
# CAMEO 13-15, 18-20: threats, protests, shows of force and force: what another is expected to do of these is foreseen,
# not demanded ("expected Russia to launch an offensive"; ``expectation_verb``)
FORECAST_ROOTS = frozenset({13, 14, 15, 18, 19, 20})
THREATEN = "130"  # CAMEO 130: threaten, not specified ("said Moscow would respond")
UNNAMED = frozenset({"nominal", "context", ""})  # how a mention that names no country of its own was resolved


class FrameRules(StanceRules):
    """Frame verbs combined with the act they frame (see the module's docstring)."""

    def _combine(self, verb: Token, frame: str, index: int, consumed: set[int],
                 own: str | None = None) -> Candidate | None:
        """A frame verb with a coded complement: one event with the combined code. An appeal,
        demand, refusal or threat whose complement has no combined code keeps its own code:
        what is urged is the content of the appeal, not an event of its own."""
        complements = list(self._children(verb, ("xcomp", "ccomp")))
        complements += [x for c in self._children(verb, ("acomp",)) for x in self._children(c, ("xcomp",))]
        if not complements and frame in ("threaten", "intend", "refuse"):
            # "threatened in January to withhold aid": a to-infinitive the parser hung on as an adverbial
            # clause after a frame verb is its complement (no subject of its own, nothing between)
            complements = [c for c in self._children(verb, ("advcl",)) if c.i > verb.i
                           and self._to_infinitive(c) and not self._has_child(c, ("nsubj", "mark"))]
        if frame in ("appeal", "demand"):  # "called for Serbia to recognise the results"
            complements += [c for c in self._children(verb, ("advcl",)) if for_clause(verb, c)]
        pledged = self.pledged(verb)  # "sought assurances from Sudan that it would not host ...": no act
        complements = [c for c in complements if c not in pledged]
        own_agents = frame == "demand" and self._to_own_agents(verb)
        done = self._ordered_done(verb) if frame == "demand" else {}
        complements = [*done, *(c for c in complements if c not in done)]
        for child in complements:
            if child.pos_ not in ("VERB", "AUX"):
                continue
            inner_code, inner_trigger, specific = self._code_verb(child)
            if inner_code is None and child in done and child.lemma_.lower() in self.words.custody_verb:
                inner_code, inner_trigger, specific = DETAIN, [child], True  # "ordered him held": held in custody
            if inner_code is None or (frame == "threaten" and self._others_deed(verb, child)):
                continue
            if self.bare_arrival(child) and not self._visited(child):
                continue  # "the research ship is due to arrive next week": no one visited, no visit
            if child in done:  # "ordered two men held in detention": the orderer detains them, one act
                consumed.add(child.i)
                consumed.update(t.i for t in inner_trigger)
                return Candidate(cameo=inner_code, head=verb, trigger=(verb, *inner_trigger),
                                 sources=tuple(self.subjects(verb)), targets=tuple(
                                     self.objects(verb) if done[child].dep_ == "dobj" else self.subjects(child)),
                                 sentence=index, frame=frame, frame_token=verb, specific=specific)
            said = inner_trigger
            if own is not None and self._asked_not_to(verb, child, frame):
                # "urged Iran not to attack shipping", "warned Japan not to send troops": what the one asked or
                # warned should not do is the content of the appeal or warning, whose own code it keeps; the
                # negation is that content's, not the act's (no refusal, no restraint, no negated appeal)
                inner_code, said = own, []
            result = inner_code if own_agents else self.lex.combine(frame, inner_code)
            if result is None and frame not in ("intend", "enact", "attempt"):
                if own is None:
                    continue
                result = own
            elif frame in ("enact", "attempt"):
                result = inner_code
            consumed.add(child.i)
            consumed.update(t.i for t in inner_trigger)
            sources = self.subjects(verb)
            if frame in ("intend", "attempt") or own_agents:  # what is ordered is done to its own targets
                targets = self.objects(child) + self._noun_targets(inner_trigger)
            else:  # the one urged, asked or threatened ("Serbia was told to ..."), else the complement's target
                targets = [a for c in self._children(verb, ("dobj", "dative", "nsubjpass"))
                           for a in self.actors_at(c) or self._addressed_inside(c)]
                targets = targets or self._addressees(verb) or self._complement_subjects(verb, child)
                if not targets:  # the complement's objects, read once: its known ones, else its condition's subjects
                    inner_objects = self.objects(child)
                    targets = known(inner_objects) or self._condition_subjects(child) or inner_objects
            if lookup(inner_code).root == AID_ROOT and not self.others_named(child, targets):
                targets += self._helped(child)  # "is considering sending aid to help X cope"
            if not self.others_named(verb, targets):  # "pledged to fund a new port in Gwadar": where the aid goes
                targets += self._aided_ground(child, result or inner_code)
            return Candidate(cameo=result or inner_code, head=child if result is None else verb,
                             trigger=(verb, *said), sources=tuple(sources), targets=tuple(targets),
                             sentence=index,
                             frame=frame, frame_token=verb, specific=specific)
        return None

    def attempt_done(self, verb: Token) -> bool:
        """A verb of trying (words.tsv ``attempt_verb``) told in the simple past or the past perfect: "rebels tried
        to seize the airport", "had attempted to board the ship". The attempt is the news: the act tried is coded as
        done, with its own code, as the evaluation gold codes it (eval/wire/README.md), whether or not it worked. "is
        trying to", "will try to", "did not try to" and "has tried to" (a policy kept up) are no such attempt."""
        if verb.lemma_.lower() not in self.words.attempt_verb:
            return False
        auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
        if verb.tag_ == "VBD":
            return not auxes
        return verb.tag_ == "VBN" and auxes == ["had"]

    def directed(self, verb: Token) -> str | None:
        """The code a verb of telling someone what to do takes when it does: a ``directive_verb`` or ``command_verb``
        with the one told as its object, or its passive subject, and a to-infinitive ("told Finland not to join
        NATO", "instructed Manila to withdraw", "Finland was told not to join"), a demand (100); a ``wish_verb`` whose
        to-infinitive has another party for its subject ("wants Manila to withdraw its ships"), an appeal (020); an
        ``expectation_verb`` so ("Madrid expected Rabat to take the migrants back"), a demand, unless what is expected
        is force, a threat or a protest (``FORECAST_ROOTS``: "expected Russia to launch an offensive" foresees it).
        What is told or wanted is the content, combined as "ordered X to" and "asked X to" are
        (:meth:`_combine`); "told X that ..." is speech whose content says what it is (:meth:`_own_act`,
        :meth:`_must`)."""
        lemma = verb.lemma_.lower()
        infinitives = [c for c in self._children(verb, ("xcomp",))
                       if self._to_infinitive(c) and not self._has_child(c, ("nsubj",))]
        directive = lemma in self.words.directive_verb or lemma in self.words.command_verb
        if directive and infinitives and self._told_other(verb):
            return DEMAND
        if lemma in self.words.wish_verb or lemma in self.words.expectation_verb:
            wanting = {party(ref) for _, ref in known(self.subjects(verb))}
            for c in self._children(verb, ("ccomp", "xcomp")):
                asked = [r for s in self._children(c, ("nsubj",)) if s.pos_ != "PRON"
                         for _, r in known(self.actors_at(s))]
                if not (self._to_infinitive(c) and wanting and asked and all(party(r) not in wanting for r in asked)):
                    continue
                if lemma in self.words.wish_verb:
                    return APPEAL
                # "expected Rabat to take the migrants back": a demand; "expected Russia to attack": a forecast
                expected = self._code_verb(c)[0]
                if expected is None or lookup(expected).root not in FORECAST_ROOTS:
                    return DEMAND
        return None

    def pledged(self, verb: Token) -> list[Token]:
        """The clauses that say what a pledge asked of another would promise (``pledge_noun``): a that-clause
        on the noun ("asked Sudan for assurances that it would not host ...") or, with the noun the verb's
        object, the verb's own ("sought assurances from Sudan that it would not host ..."). The pledge is
        asked for, not given: what it would promise is not an act."""
        nouns = self._children(verb, ("dobj",)) + [
            p for c in self._children(verb, ("prep",)) for p in self._children(c, ("pobj",))]
        nouns = [n for n in nouns if n.lemma_.lower() in self.words.pledge_noun]
        if not nouns:
            return []
        return [c for n in nouns for c in self._children(n, ("acl", "ccomp"))
                if self._has_child(c, ("mark",))] + [
            c for c in self._children(verb, ("ccomp",)) if any(n.dep_ == "dobj" for n in nouns)]

    def _told_other(self, verb: Token) -> bool:
        """Whether a verb of telling is said to another party: its object (a passive's subject) is a known actor,
        none of the teller's side nor a state body or force whose words name no country ("instructed its mission
        to file a complaint", "a security council instructed the foreign ministry to summon ...": the teller's
        own agents, whose act is coded on its own verb; not "told an Australian frigate to stay away")."""
        told = [a for c in self._children(verb, ("dobj", "dative", "nsubjpass")) for a in known(self.actors_at(c))]
        tellers = {party(ref) for _, ref in known(self.subjects(verb))}
        return bool(told) and not any(party(ref) in tellers or (
            ref.sector in STATE_FORCE_SECTORS and resolved_via(self.found, token, ref) <= UNNAMED)
            for token, ref in told)

    def _asked_not_to(self, verb: Token, complement: Token, frame: str) -> bool:
        """Whether ``complement`` is a negated act an appeal or demand asks of another party ("urged Iran not to
        attack", "demanded that Beijing not send ships", "said Japan must not send troops"), or a warning tells the
        one it addresses not to do ("warned Japan not to send troops": an object-control verb with its object). A
        warner's own negated act ("warned it would not attend", "pledged not to attack") is not one."""
        if not self.found.view(complement.doc).negated(complement.i, self.lex.cues.get("negation", ())):
            return False
        if frame in ("appeal", "demand"):
            return True
        return frame == "threaten" and complement.dep_ == "xcomp" \
            and verb.lemma_.lower() in self.words.object_control_verb and self._has_child(verb, ("dobj",))

    def _ordered_done(self, verb: Token) -> dict[Token, Token]:
        """The bare past participles a verb of ordering (``command_verb``) takes for what is done to its object,
        each with that object: "ordered two men held in pretrial detention" (a participle on the object),
        "ordered him detained" (a clause whose subject is the object, or a participle the parser hung on the verb
        after its object: "ordered them held for 40 days"), "ordered the plant closed". A court or
        government that orders people detained detains them: the order is its own act, done to them, not a
        demand on them, and they do nothing; so does one that orders them held or kept (``custody_verb``, no
        code of its own: "ordered him held pending extradition"). Not a to-infinitive ("ordered troops to hold
        their positions": a command to someone who acts) nor a that-clause, nor a participle with an auxiliary
        or a subject of its own besides the object (an object the parser gives it is a misreading: "ordered the
        suspects jailed pending trial")."""
        if verb.lemma_.lower() not in self.words.command_verb:
            return {}
        bare = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
        done = {c: o for o in self._children(verb, ("dobj",)) for c in self._children(o, ("acl",))
                if c.tag_ in ("VBN", "VBD") and c.i > o.i and not self._has_child(c, bare)}
        for c in self._children(verb, ("ccomp", "xcomp")):
            subjects = self._children(c, ("nsubj",))
            if c.tag_ in ("VBN", "VBD") and len(subjects) == 1 and subjects[0].i < c.i \
                    and not self._has_child(c, ("nsubjpass", "aux", "auxpass", "mark")) \
                    and not self._has_child(verb, ("dobj",)):
                done[c] = subjects[0]
            objects = self._children(verb, ("dobj",))
            if c.dep_ == "xcomp" and c.tag_ == "VBN" and not subjects and len(objects) == 1 and objects[0].i < c.i \
                    and not self._has_child(c, bare):
                done[c] = objects[0]  # "ordered them held for 40 days": the participle the parser hung on the verb
        return done

    def _willing(self, verb: Token) -> bool:
        """A copula with "ready/willing/prepared to ...": the complement is intended."""
        return verb.lemma_ == "be" and any(
            c.lemma_.lower() in self.lex.cues.get("willing", ()) for c in self._children(verb, ("acomp",)))

    def _own_act(self, verb: Token, index: int, consumed: set[int], speakers: list[Side]) -> Candidate | None:
        """What a speaker says of their own side's conflict act: "X said it would strike Y" is a
        threat; "X claimed that they had attacked Y" is a claim of responsibility (015). A plan made public
        (``plan_verb``: "announced that its government would expel 5,000 workers") is no threat: the act is
        left to be coded as itself, intended, by its own doer. ``speakers``: ``self.subjects(verb)``."""
        if not speakers:
            return None
        sides = {party(ref) for _, ref in speakers}
        claim = verb.lemma_.lower() in self.words.claim_verb
        for child in self._children(verb, ("ccomp",)):
            if child.pos_ not in ("VERB", "AUX"):
                continue
            unanswered = None if claim else self._unanswered(child)
            if unanswered is not None:  # "said the closure would not go unanswered": a threat of no stated kind
                going, word = unanswered
                consumed.update(t.i for t in going.subtree)
                # whose act it is when the clause's subject says ("Warsaw's decision"), else the context's to find;
                # the trigger is the word, not the negated "go": the threat is not negated
                targets = [(t, r) for s in self._children(going, ("nsubj",)) for t, r in known(self._inside(s, True))
                           if party(r) not in sides]
                return Candidate(cameo=THREATEN, head=verb, trigger=(verb, word), sources=tuple(speakers),
                                 targets=tuple(targets), sentence=index, frame="threaten", frame_token=verb,
                                 specific=False)
            future = any(self.lex.to_come(a.lower_) for a in self._children(child, ("aux",)))
            response = None if claim else self.response(child, future)
            if not (future or claim or response is not None):
                continue
            if future and verb.lemma_.lower() in self.words.plan_verb and response is None:
                continue  # "announced that his government would expel ...": the plan itself, intended (no threat)
            code, trigger, specific = self._code_verb(child)
            if code is None and response is not None:  # "said Moscow would respond": a threat of no stated kind
                code, trigger, specific = THREATEN, [response], False
            elif code is None or not lookup(code).is_material_conflict:
                continue
            if lookup(code).root == PROTEST_ROOT and not claim and not self._pressing(verb, child):
                continue  # "said it would hold a rally on Sunday": the rally planned (its own candidate), no threat
            doers = self.subjects(child)
            same_side = {party(ref) for _, ref in doers} & sides or \
                any(t.pos_ == "PRON" and t.lower_ in ("we", "they", "it") for t, _ in doers)
            if not doers or not same_side:
                continue
            result = code if code == THREATEN else \
                self.lex.combine("threaten", code) if future else CLAIM_RESPONSIBILITY
            if result is None:
                continue
            consumed.add(child.i)
            consumed.update(t.i for t in trigger)
            if code == THREATEN and response is not None:  # "would respond to X": X
                targets = known(self.objects(response))
            else:
                targets = known(self.objects(child) + self._noun_targets(trigger)) or self._condition_subjects(child)
                if not targets and lookup(code).targets_places:  # "claimed its drones had hit the Saudi airport of X"
                    targets = self.ground.struck(child, trigger, False, speakers, self.actors_at)
                targets = targets or self.objects(child)
            if not known(targets):  # "told the United States it would retaliate": the one told is threatened
                targets = self._told(verb, sides) or targets
            return Candidate(cameo=result, head=verb, trigger=(verb, *trigger), sources=tuple(speakers),
                             targets=tuple(targets),
                             sentence=index, frame="threaten" if future else "claim", frame_token=verb,
                             specific=specific)
        return None

    def warned_of(self, verb: Token) -> list[Side]:
        """Whom a warning that names no one warned is aimed at, read off its that-clause (``ccomp``), as a threat's
        own clause would name it: the clause's subject when it is another party and the clause tells no act of
        its own, but what will befall that party (:meth:`_befalls`: "warned that Ruritania would pay a price",
        "that Oslo would bear the consequences"; any other clause of another party is a forecast of its deed,
        "warned that China could send more ships", and gives none); when the clause tells the warner's own side's
        step (its subject the warner's party or a pronoun: "warned that Freedonia could reconsider the status
        of the OSCE office", "its trade deal with Patria"), the known actors of another party its object names,
        else whose conduct its condition is on ("would switch its exports to Patria if Caracas failed": Venezuela,
        not the place the exports would go)."""
        warners = {party(ref) for _, ref in known(self.subjects(verb))}
        if not warners:
            return []
        for clause in self._children(verb, ("ccomp",)):
            if clause.pos_ not in ("VERB", "AUX"):
                continue
            doers = [(t, r) for t, r in known(self.subjects(clause)) if t.pos_ != "PRON"]
            if not doers:  # "warned that Ruritanian ships were legitimate targets": a demonym on the subject
                doers = self._marked_subjects(clause)
            if any(party(r) not in warners for _, r in doers):
                if not (self._befalls(clause) or self._marked(clause)):
                    return []  # "warned that China could send more ships": a forecast of another party's deed
                return [(t, r) for t, r in doers if party(r) not in warners]
            # the step's object, with whom it names inside ("reconsider its trade deal with X"); not where an uncoded
            # step sends things ("switch its exports to X": a destination, no one it is done to)
            inside = {t.i for o in self._children(clause, ("dobj",)) for t in o.subtree}
            aimed = [(t, r) for t, r in known(self.objects(clause)) if party(r) not in warners and t.i in inside]
            aimed = aimed or [(t, r) for t, r in self._dealings_with(clause) if party(r) not in warners]
            return aimed or [(t, r) for t, r in known(self._condition_subjects(clause)) if party(r) not in warners]
        return []

    def _marked(self, clause: Token) -> bool:
        """Whether a clause says its subject is or will be marked for what befalls it: a copula whose attribute is a
        ``befall_noun`` ("were legitimate targets", "would be a target"; session 52)."""
        return clause.lemma_.lower() == "be" and any(
            a.lemma_.lower() in self.words.befall_noun for a in self._children(clause, ("attr",)))

    def _marked_subjects(self, clause: Token) -> list[Side]:
        """The country a demonym among the premodifiers of a marked clause's subject names (:meth:`_marked`: "that
        Ruritanian crews were legitimate targets": Ruritania), when the subject names no actor itself; none for a
        clause that marks no one."""
        if not self._marked(clause):
            return []
        return [(t, r) for s in self._children(clause, ("nsubj",)) if not self.actors_at(s)
                for t in s.subtree if t.i < s.i and t.ent_type_ == "NORP" and t.head.i == s.i
                for _, r in known(self.actors_at(t)) if r.kind == "country"]

    def _dealings_with(self, clause: Token) -> list[Side]:
        """The known actors a warner's own step names as the other party of dealings the step is taken in or on: a
        "with" phrase on the object of one of the clause's prepositions ("would take it into account in trade talks
        with Patria", "would raise it at its next summit with Patria", the preposition on the verb or its object:
        Patria; session 52); not where the step sends things ("switch its exports to Patria")."""
        holders = [clause, *self._children(clause, ("dobj",))]
        return [a for h in holders for prep in self._children(h, ("prep",)) for noun in self._children(prep, ("pobj",))
                for w in self._children(noun, ("prep",)) if w.lower_ == "with"
                for o in self._children(w, ("pobj",)) for a in known(self.actors_at(o)) if a[0].pos_ != "PRON"]

    def _befalls(self, clause: Token) -> bool:
        """Whether a clause tells what its subject will suffer: a ``befall_verb`` ("would regret the move"), a
        ``befall_bare_verb`` with no object ("would pay for its choice", not "would pay compensation"), or a
        ``befall_noun`` its verb takes as object ("would pay a heavy price", "would face the consequences")."""
        objects = self._children(clause, ("dobj",))
        return clause.lemma_.lower() in self.words.befall_verb or any(
            o.lemma_.lower() in self.words.befall_noun for o in objects) or (
            not objects and clause.lemma_.lower() in self.words.befall_bare_verb)

    def _unanswered(self, clause: Token) -> tuple[Token, Token] | None:
        """A that-clause that says an act will not go unanswered, as its verb and the word that says so: "go" negated
        with an ``unanswered_word`` ("the closure would not go unanswered") or with "without" and a
        ``befall_noun`` ("would not go without consequences"). Said of another party's act, it is the speaker's
        threat of an answer of no stated kind (130), as "said Moscow would respond" is; None when the clause says no
        such thing. Not a verb joined to the clause's ("was illegal and will not go unpunished": the clause's
        own act, a criticism, is coded)."""
        view = self.found.view(clause.doc)
        if clause.lemma_.lower() != "go" or not view.negated(clause.i, self.lex.cues.get("negation", ())):
            return None
        word = next((c for c in clause.children if c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dep")
                     and c.lower_ in self.words.unanswered_word), None) or next(
            (o for p in self._children(clause, ("prep",)) if p.lower_ == "without"
             for o in self._children(p, ("pobj",)) if o.lemma_.lower() in self.words.befall_noun), None)
        return (clause, word) if word is not None else None

    def _must(self, verb: Token, index: int, consumed: set[int], speakers: list[Side]) -> Candidate | None:
        """"X said Y must ensure security": a demand by the speaker on another (CAMEO 10). ``speakers``:
        ``self.subjects(verb)``."""
        sides = {party(ref) for _, ref in speakers}
        told = self._told(verb, sides)
        for child in self._children(verb, ("ccomp",)):
            if not any(a.lower_ in ("must", "should") for a in self._children(child, ("aux",))):
                continue
            # "told Manila that its vessels must leave": the demand is on the one told, whoever "its" is; a subject no
            # actor stands for ("the railway must never turn into a bargaining chip", "dialogue must prevail") is asked
            # of no one: a view the speaker holds, no demand
            doers = told or known((t, r) for t, r in self.subjects(child) if t.pos_ != "PRON")
            if not speakers or not doers or {party(r) for _, r in doers} & sides:
                continue
            if self._asked_not_to(verb, child, "demand"):
                # "said Japan must not send troops": a demand, not negated; what it rules out is its content
                consumed.add(child.i)
                return Candidate(cameo=DEMAND, head=verb, trigger=(verb,), sources=tuple(speakers),
                                 targets=tuple(doers), sentence=index, frame="demand", frame_token=verb)
            code = self._code_verb(child)[0]
            result = (self.lex.combine("demand", code) if code else None) or DEMAND
            consumed.add(child.i)
            return Candidate(cameo=result, head=verb, trigger=(verb, child), sources=tuple(speakers),
                             targets=tuple(doers),
                             sentence=index, frame="demand", frame_token=verb)
        return None

    def _told(self, verb: Token, sides: set[str]) -> list[Side]:
        """The party a reporting verb is said to ("told the United States that ..."), other than the speaker's own
        side; not an outlet ("told Reuters": the channel) nor anyone no actor stands for ("told reporters")."""
        return [a for c in self._children(verb, ("dobj", "dative")) for a in known(self.actors_at(c))
                if party(a[1]) not in sides]

    def told_of(self, verb: Token) -> list[Side]:
        """Whom the speaker's own act in the that-clause of a reporting verb said to another party is done to,
        when the clause names no one: the one told ("Algeria told France that it would not accept the
        deportations", "told Seoul it would respond"). Not an act of another party the speaker reports."""
        head = verb.head
        if verb.dep_ != "ccomp" or head.i == verb.i or not self.lex.frames(head.lemma_.lower(), "say"):
            return []
        sides = {party(ref) for _, ref in known(self.subjects(head))}
        doers = {party(ref) for _, ref in known(self.subjects(verb))}
        return self._told(head, sides) if sides and doers and doers <= sides else []

    def _pressing(self, verb: Token, child: Token) -> bool:
        """Whether a planned act is held over someone: a condition on it ("would strike if the government did not
        restore the bonuses", ``protasis_mark``, ``condition_mark``) or an actor the saying is addressed to ("told
        Kyiv that they would block ..."; not "told reporters")."""
        marks = self.words.protasis_mark | self.words.condition_mark
        return any(m.lower_ in marks for c in self._children(child, ("advcl",)) for m in self._children(c, ("mark",))) \
            or any(known(self.actors_at(c)) for c in self._children(verb, ("dobj", "dative")))  # not "told reporters"

    def _judged(self, verb: Token, index: int, speakers: list[Side]) -> Candidate | None:
        """"X said the decision was disappointing": a criticism by the speaker (:meth:`judged_clause`)."""
        targets = self.judged_clause(verb, speakers)
        if targets is None:
            return None
        return Candidate(cameo=CRITICIZE, head=verb, trigger=(verb,), sources=tuple(speakers),
                         targets=tuple(targets), sentence=index, specific=True)

    def _combine_noun(self, verb: Token, frame: str, index: int, consumed: set[int]) -> Candidate | None:
        """A frame verb whose object is an event noun: "requested mediation", "called for talks"; not one a time
        preposition sets the act in ("pledged support to X during a visit": the visit is the occasion, not what is
        pledged; ``temporal`` in cues.tsv), nor one a person is wanted for ("a man wanted by Poland over an arson
        attack": a ``sought_verb`` in the passive or as a participle on its noun; another passive keeps its noun:
        "is scheduled to visit ... for talks")."""
        temporal = self.lex.cues.get("temporal", ())
        sought = verb.lemma_.lower() in self.words.sought_verb and (
            verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") or self._has_child(verb, ("auxpass", "nsubjpass")))
        for noun in self._content_nouns(verb):
            token = verb.doc[noun]
            if token.dep_ == "pobj" and token.head.head.i == verb.i and (sought or token.head.lower_ in temporal):
                continue
            noun_code = self.lex.nouns[self.lex.event_noun(token, self.found.view(token.doc)) or ""]
            if frame == "intend" and verb.lemma_.lower() in self.words.acceptance_verb and noun_code \
                    and quad_class(noun_code) >= 3:
                continue  # "would not accept the deportations": another's act refused, not one's own intent
            result = noun_code if frame == "enact" else self.lex.combine(frame, noun_code)
            if result is None:
                continue
            consumed.add(noun)
            targets = [a for c in self._children(verb, ("dobj", "dative")) if c.i != noun
                       for a in self.actors_at(c) or self._addressed_inside(c)]
            given = self._given_forces(verb, token)  # "offered police escorts": the police are what is offered
            if not given:
                targets += [a for c in self._children(token, ("amod", "compound", "poss"))
                            for a in self.actors_at(c)]
            targets += self._noun_targets([verb, token])
            if not given and not self.others_named(verb, targets):  # "rejected U.S. calls for a ceasefire": whose words
                targets += self.answered(verb, [verb, token], result)
            if not self.others_named(verb, targets):  # "pledged a loan to upgrade Moldova's railway": whose it is
                targets += self._aided_ground(verb, result)
            return Candidate(cameo=result, head=verb, trigger=(verb, token), sources=tuple(self.subjects(verb)),
                             targets=tuple(targets), sentence=index, frame=frame, frame_token=verb, specific=True)
        return None


def warned_from(candidate: Candidate, token: Token) -> str | None:
    """For ``--explain``: the rule, when a warning's target ``token`` is one of the two shapes session 52 added to
    :meth:`FrameRules.warned_of` (a demonym on the subject of a marked clause, :meth:`FrameRules._marked_subjects`;
    the other party of dealings a step is taken in, :meth:`FrameRules._dealings_with`), else None."""
    if candidate.nominal or candidate.trigger != (candidate.head,):
        return None
    clause = next((c for c in candidate.head.children if c.dep_ == "ccomp" and c.is_ancestor(token)), None)
    if clause is None:
        return None
    if token.dep_ in ("amod", "compound") and token.head.dep_ == "nsubj" and token.head.head.i == clause.i:
        return "a demonym on the subject of a warning's clause that marks it as a target or the like " \
               "(events/frames.py, FrameRules._marked_subjects)"
    holder = token.head.head.head.head if token.dep_ == "pobj" and token.head.head.dep_ == "pobj" else None
    if holder is not None and token.head.lower_ == "with" \
            and (holder.i == clause.i or holder.dep_ == "dobj" and holder.head.i == clause.i):
        return "the other party of the dealings a warner's own step is taken in (events/frames.py, " \
               "FrameRules._dealings_with)"
    return None
