"""The ground an act of force hit: whose places and things a strike, a siege or an embargo landed
on, when it names no actor as its target ("killed in a Freedonian strike on a district of
<city>", "hit Ukrainian energy facilities", "banned imports of Japanese seafood"). Used by
:mod:`detente.events.extract` for the CAMEO roots whose ``place_target`` is yes
(``data/cameo_roots.tsv``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from detente.actors.resolve import ActorRef, DocActors
from detente.events.lexicon import Words

if TYPE_CHECKING:
    from spacy.tokens import Token

Side = tuple["Token", ActorRef]  # a participant: its head token and the actor it stands for
STATE_FORCE_SECTORS = {"GOV", "ELI", "MIL", "COP", "SPY", "JUD", "LEG"}  # a state's own bodies and forces


class Ground:
    """Reads the country of the ground an act hit off one parsed, actor-resolved doc."""

    def __init__(self, found: DocActors, words: Words, country: Callable[[str], ActorRef | None]) -> None:
        self.found, self.words = found, words
        self.country = country  # a country's actor by its code

    def from_context(self, token: Token, ref: ActorRef) -> bool:
        """Whether the resolver gave this common noun ("people", "security forces") the article's
        country because the text names none."""
        end = token.idx + len(token.text)
        return any(m.end == end and m.via == "context" for m in self.found.mentions.get(ref.key, ()))

    def struck(self, head: Token, trigger: Sequence[Token], nominal: bool, sources: Sequence[Side],
               actors_at: Callable[[Token], list[Side]]) -> list[Side]:
        """The target of an act of force that names no actor as its target: the actor the act's
        event noun did it to ("an Israeli strike killed a Hezbollah commander"), else the country
        whose place or things it hit ("a district of Kharkiv", "Ukrainian energy facilities", "its
        posts", "facilities in Kharkiv"), each standing with the phrase that names the thing. A
        state's forces acting on their own ground target no one named ("the army shelled rebel
        positions in the north"); rebels acting on their country's ground target its state."""
        if nominal and head.dep_ in ("nsubj", "csubj") and head.head.pos_ == "VERB":
            done_to = [a for o in head.head.children if o.dep_ == "dobj"
                       for a in actors_at(o) if a[1].kind != "unresolved"]
            if done_to:
                return done_to
        things: list[Token] = []
        holders = [head, *trigger[1:]]
        for holder in holders:
            for child in holder.children:
                if child.dep_ in ("dobj", "nsubjpass") and not nominal:
                    things += [child, *(x for x in child.children if x.dep_ == "conj")]
                elif child.dep_ == "ccomp" and any(x.dep_ == "dobj" and x.tag_ == "WP" for x in child.children):
                    # "struck what it called terrorist infrastructure in Pakistan"
                    holders.append(child)
                    things += [x for x in child.children if x.dep_ == "oprd"]
                elif child.dep_ == "prep" and child.lower_ in self.words.target_prep | {"at"}:
                    for pobj in (p for p in child.children if p.dep_ == "pobj"):
                        things += [pobj, *(x for x in pobj.children if x.dep_ == "conj")]
        out: list[Side] = []
        for thing in things:
            country = self.country_of_thing(thing)
            ref = self.country(country) if country else None
            if ref is not None:
                out.append((thing, ref))
        if not out:  # "struck what it called terrorist infrastructure in Pakistan"
            for holder in (*holders, *things):
                for prep in (x for x in holder.children if x.dep_ == "prep" and x.lower_ in self.words.hit_place_prep):
                    for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                        country = self.place_country(pobj)
                        ref = self.country(country) if country else None
                        if ref is not None:
                            out.append((things[0] if things else pobj, ref))
        own = {ref.country for _, ref in sources if ref.country and state_force(ref)}
        if not out and things:  # "strikes in Kharkiv killed civilians": the victims stand where the act was
            ref = self.country(self.clause_country(head, nominal, own) or "")
            if ref is not None:
                out.append((things[0], ref))
        if not any(ref.kind != "unresolved" for _, ref in sources):
            return []
        return [(t, r) for t, r in out if r.country not in own]

    def clause_country(self, head: Token, nominal: bool, own: set[str]) -> str | None:
        """The one country the places named in the act's clause belong to ("shelling in Kharkiv
        killed civilians", "struck sleeping families in Kharkiv"), when it is not the doer's own;
        none when the clause names no place or places of several countries."""
        clause = head.head if nominal and head.dep_ != "ROOT" else head
        countries = {self.found.places[t.i][1] for t in own_clause(clause)
                     if t.i in self.found.places and not self.names_water(t)}
        countries.discard(None)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        return None if country is None or country in own else country

    def names_water(self, token: Token) -> bool:
        """Whether a place is named only as the name of a sea or gulf ("the Gulf of Finland")."""
        prep = token.head
        return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in self.words.water_noun

    def place_country(self, token: Token) -> str | None:
        """The country of a named place ("Kharkiv", "Pakistan"), or of "the port of Izmail"."""
        if token.i in self.found.places:
            return self.found.places[token.i][1]
        if token.lemma_.lower() in self.words.water_noun:
            return None  # "the Gulf of Finland": the country names the water, it does not own it
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.found.places:
                        return self.found.places[pobj.i][1]
        # "in Pakistan and Pakistani Kashmir": a place named by its modifiers
        return next((self.found.places[m.i][1] for m in modifiers(token) if m.i in self.found.places), None)

    def country_of_thing(self, thing: Token, depth: int = 0) -> str | None:
        """Whose is a thing an act of force hit: a place's country, a place it is "of" or "in",
        a demonym on it, or its possessor ("its posts")."""
        ref = self.found.by_token.get(thing.i)
        if ref is not None:
            return None  # an actor: a target of its own, not a thing
        country = self.place_country(thing)
        if country:
            return country
        for child in thing.children:
            if child.dep_ == "prep" and child.lower_ == "of" and depth < 1:
                for pobj in (p for p in child.children if p.dep_ == "pobj"):  # "imports of Japanese seafood"
                    country = self.country_of_thing(pobj, depth + 1)
                    if country:
                        return country
            elif child.dep_ == "prep" and child.lower_ in self.words.hit_place_prep:
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    country = self.place_country(pobj)
                    if country:
                        return country
            elif child.dep_ == "poss" and child.i in self.found.by_token:
                if self.found.by_token[child.i].country:
                    return self.found.by_token[child.i].country  # "its posts"
            elif child.dep_ == "amod" and child.lemma_.lower() in self.words.owner_participle:
                for word in (x for x in child.children if x.dep_ in ("npadvmod", "compound", "amod")):
                    ref = self.found.by_token.get(word.i)  # "a Greek-owned bulk carrier"
                    if ref is not None and ref.kind == "country" and ref.country:
                        return ref.country
        for modifier in modifiers(thing):
            # "Ukrainian energy facilities", "the Ukrainian Danube port", "the Natanz and Isfahan sites"
            owner = self.found.by_token.get(modifier.i)
            if owner is not None and owner.kind == "country" and owner.country:
                return owner.country
            if owner is None and modifier.i in self.found.places and self.found.places[modifier.i][1]:
                return self.found.places[modifier.i][1]
        return None


def own_clause(head: Token) -> list[Token]:
    """The words of a clause without the clauses said, claimed or described inside it ("in what
    they said was solidarity with <place>", "a ship that had called at <place>")."""
    out, todo = [], [head]
    while todo:
        token = todo.pop()
        out.append(token)
        todo += [c for c in token.children if c.dep_ not in ("ccomp", "relcl", "pcomp", "parataxis", "acl")]
    return out


def modifiers(noun: Token) -> list[Token]:
    """The adjectives and nouns that modify ``noun`` on its left, through chains of them
    ("the Ukrainian Danube port": Danube, Ukrainian) and their conjuncts ("Natanz and Isfahan sites")."""
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
            out.append(child)
            out += [c for c in child.children if c.dep_ == "conj"]
            out += modifiers(child)
    return out


def state_force(ref: ActorRef) -> bool:
    """A country or one of its state bodies (government, army, police, ...), not a group within it."""
    return ref.kind == "country" or (ref.kind != "group" and ref.sector in STATE_FORCE_SECTORS)
