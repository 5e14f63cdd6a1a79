"""Clause frames: who did what to whom, read off the dependency parse.

For each sentence, verbs matched by the lexicon and event nouns become candidates with their
sources (subjects, agents of passives, possessors of nominal events, controllers of ``xcomp``
chains, heads of relative clauses; a doer the knowledge base does not know is kept as words)
and targets (objects, prepositional targets, subjects of passives). Frame verbs (intend,
consider, enact, appeal, demand, refuse, threaten) combine with the event in their complement
into one code: "X vowed to send aid" is one event, 033. What a speaker says of their own side
("said it would strike", "claimed it had attacked") is a threat or a claim; "Y must ..." is a
demand. After a whole article is read, "condemned the strikes" finds whose strikes they were
(:func:`resolve_event_anaphora`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.actors.resolve import ActorRef, DocActors
from detente.events.article_sides import resolve_event_anaphora, victims
from detente.events.cameo import lookup
from detente.events.context import conditions, counterparts
from detente.events.ground import Ground, Side
from detente.events.lexicon import Lexicon, Words, may_open
from detente.events.phrases import carrier_of, contained
from detente.events.referents import referents
from detente.events.roles import blamed, predicate_of_fragment, shared_patient
from detente.records import Extracted, Knowledge, Quoted

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Span, Token

STATEMENT_ROOT = 1  # "its statements" is not news: a statement needs a verb
POSTURE_ROOT = 15  # a show of force; held jointly, an exercise is military cooperation
JOINT_EXERCISE = "062"
CLAIM_RESPONSIBILITY = "015"
DEMAND = "100"
PROTEST = "141"  # demonstrate or rally
OFFICIAL_PROTEST = "114"
STATE_SECTORS = {"GOV", "ELI"}
REJECT_ROOT = 12
APPEAL_ROOTS = (2, 10)  # appeals and demands: what a statement "urging" or "demanding" something makes
DENIAL = "016"  # CAMEO 016: deny responsibility or an accusation; what is denied is coded negated


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event as read off the parse, before its status, date and place are judged."""

    cameo: str
    head: Token  # the clause's verb (or the event noun for nominal events)
    trigger: tuple[Token, ...] = ()
    sources: tuple[Side, ...] = ()
    targets: tuple[Side, ...] = ()
    sentence: int = 0
    frame: str | None = None  # the frame verb's kind when combined (intend, appeal, ...)
    frame_token: Token | None = None
    nominal: bool = False
    specific: bool = False  # the lexicon pattern constrained an object or complement


class Extractor:
    """Reads event candidates off one parsed, actor-resolved doc."""

    def __init__(self, lexicon: Lexicon, found: DocActors,
                 country: Callable[[str], ActorRef | None] | None = None) -> None:
        self.lex, self.found = lexicon, found
        self.words = lexicon.words
        self.ground = Ground(found, lexicon.words, country or (lambda code: None))

    # -- actors of a token ------------------------------------------------------------------
    def actors_at(self, token: Token, depth: int = 0) -> list[Side]:
        """The actors a noun phrase stands for, following conjunctions and appositions."""
        out: list[Side] = []
        ref = self.found.by_token.get(token.i)
        if token.i in self.found.groups:
            out.extend((token, member) for member in self.found.groups[token.i])
        elif ref is not None:
            out.append((token, ref))
        elif token.i in self.found.outlets:
            return []
        for child in token.children:
            if child.dep_ == "conj" or (child.dep_ == "appos" and ref is None):
                members = self.actors_at(child, depth + 1)
                # "Erdogan and his counterpart": a conjunct the knowledge base does not know stays
                out.extend(members or (self.unresolved(child) if out and child.dep_ == "conj" else []))
        return out

    def unresolved(self, token: Token) -> list[Side]:
        """A doer the knowledge base does not know ("a car bomb", "the committee"): kept with its
        words and no actor, so the act is still coded."""
        if token.pos_ == "PRON" and token.lower_ in ("it", "they", "he", "she", "we", "i"):
            pass  # a pronoun whose antecedent the knowledge base does not know
        elif token.pos_ not in ("NOUN", "PROPN") or token.i in self.found.outlets \
                or token.ent_type_ in self.words.not_actor_entity:
            return []
        if contained(token, self.words).lemma_.lower() in self.lex.nouns \
                or token.lemma_.lower() in self.lex.cues.get("natural", ()):
            return []  # an act ("the meeting", "a round of talks") is no doer or target, nor is a fire or a flood
        doc = token.doc
        text = doc[token.left_edge.i:token.i + 1].text
        return [(token, ActorRef(key=f"?{token.i}", name=text, code=None, country=None, sector=None,
                                 kind="unresolved"))]

    def inner_actors(self, token: Token, loose: bool = False, depth: int = 0) -> list[Side]:
        """Actors inside a non-actor noun: "the sovereignty of the Syrian government", "Russian
        mediation"; ``loose`` also takes demonyms ("against American interests")."""
        found = self.actors_at(token)
        if found or depth > 2:
            return found
        out: list[Side] = []
        event_noun = token.lemma_.lower() in self.lex.nouns
        related = token.lemma_.lower() in self.words.relation_noun  # "Kyiv's partners" are not Kyiv
        for child in token.children:
            if child.dep_ in ("poss", "compound") and not (related and child.dep_ == "poss") \
                    or (child.dep_ == "amod" and (event_noun or loose or related)):
                if child.i in self.found.by_token:
                    out.extend(self.actors_at(child))
            elif child.dep_ == "prep" and child.lower_ in ("in", "of") and not event_noun:
                # "25 million euros in humanitarian aid for Sudan"
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.lex.nouns:
                        out.extend(self.inner_actors(pobj, depth=depth + 1))
            if child.dep_ == "prep" and (child.lower_ in self.words.inner_prep
                                         or (event_noun and child.lower_ in ("on", "against", "to", "toward", "for"))):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        loose = event_noun and child.lower_ in ("on", "against")
                        out.extend(self.actors_at(pobj) or self.inner_actors(pobj, loose=loose, depth=depth + 1))
            elif child.dep_ in ("prep", "acl") and child.lemma_ in ("include", "including"):
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "dobj"):
                        out.extend(self.actors_at(pobj))
        return out

    def _aimed_by_participle(self, noun: Token) -> list[Side]:
        """The target a participle after an act's noun names: "tariffs targeting Chinese electric
        vehicles", "measures aimed at Japanese seafood" (``aiming_verb`` in words.tsv)."""
        out: list[Side] = []
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in self.words.aiming_verb):
            for child in acl.children:
                if child.dep_ == "dobj":
                    out.extend(self.actors_at(child) or self._inside(child, True))
                elif child.dep_ == "prep" and child.lower_ in ("at", "against", "on", "toward", "towards"):
                    for pobj in (p for p in child.children if p.dep_ == "pobj"):
                        out.extend(self.actors_at(pobj) or self._inside(pobj, True))
        return out

    def _inside(self, noun: Token, loose: bool) -> list[Side]:
        """The actors inside a thing an act is aimed at ("Ukrainian energy facilities", "its steel"),
        each standing with the whole phrase that names the thing."""
        return [(noun, ref) for _, ref in self.inner_actors(noun, loose=loose)]

    def _modifier_doers(self, noun: Token) -> list[Side]:
        """The doer an event noun names as its modifier: "a Freedonian air strike", "Ruritania's
        shelling", "Israeli fire" (never the noun's target, "strikes on Ruritania")."""
        if self.lex.event_noun(noun) is None and noun.lemma_.lower() not in self.words.fire_noun:
            return []
        return [a for child in noun.children if child.dep_ in ("amod", "compound", "poss", "nmod")
                and child.i in self.found.by_token for a in self.actors_at(child)]

    # -- clause roles -----------------------------------------------------------------------
    def subjects(self, verb: Token, depth: int = 0) -> list[Side]:
        """Who does ``verb``: its subject, a passive's agent, or a controller up the chain."""
        if depth > 6:
            return []
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                    return self.actors_at(verb.head) or self.unresolved(verb.head)
                return self.actors_at(child) or self.inner_actors(child) or self.unresolved(child)
            if child.dep_ == "agent":
                return [a for pobj in child.children if pobj.dep_ == "pobj"
                        for a in self.actors_at(pobj) or self._modifier_doers(pobj) or self.unresolved(pobj)]
        if any(c.dep_ == "nsubjpass" for c in verb.children) or shared_patient(verb) is not None:
            # "nine people were killed in a Freedonian air strike": the doer is named only as a
            # modifier of the event noun the passive act happened in; "X tried ... and was arrested":
            # the subject X shares with the verb before underwent the act, it did not do it
            return [a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
                    for pobj in prep.children if pobj.dep_ == "pobj" for a in self._modifier_doers(pobj)]
        head = verb.head
        if head.i == verb.i:
            return []
        if blamed(verb, self.words) is not None:  # "said X was to blame": whoever says so
            return self.subjects(head.head, depth + 1) if head.dep_ == "ccomp" else []
        if verb.dep_ == "xcomp":
            if head.lemma_.lower() in self.words.object_control_verb:
                for child in head.children:
                    if child.dep_ in ("dobj",):
                        return self.actors_at(child)
            return self.subjects(head, depth + 1)
        if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.tag_ == "VB":
            # "urging X to respect the right to protest and calling on Y": a participle the parser
            # joined to an infinitive is the conjunct of the participle above it, done by its doer
            participle = next((t for t in (head.head, head.head.head, head.head.head.head) if t.tag_ == "VBG"), None)
            if participle is not None:
                return self.subjects(participle, depth + 1)
        if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth + 1)
        if verb.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth + 1)  # "Iraq is due to sign": up through the copula
        if verb.dep_ == "pcomp" and head.lower_ in ("for", "of") and head.head.pos_ == "VERB":
            # "condemned Freedonia's navy for firing flares", "accused Kigali of backing the rebels":
            # the one condemned or accused does the act
            accused = [a for c in head.head.children if c.dep_ == "dobj" for a in self.actors_at(c)]
            if accused:
                return accused
        if verb.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head, depth + 1)  # "helped Africa by donating supplies"
        if verb.dep_ == "relcl":
            return self.actors_at(head)
        if verb.dep_ == "acl" and (verb.tag_ == "VBG" or predicate_of_fragment(verb)):
            # "issued a statement urging ...": an appeal or demand is made by whoever issued the statement
            noun, own = self.lex.event_noun(head), self._code_verb(verb)[0]
            issued = head.dep_ == "dobj" and head.head.pos_ == "VERB" and noun is not None \
                and lookup(self.lex.nouns[noun]).is_speech and own is not None and lookup(own).root in APPEAL_ROOTS
            return self.actors_at(head) or (self.subjects(head.head, depth + 1) if issued else [])
        return []

    def objects(self, verb: Token) -> list[Side]:
        """Whom ``verb`` is done to: objects, prepositional targets, a passive's subject."""
        out: list[Side] = []
        aimed = verb.lemma_.lower() in self.words.aim_verb and any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into", "toward", "towards") for c in verb.children)
        for child in verb.children:
            if child.dep_ == "dobj" and aimed:
                continue  # "fired rockets at X", "launched drones on Y": the object is the instrument, no target
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "granted asylum to the opposition leader"
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    out.extend(self.actors_at(pobj) or self.inner_actors(pobj) or self.unresolved(pobj))
            elif child.dep_ in ("dobj", "dative", "nsubjpass", "iobj"):
                # an actor inside the object ("the sovereignty of the Syrian government"); an object
                # no actor is named in is kept as words
                out.extend(self.actors_at(child) or self.inner_actors(child) or self.unresolved(child))
            elif child.dep_ == "prep" and child.lower_ == "at" and verb.lemma_.lower() in self.words.aim_verb:
                for pobj in (p for p in child.children if p.dep_ == "pobj"):  # "fired flares at its trawlers"
                    out.extend(self.actors_at(pobj) or self._inside(pobj, True))
            elif child.dep_ in ("prep", "prt") and child.lower_ in self.words.target_prep:
                if child.lower_ == "with" and any(c.dep_ == "dobj" and self.actors_at(c) for c in verb.children):
                    continue  # "supplied Moscow with troops": after an actor as object, what was given or used
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if not self._is_place(pobj, child):
                        loose = child.lower_ in ("against", "on", "at", "toward", "towards")
                        out.extend(self.actors_at(pobj) or self.inner_actors(pobj, loose=loose))
                    elif child.lower_ in ("to", "into") and pobj.i in self.found.place_refs:
                        out.append((pobj, self.found.place_refs[pobj.i]))  # "delivered aid to Geneina"
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not predicate_of_fragment(verb):
            out.extend(self.actors_at(verb.head))
        blame = blamed(verb, self.words)  # "X was to blame": X is the target
        out.extend(self.actors_at(blame) if blame is not None else [])
        patient = shared_patient(verb)  # "Castillo tried to dissolve Congress and was arrested"
        return out + (self.actors_at(patient) or self.unresolved(patient) if patient is not None else [])

    def _is_place(self, pobj: Token, prep: Token) -> bool:
        return pobj.i in self.found.places and pobj.i not in self.found.by_token

    # -- candidates -------------------------------------------------------------------------
    def candidates(self, sent: Span, index: int) -> list[Candidate]:
        """Every event candidate of one sentence."""
        out: list[Candidate] = []
        consumed: set[int] = set()
        coded: dict[int, Candidate] = {}  # coded verbs of this sentence
        doc, view = sent.doc, self.found.view(sent.doc)
        for i in range(sent.start, sent.end):
            if i in consumed or (view.tag[i] != "VBG" and view.pos[i] not in ("VERB", "AUX", "NOUN", "PROPN")):
                continue  # only a gerund, a verb or a noun can be a candidate (the branches below)
            token = doc[i]
            if self._gerund_noun(token):
                candidate = self._noun(token, index)
            elif token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
                if self._copy_formula(token):
                    continue
                candidate = self._verb(token, index, consumed)
                if candidate is not None:
                    if _restates(token, candidate, coded.get(token.head.i)):
                        continue  # "met in Nairobi to discuss trade": the purpose restates the act
                    coded[token.i] = candidate
            elif token.pos_ in ("NOUN", "PROPN") and self.lex.event_noun(token):
                if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "ahead":
                    continue  # "massing troops ahead of an expected offensive": not yet an act
                candidate = self._noun(token, index)
            else:
                continue
            if candidate is not None and not candidate.sources and candidate.targets and not candidate.nominal \
                    and (any(c.dep_ == "nsubjpass" for c in candidate.head.children)
                         or shared_patient(candidate.head) is not None):
                out.append(candidate)  # "political prisoners were released": the doer is not named
            elif candidate is not None and candidate.sources:
                targets = candidate.targets
                if not lookup(candidate.cameo).keeps_unresolved_target:  # "provided tents": the thing, not whom
                    targets = tuple((t, r) for t, r in targets if r.kind != "unresolved")
                targets = self.hit(candidate.head, candidate.trigger, candidate.nominal, candidate.cameo,
                                   candidate.sources, targets)
                keys = {ref.key for _, ref in candidate.sources}
                kept = dataclasses.replace(candidate, targets=tuple((t, r) for t, r in unique(targets)
                                                                    if r.key not in keys),
                                           sources=tuple(unique(candidate.sources)))
                if coded.get(token.i) is candidate:
                    coded[token.i] = kept
                out.append(kept)
        return out

    def hit(self, head: Token, trigger: tuple[Token, ...], nominal: bool, code: str, sources: Sequence[Side],
            targets: Sequence[Side]) -> tuple[Side, ...]:
        """An act's targets with the ground or things it hit: for an act that targets places whose known
        targets are all guessed from context, whose ground was hit replaces them ("killed in a Freedonian
        strike on a district of <city>"; the ground the text names beats a country given to "people" from
        the article's focus)."""
        guessed = [(t, r) for t, r in targets if self.ground.from_context(t, r)]
        if not lookup(code).targets_places or len(known(targets)) != len(guessed):
            return tuple(targets)
        aimed = self.ground.struck(head, trigger, nominal, sources, self.actors_at)
        drop = {a.i for a, _ in aimed} | ({t.i for t, _ in guessed} if aimed else set())
        return tuple(aimed) + tuple((t, r) for t, r in targets if t.i not in drop)

    def _gerund_noun(self, token: Token) -> str | None:
        """A gerund the parser tags as a verb but that stands as a noun with no subject of its own:
        "Fighting between M23 rebels and Congolese troops spread": the event noun "fighting"."""
        if token.tag_ != "VBG" or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") \
                or token.lower_ not in self.lex.nouns:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in token.children):
            return None
        return token.lower_

    def _copy_formula(self, verb: Token) -> bool:
        """Verbs that describe the copy, not an act: a source "who spoke on condition of anonymity",
        "who requested anonymity", "asked not to be named"; "without providing evidence" (nobody gave
        anything)."""
        if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
            return True
        view = self.found.view(verb.doc)
        if any(view.dep[c] == "dobj" and view.lemma[c] == "anonymity" for c in view.children[verb.i]):
            return True
        doc, end = verb.doc, min(verb.i + 7, self.found.sentence(verb).end)
        cues = self.lex.cues.get("anonymity", ())
        forms = (*cues, *("on " + cue for cue in cues))
        if may_open(view.lower[verb.i + 1] if verb.i + 1 < end else "", forms):  # before making the Span's text
            after = doc[verb.i + 1:end].text.lower()
            if any(after.startswith(form) for form in forms):
                return True
        # "spoke on condition of anonymity to discuss the talks": the purpose belongs to the formula
        return verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i and verb.head.pos_ == "VERB" \
            and verb.i > verb.head.i and self._copy_formula(verb.head)

    def _code_verb(self, verb: Token) -> tuple[str | None, list[Token], bool]:
        """The verb's own code, its trigger tokens and whether a specific pattern matched."""
        pattern = self.lex.match_verb(verb)
        if pattern is not None and (pattern.obj or pattern.comp):
            objects = [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not pattern.obj_prep
                       for o in (contained(c, self.words),) if pattern.obj and o.lemma_.lower() in pattern.obj]
            return pattern.cameo, [verb, *objects[:1]], True
        lemma = verb.lemma_.lower()
        if lemma in self.lex.light_verbs:
            for child in (contained(c, self.words) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
                noun = self.lex.event_noun(child)  # "held a new round of talks": the talks (events/phrases.py)
                if noun is not None:
                    return self.lex.nouns[noun], [verb, child], True
        if pattern is not None:
            return pattern.cameo, [verb], False
        return None, [], False

    def _verb(self, verb: Token, index: int, consumed: set[int]) -> Candidate | None:
        code, trigger, specific = self._code_verb(verb)
        kind = self.lex.reporting.get(verb.lemma_.lower())
        if kind == "intend" and code and lookup(code).is_cooperative_act:
            code = self.lex.combine("intend", code) or code  # "agreed to a ceasefire": intent (0356)
        frame = lookup(code).frame if code else (kind if kind in ("intend", "consider", "enact") else None)
        if frame is None and code is None and self._willing(verb):
            frame = "intend"  # "Germany is willing to provide support"
        if frame is not None:
            combined = self._combine(verb, frame, index, consumed, code) or \
                self._combine_noun(verb, frame, index, consumed)
            if combined is not None:
                return combined
        if kind == "say" and (code is None or verb.lemma_.lower() in self.words.claim_verb):
            threat = self._own_act(verb, index, consumed) or self._must(verb, index, consumed)
            if threat is not None:
                return threat
        if code is None and kind == "deny":
            code, trigger = DENIAL, [verb]  # the denial itself; what is denied is coded as negated
        if code is None:
            return None
        targets = self.objects(verb) + self._noun_targets(trigger)
        if frame is not None and not targets:  # "pledged to hire Pakistani workers"
            for child in verb.children:
                if child.dep_ == "xcomp":
                    targets = self.objects(child)
        if not known(targets) and (lookup(code).reports_content or lookup(code).root == REJECT_ROOT
                                    or lookup(code).may_be_refused):
            # "will not accept that Russia brings its war to German soil", "welcomed that Iran had
            # agreed": the one whose conduct the that-clause reports
            targets += [a for c in verb.children if c.dep_ == "ccomp"
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                        for a in known(self.subjects(c)) if a[0].pos_ != "PRON"]
        consumed.update(t.i for t in trigger[1:])
        if lookup(code).is_speech:  # a statement or appeal: all it speaks of is its content
            consumed.update(t.i for c in verb.children if c.dep_ in ("dobj", "prep", "dative")
                            for t in c.subtree if t.pos_ in ("NOUN", "PROPN"))
        elif not lookup(code).reports_content:
            consumed.update(self._content_nouns(verb))
        sources = tuple(self.subjects(verb))
        if code[:3] == PROTEST and sources and all(_state(ref) for _, ref in sources):
            code = OFFICIAL_PROTEST  # a government that "protested" complained officially; it did not march
        return Candidate(cameo=code, head=verb, trigger=tuple(trigger), sources=sources,
                         targets=tuple(targets), sentence=index, specific=specific)

    def _combine(self, verb: Token, frame: str, index: int, consumed: set[int],
                 own: str | None = None) -> Candidate | None:
        """A frame verb with a coded complement: one event with the combined code. An appeal,
        demand, refusal or threat whose complement has no combined code keeps its own code:
        what is urged is the content of the appeal, not an event of its own."""
        complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        complements += [x for c in verb.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp"]
        if not complements and frame in ("threaten", "intend", "refuse"):
            # "threatened in January to withhold aid": a to-infinitive the parser hung on as an adverbial
            # clause after a frame verb is its complement (no subject of its own, nothing between)
            complements = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                           and not any(x.dep_ in ("nsubj", "mark") for x in c.children)]
        for child in complements:
            if child.pos_ not in ("VERB", "AUX"):
                continue
            inner_code, inner_trigger, specific = self._code_verb(child)
            if inner_code is None:
                continue
            result = self.lex.combine(frame, inner_code)
            if result is None and frame not in ("intend", "enact"):
                if own is None:
                    continue
                result = own
            elif frame == "enact":
                result = inner_code
            consumed.add(child.i)
            consumed.update(t.i for t in inner_trigger)
            sources = self.subjects(verb)
            if frame == "intend":
                targets = self.objects(child) + self._noun_targets(inner_trigger)
            else:  # the one urged, asked or threatened, else the complement's target
                targets = [a for c in verb.children if c.dep_ in ("dobj", "dative") for a in self.actors_at(c)]
                targets = targets or self._addressees(verb) or known(self.objects(child)) \
                    or self._condition_subjects(child) or self.objects(child)
            return Candidate(cameo=result or inner_code, head=child if result is None else verb,
                             trigger=(verb, *inner_trigger), sources=tuple(sources), targets=tuple(targets),
                             sentence=index,
                             frame=frame, frame_token=verb, specific=specific)
        return None

    def _addressees(self, verb: Token) -> list[Side]:
        """Whom a frame verb with a preposition of its own speaks to: "called on the bloc to impose
        sanctions" (the bloc is asked, not whoever the sanctions are imposed on)."""
        pattern = self.lex.match_verb(verb)
        preps = set(pattern.particles) & self.words.target_prep if pattern is not None else set()
        return [a for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                for o in c.children if o.dep_ == "pobj" for a in self.actors_at(o)]

    def _willing(self, verb: Token) -> bool:
        """A copula with "ready/willing/prepared to ...": the complement is intended."""
        return verb.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in self.lex.cues.get("willing", ()) for c in verb.children)

    def _own_act(self, verb: Token, index: int, consumed: set[int]) -> Candidate | None:
        """What a speaker says of their own side's conflict act: "X said it would strike Y" is a
        threat; "X claimed that they had attacked Y" is a claim of responsibility (015)."""
        speakers = self.subjects(verb)
        if not speakers:
            return None
        sides = {ref.country or ref.key for _, ref in speakers}
        claim = verb.lemma_.lower() in self.words.claim_verb
        for child in verb.children:
            if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX"):
                continue
            future = any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in child.children)
            if not (future or claim):
                continue
            code, trigger, specific = self._code_verb(child)
            if code is None or not lookup(code).is_material_conflict:
                continue
            doers = self.subjects(child)
            same_side = {ref.country or ref.key for _, ref in doers} & sides or \
                any(t.pos_ == "PRON" and t.lower_ in ("we", "they", "it") for t, _ in doers)
            if not doers or not same_side:
                continue
            result = self.lex.combine("threaten", code) if future else CLAIM_RESPONSIBILITY
            if result is None:
                continue
            consumed.add(child.i)
            consumed.update(t.i for t in trigger)
            targets = known(self.objects(child) + self._noun_targets(trigger)) or self._condition_subjects(child) \
                or self.objects(child)
            return Candidate(cameo=result, head=verb, trigger=(verb, *trigger), sources=tuple(speakers),
                             targets=tuple(targets),
                             sentence=index, frame="threaten" if future else "claim", frame_token=verb,
                             specific=specific)
        return None

    def _must(self, verb: Token, index: int, consumed: set[int]) -> Candidate | None:
        """"X said Y must ensure security": a demand by the speaker on another (CAMEO 10)."""
        speakers = self.subjects(verb)
        sides = {ref.country or ref.key for _, ref in speakers}
        for child in verb.children:
            if child.dep_ != "ccomp" or not any(a.dep_ == "aux" and a.lower_ in ("must", "should")
                                                 for a in child.children):
                continue
            doers = [(t, r) for t, r in self.subjects(child) if t.pos_ != "PRON"]
            if not speakers or not doers or {r.country or r.key for _, r in doers} & sides:
                continue
            code = self._code_verb(child)[0]
            result = (self.lex.combine("demand", code) if code else None) or DEMAND
            consumed.add(child.i)
            return Candidate(cameo=result, head=verb, trigger=(verb, child), sources=tuple(speakers),
                             targets=tuple(doers),
                             sentence=index, frame="demand", frame_token=verb)
        return None

    def _combine_noun(self, verb: Token, frame: str, index: int, consumed: set[int]) -> Candidate | None:
        """A frame verb whose object is an event noun: "requested mediation", "called for talks"."""
        for noun in self._content_nouns(verb):
            token = verb.doc[noun]
            noun_code = self.lex.nouns[self.lex.event_noun(token) or ""]
            result = noun_code if frame == "enact" else self.lex.combine(frame, noun_code)
            if result is None:
                continue
            consumed.add(noun)
            targets = [a for c in verb.children if c.dep_ in ("dobj", "dative") and c.i != noun
                       for a in self.actors_at(c)]
            targets += [a for c in token.children if c.dep_ in ("amod", "compound", "poss")
                        for a in self.actors_at(c)]
            targets += self._noun_targets([verb, token])
            return Candidate(cameo=result, head=verb, trigger=(verb, token), sources=tuple(self.subjects(verb)),
                             targets=tuple(targets), sentence=index, frame=frame, frame_token=verb, specific=True)
        return None

    def _content_nouns(self, verb: Token) -> list[int]:
        """Event nouns that are what a coded verb is about ("requested mediation"): not events of their own."""
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [p for c in verb.children if c.dep_ in ("prep", "prt") for p in c.children if p.dep_ == "pobj"]
        # "expressed concern about an escalation of hostilities": what the object is about
        nouns += [p for n in list(nouns) for c in n.children if c.dep_ == "prep" and c.lower_ in self.words.about_prep
                  for p in c.children if p.dep_ == "pobj"]
        nouns += [p for n in list(nouns) for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        return [n.i for n in nouns if self.lex.event_noun(n)]

    def _condition_subjects(self, verb: Token) -> list[Side]:
        """Whose conduct a threat or demand is conditional on: "would reimpose sanctions if Caracas failed"."""
        for child in verb.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
                return self.subjects(child)
        return []

    def _noun_targets(self, trigger: Sequence[Token]) -> list[Side]:
        """Targets attached to the event noun of a light-verb trigger: "held talks with X"."""
        out: list[Side] = []
        for noun in trigger[1:]:
            out.extend(self._aimed_by_participle(noun))
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ in self.words.target_prep:
                    loose = child.lower_ in ("against", "on", "at", "toward", "towards")
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":  # "imposed tariffs on its steel": the actor inside
                            out.extend(self.actors_at(pobj) or self._inside(pobj, loose))
        return out

    def _noun(self, noun: Token, index: int) -> Candidate | None:
        """A nominal event: "X's attack on Y", "talks between X and Y", "Russian mediation"."""
        if noun.dep_ == "compound":
            return None
        sources: list[Side] = []
        targets: list[Side] = []
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod") and child.i in self.found.by_token:
                sources.extend(self.actors_at(child))
        for child in noun.children:
            if child.dep_ != "prep":
                continue
            for pobj in (p for p in child.children if p.dep_ == "pobj"):
                actors = self.actors_at(pobj)
                if child.lower_ in self.words.reciprocal_prep and len(actors) == 1:
                    # "fighting between the army and the RSF": a side the knowledge base does not know
                    # still makes the act mutual (the RSF is a party, not the target)
                    actors += [a for c in (pobj, *(c for c in pobj.children if c.dep_ == "conj"))
                               if c.i not in self.found.by_token and c.i not in self.found.groups
                               for a in self.unresolved(c)]
                if child.lower_ == "by" or child.lower_ in self.words.reciprocal_prep and len(actors) > 1:
                    sources.extend(actors)
                elif child.lower_ in self.words.target_prep:
                    # "attacks on Ukrainian energy facilities", "tariffs on its steel": the actor inside
                    loose = child.lower_ in ("against", "on", "at", "toward", "towards")
                    targets.extend(actors or self._inside(pobj, loose))
                elif child.lower_ == "of" and sources and actors:
                    targets.extend(actors)  # "Russia's invasion of Ukraine": after a doer, "of" is the object
        targets.extend(self._aimed_by_participle(noun))
        if not sources and noun.dep_ in ("dobj", "pobj", "attr"):
            # "began talks", "worked for rapprochement": the subject of a verb that is no event itself;
            # a coded verb's object ("condemned the strikes") is what it is about, not its doer's act
            governor = carrier_of(noun, self.words)
            carriers = self.lex.light_verbs | self.words.carrier_verb
            if governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in carriers \
                    and self._code_verb(governor)[0] is None:
                sources = self.subjects(governor)
        if not sources and targets and noun.dep_ in ("nsubj", "nsubjpass") and len(targets) > 1:
            sources, targets = targets, []
        code = self.lex.nouns[self.lex.event_noun(noun) or self._gerund_noun(noun) or ""]
        if lookup(code).root == STATEMENT_ROOT:
            return None  # "its statements" is not news; a statement needs a verb ("issued a statement")
        return Candidate(cameo=code, head=noun, trigger=(noun,), sources=tuple(sources),
                         targets=tuple(targets), sentence=index, nominal=True)


def _restates(token: Token, candidate: Candidate, head: Candidate | None) -> bool:
    """A purpose clause of the same kind of act between the same sides adds no event."""
    if head is None or head.cameo[:2] != candidate.cameo[:2] or token.dep_ not in ("advcl", "xcomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    sides = {r.key for _, r in head.sources + head.targets}
    return {r.key for _, r in candidate.targets if r.kind != "unresolved"} <= sides


def _state(ref: ActorRef) -> bool:
    """A state acting as such: a country, a capital or a government body or office holder."""
    return ref.kind == "country" or (ref.country is not None and ref.sector in STATE_SECTORS)


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


def joint_exercises(candidates: list[Candidate], words: Words) -> list[Candidate]:
    """Military exercises held by several countries, or with another, are military cooperation (062)."""
    out = []
    for candidate in candidates:
        lemmas = {t.lemma_.lower() for t in candidate.trigger}
        if lookup(candidate.cameo).root == POSTURE_ROOT and words.exercise_noun & lemmas:
            countries = {ref.country for _, ref in candidate.sources if ref.country}
            if len(countries) > 1 or candidate.targets:
                candidate = dataclasses.replace(candidate, cameo=JOINT_EXERCISE)
        out.append(candidate)
    return out


def countries(knowledge: Knowledge, day: dt.date | None) -> Callable[[str], ActorRef | None]:
    """A country's actor by its code on ``day`` (what the ground rules need to name whose ground was hit)."""
    def country(code: str) -> ActorRef | None:
        entry = knowledge.kb.get(code)
        return knowledge.finder.entity_ref(entry, day) if entry is not None and entry.kind == "country" else None
    return country


def extract(quoted: Quoted, knowledge: Knowledge) -> Extracted:
    """Step ``events``: the event candidates of every sentence, with event anaphora resolved."""
    extractor = Extractor(knowledge.lexicon, quoted.actors, countries(knowledge, quoted.article.date))
    candidates: list[Candidate] = []
    for index, sent in enumerate(quoted.actors.sentences):
        candidates.extend(extractor.candidates(sent, index))
    from detente.events.nonevents import drop_nonevents  # imports this module: import here, not at the top

    candidates = drop_nonevents(candidates, knowledge.lexicon)  # candidates that assert no act of their own
    candidates = joint_exercises(resolve_event_anaphora(candidates, knowledge.lexicon), knowledge.lexicon.words)
    candidates = referents(candidates, quoted.actors, knowledge.lexicon)  # named through an act or an owner
    candidates = counterparts(conditions(candidates, quoted.actors), quoted.actors, knowledge.lexicon.words)
    candidates = victims(candidates, extractor.ground, knowledge.lexicon.words)  # after targets from context
    return Extracted(article=quoted.article, doc=quoted.doc, actors=quoted.actors, quotes=quoted.quotes,
                     candidates=tuple(candidates))
