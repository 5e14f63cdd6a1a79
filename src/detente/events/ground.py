"""The ground an act of force hit: whose places and things a strike, a siege or an embargo landed
on, or a deployment went to, when it names no actor as its target ("killed in a Freedonian strike on
a district of <city>", "hit Ukrainian energy facilities", "banned imports of Japanese seafood",
"deployed troops to the Congolese province of Ituri"; the people an act's noun is "of" when a demonym gave them a
country, "ordered the arrest of 20 Ruritanian nationals", session 47; not where drills are held: "held drills off
X"). Used by
:mod:`detente.events.extract` for the CAMEO roots whose ``place_target`` is yes
(``data/cameo_roots.tsv``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from detente.actors.resolve import ActorRef, DocActors
from detente.events.lexicon import Words
from detente.events.roles import TIME_ENTITIES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.parse_view import ParseView

Side = tuple["Token", ActorRef]  # a participant: its head token and the actor it stands for


class CountryOf(Protocol):
    """A country's actor by its code, or its body of a sector ("GOV": its government); None for no country."""

    def __call__(self, code: str, sector: str | None = None) -> ActorRef | None: ...


STATE_FORCE_SECTORS = {"GOV", "ELI", "MIL", "COP", "SPY", "JUD", "LEG"}  # a state's own bodies and forces


class Ground:
    """Reads the country of the ground an act hit off one parsed, actor-resolved doc."""

    def __init__(self, found: DocActors, words: Words, country: CountryOf) -> None:
        self.found, self.words = found, words
        self.country = country  # a country's actor by its code

    def from_context(self, token: Token, ref: ActorRef) -> bool:
        """Whether the resolver gave this common noun ("people", "security forces") the article's
        country because the text names none."""
        return from_context(self.found, token, ref)

    def struck(self, head: Token, trigger: Sequence[Token], nominal: bool, sources: Sequence[Side],
               actors_at: Callable[[Token], list[Side]]) -> list[Side]:
        """The target of an act of force that names no actor as its target: the actor the act's
        event noun did it to ("an Israeli strike killed a Hezbollah commander"), else the country
        whose place or things it hit ("a district of Kharkiv", "Ukrainian energy facilities", "its
        posts", "facilities in Kharkiv"), each standing with the phrase that names the thing. A
        state's forces acting on their own ground target no one named ("the army shelled rebel
        positions in the north"); rebels acting on their country's ground target its state.
        The clause is walked on the parse view: a ``Token`` is made only for a side handed out."""
        doc = head.doc
        view = self.found.view(doc)
        dep, children, lower = view.dep, view.children, view.lower
        verb = view.head[head.i]
        if nominal and dep[head.i] in ("nsubj", "csubj") and view.pos[verb] == "VERB":
            done_to = [a for o in children[verb] if dep[o] == "dobj"
                       for a in actors_at(doc[o]) if a[1].kind != "unresolved"]
            if done_to:
                return done_to
        if not any(ref.kind != "unresolved" for _, ref in sources):
            return []  # what follows finds targets for a known doer only (it only looks things up)
        if any(view.lemma[t.i] in self.words.exercise_noun for t in trigger):
            return []  # "held drills off X": where they are held; a target makes them joint (extract.joint_exercises)
        things: list[int] = []
        holders = [head.i, *(t.i for t in trigger[1:])]
        target_prep = self.words.target_prep | {"at"}
        for holder in holders:  # grows while walked: a clause said by a "what" object ("struck what ...")
            for child in children[holder]:
                if dep[child] in ("dobj", "nsubjpass") and not nominal:
                    things += [child, *(x for x in children[child] if dep[x] == "conj")]
                elif dep[child] == "ccomp" and any(dep[x] == "dobj" and view.tag[x] == "WP" for x in children[child]):
                    # "struck what it called terrorist infrastructure in Pakistan"
                    holders.append(child)
                    things += [x for x in children[child] if dep[x] == "oprd"]
                elif dep[child] == "prep" and lower[child] in target_prep:
                    # "on the anniversary of X's invasion": when, not what was hit (occasion_noun)
                    # "with the backing of X": who stands with the doer, nothing hit (backing_noun; session 51)
                    for pobj in (p for p in children[child] if dep[p] == "pobj"
                                 and view.lemma[p] not in self.words.occasion_noun
                                 and not (lower[child] == "with" and view.lemma[p] in self.words.backing_noun)):
                        things += [pobj, *(x for x in children[pobj] if dep[x] == "conj")]
        out: list[tuple[int, ActorRef]] = []
        for thing in things:
            apposed = [ref for code in self.apposed_countries(view, thing) if (ref := self.country(code)) is not None]
            if apposed:  # "detained its 24 crew members, all Chinese nationals": whose the people are, not whose crew
                out += [(thing, ref) for ref in apposed]
                continue
            country = self._country_of_thing(view, thing)
            ref = self.country(country) if country else None
            if ref is not None:
                out.append((thing, ref))
        # "fought insurgents in X's north": armed men are where they are, not whose the ground is
        hit = [t for t in things if view.ent_type[t] not in TIME_ENTITIES]  # not "for a decade"
        armed = bool(hit) and all(view.lemma[t] in self.words.armed_people_noun for t in hit)
        if not out:  # "struck what it called terrorist infrastructure in Pakistan"
            for holder in (*holders, *things) if not armed else ():
                for prep in children[holder]:
                    if dep[prep] != "prep" or lower[prep] not in self.words.hit_place_prep:
                        continue
                    for pobj in (p for p in children[prep] if dep[p] == "pobj"):
                        country = self._place_country(view, pobj)
                        ref = self.country(country) if country else None
                        if ref is not None:
                            out.append((self._shown(view, things, holders) if things else pobj, ref))
        own = {ref.country for _, ref in sources if ref.country and state_force(ref)}
        if not out and things and not armed:  # "strikes in Kharkiv killed civilians": victims stand where the act was
            ref = self.country(self._clause_country(view, head.i, nominal, own) or "")
            if ref is not None:
                # the phrase it stands with is the thing hit, not the trigger's own noun ("opened fire on a village")
                out.append((self._shown(view, things, holders), ref))
        return [(doc[t], r) for t, r in out if r.country not in own]

    @staticmethod
    def _shown(view: ParseView, things: list[int], holders: list[int]) -> int:
        """The phrase a target found by its ground stands with: a thing hit, not the trigger's own noun, nor a
        time ("carried out strikes on Thursday on hideouts in X": the hideouts)."""
        return next((t for t in things if t not in holders and view.ent_type[t] not in TIME_ENTITIES),
                    next((t for t in things if t not in holders), things[0]))

    def _clause_country(self, view: ParseView, head: int, nominal: bool, own: set[str]) -> str | None:
        """The one country the places named in the act's clause belong to ("shelling in Kharkiv
        killed civilians", "struck sleeping families in Kharkiv"), when it is not the doer's own;
        none when the clause names no place or places of several countries."""
        clause = view.head[head] if nominal and view.dep[head] != "ROOT" else head
        places = self.found.places
        countries = {places[t][1] for t in own_clause(view, clause)
                     if t in places and not self.names_water(view, t) and not self.across_border(view, t)
                     and not self.route_end(view, t)}
        countries.discard(None)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        return None if country is None or country in own else country

    def across_border(self, view: ParseView, t: int) -> bool:
        """Whether a place is named as the other side of a border ("near the border with Ecuador", "the
        frontier with Peru and Bolivia"): the act was on this side of it."""
        while view.dep[t] == "conj" and view.head[t] != t:
            t = view.head[t]
        prep = view.head[t]
        return (view.dep[t] == "pobj" and view.lower[prep] == "with"
                and view.lemma[view.head[prep]] in self.words.border_noun)

    def route_end(self, view: ParseView, t: int) -> bool:
        """Whether a place is named as where a road leads ("on the highway to X", "the route from X", ``route_noun``):
        the act was on the way, not in that place; also where the parser hangs the "to" on the verb, right after the
        road's noun."""
        while view.dep[t] == "conj" and view.head[t] != t:
            t = view.head[t]
        prep = view.head[t]
        if view.dep[t] != "pobj" or view.lower[prep] not in ("to", "from", "between", "towards", "toward"):
            return False
        return view.lemma[view.head[prep]] in self.words.route_noun or route_end_hung(view, prep, self.words)

    def names_water(self, view: ParseView, t: int) -> bool:
        """Whether a place is named only as the name of a sea or gulf ("the Gulf of Finland")."""
        prep = view.head[t]
        return (view.dep[t] == "pobj" and view.lower[prep] == "of"
                and view.lemma[view.head[prep]] in self.words.water_noun)

    def _place_country(self, view: ParseView, token: int) -> str | None:
        """The country of a named place ("Kharkiv", "Pakistan"), or of "the port of Izmail"."""
        places = self.found.places
        if token in places:
            return places[token][1]
        if view.lemma[token] in self.words.water_noun:
            return None  # "the Gulf of Finland": the country names the water, it does not own it
        dep, children = view.dep, view.children
        for prep in children[token]:
            if dep[prep] == "prep" and view.lower[prep] == "of":
                for pobj in children[prep]:
                    if dep[pobj] == "pobj" and pobj in places:
                        return places[pobj][1]
        # "in Pakistan and Pakistani Kashmir": a place named by its modifiers
        return next((places[m][1] for m in modifiers(view, token) if m in places), None)

    def apposed_countries(self, view: ParseView, thing: int) -> list[str]:
        """The countries an apposition after a thing or people counted gives them ("detained its 24 crew
        members, all Chinese nationals", "arrested 11 people, most of them Afghan citizens", "seized 37 boats,
        most of them Vietnamese and Indonesian"): after a comma or dash ending the thing's phrase, a share
        (``apposed_share`` in words.tsv) or a number, "of them" if written, then the words up to the next
        punctuation or preposition; the countries the resolver read in them, in order. Read on the words,
        as the parser hangs such a share on the object, the verb or another noun."""
        by_token, pos, lower = self.found.by_token, view.pos, view.lower
        marks = (",", "—", "–")
        if by_token.get(thing) is not None:
            return []
        n, k = len(lower), thing + 1
        while k < n and lower[k] not in marks and (thing in view.ancestors(k) or self._adjunct(view, k, thing)):
            k += 1  # "37 foreign fishing boats in the country's southern waters so far this year, most of them ..."
        if k >= n or lower[k] not in marks or view.sent[k] != view.sent[thing]:
            return []
        k += 1
        shared = False
        while k < n and (lower[k] in self.words.apposed_share or pos[k] == "NUM"):
            k, shared = k + 1, True  # "nearly all", "17"
        if not shared:
            return []
        if k + 1 < n and lower[k] == "of" and lower[k + 1] in ("them", "whom"):
            k += 2
        out: list[str] = []
        while k < n and pos[k] not in ("PUNCT", "ADP", "VERB", "AUX", "PRON", "SCONJ"):
            ref = by_token.get(k)
            if ref is not None and ref.country and ref.kind in ("country", "sector") and ref.country not in out:
                out.append(ref.country)
            k += 1
        return out

    @staticmethod
    def _adjunct(view: ParseView, k: int, thing: int) -> bool:
        """Whether word ``k`` is in an adverbial of the verb ``thing`` is the object of, no verb between ("detained
        12 boats this month, most of them ...", "so far this year")."""
        verb = view.head[thing]
        chain = [k, *view.ancestors(k)]
        if verb in (thing, k) or verb not in chain:
            return False  # the verb itself is in no adverbial of itself
        below = chain[:chain.index(verb)]
        return view.dep[below[-1]] in ("advmod", "npadvmod", "prep") and not any(view.pos[t] in ("VERB", "AUX")
                                                                                  for t in below)

    def _nationals_country(self, view: ParseView, noun: int) -> str | None:
        """The country of private people a demonym on their noun gave them (``private_person_noun``,
        ``general_person_noun``: "20 Ruritanian nationals"), whose act's noun is "of" them; else None."""
        ref = self.found.by_token.get(noun)
        lemma = view.lemma[noun]
        if ref is None or ref.kind != "country" or not self.words.is_person_noun(lemma):
            return None
        return ref.country

    def _country_of_thing(self, view: ParseView, thing: int, depth: int = 0) -> str | None:
        """Whose is a thing an act of force hit: a place's country, a place it is "of" or "in",
        a demonym on it, or its possessor ("its posts")."""
        by_token, places = self.found.by_token, self.found.places
        if by_token.get(thing) is not None:
            return None  # an actor: a target of its own, not a thing
        owner = next((by_token[c] for c in view.children[thing] if view.dep[c] == "poss" and c in by_token
                      and by_token[c].country and view.pos[c] != "PRON"), None)
        if owner is not None:  # "over Moscow's invasion of Ukraine": a named owner's, not the place it was done to
            return owner.country
        country = self._place_country(view, thing)
        if country:
            return country
        dep, children, lower = view.dep, view.children, view.lower
        for child in children[thing]:
            if dep[child] == "prep" and lower[child] == "of" and depth < 1:
                for pobj in (p for p in children[child] if dep[p] == "pobj"):  # "imports of Japanese seafood"
                    # ("the arrest of 20 Ruritanian nationals": the people's country, actors/people.py _nationals)
                    country = self._nationals_country(view, pobj) or self._country_of_thing(view, pobj, depth + 1)
                    if country:
                        return country
            elif dep[child] == "prep" and lower[child] in self.words.hit_place_prep \
                    and view.lemma[thing] not in self.words.armed_people_noun:  # "insurgents in X's north"
                for pobj in (p for p in children[child] if dep[p] == "pobj"):
                    country = self._place_country(view, pobj)
                    if country:
                        return country
            elif dep[child] == "poss" and child in by_token:
                if by_token[child].country:
                    return by_token[child].country  # "its posts"
            elif dep[child] == "amod" and view.lemma[child] in self.words.owner_participle:
                for word in (x for x in children[child] if dep[x] in ("npadvmod", "compound", "amod")):
                    ref = by_token.get(word)  # "a Greek-owned bulk carrier"
                    if ref is not None and ref.kind == "country" and ref.country:
                        return ref.country
        for modifier in modifiers(view, thing):
            # "Ukrainian energy facilities", "the Ukrainian Danube port", "the Natanz and Isfahan sites"
            owner = by_token.get(modifier)
            if owner is not None and owner.kind == "country" and owner.country:
                return owner.country
            if owner is None and modifier in places and places[modifier][1]:
                return places[modifier][1]
        return None



def route_end_hung(view: ParseView, prep: int, words: Words) -> bool:
    """Whether a preposition of where a road leads follows, right after, a road's noun (``route_noun``) that is itself
    the object of a preposition of place: "on the highway to X" with the "to" hung on the verb; not a road that is
    a thing itself ("handed control of the highway to X": whom it was given)."""
    road = prep - 1
    return prep > 0 and view.lower[prep] in words.way_prep \
        and view.lemma[road] in words.route_noun and view.dep[road] == "pobj" \
        and view.lower[view.head[road]] in words.place_prep

def own_clause(view: ParseView, head: int) -> list[int]:
    """The words of a clause (token indices) without the clauses said, claimed or described inside it
    ("in what they said was solidarity with <place>", "a ship that had called at <place>"), nor an
    adverbial clause with a subject of its own, which tells another act ("detained six men, two days
    before the negotiators were due to meet in <place>")."""
    dep, children = view.dep, view.children
    out, todo = [], [head]
    while todo:
        token = todo.pop()
        out.append(token)
        todo += [c for c in children[token] if dep[c] not in ("ccomp", "relcl", "pcomp", "parataxis", "acl")
                 and not (dep[c] == "advcl" and any(dep[x] in ("nsubj", "nsubjpass") for x in children[c]))]
    return out


def modifiers(view: ParseView, noun: int) -> list[int]:
    """The adjectives and nouns (token indices) that modify ``noun`` on its left, through chains of them
    ("the Ukrainian Danube port": Danube, Ukrainian) and their conjuncts ("Natanz and Isfahan sites")."""
    dep, children = view.dep, view.children
    out: list[int] = []
    for child in children[noun]:
        if dep[child] in ("amod", "compound", "nmod") and child < noun:
            out.append(child)
            out += [c for c in children[child] if dep[c] == "conj"]
            out += modifiers(view, child)
    return out


def arrived_here(view: ParseView, verb: int, words: Words) -> bool:
    """Whether an ``arrival_verb`` names no place it arrived at, so that in a story with a dateline it came where the
    story is told from: nothing after it but when, where from, what for or on (a ``trip_noun`` or ``forum_noun``:
    "arrived on Thursday for a three-day visit", "arrived on his third visit") or "here" ("arrived here today for
    talks"); not "arrived in Almaty", "arrived there" (places.py ``_arrived_here``, code_sides.py ``_visited``)."""
    if view.lemma[verb] not in words.arrival_verb:
        return False
    dep, children, lemma = view.dep, view.children, view.lemma
    purpose = words.trip_noun | words.forum_noun
    for c in children[verb]:
        if dep[c] in ("dobj", "advmod") and view.ent_type[c] not in TIME_ENTITIES and view.lower[c] != "here":
            return False
        if dep[c] == "prep" and view.lower[c] != "from" and any(
                dep[o] == "pobj" and view.ent_type[o] not in TIME_ENTITIES
                and not (view.lower[c] in ("for", "on") and lemma[o] in purpose) for o in children[c]):
            return False
    return True


def state_force(ref: ActorRef) -> bool:
    """A country or one of its state bodies (government, army, police, ...), not a group within it."""
    return ref.kind == "country" or (ref.kind != "group" and ref.sector in STATE_FORCE_SECTORS)


def resolved_via(found: DocActors, token: Token, ref: ActorRef) -> frozenset[str]:
    """How the resolver gave the noun phrase headed by ``token`` the actor ``ref`` (the ``via`` of its
    mentions ending there: "name", "nominal", "context", ...)."""
    end = token.idx + len(token.text)
    return frozenset(m.via for m in found.mentions.get(ref.key, ()) if m.end == end)


def from_context(found: DocActors, token: Token, ref: ActorRef) -> bool:
    """Whether the resolver gave this common noun ("people", "security forces") the article's country
    because the text names none (:meth:`Ground.from_context`)."""
    return "context" in resolved_via(found, token, ref)
