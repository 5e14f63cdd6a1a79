"""To whom an act is done, read off the dependency parse: objects, prepositional targets, subjects of
passives, the parties of a complaint, a forum, a refusal, another's act, the host of one's own envoy "in" its
capital ("recalled its ambassador in Lima", ``_envoy_post``), the actor inside the noun a bare past participle is on
("fishermen held by the navy" on "14 Ruritanian fishermen"), never the reason given for an act done to an object
("sentenced three men for joining the Front": session 43), never a relative word the parser hangs beside a second
object ("the rebels, whom Freedonia accuses Sylvania of arming": Sylvania alone, session 49), the country a name or
demonym before an object that names no actor gives it ("accused two Ruritanian Su-30 jets": ``_demonym_object``,
session 50), never the body a founding act makes ("formed the Pacific Alliance": ``founded``, session 52); the actor
readers and who does the act are in its base, :class:`detente.events.doers.DoerRules`. A
mixin of :class:`detente.events.extract.Extractor`, which holds the doc's lexicon and actors.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.actors.set_parties import party
from detente.events.cameo import CASE_CODES, DETAIN, REJECT_ROOT, REQUEST_ROOTS, lookup
from detente.events.doers import DoerRules, known
from detente.events.ground import from_context, resolved_via, route_end_hung, state_force
from detente.events.roles import (
    TIME_ENTITIES,
    blamed,
    main_clause_conjunct,
    out_of_preps,
    predicate_of_fragment,
    shared_patient,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.ground import Side
    from detente.events.lexicon import Lexicon, Words

OWNER_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")  # a name on a thing says whose it is: "Vietnam's ships"
MOVED_SECTORS = frozenset({"MIL", "COP", "SPY"})  # the forces whose craft a state sends
GUESSED = frozenset({"nominal", "context"})  # how the resolver gives a noun an actor the text does not name on it


DEFIANCE_PREPS = ("despite", "notwithstanding")  # "refused to resign despite X's calls": the calls it defies

# prepositions that say what a complaint is about ("complained to the council about X", "over X", "against X")
COMPLAINT_PREPS = frozenset({"about", "over", "against", "regarding", "concerning", "at"})


class ParticipantRules(DoerRules):
    """The actor and clause-role readers of the extractor: doers (the base) and targets."""

    # the parties of each verb's doers (:meth:`others_named`), by the verb's index: read from ``subjects``, fixed
    # for the doc, so worked out once per instance (one doc per instance)
    _doer_parties: dict[int, set[str]] | None = None

    def objects(self, verb: Token) -> list[Side]:
        """Whom ``verb`` is done to: objects, prepositional targets, a passive's subject."""
        out: list[Side] = []
        aims = self._aims(verb)
        aimed = bool(aims)
        partner = self._partner_preps(verb)
        named_object = any(known(self.actors_at(c)) for c in self._children(verb, ("dobj",)))
        lemma = verb.lemma_.lower()
        removal = lemma in self.words.removal_verb and self._has_child(verb, ("dobj",))
        handed = self._particle_preps(verb)  # "handed two fishermen back to X": the "to" on the particle
        receiver = not removal and any(known(self.actors_at(o)) for c in self._children(verb, ("prep", "dative"))
                                       + handed if c.lower_ == "to" for o in self._children(c, ("pobj",)))
        ways = [c for c in self._children(verb, ("prep",))
                if c.lower_ in self.words.destination_prep or c.lower_ in self.words.aim_prep]
        headed = bool(ways)  # "from X" with a way it went is where it came from
        if lemma in self.words.leaving_verb:  # not a time: "withdrew its envoy from X on Monday"
            headed = any(not all(o.ent_type_ in TIME_ENTITIES for o in self._children(c, ("pobj",))) for c in ways)
        for child in self._children(verb, ("dobj", "dative", "nsubjpass", "iobj", "prep", "prt")) + handed:
            dep, word = child.dep_, child.lower_  # (read once: the branches below ask up to twenty times)
            if dep == "prep" and word in partner:
                # "fought alongside the army" (verbs.tsv "fight alongside"): whom the act is done with
                for pobj in self._children(child, ("pobj",)):
                    out.extend(self.actors_at(pobj) or self.inner_actors(pobj))
            elif partner and dep == "prep" and word == "against":
                continue  # "fought alongside X against the militants": whom both fight, not the partner
            elif dep == "dobj" and aimed:
                # "fired rockets at X", "launched drones on Y": the object is the instrument, no target; whom it is
                # aimed at is, also where the parser hangs the preposition on the object ("launched drones at X")
                for prep in aims:
                    if prep.head.i == child.i:
                        for pobj in self._children(prep, ("pobj",)):
                            out.extend(self.actors_at(pobj) or self._inside(pobj, True))
                continue
            elif dep == "dobj" and self._second_object(verb, child):
                continue  # "will supply X with wheat under a deal the two presidents signed": the clause's subject
            elif dep == "dobj" and _participle_object(child):
                continue  # "signed a pact with X, alarming Y": Y is what the participle did, not the act's target
            elif dep in ("dobj", "dative") and _relative_of_complement(verb, child):
                continue  # "the rebels, whom Kinshasa accuses Kigali of arming": whom the complement is done to
            if dep == "dative" and child.pos_ == "ADP":  # "granted asylum to the opposition leader"
                for pobj in self._children(child, ("pobj",)):
                    out.extend(self.actors_at(pobj) or self.inner_actors(pobj) or self.unresolved(pobj))
            elif dep == "dobj" and self._given_forces(verb, child):
                # "offered police escorts", "pledged troops": forces offered or given are the thing given, whoever's
                # they are; whom they go to is the target ("offered Kenya police escorts", "troops for X", "to X")
                out.extend(self._receivers(child) or self.unresolved(child))
            elif dep == "dobj" and lemma in self.lex.light_verbs \
                    and self.lex.event_noun_at(self.found.view(verb.doc), child.i) is not None:
                # "carried out air strikes against X", "launched a raid on X": the object is the act itself (the
                # doer's own strikes, whatever country a place after them gives them); whom it is done to is the
                # act noun's own target
                out.extend(self._noun_targets([verb, child]))
            elif dep == "dobj" and self._moved(verb, child):
                # "sent a navy ship", "deployed police boats", "agreed to finance the six ships": craft the doer sends,
                # gives, funds or buys is no side of the act, whatever country the resolver guessed for it; whom it
                # goes to is ("patrol ships for Vietnam's coast guard", or the verb's own "to")
                out.extend(self._receivers(child) or self._senders_own(verb, child) or self.unresolved(child))
            elif dep == "dobj" and receiver and (not self.actors_at(child) or handed or self._has_child(
                    verb, ("prt",)) or lemma in self.words.giving_verb):
                # "handed over 12 Islamic State suspects to Syria", "handed 20 cartel bosses over to the United
                # States", "turned the rebels over to X": what is given to a named receiver; whose it is is no side
                # of the giving
                out.extend(self.unresolved(child))
            elif dep == "nsubjpass" and self.expected_at(verb):
                continue  # "a delegation is expected in Apia": the one who goes (a doer)
            elif dep in ("dobj", "dative", "nsubjpass", "iobj"):
                # an actor inside the object ("the sovereignty of the Syrian government"); an object
                # no actor is named in is kept as words
                charge = self._charge_on(verb, child)
                inner = [(t, r) for t, r in self.inner_actors(child, aimed=dep == "dobj" and not removal)
                         if t.i not in charge]
                # forces or hardware a ``dispatch_verb`` sends are the sender's, whatever country a demonym on them
                # names ("no Israeli personnel will be stationed in X", "the Swedish radar will be deployed"): no target
                sent = lemma in self.words.dispatch_verb
                out.extend(self.actors_at(child) or inner
                           or self._apposed(child) or (self._demonym_object(verb, child) if not sent else [])
                           or self.unresolved(child) or self._elided(child))
                if dep == "dobj":
                    out.extend(self._envoy_post(verb, child))
            elif dep == "prep" and word == "at" and (lemma in self.words.aim_verb or "at" in self._pattern_preps(verb)):
                # "fired flares at its trawlers"; the verb's own pattern names "at": "lashed out at X", "balked at X"
                for pobj in self._children(child, ("pobj",)):
                    out.extend(self.actors_at(pobj) or self._inside(pobj, True))
            elif dep in ("prep", "prt") and word in self.words.target_prep:
                if word == "with" and any(self.actors_at(c) for c in self._children(verb, ("dobj",))):
                    continue  # "supplied Moscow with troops": after an actor as object, what was given or used
                if removal and word in self.words.destination_prep:
                    continue  # "expelled 135 prisoners to Guatemala": where they were sent, not whom it was done to
                if word == "from" and headed:
                    continue  # "fired a missile from Yemen toward Israel": where it came from, not whom it hit
                if route_end_hung(self.found.view(verb.doc), child.i, self.words) or self.way_end(verb, child):
                    continue  # "ambushed lorries on the highway to X", the "to" hung on the verb: where the road goes
                if self._charged_with(verb, child):
                    continue  # "was charged with breaching X's sanctions": the charge's parties, not whom it is done to
                if not (word == "for" and self._has_child(verb, ("dobj",))):
                    # "opened talks on joining NATO": the parser's "on"; not the reason an act done to its object is
                    # given ("sentenced three men for joining the Front": the Front is not sentenced)
                    out.extend(self._gerund_parties(child))
                for pobj in self._children(child, ("pobj",)):
                    noun = pobj.lemma_.lower()
                    if word == "with" and noun in self.words.backing_noun:
                        continue  # "with the backing of X", "with help from X": X stands with the doer (session 51)
                    if self._names_where(pobj, child) or noun in self.words.principal_noun \
                            or noun in self.words.occasion_noun or self._ground_line(pobj, child):
                        # "met on the island of X": where the act was; "met X on behalf of Y": for whom; "on the
                        # anniversary of X's invasion of Y": when
                        continue
                    if noun in self.lex.nouns and pobj.i not in self.found.by_token and (
                            word in self.words.reason_prep or (word == "for" and named_object)):
                        # "expelled diplomats over the killing of X", "thanked Qatar for its mediation with X",
                        # "blamed Iran for the attack on X": X is the other act's side
                        continue
                    hosts = self._mission_hosts(pobj) if word in self.words.destination_prep else []
                    if hosts:  # "deployed troops to the UN mission in South Sudan": South Sudan, not the UN
                        out.extend(hosts)
                    elif not self._is_place(pobj, child):
                        # a demonym on the noun ("against American interests") names whom the act is aimed at;
                        # not after an object that names the one it is done to ("killed six fighters of X on the
                        # Ecuadorian bank of the river": where it was done)
                        loose = word in self.words.aim_prep and not named_object
                        out.extend(self.actors_at(pobj) or self.inner_actors(pobj, loose=loose) or (
                            self._demonym_object(verb, pobj) if word in self.words.demonym_object_prep
                            and not named_object and not ground_noun(pobj, self.words) else []))
                    elif word in ("to", "into") and pobj.i in self.found.place_refs:
                        out.append((pobj, self.found.place_refs[pobj.i]))  # "delivered aid to Geneina"
                    elif word == "from" and not headed:
                        out.extend(self._left_place(verb, pobj))  # "withdrew its diplomats from Tehran"
        for prep in [] if headed else self._out_of(verb):
            # "pulling its units out of Yemen": "out of X" is "from X" (the parser hangs "of" on "out")
            for pobj in self._children(prep, ("pobj",)):
                if self._is_place(pobj, prep):
                    out.extend(self._left_place(verb, pobj))
                elif not self._ground_line(pobj, prep):
                    out.extend(self.actors_at(pobj) or self.inner_actors(pobj))
        for called in self._children(verb, ("ccomp",)):
            # "condemned what it called an Israeli incursion": the act is done to what the clause names, and a
            # demonym on it names whom ("rejected what it called French meddling", as "rejected French ...")
            if called.lemma_.lower() in self.words.naming_verb and any(
                    c.tag_ == "WP" for c in self._children(called, ("dobj",))):
                for named in self._children(called, ("oprd",)):
                    out.extend(self.actors_at(named) or self.inner_actors(named, loose=True, aimed=True))
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not predicate_of_fragment(verb) \
                and not self._has_child(verb, ("nsubj", "nsubjpass", "mark", "aux")):
            # "video released by the coast guard": a bare participle is done to the noun it is on; not a clause of
            # its own on a noun of speech ("denied reports that Beijing had offered to build ...": the reports are
            # the frame, not whom the offer is made to); an actor named inside it too, as in an object ("fishermen
            # held by the navy" on "23 Ruritanian fishermen": Ruritania is acted on, whoever tells it)
            out.extend(self.actors_at(verb.head) or self.inner_actors(verb.head, loose=True, aimed=True))
        out.extend(self._relative_object(verb))
        blame = blamed(verb, self.words)  # "X was to blame": X is the target
        out.extend(self.actors_at(blame) if blame is not None else [])
        patient = shared_patient(verb)  # "Castillo tried to dissolve Congress and was arrested"
        patient = patient if patient is not None else self.gapped_patient(verb)  # "... and their boats seized"
        return out + (self.actors_at(patient) or self.unresolved(patient) if patient is not None else [])

    def _charge_on(self, verb: Token, obj: Token) -> set[int]:
        """The words of the charge a ``legal_verb`` names, where the parser hung its ``accusation_prep`` phrase on the
        object ("charged the barge's skipper with breaching X's trade rules"): an act or a gerund, whose parties are
        the charge's, not whom the legal act is done to (session 51); a noun of people or bodies after the preposition
        ("two members of the militia") is no charge."""
        if verb.lemma_.lower() not in self.words.legal_verb or obj.dep_ != "dobj":
            return set()
        out: set[int] = set()
        for prep in self._children(obj, ("prep",)):
            if prep.lower_ not in self.words.accusation_prep:
                continue
            acts = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
            acts += [c for c in prep.children if c.dep_ == "pobj" and (
                c.lemma_.lower() in self.lex.nouns
                or any(m.tag_ == "VBG" and m.dep_ in ("amod", "compound") for m in c.children))]
            out.update(t.i for a in acts for t in a.subtree)
        return out

    def _charged_with(self, verb: Token, prep: Token) -> bool:
        """Whether ``prep``, hung on a ``legal_verb`` itself, belongs to the charge: its ``accusation_prep`` leading to
        an act or a gerund ("a ship's master was charged with breaching the bloc's rules", the parser reading
        "breaching" as a modifier of "rules"; "convicted them of spying for X"), or a ``destination_prep`` after
        that phrase, which the parser hangs on the verb ("charged two sailors with smuggling drone parts to X"): its
        parties are the charge's, not whom the legal act is done to, as where the parser hangs the phrase on the
        object (:meth:`_charge_on`); a noun of people or bodies after the preposition is no charge."""
        if verb.lemma_.lower() not in self.words.legal_verb:
            return False
        if prep.lower_ in self.words.accusation_prep:
            return self._charge(prep)
        return prep.lower_ in self.words.destination_prep and any(
            p.i < prep.i and p.lower_ in self.words.accusation_prep and self._charge(p)
            for p in self._children(verb, ("prep",)))

    def _charge(self, prep: Token) -> bool:
        """Whether an ``accusation_prep`` leads to an act or a gerund (a verb form, or a modifier of its noun the
        parser tags as a gerund or as a noun in "-ing", before it: "with smuggling drone parts"), not to people or
        bodies."""
        def gerund(m: Token) -> bool:
            return m.dep_ in ("amod", "compound") and (m.tag_ == "VBG" or m.lower_.endswith("ing"))

        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children) or any(
            c.dep_ == "pobj" and (c.lemma_.lower() in self.lex.nouns or any(gerund(m) for m in c.subtree if m.i < c.i))
            for c in prep.children)

    def _second_object(self, verb: Token, obj: Token) -> bool:
        """Whether an object the parser hung on ``verb`` comes after another object of it and a prepositional phrase
        of the verb after that one: the subject of a clause said of the phrase's noun ("will supply Tajikistan with
        wheat under a deal the two presidents signed": the presidents signed, no one supplied), which the parser read
        as a second object (session 51). A verb takes one object; a conjunct ("sent X and Y") is no second one."""
        firsts = [o for o in self._children(verb, ("dobj",)) if o.i < obj.i]
        return bool(firsts) and any(firsts[-1].i < p.i < obj.i for p in self._children(verb, ("prep",)))

    def way_end(self, verb: Token, prep: Token) -> bool:
        """Whether a "to", "from" or "toward" the parser hung on ``verb`` goes on with the verb's object, a way or a
        conduit (``route_noun``, ``conduit_noun`` in words.tsv), right after the object's own words: where the pipeline
        or road leads ("opposed a gas pipeline under the Caspian Sea to X", "blocked the road from X"), no one the act
        is done to (session 51). Only right after the object's last word: a preposition further on is the verb's own."""
        if prep.lower_ not in self.words.way_prep:
            return False
        for obj in self._children(verb, ("dobj",)):
            if obj.i < prep.i and (obj.lemma_.lower() in self.words.route_noun
                                   or obj.lemma_.lower() in self.words.conduit_noun) \
                    and obj.right_edge.i == prep.i - 1:
                return True
        return False

    def _particle_preps(self, verb: Token) -> list[Token]:
        """The "to" phrases the parser hangs on an ``adverb_particle`` of ``verb`` instead of on the verb itself:
        "handed two fishermen back to X", "turned the rebels over to X" (where "over" is read as an adverb)."""
        return [prep for adv in self._children(verb, ("advmod",)) if adv.lower_ in self.words.adverb_particle
                for prep in self._children(adv, ("prep",)) if prep.lower_ == "to"]

    def _demonym_object(self, verb: Token, obj: Token) -> list[Side]:
        """The country a name or demonym among an object's premodifiers names, when the object names no actor itself
        and the verb acts on it rather than buys, sells or trades it (words.tsv ``trade_verb``: "bought Ruritanian
        gas"): "accused two Ruritanian Su-30 jets of ...", "would host Freedonian customs officers", "would not
        accept a Sylvanian law" (session 50; ``--explain`` names it, :func:`demonym_object_from`). The modifier may
        hang on another modifier ("Ruritanian" on "Su-30"), which :meth:`inner_actors` does not read, or before an
        owner participle ("a Freedonian-flagged trawler"; not "a Freedonian-led coalition": :func:`premodifier_of`).
        Not a topic ("blocked a Sudan resolution", ``topic_noun``) or a currency; not the doer's own country
        ("Freedonia rejected Freedonian claims"); not a side the resolver took from the context. Also the object of
        a preposition of ``demonym_object_prep`` (words.tsv) that names no ground or place ("closed its airspace to
        Ruritanian flights", "objected to Freedonian drilling"; not "marched into Ruritanian territory":
        :func:`ground_noun`), after no object that names whom the act is done to ("killed six fighters of X on the
        Ruritanian bank")."""
        lemma = obj.lemma_.lower()
        if verb.lemma_.lower() in self.words.trade_verb or lemma in self.words.currency_noun \
                or lemma in self.words.topic_noun:
            return []  # "fined them 5,000 Ruritanian dollars": whose currency it is, no party
        own = {party(r) for _, r in known(self.subjects(verb))}
        out: list[Side] = []
        for token in obj.subtree:
            if token.i >= obj.i:
                break
            ref = self.found.by_token.get(token.i)
            if ref is None or not ref.known or from_context(self.found, token, ref) or party(ref) in own \
                    or not premodifier_of(token, obj, self.words) or any(r.key == ref.key for _, r in out):
                continue
            out.append((obj, ref))
        return out

    def _apposed(self, obj: Token) -> list[Side]:
        """The country of people an object names no actor for, given by an apposition on it that names people of a
        country (a people noun of words.tsv with a demonym: "arrested the captain, a Russian citizen", "detained the
        landlord, a 37-year-old Qatari man"): whom the act was done to."""
        return [side for appos in self._children(obj, ("appos",)) if self.words.is_person_noun(appos.lemma_.lower())
                for side in known(self.actors_at(appos) or self.inner_actors(appos, loose=True))]

    def _out_of(self, verb: Token) -> list[Token]:
        """The "of" of each "out of" phrase on ``verb`` ("pulled its diplomats out of Tehran"):
        :func:`detente.events.roles.out_of_preps`, as tokens."""
        return [verb.doc[i] for i in out_of_preps(self.found.view(verb.doc), verb.i, self.words)]

    def _left_place(self, verb: Token, pobj: Token) -> list[Side]:
        """The country of a place of another state that the doer's own people or forces leave, or the doer leaves,
        after "from" or "out of" (``_out_of``): "withdrew its diplomats from Tehran", "pulled its troops out of
        Kabul" (the place's country: whom the withdrawal is done to); not when the verb names something else as its
        object ("evacuated 300 foreigners from Beirut": whom it was done for), nor after any other verb (a
        ``leaving_verb`` of words.tsv: withdraw, pull, recall ...; "launched its drones from Crimea" is where a launch
        came from), nor a place of the doer's own country ("pulled its troops out of Donetsk" by Ukraine: a move at
        home), nor for a doer the text gives no country."""
        place = self.found.places.get(pobj.i)
        doers = {r.country for _, r in known(self.subjects(verb))}
        objects = self._children(verb, ("dobj",))
        own = all(any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children) for o in objects)
        if place is None or place[1] is None or not doers or None in doers or place[1] in doers or not own \
                or verb.lemma_.lower() not in self.words.leaving_verb:
            return []
        ref = self.ground.country(place[1])
        return [(pobj, ref)] if ref is not None else []

    def _ground_line(self, pobj: Token, prep: Token) -> bool:
        """Whether the object of a preposition of place or destination is a line on the ground (``border_noun``,
        ``route_noun``; ``shore_noun`` for a verb that aims nothing): where the act was or went, whatever country
        it is named with ("moved tanks to its border with X", "sent troops along the frontier", "ambushed lorries
        on the road to X", "pulled back towards the X shore"), not whom it was done to. "Against" or "at" is no
        place ("fired at the border post")."""
        lemma = pobj.lemma_.lower()
        line = lemma in self.words.border_noun or lemma in self.words.route_noun or (
            lemma in self.words.shore_noun and prep.head.lemma_.lower() not in self.words.aim_verb)
        return line and (prep.lower_ in self.words.place_prep or prep.lower_ in self.words.destination_prep)

    def _aims(self, verb: Token) -> list[Token]:
        """The prepositions that say whom an ``aim_verb`` ("fired", "launched") is aimed at ("at X", "on X", "into X",
        "toward X", "against X"; not a date, "on Monday"), on the verb or on its object, where the parser often
        hangs them ("launched drones at X"): the object is then the instrument, never the target."""
        if verb.lemma_.lower() not in self.words.aim_verb:
            return []
        view = self.found.view(verb.doc)
        # on the object only when it is a thing, not an act ("launched an offensive against X", "opened an inquiry
        # into X": the act noun's own target)
        things = [o for o in self._children(verb, ("dobj",)) if self.lex.event_noun_at(view, o.i) is None]
        preps = [c for c in self._children(verb, ("prep",)) if c.lower_ != "against"]
        preps += [c for o in things for c in self._children(o, ("prep",))]
        return [c for c in preps if c.lower_ in self.words.fired_at_prep
                and not all(o.ent_type_ in TIME_ENTITIES for o in self._children(c, ("pobj",)))]  # "on Monday"

    def _moved(self, verb: Token, obj: Token) -> bool:
        """Whether the object ``obj`` of ``verb`` is craft the doer moves rather than whom the act is done to: a ship or
        boat (``vessel_noun``) as the object of a verb of sending one's forces (``dispatch_verb``: "would send a navy
        destroyer", "deployed border police boats") or of giving, funding or buying (``giving_verb``: "agreed to
        finance the six ships", "will give two coast guard cutters to X"), with no owner named on it (no name or
        demonym: a force the resolver found from the context or an earlier noun, such as another country's coast
        guard). Craft a text gives an owner ("supplied Ukraine's navy", "Vietnam's ships"), people ("sent troops",
        "sent a delegation": the resolver's ``_sender`` says whose) and an order's complement stay as they were."""
        lemma = verb.lemma_.lower()
        if not (lemma in self.words.dispatch_verb or lemma in self.words.giving_verb) \
                or self._has_child(verb, ("xcomp", "ccomp", "oprd")):
            return False
        if obj.pos_ != "NOUN" or obj.lemma_.lower() not in self.words.vessel_noun \
                or any(self._owner_word(t) for left in obj.lefts for t in left.subtree):
            return False  # not craft, or a country the text gives it ("Vietnam's ships")
        return all(r.kind == "sector" and r.sector in MOVED_SECTORS for _, r in self._craft_sides(obj))

    def _given_forces(self, verb: Token, obj: Token) -> bool:
        """Whether the object ``obj`` of ``verb`` is forces offered or given rather than whom the act is done to: a
        common noun the resolver gave only forces (``MOVED_SECTORS``: on it or on a noun compounded with it) with no
        owner named on it, as the object of a verb of offering or pledging (``offering_verb``: "had offered police
        escorts", "pledged medical brigades"), whatever clause follows ("offered troops to help X", "..., an official
        said"); not forces a text gives an owner ("offered Kenya's police", "Ukrainian troops"), nor the object of a
        verb of handing over (people handed over are whom the act is done to)."""
        if verb.lemma_.lower() not in self.words.offering_verb or obj.pos_ != "NOUN" \
                or any(self._owner_word(t) for left in obj.lefts for t in left.subtree):
            return False
        sides = self._craft_sides(obj)
        return bool(sides) and all(r.kind == "sector" and r.sector in MOVED_SECTORS for _, r in sides)

    def _craft_sides(self, obj: Token) -> list[Side]:
        """The actors the resolver gave craft (:meth:`_moved`): on its noun and on the nouns compounded with it."""
        return [*self.actors_at(obj), *(side for c in self._children(obj, ("compound",)) for side in self.actors_at(c))]

    def _senders_own(self, verb: Token, obj: Token) -> list[Side]:
        """The sides the resolver gave craft moved (:meth:`_moved`) when they are the doer's own country's ("the navy
        sent two patrol boats" after the same navy): kept, as a named target, so that no rule guesses one in their
        place; another country's ("a navy ship" after Libya's coast guard) are not."""
        own = {r.country for _, r in self.subjects(verb) if r.country}
        return [(t, r) for t, r in self._craft_sides(obj) if r.country in own]

    def _owner_word(self, token: Token) -> bool:
        """Whether a word before a noun names whose the thing is: a name or demonym the resolver read as one ("Lao",
        "Vietnam's"), or a name it does not know; not a sector word it gave an actor from the context or an earlier
        noun ("a navy ship", "border police boats", even where the tagger reads "navy" as a name)."""
        ref = self.found.by_token.get(token.i)
        via = resolved_via(self.found, token, ref) if ref is not None else frozenset()
        if via:
            return not via <= GUESSED
        return token.pos_ == "PROPN" or token.ent_type_ in OWNER_ENTITIES

    def _receivers(self, obj: Token) -> list[Side]:
        """Whom craft the doer moves goes to, named in its own phrase: "four patrol ships for Vietnam's coast guard",
        "20 patrol boats for Ukraine's navy"."""
        return [side for prep in self._children(obj, ("prep",)) if prep.lower_ in ("for", "to")
                for pobj in self._children(prep, ("pobj",)) if not self._is_place(pobj, prep)
                for side in self.actors_at(pobj) or self.inner_actors(pobj)]

    def _elided(self, subject: Token) -> list[Side]:
        """Whom a passive's bare number, determiner or adjective stands for, its noun left out: the nearest
        plural noun before it in the sentence, when it is a known actor ("20 Russian drones entered its
        airspace, and several were shot down": the drones; "troops shelled villages, and many were destroyed":
        the villages, no one)."""
        view = self.found.view(subject.doc)
        i = subject.i
        if view.dep[i] != "nsubjpass" or view.pos[i] not in ("NUM", "DET", "ADJ") \
                or any(view.pos[c] in ("NOUN", "PROPN") or view.dep[c] == "prep" for c in view.children[i]):
            return []
        for j in range(i - 1, view.sent_start[view.sent[i]] - 1, -1):
            if view.tag[j] in ("NNS", "NNPS"):
                return known(self.actors_at(subject.doc[j]))
        return []

    def _relative_object(self, verb: Token) -> list[Side]:
        """Whom a relative clause with a subject of its own and no object is done to: the noun it
        describes ("two businessmen it accused of smuggling arms", "the rebels that the army fought":
        the object is the relative word or left out); not the doer's own ("the troops it sent")."""
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return []
        view = self.found.view(verb.doc)
        deps = {view.dep[c]: c for c in view.children[verb.i]}
        subject = deps.get("nsubj")
        if subject is None or view.tag[subject] in ("WDT", "WP") or "nsubjpass" in deps or "ccomp" in deps \
                or any(view.tag[c] in ("WRB", "WDT", "WP") and view.dep[c] != "dobj" for c in view.children[verb.i]) \
                or ("dobj" in deps and view.tag[deps["dobj"]] not in ("WDT", "WP")) \
                or ("acomp" in deps and any(view.dep[g] == "prep" and view.children[g]
                                            for g in view.children[deps["acomp"]])):
            # "the city where it struck", "the day it attacked X", "the body, whose head is due in X": no object
            # left out
            return []
        from detente.events.context import party  # imports this module: import here, not at the top

        doers = {party(r) for _, r in known(self.subjects(verb))}
        named = [(t, r) for t, r in known(self.actors_at(verb.head)) if party(r) not in doers]
        return named or [(t, r) for t, r in self._summed_up(verb.head) if party(r) not in doers]

    def _summed_up(self, noun: Token) -> list[Side]:
        """The doers of the clause a noun after a comma sums up (``summary_noun`` in words.tsv): "Kyiv said
        the drones hit a school, a claim Moscow denied" (Kyiv, the one who claims), "Seoul expelled the
        envoy, a move Pyongyang condemned" (Seoul): the known subjects of the sentence's main verb."""
        view = self.found.view(noun.doc)
        i = noun.i
        if view.lemma[i] not in self.words.summary_noun or i < 2 or view.lower[noun.left_edge.i - 1] != "," \
                or not any(view.dep[c] == "det" and view.lower[c] in ("a", "an") for c in view.children[i]):
            return []
        above = view.ancestors(i)  # (one home for the walk up: a malformed parse cannot loop)
        root = above[-1] if above else i
        if root == i or view.pos[root] not in ("VERB", "AUX"):
            return []
        return known(self.subjects(noun.doc[root]))

    def conjunct_targets(self, verb: Token, trigger: Sequence[Token] = ()) -> list[Side]:
        """Whom a verb coordinated with ``verb`` under the same subject is done to, for an act aimed at
        something that names no one itself: "lodged a protest with Turkey and sent frigates", "told the
        council ... and urged members to act" (the second conjunct has no subject of its own; a passive
        shares none). An act with nothing it is aimed at ("would not disarm") names no one; an act about
        another act ("condemned the attack and urged the EU") is aimed at that act's doer, found later;
        an owner ("stripped them of their citizenship") is no one the act is done to. A conjunct that acts again on
        the verb's own object, told by a pronoun ("detained six smugglers and passed them to X's police"), names
        whom it passed that object to, no one the verb's act is done to (:meth:`_hands_on`, session 51)."""
        own = {t.i for t in trigger}  # "lodged a protest": the act's own noun is no other act
        aimed = self._children(verb, ("dobj", "dative", "iobj")) + [
            o for c in self._children(verb, ("prep",)) if c.lower_ in self.words.target_prep
            for o in self._children(c, ("pobj",))]
        if self._has_child(verb, ("auxpass", "nsubjpass")) or set(self._content_nouns(verb)) - own \
                or not (aimed or self._has_child(verb, ("xcomp",))):
            return []
        # its own addressees, named: "called on Kyiv's partners ... and urged the United States", "welcomed the Qatari
        # decision and urged other Gulf governments" (a plural pair noun) are other parties than its conjunct's
        if any(o.lemma_.lower() in self.words.relation_noun
               or (o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() in self.words.pair_nouns) for o in aimed):
            return []
        main = main_clause_conjunct(verb)  # "..., after Ethiopian troops left the area, and asked the AU": main verb
        # "denied that its troops had entered the town and accused Kinshasa": the denier's word act and the denied
        # clause share no one (DoerRules._denier_of_word_act)
        pairs = [main] if main is not None else [verb.head] if verb.dep_ == "conj" \
            and verb.head.pos_ in ("VERB", "AUX") and not self._has_child(verb, ("nsubj", "csubj")) \
            and not self._has_child(verb.head, ("auxpass",)) and self._denier_of_word_act(verb) is None else []
        pairs += [c for c in self._children(verb, ("conj",)) if c.pos_ in ("VERB", "AUX")
                  and not self._has_child(c, ("nsubj", "csubj", "nsubjpass", "auxpass"))
                  and main_clause_conjunct(c) is None and self._denier_of_word_act(c) is None]
        # a conjunct that is no act and no speech names no one an act is done to ("gunmen who crossed the river from
        # X and attacked a post": where they came from)
        pairs = [p for p in pairs if p.lemma_.lower() in self.lex.reporting or self._code_verb(p)[0] is not None]
        return [(t, r) for other in pairs if not self._hands_on(verb, other)
                for t, r in known(self.objects(other)) if _named_by(t, other)]

    def _hands_on(self, verb: Token, other: Token) -> bool:
        """Whether ``other``, a verb joined to ``verb``, acts again on ``verb``'s own object, told by an object
        pronoun after it (``pronoun_object``, ``pronoun_plural``, ``pronoun_thing``, ``pronoun_feminine`` in
        words.tsv: "detained six men at the crossing and transferred them to X's authorities", "seized the boats and
        handed them to X"): whoever it passes that object to or acts with on it is its own party, not whom ``verb``'s
        act was done to (session 51)."""
        if not self._has_child(verb, ("dobj",)) or other.i < verb.i:
            return False
        words = self.words
        pronouns = words.pronoun_object | words.pronoun_plural | words.pronoun_thing | words.pronoun_feminine
        return any(o.pos_ == "PRON" and o.lower_ in pronouns
                   for o in self._children(other, ("dobj",)))

    def _pattern_preps(self, verb: Token) -> frozenset[str]:
        """The particles of the verb's own lexicon pattern ("lash out at": out, at), when it has a
        preposition; not one whose object the pattern names as a thing ("meet at +summit": an occasion)."""
        if not self._has_child(verb, ("prep",)):
            return frozenset()
        pattern = self.lex.match_verb(verb, self.found.view(verb.doc))
        if pattern is None:
            return frozenset()
        return frozenset(p for p in pattern.particles if not (pattern.obj and p == pattern.obj_prep))

    def _partner_preps(self, verb: Token) -> frozenset[str]:
        """The partner prepositions (``partner_prep`` in words.tsv) the verb's own pattern names."""
        if not self._has_child(verb, ("prep",)):
            return frozenset()
        # (the verb's pattern is kept with the doc's view: the events step matched the verb before asking)
        pattern = self.lex.match_verb(verb, self.found.view(verb.doc))
        return frozenset(pattern.particles) & self.words.partner_prep if pattern is not None else frozenset()

    def complained_of(self, verb: Token, targets: Sequence[Side], sources: Sequence[Side],
                      trigger: Sequence[Token] = ()) -> tuple[Side, ...]:
        """A complaint made to an international body is aimed at whom it is about, not at the body: "complained
        to the Security Council about Israeli air strikes" (Israel), "protested to the OAS over Guyana's oil
        licensing" (Guyana). The body, reached by "to" or "with" on the verb or its object ("lodged a
        complaint with the UN"), gives way when an "about"/"over"/"against" phrase there names another party
        (itself, as an act's doer or as an owner); a complaint that names no party but its doer's own is aimed at
        that party too ("complained about Belarus's treatment of migrants"); otherwise the targets stay as they
        are. The same holds for concern voiced at another's act ("expressed concern at X's missile launches",
        "was worried about X's ties with Y": an adjective of the ``trigger`` holds the phrase too)."""
        bodies = [(t, r) for t, r in targets if r.sector == "IGO" and t.dep_ == "pobj"
                  and t.head.lower_ in ("to", "with")]
        own = {ref.country or ref.key for _, ref in sources}
        unnamed = not any((r.country or r.key) not in own for _, r in known(targets))
        if not unnamed and (not bodies or len(bodies) != len(known(targets))):
            return tuple(targets)
        holders = [verb, *self._children(verb, ("dobj",)), *(t for t, _ in bodies),  # "to the OAS over X"
                   *(t for t in trigger if t.dep_ == "acomp" and t.head.i == verb.i)]  # "was worried about X"
        # with no body, "against" on the object is whom the thing it is about was done to ("condemned the violence
        # against X civilians"), and only a party named as itself, a doer or an owner counts, not a demonym inside
        about = [o for h in holders for c in self._children(h, ("prep",)) if c.lower_ in COMPLAINT_PREPS
                 and (bodies or h.i == verb.i or c.lower_ != "against") for o in self._children(c, ("pobj",))]
        if verb.lemma_.lower() in self.words.feeling_verb:  # "was alarmed by X's expansion of settlements"
            about += [o for c in self._children(verb, ("agent",)) for o in self._children(c, ("pobj",))]
        named = [(t, r) for o in about for t, r in (self.actors_at(o) or self._modifier_doers(o) or (
                     self.inner_actors(o, loose=True) if bodies else self._owners(o)))
                 if r.kind != "unresolved" and (r.country or r.key) not in own]
        if not named:
            return tuple(targets)
        return tuple((t, r) for t, r in targets if (t, r) not in bodies) + tuple(named)

    def _owners(self, noun: Token) -> list[Side]:
        """The actors a noun's possessor names ("Belarus's treatment of migrants": Belarus); not a pronoun."""
        return [a for p in self._children(noun, ("poss",)) if p.pos_ != "PRON" for a in self.actors_at(p)]

    def at_court(self, cameo: str, targets: Sequence[Side]) -> tuple[Side, ...]:
        """The targets of a complaint or lawsuit without the court it is brought to: "sued Croatia at the EU Court of
        Justice" (Croatia), "a new lawsuit at the International Court of Justice" and "could take the case to the ICJ"
        (no one), also when the lawsuit is what another act is about ("agreed to take their dispute to the ICJ"). A
        court (``DocActors.courts``) named after a ``venue_prep`` (words.tsv: "at", "before", "to", ...) of such an
        act (``CASE_CODES``: the act's own code, or the code the lexicon gives the verb or noun the preposition hangs
        on) is its venue; a court that is the object ("urged the ICJ", "criticised the court") or is named after
        "against" stays. A body of states that is no court (an IGO of the knowledge base: the WTO, a commission) named
        so is the forum of an act whose own code is a complaint or lawsuit ("took China to the WTO", "complained to
        the union's commission", "would take the case to the Inter-American Commission on Human Rights"), no target
        either, and of another act when the verb it is named on is coded as one ("threatened to take China to the
        WTO": China; "warned it would take the matter to the OAS": no one). A court or such a body named as the
        modifier of a ``case_noun`` of a complaint or lawsuit ("a WTO case brought by Japan") is its forum too
        (session 45). An arrest or charge (``DETAIN``) is not done to the judge or prosecutor its people are brought
        before or handed to ("the crew will be brought before a magistrate", "was handed to prosecutors": a judicial
        actor, ``JUD``, after a ``venue_prep``); who holds them is told elsewhere (session 45)."""
        courts = self.found.courts
        case = cameo[:3] in CASE_CODES
        if cameo.startswith(DETAIN):
            targets = tuple((t, r) for t, r in targets
                            if not (r.sector == "JUD" and t.dep_ == "pobj" and t.head.lower_ in self.words.venue_prep))
        bodies = {t.i for t, r in targets if r.kind == "organisation" and r.sector == "IGO"}
        # a body named on the noun of the phrase ("with the Mercosur dispute system", "to the WTO's dispute panel"),
        # or inside the phrase a target stands for ("a complaint against the toll with the Mercosur dispute system",
        # the parser hanging "with" on "toll"): the body's own mention is what is judged
        mention = {t.i: self._forum_mention(t, r) if t.i in bodies else t for t, r in targets}
        bodies = {mention[t.i].i for t, _ in targets if t.i in bodies}
        if not (courts | bodies).intersection(mention[t.i].i for t, _ in targets):
            return tuple(targets)

        def venue(token: Token) -> bool:
            if case and token.i in courts | bodies and token.dep_ == "compound" \
                    and token.head.lemma_.lower() in self.words.case_noun:
                return True  # "a WTO case brought by Japan": where the case is brought (``case_noun``)
            if token.i not in courts | bodies or token.dep_ != "pobj" \
                    or token.head.lower_ not in self.words.venue_prep:
                return False
            if case:  # a body of states no court is the forum only of a "to"/"with" on a verb with an object or a noun
                return token.i in courts or token.head.head.pos_ == "NOUN" \
                    or any(c.dep_ == "dobj" for c in token.head.head.children)
            word, view = token.head.head, self.found.view(token.doc)  # "take ... to the ICJ", "a lawsuit at the ICJ"
            noun = self.lex.event_noun(word, view) if word.pos_ == "NOUN" else None
            pattern = self.lex.match_verb(word, view) if word.pos_ in ("VERB", "AUX") else None
            code = self.lex.nouns[noun] if noun is not None else pattern.cameo if pattern is not None else None
            return code is not None and code[:3] in CASE_CODES
        return tuple((t, r) for t, r in targets if not venue(mention[t.i]))

    def _forum_mention(self, token: Token, ref: ActorRef) -> Token:
        """The object of a preposition whose phrase names the body ``ref`` in ``token``'s phrase, through modifiers
        ("the Mercosur dispute system": "system"), when the body is named there only; else ``token``."""
        found = [d for d in token.subtree if any(r.key == ref.key for _, r in self.actors_at(d))]
        heads = set()
        for d in found:
            while d.dep_ in ("compound", "poss", "amod", "nmod", "appos") and d.head.i != d.i:
                d = d.head
            heads.add(d)
        if len(heads) == 1:
            (head,) = heads
            if head.dep_ == "pobj":
                return head
        return token

    def given_up(self, cameo: str, trigger: Sequence[Token], targets: Sequence[Side],
                 sources: Sequence[Side]) -> tuple[Side, ...]:
        """The targets of an appeal or demand (CAMEO 02, 10) for people to be given up without those people:
        "demanded the release of X", "requested her extradition", "called for X's release" ask for X (the "of"
        phrase or possessor of a ``handover_noun`` of the trigger, words.tsv) of whoever holds X, who is its target
        (named on X by a participle or relative clause, "the release of drivers detained by X"; named elsewhere in the
        clause; or found by events/replies.py: the holder a call for release is made of)."""
        if lookup(cameo).root not in REQUEST_ROOTS:
            return tuple(targets)
        nouns = [t for t in trigger if t.pos_ == "NOUN" and t.lemma_.lower() in self.words.handover_noun]
        # people of another country named so are held by their own state, which is asked ("called for Machar's
        # release": South Sudan); the asker's own people and people of no known country are held by someone else
        own = {ref.country for _, ref in sources if ref.country}
        asked = {d.i for n in nouns for c in self._children(n, ("poss", "prep")) if c.dep_ == "poss" or c.lower_ == "of"
                 for d in c.subtree}
        # who holds them, named on them, is whom they are asked of, not one of them: the agent of a participle or
        # relative clause on them ("the release of drivers detained by Taliban police", "who were seized by X") or
        # the subject of an active one ("the sailors Iran is holding")
        clauses = [t for t in (nouns[0].doc[i] for i in sorted(asked)) if t.dep_ in ("acl", "relcl")
                   and t.pos_ == "VERB"] if nouns else []
        named = [a for c in clauses for a in c.children
                 if a.dep_ == "agent" or (a.dep_ == "nsubj" and a.tag_ not in ("WDT", "WP"))]
        asked -= {d.i for a in named for d in a.subtree}
        kept = tuple((t, r) for t, r in targets if t.i not in asked or r.country and r.country not in own)
        taken = {(t.i, r.key) for t, r in kept}
        heads = [h for a in named for h in ([a] if a.dep_ == "nsubj" else self._children(a, ("pobj",)))]
        holders = tuple((t, r) for h in heads for t, r in known(self.actors_at(h))
                        if t.pos_ != "PRON" and r.country not in own and (t.i, r.key) not in taken)
        return kept + holders

    def befallen(self, verb: Token, trigger: Sequence[Token], targets: Sequence[Side]) -> tuple[Side, ...]:
        """The targets without the people another act befell, when this act is about that act: "demanded an inquiry
        into the killing of X", "an investigation into the death of X" (an event noun or a ``fate_noun`` after a
        ``about_act_prep`` of words.tsv on the trigger's noun or verb): X, named in its "of" phrase, is that act's
        side, not this one's, whether or not its doer is named (others_act); where it befell them ("the death of a
        journalist in X", after a ``place_prep``) is not."""
        view, own = self.found.view(verb.doc), {t.i for t in trigger}
        holders = [t for t in trigger if t.pos_ == "NOUN"] + [verb]
        about = [p for n in holders for c in self._children(n, ("prep",)) if c.lower_ in self.words.about_act_prep
                 for p in self._children(c, ("pobj",)) if p.i not in own and (
                     self.lex.event_noun(p, view) is not None or p.lemma_.lower() in self.words.fate_noun)]
        # (where it befell them is no one befallen: "the death of a journalist in X")
        where = {w.i for n in about for c in self._children(n, ("prep",)) if c.lower_ == "of" for p in c.subtree
                 if p.dep_ == "prep" and p.lower_ in self.words.place_prep for w in p.subtree}
        befell = {t.i for n in about for c in self._children(n, ("prep",)) if c.lower_ == "of" for t in c.subtree
                  if t.i not in where}
        # (an actor inside the phrase may stand with the whole phrase, "the killing of X": its head)
        theirs = {r.key for i in befell for _, r in self.actors_at(verb.doc[i])}
        heads = {n.i for n in about}
        return tuple((t, r) for t, r in targets if t.i not in befell and not (t.i in heads and r.key in theirs))

    def founded(self, verb: Token, targets: Sequence[Side]) -> tuple[Side, ...]:
        """The targets without the body the act makes: "Ruritania and Freedonia formed the Northern Grain Union",
        "set up a joint council" (a ``creation_verb`` of words.tsv, its object an organisation the knowledge base
        knows, named in the object's words or a conjunct or apposition of it) is done by its founders to no one; a party
        after a ``founding_partner_prep`` on the object ("formed an alliance with X") stays (session 52)."""
        if verb.lemma_.lower() not in self.words.creation_verb:
            return tuple(targets)
        # the object's name with its "of"/"for" phrases ("the Bolivarian Alliance for the Peoples of Our America"),
        # not a partner after "with" or "between" on it ("formed an alliance with X")
        objects = [o for c in self._children(verb, ("dobj", "nsubjpass"))
                   for o in (c, *(x for x in c.children if x.dep_ in ("conj", "appos")))]
        partners = {t.i for o in objects for p in self._children(o, ("prep",))
                    if p.lower_ in self.words.founding_partner_prep for t in p.subtree}
        made = {t.i for o in objects for t in o.subtree} - partners
        return tuple((t, r) for t, r in targets if not (t.i in made and r.kind == "organisation"))

    def off_own_ground(self, targets: Sequence[Side], sources: Sequence[Side]) -> tuple[Side, ...]:
        """The targets without the doer's own ground: a state or its forces moving or striking on their
        own country's soil target no one by it ("the army withdrew its units to <own town>", "its jets
        bombed a depot on the <own demonym> side of the border"). Ground is a named place, or a country
        named only as the owner of the object of a preposition of place; a country named as itself or a
        body of it ("attacked Sudanese civilians") stays."""
        own = {ref.country for _, ref in sources if ref.country and state_force(ref)}
        if not own:
            return tuple(targets)
        place_prep = self.words.place_prep | self.words.destination_prep

        def ground(token: Token) -> bool:
            found = self.found
            if token.i in found.place_refs or (token.i in found.places and token.i not in found.by_token):
                return True  # "to <a town>" (a city, not the country's name)
            noun = token.head
            return token.dep_ in ("amod", "poss", "compound") and noun.dep_ == "pobj" \
                and noun.head.lower_ in place_prep  # "on the Sudanese side of the border"
        return tuple((t, r) for t, r in targets if not (r.kind == "country" and r.country in own and ground(t)))

    def others_first(self, targets: Sequence[Side], sources: Sequence[Side]) -> tuple[Side, ...]:
        """The targets without the doer's own side when another party is a target too: "summoned the U.S.
        chargé d'affaires to the ministry in Havana" is done to the United States, not to the ministry of
        the Cuban official who summoned him (a side is a state with its organs and officials, as in sets)."""
        own = {party(r) for _, r in known(sources) if r.country and state_force(r)}
        if not own:
            return tuple(targets)
        if not any(party(r) not in own for _, r in known(targets)):
            return tuple(targets)
        return tuple((t, r) for t, r in targets if r.kind == "unresolved" or party(r) not in own)

    def forum(self, verb: Token) -> list[Side]:
        """The body a rejection was cast at ("vetoed the draft at the Security Council", "blocked new
        sanctions against X at the council": ``forum_prep`` in words.tsv, on the verb or its object):
        an international body, not a country or its organs ("in Parliament", "in Geneva")."""
        out: list[Side] = []
        holders = [verb]
        for _ in range(3):  # the verb, its object and what hangs on it ("vetoed a draft on X at the council")
            preps = [c for h in holders for c in self._children(h, ("prep",))]
            pobjs = [o for c in preps for o in self._children(c, ("pobj",))]
            out += [(t, r) for c in preps if c.lower_ in self.words.forum_prep for o in self._children(c, ("pobj",))
                    for t, r in self.actors_at(o) if r.sector == "IGO" and r.kind != "unresolved"]
            holders = [o for h in holders for o in self._children(h, ("dobj",))] + pobjs
        return out

    def refused_company(self, verb: Token) -> list[Side]:
        """Whom a refusal of a thing is aimed at when the thing's relative clause names them ("would not
        accept any arrangement that put X on an equal footing", "refused to attend any meeting at which X
        is present", "will not send a delegation to a summit that X hosts": the known parties of the clause
        on the object or prepositional object, of the verb or its complement), not the refuser's own side: a
        state's organs, not its rebels ("any plan that gives the rebels a role": a party of their own). A
        prepositional object is one of a ``target_prep``: a time or a place ("violated the treaty during a crackdown
        that drove thousands into X") is no thing refused (session 51)."""
        own = {party(r) for _, r in known(self.subjects(verb))}
        verbs = [verb, *(c for c in self._children(verb, ("xcomp",)) if c.pos_ in ("VERB", "AUX"))]
        things = [o for v in verbs for o in self._children(v, ("dobj",))]
        things += [o for v in verbs for c in self._children(v, ("prep",)) if c.lower_ in self.words.target_prep
                   for o in self._children(c, ("pobj",))]
        clauses = [r for o in things for r in self._children(o, ("relcl",))]  # "send a delegation to a summit that"
        return [(t, r) for c in clauses for t, r in known(self.subjects(c) + self.objects(c))
                if t.pos_ != "PRON" and t.tag_ not in ("WDT", "WP") and party(r) not in own]

    def refused_until(self, verb: Token) -> list[Side]:
        """Whom a refusal is aimed at when it holds until another does something: "will not lift its veto
        until Kyiv restores ...", "refused to sign unless Berlin pays ..." (the known subjects of an
        "until"/"unless" clause on the verb or its complement), not the refuser's own side."""
        from detente.events.context import party  # imports this module: import here, not at the top

        own = {party(r) for _, r in known(self.subjects(verb))}
        verbs = [verb, *(c for c in self._children(verb, ("xcomp",)) if c.pos_ in ("VERB", "AUX"))]
        clauses = [c for v in verbs for c in self._children(v, ("advcl",))
                   if any(m.lower_ in ("until", "unless") for m in self._children(c, ("mark",)))]
        return [(t, r) for c in clauses for t, r in known(self.subjects(c))
                if t.pos_ != "PRON" and party(r) not in own]

    def others_act(self, verb: Token, trigger: Sequence[Token], targets: list[Side]) -> list[Side]:
        """The targets of an act aimed at another's act: the doer its object names ("vetoed new EU sanctions
        on Russia", "opposed any Israeli strike on Iran", "condemned the killing of aid workers by Hamas": the
        EU, Israel, Hamas), not whom that act is aimed at or done with ("on Russia", "with X": the other
        act's own side, coded with its own noun); an aim the parser hung on the verb ("vetoed [sanctions]
        [on Russia]") belongs to the noun when the verb's own pattern names no such preposition. Not when
        the object's doer is the verb's own subject ("defended its strikes on X"), nor when the noun is part
        of the trigger ("imposed EU sanctions on X")."""
        view, own = self.found.view(verb.doc), {t.i for t in trigger}
        nouns = [c for c in self._children(verb, ("dobj",))
                 if c.i not in own and self.lex.event_noun(c, view) is not None]
        # the act the trigger's noun or verb is about: "demanded an explanation for a raid by X", "lodged a protest
        # over the detention of its fishermen by X"
        # (not on a verb with an object of its own: "blamed Iran for an attack by the Houthis" is aimed at Iran)
        holders = [t for t in trigger if t.pos_ == "NOUN"]
        if all(o.i in own for o in self._children(verb, ("dobj",))):
            holders.append(verb)
        nouns += [p for n in holders
                  for c in self._children(n, ("prep",)) if c.lower_ in self.words.about_act_prep
                  for p in self._children(c, ("pobj",)) if p.i not in own and self.lex.event_noun(p, view) is not None]
        if not nouns:
            return targets
        from detente.events.context import party  # imports this module: import here, not at the top

        subjects = {party(r) for _, r in known(self.subjects(verb))}
        pattern = self._pattern_preps(verb)
        # (so does a preposition right after the noun: "rejected [X's objection] [to the opening of a port with Y]")
        after = {n.right_edge.i + 1 for n in nouns}
        loose = [c for c in self._children(verb, ("prep",))
                 if (c.lower_ in self.words.aim_prep or c.i in after) and c.lower_ not in pattern]
        by = [a for n in nouns for c in self._children(n, ("prep",)) if c.lower_ == "by"
              for o in self._children(c, ("pobj",)) for a in known(self.actors_at(o))]
        doers = [(t, r) for t, r in [*(a for n in nouns for a in known(self._modifier_doers(n))), *by]
                 if party(r) not in subjects]
        if not doers:
            return targets
        theirs = {t.i for n in nouns for c in self._children(n, ("prep", "acl", "relcl")) for t in c.subtree}
        theirs |= {t.i for c in loose for t in c.subtree}
        kept = [(t, r) for t, r in targets if t.i not in theirs]
        kept += [(t, r) for t, r in by if party(r) not in subjects and all(k.i != t.i for k, _ in kept)]
        return kept if known(kept) else targets

    def answered(self, verb: Token, trigger: Sequence[Token], code: str) -> list[Side]:
        """Whose words an act answers: the author of a statement, appeal, offer, demand, accusation or threat
        (an event noun of verbal cooperation or conflict, 01-05 and 09-13, or any noun of a verbal act's own
        trigger: "denied charges") that is the act's own noun or its object ("rejected accusations by X",
        "denied allegations from X", "rejected X's calls", "accepted the demands of X", "conceded to demands
        from X"), or, for a refusal, what it defies ("refused to resign despite X's request"): named as the
        noun's modifier or after its "by"/"from" (or "of" when an actor stands there); not the doer's own side."""
        view = self.found.view(verb.doc)
        words = (1, 3)  # GDELT's quad classes of verbal cooperation and conflict
        own_nouns = [t for t in trigger[1:] if t.pos_ == "NOUN"]
        nouns = [c for c in self._children(verb, ("dobj",)) if all(c.i != t.i for t in own_nouns)]
        nouns += [o for c in self._children(verb, ("prep",)) if c.lower_ == "to" for o in self._children(c, ("pobj",))]
        if lookup(code).root == REJECT_ROOT:  # "refused to resign despite X's request": the words it defies
            verbs = [verb, *self._children(verb, ("xcomp",))]
            nouns += [o for v in verbs for c in self._children(v, ("prep",)) if c.lower_ in DEFIANCE_PREPS
                      for o in self._children(c, ("pobj",))]
        out: list[Side] = []
        for noun in own_nouns + nouns:
            lemma = self.lex.event_noun(noun, view)
            if lemma is None or lookup(self.lex.nouns[lemma]).quad_class not in words and not (
                    noun in own_nouns and lookup(code).quad_class in words):
                continue
            out += self._modifier_doers(noun)
            # "denied charges [by Kenya]": a "by" the parser hung on the active verb right after its noun
            after = [c for c in self._children(verb, ("prep",)) if c.lower_ == "by" and c.i == noun.right_edge.i + 1
                     and not self._has_child(verb, ("auxpass",))]
            out += [a for c in self._children(noun, ("prep",)) + after if c.lower_ in ("by", "from", "of")
                    for o in self._children(c, ("pobj",))
                    for a in (self.actors_at(o) if c.lower_ == "of" else self.actors_at(o) or self.inner_actors(o))]
        own = {party(r) for _, r in known(self.subjects(verb))}
        return [(t, r) for t, r in known(out) if t.pos_ != "PRON" and party(r) not in own]

    def proposed_with(self, verb: Token, trigger: Sequence[Token]) -> list[Side]:
        """Whom the act an invitation, offer, proposal or request of the trigger proposes is done with or to
        ("accepted an invitation to meet with X", "accepted an invitation to visit X": the to-infinitive on
        the noun, with no subject of its own, and the event noun it carries); not the doer's own side."""
        view = self.found.view(verb.doc)
        acts = [a for t in trigger[1:] if t.pos_ == "NOUN" and self.lex.event_noun(t, view) is not None
                and lookup(self.lex.nouns[self.lex.event_noun(t, view) or ""]).quad_class == 1
                for a in self._children(t, ("acl",)) if a.pos_ in ("VERB", "AUX")
                and any(c.lower_ == "to" for c in self._children(a, ("aux",))) and not self._has_child(a, ("nsubj",))]
        own = {party(r) for _, r in known(self.subjects(verb))}
        named = [p for a in acts
                 for p in known(self.objects(a) + self._noun_targets([a, *self._children(a, ("dobj",))]))]
        return [(t, r) for t, r in named if t.pos_ != "PRON" and party(r) not in own]

    def commented_on(self, verb: Token, trigger: Sequence[Token]) -> list[Side]:
        """Whom an optimistic or pessimistic comment (CAMEO 012, 013) is about when it names no one as its
        object: the subject of its that-clause, on the verb or on the trigger's noun ("was hopeful that the incoming
        cabinet in X would ...": X), or the parties of the act a gerund after an ``about_prep`` names
        ("expressed pessimism over holding talks with X": X); not the speaker's own side."""
        holders = [verb, *(t for t in trigger[1:] if t.pos_ == "NOUN")]
        clauses = [c for h in holders for c in self._children(h, ("ccomp", "acl"))
                   if any(m.lower_ == "that" for m in self._children(c, ("mark",)))]
        named = [a for c in clauses for a in known(self.subjects(c))]
        gerunds = [g for h in holders for p in self._children(h, ("prep",)) if p.lower_ in self.words.about_prep
                   for g in self._children(p, ("pcomp",)) if g.tag_ == "VBG" and not self._has_child(g, ("nsubj",))]
        named += [a for g in gerunds
                  for a in known(self.objects(g) + self._noun_targets([g, *self._children(g, ("dobj",))]))]
        own = {party(r) for _, r in known(self.subjects(verb))}
        return [(t, r) for t, r in named if t.pos_ != "PRON" and party(r) not in own]

    def others_named(self, verb: Token, targets: Sequence[Side]) -> bool:
        """Whether a known target is of another side than the verb's doers ("rejected accusations against
        its navy" names only its own)."""
        # (the doers' parties are those of the verb's subjects, fixed for the doc: worked out once per verb, as
        # ``_verb`` asks up to seven times a verb)
        memo = self._doer_parties
        if memo is None:
            memo = self._doer_parties = {}
        own = memo.get(verb.i)
        if own is None:
            own = memo[verb.i] = {party(r) for _, r in known(self.subjects(verb))}
        return any(party(r) not in own for _, r in known(targets))

    def made_with(self, targets: Sequence[Side]) -> list[Side]:
        """The targets of a protest without the partner of the thing protested: a demonstration against a deal
        made with another country ("marched to protest against the China deal", "against the gas deal with
        Israel") is aimed at those who made it, not at the partner named as a compound on the thing or after
        its "with" ("lodged a protest with China" still targets China)."""
        def partner(token: Token) -> bool:
            noun = token.head if token.dep_ == "compound" else token.head.head if token.head.lower_ == "with" \
                and token.dep_ == "pobj" else None
            return noun is not None and noun.pos_ == "NOUN" and noun.i not in self.found.by_token \
                and noun.dep_ == "pobj" and noun.head.lower_ == "against"  # the thing protested, not the protest
        return [(t, r) for t, r in targets if not (r.kind == "country" and partner(t))]

    def _envoy_post(self, verb: Token, obj: Token) -> list[Side]:
        """The state an envoy of the doer's own is posted in, as the "in" on the envoy or on the verb names it
        (``envoy_noun`` in words.tsv, owned by a possessive pronoun that stands for the verb's doer: "recalled its
        ambassador in Lima", "withdrew their top diplomat in Accra"): the host the act is aimed at, as "recalled its
        ambassador from Lima" is; not another's mission ("police stormed its embassy in Quito")."""
        if obj.lemma_.lower() not in self.words.envoy_noun:
            return []  # (the cheap test first: most objects are no envoy)
        owners = {party(r) for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON"
                  for _, r in known(self.actors_at(c))}
        if not owners \
                or not owners <= {party(r) for _, r in known(self.subjects(verb))}:
            return []  # "stormed its embassy in Quito": another's mission, where it was stormed
        out: list[Side] = []
        for prep in self._children(obj, ("prep",)) + self._children(verb, ("prep",)):
            for pobj in self._children(prep, ("pobj",)) if prep.lower_ == "in" else ():
                place = self.found.places.get(pobj.i)  # "in Lima": a capital or city read as a place
                host = self.ground.country(place[1], "GOV") if place is not None and place[1] else None
                out.extend([(pobj, host)] if host is not None else [
                    (t, r) for t, r in self.actors_at(pobj)
                    if r.kind == "country" or (r.kind == "sector" and r.sector == "GOV")])
        return out

    def _mission_hosts(self, noun: Token) -> list[Side]:
        """The countries a body's presence somewhere is in, when an act goes to it: "the UN's peacekeeping mission in
        South Sudan", "the NATO-led force in Afghanistan" (a noun no actor stands for, with a body named on it and
        "in" a country after it); the body is the framework of the act, the country where it goes."""
        if self.actors_at(noun) or not any(r.kind not in ("country", "unresolved")
                                           for c in self._children(noun, ("compound", "amod", "nmod"))
                                           for _, r in self.actors_at(c) or self.inner_actors(c, loose=True)):
            return []
        return [(pobj, r) for prep in self._children(noun, ("prep",)) if prep.lower_ == "in"
                for pobj in self._children(prep, ("pobj",)) for t, r in self.actors_at(pobj) if r.kind == "country"]

    def _noun_targets(self, trigger: Sequence[Token]) -> list[Side]:
        """Targets attached to the event noun of a light-verb trigger: "held talks with X"; not to a noun that is
        an actor whose own country it names ("summoned Russia's ambassador to Israel": the envoy's post is no
        target, as it is when the envoy is the doer's own: "recalled its ambassador from X"); nor where people
        a removal sends them ("expelled 135 prisoners to Guatemala", ``removal_verb`` in words.tsv)."""
        out: list[Side] = []
        removal = bool(trigger) and trigger[0].lemma_.lower() in self.words.removal_verb
        for noun in trigger[1:]:
            if noun.i in self.found.by_token and any(c.i in self.found.by_token and c.pos_ != "PRON"
                                                     for c in self._children(noun, ("poss", "amod", "compound"))):
                continue  # "summoned Russia's ambassador to Israel": another's envoy; "to X" is its post
            out.extend(self._aimed_by_participle(noun))
            for child in self._children(noun, ("prep",)):
                if removal and child.lower_ in self.words.destination_prep:
                    continue  # "expelled 135 prisoners to Guatemala": where they were sent
                if child.lower_ in self.words.target_prep:
                    loose = child.lower_ in self.words.aim_prep
                    for pobj in self._children(child, ("pobj",)):  # "imposed tariffs on its steel": the actor inside
                        if pobj.lemma_.lower() not in self.words.principal_noun:  # "on behalf of X": for whom
                            out.extend(self.actors_at(pobj) or self._inside(pobj, loose))
                    out.extend(self._gerund_parties(child))
        return out

    def _gerund_parties(self, prep: Token) -> list[Side]:
        """The party a gerund after an ``about_prep`` (words.tsv) of an act's noun names as the act's other side: the
        body joined or left ("talks on joining the EU", a ``membership_verb`` of words.tsv) or whom a tie is made with
        ("talks on restoring relations with Iran"); not what the gerund is merely about ("talks on recognising
        Kosovo", "on sending troops to X")."""
        out: list[Side] = []
        if prep.lower_ not in self.words.about_prep:  # "barred from trading with X": no complement it is about
            return out
        for gerund in self._children(prep, ("pcomp",)):
            if gerund.tag_ != "VBG":
                continue
            if gerund.lemma_.lower() in self.words.membership_verb:
                out.extend(a for o in self._children(gerund, ("dobj",)) for a in self.actors_at(o))
            holders = [gerund, *self._children(gerund, ("dobj",))]  # "restoring relations with Iran"
            out.extend(a for h in holders for c in self._children(h, ("prep",)) if c.lower_ == "with"
                       for o in self._children(c, ("pobj",)) for a in self.actors_at(o))
        return out


def _named_by(token: Token, verb: Token) -> bool:
    """Whether ``token`` names whom ``verb`` itself is done to: its object or prepositional object ("with
    Turkey", "raised the case with X"), or a name on one ("his Sudanese counterpart"); not an owner
    ("their citizenship") nor an actor deeper in a phrase ("linked it to the disbanding of Lebanese militias")."""
    def governed(t: Token) -> bool:
        prep = t.head if t.head.dep_ == "prep" else None
        return t.head.i == verb.i or (prep is not None and (prep.head.i == verb.i or prep.head.head.i == verb.i
                                                            and prep.head.dep_ == "dobj"))
    return governed(token) or (token.dep_ in ("compound", "amod", "conj", "appos") and governed(token.head))


def _participle_object(obj: Token) -> bool:
    """Whether an object is the parser's reading of a participle clause after a comma as an adjective
    on a second object ("signed a pact with Beijing, alarming Canberra and Washington": "alarming" an
    ``amod`` of "Canberra", "Canberra" an object of "signed"); the clause's object is no target of the act."""
    doc, verb = obj.doc, obj.head
    return obj.i > verb.i and any(
        c.dep_ == "amod" and c.tag_ == "VBG" and c.i == obj.left_edge.i and c.i > 0 and doc[c.i - 1].text == ","
        for c in obj.children) and any(o.dep_ == "dobj" and o.i < obj.i for o in verb.children)


def _relative_of_complement(verb: Token, obj: Token) -> bool:
    """Whether an object is a relative word ("whom", "which", "who") that the parser hung on a relative clause's
    verb beside a second object of its own after the verb ("the rebels, whom Kinshasa accuses Kigali of arming":
    "whom" and "Kigali" both objects of "accuses", or "whom" read as a dative); the relative word is what the clause's
    complement ("of arming") is done to, not whom the verb itself is done to, and the second object is (session 49)."""
    return obj.tag_ in ("WDT", "WP") and obj.i < verb.i and verb.dep_ == "relcl" and any(
        o.dep_ == "dobj" and o.i > verb.i and o.tag_ not in ("WDT", "WP") for o in verb.children)


def ground_noun(noun: Token, words: Words) -> bool:
    """Whether ``noun`` names ground, sea or air or a place ("into Ruritanian territory", "the Freedonian prefecture
    of X": words.tsv ``territory_noun``, ``place_noun``): where an act went, whoever's it is, not whom a demonym before
    it makes the act's target (:meth:`ParticipantRules._demonym_object` after a preposition, and its explanation)."""
    lemma = noun.lemma_.lower()
    return lemma in words.territory_noun or lemma in words.place_noun


def premodifier_of(token: Token, noun: Token, words: Words) -> bool:
    """Whether ``token`` modifies ``noun`` through adjectives and nouns before it only ("two Ruritanian Su-30 jets":
    "Ruritanian" on "Su-30" on "jets"), or an owner participle ("Ruritanian-flagged", words.tsv
    ``owner_participle``), not through a preposition, a clause or another participle ("a Ruritanian-led
    coalition")."""
    while token.i != noun.i:
        if token.dep_ not in ("amod", "compound", "nmod", "npadvmod") or token.head.i <= token.i:
            return False
        token = token.head
        if token.i != noun.i and token.tag_.startswith("VB") and token.lemma_.lower() not in words.owner_participle \
                and token.lower_ not in words.owner_participle:
            return False
    return True


def demonym_object_from(token: Token, ref: ActorRef, found: DocActors, lexicon: Lexicon) -> str | None:
    """For ``--explain``: the rule, when a target at ``token`` (an object, or the object of a preposition of
    ``demonym_object_prep``, the resolver gave no actor) is the country a name or demonym among its premodifiers
    names as only :meth:`ParticipantRules._demonym_object` reads it: not ground or a place (the ground rules), not a
    possessive, compound or name on the noun itself nor a demonym on an act's noun or on a thing aimed at
    (:meth:`detente.events.doers.DoerRules.inner_actors` reads those); else none."""
    words = lexicon.words
    prep = token.head if token.dep_ == "pobj" else None
    if token.i in found.by_token or ground_noun(token, words) \
            or (prep.lower_ not in words.demonym_object_prep if prep is not None
                else token.dep_ not in ("dobj", "dative", "nsubjpass", "iobj")):
        return None
    aimed = lexicon.event_noun(token) is not None or (prep is not None and prep.lower_ in words.aim_prep)
    for t in token.subtree:
        if t.i >= token.i:
            break
        if found.by_token.get(t.i) != ref or not premodifier_of(t, token, words):
            continue
        if t.head.i == token.i and (t.dep_ != "amod" or aimed):
            continue  # read by inner_actors too
        return "a name or demonym before the object the act is done to names whose it is (events/participants.py, " \
               "ParticipantRules._demonym_object)"
    return None
