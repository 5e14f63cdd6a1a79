"""Who does an act, read off the dependency parse: the actors a noun phrase stands for (following
conjunctions and appositions, inside "the sovereignty of the Syrian government", a doer the knowledge base
does not know kept as words) and the doers of a clause (subjects, agents of passives, controllers of
``xcomp`` chains, the speaker of a word act joined to what it reports, the possessor of a ``decision_noun`` whose
"to"-infinitive names the act: "China's decision to suspend imports"; the people a number word heads as a
subject, "Dozens of truck drivers", which the parser makes the head and the entity recogniser a number; a subject the
parser hung on the place opening the clause, "In Tiraspol, the region's minister denied ..."; the names of a plural
title the parser hung on the last one, "Presidents X and Y discussed ...", each a doer; the actor hyphened to a
participle of a ``hyphen_doer_verb`` on a noun, "the Qatari-mediated talks", :func:`hyphened_actors`). The base of
:class:`detente.events.participants.ParticipantRules`, which adds whom an act is done to; a mixin of
:class:`detente.events.extract.Extractor`, which holds the doc's lexicon and actors.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import partial
from typing import TYPE_CHECKING

from detente.actors.resolve import ActorRef
from detente.actors.set_parties import party
from detente.events.cameo import MATERIAL_QUADS, POSTURE_ROOT, REQUEST_ROOTS, lookup
from detente.events.ground import from_context, resolved_via, state_force
from detente.events.phrases import contained
from detente.events.roles import (
    FINITE_TAGS,
    blamed,
    culpable_adjective,
    denied_clause_conjunct,
    gapped_patient,
    main_clause_conjunct,
    misjoined_main_conjunct,
    misread_subject,
    name_ending,
    predicate_of_fragment,
    relative_clause_conjunct,
    shared_patient,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import Ground, Side
    from detente.events.lexicon import Lexicon, Words
    from detente.parse_view import ParseView

# what a speaker goes on to do to what it reports: appeal, demand, complain or accuse, threaten
# ("said the ship had entered its waters and summoned the ambassador")
SPEAKER_ROOTS = (2, 10, 11, 13)


def legal_act(view: ParseView, prep: int, words: Words) -> int | None:
    """The ``legal_verb`` (its index) whose ``prep`` leads to what the act is for, else None: an ``accusation_prep``
    or ``reason_prep`` ("with", "of", "for", "over") on the verb ("charged X with", "convicted X of", "indicted
    over", "fined X for") or on the term or ground it gives ("jailed X for ten years for ...", "arrested X on
    suspicion of ...", as the parser may hang it); or a verb that holds a legal act's noun (:func:`legal_nouns`:
    "imposed sanctions on X for ...")."""
    dep, head = view.dep, view.head
    if dep[prep] != "prep" or not (view.lower[prep] in words.accusation_prep or view.lower[prep] in words.reason_prep):
        return None
    verb = head[prep]
    if dep[verb] == "pobj" and dep[head[verb]] == "prep":
        verb = head[head[verb]]  # "sentenced X to four years for ...", "jailed X for ten years for ..."
    elif object_complement(view, verb):
        verb = head[verb]  # "designated the Houthis a terrorist group for attacking ...": the parser hangs it there
    if verb == prep:
        return None
    if view.pos[verb] != "VERB" and view.lower[prep] == "of" \
            and any(dep[c] == "pobj" and view.tag[c] != "VBG" for c in view.children[prep]):
        return None  # "the arrest of the men who had supplied ...": whom the legal act is done to, not its ground
    if view.lemma[verb] in words.legal_verb:
        return verb
    return verb if view.pos[verb] == "VERB" and legal_nouns(view, verb, prep, words) else None


def legal_ground(view: ParseView, i: int, words: Words) -> int | None:
    """The legal act (its index, :func:`legal_act`) whose ground the token at ``i`` lies inside ("charged two men
    with [setting fire to ...]", "sanctioned two firms for [attacking ...]"): the nearest one above it whose
    preposition's object is the token or one of its ancestors; None when there is none."""
    for node in (i, *view.ancestors(i)):
        if view.dep[node] in ("pcomp", "pobj"):
            legal = legal_act(view, view.head[node], words)
            if legal is not None:
                return legal
    return None


def object_complement(view: ParseView, i: int) -> bool:
    """Whether the token at ``i`` is what a verb names its object ("designated the Houthis a terrorist group"): a
    direct object of a verb after its first (which the parser may label ``dative``), or an object predicate
    (``oprd``)."""
    dep, verb = view.dep, view.head[i]
    if dep[i] == "oprd":
        return True
    return dep[i] == "dobj" and view.pos[verb] == "VERB" \
        and any(dep[c] in ("dobj", "dative") and c < i for c in view.children[verb])


def legal_nouns(view: ParseView, verb: int, prep: int, words: Words) -> list[int]:
    """The nouns of a legal act (a ``legal_verb`` as a noun) the verb holds other than through ``prep``: its
    object, a passive's subject or another preposition's object ("imposed sanctions on X for ...", "sanctions
    were imposed on X for ...", "called for sanctions on X for ...")."""
    dep, lemma = view.dep, view.lemma
    out = []
    for c in view.children[verb]:
        if dep[c] in ("dobj", "nsubjpass") and lemma[c] in words.legal_verb:
            out.append(c)
        elif dep[c] == "prep" and c != prep:
            out.extend(n for n in view.children[c] if dep[n] == "pobj" and lemma[n] in words.legal_verb)
    return out


class DoerRules:
    """The actor readers and the doer rules of the extractor; the extractor provides the lexicon and actors."""

    lex: Lexicon
    words: Words
    found: DocActors
    ground: Ground  # the extractor's: its ``country`` gives a state's actor by its code
    _parse: ParseView | None = None  # found.view(doc), kept on first use (one doc per instance)
    _made: dict[int, Token] | None = None  # the Tokens _children made, by index, made once each
    # what subjects() and actors_at() found, by token index (and depth): read from the doc's fixed parse and actor
    # table only, so each is worked out once per instance (one doc per instance); callers get a copy of the list
    _subjects_of: dict[tuple[int, int], list[Side]] | None = None
    _actors_of: dict[int, list[Side]] | None = None

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
        # (``dep[c] in deps`` for each child, in C: no generator step per child; asked hundreds of times an article)
        return any(map(deps.__contains__, map(view.dep.__getitem__, view.children[token.i])))

    def gapped_patient(self, verb: Token) -> Token | None:
        """:func:`roles.gapped_patient`, when its subject is no actor: "their boats seized" after "had been
        beaten" were seized, but "the army retaliated" after "was attacked" did it (an actor acts)."""
        patient = gapped_patient(verb)
        return patient if patient is not None and not self.actors_at(patient) else None

    # -- actors of a token ------------------------------------------------------------------
    def actors_at(self, token: Token, depth: int = 0) -> list[Side]:
        """The actors a noun phrase stands for, following conjunctions and appositions."""
        memo = self._actors_of
        if memo is None:
            memo = self._actors_of = {}
        found = memo.get(token.i)
        if found is None:
            found = memo[token.i] = self._actors_at(token, depth)
        return list(found)

    def _actors_at(self, token: Token, depth: int) -> list[Side]:
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
            if child.dep_ == "appos" and child.lower_ in self.words.no_share:
                continue  # "40 people, none of them Somali citizens": whose they are not
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
        if self.lex.event_noun(contained(token, self.words), view) is not None \
                or view.lemma[i] in self.lex.cues.get("natural", ()):
            # an act ("the meeting", "a round of talks", "a mediation effort") is no doer or target, nor is a fire
            # or a flood
            return []
        return [_words_only(token, view.text[view.idx[token.left_edge.i]:view.end[i]])]  # doc[left edge:i + 1]

    def _counted_doers(self, token: Token) -> list[Side]:
        """The people a number word heads as a verb's subject, when the knowledge base does not know them
        ("Dozens of truck drivers blocked the road": the drivers, kept with their words; the entity recogniser
        reads "Dozens" as a number, which :meth:`unresolved` takes for no doer). Only subjects: a number of
        people an act is done to ("expelled tens of thousands of migrants") is the target rules' business."""
        view = self.found.view(token.doc)
        people = _counted(view, token.i)
        if people is None:
            return []
        return [_words_only(token.doc[people], view.text[view.idx[token.left_edge.i]:view.end[people]])]

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
        # "Niger's closure of its border with Benin", "Moscow's invasion of Ukraine": a thing or act a named owner
        # has is the owner's; whom that act is done to or with is its own side, not this act's ("launched its
        # invasion of Ukraine": a pronoun's owner is mostly the doer itself, whose act's side is the target)
        owned = not related and any(c.pos_ != "PRON" and known(self.actors_at(c))
                                    for c in self._children(token, ("poss",)))
        for child in self._children(token, ("poss", "compound", "nmod", "amod", "prep", "acl")):
            if owned and child.dep_ == "prep":
                continue
            if topic and child.dep_ in ("compound", "nmod") and self._country_name(child):
                continue  # "blocked a Sudan resolution", "the one-China principle": what it is about, no party
            if child.dep_ in ("compound", "nmod", "amod") and token.lemma_.lower() in self.words.currency_noun:
                continue  # "lend Bolivia 600 million U.S. dollars": whose currency it is, no party
            if child.dep_ in ("compound", "nmod") and not event_noun and self._country_name(child) and any(
                    known(self.actors_at(pobj)) or self.inner_actors(pobj, depth=depth + 1)
                    for of in self._children(token, ("prep",)) if of.lower_ == "of"
                    for pobj in self._children(of, ("pobj",))):
                continue  # "froze the U.S. assets of three Iranian firms": where the things are; their owner is named
            if child.dep_ == "poss" and token.lemma_.lower() in self.words.place_noun and any(
                    self._country_name(c) for c in self._children(token, ("compound",))):
                continue  # "China's Taiwan region": the place is Taiwan; the possessor only claims it
            # a name the parser hangs as "nmod" before an adjective is a compound: "U.N. nuclear inspectors"
            if child.dep_ in ("poss", "compound", "nmod") and not (related and child.dep_ == "poss") \
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
            elif child.dep_ == "acl" and (loose or aimed) and child.lemma_.lower() in self.words.owner_participle:
                # "struck an airport used by the army", "seized a tanker operated by a Greek firm": the participle's
                # doer is whose the thing is
                out.extend(a for agent in self._children(child, ("agent",)) for pobj in self._children(agent, ("pobj",))
                           for a in self.actors_at(pobj))
            elif child.dep_ == "prep" and child.lower_ in ("in", "of") and not event_noun:
                # "25 million euros in humanitarian aid for Sudan"
                for pobj in self._children(child, ("pobj",)):
                    if pobj.lemma_.lower() in self.lex.nouns:
                        out.extend(self.inner_actors(pobj, depth=depth + 1, aimed=aimed))
            if child.dep_ == "prep" and child.lower_ == "in" and token.lemma_.lower() in self.words.membership_noun:
                # "froze its participation in the CSTO": the body it takes part in, as "membership of X" (a known
                # actor, not a place: "participation in Geneva" is where)
                out.extend(a for pobj in self._children(child, ("pobj",)) if not self._is_place(pobj, child)
                           for a in self.actors_at(pobj))
            if child.dep_ == "prep" and (child.lower_ in self.words.inner_prep
                                         or (event_noun and child.lower_ in ("on", "against", "to", "toward", "for"))):
                for pobj in self._children(child, ("pobj",)):
                    # "imports of British beef": traded goods named by their country (goods_noun)
                    loose = (event_noun and child.lower_ in ("on", "against")) or (
                        aimed and child.lower_ == "of" and token.lemma_.lower() in self.words.goods_noun)
                    out.extend(self.actors_at(pobj) or self.inner_actors(pobj, loose=loose, depth=depth + 1,
                                                                         aimed=aimed))
            elif aimed and child.dep_ == "prep" and child.lower_ == "to" and not event_noun and not related \
                    and token.lemma_.lower() not in self.words.conduit_noun:
                # the thing goes to X: "pledged allegiance to X", "controls on exports of chemicals to X"; not a
                # pipeline or a cable that runs to X (``conduit_noun``: where it leads; session 51)
                out.extend(a for pobj in self._children(child, ("pobj",)) if not self._is_place(pobj, child)
                           for a in self.actors_at(pobj))
            elif aimed and child.dep_ == "prep" and child.lower_ == "from" \
                    and token.lemma_.lower() in self.words.goods_noun:
                # whose the goods are: "a tariff on imports from Ecuador", "a ban on products from X"
                out.extend(a for pobj in self._children(child, ("pobj",)) for a in self.actors_at(pobj))
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

    def subjects(self, verb: Token, depth: int = 0) -> list[Side]:
        """Who does ``verb``: its subject, a passive's agent, or a controller up the chain."""
        memo = self._subjects_of
        if memo is None:
            memo = self._subjects_of = {}
        found = memo.get((verb.i, depth))
        if found is None:
            found = memo[verb.i, depth] = self._subjects(verb, depth)
        return list(found)

    def _subjects(self, verb: Token, depth: int) -> list[Side]:
        if depth > 6:
            return []
        if self.gapped_patient(verb) is not None:  # "had been beaten by police and their boats seized": police
            return self.subjects(verb.head, depth + 1)
        for child in self._children(verb, ("nsubj", "csubj", "agent")):
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                    # the noun the resolver bound the relative word to (a place is skipped by "who")
                    bound = verb.doc[self.found.antecedents.get(child.i, verb.head.i)]
                    return self.actors_at(bound) or self._authors(bound) or self._issuers(bound, verb, depth) \
                        or self.unresolved(bound)
                # whom the subject is blamed on first ("a drone strike blamed on the RSF hit ..., the army said":
                # not the reporting army's drone)
                return [a for doer in (child, *self._split_subjects(verb, child))
                        for a in self._blamed(doer) or self.actors_at(doer) or self.inner_actors(doer)
                        or self._authors(doer) or self._issuers(doer, verb, depth) or self.unresolved(doer)
                        or self._counted_doers(doer)]
            if child.dep_ == "agent":
                if verb.lemma_.lower() in self.words.feeling_verb:
                    # "said it was alarmed by X's expansion": the one alarmed comments; the agent is what alarmed it
                    return [a for s in self._children(verb, ("nsubjpass",))
                            for a in self.actors_at(s) or self.unresolved(s)]
                # "were attacked by elements of the Freedonian army": the actor inside the agent, as for a subject
                return [a for pobj in self._children(child, ("pobj",))
                        for a in self.actors_at(pobj) or self._modifier_doers(pobj) or known(self.inner_actors(pobj))
                        or self.unresolved(pobj)]
        if verb.lemma_.lower() in self.words.raising_verb and (self._has_child(verb, ("xcomp",))
                                                               or self.expected_at(verb)):
            # "X is expected to visit Y", coded as one intention with "expected"; "X is expected in Y": X goes
            raised = self._raised(verb)
            if raised:
                return raised
        if self._has_child(verb, ("nsubjpass",)) or shared_patient(verb) is not None:
            # "nine people were killed in a Freedonian air strike": the doer is named only as a
            # modifier of the event noun the passive act happened in; "X tried ... and was arrested":
            # the subject X shares with the verb before underwent the act, it did not do it
            # "four traders were killed in a raid by Kenyan police": the doer the event noun names after "by";
            # "a raid by Kenyan police on a market in which four traders were killed": the doer of the event
            # noun the "in which" clause tells of (:meth:`_relative_event_doers`)
            return [a for prep in self._children(verb, ("prep",)) if prep.lower_ in ("in", "during")
                    for pobj in self._children(prep, ("pobj",)) for a in self._modifier_doers(pobj)] \
                or [a for prep in self._children(verb, ("prep",)) if prep.lower_ in ("in", "during")
                    for pobj in self._children(prep, ("pobj",)) if pobj.lower_ != "which"
                    for a in self._named_by(pobj, [pobj], verb)] \
                or self._relative_event_doers(verb) or self._passive_own_doers(verb)
        hyphened = self._hyphened_doers(verb)
        if hyphened:  # "a Qatari-mediated truce": the actor joined to the participle by a hyphen
            return hyphened
        misread = self._misread_subject(verb) or self._place_apposed_subject(verb)
        if misread:  # "Abdoulaye Bathily on Tuesday urged ...": the name the tagger read as an adverb
            return misread
        head = verb.head
        if head.i == verb.i:
            return []
        misjoined = misjoined_main_conjunct(self.found.view(verb.doc), verb.i)
        if misjoined is not None:
            # "freed nine fishermen who were detained ... and has returned their boat": the main clause's doer
            return self.subjects(verb.doc[misjoined], depth + 1)
        denier = self._denier_of_word_act(verb)
        if denier is not None:
            # "denied that its soldiers had crossed the border and accused Kinshasa of ...": a word act the parser
            # joined to the denied clause is the denier's second act
            speaker = known(self.subjects(denier, depth + 1))
            if speaker:
                return speaker
        if blamed(verb, self.words) is not None:  # "said X was to blame": whoever says so
            return self.subjects(head.head, depth + 1) if head.dep_ == "ccomp" else []
        made = accord_maker(verb, self.words)
        if made is not None:  # "signed a pact to build a bridge": the signers build it
            return self._makers_not_served(verb, self.subjects(made, depth + 1))
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
        reported = self._reported_before(verb)
        if reported is not None:
            return self.subjects(reported, depth + 1)
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
            if own is not None and lookup(own).quad_class not in MATERIAL_QUADS \
                    and all(t.pos_ == "NOUN" and t.i not in self.found.by_token for t in things):
                speaker = known(self.subjects(head.head, depth + 1))
                if speaker:
                    return speaker
            return inherited
        if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # "summoned Russia's envoy after Moscow endorsed a statement": a finite clause whose subject the
            # parser hung on its "after"/"when" as an object has that subject, not the main clause's
            hung = [p for mark in self._children(verb, ("mark",)) for p in self._children(mark, ("pobj",))]
            if hung:
                return self.actors_at(hung[0]) or self.unresolved(hung[0])
        main = main_clause_conjunct(verb)  # "..., two weeks after Ethiopian troops left the area, and asked the AU"
        if main is not None:
            return self.subjects(main, depth + 1)
        relative = relative_clause_conjunct(self.found.view(verb.doc), verb.i, self.words)
        if relative is not None:
            # "detained two fishermen who had crossed the boundary and charged them with ...": the main clause's doer
            return self.subjects(verb.doc[relative[0]], depth + 1)
        if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth + 1)
        if verb.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth + 1)  # "Iraq is due to sign": up through the copula
        charged = self._charged(verb)
        if charged:  # "charged two Belarusians with setting fire to ...": the ones charged, not the prosecutors
            return charged
        if verb.dep_ == "pcomp" and head.lower_ in ("for", "of") and head.head.pos_ == "VERB":
            # "condemned Freedonia's navy for firing flares", "accused Kigali of backing the rebels":
            # the one condemned or accused does the act; a passive's subject ("Qatar was thanked for mediating")
            judged = self._children(head.head, ("dobj",)) or self._children(head.head, ("nsubjpass",))
            accused = [a for c in judged for a in self.actors_at(c) or self.inner_actors(c)]
            if not accused and head.head.lemma_.lower() in self.words.accusation_verb:
                # "accused smugglers of killing ...": the ones accused, as words, never the accuser; an object
                # pronoun no antecedent was found for too ("..., accusing them of smuggling": not the accuser)
                accused = [a for c in judged for a in self.unresolved(c)] \
                    or [_words_only(c, c.text) for c in judged if c.pos_ == "PRON"]
            if accused:
                return accused
        held = self.culpable(verb, self._code_verb(verb)[0]) if verb.dep_ == "pcomp" else []
        if held:  # "were guilty of violating the truce": the guilty did it
            return held
        if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in self.words.quote_verb:
            # "state media quoted the president as accusing Japan": the one quoted does it, not the media
            quoted = [a for c in self._children(head.head, ("dobj",)) for a in self.actors_at(c) or self.unresolved(c)]
            if quoted:
                return quoted
        if verb.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head, depth + 1)  # "helped Africa by donating supplies"
        if verb.dep_ == "relcl":
            return self.actors_at(head)
        if verb.dep_ == "acl" and head.lemma_.lower() in self.words.decision_noun and verb.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "China's decision to suspend imports": whoever decided does what was decided
            return [a for owner in self._children(head, ("poss",))
                    for a in self.actors_at(owner) or self.unresolved(owner)]
        if verb.dep_ == "acl" and (verb.tag_ == "VBG" or predicate_of_fragment(verb)):
            # "issued a statement urging ...": an appeal or demand is made by whoever issued the statement
            noun, own = self.lex.event_noun(head, self.found.view(head.doc)), self._code_verb(verb)[0]
            issued = head.dep_ == "dobj" and head.head.pos_ == "VERB" and noun is not None \
                and lookup(self.lex.nouns[noun]).is_speech and own is not None and lookup(own).root in REQUEST_ROOTS
            # "sent a letter to the Secretary-General accusing X": a document that says a word act (any
            # quad class but the material ones) says it for whoever sent or issued it
            sent = head.dep_ == "dobj" and head.head.lemma_.lower() in self.words.issue_verb and own is not None \
                and head.lemma_.lower() in self.words.authored_noun and lookup(own).quad_class not in MATERIAL_QUADS
            return self.actors_at(head) or (self.subjects(head.head, depth + 1) if issued or sent else [])
        return []

    def _makers_not_served(self, verb: Token, makers: list[Side]) -> list[Side]:
        """The makers of an agreement (:func:`accord_maker`) who do what it provides: all of them, but those of a
        party its object or indirect object names when another maker's party is not named ("Taiwan and the Czech
        Republic signed a pact to train Czech engineers": Taiwan trains, the Czech Republic is trained; the gold
        codes the other maker as the doer and the named one as whom it is done to)."""
        named = {party(r) for c in self._children(verb, ("dobj", "dative"))
                 for _, r in known(self.actors_at(c) or self.inner_actors(c))}
        doers = [(t, r) for t, r in makers if party(r) not in named]
        return doers if doers and len(doers) < len(known(makers)) else makers

    def _hyphened_doers(self, verb: Token) -> list[Side]:
        """The known actors hyphened to a participle of a ``hyphen_doer_verb`` that modifies a noun
        (:func:`hyphened_actors`): its doers ("the Qatari-mediated talks": Qatar)."""
        return known([a for child in hyphened_actors(verb, self.words) for a in self.actors_at(child)])

    def _misread_subject(self, verb: Token) -> list[Side]:
        """The doers a name before a verb with no subject stands for when the tagger misread its words and the parser
        hung it on the verb (:func:`roles.misread_subject`): the knowledge base's actors, else the name as words."""
        view, found = self.found.view(verb.doc), self.found
        span = misread_subject(view, verb.i, partial(name_ending, found, view)) if view.pos[verb.i] == "VERB" else None
        if span is None:
            return []
        start, end = span
        named = [i for i in range(start, end) if i in found.by_token or i in found.groups]
        if named:
            return self.actors_at(verb.doc[named[-1]])
        return [_words_only(verb.doc[end - 1], view.text[view.idx[start]:view.end[end - 1]])]

    def _place_apposed_subject(self, verb: Token) -> list[Side]:
        """The doers of a finite verb with no subject when the parser made its subject an apposition of the place
        that opens the clause ("In Tiraspol, the region's interior minister denied ...": "minister" hung on
        "Tiraspol" after the comma): the appositive noun just before the verb, on the object of a preposition of
        the verb that is a place (``found.places``), after a comma."""
        view, found, i = self.found.view(verb.doc), self.found, verb.i
        if view.tag[i] not in FINITE_TAGS or i == 0 or view.pos[i - 1] not in ("NOUN", "PROPN") \
                or any(view.dep[c] in ("nsubj", "nsubjpass", "csubj", "expl") for c in view.children[i]):
            return []
        noun = i - 1
        place = view.head[noun]
        if view.dep[noun] != "appos" or place not in found.places or view.dep[place] != "pobj" \
                or view.head[view.head[place]] != i or not any(view.lower[c] == "," for c in view.children[place]):
            return []
        doer = verb.doc[noun]
        return self.actors_at(doer) or self.inner_actors(doer) or self.unresolved(doer)

    def _denier_of_word_act(self, verb: Token) -> Token | None:
        """The denial verb a word act (a reporting frame, or an act of no material quad class) goes on when the
        parser joined it to the clause the denial denies (:func:`roles.denied_clause_conjunct`); None otherwise."""
        denier = denied_clause_conjunct(verb, self.lex.reporting)
        if denier is None:
            return None
        lemma = verb.lemma_.lower()
        own = self._code_verb(verb)[0]
        word = lemma in self.lex.reporting if own is None else lookup(own).quad_class not in MATERIAL_QUADS
        return denier if word else None

    def _charged(self, verb: Token) -> list[Side]:
        """Who is held to have done what the content phrase of a legal act tells ("charged two
        Belarusian citizens with setting fire to a depot", "sentenced two Chinese nationals to four years for
        flying drones over ...", "were convicted of attacking ..."; :func:`legal_act`): the verb's object, or a
        passive's subject, as the knowledge base knows it, else the country its demonym names ("two Chinese
        nationals": China), else its words; never the court or the prosecutors."""
        doc = verb.doc
        view = self.found.view(doc)
        legal = legal_act(view, verb.head.i, self.words) if verb.dep_ == "pcomp" else None
        if legal is None:
            return []
        if doc[legal].lemma_.lower() not in self.words.legal_verb:
            # "imposed sanctions on Iranian firms for ...": whom the legal act's noun is aimed at, else none
            return [a for n in legal_nouns(view, legal, verb.head.i, self.words)
                    for a in self.inner_actors(doc[n], loose=True) or [
                        u for p in self._children(doc[n], ("prep",)) if p.lower_ in self.words.target_prep
                        and p.lower_ not in self.words.accusation_prep
                        for o in self._children(p, ("pobj",)) for u in self.unresolved(o)]]
        held = [c for c in self._children(doc[legal], ("dobj", "dative")) if not object_complement(view, c.i)] \
            or self._children(doc[legal], ("nsubjpass",))
        return [a for c in held for a in self.actors_at(c) or [(c, r) for _, r in self.inner_actors(c, loose=True)]
                or self.unresolved(c)]

    def _reported_before(self, verb: Token) -> Token | None:
        """The reported clause a participle of force after a parenthetical report goes on ("fighters overran a
        post, officials said, killing nine policemen": the fighters kill, not the officials): the participle
        hangs on a ``speech_verb`` whose reported clause comes before it; a word act ("..., Moscow said,
        accusing Kyiv of ...") stays the speaker's. Else None."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_.lower() not in self.words.speech_verb \
                or verb.i < head.i:
            return None
        code = self._code_verb(verb)[0]
        if code is None or lookup(code).quad_class != 4:
            return None
        return next((c for c in self._children(head, ("ccomp",)) if c.i < head.i), None)

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
        if head.tag_ == "VBD" and not auxiliaries and head.lemma_.lower() not in ("have", "be"):
            # "said the ship entered its waters and damaged nets": the ship may do both; not after a state
            # ("said the envoy had 48 hours to leave and accused X of meddling": the speaker accuses)
            return None
        code = self._code_verb(verb)[0]
        if code is None or lookup(code).root not in SPEAKER_ROOTS:
            return None
        clause = head
        for _ in range(4):  # up through a relative or adverbial clause inside the reported one
            if clause.dep_ == "ccomp":
                return clause.head if self._past_saying(clause.head) else None
            if clause.dep_ not in ("relcl", "advcl", "pobj", "prep", "acl") or clause.head.i == clause.i:
                return None
            clause = clause.head
            if clause.dep_ != "ccomp" and self._past_saying(clause):
                return clause  # "said in a statement that X had ...": the parser hangs the clause on "statement"
        return None

    def _past_saying(self, verb: Token) -> bool:
        """A past-tense speech verb with a subject ("Lima said ...")."""
        return verb.tag_ == "VBD" and verb.lemma_.lower() in self.words.speech_verb \
            and self._has_child(verb, ("nsubj",))

    def expected_at(self, verb: Token) -> bool:
        """Whether ``verb`` is a raising passive (``raising_verb``) told of its subject's being at a place, with no
        complement or with one (its purpose: "a Fijian delegation is expected in Apia within days", "... is expected
        in Suva next week to seek a deal"; ``expect in`` in verbs.tsv; a capital read as its state included): the
        subject is the one who goes there (a doer, not a target)."""
        return verb.lemma_.lower() in self.words.raising_verb and self._has_child(verb, ("auxpass",)) \
            and any(o.i in self.found.places or (o.i in self.found.by_token and self.found.by_token[o.i].country)
                    for p in self._children(verb, ("prep",)) if p.lower_ == "in" for o in self._children(p, ("pobj",)))

    def _raised(self, verb: Token) -> list[Side]:
        """The subject of a raising passive (``raising_verb``: "X is expected to ..."), who does its complement."""
        return [a for s in self._children(verb, ("nsubjpass",)) for a in self.actors_at(s) or self.unresolved(s)]

    def _passive_own_doers(self, verb: Token) -> list[Side]:
        """The doer a passive with no agent names in its subject: the owner of the act a light verb carries
        ("the EU's sanctions on Belarus were extended": the EU, not a target of the extension), or forces
        a show of force or a verb of sending one's forces (``dispatch_verb``) moves ("Nigerian troops were
        deployed to Benin", "Rwandan troops were deployed as peacekeepers": Rwanda deployed them)."""
        subjects = self._children(verb, ("nsubjpass",))
        if not subjects:
            return []
        view = self.found.view(verb.doc)
        if verb.lemma_.lower() in self.lex.light_verbs:
            return [a for s in subjects if self.lex.event_noun(s, view) is not None
                    for a in known(self._modifier_doers(s))]
        code = self._code_verb(verb)[0]
        if code is not None and (lookup(code).root == POSTURE_ROOT or verb.lemma_.lower() in self.words.dispatch_verb):
            forces = [a for s in subjects for a in known(self.actors_at(s))]
            return forces if forces and all(state_force(r) for _, r in forces) else []
        return []

    def _named_by(self, noun: Token, path: list[Token], verb: Token) -> list[Side]:
        """The known doers an event noun names after "by" ("a raid by Kenyan police"), the "by" hung on the noun
        or on a noun of ``path`` below it ("the detention of nine fishermen by the coast guard"), for the passive
        ``verb`` done in it: a noun of force (:meth:`_forceful`), or a trip (``trip_noun``) for a cooperative act
        ("the accords were signed during a visit by a Kazakh delegation": the visitors signed them)."""
        code = self._code_verb(verb)[0]
        if not self._forceful(noun) and not (noun.lemma_.lower() in self.words.trip_noun and code is not None
                                             and lookup(code).quad_class in (1, 2)):
            return []
        return known([a for t in path for by in self._children(t, ("prep", "agent")) if by.lower_ == "by"
                      for pobj in self._children(by, ("pobj",)) for a in self.actors_at(pobj)])

    def _forceful(self, noun: Token) -> bool:
        """Whether a noun names an act of force or coercion (CAMEO roots 17-20: "raid", "ambush", "detention") or a
        ``force_operation_noun`` (words.tsv: "operation", "sweep"), whose doer also does what is done to people in
        it; not a protest, a march or talks, whose doers are not the ones who arrest or kill in them."""
        lemma = self.lex.event_noun(noun, self.found.view(noun.doc))
        if lemma is None:
            return noun.lemma_.lower() in self.words.force_operation_noun
        return 17 <= lookup(self.lex.nouns[lemma]).root <= 20

    def _relative_event_doers(self, verb: Token) -> list[Side]:
        """The doer of a passive in an "in which" (or "during which") clause hung on an event noun, named as the
        noun's modifier or after its "by": "a Chinese navy raid on a trawler in which the crew were beaten", "an
        operation by Peruvian soldiers against smugglers, in which boats were burned". The parser hangs the
        relative clause on the last noun before it; the event noun is found up its chain of prepositions (at
        most four steps). A passive joined to the relative clause ("in which two were killed and cattle were
        driven off") shares it. Known actors only: a noun that names no doer gives none."""
        clause = in_which_clause(verb)
        if clause is None:
            return []
        noun, path = clause.head, [clause.head]
        for _ in range(4):
            if self._forceful(noun):
                return known(self._modifier_doers(noun)) or self._named_by(noun, path, verb)
            if noun.lemma_.lower() in self.words.trip_noun:  # "a visit by X during which accords were signed"
                return self._named_by(noun, path, verb)
            if self.lex.event_noun(noun, self.found.view(noun.doc)) is not None:
                return []  # "a march by opposition supporters in which 40 were arrested": not the marchers
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
                return []
            noun = noun.head.head
            path.append(noun)
        return []

    def _blamed(self, noun: Token) -> list[Side]:
        """Whom an act's noun is blamed on (``blamed_participle`` in words.tsv): "drone strikes blamed on the
        paramilitaries hit the port", "an attack attributed to Islamic State killed 12 soldiers"."""
        return known([a for acl in self._children(noun, ("acl",)) if acl.lemma_.lower() in self.words.blamed_participle
                      for prep in self._children(acl, ("prep", "agent")) if prep.lower_ in ("on", "to", "by")
                      for pobj in self._children(prep, ("pobj",)) for a in self.actors_at(pobj)])

    def culpable(self, act: Token, code: str | None) -> list[Side]:
        """Who is held to account for an act of conflict (quad classes 3 and 4) named after a ``culpable_adjective``
        (words.tsv): "X was responsible for the killing of ...", "were guilty of violating the truce", "held X
        responsible for the attack", "the group responsible for the bombing" (the copula's subject, the object the
        adjective is said of, the noun it is on). Known actors only; a duty is no deed ("the minister responsible
        for peace talks": cooperation, no act of his)."""
        adjective = culpable_adjective(act, self.words)
        if adjective is None or code is None or lookup(code).quad_class not in (3, 4):
            return []
        owner = adjective.head
        if adjective.dep_ == "acomp" and owner.pos_ in ("VERB", "AUX"):
            return known(self.subjects(owner))
        if adjective.dep_ in ("oprd", "ccomp", "xcomp") and owner.pos_ == "VERB":
            return known([a for c in self._children(owner, ("dobj",)) for a in self.actors_at(c)]) \
                or known([a for c in self._children(adjective, ("nsubj",)) for a in self.actors_at(c)])
        if adjective.dep_ in ("amod", "appos") and owner.pos_ in ("NOUN", "PROPN"):
            return known(self.actors_at(owner))
        return []

    def _authors(self, doer: Token) -> list[Side]:
        """Whom a document that is a verb's subject speaks for: the known actors of its ``author_prep`` phrase ("a
        report by U.N. experts accused X": the UN; "a letter from Bolivia's president that accused X": Bolivia's;
        ``authored_noun``)."""
        if doer.lemma_.lower() not in self.words.authored_noun:
            return []
        return known([a for prep in self._children(doer, ("prep",)) if prep.lower_ in self.words.author_prep
                      for pobj in self._children(prep, ("pobj",)) for a in self.inner_actors(pobj)])

    def _issuers(self, document: Token, verb: Token, depth: int) -> list[Side]:
        """Who says the word act ``verb`` that a document (``authored_noun``) does as its subject: whoever issued,
        passed or adopted it (``issue_verb``), as its subject ("the Assembly passed a resolution that condemned X")
        or in the "by" phrase of a participle on it ("a resolution adopted by the Assembly condemned X"); none
        for a material act or a document blocked or vetoed."""
        own = self._code_verb(verb)[0]
        if own is None or lookup(own).quad_class in MATERIAL_QUADS \
                or document.lemma_.lower() not in self.words.authored_noun:
            return []
        if document.dep_ == "dobj" and document.head.lemma_.lower() in self.words.issue_verb:
            return known(self.subjects(document.head, depth + 1))
        return known([a for acl in self._children(document, ("acl",)) if acl.lemma_.lower() in self.words.issue_verb
                      for by in self._children(acl, ("agent", "prep")) if by.lower_ == "by"
                      for pobj in self._children(by, ("pobj",)) for a in self.inner_actors(pobj)])

    def _split_subjects(self, verb: Token, first: Token) -> list[Token]:
        """The later subjects of a coordination the parser split ("Lee Jae-myung and Japanese Prime
        Minister Sanae Takaichi met": two ``nsubj`` of "met", the first with the "and" and no conjunct), or the
        earlier names it hung on the subject (:meth:`_joined_names`)."""
        if first.dep_ != "nsubj" or self._has_child(first, ("conj",)):
            return []
        if not self._has_child(first, ("cc",)):
            return self._joined_names(first)
        return [c for c in self._children(verb, ("nsubj",)) if c.i > first.i]

    def _joined_names(self, last: Token) -> list[Token]:
        """The earlier names of "Presidents X and Y" that the parser hung on the last as modifiers ("Presidents Anton
        Vlek and Omar Sadi spoke by phone ...": "Vlek", with the "and", an ``nmod`` of "Sadi"): a proper noun
        modifier before the subject that carries the "and" is a doer of its own, resolved as "President X" is; not on a
        common noun, whose names are what it is ("the two NATO and EU members": member states, not the bodies; session
        49)."""
        if last.tag_ not in ("NNP", "NNPS"):
            return []
        return [c for c in self._children(last, ("nmod",))
                if c.i < last.i and c.tag_ == "NNP" and any(g.dep_ == "cc" and g.i > c.i for g in c.children)]


def in_which_clause(verb: Token) -> Token | None:
    """The "in which" (or "during which") relative clause a verb is told in: its own, the one it is joined to ("in
    which two were killed and cattle were driven off"), or the one right before a conjunct the parser joined to the
    main verb instead (:func:`_misjoined_relative`); None when there is none."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "relcl" and verb.dep_ == "conj":
        clause = _misjoined_relative(verb) or clause
    return clause if clause.dep_ == "relcl" and _in_which(clause) else None


def hyphened_actors(verb: Token, words: Words) -> list[Token]:
    """The words a participle of a ``hyphen_doer_verb`` modifying a noun is joined to by a hyphen before it ("the
    Qatari-mediated talks", "a U.S.-brokered truce": the parser hangs the actor on the participle as ``npadvmod``
    or ``compound``); none for another participle ("the U.S.-backed forces", "a Chinese-funded road": the actor
    tells whose the thing is, not an act the story tells) or one with no hyphen before it."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i == 0 or verb.doc[verb.i - 1].text != "-" \
            or verb.lemma_.lower() not in words.hyphen_doer_verb:
        return []
    return [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < verb.i - 1]


def accord_maker(verb: Token, words: Words) -> Token | None:
    """The verb that made the agreement whose content ``verb`` is, or None: a "to"-infinitive with no subject of its
    own hung on an ``accord_noun`` (as its clause, ``acl``, or, as the parser may read it, its relative
    clause) that is the object of an ``accord_verb``, or a "to"-infinitive the parser hangs on that verb itself ("Chile
    and Peru signed a pact to build a bridge", "reached a deal on Monday to share data", "agreed on a plan to reopen
    the crossing"): the makers do what they agreed (:meth:`DoerRules.subjects`). What the parser hangs on the verb
    itself is then still joined to the signing as its purpose by the acts step (``act_links.purpose_host``: coding
    it apart cost aside a date and a spurious event, session 54); on the noun it is an act of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head.i == verb.i:
        return None
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "advcl" and infinitive:
        return verb.head if makes_accord(verb.head, words) else None
    if verb.dep_ not in ("acl", "relcl") or verb.head.lemma_.lower() not in words.accord_noun or not infinitive:
        return None  # (a participle, "signed a declaration recognising the village as X's", tells what the text says)
    noun = verb.head
    if noun.dep_ == "dobj":
        maker = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("on", "to"):
        maker = noun.head.head  # "agreed on a plan to ...", "agreed to a deal to ..."
    else:
        return None
    return maker if maker.pos_ == "VERB" and maker.lemma_.lower() in words.accord_verb else None


def makes_accord(verb: Token, words: Words) -> bool:
    """Whether ``verb`` makes an agreement: an ``accord_verb`` with an ``accord_noun`` object ("signed a pact",
    "reached a deal")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words.accord_verb and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.accord_noun for c in verb.children)


def accord_doer(candidate: Candidate, token: Token, words: Words) -> str | None:
    """For ``--explain``: the rule, when the doer at ``token`` made the agreement whose content the act is
    (:func:`accord_maker`); else none."""
    maker = accord_maker(candidate.head, words)
    if candidate.nominal or maker is None or candidate.head.left_edge.i <= token.i <= candidate.head.right_edge.i:
        return None  # (a doer inside the act's own clause is named there)
    return f"a maker of the agreement ('{maker.text}') whose content the act is " \
           "(events/doers.py, accord_maker)"


def hyphened_doer(candidate: Candidate, token: Token, words: Words) -> str | None:
    """For ``--explain``: the rule, when the doer at ``token`` is the actor hyphened to the act's participle
    (:func:`hyphened_actors`); else none."""
    if not any(c.left_edge.i <= token.i <= c.i for c in hyphened_actors(candidate.head, words)):
        return None
    return "the actor hyphened to the participle of the act ('the Qatari-mediated talks') " \
           "(events/doers.py, hyphened_actors)"


def event_noun_doer(candidate: Candidate, token: Token) -> str | None:
    """For ``--explain``: the rule, when the doer at ``token`` of a passive with no agent is named on the noun of the
    act it was done in (:meth:`DoerRules.subjects`): after "in" or "during" on the verb ("killed in a raid by X",
    "killed in a Freedonian air strike"), or on the noun an "in which" clause hangs on (``_relative_event_doers``);
    else none."""
    verb = candidate.head
    if candidate.nominal or not (any(c.dep_ == "nsubjpass" for c in verb.children) or shared_patient(verb)):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lower_ != "which" and noun.left_edge.i <= token.i <= noun.right_edge.i:
                    return f"the doer of the act's noun {noun.text!r} the passive was done in " \
                           "(events/doers.py, DoerRules.subjects: _modifier_doers, _named_by)"
    clause = in_which_clause(verb)
    if clause is None or clause.left_edge.i <= token.i <= clause.right_edge.i:
        return None
    noun = clause.head
    for _ in range(5):  # the rule's four steps up the chain of prepositions, and the noun it starts on
        if noun.left_edge.i <= token.i <= noun.right_edge.i:
            return f"the doer of the act's noun {noun.text!r}, on which the 'in which' clause telling the act hangs " \
                   "(events/doers.py, DoerRules._relative_event_doers)"
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = noun.head.head
    return None


def _in_which(clause: Token) -> bool:
    """Whether a relative clause opens with "in which" or "during which"."""
    return any(prep.dep_ == "prep" and prep.lower_ in ("in", "during")
               and any(o.dep_ == "pobj" and o.lower_ == "which" for o in prep.children) for prep in clause.children)


def _misjoined_relative(verb: Token) -> Token | None:
    """The "in which" clause right before a passive conjunct the parser joined to the main verb instead ("a raid on
    a camp in which two were killed and their cattle were driven off": "driven" hung on the clause's main verb):
    the relative clause ends just before the conjunct's "and" and its subject."""
    doc = verb.doc
    for clause in (t for t in doc[verb.head.i + 1:verb.i] if t.dep_ == "relcl" and _in_which(t)):
        between = doc[clause.right_edge.i + 1:verb.left_edge.i]
        if all(t.dep_ in ("cc", "punct") and t.head.i == verb.head.i for t in between) and len(between) <= 2:
            return clause
    return None


def known(pairs: Iterable[Side]) -> list[Side]:
    """The participants the knowledge base resolved (the pairs themselves, not copies: the rules ask this some two
    thousand times a news article)."""
    return [side for side in pairs if side[1].kind != "unresolved"]


def unique(pairs: Iterable[Side]) -> list[Side]:
    """The participants, each actor once (the first of its mentions)."""
    seen: set[str] = set()
    out = []
    for token, ref in pairs:
        if ref.key not in seen:
            seen.add(ref.key)
            out.append((token, ref))
    return out


def _counted(view: ParseView, i: int) -> int | None:
    """The noun a number word heads by its "of" phrase ("Dozens of truck drivers", "Hundreds of fishermen", "Scores
    of relatives": the parser makes the number, which the entity recogniser reads as a CARDINAL, the head), else
    None."""
    if view.pos[i] != "NOUN" or view.ent_type[i] != "CARDINAL":
        return None
    for prep in view.children[i]:
        if view.dep[prep] == "prep" and view.lower[prep] == "of":
            for pobj in view.children[prep]:
                if view.dep[pobj] == "pobj" and view.pos[pobj] == "NOUN" and view.ent_type[pobj] != "CARDINAL":
                    return pobj
    return None


def _words_only(token: Token, text: str) -> Side:
    """A side the knowledge base does not know, headed by ``token``: kept with its words ``text``, no actor."""
    return token, ActorRef(key=f"?{token.i}", name=text, code=None, country=None, sector=None, kind="unresolved")
