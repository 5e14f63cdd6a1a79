"""Who does an act and to whom, read off the dependency parse: the actors a noun phrase stands for
(following conjunctions and appositions, inside "the sovereignty of the Syrian government", a doer
the knowledge base does not know kept as words) and the roles of a clause (subjects, agents of
passives, controllers of ``xcomp`` chains; objects, prepositional targets, subjects of passives).
A mixin of :class:`detente.events.extract.Extractor`, which holds the doc's lexicon and actors.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from typing import TYPE_CHECKING

from detente.actors.resolve import ActorRef
from detente.actors.sets import party
from detente.events.cameo import lookup
from detente.events.ground import from_context, resolved_via, state_force
from detente.events.phrases import contained
from detente.events.roles import blamed, predicate_of_fragment, shared_patient

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import DocActors
    from detente.events.ground import Side
    from detente.events.lexicon import Lexicon, Words
    from detente.parse_view import ParseView

MOBILIZE_ROOT = 15  # shows of force: "deployed troops", "sent warships"
APPEAL_ROOTS = (2, 10)  # appeals and demands: what a statement "urging" or "demanding" something makes
# what a speaker goes on to do to what it reports: appeal, demand, complain or accuse, threaten
# ("said the ship had entered its waters and summoned the ambassador")
SPEAKER_ROOTS = (2, 10, 11, 13)
AIM_PREPS = ("against", "on", "at", "toward", "towards")  # "strikes on X", "sanctions against X": whom it is aimed at


# prepositions that say what a complaint is about ("complained to the council about X", "over X", "against X")
COMPLAINT_PREPS = frozenset({"about", "over", "against", "regarding", "concerning"})


class ParticipantRules:
    """The actor and clause-role readers of the extractor; the extractor provides the lexicon and actors."""

    lex: Lexicon
    words: Words
    found: DocActors
    _parse: ParseView | None = None  # found.view(doc), kept on first use (one doc per instance)
    _made: dict[int, Token] | None = None  # the Tokens _children made, by index, made once each

    def _code_verb(self, verb: Token) -> tuple[str | None, list[Token], bool]:
        raise NotImplementedError  # the extractor codes verbs

    def _content_nouns(self, verb: Token) -> list[int]:
        raise NotImplementedError  # the extractor finds the event nouns a verb is about

    def _children(self, token: Token, deps: Container[str]) -> list[Token]:
        """The token's children whose dependency label is one of ``deps``, in document order (read off the
        parse view: a ``Token`` is made only for those, once for the doc however often a rule asks)."""
        doc, view, made = token.doc, self._parse, self._made
        if view is None:
            view = self._parse = self.found.view(doc)
        if made is None:
            made = self._made = {}
        dep, out = view.dep, []
        for c in view.children[token.i]:
            if dep[c] in deps:
                child = made.get(c)
                if child is None:
                    child = made[c] = doc[c]
                out.append(child)
        return out

    def _has_child(self, token: Token, deps: Container[str]) -> bool:
        """Whether the token has a child whose dependency label is one of ``deps`` (no ``Token`` made)."""
        view = self._parse
        if view is None:
            view = self._parse = self.found.view(token.doc)
        dep = view.dep
        return any(dep[c] in deps for c in view.children[token.i])

    # -- actors of a token ------------------------------------------------------------------
    def actors_at(self, token: Token, depth: int = 0) -> list[Side]:
        """The actors a noun phrase stands for, following conjunctions and appositions."""
        out: list[Side] = []
        ref = self.found.by_token.get(token.i)
        if ref is not None and token.i not in self.found.groups and self._named_in_apposition(token, ref):
            ref = None  # "the group's leader, Mohamed Hamdan Dagalo": the person named, not the guessed office
        if token.i in self.found.groups:
            out.extend((token, member) for member in self.found.groups[token.i])
        elif ref is not None:
            out.append((token, ref))
        elif token.i in self.found.outlets:
            return []
        for child in self._children(token, ("conj", "appos")):
            if child.dep_ == "conj" or (child.dep_ == "appos" and ref is None):
                members = self.actors_at(child, depth + 1)
                # "Erdogan and his counterpart": a conjunct the knowledge base does not know stays
                out.extend(members or (self.unresolved(child) if out and child.dep_ == "conj" else []))
        return out

    def _named_in_apposition(self, token: Token, ref: ActorRef) -> bool:
        """Whether a noun the resolver gave an actor only as a nominal or from context ("the group's leader")
        has a person named in apposition, who is the one meant."""
        if not resolved_via(self.found, token, ref) & {"nominal", "context"}:
            return False
        return any((r := self.found.by_token.get(c.i)) is not None and r.kind == "person"
                   for c in self._children(token, ("appos",)))

    def unresolved(self, token: Token) -> list[Side]:
        """A doer the knowledge base does not know ("a car bomb", "the committee"): kept with its
        words and no actor, so the act is still coded."""
        view, i = self.found.view(token.doc), token.i
        if view.pos[i] == "PRON" and view.lower[i] in ("it", "they", "he", "she", "we", "i"):
            pass  # a pronoun whose antecedent the knowledge base does not know
        elif view.pos[i] not in ("NOUN", "PROPN") or i in self.found.outlets \
                or view.ent_type[i] in self.words.not_actor_entity:
            return []
        if contained(token, self.words).lemma_.lower() in self.lex.nouns \
                or view.lemma[i] in self.lex.cues.get("natural", ()):
            return []  # an act ("the meeting", "a round of talks") is no doer or target, nor is a fire or a flood
        text = view.text[view.idx[token.left_edge.i]:view.end[i]]  # doc[left edge:i + 1].text
        return [(token, ActorRef(key=f"?{token.i}", name=text, code=None, country=None, sector=None,
                                 kind="unresolved"))]

    def inner_actors(self, token: Token, loose: bool = False, depth: int = 0, aimed: bool = False) -> list[Side]:
        """Actors inside a non-actor noun: "the sovereignty of the Syrian government", "Russian
        mediation"; ``loose`` also takes demonyms ("against American interests"); ``aimed`` (a thing an
        act is done with or to) also whom it goes to ("pledged allegiance to X", "curbs on exports to X")."""
        found = self.actors_at(token)
        if found or depth > 2 or token.lemma_.lower() in self.words.occasion_noun:
            return found  # "on the sidelines of a NATO summit": the occasion, no party inside
        out: list[Side] = []
        event_noun = token.lemma_.lower() in self.lex.nouns
        related = token.lemma_.lower() in self.words.relation_noun  # "Kyiv's partners" are not Kyiv
        topic = token.lemma_.lower() in self.words.topic_noun
        for child in self._children(token, ("poss", "compound", "amod", "prep", "acl")):
            if topic and child.dep_ == "compound" and self._country_name(child):
                continue  # "blocked a Sudan resolution", "the one-China principle": what it is about, no party
            if child.dep_ in ("poss", "compound") and not (related and child.dep_ == "poss") \
                    or (child.dep_ == "amod" and (event_noun or loose or related)):
                if child.i in self.found.by_token:
                    out.extend(self.actors_at(child))
                elif child.dep_ == "compound" and not (topic or event_noun):
                    # stacked nouns naming a thing: "an RSF supply line", "a Hezbollah weapons depot": the owner
                    # named before the noun that modifies the head (not in an act's noun: "EU accession talks")
                    out.extend(a for word in self._children(child, ("compound",))
                               if word.i in self.found.by_token for a in self.actors_at(word))
                elif loose and child.dep_ == "amod" and child.lemma_.lower() in self.words.owner_participle:
                    # "a ban on Israel-linked shipping", "seized a Liberian-flagged tanker": the country before
                    # the participle is whose the thing is
                    out.extend(a for word in self._children(child, ("npadvmod", "compound", "amod"))
                               if word.i in self.found.by_token for a in self.actors_at(word))
            elif child.dep_ == "prep" and child.lower_ in ("in", "of") and not event_noun:
                # "25 million euros in humanitarian aid for Sudan"
                for pobj in self._children(child, ("pobj",)):
                    if pobj.lemma_.lower() in self.lex.nouns:
                        out.extend(self.inner_actors(pobj, depth=depth + 1, aimed=aimed))
            if child.dep_ == "prep" and (child.lower_ in self.words.inner_prep
                                         or (event_noun and child.lower_ in ("on", "against", "to", "toward", "for"))):
                for pobj in self._children(child, ("pobj",)):
                    loose = event_noun and child.lower_ in ("on", "against")
                    out.extend(self.actors_at(pobj) or self.inner_actors(pobj, loose=loose, depth=depth + 1,
                                                                         aimed=aimed))
            elif aimed and child.dep_ == "prep" and child.lower_ == "to" and not event_noun and not related:
                # the thing goes to X: "pledged allegiance to X", "controls on exports of chemicals to X"
                out.extend(a for pobj in self._children(child, ("pobj",)) if not self._is_place(pobj, child)
                           for a in self.actors_at(pobj))
            elif child.dep_ in ("prep", "acl") and child.lemma_ in ("include", "including"):
                for pobj in self._children(child, ("pobj", "dobj")):
                    out.extend(self.actors_at(pobj))
        return out

    def _aimed_by_participle(self, noun: Token) -> list[Side]:
        """The target a participle after an act's noun names: "tariffs targeting Chinese electric
        vehicles", "measures aimed at Japanese seafood" (``aiming_verb`` in words.tsv); the victims of a
        participle of harm whose country the text gives ("strikes killing 30 Palestinians", ``victim_verb``)."""
        out: list[Side] = []
        for acl in (c for c in self._children(noun, ("acl",)) if c.lemma_.lower() in self.words.victim_verb):
            # "air strikes killed 30 Palestinians": whose the victims are, when the text says so
            out.extend((t, r) for c in self._children(acl, ("dobj",)) for t, r in self.actors_at(c)
                       if not from_context(self.found, t, r))
        for acl in (c for c in self._children(noun, ("acl",)) if c.lemma_.lower() in self.words.aiming_verb):
            for child in self._children(acl, ("dobj", "prep")):
                if child.dep_ == "dobj":
                    out.extend(self.actors_at(child) or self._inside(child, True))
                elif child.dep_ == "prep" and child.lower_ in ("at", "against", "on", "toward", "towards"):
                    for pobj in self._children(child, ("pobj",)):
                        out.extend(self.actors_at(pobj) or self._inside(pobj, True))
        return out

    def _inside(self, noun: Token, loose: bool) -> list[Side]:
        """The actors inside a thing an act is aimed at ("Ukrainian energy facilities", "its steel"),
        each standing with the whole phrase that names the thing."""
        return [(noun, ref) for _, ref in self.inner_actors(noun, loose=loose, aimed=True)]

    def _modifier_doers(self, noun: Token) -> list[Side]:
        """The doer an event noun names as its modifier: "a Freedonian air strike", "Ruritania's
        shelling", "Israeli fire" (never the noun's target, "strikes on Ruritania")."""
        if self.lex.event_noun(noun, self.found.view(noun.doc)) is None \
                and noun.lemma_.lower() not in self.words.fire_noun:
            return []
        return [a for child in self._children(noun, ("amod", "compound", "poss", "nmod"))
                if child.i in self.found.by_token for a in self.actors_at(child)] or self._blamed(noun)

    # -- clause roles -----------------------------------------------------------------------
    def subjects(self, verb: Token, depth: int = 0) -> list[Side]:
        """Who does ``verb``: its subject, a passive's agent, or a controller up the chain."""
        if depth > 6:
            return []
        for child in self._children(verb, ("nsubj", "csubj", "agent")):
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                    # the noun the resolver bound the relative word to (a place is skipped by "who")
                    bound = verb.doc[self.found.antecedents.get(child.i, verb.head.i)]
                    return self.actors_at(bound) or self.unresolved(bound)
                return [a for doer in (child, *self._split_subjects(verb, child))
                        for a in self.actors_at(doer) or self.inner_actors(doer) or self._authors(doer)
                        or self._blamed(doer) or self.unresolved(doer)]
            if child.dep_ == "agent":
                return [a for pobj in self._children(child, ("pobj",))
                        for a in self.actors_at(pobj) or self._modifier_doers(pobj) or self.unresolved(pobj)]
        if verb.lemma_.lower() in self.words.raising_verb and self._has_child(verb, ("xcomp",)):
            raised = self._raised(verb)  # "X is expected to visit Y", coded as one intention with "expected"
            if raised:
                return raised
        if self._has_child(verb, ("nsubjpass",)) or shared_patient(verb) is not None:
            # "nine people were killed in a Freedonian air strike": the doer is named only as a
            # modifier of the event noun the passive act happened in; "X tried ... and was arrested":
            # the subject X shares with the verb before underwent the act, it did not do it
            return [a for prep in self._children(verb, ("prep",)) if prep.lower_ in ("in", "during")
                    for pobj in self._children(prep, ("pobj",)) for a in self._modifier_doers(pobj)] \
                or self._passive_own_doers(verb)
        head = verb.head
        if head.i == verb.i:
            return []
        if blamed(verb, self.words) is not None:  # "said X was to blame": whoever says so
            return self.subjects(head.head, depth + 1) if head.dep_ == "ccomp" else []
        if verb.dep_ == "xcomp":
            if head.lemma_.lower() in self.words.object_control_verb:
                for child in self._children(head, ("dobj",)):
                    return self.actors_at(child)
            if head.lemma_.lower() in self.words.raising_verb:
                # "Prime Minister X is expected to visit Y", "X is said to have sent troops": the passive's
                # subject does the act its complement names
                raised = self._raised(head)
                if raised:
                    return raised
            return self.subjects(head, depth + 1)
        if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.tag_ == "VB":
            # "urging X to respect the right to protest and calling on Y": a participle the parser
            # joined to an infinitive is the conjunct of the participle above it, done by its doer
            participle = next((t for t in (head.head, head.head.head, head.head.head.head) if t.tag_ == "VBG"), None)
            if participle is not None:
                return self.subjects(participle, depth + 1)
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VB" and head.dep_ == "xcomp":
            # "urged both governments to exercise restraint and offered to host talks": a finite verb the
            # parser joined to an infinitive is no part of it; it is done by the subject of the clause
            # above the infinitive, not by whoever was urged
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "xcomp" and verb.i > 0 \
                and verb.doc[verb.i - 1].text == "," and head.head.lemma_.lower() in self.words.object_control_verb:
            # "ordered the ambassador to leave, accusing Paris of ...": a participle after a comma that the parser
            # hung on the infinitive the object does is said by the subject of the clause above, not the object
            return self.subjects(head.head, depth + 1)
        saying = self._said_and_did(verb)
        speakers = known(self.subjects(saying, depth + 1)) if saying is not None else []
        if speakers:
            return speakers
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not self._has_child(verb, ("auxpass",)):
            # "it was alarmed by the escalation and called for a ceasefire": an active conjunct shares the
            # passive's subject, not its agent
            shared = [a for s in self._children(head, ("nsubjpass",)) for a in self.actors_at(s) or self.unresolved(s)]
            if shared:
                return shared
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in self.words.speech_verb:
            # "the ministry said the attacks violated international law and demanded that X stop": a word act the
            # parser joined to the reported clause, whose subject is a thing (no actor), is the speaker's
            inherited = self.subjects(head, depth + 1)
            things = self._children(head, ("nsubj", "nsubjpass"))
            own = self._code_verb(verb)[0] if things and not known(inherited) else None
            if own is not None and lookup(own).quad_class not in (2, 4) \
                    and all(t.pos_ == "NOUN" and t.i not in self.found.by_token for t in things):
                speaker = known(self.subjects(head.head, depth + 1))
                if speaker:
                    return speaker
            return inherited
        if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth + 1)
        if verb.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth + 1)  # "Iraq is due to sign": up through the copula
        if verb.dep_ == "pcomp" and head.lower_ in ("for", "of") and head.head.pos_ == "VERB":
            # "condemned Freedonia's navy for firing flares", "accused Kigali of backing the rebels":
            # the one condemned or accused does the act
            accused = [a for c in self._children(head.head, ("dobj",)) for a in self.actors_at(c)]
            if accused:
                return accused
        if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in self.words.quote_verb:
            # "state media quoted the president as accusing Japan": the one quoted does it, not the media
            quoted = [a for c in self._children(head.head, ("dobj",)) for a in self.actors_at(c) or self.unresolved(c)]
            if quoted:
                return quoted
        if verb.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head, depth + 1)  # "helped Africa by donating supplies"
        if verb.dep_ == "relcl":
            return self.actors_at(head)
        if verb.dep_ == "acl" and (verb.tag_ == "VBG" or predicate_of_fragment(verb)):
            # "issued a statement urging ...": an appeal or demand is made by whoever issued the statement
            noun, own = self.lex.event_noun(head, self.found.view(head.doc)), self._code_verb(verb)[0]
            issued = head.dep_ == "dobj" and head.head.pos_ == "VERB" and noun is not None \
                and lookup(self.lex.nouns[noun]).is_speech and own is not None and lookup(own).root in APPEAL_ROOTS
            # "sent a letter to the Secretary-General accusing X": a document that says a word act (any
            # quad class but the material ones) says it for whoever sent or issued it
            sent = head.dep_ == "dobj" and head.head.lemma_.lower() in self.words.issue_verb and own is not None \
                and head.lemma_.lower() in self.words.authored_noun and lookup(own).quad_class not in (2, 4)
            return self.actors_at(head) or (self.subjects(head.head, depth + 1) if issued or sent else [])
        return []

    def _said_and_did(self, verb: Token) -> Token | None:
        """The speech verb whose subject does ``verb``, a past-tense conjunct the parser joined to a verb of
        the reported clause ("Lima said the ship had entered its waters and summoned the ambassador",
        "Hanoi said the boats were fishing where the zones overlap and demanded ..."): the conjunct has no
        subject or auxiliary of its own and a tense the verb it hangs on cannot share with it (that verb has
        an auxiliary or is not in the simple past), so it goes with the past-tense "said" above; else None.
        Only what a speaker goes on to do to what it reports (``SPEAKER_ROOTS``): after a perfect the
        conjunct may share its "had" ("said the troops had crossed the border and fired": the troops)."""
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.pos_ not in ("VERB", "AUX") \
                or self._has_child(verb, ("nsubj", "nsubjpass", "aux", "auxpass")):
            return None
        auxiliaries = self._children(head, ("aux", "auxpass"))
        if head.tag_ == "VBD" and not auxiliaries:
            return None  # "said the ship entered its waters and damaged nets": the ship may do both
        code = self._code_verb(verb)[0]
        if code is None or lookup(code).root not in SPEAKER_ROOTS:
            return None
        clause = head
        for _ in range(4):  # up through a relative or adverbial clause inside the reported one
            if clause.dep_ == "ccomp":
                saying = clause.head
                if saying.tag_ == "VBD" and saying.lemma_.lower() in self.words.speech_verb \
                        and self._has_child(saying, ("nsubj",)):
                    return saying
                return None
            if clause.dep_ not in ("relcl", "advcl", "pobj", "prep") or clause.head.i == clause.i:
                return None
            clause = clause.head
        return None

    def _raised(self, verb: Token) -> list[Side]:
        """The subject of a raising passive (``raising_verb``: "X is expected to ..."), who does its complement."""
        return [a for s in self._children(verb, ("nsubjpass",)) for a in self.actors_at(s) or self.unresolved(s)]

    def _passive_own_doers(self, verb: Token) -> list[Side]:
        """The doer a passive with no agent names in its subject: the owner of the act a light verb carries
        ("the EU's sanctions on Belarus were extended": the EU, not a target of the extension), or forces
        a show of force moves ("Nigerian troops were deployed to Benin": Nigeria deployed them)."""
        subjects = self._children(verb, ("nsubjpass",))
        if not subjects:
            return []
        view = self.found.view(verb.doc)
        if verb.lemma_.lower() in self.lex.light_verbs:
            return [a for s in subjects if self.lex.event_noun(s, view) is not None
                    for a in known(self._modifier_doers(s))]
        code = self._code_verb(verb)[0]
        if code is not None and lookup(code).root == MOBILIZE_ROOT:
            forces = [a for s in subjects for a in known(self.actors_at(s))]
            return forces if forces and all(state_force(r) for _, r in forces) else []
        return []

    def _blamed(self, noun: Token) -> list[Side]:
        """Whom an act's noun is blamed on (``blamed_participle`` in words.tsv): "drone strikes blamed on the
        paramilitaries hit the port", "an attack attributed to Islamic State killed 12 soldiers"."""
        return known([a for acl in self._children(noun, ("acl",)) if acl.lemma_.lower() in self.words.blamed_participle
                      for prep in self._children(acl, ("prep", "agent")) if prep.lower_ in ("on", "to", "by")
                      for pobj in self._children(prep, ("pobj",)) for a in self.actors_at(pobj)])

    def _authors(self, doer: Token) -> list[Side]:
        """Whom a document that is a verb's subject speaks for: the known actors of its "by" phrase ("a report
        by U.N. experts accused X": the UN; ``authored_noun``)."""
        if doer.lemma_.lower() not in self.words.authored_noun:
            return []
        return known([a for prep in self._children(doer, ("prep",)) if prep.lower_ == "by"
                      for pobj in self._children(prep, ("pobj",)) for a in self.inner_actors(pobj)])

    def _split_subjects(self, verb: Token, first: Token) -> list[Token]:
        """The later subjects of a coordination the parser split ("Lee Jae-myung and Japanese Prime
        Minister Sanae Takaichi met": two ``nsubj`` of "met", the first with the "and" and no conjunct)."""
        if first.dep_ != "nsubj" or not self._has_child(first, ("cc",)) or self._has_child(first, ("conj",)):
            return []
        return [c for c in self._children(verb, ("nsubj",)) if c.i > first.i]

    def objects(self, verb: Token) -> list[Side]:
        """Whom ``verb`` is done to: objects, prepositional targets, a passive's subject."""
        out: list[Side] = []
        aimed = verb.lemma_.lower() in self.words.aim_verb and any(
            c.lower_ in ("at", "on", "upon", "into", "toward", "towards") for c in self._children(verb, ("prep",)))
        partner = self._partner_preps(verb)
        named_object = any(known(self.actors_at(c)) for c in self._children(verb, ("dobj",)))
        removal = verb.lemma_.lower() in self.words.removal_verb and self._has_child(verb, ("dobj",))
        receiver = not removal and any(known(self.actors_at(o)) for c in self._children(verb, ("prep", "dative"))
                                       if c.lower_ == "to" for o in self._children(c, ("pobj",)))
        headed = any(c.lower_ in self.words.destination_prep or c.lower_ in AIM_PREPS
                     for c in self._children(verb, ("prep",)))  # "from X" with a way it went is where it came from
        for child in self._children(verb, ("dobj", "dative", "nsubjpass", "iobj", "prep", "prt")):
            if child.dep_ == "prep" and child.lower_ in partner:
                # "fought alongside the army" (verbs.tsv "fight alongside"): whom the act is done with
                for pobj in self._children(child, ("pobj",)):
                    out.extend(self.actors_at(pobj) or self.inner_actors(pobj))
            elif partner and child.dep_ == "prep" and child.lower_ == "against":
                continue  # "fought alongside X against the militants": whom both fight, not the partner
            elif child.dep_ == "dobj" and aimed:
                continue  # "fired rockets at X", "launched drones on Y": the object is the instrument, no target
            elif child.dep_ == "dobj" and _participle_object(child):
                continue  # "signed a pact with X, alarming Y": Y is what the participle did, not the act's target
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "granted asylum to the opposition leader"
                for pobj in self._children(child, ("pobj",)):
                    out.extend(self.actors_at(pobj) or self.inner_actors(pobj) or self.unresolved(pobj))
            elif child.dep_ == "dobj" and receiver and not self.actors_at(child):
                # "handed over 12 Islamic State suspects to Syria": what is given to a named receiver; whose it is
                # is no side of the giving
                out.extend(self.unresolved(child))
            elif child.dep_ in ("dobj", "dative", "nsubjpass", "iobj"):
                # an actor inside the object ("the sovereignty of the Syrian government"); an object
                # no actor is named in is kept as words
                out.extend(self.actors_at(child) or self.inner_actors(child, aimed=child.dep_ == "dobj" and not removal)
                           or self.unresolved(child))
            elif child.dep_ == "prep" and child.lower_ == "at" and (verb.lemma_.lower() in self.words.aim_verb
                                                                   or "at" in self._pattern_preps(verb)):
                # "fired flares at its trawlers"; the verb's own pattern names "at": "lashed out at X", "balked at X"
                for pobj in self._children(child, ("pobj",)):
                    out.extend(self.actors_at(pobj) or self._inside(pobj, True))
            elif child.dep_ in ("prep", "prt") and child.lower_ in self.words.target_prep:
                if child.lower_ == "with" and any(self.actors_at(c) for c in self._children(verb, ("dobj",))):
                    continue  # "supplied Moscow with troops": after an actor as object, what was given or used
                if removal and child.lower_ in self.words.destination_prep:
                    continue  # "expelled 135 prisoners to Guatemala": where they were sent, not whom it was done to
                if child.lower_ == "from" and headed:
                    continue  # "fired a missile from Yemen toward Israel": where it came from, not whom it hit
                for pobj in self._children(child, ("pobj",)):
                    if self._names_where(pobj, child) or pobj.lemma_.lower() in self.words.principal_noun \
                            or pobj.lemma_.lower() in self.words.occasion_noun:
                        # "met on the island of X": where the act was; "met X on behalf of Y": for whom; "on the
                        # anniversary of X's invasion of Y": when
                        continue
                    if pobj.lemma_.lower() in self.lex.nouns and pobj.i not in self.found.by_token and (
                            child.lower_ in self.words.reason_prep or (child.lower_ == "for" and named_object)):
                        # "expelled diplomats over the killing of X", "thanked Qatar for its mediation with X",
                        # "blamed Iran for the attack on X": X is the other act's side
                        continue
                    if not self._is_place(pobj, child):
                        loose = child.lower_ in AIM_PREPS
                        out.extend(self.actors_at(pobj) or self.inner_actors(pobj, loose=loose))
                    elif child.lower_ in ("to", "into") and pobj.i in self.found.place_refs:
                        out.append((pobj, self.found.place_refs[pobj.i]))  # "delivered aid to Geneina"
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not predicate_of_fragment(verb):
            out.extend(self.actors_at(verb.head))
        out.extend(self._relative_object(verb))
        blame = blamed(verb, self.words)  # "X was to blame": X is the target
        out.extend(self.actors_at(blame) if blame is not None else [])
        patient = shared_patient(verb)  # "Castillo tried to dissolve Congress and was arrested"
        return out + (self.actors_at(patient) or self.unresolved(patient) if patient is not None else [])

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
                or ("dobj" in deps and view.tag[deps["dobj"]] not in ("WDT", "WP")):
            return []  # "the city where it struck", "the day it attacked X": no object left out
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
        an owner ("stripped them of their citizenship") is no one the act is done to."""
        own = {t.i for t in trigger}  # "lodged a protest": the act's own noun is no other act
        aimed = self._children(verb, ("dobj", "dative", "iobj")) + [
            o for c in self._children(verb, ("prep",)) if c.lower_ in self.words.target_prep
            for o in self._children(c, ("pobj",))]
        if self._has_child(verb, ("auxpass", "nsubjpass")) or set(self._content_nouns(verb)) - own \
                or not (aimed or self._has_child(verb, ("xcomp",))):
            return []
        if any(o.lemma_.lower() in self.words.relation_noun for o in aimed):
            return []  # "called on Kyiv's partners ... and urged the United States": other parties than its conjunct's
        pairs = [verb.head] if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not self._has_child(verb, ("nsubj", "csubj")) and not self._has_child(verb.head, ("auxpass",)) else []
        pairs += [c for c in self._children(verb, ("conj",)) if c.pos_ in ("VERB", "AUX")
                  and not self._has_child(c, ("nsubj", "csubj", "nsubjpass", "auxpass"))]
        return [(t, r) for other in pairs for t, r in known(self.objects(other)) if _named_by(t, other)]

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
        view, partners = self.found.view(verb.doc), self.words.partner_prep
        # a pattern's particles are words of the verb's children or grandchildren (Lexicon.match_verb):
        # with no partner word among them, no pattern can name one, and the verb is not matched again
        near = list(view.children[verb.i])
        near += [g for c in near for g in view.children[c]]
        if not self._has_child(verb, ("prep",)) or not any(view.lower[c] in partners or view.lemma[c] in partners
                                                           for c in near):
            return frozenset()
        pattern = self.lex.match_verb(verb, view)
        return frozenset(pattern.particles) & self.words.partner_prep if pattern is not None else frozenset()

    def _country_name(self, token: Token) -> bool:
        """Whether a token names a country itself (not its government, a body or a person)."""
        ref = self.found.by_token.get(token.i)
        return ref is not None and ref.kind == "country"

    def _names_where(self, pobj: Token, prep: Token) -> bool:
        """Whether a place noun after a preposition of place ("on the island of X", "in the Gulf of X",
        ``place_noun`` and ``place_prep`` in words.tsv) names where an act was; after a preposition of
        destination it may still be whom the act went to ("sold arms to the Taiwan region")."""
        return pobj.lemma_.lower() in self.words.place_noun and prep.lower_ in self.words.place_prep \
            and prep.lower_ not in self.words.destination_prep and pobj.i not in self.found.by_token

    def _is_place(self, pobj: Token, prep: Token) -> bool:
        return pobj.i in self.found.places and pobj.i not in self.found.by_token

    def complained_of(self, verb: Token, targets: Sequence[Side], sources: Sequence[Side]) -> tuple[Side, ...]:
        """A complaint made to an international body is aimed at whom it is about, not at the body: "complained
        to the Security Council about Israeli air strikes" (Israel), "protested to the OAS over Guyana's oil
        licensing" (Guyana). The body, reached by "to" or "with" on the verb or its object ("lodged a
        complaint with the UN"), gives way when an "about"/"over"/"against" phrase there names another party
        (itself, as an act's doer or as an owner); otherwise the targets stay as they are."""
        bodies = [(t, r) for t, r in targets if r.sector == "IGO" and t.dep_ == "pobj"
                  and t.head.lower_ in ("to", "with")]
        if not bodies or len(bodies) != len(known(targets)):
            return tuple(targets)
        own = {ref.country or ref.key for _, ref in sources}
        holders = [verb, *self._children(verb, ("dobj",)), *(t for t, _ in bodies)]  # "to the OAS over X"
        about = [o for h in holders for c in self._children(h, ("prep",)) if c.lower_ in COMPLAINT_PREPS
                 for o in self._children(c, ("pobj",))]
        named = [(t, r) for o in about for t, r in (self.actors_at(o) or self._modifier_doers(o)
                                                     or self.inner_actors(o, loose=True))
                 if r.kind != "unresolved" and (r.country or r.key) not in own]
        if not named:
            return tuple(targets)
        return tuple((t, r) for t, r in targets if (t, r) not in bodies) + tuple(named)

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
        """Whom a refusal of a thing is aimed at when the thing's relative clause names them: "would not
        accept any arrangement that put X on an equal footing", "refused to attend any meeting at which X
        is present" (the known parties of the clause on the object, of the verb or its complement), not
        the refuser's own side."""
        from detente.events.context import party  # imports this module: import here, not at the top

        own = {party(r) for _, r in known(self.subjects(verb))}
        verbs = [verb, *(c for c in self._children(verb, ("xcomp",)) if c.pos_ in ("VERB", "AUX"))]
        clauses = [r for v in verbs for o in self._children(v, ("dobj",)) for r in self._children(o, ("relcl",))]
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
        if not nouns:
            return targets
        from detente.events.context import party  # imports this module: import here, not at the top

        subjects = {party(r) for _, r in known(self.subjects(verb))}
        pattern = self._pattern_preps(verb)
        loose = [c for c in self._children(verb, ("prep",)) if c.lower_ in AIM_PREPS and c.lower_ not in pattern]
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
                    loose = child.lower_ in AIM_PREPS
                    for pobj in self._children(child, ("pobj",)):  # "imposed tariffs on its steel": the actor inside
                        if pobj.lemma_.lower() not in self.words.principal_noun:  # "on behalf of X": for whom
                            out.extend(self.actors_at(pobj) or self._inside(pobj, loose))
        return out


def known(pairs: Iterable[Side]) -> list[Side]:
    """The participants the knowledge base resolved."""
    return [(t, r) for t, r in pairs if r.kind != "unresolved"]


def unique(pairs: Iterable[Side]) -> list[Side]:
    """The participants, each actor once (the first of its mentions)."""
    seen: set[str] = set()
    out = []
    for token, ref in pairs:
        if ref.key not in seen:
            seen.add(ref.key)
            out.append((token, ref))
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
