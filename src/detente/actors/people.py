"""People in an article: a name the NER reads as a person (one named before, a new person known only by name,
or a town or region the NER misread), the office a title, apposition or relative clause gives an unknown
person, and the body a title names (a bare title in a clause that opens with a seat of government is that
seat's state's: "In Lima, Foreign Minister X said", session 43), and the country of private people a demonym on
their own noun names ("freed nine Ruritanian traders": Ruritania; ``_nationals``, session 47), and the state of such
people, or of a state's own ("two of its rangers"), when a later "the men" or "them" names them again
(``_nationals_again``, session 47, h-men47). A mixin of the resolver
(:class:`detente.actors.doc_resolver.DocResolver`), which holds the article's parse view, history and actor table
these rules read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from detente.actors.antecedents import seated_in
from detente.actors.refs import NAME_ENTITIES, ActorRef, DocActors
from detente.actors.set_parties import STATE_ORGANS

if TYPE_CHECKING:
    import datetime as dt

    from detente.actors.doc_resolver import DocResolver
    from detente.actors.kb import Entry
    from detente.actors.resolve import ActorFinder
    from detente.events.lexicon import Words
    from detente.parse_view import ParseView

_SLUG = re.compile(r"[^a-z0-9]+")
Resolved = tuple[ActorRef | None, str, tuple[int, int]]  # the actor, how it was found, its token span


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")


class PersonRules:
    """The rules for people (see the module's docstring); the resolver provides what is declared here."""

    v: ParseView
    f: ActorFinder
    found: DocActors
    words: Words
    home: ActorRef | None
    history: list[tuple[int, ActorRef]]
    by_match: dict[int, tuple[str, int, int]]
    sector_at: dict[int, tuple[str, int, int]]
    outlet_words: set[str]
    capital_place_prep: frozenset[str]
    sentence_of: dict[int, int]
    day: dt.date | None

    def resolve(self, i: int) -> ActorRef | None:
        raise NotImplementedError  # the resolver's

    def _person(self, i: int) -> Resolved:
        """A person the NER finds: one named before, else a new person known only by name, unless the name
        says where something is (:meth:`_placed`): a name the knowledge base does not know there is a
        town the NER misread."""
        v = self.v
        start = i
        while start > 0 and v.ent_type[start - 1] == "PERSON" and v.ent_iob[start - 1] != "O":
            start -= 1
        if start > 0 and self._given_name_left_out(start - 1):
            start -= 1  # "Yair Netanyahu", of which the NER saw only the surname
        end = i  # a word inside the name ("al" of "al-Darraji", which the parser may make a head) names all of it
        while end + 1 < len(v.lower) and v.ent_type[end + 1] == "PERSON" and v.ent_iob[end + 1] == "I":
            end += 1
        name = v.text[v.idx[start]:v.end[end]]  # doc[start:end + 1].text, without the Span
        span = (start, end + 1)
        if name in self.outlet_words or name in self.f.kb.outlets:
            self.found.outlets.add(i)
            return None, "", span
        if start == end and v.lower[i] in self.f.kb.sectors:
            return None, "", span  # "Drones struck the depot": a common noun the NER took for a name
        known = self._known_person(name)
        vessel = self._vessel_before(start) if known is None else None
        if vessel is not None:
            # "the Taiwanese trawler Guang Da Xing No. 28", "the tanker X": a ship's name, whose the noun before says
            return self._flag_of(vessel, i), "demonym", span
        if known is None and (self._placed(i) or self._place_name(end) or self._destination(i, start == end)
                              or name.lower() in self.found.dateline):
            # "arrested a man in Surrey": a town the NER took for a person; so is the dateline's town ("a curfew on
            # greater Noumea" under "NOUMEA, Oct 15 -")
            return None, "", span
        if known is None and start == end and start > 0 and v.lower[start - 1] == "the" and v.head[start - 1] == i:
            return None, "", span  # "aid to the Sahel": one name after "the" is a region, not a person
        base = known or ActorRef(key=f"person:{slug(name)}", name=name, code=None, country=None, sector=None,
                                 kind="person")
        person = self._with_title(i, base, span)
        if known is None and person.code is None:
            # "Argentine gendarme Nahuel Gallo ... Gallo, 34, said"; "a Latvian businessman ... Andris Leimanis, 54,"
            earlier = self._titled_name(name) or self._described_before(i, start, end)
            if earlier is not None:
                person = ActorRef(key=base.key, name=name, code=earlier.code, country=earlier.country,
                                  sector=earlier.sector, kind="person")
        return person, "name", span

    def _other_given_name(self, start: int, entry: Entry, end: int | None = None) -> bool:
        """Whether the surname at ``start`` (to ``end``: "al-Maliki" is three words) follows a given name of the
        same NER person that none of the known person's names has ("Khalil Bashir" is not Omar al-Bashir, "Hassan
        al-Maliki" not Nouri al-Maliki; "Omar Bashir" still is), or a given name the NER left out of the person: a
        capitalised name compounded on the surname that is no name the finder matched, no title of sectors.tsv and
        no ``honorific`` ("Yair Netanyahu", "Mr Netanyahu")."""
        v = self.v
        before = start - 1
        if before < 0 or v.pos[before] != "PROPN" or not start <= v.head[before] < (end or start + 1) \
                or v.lower[before].rstrip(".") in self.words.honorific:  # "Ms Kallas", the NER's person with "Ms"
            return False
        if (v.ent_type[before] != "PERSON" or v.ent_iob[before] == "O") and not self._given_name_left_out(before):
            return False
        given = v.text[v.idx[before]:v.end[before]]
        return not any(given in name.split() for name in entry.names)

    def _given_name_left_out(self, before: int) -> bool:
        """Whether the word at ``before``, outside any entity, is a given name the NER left out of the person
        after it ("Yair" of "Yair Netanyahu"): a capitalised name compounded on it, no name the finder matched,
        no title of sectors.tsv and no ``honorific`` ("Mr", "Sheikh")."""
        v = self.v
        return v.ent_type[before] == "" and v.dep[before] == "compound" and v.pos[before] == "PROPN" \
            and v.text[v.idx[before]:v.idx[before] + 1].isupper() and before not in self.by_match \
            and before not in self.sector_at and v.lower[before].rstrip(".") not in self.words.honorific \
            and v.lower[before] not in self.f.kb.sectors and v.head[before] == before + 1

    def _placed(self, i: int) -> bool:
        """Whether the name at ``i`` (or the first of the names it is coordinated with) is where something
        is: the object of a preposition of place ("in X", "near X"; ``capital_place_prep``) or of the "of"
        of a place noun ("the ports of X, Y and Z", "the town of X"; ``place_noun``)."""
        v = self.v
        i = v.coordination_head(i)
        if v.dep[i] != "pobj":
            return False
        prep = v.head[i]
        return v.lower[prep] in self.capital_place_prep or (
            v.lower[prep] == "of" and v.lemma[v.head[prep]] in self.words.place_noun)

    def _place_name(self, end: int) -> bool:
        """Whether the name ending at ``end`` ends in a noun that heads the name of a place (``place_noun``:
        "Ranguana Caye", "Rennell Island", "Luconia Shoals") or of a place or body named after a person
        (``namesake_noun``: "Kim Il Sung Square"), which names no person."""
        nouns = (self.words.place_noun, self.words.namesake_noun)
        return any(self.v.lemma[end] in words or self.v.lower[end] in words for words in nouns)

    def _vessel_before(self, start: int) -> int | None:
        """The noun of a ship or boat (``vessel_noun``) right before the name starting at ``start`` ("the trawler X",
        "the patrol boat X"), which makes the name a ship's; None when there is none."""
        before = start - 1
        if before < 0 or self.v.pos[before] != "NOUN":
            return None
        return before if self.v.lemma[before] in self.words.vessel_noun \
            or self.v.lower[before] in self.words.vessel_noun else None

    def _flag_of(self, vessel: int, name: int) -> ActorRef | None:
        """The country a demonym or country name among the modifiers before a ship's noun names ("the Taiwanese
        trawler", "a Malaysian-registered trawler"; the parser may hang them on the name at ``name``), else None: a
        ship acts for no one the text does not name."""
        v = self.v
        first = min(v.edges(vessel)[0], v.edges(name)[0])
        entry = next((e for t in range(first, vessel) for e in [self._country_named(t)] if e is not None), None)
        return self.f.entity_ref(entry, None) if entry is not None else None

    def _destination(self, i: int, one_word: bool) -> bool:
        """Whether the one-word name at ``i`` is where forces are sent or someone goes: the object of a
        ``destination_prep`` on a ``dispatch_verb`` or ``trip_verb`` ("sent troops to Banissa", "sent police to
        Isiolo and Banissa", "travelled to Rhamu"). A person is named in full the first time: "sent a note to
        Mudavadi" after "Musalia Mudavadi" is the person named before (:meth:`_known_person`), not asked about
        here."""
        v = self.v
        i = v.coordination_head(i)  # "to Isiolo and Banissa"
        if not one_word or v.dep[i] != "pobj":
            return False
        prep = v.head[i]
        return v.lower[prep] in self.words.destination_prep and v.head[prep] != prep \
            and v.lemma[v.head[prep]] in self.words.dispatch_verb | self.words.trip_verb

    def _with_title(self, i: int, base: ActorRef, span: tuple[int, int]) -> ActorRef:
        """Give an unknown person the code their title or apposition implies."""
        if base.code is not None:
            return base
        dep, head, children, lower = self.v.dep, self.v.head, self.v.children, self.v.lower
        for child in [*children[i], *([self._appositive_title(head[i])] if dep[i] == "appos" else [])]:
            if child in range(*span):
                continue
            title = self._title_with_of(child) if dep[child] == "nmod" else None
            if title is not None:
                child = title  # "Qatar's Minister of State X", "U.S. Deputy Secretary of State X": the whole title
            titled = dep[child] == "compound" and child in self.sector_at or title is not None
            if titled or (dep[i] == "appos" and child == self._appositive_title(head[i])):
                # "Chad's foreign minister, Ahmed Ali"; "Russia's deputy ambassador Ivan Sokolov": the title
                # names the office, so the person (and "he" later) is that government
                inner = self.resolve(child) or self._counterpart(child) or self._described(child)
                if inner is None and titled and self._bare_title(child):
                    # "In Lima, Foreign Minister Ana Ruiz said ...": a title naming no country, in a clause that
                    # opens with a seat of government, is an office of that seat's state (antecedents.seated_in);
                    # else, "Interior Minister Jan Nowak" in a story datelined in Warsaw: of the dateline's
                    # country, as for "the Government"
                    seat = seated_in(cast("DocResolver", self), child)  # (these rules run only as the resolver's)
                    state = self.f.kb.get(seat.country) if seat is not None and seat.country else None
                    owner = self.f.entity_ref(state, None) if state is not None else self.home
                    if owner is not None:
                        inner = self.f.sector_ref(owner, self.sector_at[child][0])
                if inner is not None and inner.key != base.key and inner.kind != "person":
                    if inner.sector == "GOV" and inner.country and self._former(child):
                        # "Former Mozambican president X": out of office, an elite of the country, not its
                        # government (as a known person out of office is: resolve.entity_ref)
                        return ActorRef(key=base.key, name=base.name, code=f"{inner.country}ELI",
                                        country=inner.country, sector="ELI", kind="person", entry=base.entry,
                                        wikidata=base.wikidata)
                    if titled and inner.entry is not None and child not in {k for k, _ in self.history}:
                        # "Hamas official Khalil Bashir said the group ...": the body named in the title is
                        # an earlier actor for "the group" too, not only the person's code
                        self.history.append((child, inner))
                    return ActorRef(key=base.key, name=base.name, code=inner.code, country=inner.country,
                                    sector=inner.sector, kind="person", entry=base.entry, wikidata=base.wikidata)
                continue
            if dep[child] in ("appos", "compound"):
                inner = (self.resolve(child) or self._described(child)) if dep[child] == "appos" else None
                if inner is None and dep[child] == "appos":
                    for grand in children[child]:
                        if dep[grand] == "prep" and lower[grand] in ("of", "at", "for"):
                            pobj = next((g for g in children[grand] if dep[g] == "pobj"), None)
                            inner = self._body(pobj) if pobj is not None else None
                if inner is not None and inner.key != base.key:
                    return ActorRef(key=base.key, name=base.name, code=inner.code, country=inner.country,
                                    sector=inner.sector, kind="person", entry=base.entry, wikidata=base.wikidata)
            elif dep[child] == "relcl" and self.v.lemma[child] in self.words.office_verb:
                inner = self._office_body(child)  # "Ali Hassan, who heads the ministry's press office"
                if inner is not None and inner.key != base.key and inner.kind != "person":
                    return ActorRef(key=base.key, name=base.name, code=inner.code, country=inner.country,
                                    sector=inner.sector, kind="person", entry=base.entry, wikidata=base.wikidata)
        return base

    def _title_with_of(self, word: int) -> int | None:
        """The end of the title phrase of sectors.tsv that a noun modifier of a name holds when an "of" phrase
        inside the title made the parser hang it so ("Minister of State", "Secretary of State", "Minister of Foreign
        Affairs"): the word itself when a title ends there, else the title that ends inside its "of" phrase; None
        when no title is there."""
        if word in self.sector_at:
            return word
        first, last = self.v.edges(word)
        return next((end for end, (_, start, _stop) in self.sector_at.items()
                     if first <= start <= word <= end <= last), None)

    def _counterpart(self, noun: int) -> ActorRef | None:
        """The government a "counterpart" is of, when a demonym or country on it names its state ("his Ugandan
        counterpart X": Uganda's; ``relation_noun`` words that are ``pair_noun_person`` too); else None."""
        v = self.v
        if v.lemma[noun] not in self.words.relation_noun or v.lemma[noun] not in self.words.pair_noun_person:
            return None
        entry = next((e for c in v.children[noun] if v.dep[c] in ("amod", "compound", "nmod", "poss")
                      for e in [self._country_named(c)] if e is not None), None)
        return self.f.sector_ref(self.f.entity_ref(entry, None), "GOV") if entry is not None else None

    def _counterpart_side(self, noun: int) -> ActorRef | None:
        """Whom a "counterpart" with a demonym or country on it and no name apposed stands for ("Ali and his
        Venezuelan counterpart met", "held talks with her Chilean counterparts"): the holder, in that country, of
        the office its possessor holds, so that country's government (:meth:`_counterpart`), or the state organ the
        possessor is of when it is one (``STATE_ORGANS``: "Togolese commanders told their Ghanaian counterparts":
        Ghana's forces). A name apposed or compounded ("his Albanian counterpart Edi Rama") is the person's
        title, which :meth:`_with_title` reads."""
        v = self.v
        if any(v.dep[c] in ("appos", "compound") and v.ent_type[c] == "PERSON" for c in v.children[noun]) \
                or v.dep[noun] == "compound":
            return None
        ref = self._counterpart(noun)
        if ref is None:
            return None
        owner = next((c for c in v.children[noun] if v.dep[c] == "poss"), None)
        own = self.resolve(owner) if owner is not None and owner != noun else None
        if own is not None and own.sector in STATE_ORGANS and own.country != ref.country:
            return self.f.sector_ref(ref, own.sector)
        return ref

    def _described(self, noun: int) -> ActorRef | None:
        """The country of a private person a common noun in apposition describes by nationality ("Mark Ellison, an
        American citizen", "a French teacher, Claire Dubois", "X, a Somali national"): a demonym or country name on a
        noun that names no sector of sectors.tsv (those the resolver reads itself: "a Latvian businessman"), in the
        civilian sector (a private person is keyed by the country of nationality); None when the noun has none, or
        when it tells where the person was born rather than whose citizen he is ("a Russian-born engineer")."""
        v = self.v
        if v.pos[noun] != "NOUN" or noun in self.sector_at or noun in self.by_match:
            return None
        first = v.edges(noun)[0]
        if any(v.lower[t] in self.words.birth_word for t in range(first, noun)):
            return None
        entry = next((e for c in v.children[noun] if v.dep[c] in ("amod", "compound", "nmod")
                      for e in [self._country_named(c)] if e is not None), None)
        return self.f.sector_ref(self.f.entity_ref(entry, None), "CVL") if entry is not None else None

    def _nationals(self, noun: int) -> ActorRef | None:
        """The country of private people a demonym on their own noun names ("five Ruritanian men", "Freedonian
        traders", "handed over four Ruritanian prisoners"): a ``private_person_noun`` or ``general_person_noun`` of
        words.tsv that no sector word of sectors.tsv names, with a demonym before it (an adjective or compound the
        name index matched as one: not a country's name, which may be a misparsed subject, "urged the Freedonia free
        nine Ruritanian sailors"). Plural people only, and as the country itself, as a later "the men" or "them" naming
        them again gets it (:meth:`_taken_up`, ``pronouns._people_ref``); one person ("a Ruritanian trucker") is left
        to the rules that describe one (:meth:`_described`), lest a later "him" take the person for the envoy
        named after, and so are people acting (a subject: read as their state, traders' protest becomes a threat).
        None for a birthplace ("a Ruritanian-born trader") or a noun
        of no such class ("Ruritanian ports"): wires give people a country by their demonym, not by where they are."""
        if not self.words.is_person_noun(self.v.lemma[noun]) or self.v.dep[noun] in ("nsubj", "csubj"):
            return None  # "Ruritanian traders blocked the road": people acting are no state (protests, threats)
        return self._plural_demonym_country(noun)

    def _national_body(self, noun: int) -> ActorRef | None:
        """The non-state people (CVL) of the country a demonym on a group or body of people names where
        :meth:`_nationals` gives no country: people acting ("Ruritanian fishermen accused ...", a subject) and bodies
        (``national_body_noun`` of words.tsv: "Ruritanian inspectors", "Ruritanian factions"), in
        the civilian sector, so they are that country's people and not its state (a protest stays a protest). A noun
        that no such class lists (goods, weapons, places, topics: "Ruritanian gas", "the Ruritanian market") stays
        unresolved, as does one a sector word names (read as that sector) or a birthplace ("a Ruritanian-born
        trader"). One body counts as plural ones do ("A Ruritanian association of traders urged ...", session 63);
        one person does not, as for :meth:`_nationals` (one person keeps the rules that describe one)."""
        lemma = self.v.lemma[noun]
        if not (self.words.is_person_noun(lemma) or lemma in self.words.national_body_noun):
            return None
        country = self._plural_demonym_country(noun, singular=lemma in self.words.national_body_noun)
        return self.f.sector_ref(country, "CVL") if country is not None else None

    def _plural_demonym_country(self, noun: int, singular: bool = False) -> ActorRef | None:
        """The country a demonym before a plural common noun (or a singular one, ``singular``) names
        (:meth:`_demonym_country`), for :meth:`_nationals` and :meth:`_national_body`: None for a noun a sector word
        names or the name index matched, a description in apposition to a name ("X, a Ruritanian citizen": read with
        the name, :meth:`_described`), or a birthplace ("Ruritanian-born traders")."""
        v = self.v
        if v.pos[noun] != "NOUN" or v.tag[noun] not in (("NNS", "NN") if singular else ("NNS",)) \
                or noun in self.sector_at or noun in self.by_match:
            return None
        if v.dep[noun] == "appos" and v.pos[v.head[noun]] == "PROPN":
            return None
        first = v.edges(noun)[0]
        if any(v.lower[t] in self.words.birth_word for t in range(first, noun)):
            return None
        return self._demonym_country(noun)

    def _demonym_country(self, k: int) -> ActorRef | None:
        """The country a demonym before the noun at ``k`` names (an adjective or compound the name index matched as
        one), or None."""
        v = self.v
        return next((ref for c in v.children[k] if v.dep[c] in ("amod", "compound") and c < k
                     and self.by_match.get(c, ("",))[0].startswith("D|")
                     for ref in [self.resolve(c)] if ref is not None and ref.kind == "country"), None)

    def _people_state(self, k: int) -> ActorRef | None:
        """The state of the plural people at ``k`` by their demonym (:meth:`_nationals`, read off any position) or
        by a state's possessive ("its fishermen", "two of Ruritania's rangers"; not a person's: "her remarks"): that
        country, or None."""
        v = self.v
        demonym = self._demonym_country(k)
        if demonym is not None:
            return demonym
        for c in v.children[k]:
            if v.dep[c] == "poss":
                owner = self.resolve(c)
                entry = self.f.kb.get(owner.country) if owner is not None and owner.country \
                    and owner.kind != "person" else None  # ("her remarks": a person's things, no people)
                if entry is not None and getattr(entry, "kind", None) == "country":
                    return self.f.entity_ref(entry, self.day)
        return None

    def _nationals_again(self, at: int) -> ActorRef | None:
        """The country of the people a definite plural person noun ("the men", "the detainees": a
        ``general_person_noun`` or ``private_person_noun`` of words.tsv) or "them" names again, when the nearest
        plural people named before it (a plural noun of those classes, or one "its" or a name owns) in its
        sentence or the two before carried a demonym or a state's possessive (:meth:`_people_state`): "detained
        six Freedonian traders ... Ruritania freed them a week later", "the detention of two of its rangers ...
        a day after Ruritania freed the men": Freedonia, the possessor's state. Never for a subject (people acting
        are no state: their protest is no threat) nor when those people are a state's own named by a sector word
        ("Ruritanian soldiers": skipped, they are not whom a later "the men" is). None when the nearest such
        people carried no country (anonymous people stay nobody known)."""
        v, words = self.v, self.words
        if v.dep[at] in ("nsubj", "csubj", "poss") or v.tag[at] not in ("NNS", "PRP"):
            return None
        if v.tag[at] == "NNS" and any(v.dep[c] not in ("det", "nummod") for c in v.children[at]):
            return None  # "the young men who leave": people described anew, not named again
        here = self.sentence_of[at]
        for k in range(at - 1, -1, -1):
            if here - self.sentence_of[k] > 2:
                break
            if v.tag[k] not in ("NNS", "NNPS") and v.lower[k] not in words.pronoun_plural \
                    or v.dep[k] == "compound" or k in self.sector_at:
                continue
            # the nearest plural noun decides: people, or a thing or set ("both capitals", "the protocols") that
            # the pronoun is as likely to stand for
            if v.pos[k] != "NOUN" or (not words.is_person_noun(v.lemma[k]) and not any(
                    v.dep[c] == "poss" and (v.lower[c] == "its" or v.pos[c] == "PROPN") for c in v.children[k])):
                return None
            ref = self._people_state(k)
            if ref is not None:
                self.found.antecedents[at] = k
            return ref
        return None

    def _titled_name(self, name: str) -> ActorRef | None:
        """The country and sector of a name that ended a title phrase read before as a state's sector ("Argentine
        gendarme Nahuel Gallo": a name the NER missed, resolved as Argentina's police), when ``name`` names that
        person again ("Gallo"); else None."""
        v, last = self.v, self._surname(name)
        return next((ref for t, ref in reversed(self.history)
                     if ref.kind == "sector" and ref.country and v.pos[t] == "PROPN"
                     and v.text[v.idx[t]:v.end[t]] == last), None)

    def _described_before(self, i: int, start: int, end: int) -> ActorRef | None:
        """The country of the one private person the text described by nationality without a name just before
        (this sentence or the two before) when a full name with no title is first given ("a Latvian businessman" ...
        "A court in Minsk sentenced Andris Leimanis, 54"; ``private_person_noun`` in words.tsv: "a Colombian man",
        "a French tourist"): wires name the person so. None when the name has a title or description of its own
        ("Juan Perez, the mayor"), is one word, or the text described no such person or several countries' ones."""
        v = self.v
        if end == start or v.dep[i] == "appos" \
                or any((v.dep[c] == "appos" and v.pos[c] != "NUM") or (v.dep[c] == "compound" and c < start and (
                    v.lower[c].rstrip(".") not in self.words.honorific)) for c in v.children[i]):
            return None  # ("Mayor Carlos Quispe": a title the knowledge base does not know, still a title)
        here = self.sentence_of[i]
        found: dict[str, ActorRef] = {}  # by country, the latest description of each (read back from the name)
        for t in range(start - 1, -1, -1):
            if here - self.sentence_of[t] > 2:
                break
            if v.pos[t] != "NOUN" or v.tag[t] != "NN" or v.lemma[t] not in self.words.private_person_noun \
                    or not any(v.dep[c] == "det" and v.lower[c] in ("a", "an") for c in v.children[t]):
                continue
            ref = self._described(t) or self.found.by_token.get(t)
            if ref is not None and ref.kind == "sector" and ref.country:
                found.setdefault(ref.country, ref)
        return next(iter(found.values())) if len(found) == 1 else None

    def _country_named(self, i: int) -> Entry | None:
        """The country a demonym or country name matched at token ``i`` names ("Taiwanese", "Uganda"), else None."""
        key = self.by_match.get(i)
        entry = self.f.kb.get(key[0].partition("|")[2]) if key is not None and key[0][0] in "DE" else None
        return entry if entry is not None and entry.kind == "country" else None

    def _appositive_title(self, head: int) -> int:
        """The title a name in apposition to ``head`` holds: ``head`` itself ("Chad's foreign minister, Ahmed
        Ali"), or the title a preposition of its mission hangs ``head`` on ("Russia's permanent representative to
        the OPCW, Vladimir Tarabrin", "Kenya's ambassador to Ethiopia, X": the parser puts the name on the body or
        state he is sent to, whose man he is not)."""
        v = self.v
        prep = v.head[head]
        if v.dep[head] == "pobj" and v.dep[prep] == "prep" and v.lower[prep] in self.words.mission_prep \
                and v.head[prep] in self.sector_at:
            return v.head[prep]
        return head

    def _office_body(self, verb: int) -> ActorRef | None:
        """The body whose office the object of ``verb`` is: the object itself ("heads the ministry"), its
        possessor or modifier ("the ministry's press office", "the Kenyan delegation"), or what it is "of"."""
        dep, children = self.v.dep, self.v.children
        return next((ref for obj in children[verb] if dep[obj] == "dobj" for ref in [self._body(obj)]
                     if ref is not None), None)

    def _body(self, noun: int) -> ActorRef | None:
        """The body a noun of an office names: its owner first ("the ministry's press office" is no
        press, "Uganda's border agency", "the office of the president"), else the noun itself."""
        dep, children = self.v.dep, self.v.children
        for child in children[noun]:
            if dep[child] in ("poss", "compound", "amod"):
                at: int | None = child
            elif dep[child] == "prep" and self.v.lower[child] == "of":
                at = next((g for g in children[child] if dep[g] == "pobj"), None)
            else:
                continue
            ref = self.resolve(at) if at is not None else None
            if ref is not None:
                return ref
        return self.resolve(noun)

    def _bare_title(self, end: int) -> bool:
        """Whether the title phrase ending at ``end`` is only a title ("Interior Minister", "Army
        spokesman"): no name inside it and no word before it that says whose office it is ("rebel
        commander", "Hamas spokesman", "party leader")."""
        _, start, stop = self.sector_at[end]
        v, sectors = self.v, self.f.kb.sectors

        def owner(c: int) -> bool:  # a word before the title naming whose it is ("rebel", "Hamas", "party", "ZCTU")
            return c < start and v.dep[c] in ("compound", "amod", "nmod", "poss") and (
                c in self.by_match or v.lower[c] in sectors or v.ent_type[c] in NAME_ENTITIES or self._acronym(c))

        return not any(t in self.by_match or any(owner(c) for c in v.children[t]) for t in range(start, stop))

    def _former(self, title: int) -> bool:
        """Whether the title at ``title`` says its holder no longer holds it ("former president", "ex-minister",
        "the onetime prime minister": ``former_word`` in words.tsv, on the title's words)."""
        v = self.v
        sector = self.sector_at.get(title)
        words = range(sector[1], sector[2]) if sector is not None else range(title, title + 1)
        return any(v.lower[c] in self.words.former_word for t in words for c in (t, *v.children[t]))

    def _acronym(self, i: int) -> bool:
        """Whether the word at ``i`` is written in capitals, as a body's acronym is ("ZCTU", "FLNKS")."""
        return len(self.v.lower[i]) > 1 and self.v.text[self.v.idx[i]:self.v.end[i]].isupper()

    def _known_person(self, name: str) -> ActorRef | None:
        """The person named before whom ``name`` names again: the same name, or the same surname unless ``name``
        gives another given name ("Eduardo Bolsonaro" after "Jair Bolsonaro" is his son, not him; "Datuk Seri
        Anwar Ibrahim" is still Anwar Ibrahim); else, for one word, the first word of one such person's name
        ("Anwar" after "Anwar Ibrahim", "Lai" after "Lai Ching-te": a given name or a surname written first)."""
        last = self._surname(name)
        given = [w for w in name.split()[:-1] if w.lower().rstrip(".") not in self.words.honorific
                 and w.lower() not in self.f.kb.sectors]
        people = [ref for _i, ref in reversed(self.history) if ref.kind == "person"]
        for ref in people:
            if ref.name == name:
                return ref
            if self._surname(ref.name) == last and (not given or not set(given).isdisjoint(self._name_words(ref))):
                return ref
        if len(name.split()) == 1:
            first = next((ref for ref in people if len(ref.name.split()) > 1 and ref.name.split()[0] == name), None)
            return first or self._later_word_of_one(name, people)
        return None

    def _later_word_of_one(self, word: str, people: list[ActorRef]) -> ActorRef | None:
        """The one person named before one of whose names has ``word`` after its first word, though not as its
        surname as written ("Ramírez" after "Rubén Ramírez Lezcano": the first of two surnames; "Traore" after
        "Ibrahim Traore", whom the knowledge base names "Ibrahim Traoré"); None when no one or two people have it
        ("Ramírez" after both "Rubén Ramírez Lezcano" and "José Ramírez"), or when it is a suffix ("Jr.")."""
        if word.lower().rstrip(".") in self.words.name_suffix:
            return None
        found = {ref.key: ref for ref in reversed(people)
                 if len(ref.name.split()) > 1 and any(word in n.split()[1:] for n in self._names(ref))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _names(self, ref: ActorRef) -> tuple[str, ...]:
        """Every name the person ``ref`` goes by: as the text gave it and, when known, the knowledge base's."""
        entry = self.f.kb.get(ref.entry) if ref.entry else None
        return (ref.name, *(entry.names if entry is not None else ()))

    def _name_words(self, ref: ActorRef) -> set[str]:
        """The words of every name the person ``ref`` goes by (the knowledge base's names when it knows them)."""
        return {w for n in self._names(ref) for w in n.split()}

    def _surname(self, name: str) -> str:
        """The last word of a name before a suffix ("Ferdinand Marcos Jr.": Marcos; ``name_suffix``)."""
        words = name.split()
        while len(words) > 1 and words[-1].lower().rstrip(".") in self.words.name_suffix:
            words.pop()
        return words[-1] if words else name
