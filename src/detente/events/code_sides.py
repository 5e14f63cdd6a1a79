"""Whom an act is aimed at, by its code or its frame: the side rules the extractor (``events/extract.py``)
applies to particular acts after the general roles of a clause (``events/participants.py``).

The ground or things an act of force hit, and those a claim of responsibility or condolences are over;
whom a visit goes to; the parties to what a mediation or aid participle names; whom a frame verb speaks to
(an addressee, the actors named inside one, the subject of the clause that is an appeal's content, whose
conduct a threat is conditional on); and whether a warning tells another party's deed or an order goes to
the orderer's own agents. Whom aid goes to when the text names only the thing given (its place, its demonym, not
a common noun given a country from context: :meth:`CodeSideRules.aided_ground`), and the one code of forces sent to
another state to help it, at its request or under an agreement with it: aid to that state, not a show of force
aimed at it ("sent 300 soldiers and rice to X to help it recover": 073 to X; :meth:`CodeSideRules.sent_to_help`),
as are relief and rescuers sent to another state with no purpose clause (session 43). Whom an arrival that names no
place visits (the dateline's country: "arrived here today for talks", :meth:`CodeSideRules._visited`; none for
forces or things arriving, :meth:`CodeSideRules.bare_arrival`), and whom a party "due in" or "expected in" a place
visits (the place's country, none at home or for no known party: session 44), and whom a state "in contact with"
others consults (:meth:`CodeSideRules.in_touch_with`). A build-up one state accuses another of is aimed at the
accuser when its clause names no third party ("X accused Y of massing troops on the border": X;
:meth:`CodeSideRules.accuser_threatened`, session 46).
A mixin of :class:`detente.events.extract.Extractor`, which holds the doc's lexicon, actors and ground.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from typing import TYPE_CHECKING

from detente.events.cameo import CALL_ON_CODES, REQUEST_ROOTS, VISIT, lookup
from detente.events.context import not_state, party
from detente.events.doers import known
from detente.events.ground import STATE_FORCE_SECTORS, arrived_here, own_clause, resolved_via, state_force
from detente.events.lexicon import ship_load
from detente.events.participants import ParticipantRules
from detente.events.roles import agentless_passive, for_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from detente.actors.resolve import ActorRef
    from detente.events.ground import Ground, Side
    from detente.events.lexicon import Pattern
    from detente.parse_view import ParseView

COMMENT = ("051", "052")  # praise or defend verbally: said of an act by anyone, not only by its parties
INVESTIGATE_ROOT = 9  # CAMEO 09: investigate
# CAMEO 03, 06, 07: intend to cooperate, cooperate materially, provide aid: a thing given or built goes to a receiver
AIDED_ROOTS = frozenset({3, 6, 7})
SENT_FOR_PROTECTION = "074"  # CAMEO 074: forces sent to help another state (sent_to_help)
SENT_FOR_RELIEF = "073"  # CAMEO 073: humanitarian aid, forces or means sent to help another state recover
SENT_FOR_INQUIRY = "063"  # CAMEO 063: judicial cooperation, police sent to help another state with an inquiry
GUESSED_VIAS = frozenset({"context", "title"})  # resolver routes that give a common noun a country the text does not
VISITING_FORCES = frozenset({"MIL", "COP", "SPY"})  # a state's forces arriving somewhere deploy, they do not visit
DOMESTIC_KINDS = frozenset({"person", "party"})  # targets a state acts on at home when the text names no other ground


CLAUSE_DEPS = ("acl", "relcl", "advcl", "xcomp")  # a clause hung on a noun: what it says is no part of the noun


class CodeSideRules(ParticipantRules):
    """The side rules of particular codes and frames; the extractor provides the lexicon, actors and ground."""

    ground: Ground

    def hit(self, head: Token, trigger: tuple[Token, ...], nominal: bool, code: str, sources: Sequence[Side],
            targets: Sequence[Side]) -> tuple[Side, ...]:
        """An act's targets with the ground or things it hit: for an act that targets places whose known
        targets are all guessed from context, whose ground was hit replaces them ("killed in a Freedonian
        strike on a district of <city>"; the ground the text names beats a country given to "people" from
        the article's focus); not where a removal sends people ("expelled 222 prisoners to X")."""
        guessed = [(t, r) for t, r in targets if self.ground.from_context(t, r)]
        # the doer's own, named as the owner of people an apposition gives a country ("detained its 24 crew
        # members, all Chinese nationals"), is no target: the apposition says whose they are
        view = self.found.view(head.doc)
        doers = {ref.key for _, ref in sources} if not nominal and any(
            self.ground.apposed_countries(view, c.i) for c in self._children(head, ("dobj",))) else set()
        if not lookup(code).targets_places \
                or len([r for _, r in known(targets) if r.key not in doers]) != len(guessed):
            return tuple(targets)
        aimed = self.ground.struck(head, trigger, nominal, sources, self.actors_at)
        if head.lemma_.lower() in self.words.removal_verb:  # "expelled 222 prisoners to X": X is no ground hit
            sent_to = {r.country for c in self._children(head, ("prep",)) if c.lower_ in self.words.destination_prep
                       for o in self._children(c, ("pobj",)) for _, r in self.actors_at(o)}
            aimed = [(t, r) for t, r in aimed if r.country not in sent_to]
        drop = {a.i for a, _ in aimed} | ({t.i for t, _ in guessed} if aimed else set())
        return tuple(aimed) + tuple((t, r) for t, r in targets if t.i not in drop)

    def _others_deed(self, verb: Token, complement: Token) -> bool:
        """Whether a warning's clause tells what another party may do ("warned that China could attack the
        islands": a forecast of China's act, no threat by the one who warns), not what the warner will do
        ("warned it would retaliate"): the clause's subject is a known actor of another party."""
        if complement.dep_ != "ccomp":
            return False
        warners = {party(ref) for _, ref in known(self.subjects(verb))}
        doers = [(t, r) for t, r in known(self.subjects(complement)) if t.head.i == complement.i]
        return bool(warners and doers) and all(party(r) not in warners for _, r in doers)

    def _to_own_agents(self, verb: Token) -> bool:
        """Whether a verb of ordering (``command_verb``) is said to the orderer's own agents: state bodies
        or forces the text gives no country of their own, or the orderer's ("ordered troops to seal the
        border", "instructed the agency to cooperate with X"). The order is then the orderer's own act;
        to another party ("ordered four foreign diplomats to leave") it stays a demand."""
        if verb.lemma_.lower() not in self.words.command_verb:
            return False
        agents = [a for c in self._children(verb, ("dobj",)) for a in self.actors_at(c)]
        orderers = {party(ref) for _, ref in self.subjects(verb) if ref.kind != "unresolved"}
        return bool(agents) and all(ref.sector in STATE_FORCE_SECTORS | {"BUS"}
                                    and (self.ground.from_context(token, ref) or party(ref) in orderers)
                                    for token, ref in agents)

    def _addressees(self, verb: Token) -> list[Side]:
        """Whom a frame verb with a preposition of its own speaks to: "called on the bloc to impose
        sanctions" (the bloc is asked, not whoever the sanctions are imposed on)."""
        pattern = self.lex.match_verb(verb, self.found.view(verb.doc))
        preps = set(pattern.particles) & self.words.target_prep if pattern is not None else set()
        return [a for c in self._children(verb, ("prep",)) if c.lower_ in preps
                for o in self._children(c, ("pobj",)) for a in self.actors_at(o)]

    def _addressed_inside(self, obj: Token) -> list[Side]:
        """The actors an addressee no actor stands for names inside it: "asked its NATO allies for
        consultations" (NATO), "urged the leaders of both countries to ..." (not "Kyiv's partners":
        ``relation_noun``, nor an act: "demanded the release of X" names no one asked); the members it gives
        as examples ("urged partners like X", "countries such as X and Y")."""
        if self.lex.event_noun(obj, self.found.view(obj.doc)) is not None:
            return []
        # "urged partners like X", "countries such as X and Y": the members named are the ones asked
        examples = [o for c in self._children(obj, ("prep",)) if c.lower_ == "like"
                    or (c.lower_ == "as" and any(a.lower_ == "such" for a in self._children(c, ("amod", "advmod"))))
                    for p in self._children(c, ("pobj",)) for o in (p, *self._children(p, ("conj",)))]
        return known([a for o in examples for a in self.actors_at(o)]) or known(self.inner_actors(obj))

    def _complement_subjects(self, verb: Token, complement: Token,
                             speakers: Sequence[Side] | None = None) -> list[Side]:
        """Whom an appeal or demand with a clause for its content is made of: "demanded that China release
        the boat", "urged that Moscow withdraw", "a demand that Beijing withdraw" (the that-clause on the noun
        of a nominal demand) (China, Russia: the one asked to act, not what it acts on), "demanded that the
        Chinese ships leave" (whose the things asked to act are); not the speaker's own side (:func:`own_side`).
        ``speakers``: the demand's doers, when not the verb's subjects (a noun's owner)."""
        # (on a noun, a that-clause the parser may take for a relative one: its "that" is a mark, no pronoun)
        on_noun = complement.dep_ in ("acl", "relcl") and verb.pos_ == "NOUN" and any(
            m.lower_ == "that" for m in self._children(complement, ("mark",)))
        if (complement.dep_ != "ccomp" and not on_noun or complement.head.i != verb.i) \
                and not for_clause(verb, complement):
            return []  # "called for Serbia to recognise ...": a for-clause's subject is asked too
        doers = known(self.subjects(verb) if speakers is None else speakers)
        asked = known(self.subjects(complement)) or [
            a for s in self._children(complement, ("nsubj",)) if s.pos_ == "NOUN" for a in known(self._inside(s, True))]
        return [(t, r) for t, r in asked if t.pos_ != "PRON" and not own_side(r, doers)]

    def _steered_from(self, verb: Token) -> list[Side] | None:
        """Whom a travel advisory is done to, when the verb's object is the doer's people (``traveller_noun``:
        "advised its citizens against travelling to Niger", "urged its citizens to avoid travel to Japan"): the
        country of the place they are steered away from, named after a ``destination_prep`` in the verb's phrase,
        not the doer's own; the people themselves are no side. None when the object is no such noun."""
        if not any(c.lemma_.lower() in self.words.traveller_noun for c in self._children(verb, ("dobj",))):
            return None
        own = {party(r) for _, r in known(self.subjects(verb))}
        out: list[Side] = []
        for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in self.words.destination_prep):
            for pobj in self._children(prep, ("pobj",)):
                sides = self.actors_at(pobj) or ([(pobj, self.found.place_refs[pobj.i])]
                                                 if pobj.i in self.found.place_refs else [])
                out.extend((t, r) for t, r in known(sides) if party(r) not in own)
        return out

    def _visited(self, verb: Token) -> list[Side]:
        """Whom a visit goes to: the country of the place its pattern's own preposition names ("arrived in
        Havana", ``arrive in`` in verbs.tsv: Cuba), not the visitor's own country, standing with the place. An
        arrival that names no place (``ground.arrived_here``: "arrived on Thursday for a three-day visit", "arrived
        here today for talks") goes to the dateline's country, standing with the verb, when the one who arrived is a
        known actor of another country (a country of its own: not a ship's name read as a person's) and no force
        (forces arriving are a deployment, not a visit)."""
        view = self.found.view(verb.doc)
        pattern = self.lex.match_verb(verb, view)
        visitors = known(self.subjects(verb))
        own = {party(r) for _, r in visitors}
        visited = self._places_of(self._children(verb, ("dobj",)), own) if pattern and not pattern.particles else []
        if visited:  # "is due to visit Batumi": the country of the place visited (``visit``)
            return visited
        if pattern is not None and not pattern.particles and pattern.obj is None and pattern.subj is None:
            home = self.found.home
            if home is None or not home.country or not visitors or not arrived_here(view, verb.i, self.words) \
                    or any(r.sector in VISITING_FORCES or not r.country or r.country == home.country
                           for _, r in visitors):
                return []
            return [(verb, home)]
        if pattern is None or not pattern.particles or not visitors and self._presence(pattern):
            return []  # ("rain is expected in Nairobi": only a known party's presence is a visit)
        # the preposition may hang on the verb's adjective complement ("is due in Apia", ``be in ~due``)
        return self.places_after([verb, *self._children(verb, ("acomp",))], pattern.particles, own)

    def places_after(self, heads: Sequence[Token], preps: Container[str], own: Container[str]) -> list[Side]:
        """The countries of the places after the prepositions ``preps`` on ``heads`` ("arrived in Havana", "a visit
        to Mostar"), standing with the place, but for a party in ``own`` (the visitor's own country)."""
        return self._places_of([o for h in heads for c in self._children(h, ("prep",)) if c.lower_ in preps
                                for o in self._children(c, ("pobj",))], own)

    def _places_of(self, nouns: Sequence[Token], own: Container[str]) -> list[Side]:
        """The countries of the places among ``nouns``, each standing with its place, but for a party in ``own``."""
        out: list[Side] = []
        for noun in (n for n in nouns if n.i in self.found.places):
            code = self.found.places[noun.i][1]
            ref = self.found.place_refs.get(noun.i) or (self.ground.country(code) if code else None)
            if ref is not None and party(ref) not in own:
                out.append((noun, ref))
        return out

    def in_touch_with(self, verb: Token) -> list[Side]:
        """Whom a consultation told by a state it is in is with: the actors after "with" on the noun a preposition
        of the verb governs ("said it was in contact with all three capitals", ``be in +contact`` in verbs.tsv; "had
        been in touch with Djibouti and Eritrea"), not the doer's own side."""
        own = {party(r) for _, r in known(self.subjects(verb))}
        found = [a for p in self._children(verb, ("prep",)) for o in self._children(p, ("pobj",))
                 for w in self._children(o, ("prep",)) if w.lower_ == "with" for q in self._children(w, ("pobj",))
                 for a in self.actors_at(q)]
        return [(t, r) for t, r in known(found) if party(r) not in own]

    def bare_arrival(self, verb: Token) -> bool:
        """Whether a verb is coded a visit by the bare ``arrive`` line alone, with no place or particle of its own,
        or by a line of being somewhere (``be in ~due``, ``expect in``): with no one visited (:meth:`_visited`), it
        is no visit ("the reinforcements arrived on Monday", "the research ship is due to arrive next week", "the
        president is due in Mombasa", a city of his own country; extract.py, frames.py)."""
        pattern = self.lex.match_verb(verb, self.found.view(verb.doc))
        if pattern is not None and self._presence(pattern):
            return True  # "is due in Mombasa", "is expected in Mombasa": a presence told, a visit only to another state
        return pattern is not None and not pattern.particles and verb.lemma_.lower() in self.words.arrival_verb

    def _presence(self, pattern: Pattern) -> bool:
        """Whether a verbs.tsv line codes a visit by a party's being somewhere ("is due in X", ``be in ~due``; "is
        expected in X", ``expect in``: "be" or a ``raising_verb``)."""
        return pattern.cameo == VISIT and (pattern.verb == "be" or pattern.verb in self.words.raising_verb)

    def _mediated_parties(self, verb: Token) -> list[Side]:
        """The parties to what a participle of mediation names: "X and Y agreed a ceasefire in talks
        mediated by Qatar", "the group halted attacks under a deal brokered by Oman" (the doers of the clause
        the mediated thing is the object or setting of; not a clause it is the subject of). Whoever comments
        on it or rejects it ("welcomed the truce brokered by Qatar") is no party named. A participle of aid
        goes the same way ("agreed to a policing programme funded by X": whom X aids)."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            return []
        return self._setting_doers(verb.head)

    def _means_parties(self, noun: Token, sources: Sequence[Side]) -> list[Side]:
        """The parties a mediation noun after a ``means_prep`` goes between: "X and Y agreed — through Omani
        mediation — to ...", "signed a pact under Saudi mediation", "agreed to resume talks under Turkish mediation"
        (the doers of the clause the phrase is set in, as for :meth:`_mediated_parties`; not the mediator's own
        side)."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in self.words.means_prep:
            return []
        own = {party(r) for _, r in known(list(sources))}
        return [(t, r) for t, r in self._setting_doers(noun) if party(r) not in own]

    def _setting_doers(self, token: Token) -> list[Side]:
        """The known doers of the cooperative act a noun phrase is the object or setting of, up its objects and
        prepositions; none when that act is a comment on it or no cooperation ("welcomed the truce brokered by
        Qatar")."""
        clause = token
        for _ in range(4):  # up the noun's objects and prepositions to the verb that holds it
            if clause.dep_ not in ("dobj", "pobj", "prep") or clause.head.i == clause.i:
                return []
            clause = clause.head
            if clause.pos_ in ("VERB", "AUX"):
                code = self._code_verb(clause)[0]
                if code is not None and (not lookup(code).is_cooperative or lookup(code).is_speech
                                         or code[:3] in COMMENT):
                    return []
                return known(self.subjects(clause))
        return []

    def _helped(self, verb: Token) -> list[Side]:
        """Whom an act of aid goes to when its purpose infinitive says whom it helps (``benefit_verb`` in
        words.tsv): "sent aid to help X cope with the floods", "provided $20 million to support X" (the helping
        verb's object, or the subject of the clause it governs); not the giver's own side."""
        own = {party(r) for _, r in known(self.subjects(verb))}
        # on the verb, or on what it gives ("provided $20 million to support X": the parser's relative clause)
        clauses = self._children(verb, ("advcl", "xcomp")) + [
            c for o in self._children(verb, ("dobj",)) for c in self._children(o, ("acl", "relcl"))]
        helps = [c for c in clauses if c.lemma_.lower() in self.words.benefit_verb
                 and self._to_infinitive(c) and not self._has_child(c, ("nsubj",))]
        helped = [a for h in helps for o in self._children(h, ("dobj",)) for a in self.actors_at(o)]
        helped += [a for h in helps for c in self._children(h, ("ccomp", "xcomp"))
                   for s in self._children(c, ("nsubj",)) for a in self.actors_at(s)]
        return [(t, r) for t, r in known(helped) if t.pos_ != "PRON" and party(r) not in own]

    def sent_to_help(self, verb: Token) -> str | None:
        """The code of a state's forces, police or means sent to another state to help it (a ``dispatch_verb`` with a
        to-infinitive of purpose of a ``benefit_verb`` and no subject of its own, coded a show of force, 15, by the
        lexicon): the help is aid, as the wire gold codes it, not a deployment aimed at the helped. Humanitarian aid
        (073) when a ``relief_word`` is in the purpose clause or among what is sent ("sent 300 soldiers and rice to X
        to help it recover from the floods"), judicial cooperation (063) when it helps "with" an inquiry ("will send
        police officers to X to help with the investigation"), else military protection (074: "sent troops to help
        X fight the rebels"). With no such clause, humanitarian aid too when a ``relief_word`` is among what is sent to
        another state ("sent two army helicopters, 30 tonnes of relief supplies and a rescue team to X"); troops or
        arms sent with no relief among them stay a deployment. Only when another state is helped: the helping verb's
        object or the subject of its clause (:meth:`_helped`), or the actor or place of another state the forces are
        sent to or deployed in; forces sent to one's own border "to help police" or to a sea "to help protect shipping"
        stay a deployment. None when the construction is not there."""
        if verb.lemma_.lower() not in self.words.dispatch_verb:
            return None
        helps = [c for c in self._children(verb, ("advcl", "xcomp")) if c.lemma_.lower() in self.words.benefit_verb
                 and self._to_infinitive(c) and not self._has_child(c, ("nsubj",))]
        consented = any(o.lemma_.lower() in self.words.consent_noun for p in self._children(verb, ("prep",))
                        if p.lower_ in self.words.consent_prep for o in self._children(p, ("pobj",)))
        helped = self._helped(verb) if helps else []
        if any(not state_force(r) for _, r in helped):
            return None  # rebels helped are no state aided ("sent troops into X to support the rebels")
        sent = [t for o in self._children(verb, ("dobj", "nsubjpass")) for t in o.subtree]
        relief = any(t.lemma_.lower() in self.words.relief_word for t in sent)
        if not (helps or consented or relief):
            # no purpose, consent or relief told: forces a posting_verb sends to, or stations in, another state named
            # itself ("will send 150 soldiers to X", "deployed troops to X in 2017", "would not station troops in X"),
            # unless a purpose clause tells force ("will deploy 1,000 troops to X to reinforce its contingent")
            posted = verb.lemma_.lower() in self.words.posting_verb and not self._forceful_purpose(verb) \
                and self._posted_to_state(verb)
            return SENT_FOR_PROTECTION if posted else None
        if not (helped or self._sent_to_state(verb)):
            return None  # (relief among what is sent: "sent two helicopters and 30 tonnes of relief supplies to X")
        if any(o.lemma_.lower() in self.words.inquiry_noun for h in helps for p in self._children(h, ("prep",))
               if p.lower_ == "with" for o in self._children(p, ("pobj",))):
            return SENT_FOR_INQUIRY
        if relief or any(t.lemma_.lower() in self.words.relief_word for h in helps for t in h.subtree):
            return SENT_FOR_RELIEF
        return SENT_FOR_PROTECTION

    def _forceful_purpose(self, verb: Token) -> bool:
        """Whether a to-infinitive of purpose on the verb is itself coded as conflict or a show of force (quad class 3
        or 4: "will deploy 1,000 troops to X to reinforce its contingent", "sent troops to X to fight Y"): forces
        posted for that are a deployment, not aid to the host."""
        return any(self._to_infinitive(c) and (code := self._code_verb(c)[0]) is not None
                   and lookup(code).quad_class in (3, 4) for c in self._children(verb, ("advcl", "xcomp")))

    def _things_sent(self, verb: Token) -> list[Token]:
        """The words a ``dispatch_verb``'s "to X" may hang on besides the verb: the conjuncts and appositions of its
        objects (the parser hangs "to X" on the last thing sent: "sent two helicopters, relief supplies and a team to
        X"), and for a ship sent the clause on it or the last thing it carries ("sent two ships loaded with food and
        medicine to X": :func:`detente.events.lexicon.ship_load`)."""
        items = [c for o in self._children(verb, ("dobj",)) for c in self._children(o, ("conj", "appos"))]
        items += [g for c in items for g in self._children(c, ("conj",))]
        ships = [o for o in self._children(verb, ("dobj",)) if o.lemma_.lower() in self.words.vessel_noun]
        items += [c for o in ships for c in self._children(o, ("acl",))]
        items += [verb.doc[t] for o in ships for t in ship_load(self.found.view(verb.doc), o.i)]
        return items

    def _sent_to_state(self, verb: Token, kept: bool = True) -> list[Side]:
        """The actor, or the country of the place, another state's than the doer's, that a ``dispatch_verb`` sends its
        forces to or keeps them in: the object of a ``destination_prep`` or ``place_prep`` on the verb ("to Laos",
        "in Mozambique"; with ``kept`` False, only where they went, not "through Syria"), or of a ``destination_prep``
        on one of :meth:`_things_sent`, named itself (not "to its border with X", whose border is the doer's
        ground)."""
        own = {party(r) for _, r in known(self.subjects(verb))}
        out: list[Side] = []
        hung = [p for c in self._things_sent(verb) for p in self._children(c, ("prep",))
                if p.lower_ in self.words.destination_prep]
        for prep in self._children(verb, ("prep",)) + hung:
            held = kept and prep.lower_ in self.words.place_prep
            if prep.lower_ not in self.words.destination_prep and not held:
                continue
            for pobj in self._children(prep, ("pobj",)):
                out += [(t, r) for t, r in self._named_place(pobj) if party(r) not in own]
                if pobj.pos_ == "PROPN":
                    continue
                # the place a place_prep after it names ("to an oilfield inside X"), standing with the words of the
                # place sent to: the ground's country, no act done to that party (context._sent_to_ground)
                out += [(pobj, r) for c in self._children(pobj, ("prep",)) if c.lower_ in self.words.place_prep
                        for q in self._children(c, ("pobj",)) for _, r in self._named_place(q) if party(r) not in own]
        return _one_state(out)

    def _posted_to_state(self, verb: Token) -> list[Side]:
        """The state, another than the doer's, that a posting (``sent_to_help``) sends its forces to or stations them
        in: the object of a ``posted_prep`` ("to X", "in X"; not "into X", an incursion) on the verb, on the forces
        posted ("station a unit in X") or on one of :meth:`_things_sent`, naming the place itself (not "to a town
        inside X")."""
        own = {party(r) for _, r in known(self.subjects(verb))}
        posted = self._children(verb, ("dobj",)) + self._things_sent(verb)
        preps = self._children(verb, ("prep",)) + [p for c in posted for p in self._children(c, ("prep",))]
        return _one_state([(t, r) for prep in preps if prep.lower_ in self.words.posted_prep
                           for o in self._children(prep, ("pobj",)) for t, r in self._named_place(o)
                           if party(r) not in own])

    def accuser_threatened(self, verb: Token) -> list[Side]:
        """Whom a show of force told as the content of an accusation is aimed at: the accuser, a party other than the
        doer ("X accused Y of massing troops along their border", "... of moving troops onto the disputed islet": X,
        whose ground or forces the build-up faces), when the deployment's clause names no third party outside the
        forces it sends ("accused Y of sending soldiers to fight for Z": not X). None when the verb is not the "of"
        complement of an ``accusation_verb`` (words.tsv)."""
        prep = verb.head
        if verb.dep_ != "pcomp" or prep.lower_ != "of" or prep.dep_ != "prep" \
                or prep.head.lemma_.lower() not in self.words.accusation_verb:
            return []
        own = {party(r) for _, r in known(self.subjects(verb))}
        accusers = [(t, r) for t, r in known(self.subjects(prep.head)) if party(r) not in own]
        sides = own | {party(r) for _, r in accusers}
        # the forces sent, without a clause on them ("soldiers to fight for Z": Z is named)
        sent = {t.i for o in self._children(verb, ("dobj",)) for t in o.subtree} - {
            t.i for o in self._children(verb, ("dobj",)) for c in self._children(o, CLAUSE_DEPS) for t in c.subtree}
        if not own or any(party(r) not in sides for t in verb.subtree if t.i not in sent and t.i != verb.i
                          for _, r in known(self.actors_at(t))):
            return []
        return accusers

    def aided_ground(self, verb: Token, code: str, targets: list[Side]) -> list[Side]:
        """An act's targets with whom its aid goes to (:meth:`_aided_ground`) when they name no other party than the
        doer's, or when the only others are common nouns the resolver gave a country the text does not name with them
        (from the article's context or a bare title word, ``GUESSED_VIAS``): "Ruritania, which funds a police academy
        in Port Hope": Port Hope's state, not the police of the story's other country."""
        if not self.others_named(verb, targets):
            return targets + self._aided_ground(verb, code)
        guessed = [(t, r) for t, r in known(targets) if self._guessed(t, r)]
        rest = [s for s in targets if s not in guessed]
        if not guessed or self.others_named(verb, rest):
            return targets
        aided = self._aided_ground(verb, code)
        return rest + aided if aided else targets

    def _aided_ground(self, verb: Token, code: str) -> list[Side]:
        """Whom aid or cooperation goes to when the text says only where the thing given, funded or built is, or for
        whom: the actor, or the country of the place, after an ``aid_place_prep`` on a ``giving_verb`` or
        ``building_verb`` (the act's own verb or its to-infinitive) or on the thing it gives ("agreed to build a
        hospital in Kabul", "will fund a new port in Gwadar", "financed fuel purchases for Moldova"), when they are
        of one party and not the doer's own; else none. Only for acts of cooperation in deeds or the intent of them
        (``AIDED_ROOTS``): where a pledge is made ("pledged $50 million at a conference in Paris") is no receiver."""
        if lookup(code).root not in AIDED_ROOTS:
            return []
        own = {party(r) for _, r in known(self.subjects(verb))}
        doing = self.words.giving_verb | self.words.building_verb | self.words.paying_verb
        verbs = [v for v in (verb, *self._children(verb, ("xcomp",))) if v.lemma_.lower() in doing]
        out: list[Side] = self._owner_built(verb, own)
        # "paid for the repair of Moldova's power lines"
        out += self._owners_of([t for v in verbs for t in self._paid_for(v)], own)
        for holder in (h for v in verbs for h in (v, *self._children(v, ("dobj",)), *self._paid_for(v))):
            if holder.i in self.found.by_token \
                    and not all(self._guessed(t, r) for t, r in known(self.actors_at(holder))):
                continue  # an actor given or built for names whom itself ("trained Fijian officers")
            act = self.lex.event_noun(holder) if holder.pos_ == "NOUN" else None
            if act is not None and not lookup(self.lex.nouns[act]).is_cooperative:
                return []  # "financed a protest in X", "funded attacks in X": no aid to X
            if holder.i != verb.i:  # "financed two Moroccan solar plants": the thing's demonym
                out += self._demonym_owner(holder, own)
            for prep in self._children(holder, ("prep", "dative")):  # (the parser makes some "for X" a dative)
                if prep.lower_ not in self.words.aid_place_prep:
                    continue
                for pobj in (o for p in self._children(prep, ("pobj",)) for o in (p, *self._children(p, ("conj",)))):
                    # "lend $400 million for the Ghanaian section": the demonym on the thing it is for
                    out += [(t, r) for t, r in known(self.actors_at(pobj)) or self._place_side(pobj)
                            if t.pos_ != "PRON" and party(r) not in own] or self._demonym_owner(pobj, own)
        return out if len({party(r) for _, r in out}) == 1 else []

    def _paid_for(self, verb: Token) -> list[Token]:
        """The things a ``paying_verb`` pays for: the object of its "for", and the object of an "of" on that ("most of
        the road", "the repair of the line"); none for another verb."""
        if verb.lemma_.lower() not in self.words.paying_verb:
            return []
        things = [o for p in self._children(verb, ("prep",)) if p.lower_ == "for" for o in self._children(p, ("pobj",))]
        return things + [o for t in things for p in self._children(t, ("prep",)) if p.lower_ == "of"
                         for o in self._children(p, ("pobj",))]

    def _guessed(self, token: Token, ref: ActorRef) -> bool:
        """Whether the resolver gave a common noun ("police", "a police academy") a country the text does not name
        with it, from the article's context or a bare title word (``GUESSED_VIAS``)."""
        return token.pos_ != "PROPN" and resolved_via(self.found, token, ref) <= GUESSED_VIAS

    def _demonym_owner(self, thing: Token, own: set[str]) -> list[Side]:
        """The country a demonym on a thing given, funded or built names as its owner ("two Moroccan solar plants",
        "the Ghanaian section of the highway": Morocco, Ghana), not the doer's own; none for a thing that is itself
        an actor, nor for money (``currency_noun``: "900 million U.S. dollars" names the currency's country)."""
        if thing.i in self.found.by_token or thing.lemma_.lower() in self.words.currency_noun:
            return []
        return [(t, r) for c in self._children(thing, ("amod", "compound")) if c.ent_type_ == "NORP"
                for t, r in known(self.actors_at(c)) if r.kind == "country" and party(r) not in own]

    def _owner_built(self, verb: Token, own: set[str]) -> list[Side]:
        """Whose the thing is that the purpose infinitive of a gift or pledge builds or improves (a ``building_verb``
        with no subject of its own, on the verb or on what it gives), named by a possessive on its object: "pledged a
        credit to modernise Vietnam's power grid", "gave 30 million euros to upgrade Georgia's rail network"
        (Vietnam, Georgia); not the doer's own ("to repair its own ports")."""
        given = [n for o in self._children(verb, ("dobj",))  # "15 million euros in grants to repair X's ..."
                 for n in (o, *(p for prep in self._children(o, ("prep",)) for p in self._children(prep, ("pobj",))))]
        clauses = self._children(verb, ("advcl", "xcomp"))
        clauses += [c for n in given for c in self._children(n, ("acl", "relcl"))]
        built = [c for c in clauses if c.lemma_.lower() in self.words.building_verb
                 and self._to_infinitive(c) and not self._has_child(c, ("nsubj",))]
        return self._owners_of([thing for c in built for thing in self._children(c, ("dobj",))], own)

    def _owners_of(self, things: list[Token], own: set[str]) -> list[Side]:
        """The owners named by a possessive on things built, improved or paid for ("Vietnam's power grid"), as sides:
        known actors, not a pronoun, none of the doer's own parties (``own``)."""
        owners = [o for thing in things for o in self._children(thing, ("poss",))]
        return [(t, r) for o in owners for t, r in known(self.actors_at(o)) if t.pos_ != "PRON" and party(r) not in own]

    def _named_place(self, token: Token) -> list[Side]:
        """A proper name as a side: the country of the place it names (:meth:`_place_side`), else the actor it is."""
        if token.pos_ != "PROPN":
            return []
        return self._place_side(token) or [(t, r) for t, r in known(self.actors_at(token)) if t.i == token.i]

    def _place_side(self, token: Token) -> list[Side]:
        """A named place as a side: its country ("in Kabul", a capital read as the place, not its government), standing
        with the place's words; none for a word that names no place."""
        ref = self.found.place_refs.get(token.i)
        if ref is None and token.i in self.found.places:
            code = self.found.places[token.i][1]
            ref = self.ground.country(code) if code else None
        return [(token, ref)] if ref is not None else []

    def _to_infinitive(self, clause: Token) -> bool:
        """Whether a clause is a to-infinitive ("to withdraw", "not to join")."""
        return any(a.lower_ == "to" for a in self._children(clause, ("aux",)))

    def _condition_subjects(self, verb: Token) -> list[Side]:
        """Whose conduct a threat or demand is conditional on: "would reimpose sanctions if Caracas failed"."""
        for child in self._children(verb, ("advcl",)):
            if any(m.lower_ in ("if", "unless") for m in self._children(child, ("mark",))):
                return self.subjects(child)
        return []

    def _permitted(self, verb: Token) -> list[Side]:
        """Whom an act of letting is for (a ``letting_verb``, the verb itself or its complement): the one let,
        the subject of the clause the parser hangs on it or its object ("agreed to let Kenyan trucks use the
        port", "refused to let Greek boats enter the bay": Kenya, Greece); not the doer's own side ("let its
        troops rest"), nor a third one when two parties let it together ("the two countries agreed to let the
        court settle the claim": an accord of the two, the court no side of it)."""
        lets = [verb] if verb.lemma_.lower() in self.words.letting_verb else []
        lets += [c for c in self._children(verb, ("xcomp",)) if c.lemma_.lower() in self.words.letting_verb]
        if not lets:
            return []
        own = {party(r) for _, r in known(self.subjects(verb))}
        if len(own) > 1:
            return []
        let = [s for v in lets for c in self._children(v, ("ccomp", "xcomp")) for s in self._children(c, ("nsubj",))]
        let += [o for v in lets for o in self._children(v, ("dobj",))]
        return [(t, r) for o in let if o.pos_ != "PRON" for t, r in known(self.actors_at(o) or self._inside(o, True))
                if party(r) not in own]

    def _claimed_ground(self, verb: Token, trigger: Sequence[Token]) -> list[Side]:
        """Whose ground or things the act of force a claim of responsibility names was done to: "claimed
        responsibility for the bombing in Herat", "for the bombings that killed 300 people in Sri Lanka" (the
        event noun after "for", or the clause on it), by the ground rules of an act of force."""
        view = self.found.view(verb.doc)
        return self._ground_named(verb, trigger, self.subjects(verb), lambda prep: prep.lower_ == "for",
                                  lambda noun: self.lex.event_noun(noun, view) is not None)

    def _bereaved_ground(self, verb: Token, trigger: Sequence[Token]) -> list[Side]:
        """Whom condolences go to when they name no one: the country where the loss they are over befell
        ("expressed condolences over the earthquake in X", "after the floods that killed 30 people in X"), found
        as the place of an act of force is; not the doer's own."""
        sources = self.subjects(verb)
        out = self._ground_named(verb, trigger, sources,
                                 lambda prep: prep.lower_ in self.words.about_prep or prep.lower_ == "after")
        own = {party(r) for _, r in known(sources)}
        return [(t, r) for t, r in out if party(r) not in own]

    def _inquired_ground(self, verb: Token, trigger: Sequence[Token], code: str) -> list[Side]:
        """Whom an inquiry that names no one is aimed at: the country where the deed it is into was done ("opened an
        investigation into war crimes in Sudan", "demanded an inquiry into the killings in X", "is investigating
        abuses in X"). The act is one of CAMEO 09, or one whose trigger, object or prepositional object is an
        ``inquiry_noun`` of words.tsv; the deed (an event noun, a ``fate_noun`` or a ``misdeed_noun``) follows an
        ``about_act_prep`` or is the object of a verb of CAMEO 09; its country is found as the place of an act of
        force is (or of those it befell: "the death of a journalist in X"), never the doer's own. An inquiry into
        what is no deed ("a probe into the crash in X") names no one."""
        view = self.found.view(verb.doc)
        inquiries = [t for t in (*trigger, *self._children(verb, ("dobj",)),
                                 *(o for c in self._children(verb, ("prep",)) for o in self._children(c, ("pobj",))))
                     if t.pos_ == "NOUN" and t.lemma_.lower() in self.words.inquiry_noun]
        if lookup(code).root != INVESTIGATE_ROOT and not inquiries:
            return []
        inquiring_verb = lookup(code).root == INVESTIGATE_ROOT and not inquiries  # "investigated the killings in X"
        holders = [verb, *(t for t in trigger[1:] if t.pos_ == "NOUN"), *inquiries]
        deeds = [o for h in holders for c in self._children(h, ("prep",)) if c.lower_ in self.words.about_act_prep
                 for o in self._children(c, ("pobj",))]
        deeds += list(self._children(verb, ("dobj",))) if inquiring_verb else []
        deeds = [n for n in deeds if self.lex.event_noun(n, view) is not None or n.lemma_.lower()
                 in self.words.fate_noun or n.lemma_.lower() in self.words.misdeed_noun]
        sources = self.subjects(verb)
        own = {party(r) for _, r in known(sources)}
        out = []
        for deed in deeds:  # else where those it befell were: "the death of a journalist in X"
            out += self.ground.struck(deed, (deed,), True, sources, self.actors_at) or [
                a for c in self._children(deed, ("prep",)) if c.lower_ == "of" for o in self._children(c, ("pobj",))
                for a in self.ground.struck(o, (o,), True, sources, self.actors_at)]
        return [(t, r) for t, r in out if party(r) not in own]

    def _ground_named(self, verb: Token, trigger: Sequence[Token], sources: list[Side],
                      prep_fits: Callable[[Token], bool], noun_fits: Callable[[Token], bool] = lambda _: True,
                      ) -> list[Side]:
        """The ground or things struck, by the ground rules of an act of force, by what the nouns after a
        preposition of the verb or of a noun of its trigger (``prep_fits``; the nouns ``noun_fits``) name, or
        else by the clauses on those nouns ("the bombings that killed 300 people in Sri Lanka")."""
        holders = [verb, *(t for t in trigger[1:] if t.pos_ == "NOUN")]
        nouns = [o for h in holders for c in self._children(h, ("prep",)) if prep_fits(c)
                 for o in self._children(c, ("pobj",)) if noun_fits(o)]
        out = [a for n in nouns for a in self.ground.struck(n, (n,), True, sources, self.actors_at)]
        return out or [a for n in nouns for v in self._children(n, ("relcl", "acl")) if v.pos_ == "VERB"
                       for a in self.ground.struck(v, (v,), False, sources, self.actors_at)]

    def state_doers(self, verb: Token, targets: Sequence[Side]) -> tuple[list[Side], list[Side]]:
        """The doer of a state's act (``state_act_verb`` in words.tsv: arrest, detain, seize, impound, charge, jail,
        pardon, summon ...) told in the passive with no agent: the state whose ground its clause places it on, as
        the one country of the places it names outside its subject ("were arrested in Pskov", "were seized and
        taken to a navy base in Yangon"), or, for a summons, where the envoy is posted ("Russia's ambassador in
        Vilnius was summoned"), standing with the place's words; a state body a summons brings the envoy
        to is its doer, not its target ("was summoned to the foreign ministry in Moscow"); else, for a summons, the
        state of whoever says it was made ("Iran's foreign ministry said Britain's ambassador had been summoned"),
        never the envoy's own; else, for a person or party the knowledge base knows, with a country of its own,
        that country ("Former Prime Minister Imran Khan was sentenced"): a state's courts and police act at home
        (a person the text only describes, "an Argentine journalist", is as often held abroad), and so, for an act
        told "in absentia" (``absence_word``), the one country of the people it is done to, even ones the text only
        describes ("a former Ruritanian minister was sentenced in absentia": the accused is not held abroad). None
        when the clause names places of several countries or the act has an agent. The places of a handover the
        parser hangs on a bare participle after a "to" naming its receiver are passed over (``_handed_over_at``).
        Returns the doers and the targets (less the body a summons was made at). A doer found by its country is the
        state's government, so that the state's own people it acts on stay targets."""
        view = self.found.view(verb.doc)
        i = verb.i
        if view.lemma[i] not in self.words.state_act_verb or not self._agentless_passive(verb):
            return [], list(targets)
        summons = view.lemma[i] in self.words.summons_verb
        if summons:  # "was summoned to the foreign ministry": the ministry summoned him
            at = {t.i for c in self._children(verb, ("prep",)) if c.lower_ in self.words.destination_prep
                  for t in c.subtree}
            bodies = [(t, r) for t, r in known(targets) if t.i in at and state_force(r) and r.kind != "person"]
            if len({r.country for _, r in bodies}) == 1:
                return bodies[:1], [(t, r) for t, r in targets if t.i not in at]
        subject = {t.i for c in self._children(verb, ("nsubjpass", "nsubj")) for t in c.subtree}
        handover = self._handed_over_at(verb)
        found: list[Side] = []
        for t in own_clause(view, i):
            if t in subject and not (summons and self._posted_at(view, t)):
                continue
            if t in handover:
                continue  # "cocaine seized at sea to X's authorities at the port of Y": where it was handed over
            ref = self.found.by_token.get(t)
            if t in self.found.places:  # a town the act was at or took them to ("taken to a navy base in X")
                if self._named_where(view, t, self.words.place_prep | self.words.destination_prep) \
                        and not self.ground.names_water(view, t) and not self.ground.across_border(view, t):
                    found += self._place_side(verb.doc[t])
            elif ref is not None and ref.kind == "country" and view.ent_type[t] == "GPE" \
                    and view.dep[t] in ("pobj", "poss") and self._named_where(view, t, self.words.place_prep):
                # "in Cambodia's Koh Kong province"; not a demonym ("on Zambian soil", "access to the two Iranians")
                # nor where they were sent ("handed over to Russia")
                found.append((verb.doc[t], ref))
        held = {r.country for _, r in known(targets)}
        if summons:  # an envoy is summoned by the state he is posted to, never by his own
            found = [(t, r) for t, r in found if r.country not in held]
        if len({r.country for _, r in found}) == 1:  # the state, not its country: its own people stay targets
            return [(t, g) for t, r in found[:1] if r.country for g in (self.ground.country(r.country, "GOV"),)
                    if g is not None], list(targets)
        if found:
            return [], list(targets)
        if summons:
            speakers = [(t, c) for t, r in known(self._sayers(verb)) if r.country and r.country not in held
                        for c in (self.ground.country(r.country, "GOV"),) if c is not None]
            return speakers[:1], list(targets)
        absent = self._in_absentia(verb)  # tried without the accused, who is not held abroad: his own state
        homes = {r.country for _, r in known(targets)
                 if r.country and (absent or (r.kind in DOMESTIC_KINDS and r.entry))}
        home = self.ground.country(next(iter(homes)), "GOV") \
            if len(homes) == 1 and (absent or len(known(targets)) == 1) else None
        # standing with the verb: the person's own words are the target's
        return ([] if home is None else [(verb, home)]), list(targets)

    def host_asked(self, code: str, head: Token, sources: Sequence[Side],
                   targets: Sequence[Side]) -> tuple[Side, ...]:
        """What a mission abroad asks for, and an envoy's visit to his own country's people held abroad, is done to
        the state holding them ("Iran's embassy in Baku asked for consular access to the two men", "its consul in
        Jaffna will visit the fishermen", "Vietnamese diplomats visited the crew at a base in Palawan": Azerbaijan's,
        Sri Lanka's, the Philippines' government). For a request or demand, or a meeting or visit
        (``CALL_ON_CODES``), whose doer is an envoy or an office abroad (``envoy_noun``, or ``envoy_adjective``:
        "consular officials") and whose known targets are none (for a visit: someone unnamed) or only the doer's
        own country's people (not its government: "the embassy in Kabul asked Washington"), the host is the one other
        country of the places said "in" on the doer or as where the act is ("in Peru's port of Callao", "at a base
        in X"; each place of a conjunction counts, so "met him in Vilnius and Warsaw" names no one host); its
        government replaces those people as the target."""
        visit = code in CALL_ON_CODES
        if lookup(code).root not in REQUEST_ROOTS and not visit:
            return tuple(targets)
        own = {r.country for _, r in sources if r.country}
        if len(own) != 1 or (visit and not targets) or any(
                r.country not in own or r.sector == "GOV" for _, r in known(targets)):  # "asked Washington to ..."
            return tuple(targets)
        view = self.found.view(head.doc)
        envoys = [t for t, _ in sources if view.lemma[t.i] in self.words.envoy_noun or any(
            view.dep[a] == "amod" and view.lower[a] in self.words.envoy_adjective for a in view.children[t.i])]
        if not envoys:
            return tuple(targets)
        hosts: dict[str, Token] = {}
        for token in envoys:  # where the envoy is posted: "in Moscow", "in Panama's port of La Palma"
            for prep in view.children[token.i]:
                if view.dep[prep] == "prep" and view.lower[prep] == "in":
                    for o in view.children[prep]:
                        if view.dep[o] == "pobj":
                            hosts.update(self._countries_in(view, o, token.doc))
        posted = {t for token in envoys for t in view.subtree(token.i)}
        for t in own_clause(view, head.i):  # where the act is: "visited the crew at a base in Palawan"
            # (each place of a conjunction is where too: "met him in Vilnius and Warsaw" names two hosts, so none)
            if t not in posted and t in self.found.places and self._named_where(
                    view, self._first_conjunct(view, t), self.words.place_prep):
                hosts.update(self._countries_in(view, t, head.doc, inside=False))
        hosts = {c: t for c, t in hosts.items() if c not in own}
        host = self.ground.country(next(iter(hosts)), "GOV") if len(hosts) == 1 else None
        if host is None:
            return tuple(targets)
        return (*[(t, r) for t, r in targets if r.kind != "unresolved" and r.country not in own],
                (next(iter(hosts.values())), host))

    def _countries_in(self, view: ParseView, o: int, doc: Doc, inside: bool = True) -> dict[str, Token]:
        """The countries of the named places at a word (and, ``inside``, in its subtree: "in Peru's port of
        Callao"; a place possessor of the word alone, as what the towns after it are in: "Panama's port of X"),
        each with the word that names it."""
        out: dict[str, Token] = {}
        owner = [c for c in view.children[o] if view.dep[c] == "poss" and self.found.places.get(c, ("", None))[1]]
        for t in (owner[:1] if inside and owner else view.subtree(o) if inside else [o]):
            country = self.found.places.get(t, ("", None))[1]
            if country:
                out.setdefault(country, doc[t])
        return out

    def _handed_over_at(self, verb: Token) -> set[int]:
        """The words after a "to" naming a known receiver on a bare participle (``acl``, no subject), where the parser
        hangs the handover of the noun the participle is on: "handed over nine suspects and cocaine seized from a
        speedboat to Ruritanian authorities at the port of X", "handed over 40 men detained in a raid to Freedonian
        police at a pier in X". What was seized or detained was not seized at the place it is handed over at, and
        the state whose ground that is receives it; no doer of the seizure (session 52)."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            return set()
        to = next((c for c in self._children(verb, ("prep",)) if c.lower_ == "to"
                   and any(known(self.actors_at(o)) for o in self._children(c, ("pobj",)))), None)
        if to is None:
            return set()
        return {t.i for c in self._children(verb, ("prep",)) if c.i >= to.i for t in c.subtree}

    def _posted_at(self, view: ParseView, t: int) -> bool:
        """Whether a place names where the envoy it is said with is posted ("Russia's ambassador in Vilnius",
        ``envoy_noun``): the object of "in" on that envoy's noun; the state that summons him is its country."""
        prep = view.head[t]
        return view.dep[t] == "pobj" and view.lower[prep] == "in" and view.dep[prep] == "prep" \
            and view.lemma[view.head[prep]] in self.words.envoy_noun and t in self.found.places

    def _in_absentia(self, verb: Token) -> bool:
        """Whether a verb is said done "in absentia" (``absence_word`` after "in" in its own clause, wherever the
        parser hangs it): a trial without the accused."""
        view = self.found.view(verb.doc)
        return any(view.lower[t] in self.words.absence_word and t > 0 and view.lower[t - 1] == "in"
                   for t in own_clause(view, verb.i))

    def _agentless_passive(self, verb: Token) -> bool:
        """Whether a verb is a passive with no agent (:func:`detente.events.roles.agentless_passive`)."""
        return agentless_passive(verb, self.found.view(verb.doc))

    def _named_where(self, view: ParseView, t: int, where: frozenset[str]) -> bool:
        """Whether a name is said as where an act was (or went to): the object of a preposition of ``where``
        ("in Pskov", "at a checkpoint in X", "taken to X"), itself or as a modifier or possessor
        of that object ("in the Kodori valley", "in Cambodia's Koh Kong province"), or the object of "of" on a
        ``place_noun`` or a ``place_prep`` ("near the town of X", "east of X") or, itself, on the object of one
        ("in the state of X"); not a name on a person or thing ("at the request of U.S. envoy X")."""
        named = t
        for _ in range(3):
            if view.dep[t] not in ("compound", "poss", "nmod") or view.head[t] == t:
                break
            t = view.head[t]
        if view.dep[t] != "pobj":
            return False
        prep = view.head[t]
        if view.lower[prep] == "of":
            noun = view.head[prep]
            return view.lemma[noun] in self.words.place_noun or view.lower[noun] in where or (
                t == named and view.dep[noun] == "pobj" and view.lower[view.head[noun]] in where)
        return view.lower[prep] in where

    @staticmethod
    def _first_conjunct(view: ParseView, t: int) -> int:
        """The first word of the conjunction a word ends ("Warsaw" in "in Vilnius and Warsaw": "Vilnius"), the one
        the parser hangs on the preposition; the word itself when it is no conjunct."""
        while view.dep[t] == "conj" and view.head[t] != t:
            t = view.head[t]
        return t

    def _sayers(self, verb: Token) -> list[Side]:
        """Who says the clause a verb heads: the subject of the saying verb it is the complement of, up through
        conjuncts and complements ("said Britain's ambassador had been summoned")."""
        token = verb
        while token.dep_ in ("ccomp", "conj") and token.head.i != token.i:
            token = token.head
            if self.lex.frames(token.lemma_.lower(), "say"):
                return self.subjects(token)
        return []


def own_side(ref: ActorRef, doers: Sequence[Side]) -> bool:
    """Whether ``ref`` is of the doers' own side: of one of their states (:func:`~detente.events.context.party`),
    save the state itself (its government, legislature, leaders, forces) asked by doers of its country that are not
    the state (opposition, parties, civilians: :func:`~detente.events.context.not_state`): "the opposition demanded
    that the minister appear before parliament" is aimed at the government, "the ministry demanded that its
    citizens be freed" at no one of its own."""
    if party(ref) not in {party(r) for _, r in doers}:
        return False
    return not_state(ref) or any(not not_state(r) for _, r in doers if party(r) == party(ref))


def _one_state(sides: list[Side]) -> list[Side]:
    """The sides a sending names, when they are all of one state (:func:`~detente.events.context.party`); none when
    they name two or more, where the sending says no single host."""
    return sides if len({party(r) for _, r in sides}) == 1 else []
