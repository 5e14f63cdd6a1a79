"""Find the actors of a parsed article: names, capitals, demonym + sector phrases, titles,
appositions, pronouns and nominal mentions, resolved against the knowledge base.

Works on spaCy ``Doc`` objects by duck typing; the phrase matcher comes from
:mod:`detente.nlp`, so this module never imports spaCy itself.

This module holds the lookup: the :class:`ActorFinder` (the knowledge base's names and sector words as
phrase matchers, the reference an entry gives on a day) and the ``actors`` step. The pass over one doc that
tells what each noun phrase stands for is :mod:`detente.actors.doc_resolver`; the records made,
:class:`ActorRef` and :class:`DocActors`, are defined in :mod:`detente.actors.refs` and imported from here
by the rest of the coder.

An alias the knowledge base marks ambiguous counts only where the NER sees a name, or where it is written as a name
just before a state organ's sector word ("Somaliland police", "Jubaland forces": :meth:`ActorFinder._names_state_body`);
never just before a word of ground ("the Bougainville coast": the region's place, :meth:`ActorFinder._names_ground`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from typing import TYPE_CHECKING

from detente.actors.antecedents import dateline_country, dateline_names, leading_copy
from detente.actors.doc_resolver import DocResolver
from detente.actors.kb import Entry, KnowledgeBase, Period, folded, spelling_variants
from detente.actors.refs import NAME_ENTITIES, SECTOR_NAMES, ActorRef, DocActors
from detente.actors.set_parties import STATE_ORGANS
from detente.parse_view import Names, ParseView
from detente.records import Found, Knowledge, Parsed

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.events.lexicon import Words
    from detente.nlp import NLP


_ROMAN = re.compile(r"[IVX]{1,4}")  # a model's numeral after a hyphen ("a Fatah-II missile")


class ActorFinder:
    """Resolves actor mentions in parsed docs against one knowledge base (build once, reuse)."""

    def __init__(self, nlp: NLP, kb: KnowledgeBase, words: Words | None = None) -> None:
        from detente.nlp import PhraseIndex

        if words is None:
            from detente.events.lexicon import load_default

            words = load_default().words
        self.kb, self.words = kb, words
        names: dict[str, list[str]] = {}
        written = {n for entry in kb.entries.values() for n in entry.names}
        for entry in kb.entries.values():
            names.setdefault(f"E|{entry.id}", []).extend(n for n in entry.names if n not in entry.ambiguous)
            # a name's abbreviation written with or without full points ("U.N.'s top court"), unless another's name
            names[f"E|{entry.id}"].extend(v for n in entry.names if n not in entry.ambiguous
                                          for v in spelling_variants(n) if v not in written)
            if entry.ambiguous:
                names.setdefault(f"A|{entry.id}", []).extend(entry.ambiguous)
            if entry.kind == "country":
                names.setdefault(f"D|{entry.id}", []).extend(entry.demonyms)
                seats = [*entry.seats, *([entry.capital] if entry.capital else [])]
                names.setdefault(f"S|{entry.id}", []).extend(seats)
                names.setdefault(f"P|{entry.id}", []).extend(entry.cities)
        names["O|outlet"] = sorted(kb.outlets)
        names["R|region"] = sorted(kb.regions)  # "Latin America": matched to outmatch the "America" inside, no actor
        self._names = PhraseIndex(nlp, names, attr="ORTH", fold=folded)
        sector_phrases: dict[str, list[str]] = {f"W|{sector}": [] for sector in set(kb.sectors.values())}
        for word, sector in kb.sectors.items():
            sector_phrases[f"W|{sector}"].append(word)
        self._sectors = PhraseIndex(nlp, sector_phrases, attr="LOWER")
        # a nominal (lower-cased) -> the ids of the entries it can stand for ("the bloc", "the ministry"): read by
        # the resolver's rules (actors/doc_resolver.py, nominals.py, sets.py)
        self.nominals: dict[str, list[str]] = {}
        self._strings = Names()  # the vocabulary's strings, for the parse views of every doc
        self._homes: dict[str, Entry | None] | None = None  # filled by homes()
        self._bodies: dict[tuple[str, str], list[Entry]] = {}  # (organisation id, nominal) -> its bodies so called
        for entry in kb.entries.values():
            for nominal in entry.nominals:
                self.nominals.setdefault(nominal.lower(), []).append(entry.id)
                if entry.parent:
                    self._bodies.setdefault((entry.parent, nominal.lower()), []).append(entry)

    def homes(self) -> dict[str, Entry | None]:
        """The country a dateline's place or country name (lower-cased and :func:`folded`) stands for: a place of
        the knowledge base (``kb.places``, the first listed of the same name; None when its country has no entry)
        before a country's name or alias (the first entry that has it). Made on first use, once per finder: a
        dateline is looked up in every article."""
        if self._homes is None:
            homes: dict[str, Entry | None] = {}
            for place, country in self.kb.places.items():
                homes.setdefault(folded(place.lower()), self.kb.get(country))
            for entry in self.kb.entries.values():
                if entry.kind == "country":
                    for name in (entry.name, *entry.aliases):
                        homes.setdefault(folded(name.lower()), entry)
            self._homes = homes
        return self._homes

    def bodies(self, organisation: str, nominal: str) -> list[Entry]:
        """The bodies of an organisation (entries whose ``parent`` it is) that ``nominal`` names ("watchdog" of the
        U.N.: the IAEA; "agency": its many agencies), in the knowledge base's order."""
        return self._bodies.get((organisation, nominal), [])

    # -- references -------------------------------------------------------------------------
    def entity_ref(self, entry: Entry, day: dt.date | Period | None) -> ActorRef:
        """The actor an entry stands for on ``day`` (a person takes the code of their role)."""
        code, sector = entry.code_on(day)
        country = entry.country
        if entry.kind == "person":
            role = entry.role_on(day)
            if role is not None:
                code, country, sector = role.code, role.country, role.sector
            elif entry.roles:  # out of office: an elite of the country of their last role
                last = max(entry.roles, key=lambda r: r.start or dt.date.min)
                code, country, sector = (f"{last.country}ELI" if last.country else None), last.country, "ELI"
        return ActorRef(key=entry.id, name=entry.name, code=code, country=country, sector=sector,
                        kind=entry.kind, entry=entry.id, wikidata=entry.wikidata)

    def sector_ref(self, base: ActorRef, sector: str) -> ActorRef:
        """``base``'s country (or group) acting through a sector: Russia + GOV -> RUSGOV."""
        if base.kind not in ("country", "sector") or not base.country:
            return base  # a group, organisation or person acts as itself
        if sector == "IGO":  # "the ministry's secretary-general": a state's holder of an organisation title is its
            sector = "GOV"  # government's; no state has an IGO sector (session 56)
        country = self.kb.get(base.country)
        name = f"{country.name if country else base.country} ({SECTOR_NAMES.get(sector, sector.lower())})"
        code = f"{base.country}{sector}"
        return ActorRef(key=code, name=name, code=code, country=base.country, sector=sector, kind="sector")

    def speaks_for(self, ref: ActorRef, day: dt.date | Period | None) -> ActorRef:
        """The body a person speaks for on ``day`` (their role's organisation); the organisation a body of
        it speaks for (:meth:`KnowledgeBase.stands_for`: "The European Commission said the EU ..."); else
        the actor itself."""
        if ref.kind == "person" and ref.entry:
            entry = self.kb.get(ref.entry)
            role = entry.role_on(day) if entry else None
            body = self.kb.get(role.actor) if role and role.actor else None
            if body is not None:
                return self.entity_ref(body, day)
        if ref.kind == "organisation" and ref.entry:
            entry = self.kb.get(ref.entry)
            top = self.kb.stands_for(entry) if entry is not None else None
            if top is not None and top is not entry:
                return self.entity_ref(top, day)
        return ref

    def voice_of(self, ref: ActorRef, day: dt.date | Period | None) -> ActorRef:
        """The body a speaker's "we" stands for on ``day``: an official's own government or branch, as
        their role codes it ("we" of a foreign minister: JPNGOV, not the bare country), the
        organisation of a role held in one, else the speaker itself."""
        body = self.speaks_for(ref, day)
        if ref.kind == "person" and ref.entry and body.kind == "country":
            entry = self.kb.get(ref.entry)
            role = entry.role_on(day) if entry else None
            if role is not None and role.sector and role.country == body.country:
                return self.sector_ref(body, role.sector)
        return body

    def dated(self, ref: ActorRef, day: dt.date | Period | None) -> ActorRef:
        """A known person's code, country and sector on ``day`` (their role then); others unchanged."""
        if ref.kind == "person" and ref.entry:
            entry = self.kb.get(ref.entry)
            if entry is not None:
                return self.entity_ref(entry, day)
        return ref

    @cached_property
    def sector_ends(self) -> frozenset[str]:
        """The last words of the sector phrases of sectors.tsv ("guard" of "coast guard", "forces")."""
        return frozenset(phrase.split()[-1] for phrase in self.kb.sectors)

    # -- finding -----------------------------------------------------------------------------
    def find(self, doc: Doc, day: dt.date | None, outlet: str | None = None, text: str | None = None) -> DocActors:
        """Resolve every actor mention of ``doc`` (names, phrases, then pronouns and nominals in order)."""
        text = text if text is not None else doc.text
        copy = leading_copy(doc)
        found = DocActors(sentences=list(doc.sents), home=dateline_country(self, text, copy, day),
                          dateline=frozenset(dateline_names(text, copy)))
        view = found.view(doc, self._strings)
        matches = [m for m in _longest(self._name_matches(doc, view)) if m[0][0] != "R"]
        matches = self._without_foreign_generic_names(view, matches, found.home)
        by_token: dict[int, tuple[str, int, int]] = {}
        matched = {i: key for key, start, end in matches for i in range(start, end)}
        for key, start, end in matches:
            if key[0] in "EA" and self._inside_other_name(view, key, start, end, matched):
                continue
            if key[0] in "SPA" and self._inside_place_name(view, start, matched):
                continue  # "Lake Victoria" is no capital of the Seychelles, "Mount Hermon" no town
            if key[0] in "EAD" and self._inside_water_name(view, start, end):
                continue  # "the Sea of Japan", "the South China Sea": a sea, not the country
            if end < len(view.lemma) and view.lemma[end] in self.words.water_noun and not view.is_punct[end]:
                continue  # "the San Miguel river", "the Niger River": the water's name, not the town or country
            if key[0] in "EAD" and self._after_side_prefix(view, start):
                continue  # "an anti-Indian rally", "pro-Russian separatists": whom they are for or against
            if key[0] in "EA" and self._namesake(view, key, end):
                continue  # "Jomo Kenyatta International Airport", "the Kofi Annan Foundation": a thing named after
            if key[0] in "EAD" and self._after_region_word(view, key, start):
                continue  # "Central American governments", "the Pan-American Highway": a region's, no country's
            if key[0] in "EAD" and self._before_designation(view, end):
                continue  # "a Fatah-series missile", "Taliban-era laws": a kind, likeness or time of a thing
            if key.startswith("A|"):
                # an alias that is also a common word or another name: only where the NER sees a name
                if not all(view.ent_type[i] in NAME_ENTITIES for i in range(start, end)) \
                        and not self._names_state_body(view, start, end):
                    continue
                if self._names_ground(view, end):
                    continue  # "the Bougainville coast": the region's ground, not its authority
                key = "E|" + key[2:]
            for i in range(start, end):
                by_token[i] = (key, start, end)
        sector_at: dict[int, tuple[str, int, int]] = {}
        for key, start, end in _longest(self._sectors(doc)):
            sector_at[end - 1] = (key[2:], start, end)
        outlet_words = set(outlet.split()) if outlet else set()
        resolver = DocResolver(self, doc, day, by_token, sector_at, outlet_words, found, text)
        resolver.run()
        return found

    def _names_state_body(self, view: ParseView, start: int, end: int) -> bool:
        """Whether an ambiguous alias, written as a name, is said of the armed or police body the word after it
        names (a sector word of sectors.tsv in a state organ's sector: "Somaliland police", "Jubaland forces",
        "Tskhinvali authorities"): the authority's body, where the NER read the name as something else (a product);
        a common word's sense is not written so ("car police" is lower case)."""
        if end >= len(view.lower) or not all(view.pos[i] == "PROPN" and view.text[view.idx[i]][:1].isupper()
                                              for i in range(start, end)):
            return False
        return self.kb.sectors.get(view.lower[end]) in STATE_ORGANS

    def _names_ground(self, view: ParseView, end: int) -> bool:
        """Whether an ambiguous alias (a region's name that is also its authority's) is said of the ground the word
        after it names (a ``place_noun``, ``shore_noun`` or ``territory_noun`` of words.tsv: "the Bougainville coast",
        "the Somaliland border", "Jubaland territory"): the place, no actor."""
        words = self.words
        return end < len(view.lemma) and view.lemma[end] in words.place_noun | words.shore_noun | words.territory_noun

    def _name_matches(self, doc: Doc, view: ParseView) -> list[tuple[str, int, int]]:
        """The knowledge base's names in ``doc``, compared without diacritics (:func:`detente.actors.kb.folded`);
        a name written otherwise than the knowledge base writes it ("Lodz", "Erdoğan" for "Erdogan") only where
        the NER sees a name, or the tagger a name not opening its sentence ("talks in Male"): folded, a name can
        be a common word ("Store owners protested", "Male and female workers")."""
        return [(key, start, end) for key, start, end in self._names(doc, view)
                if self._names.exact(key, tuple(view.text[view.idx[i]:view.end[i]] for i in range(start, end)))
                or all(view.ent_type[i] in NAME_ENTITIES for i in range(start, end))
                or (all(view.pos[i] == "PROPN" for i in range(start, end)) and not view.opens_sentence(start))]

    def _without_foreign_generic_names(self, view: ParseView, matches: list[tuple[str, int, int]],
                                         home: ActorRef | None) -> list[tuple[str, int, int]]:
        """``matches`` without a party's or a state body's generic name (made of ``party_word`` or ``body_word``
        words alone: "the opposition Democratic Party", "Labour", "the Defense Department", "the Foreign
        Intelligence Service", many countries have one) when the article has a dateline and the party's or
        body's country is neither the dateline's nor named anywhere else in the text ("the U.S. Democratic
        Party", "America's Republicans", "Donald Trump's Republican Party" keep it): the name is then no known
        actor (a party of the article's country the knowledge base lacks is its own actor)."""
        if home is None or not home.country:
            return matches  # no dateline: the article's country is not known, the name keeps its usual party
        named: set[str] = {home.country}
        generic = []
        generic_words = {"party": self.words.party_word, "government": self.words.body_word}
        for match in matches:
            kind, _, ident = match[0].partition("|")
            entry = self.kb.get(ident)
            country = entry.country if entry is not None else None
            words = generic_words.get(entry.kind) if entry is not None and kind in "EA" else None
            body = entry is not None and entry.kind == "government"
            # (a body's name holding an abbreviation, "U.S. State Department", is not generic: only punctuation
            # is skipped there, where a party's name skips any word that is no word, as it always has)
            if words and all(view.lower[i] in words or (view.is_punct[i] if body else not view.lower[i].isalpha())
                             for i in range(match[1], match[2])):
                generic.append((match, country))
            elif entry is not None:  # a person's country is that of their roles ("Trump's Republicans")
                named.update(c for c in (country, *(role.country for role in entry.roles)) if c)
        foreign = {match for match, country in generic if country not in named}
        return [m for m in matches if m not in foreign] if foreign else matches

    @staticmethod
    def _inside_place_name(view: ParseView, start: int, matched: dict[int, str]) -> bool:
        """Whether a capital, seat or city is only the end of a longer place name the NER sees, whose first
        word no actor has ("Lake Victoria", "Mount Lebanon" is still Lebanon's: a country is no seat)."""
        if start == 0 or view.ent_iob[start] != "I" or view.ent_type[start] not in ("LOC", "GPE", "FAC"):
            return False
        before = start - 1
        return view.pos[before] == "PROPN" and before not in matched and view.ent_type[before] == view.ent_type[start]

    def _inside_water_name(self, view: ParseView, start: int, end: int) -> bool:
        """Whether a name is only part of a longer place name the NER sees that names a sea, gulf, strait or
        bay (``water_noun`` in words.tsv): "the Gulf of Mexico", "the Philippine Sea" name no country."""
        if view.ent_type[start] not in ("LOC", "GPE", "FAC"):
            return False
        first, last = start, end
        while first > 0 and view.ent_iob[first] == "I":
            first -= 1
        while last < len(view.ent_iob) and view.ent_iob[last] == "I":
            last += 1
        water = self.words.water_noun
        return any(view.lemma[i] in water for i in (*range(first, start), *range(end, last)))

    def _after_side_prefix(self, view: ParseView, start: int) -> bool:
        """Whether a name or demonym is joined by a hyphen to a prefix that makes it whom a thing is for or against
        (``side_prefix`` in words.tsv: "an anti-Indian rally", "pro-Russian separatists"), not whose the thing is."""
        return start > 1 and view.lower[start - 1] == "-" and view.lower[start - 2] in self.words.side_prefix \
            and view.idx[start - 1] == view.end[start - 2] and view.idx[start] == view.end[start - 1]

    def _after_region_word(self, view: ParseView, key: str, start: int) -> bool:
        """Whether a demonym starting at ``start`` follows a capitalised word that makes the adjective of a region
        of several countries (``region_word`` in words.tsv: "Central American governments", "Latin American
        leaders"), or a name or demonym is joined to one by a hyphen ("the Pan-American Highway", "an
        Inter-American court"): a region's adjective, no country's (a name the knowledge base has whole, "South
        African", is matched whole)."""
        words = self.words.region_word
        if start > 1 and view.lower[start - 1] == "-" and view.idx[start - 1] == view.end[start - 2] \
                and view.idx[start] == view.end[start - 1]:
            return view.lower[start - 2] in words
        return key[0] == "D" and start > 0 and view.lower[start - 1] in words \
            and view.text[view.idx[start - 1]].isupper() and view.end[start - 1] < view.idx[start]

    def _before_designation(self, view: ParseView, end: int) -> bool:
        """Whether a name or demonym ending before ``end`` is joined by a hyphen to a word that makes it a kind, a
        likeness or a time of a thing (``designation_suffix`` in words.tsv: "a Fatah-series missile", "a Hamas-style
        raid", "Taliban-era laws") or to a numeral ("a Fatah-II missile"), not whose the thing is."""
        if end + 1 >= len(view.lower) or view.lower[end] != "-" or view.idx[end] != view.end[end - 1] \
                or view.idx[end + 1] != view.end[end]:
            return False
        word = view.text[view.idx[end + 1]:view.end[end + 1]]
        return word.lower() in self.words.designation_suffix or word.isdigit() or _ROMAN.fullmatch(word) is not None

    def _namesake(self, view: ParseView, key: str, end: int) -> bool:
        """Whether a person's name ending before ``end`` names a place, building or body named after them: a noun of
        ``namesake_noun`` follows it, right after or after one or two capitalised words ("Jomo Kenyatta International
        Airport", "Kim Il Sung Square", "the Kofi Annan Foundation")."""
        entry = self.kb.get(key[2:])
        if entry is None or entry.kind != "person":
            return False
        nouns = self.words.namesake_noun
        for i in range(end, min(end + 3, len(view.lower))):
            if view.lower[i] in nouns or view.lemma[i] in nouns:
                return True
            if view.pos[i] not in ("PROPN", "ADJ") or not view.text[view.idx[i]].isupper():
                return False
        return False

    def _inside_other_name(self, view: ParseView, key: str, start: int, end: int, matched: dict[int, str]) -> bool:
        """Whether a name of an organisation or group is only part of a longer name the NER sees:
        a person's ("Therese Kayikwamba Wagner" is not the Wagner Group) or another body's whose name
        starts with a word no actor has ("the National Security Council" is not the UN's) or with a place or
        country other than the actor's own ("the West Papua National Liberation Army" is not Colombia's ELN, "the
        Uganda People's Defence Force" not Myanmar's PDF; "the Palestine Islamic Jihad" is still PIJ)."""
        entry = self.kb.get(key[2:])
        if entry is None or entry.kind in ("person", "country"):
            return False
        if view.ent_iob[start] != "I" or start == 0:
            return False
        first, before = view.ent_type[start], view.ent_type[start - 1]
        if first == "PERSON":
            return before == "PERSON"
        if view.pos[start - 1] != "PROPN" or before != first:
            return False
        kind, _, ident = matched.get(start - 1, "|").partition("|")  # a place's or a seat's key holds its country
        if not kind:
            return True
        other = self.kb.get(ident)
        return (kind in "PS" or (kind == "E" and other is not None and other.kind == "country")) \
            and ident != entry.country


def find_actors(parsed: Parsed, knowledge: Knowledge) -> Found:
    """Step ``actors``: resolve every actor mention of the article."""
    article = parsed.article
    actors = knowledge.finder.find(parsed.doc, article.date, outlet=article.source, text=article.text)
    return Found(article=article, doc=parsed.doc, actors=actors)


def _longest(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Keep the longest non-overlapping matches (entities beat seats beat demonyms beat places beat regions, which
    are no actor: "Latin America" is no United States, "Papua New Guinea" still Papua New Guinea). Of a name both a
    body and a country list as ambiguous ("Brussels": the EU and Belgium's capital; "Tiraspol": Transnistria's
    authorities and a Moldovan town), the body's is kept: the resolver makes it the country's place where a
    seat would be ("talks in Tiraspol"). Country ids are three capitals, every other id a lowercase slug."""
    priority = {"O": 0, "E": 1, "A": 2, "S": 3, "D": 4, "P": 5, "W": 6, "R": 7}
    ordered = sorted(matches, key=lambda m: (-(m[2] - m[1]), priority.get(m[0][0], 9),
                                             m[0][0] == "A" and m[0][2:].isupper(), m[1]))
    taken: set[int] = set()
    kept = []
    for key, start, end in ordered:
        if taken.isdisjoint(range(start, end)):
            kept.append((key, start, end))
            taken.update(range(start, end))
    return sorted(kept, key=lambda m: m[1])
