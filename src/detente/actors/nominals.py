"""Institution nominals in an article: "the ministry", "the movement", "the junta", "the Government" (the
latest earlier actor such a noun can stand for, a country's own government addressed by its lawmakers or
opposition, the dateline's country unless the text never names it), and the body a known person holds an
office of. A ship a general vessel noun names again ("the vessel") is the one named before; with a
``state_craft_word`` on it ("the patrol vessel", "the navy ship") it is a state's craft, never a ship named by
another word (the trawlers it stopped), but one of its own word or the forces named latest before it. A bare
force noun that is the subject of a clause joined to one whose subject is a state's actor is that state's force
("Thailand ordered a crackdown on casinos, and police detained dozens": Thailand's police); one a party or other
body addressing its own state asks to act is that state's ("the opposition urged the navy to ...",
``_addressed_forces``); a bare plural force noun in what a state's body reports is that state's, not a named
armed body it could name again ("Security forces seized weapons, it said" after Kuwait's ministry spoke of a
militia: Kuwait's, ``_reported_bare_forces``, session 43). "The central government", "the federal government"
(``home_level_word``) and "the Centre" (``centre_noun``) addressed by anyone of a known country, a governor or a
chief minister included, are that country's government, not the foreign state the story is about (``_home_level``,
``the_centre``, session 45). A definite visitor noun ("the delegation", "the visiting minister") is the actor the
same noun was named with before of a state other than the dateline's, or for "visiting" the latest such state actor
named before, not the host whose ministry reports the visit (``_visitor``, session 47). A definite force noun a
state's leader or body orders ("Thailand ordered the army to ...") is that state's; one an armed group of a country
gives something to ("the rebels handed the town back to the military") is that country's (``_commanded_forces``,
session 49). A definite office noun ("the commissioner", "the envoy", "the High Commissioner") is the organisation
whose office the same noun named the latest time before ("EU Migration Commissioner X ... The commissioner": the
EU), or, named nowhere before, the organisation of ``data/actors/offices.tsv`` with that office the article named
latest; a state's office named before is left to the state rules (``_office_named_before``, session 56); so is an
organisation-sector title ("the secretary-general", even where the parser read "general" as an adjective), and a
title of several words is named again only by the same words (``_title_words``, session 56, h-org2). A mixin of
the resolver (:class:`detente.actors.doc_resolver.DocResolver`), which holds the article's parse view, history
and actor table these rules read. Split from ``actors/doc_resolver.py`` (session 23).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from detente.actors.antecedents import (
    FORCE_SECTORS,
    INDEFINITE,
    counted,
    definite_at,
    last_speaker,
    reporting_state,
    seat_government,
    seated_in,
    venue_party,
)

if TYPE_CHECKING:
    import datetime as dt

    from detente.actors.doc_resolver import DocResolver
    from detente.actors.kb import Entry
    from detente.actors.refs import ActorRef, DocActors
    from detente.actors.resolve import ActorFinder
    from detente.events.lexicon import Words
    from detente.parse_view import ParseView

# sectors of a country's bodies that address their own state's government ("Chilean senators urged the
# government"), not a foreign one: not its executive, forces or police (a ministry urging "the government" is
# as often a foreign one's), nor gangs and gunmen
ADDRESSING_SECTORS = ("LEG", "OPP", "PTY", "OPPPTY", "JUD", "CVL", "LAB", "EDU", "REL", "BUS", "MED", "HRI", "NGO",
                      "AGR", "HLH", "REF", "REB")
SHIP_MODIFIERS = ("amod", "compound", "nmod", "poss")  # where a ship's flag or owner stands ("a Vietnamese trawler")
# where a ship stands as what was done to it ("seized a British-flagged tanker", "a Greek tanker was seized"): such
# a ship of the same sentence is the one "the vessel" names again, never the doer's own
SHIP_OBJECT_DEPS = ("dobj", "obj", "nsubjpass")


class NominalRules:
    """The rules for institution nominals (see the module's docstring); the resolver provides what is declared
    here."""

    v: ParseView
    f: ActorFinder
    found: DocActors
    words: Words
    day: dt.date | None
    home: ActorRef | None
    history: list[tuple[int, ActorRef]]
    by_match: dict[int, tuple[str, int, int]]
    sector_at: dict[int, tuple[str, int, int]]
    sentence_of: dict[int, int]

    def resolve(self, i: int) -> ActorRef | None:
        raise NotImplementedError  # the resolver's

    def titled_adjective(self, i: int) -> bool:
        raise NotImplementedError  # the resolver's

    def lemma_as_tagged(self, i: int) -> str:
        raise NotImplementedError  # the resolver's

    def _sector_words(self, sector: tuple[str, int, int]) -> str:
        """The words of a sector's span, lowercase, as sectors.tsv lists them ("army officers", "drones")."""
        return self.v.text[self.v.idx[sector[1]]:self.v.end[sector[2] - 1]].lower()

    def _nominal(self, at: int) -> ActorRef | None:
        """"the movement", "the ministry": the latest earlier actor such a noun can stand for."""
        lemma = self.v.lemma
        lower = lemma[at]
        candidates = set(self.f.nominals.get(lower, ())) | set(self.f.nominals.get(self.v.lower[at], ()))
        if candidates:  # "the paramilitary group": a body called "the paramilitary" too, not only "the group"
            candidates |= {e for c in self.v.children[at] if self.v.dep[c] == "amod"
                           for e in self.f.nominals.get(self.v.lower[c], ())}
        sector = self.sector_at.get(at)
        if sector is not None and sector[0] == "GOV" and lower in self.words.junta_noun:
            # "the junta", "junta aircraft": the military government the knowledge base has of a country the
            # text names (Myanmar's), not the dateline's government nor a rebel speaker's
            ruling = [e for e in map(self.f.kb.get, candidates) if e is not None and e.country in self._named_countries]
            if len({e.country for e in ruling}) == 1:
                return self.f.entity_ref(ruling[0], self.day)
        if sector is not None and sector[0] == "GOV" and (lower in self.words.junta_noun or self._junta_phrase(at)):
            ruled = self._military_ruled(at)
            if ruled is not None:
                return ruled
        if sector is not None and sector[0] in ("IGO", "GOV"):
            # "NATO Secretary-General X held talks ... The secretary-general urged", "EU Migration Commissioner X
            # said ... The commissioner urged": the organisation's own office
            office = self._office_named_before(at)
            if office is not None:
                return office
        if sector is not None and sector[0] == "GOV":
            group = self._plural_named_before(at)
            if group is not None:  # "EU foreign ministers met ... The ministers agreed": the EU's, not a state's
                return group
            visitor = self._visitor(at)
            if visitor is not None:  # "a Ruritanian delegation ... The delegation met ...": Ruritania's, not the host's
                return visitor
            resolver = cast("DocResolver", self)  # these rules run only as the resolver's
            # a bare title on a name ("In Kabul, foreign ministry spokesman X accused ..."): the name's clause
            holder = self._title_holder(at)
            # "the party demanded that the government withdraw": the asking body's own, before any speaker's
            # "the governor urged the central government to act": the addresser's own state at any level
            home_level = self._home_level(at)
            asked = self._own_government(at, home_level) \
                if home_level or self._asking_verb(at) is not None else None
            body = asked or seated_in(resolver, holder) or self._title_of_state(at, holder) \
                or (None if self._head_title(at) else self._sayers_state(at) or last_speaker(resolver, at))
            if body is None and lower not in self.words.abroad_noun:
                body = self._own_government(at)
            if body is not None:
                return body
        if sector is not None and sector[0] == "GOV" and self.home is not None \
                and lower not in self.words.abroad_noun:  # an embassy in the dateline's city is a foreign one
            # "the Government", "the foreign ministry": the same noun named with its country earlier,
            # else the dateline's country, not whichever government was named last
            same = [(i, ref) for i, ref in reversed(self.history[-30:])
                    if ref.kind == "sector" and ref.sector == "GOV" and lemma[i] == lower and i not in self.found.groups
                    and self._same_body(i, at)]
            if not same and self._title_holder(at) == at and definite_at(self.v, at, self.words):
                # "Turkish Foreign Minister Hakan Fidan arrived ... The minister promised ...": his state's
                same = [(i, self.f.sector_ref(country, "GOV")) for i, ref, country in self._titled_holders(at)]
            if same:
                i, ref = self._speakers_body(at, same)
                self.found.antecedents[at] = i
                return ref
            owner = self._own_forces_state(at)
            return self.f.sector_ref(owner or self._home_or_party(at), "GOV")
        v = self.v
        if counted(v, at) and not definite_at(v, at, self.words):
            return None  # "three people", "thousands of soldiers": people counted anew, not those named before
        asset = sector is not None and self._sector_words(sector) in self.f.kb.assets
        if asset and not definite_at(v, at, self.words):
            return None  # "Drones struck ...": new hardware, not the forces named before
        recent = list(reversed(self.history[-30:]))
        if asset:  # "the drones": the drones named before, else the forces named before
            recent = [(i, r) for i, r in recent if lemma[i] == lower] + [(i, r) for i, r in recent if lemma[i] != lower]
            if lower in self.f.kb.crafts:  # "the ship": the ship named before, never the forces (a merchant ship)
                recent = [(i, r) for i, r in recent if lemma[i] == lower]
        elif sector is not None and self._sector_words(sector) in self.f.kb.ranks:
            # "the officer": the officer named before ("a Croatian army officer"), never other forces
            recent = [(i, r) for i, r in recent if lemma[i] == lower]
        elif sector is not None and sector[0] in FORCE_SECTORS \
                and (joined := self._joined_doers_forces(at, sector[0])) is not None:
            return joined  # "X of Ruritania ordered a crackdown ..., and police arrested ...": Ruritania's police
        elif sector is not None and sector[0] in FORCE_SECTORS:
            # "Sudan's army ... Chadian soldiers ... The army accused ...": a state's forces named before by the same
            # noun, before other forces named since; only a country's forces, not a named force ("the Libyan
            # National Army" is no Sudan story's "army"), and not those of the country its verb is done to ("India's
            # army said ... Pakistan's military denied it. The army accused India": Pakistan's)
            other = self._named_sides_of_verb(at, states=True)
            named = [(i, r) for i, r in recent if lemma[i] == lower and r.kind == "sector" and r.country not in other]
            recent = named + [(i, r) for i, r in recent if (i, r) not in named]
            own = self._own_words(at)
            focus = cast("DocResolver", self)._focus() if own else None
            if focus is not None:
                # "Eritrean troops massed ...; federal forces were put on alert": forces named before by the same
                # word, however long ago ("Somali federal forces ... Kenyan soldiers ... federal troops"), else
                # those of the country the article is about, never another foreign force named before
                same = [(i, r) for i, r in reversed(self.history)
                        if i < at and r.kind == "sector" and r.sector == sector[0] and own & self._own_words(i)]
                recent = same + [(i, r) for i, r in recent if r.country == focus.country and (i, r) not in same]
        for i, ref in recent:
            if ref.entry in candidates or (sector is not None and ref.kind == "sector" and ref.sector == sector[0]):
                reported = self._reported_bare_forces(at, sector, ref)
                if reported is not None:
                    return reported
                self.found.antecedents[at] = i
                return ref
            body = self._role_body(ref, candidates)
            if body is not None:  # "Houthi spokesman Yahya Saree said the group ...": the body he speaks for
                self.found.antecedents[at] = i
                return body
        if asset and lower in self.f.kb.crafts:
            # no forces' ship of that word named before: "A Chinese survey ship entered ... that the vessel leave",
            # "seized a Chinese-flagged carrier. The ship ...": its flag's
            return self.ship_named_before(at)
        return None

    def _visitor(self, at: int) -> ActorRef | None:
        """A definite government noun for a party come from abroad (``visitor_noun``: "the delegation"; or one a
        ``visitor_modifier`` is on: "the visiting minister"): the actor the same noun was named with before, of a state
        other than the dateline's ("talks with a Ruritanian delegation ... The delegation also met officials of the
        trade ministry, the ministry said": Ruritania's, not the reporting host's); for a "visiting" noun with no such
        mention, the latest state actor named before of a country other than the dateline's ("Ruritania's president
        arrived in Oslo ... the visiting leader told reporters"); None without a dateline, or with none such."""
        v, words = self.v, self.words
        visiting = any(v.dep[c] == "amod" and v.lower[c] in words.visitor_modifier for c in v.children[at])
        if self.home is None or not self.home.country or not definite_at(v, at, words) \
                or not (visiting or v.lemma[at] in words.visitor_noun):
            return None
        host = self.home.country
        for k in range(at - 1, -1, -1):  # the same noun named with its state ("a Ruritanian delegation")
            if v.lemma[k] != v.lemma[at]:
                continue
            owners = [self.found.by_token[c] for c in (k, *v.children[k]) if c in self.found.by_token and c != at]
            for ref in owners:
                if ref.country and ref.country != host and ref.kind != "unresolved":
                    self.found.antecedents[at] = k
                    return self.f.sector_ref(ref, "GOV")
        if not visiting:
            return None
        for i, ref in reversed(self.history):
            if i < at and ref.country and ref.country != host and (ref.kind in ("country", "person")
                                                                   or ref.sector == "GOV"):
                self.found.antecedents[at] = i
                return self.f.sector_ref(ref, "GOV")
        return None

    def _reported_bare_forces(self, at: int, sector: tuple[str, int, int] | None, ref: ActorRef) -> ActorRef | None:
        """"Ruritania's interior ministry said it had arrested four men trained by the Northern Brigades ...
        Security forces seized rifles in raids, it said": a bare plural forces noun (no determiner, possessive or
        demonym of its own) that is the subject of a clause a state's body reports (``reporting_state``) is that
        state's force, not the named armed body (``ref``, a knowledge-base entry the noun is a nominal of) found
        before it; None otherwise (a state's forces named before by a sector word are kept)."""
        v = self.v
        if sector is None or sector[0] not in FORCE_SECTORS or ref.kind == "sector" or v.tag[at] != "NNS" \
                or any(v.dep[c] in ("det", "poss", "amod", "nmod") or c in self.by_match for c in v.children[at]):
            return None
        state = reporting_state(cast("DocResolver", self), at)
        if state is None or state.country == ref.country and ref.sector == sector[0]:
            return None
        return self.f.sector_ref(state, sector[0])

    def _joined_doers_forces(self, at: int, sector: str) -> ActorRef | None:
        """"President X of Ruritania ordered a crackdown on smuggling rings, and police arrested hundreds of
        foreigners": a bare force noun ("police", "the army": no word of its own naming whose) that is the subject of
        a clause joined to one whose subject is a state's actor (its leader, a body of its state) is that state's
        force, not that of whatever country was named last; None otherwise."""
        v = self.v
        dep, head, children = v.dep, v.head, v.children
        verb = head[at]
        if dep[at] != "nsubj" or dep[verb] != "conj" or v.pos[head[verb]] not in ("VERB", "AUX") \
                or any(dep[c] in ("amod", "compound", "poss", "nmod", "prep") for c in children[at]):
            return None
        doers = [self.found.by_token.get(c) for c in children[head[verb]] if dep[c] == "nsubj"]
        states = {r.country for r in doers if r is not None and r.country
                  and (r.kind == "country" or (r.kind == "sector" and r.sector == "GOV")
                       or (r.kind == "person" and r.code is not None and r.code.endswith("GOV")))}
        entry = self.f.kb.get(states.pop()) if len(states) == 1 else None
        return self.f.sector_ref(self.f.entity_ref(entry, self.day), sector) if entry is not None else None

    def ship_named_before(self, at: int) -> ActorRef | None:
        """The ship a definite ``vessel_noun`` names again ("the trawler", "the boats"), by the actor on it or on its
        modifiers ("a Vietnamese trawler", "three Colombian fishing boats", "a Russian-flagged tanker"): the latest
        one named in the three sentences before by the same word, else, for a general noun of a ship
        (``generic_vessel_noun``: "the vessel", "the ship", "the boat"), by any ``vessel_noun`` ("A Chinese survey
        ship entered ... demanded that the vessel leave": China's). Not a ship of its own sentence named by another
        word, which is as often the doer's own ("An Indonesian corvette fired on the vessel"), unless that ship is
        what was done to (``SHIP_OBJECT_DEPS``: "seized a British-flagged tanker ..., accusing the ship of
        smuggling": Britain's). None if the noun is not definite or no such ship was named."""
        v, vessels, memo = self.v, self.words.vessel_noun, cast("DocResolver", self).memo
        lemma, here = v.lemma[at], self.sentence_of[at]
        if lemma not in vessels or not definite_at(v, at, self.words) or any(
                memo.get(c) is not None for c in v.children[at] if v.dep[c] in SHIP_MODIFIERS):
            return None  # (nor a ship its own modifier names: "the Chilean boat" is Chile's, named anew)
        generic = lemma in self.words.generic_vessel_noun and not self._state_craft(at)
        for i in range(at - 1, -1, -1):
            if here - self.sentence_of[i] > 3:
                break
            if v.lemma[i] not in vessels or (v.lemma[i] != lemma and (
                    not generic or (self.sentence_of[i] == here and v.dep[i] not in SHIP_OBJECT_DEPS))):
                continue
            for j in self._ship_owner_words(i):
                ref = memo.get(j)
                if ref is not None and ref.country:
                    self.found.antecedents[at] = j
                    return ref
        if lemma in self.words.generic_vessel_noun and not generic:
            # a state's craft no ship of its word names: the forces named latest before it ("The coast guard
            # seized two trawlers ... stopped by the patrol vessel X": the coast guard's), not a ship's flag
            for i, ref in reversed(self.history):
                if i < at and ref.sector in FORCE_SECTORS and ref.country and v.lemma[i] not in vessels:
                    self.found.antecedents[at] = i
                    return ref
        return None

    def prefixed_ship(self, i: int) -> ActorRef | None:
        """The state whose forces a ship named with its navy's prefix stands for (``ship_prefixes.tsv``: "the patrol
        vessel HMNZS Kaiwaka", "USS Halvorsen", "KRI Raden Sumantri": New Zealand's, the United States', Indonesia's
        forces), at the last word of the name (the capitalised words right after the prefix, which may be a place's
        or a person's name: the prefix says whose ship it is), or at the prefix when the parser makes it the
        phrase's head ("sent HMNZS Te Mana"). Read on the words, as the parser often hangs the prefix on the verb.
        The same name written again without its prefix later in the article is the same ship ("ARA Austral ...
        shadowed the Austral"). Nothing for a merchant prefix ("MV"), which is not listed, nor for a word of the
        name the parser hangs on its head (the head answers)."""
        v, ships = self.v, self.f.kb.ships
        if not ships or v.dep[i] == "compound" or v.pos[i] not in ("NOUN", "PROPN") or not v.capitalised(i):
            return None

        def words(a: int, b: int) -> str:
            return v.text[v.idx[a]:v.end[b]]
        start = i  # the name's first word: capitalised words, at most four, back to a prefix
        while start > 0 and i - start < 3 and words(start - 1, start - 1) not in ships and v.capitalised(start - 1):
            start -= 1
        named = cast("DocResolver", self).warships
        if words(i, i) in ships:  # the prefix as the phrase's head: the name hangs on it
            prefix = i if i + 1 < len(v.pos) and v.capitalised(i + 1) and v.edges(i)[1] > i else None
        elif start > 0 and words(start - 1, start - 1) in ships:
            prefix = start - 1
        else:  # a name written before with a prefix, the longest that ends here
            return next((named[words(k, i)] for k in range(start, i + 1) if words(k, i) in named), None)
        entry = self.f.kb.get(ships[words(prefix, prefix)][0]) if prefix is not None else None
        if prefix is None or entry is None:
            return None
        ref = self.f.sector_ref(self.f.entity_ref(entry, self.day), ships[words(prefix, prefix)][1])
        if prefix < i:
            named[words(prefix + 1, i)] = ref
        return ref

    def sitting_body(self, i: int) -> ActorRef | None:
        """The organisation a definite ``sitting_noun`` speaks for as a clause's subject ("The Arab League held an
        emergency session on Sunday. The session called on ...": the Arab League): that of a sitting of the same word
        in this sentence before it or in the two before, named in its "of" phrase ("a closed sitting of the
        bloc's ministers") or as the subject of the nearest clause above it that has one ("The League held an emergency
        session", "The bloc, in a text its ministers approved at a closed sitting, urged ..."). Not a noun with a
        modifier or possessor of its own ("the Security Council session", "its session": those name the body
        themselves), nor a sitting of states alone ("the two presidents held a summit": no organisation)."""
        v = self.v
        lemma = v.lemma[i]
        if lemma not in self.words.sitting_noun or v.dep[i] not in ("nsubj", "nsubjpass", "ROOT") \
                or not definite_at(v, i, self.words) \
                or any(v.dep[c] in ("compound", "poss", "nmod", "amod") for c in v.children[i]):
            return None
        here = self.sentence_of[i]
        for m in range(i - 1, -1, -1):
            if here - self.sentence_of[m] > 2:
                break
            if v.lemma[m] != lemma:
                continue
            holders = [g for c in v.children[m] if v.dep[c] == "prep" and v.lower[c] == "of"
                       for g in v.children[c] if v.dep[g] == "pobj"]
            up = m
            while v.head[up] != up and not holders:
                up = v.head[up]
                holders = [c for c in v.children[up] if v.dep[c] == "nsubj"]
            for holder in holders:
                ref = self.resolve(holder)
                if ref is not None and ref.kind == "organisation":
                    self.found.antecedents[i] = holder
                    return ref
        return None

    def _state_craft(self, at: int) -> bool:
        """Whether the vessel noun at ``at`` is a state's craft by a ``state_craft_word`` modifier ("the patrol
        vessel", "the navy ship"). Such a noun names no ship named before by another word (the trawler it stopped,
        whose flag is not the craft's). A name after the noun says nothing of whose it is ("the ship, the X", the
        tanker seized)."""
        v, crafty = self.v, self.words.state_craft_word
        return any(v.dep[c] in ("compound", "amod") and (v.lemma[c] in crafty or v.lower[c] in crafty)
                   for c in v.children[at])

    def _ship_owner_words(self, i: int) -> tuple[int, ...]:
        """The words that may say whose the ship at ``i`` is: the noun, its modifiers (``SHIP_MODIFIERS``: "a
        Vietnamese trawler") and the country an ``owner_participle`` modifier is joined to ("a British-flagged
        tanker", the parser making "British" a modifier of "flagged")."""
        v = self.v
        mods = [c for c in v.children[i] if v.dep[c] in SHIP_MODIFIERS]
        owning = self.words.owner_participle
        owners = [g for c in mods if v.lemma[c] in owning or v.lower[c] in owning
                  for g in v.children[c] if v.dep[g] in (*SHIP_MODIFIERS, "npadvmod")]
        return (i, *mods, *owners)

    def _own_words(self, at: int) -> frozenset[str]:
        """The words that name the forces phrase at ``at`` as a state's own without saying which state
        (``own_force_word`` in words.tsv: "federal forces", "the national army", "government troops"), in the
        phrase or as modifiers of its noun."""
        v, own = self.v, self.words.own_force_word
        sector = self.sector_at.get(at)
        inside = range(sector[1], sector[2]) if sector is not None else range(0)
        near = [c for c in v.children[at] if v.dep[c] in ("amod", "compound") and c not in self.by_match]
        return frozenset(v.lower[t] for t in (*inside, *near) if v.lower[t] in own)

    def _own_forces_state(self, at: int) -> ActorRef | None:
        """"Government forces", "regime troops" (an ``own_force_word`` compounded on a forces noun) named anew: the
        country the article is about, not the latest country named when the dateline's goes unnamed ("BEIRUT -
        Turkish troops shelled ... Regime forces attacked rebels in Idlib": Syria's)."""
        v = self.v
        head = v.head[at]
        forces = self.sector_at.get(head)
        if v.dep[at] != "compound" or head == at or forces is None or forces[0] not in FORCE_SECTORS \
                or v.lower[at] not in self.words.own_force_word:
            return None
        return cast("DocResolver", self)._focus()

    def _body_words(self, i: int) -> frozenset[str]:
        """The words that tell which body of its kind the noun at ``i`` is ("interior", "foreign" in "the interior
        ministry", "Ukraine's foreign ministry"): its modifiers that name no actor, lower-cased."""
        v = self.v
        return frozenset(v.lower[c] for c in v.children[i]
                         if v.dep[c] in ("compound", "amod") and c not in self.by_match and c not in self.sector_at)

    def _same_body(self, earlier: int, at: int) -> bool:
        """Whether the state nominal at ``at`` can be the body named at ``earlier`` by the same noun: not when each
        says which body it is and they differ ("Ukraine's foreign ministry ... The interior ministry sent riot
        police": another ministry, whose country is found as for a nominal named the first time)."""
        mine, theirs = self._body_words(at), self._body_words(earlier)
        return not (mine and theirs and mine != theirs)

    def _speakers_body(self, at: int, same: list[tuple[int, ActorRef]]) -> tuple[int, ActorRef]:
        """Of the bodies named before by the nominal's noun (``same``, latest first), the one of the country whose
        state speaker or doer is the latest subject before the nominal in its sentence or the one before ("the
        Foreign Ministry in Tegucigalpa ... El Salvador's Defence Ministry said ... A Honduran official said ...
        The ministry also called on ...": Honduras's), else the latest one."""
        v, here = self.v, self.sentence_of[at]
        countries = {ref.country for _i, ref in same}
        for i, ref in reversed(self.history):
            if i >= at or v.dep[i] not in ("nsubj", "nsubjpass") or not ref.country:
                continue
            if here - self.sentence_of[i] > 1:
                break
            if ref.country in countries:
                return next((j, r) for j, r in same if r.country == ref.country)
            break
        return same[0]

    def _home_or_party(self, at: int) -> ActorRef:
        """The country of a state nominal that no earlier noun of its own names ("The government urged ..."):
        the dateline's country, unless the text never names it (a third country's bureau: "BOGOTA - Ecuador
        said ... The presidency accused Mexico") or it is the other side the nominal's verb names ("BEIJING -
        ... The government urged Beijing to ..."); then the latest country named before that is not that side."""
        home = self.venue or self.home  # (a party's country when the dateline is only where it met)
        assert home is not None
        spoken = self._spoken_in(at)
        if spoken is not None:  # "The foreign minister told reporters in Stockholm that Sweden ...": Sweden's
            return spoken
        holder = self._title_holder(at)  # "foreign ministry spokesman X told ...": the sides of X's verb
        other = self._named_sides_of_verb(holder, titled=holder != at) \
            | (self._reported_sides(holder) if holder != at else set())  # (not "..., diplomats said": anyone's)
        if home.country in self._named_countries and home.country not in other:
            return home
        for i, ref in reversed(self.history[-30:]):
            if i < at and ref.kind in ("country", "sector") and ref.country and ref.country not in other \
                    and ref.country != home.country:
                self.found.antecedents[at] = i
                return ref
        return home

    def _titled_holders(self, at: int) -> list[tuple[int, ActorRef, ActorRef]]:
        """The people named before ``at`` (latest first, in the last 30 mentions) under a title with the state
        nominal's noun ("Foreign Minister Hakan Fidan" for "the minister"; not "Interior Minister X" for "the foreign
        minister"), with the country whose office they hold: (index, person, country)."""
        v, lower = self.v, self.v.lemma[at]
        mine = self._body_words(at)
        out = []
        for i, ref in reversed(self.history[-30:]):
            if i >= at or ref.kind != "person" or not ref.country or ref.sector != "GOV":
                continue
            titles = [c for c in v.children[i] if v.dep[c] == "compound" and v.lemma[c] == lower]
            country = self.f.kb.get(ref.country)
            theirs = (self._body_words(titles[0]) | self._body_words(i)) - {v.lower[titles[0]]} if titles else set()
            if titles and country is not None and not (mine and theirs and mine != theirs):
                out.append((i, ref, self.f.entity_ref(country, self.day)))
        return out

    def _plural_named_before(self, at: int) -> ActorRef | None:
        """"ASEAN foreign ministers met in Jakarta ... The ministers agreed", "Leaders of Kenya and Uganda ... the
        leaders": a bare plural title ("the" and nothing else on it) stands for whom the same plural noun was
        named with before (an organisation's people, a state's, or each state of a set), the latest such
        mention (a place the parser hangs on the noun, "met the ministers in Cebu", leaves it bare); None when no
        earlier mention of that noun named anyone."""
        v = self.v
        # (a place the parser hangs on the noun, "met the ministers in Cebu", is the verb's, not the ministers' owner)
        if v.tag[at] != "NNS" or not any(v.dep[c] == "det" and v.lower[c] == "the" for c in v.children[at]) \
                or any((v.dep[c] != "det" or v.lower[c] != "the")
                       and (v.dep[c] != "prep" or v.lower[c] not in self.words.place_prep) for c in v.children[at]):
            return None
        for i in range(at - 1, -1, -1):
            if v.lower[i] != v.lower[at] or v.tag[i] not in ("NNS", "NNPS"):
                continue  # (the word itself: a capital "Leaders" opening the lead is a proper noun to the tagger)
            ref = self.resolve(i)  # (the earlier words are resolved already: this reads the memo)
            if ref is None:
                continue
            if i in self.found.groups:
                self.found.groups[at] = list(self.found.groups[i])
            self.found.antecedents[at] = i
            return ref
        return None

    def _office_named_before(self, at: int) -> ActorRef | None:
        """"EU Migration Commissioner X signed the deal in Dakar ... The commissioner urged Dakar", "U.N. envoy X
        arrived ... the minister received the envoy": a definite singular office noun ("the" and no owner on it)
        stands for the organisation whose office the same noun named the latest time it was named before: the
        organisation the earlier mention resolved to, or one named in the title before the noun ("EU ... Commissioner
        X", a holder the knowledge base does not know); None when that latest mention is a state's or nobody's, so
        that a state's own commissioner or envoy named before is left to the state rules (session 56)."""
        v = self.v
        bare = any(v.dep[c] == "det" and v.lower[c] == "the" for c in v.children[at])
        sector = self.sector_at.get(at)
        start = sector[1] if sector is not None else at  # the title's own words ("the special rapporteur")
        if (v.tag[at] not in ("NN", "NNP") and not self.titled_adjective(at)) or not bare \
                or any(v.dep[c] not in ("det", "compound", "punct", "relcl") and not start <= c < at
                       for c in v.children[at]):
            return None  # ("the Kenyan envoy", "the envoy of Kenya": an owner of its own, for the other rules)
        title = self._title_words(at)
        for k in range(at - 1, -1, -1):
            if v.lemma[k].lower() != v.lemma[at].lower() and v.lower[k] != v.lower[at]:
                continue
            if " " in title and self._title_words(k) != title:
                continue  # "the secretary-general": a secretary-general named before, not "the General Assembly"
            ref = self._office_owner(k)
            if ref is None:
                return None
            self.found.antecedents[at] = k
            return ref
        return self._office_of_named(at)

    def _title_words(self, at: int) -> str:
        """The words of the sectors.tsv title that ends at ``at``, lowercase, a hyphen read as a space
        ("Secretary-General": "secretary general"); the word alone when no title ends there."""
        sector = self.sector_at.get(at)
        words = self._sector_words(sector) if sector is not None else self.v.lower[at]
        return " ".join(words.replace("-", " ").split())

    def _office_of_named(self, at: int) -> ActorRef | None:
        """"The U.N. refugee agency urged ... The High Commissioner will visit": an office noun no earlier mention
        named, which ``offices.tsv`` gives to organisations, is the one of them (or a body of it) named latest
        before it; None when the noun is no such office or none of them was named."""
        sector = self.sector_at.get(at)
        owners = set(self.f.kb.offices.get(self._title_words(at), ())) if sector is not None else set()
        if not owners:
            return None
        # (each owner with the bodies it belongs to, for an owner that is a body of the one named)
        lines = [(owner, self.f.kb.ancestry(cast("Entry", owner))) for owner in map(self.f.kb.get, sorted(owners))]
        for i, ref in reversed(self.history):
            entry = self.f.kb.get(ref.entry) if i < at else None
            if entry is None or entry.kind != "organisation":
                continue
            # the owner named or named through a body of it ("the U.N. refugee agency"), else the owner that is a
            # body of the one named ("the EU ... the commissioner": the European Commission)
            above = [body for body in self.f.kb.ancestry(entry) if body.id in owners]
            below = [owner for owner, line in lines if entry in line]
            for body in (*above, *below):
                if body is not None:
                    self.found.antecedents[at] = i
                    return self.f.entity_ref(body, self.day)
        return None

    def _office_owner(self, k: int) -> ActorRef | None:
        """The organisation an office noun at ``k`` is named with (:meth:`_office_named_before`): what its mention
        resolved to when that is an organisation or someone acting for one, else an organisation's name standing
        before it in its title ("EU Home Affairs Commissioner"); None otherwise."""
        v = self.v
        head = next((h for h, (s, e) in self.found.spans.items() if s <= k < e), None)
        if head is None:  # "NATO Secretary-General Mark Rutte": a title on a name whose mention is the name alone
            head = k
            while v.dep[head] == "compound" and v.head[head] != head and head - k < 6:
                head = v.head[head]
        for ref in (self.resolve(k) if k == head else None, self.found.by_token.get(head)):
            if ref is not None and ref.code and ref.code[:3] in ("IGO", "NGO"):
                return ref
        start = self.found.spans.get(head, (v.edges(head)[0], k))[0]
        for t in range(k - 1, max(start, k - 6) - 1, -1):
            match = self.by_match.get(t)
            entry = self.f.kb.get(match[0].partition("|")[2]) if match is not None else None
            if entry is not None and entry.kind == "organisation":
                return self.f.entity_ref(entry, self.day)
        return None

    def _sayers_state(self, at: int) -> ActorRef | None:
        """"A delegation led by a deputy foreign minister will travel to Kabul, the Uzbek foreign ministry said": an
        indefinite state nominal, the subject of what a state's body reports, is that state's (not the body that
        spoke in the sentence before); else None."""
        v = self.v
        if not any(v.dep[c] == "det" and v.lower[c] in INDEFINITE for c in v.children[at]):
            return None
        state = reporting_state(cast("DocResolver", self), at)
        return self.f.sector_ref(state, "GOV") if state is not None else None

    def _spoken_in(self, at: int) -> ActorRef | None:
        """The government whose seat a bare state nominal, the subject of a ``briefing_verb``, spoke in ("the
        foreign minister told reporters in Stockholm", "the minister said in Canberra", "the energy minister told
        reporters in Accra": a modifier that names no actor only says which office, session 52): the place is on
        the verb or on its hearers; else None."""
        v = self.v
        dep, children = v.dep, v.children
        verb = v.head[at]
        if dep[at] != "nsubj" or v.lemma[verb] not in self.words.briefing_verb \
                or any(dep[c] in ("poss", "prep") or (dep[c] == "compound" and c in self.by_match)
                       for c in children[at]):
            return None  # (a word that names no actor says which office only: "the energy minister told ...")
        hearers = [c for c in children[verb] if dep[c] in ("dobj", "dative") and c not in self.by_match]
        for prep in (c for h in (verb, *hearers) for c in children[h]):
            seat = seat_government(cast("DocResolver", self), prep) \
                if dep[prep] == "prep" and v.lower[prep] == "in" else None
            if seat is not None:
                self.found.antecedents[at] = seat[0]
                return seat[1]
        return None

    def _title_holder(self, at: int) -> int:
        """The name a title at ``at`` is compounded on ("foreign ministry spokesman Guo Jiakun": Jiakun; "King
        Tupou VI"), whose clause says whose office it is; else ``at`` itself. The title's own nouns are passed
        through: "government spokesman Major General X", whose first word is the sector phrase, is on X too."""
        v, i, name = self.v, at, at
        while v.dep[i] == "compound" and v.head[i] != i and v.pos[v.head[i]] in ("PROPN", "NOUN"):
            i = v.head[i]
            if v.pos[i] == "PROPN":
                name = i
        return name

    def _title_of_state(self, at: int, holder: int) -> ActorRef | None:
        """"King Tupou VI of Tonga", "Prime Minister X of Samoa": a bare title on a name followed by "of" and a
        country is that country's government, whatever the dateline's or the body that spoke last."""
        v = self.v
        if holder == at:
            return None
        for prep in v.children[holder]:
            if v.dep[prep] != "prep" or v.lower[prep] != "of":
                continue
            for pobj in v.children[prep]:
                ref = self.resolve(pobj) if v.dep[pobj] == "pobj" and pobj in self.by_match else None
                country = self.f.kb.get(ref.country) if ref is not None and ref.kind == "country" and ref.country \
                    else None
                if country is not None:
                    self.found.antecedents[at] = pobj
                    return self.f.sector_ref(self.f.entity_ref(country, self.day), "GOV")
        return None

    def _head_title(self, at: int) -> bool:
        """Whether the title phrase ending at ``at`` names a state's head (``head_title`` in words.tsv: "King X",
        "President X", "Prime Minister X"): whose head he is is said by the dateline or his own words, not by
        the body that spoke last."""
        sector = self.sector_at.get(at)
        words = range(sector[1], sector[2]) if sector is not None else range(at, at + 1)
        return any(self.v.lower[t] in self.words.head_title for t in words)

    def _reported_sides(self, holder: int) -> set[str]:
        """"Phnom Penh lodged a protest with Bangkok, foreign ministry spokesman X told reporters": the countries
        named as the other side (an object, or a preposition's object on one) of the clause the speaker at
        ``holder`` reports before his verb, when its subject is a state's government (a capital, a government, a
        country); none else. A state's spokesman tells of his own state's acts, so the one acted on is not his."""
        v = self.v
        dep, head, children = v.dep, v.head, v.children
        verb = head[holder]
        if dep[holder] != "nsubj":
            return set()
        clause = next((c for c in children[verb] if dep[c] == "ccomp" and c < holder), None)
        if clause is None:
            return set()
        subject = next((c for c in children[clause] if dep[c] in ("nsubj", "nsubjpass")), None)
        doer = self.resolve(subject) if subject is not None else None
        if doer is None or not doer.country or doer.kind not in ("country", "sector") \
                or (doer.kind == "sector" and doer.sector != "GOV"):
            return set()
        out = set()
        for t in v.subtree(clause):
            if t == subject or dep[t] not in ("dobj", "dative", "pobj") or t >= holder:
                continue
            ref = self.resolve(t)
            if ref is not None and ref.country and ref.country != doer.country:
                out.add(ref.country)
        return out

    @cached_property
    def venue(self) -> ActorRef | None:
        """The country of the parties the lead tells met in the dateline's country, which is then only the venue
        (:func:`detente.actors.antecedents.venue_party`); worked out once per doc."""
        return venue_party(cast("DocResolver", self))

    def _junta_phrase(self, at: int) -> bool:
        """Whether the noun at ``at`` and a modifier of it name a military government (``junta_head``,
        ``junta_modifier``: "military government", "the military authorities")."""
        v = self.v
        return v.lemma[at] in self.words.junta_head and any(
            v.dep[c] in ("amod", "compound") and v.lower[c] in self.words.junta_modifier for c in v.children[at])

    def _military_ruled(self, at: int) -> ActorRef | None:
        """"The junta in Bamako", "Mali's junta ... the junta", "Niger's military government ... the junta": the
        government of the seat a junta noun or phrase is "in", else of the latest country named before as ruled so
        (the owner or seat of an earlier junta noun or phrase, or the government it was resolved to); None when the
        text names none."""
        v, resolver = self.v, cast("DocResolver", self)
        if not definite_at(v, at, self.words) or (v.tag[at] == "NNS" and v.lemma[at] in self.words.junta_noun):
            return None  # "all run by military governments", "the Sahel juntas": no one state's
        # (the parser often hangs "in Bamako" on the verb: "accused the junta in Bamako of ...")
        for c in [*v.children[at], *([at + 1] if at + 1 < len(v.lower) and v.head[at + 1] == v.head[at] else [])]:
            if v.dep[c] == "prep" and v.lower[c] == "in":
                seat = seat_government(resolver, c)
                if seat is not None:
                    return seat[1]
        for i in range(at - 1, -1, -1):
            marked = v.lemma[i] in self.words.junta_noun or self._junta_phrase(i)
            if not marked or v.pos[i] not in ("NOUN", "PROPN") or v.tag[i] == "NNPS" \
                    or (v.tag[i] == "NNS" and v.lemma[i] in self.words.junta_noun):
                continue
            if any(v.dep[c] == "poss" and v.tag[c] == "PRP$" for c in v.children[i]):
                continue  # "members of its military government": a pronoun's guess is no ground to stand on
            owners = [self.found.by_token.get(c) for c in v.children[i] if v.dep[c] in ("poss", "compound")]
            seats = [seat_government(resolver, c) for c in v.children[i] if v.dep[c] == "prep" and v.lower[c] == "in"]
            done = self.found.by_token.get(i)
            for ref in [*owners, *(s[1] for s in seats if s is not None),
                        done if done is not None and done.sector == "GOV" else None]:
                entry = self.f.kb.get(ref.country) if ref is not None and ref.kind in ("country", "sector") \
                    and ref.country else None
                if entry is not None:
                    self.found.antecedents[at] = i
                    return self.f.sector_ref(self.f.entity_ref(entry, self.day), "GOV")
        return None

    @cached_property
    def _named_countries(self) -> set[str | None]:
        """The countries of the names the finder matched in the doc (worked out once per doc)."""
        return {getattr(self.f.kb.get(key.partition("|")[2]), "country", None)
                for key, _start, _end in self.by_match.values()}

    def _named_sides_of_verb(self, at: int, titled: bool = False, states: bool = False) -> set[str]:
        """The countries of the names that are objects (or an object clause's subject) of the verb the nominal
        at ``at`` is the subject of: "urged Beijing to", "accused Mexico of", "demanded that Manila ..."; for a
        nominal object, its verb's subject's country ("The State Department urged the government to ..."). For
        the name a bare title is on (``titled``), not a town or capital after a preposition of place: "foreign
        ministry spokesman X told reporters in Astana" is where he spoke. With ``states``, only names of a
        country or its seat ("accused India", "urged Beijing"), not of a group of one ("accused the RSF")."""
        v = self.v
        if v.dep[at] in ("dobj", "dative", "pobj"):  # "X urged the government to ...": not X's own
            verb = v.head[at] if v.dep[at] != "pobj" else v.head[v.head[at]]
            doers = [self.resolve(c) for c in v.children[verb] if v.dep[c] == "nsubj" and c != at]
            # (a state's own opposition, rebels or people do address their government: "the opposition leader
            # criticised the government")
            return {ref.country for ref in doers if ref is not None and ref.country
                    and (not ref.sector or ref.sector in ("GOV", "MIL"))}
        if v.dep[at] not in ("nsubj", "nsubjpass"):
            return set()
        verb, out = v.head[at], set()
        for t, (key, _start, _end) in self.by_match.items():
            if t <= at or self.sentence_of.get(t) != self.sentence_of.get(at) \
                    or v.dep[t] not in ("dobj", "nsubj", "nsubjpass", "pobj", "dative"):
                continue
            if titled and v.dep[t] == "pobj" and v.lower[v.head[t]] in self.words.capital_place_prep:
                continue  # "spokesman X told reporters in Astana": where he spoke, not a side
            up, steps = v.head[t], 1
            while up != verb and steps < 3 and v.head[up] != up:
                up, steps = v.head[up], steps + 1
            entry = self.f.kb.get(key.partition("|")[2])
            if up == verb and entry is not None and entry.country and (not states or entry.kind == "country"):
                out.add(entry.country)
        return out

    def _addressed_forces(self, at: int, sector: tuple[str, int, int]) -> ActorRef | None:
        """"The opposition party called for the navy to turn the boats back", "a union urged the police to
        ...": a definite force noun with no word of its own naming whose (the words of its ``sectors.tsv`` entry
        only), that an ``appeal_verb`` (words.tsv) of a country's body that addresses its own state
        (``ADDRESSING_SECTORS``: parties, the opposition, lawmakers, unions) asks to act, as its object or the
        subject of the clause it asks for, is that body's own country's force (its country's reference), not
        another state's forces named before; else None."""
        v = self.v
        dep, head, children = v.dep, v.head, v.children
        if not definite_at(v, at, self.words) or any(dep[c] in ("poss", "amod", "prep", "compound")
                                                     and not sector[1] <= c < sector[2] for c in children[at]):
            return None
        verb = head[at] if dep[at] in ("dobj", "dative") else self._asking_verb(at)
        if verb is None or self.lemma_as_tagged(verb) not in self.words.appeal_verb:
            return None
        doer = next((c for c in children[verb] if dep[c] == "nsubj"), None)
        ref = self.resolve(doer) if doer is not None else None
        if doer is None or ref is None or not ref.country or ref.sector not in ADDRESSING_SECTORS:
            return None
        country = self.f.kb.get(ref.country)
        if country is None:
            return None
        self.found.antecedents[at] = doer
        return self.f.entity_ref(country, self.day)

    def _commanded_forces(self, at: int, sector: tuple[str, int, int]) -> ActorRef | None:
        """A definite force noun with no word of its own naming whose (the words of its ``sectors.tsv`` entry only)
        whose owner the clause's doer gives: the object of a ``command_verb`` (words.tsv) whose doer is a state's
        leader or body ("President X ordered the army to seal the border": his own state's army; one orders only
        one's own forces), or the object of "to" (on the verb or its particle: "back to") in a clause whose doer is
        an armed group of a country ("the rebels handed the town back to the military", "the militia refused to
        hand its weapons to the army": that country's forces, the state it gives them up to). The doer is the
        subject of the verb, or of the verb a clause without a subject of its own hangs on ("refused to hand ...").
        Not another state's forces named before by the same noun (session 49); else None."""
        v = self.v
        dep, head, children = v.dep, v.head, v.children
        if not definite_at(v, at, self.words) or any(dep[c] in ("poss", "amod", "prep", "compound", "nmod")
                                                     and not sector[1] <= c < sector[2] for c in children[at]):
            return None
        if dep[at] in ("dobj", "dative") and self.lemma_as_tagged(head[at]) in self.words.command_verb:
            verb, handed = head[at], False
        elif dep[at] == "pobj" and v.lower[head[at]] == "to" and dep[head[at]] in ("prep", "dative"):
            verb, handed = head[head[at]], True
            if dep[verb] in ("advmod", "prt"):  # "handed the town back to the military"
                verb = head[verb]
            if v.pos[verb] != "VERB":
                return None
        else:
            return None
        doers: list[int] = []
        for _ in range(3):
            doers = [c for c in children[verb] if dep[c] == "nsubj"]
            if doers or dep[verb] not in ("conj", "xcomp") or head[verb] == verb:
                break
            verb = head[verb]
        if len(doers) != 1:
            return None
        ref = self.resolve(doers[0])
        if ref is not None and ref.kind == "person" and not handed:
            ref = self.f.speaks_for(ref, self.day)
        if ref is None or not ref.country:
            return None
        if handed and ref.sector != "REB" or not handed and not (
                ref.kind in ("country", "government") or ref.kind == "sector" and ref.sector == "GOV"):
            return None
        country = self.f.kb.get(ref.country)
        if country is None:
            return None
        self.found.antecedents[at] = doers[0]
        return self.f.entity_ref(country, self.day)

    def _asking_verb(self, at: int) -> int | None:
        """The ``appeal_verb`` (words.tsv) whose asked-for clause the noun at ``at`` is the subject of: "called for
        the navy to turn ...", "demanded that the government withdraw ..."; else None."""
        v = self.v
        verb = v.head[at]
        if v.dep[at] not in ("nsubj", "nsubjpass") or v.dep[verb] not in ("advcl", "ccomp", "xcomp") \
                or self.lemma_as_tagged(v.head[verb]) not in self.words.appeal_verb:
            return None
        return v.head[verb]

    def _home_level(self, at: int) -> bool:
        """Whether a state nominal carries a ``home_level_word`` (words.tsv: "the central government", "the federal
        government") and nothing else that says whose it is (no possessor, name, compound or preposition: "the
        federal government in Berlin", "Somalia's federal government" are the other rules'): the whole state's level
        of government, which someone of a region, a party or a town addresses as their own (:meth:`_own_government`)."""
        v = self.v
        children = v.children[at]
        return any(v.dep[c] == "amod" and v.lower[c] in self.words.home_level_word for c in children) \
            and not any(v.dep[c] in ("poss", "compound", "prep", "nmod", "appos") for c in children)

    def the_centre(self, at: int) -> ActorRef | None:
        """"The Centre" (a ``centre_noun`` in words.tsv, capitalised, with "the" and nothing else on it) addressed by
        someone of a known country ("the chief minister urged the Centre to act"): that country's government
        (:meth:`_own_government`, any addresser); else None ("a detention centre", "the Centre for Policy Studies")."""
        v = self.v
        word = v.text[v.idx[at]:v.end[at]]
        if v.lower[at] not in self.words.centre_noun or not word[:1].isupper() or at in self.by_match \
                or [v.lower[c] for c in v.children[at]] != ["the"]:
            return None
        return self._own_government(at, True)

    def _own_government(self, at: int, any_doer: bool = False) -> ActorRef | None:
        """"Several Chilean senators urged the government to ...", "Togo's opposition asked the authorities to
        ...", "the party demanded that the government withdraw ...": a state nominal as the object of a body of a
        country that is not its executive, or the subject of the clause its appeal asks for (``ADDRESSING_SECTORS``:
        lawmakers, the opposition, parties, courts, unions, the people) is that body's own country's government,
        not the dateline's nor the latest one named; the doer is the subject of the nominal's verb, or of the verb
        a participle or conjunct without a subject of its own hangs on ("rallied ..., accusing the government").
        With ``any_doer`` (a nominal of the whole state's level: :meth:`_home_level`, :meth:`the_centre`) a doer of
        any sector with a country will do: a governor or a state's minister addresses "the central government" of
        his own country."""
        v = self.v
        dep, head, children = v.dep, v.head, v.children
        asking = self._asking_verb(at)
        if dep[at] not in ("dobj", "dative", "pobj") and asking is None:
            return None
        verb = asking if asking is not None else head[at] if dep[at] != "pobj" else head[head[at]]
        for _ in range(3):
            doers = [c for c in children[verb] if dep[c] in ("nsubj", "nsubjpass") and c != at]
            if doers or dep[verb] not in ("conj", "advcl", "xcomp") or head[verb] == verb:
                break
            verb = head[verb]
        if len(doers) != 1:
            return None
        doer, ref = doers[0], self.resolve(doers[0])
        for _ in range(2):  # "hundreds of supporters of Portugal's Socialist Party": the party
            of = next((c for c in children[doer] if dep[c] == "prep" and v.lower[c] == "of"), None)
            pobj = next((c for c in children[of] if dep[c] == "pobj"), None) if of is not None else None
            if ref is not None or pobj is None:
                break
            doer, ref = pobj, self.resolve(pobj)
        if ref is None or not ref.country or (ref.sector not in ADDRESSING_SECTORS and not any_doer):
            return None
        first, last = v.edges(doer)
        if not any(t < first or t > last for t, (key, _s, _e) in self.by_match.items()
                   if getattr(self.f.kb.get(key.partition("|")[2]), "country", None) == ref.country):
            return None  # a body whose country the text names nowhere else (a party taken for a namesake abroad)
        self.found.antecedents[at] = doer
        if any_doer:
            self.found.home_level.add(at)
        country = self.f.kb.get(ref.country)
        return self.f.sector_ref(self.f.entity_ref(country, self.day), "GOV") if country is not None else None

    def _role_body(self, ref: ActorRef, candidates: set[str]) -> ActorRef | None:
        """The body a known person holds an office of on the article's day, when it is one of ``candidates``
        (the bodies a nominal can stand for)."""
        entry = self.f.kb.get(ref.entry) if ref.kind == "person" and ref.entry is not None else None
        role = entry.role_on(self.day) if entry is not None else None
        body = self.f.kb.get(role.actor) if role is not None and role.actor in candidates else None
        return self.f.entity_ref(body, self.day) if body is not None else None
