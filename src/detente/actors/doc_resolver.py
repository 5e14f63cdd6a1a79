"""Tell what each noun phrase of one parsed article stands for: one pass over the doc in text order,
holding the coreference history while it walks the sentences.

A name the finder matched (an entity, alias, capital or seat, demonym, city; an outlet is no actor); a
relative or personal pronoun; a set ("the two countries") or an office ("his office"); a noun whose
modifier names the actor ("Russian troops", "envoys from X and Y"; a title word the parser hangs on the name it
opens takes the possessive on the name's head: "Kuwait's Emir Sheikh X", :meth:`DocResolver._name_a_title_opens`);
a nominal that points back ("the
ministry", "the movement") or a sector noun given the article's country ("security forces"), except the bare
forces a state sends, which are its own before any earlier forces noun ("Zambia sent troops"), and a bare plural of
governments, which is no one ("urged governments to act"); a person the
NER finds, with the code their title or apposition implies. A group's name made its breakaway part by a
``splinter_word`` ("FARC dissidents", "dissidents of the FARC") is the one faction the article names whose
``parent`` is that group, else the group (:meth:`DocResolver._splinter_phrase`). A common noun of an actor in
apposition to a name, and a relative pronoun on it, stand for that name ("the Northern Front, a separatist group that
Ruritania backed": the Front; :meth:`DocResolver._apposed_name`, session 42). A surname the NER misses on its
return after a titled name read whole as the office is that office ("Georgian Foreign Minister Nino Kapanadze ...
Kapanadze urged", :meth:`PersonRules._titled_name`, session 43). A bare "the association" or "the union" names again
the latest such body named with its country (:meth:`DocResolver._body_named_again`, session 44); "the panel", "the
three-member panel", "the arbitral tribunal" the latest such body named with its actor ("A WTO panel ruled ... The
panel urged ...": the WTO; :meth:`DocResolver._judging_body`, session 45). "The central
government" and "the Centre" addressed by someone of a known country are that country's government
(:meth:`NominalRules._home_level`, :meth:`NominalRules.the_centre`, session 45). A short form the article defined
in parentheses after a name ("The Royal Malaysia Police (PDRM) ... PDRM officers") is what that name stands for
(:func:`detente.actors.acronyms.acronym_phrase`, session 50). Looking names up
in the knowledge base, and
the references an entry gives on a day, is :class:`detente.actors.resolve.ActorFinder`; the rules for
pronouns, offices and sets are in :mod:`detente.actors.antecedents` and :mod:`detente.actors.sets`
(with :mod:`detente.actors.set_phrases` and :mod:`detente.actors.set_parties`).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from detente.actors.acronyms import acronym_phrase
from detente.actors.antecedents import (
    FORCE_SECTORS,
    anonymous_people,
    country_nominal,
    court_seat,
    definite_at,
    forces_of_speaker,
    office_of,
    opening_place,
    recounted,
    remention,
    reporting_state,
    ship_crew,
    takes_focus,
    warship_crew,
)
from detente.actors.named_bodies import named_body
from detente.actors.nominals import NominalRules
from detente.actors.people import PersonRules, Resolved, slug
from detente.actors.pronouns import pronoun
from detente.actors.refs import ActorRef, DocActors
from detente.actors.set_parties import STATE_ORGANS
from detente.actors.set_phrases import collectives, generic_plural
from detente.actors.sets import resolve_set
from detente.model import Mention

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc

    from detente.actors.kb import Entry
    from detente.actors.resolve import ActorFinder

NP_MODIFIERS = {"compound", "amod", "poss", "nmod", "npadvmod"}
NOMINAL_POS = ("NOUN", "PROPN", "PRON")
# where a bare cardinal heads a noun phrase of its own ("the nine were charged", "ordered the nine held")
_RECOUNTED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
PLACED_SECTORS = ("JUD", "COP")  # bodies a town places in its country ("a court in Almaty", "Mombasa police"; a new
# one deep under a word a town's "in" phrase is on: ``court_seat``)
_NOT_IN_HISTORY = NP_MODIFIERS - {"poss"}  # modifiers are not antecedents; possessors are ("its", "his")
_NAMELESS_MODIFIERS = frozenset({"amod", "compound", "nummod", "punct", "advmod"})  # "the three-member panel"
# what a person noun "for" a body speaks for ("a spokesman for Laos's defence ministry", "a spokeswoman for the
# African Union", "a spokesman for Hamas"): a state body, an organisation, a group or party; not a country or a
# region ("the U.N. envoy for Yemen" is the U.N.'s, not Yemen's)
FOR_KINDS = ("sector", "government", "organisation", "group", "party")


class DocResolver(PersonRules, NominalRules):
    """One pass over one doc; holds the coreference history while it walks the sentences. The rule modules of
    ``detente.actors`` (antecedents, acronyms, sets, pronouns, nominals, persons) read it; it is made only by the
    actor finder (``ActorFinder``), one per document, never outside the package."""

    def __init__(self, finder: ActorFinder, doc: Doc, day: dt.date | None, by_token: dict[int, tuple[str, int, int]],
                 sector_at: dict[int, tuple[str, int, int]], outlet_words: set[str], found: DocActors, text: str):
        self.f, self.doc, self.day, self.text = finder, doc, day, text
        self.words = finder.words  # and the nouns that name a set and a collective (unions, made once per doc):
        self.pair_nouns, self.collective_nouns = self.words.pair_nouns, self.words.pair_noun | self.words.pair_noun_any
        self.capital_place_prep = self.words.capital_place_prep  # a difference of two sets, made once per doc
        self.by_match, self.sector_at, self.outlet_words, self.found = by_token, sector_at, outlet_words, found
        self.history: list[tuple[int, ActorRef]] = []
        self.memo: dict[int, ActorRef | None] = {}
        self.warships: dict[str, ActorRef] = {}  # the name after a navy's prefix -> the ship's state's forces
        self.v = found.view(doc)
        self.home = found.home if not self._dateline_only_seats_bodies(found) else None
        self.sentence_of = found.sentence_of
        self.sentence_of.update(enumerate(self.v.sent))

    def _dateline_only_seats_bodies(self, found: DocActors) -> bool:
        """Whether the dateline is a city that seats international bodies (``host_city``: "VIENNA", "GENEVA", "THE
        HAGUE") whose country the text names by no other name than that city: the story is then one of a body that
        sits there ("VIENNA - OSCE states invoked ... against Georgia ... at the OSCE Permanent Council in Vienna"),
        and "the government", "police" or a bare title are not that country's (nor is the city's country the
        article's: :meth:`_focus` counts the names instead)."""
        if found.home is None or not any(len(name.split()) <= 2 and name.split()[-1] in self.words.host_city
                                         for name in found.dateline if name):
            return False
        v = self.v
        for key, start, end in set(self.by_match.values()):
            entry = self.f.kb.get(key.partition("|")[2])
            if entry is not None and entry.country == found.home.country \
                    and v.text[v.idx[start]:v.end[end - 1]].lower() not in found.dateline:
                return False
        return True

    def run(self) -> None:
        by_match, memo, sector_at = self.by_match, self.memo, self.sector_at
        pos, dep, head = self.v.pos, self.v.dep, self.v.head
        for i in range(len(pos)):
            # (a titled adjective is the last word of a sector's title: no call for a word of none)
            if i in memo or (i not in by_match and pos[i] not in NOMINAL_POS
                             and not (i in sector_at and self.titled_adjective(i))
                             and not (pos[i] == "NUM" and dep[i] in _RECOUNTED_DEPS)):
                continue  # only names and nouns (and "the nine" after "nine nationals") can stand for actors
            if dep[i] == "compound" and head[i] in by_match:
                continue
            ref = self.resolve(i)
            if ref is not None and dep[i] not in _NOT_IN_HISTORY:
                self.history.append((i, ref))

    # the index of an NP head -> the actor it stands for, or None (the resolver and its helpers in
    # antecedents.py and sets.py pass token indices and read the parse view: no spaCy Token per word)
    def resolve(self, i: int) -> ActorRef | None:
        memo = self.memo
        if i in memo:
            return memo[i]
        memo[i] = None  # guards against cycles in odd parses
        ref, via, span = self._resolve(i)
        if ref is not None and ref.kind == "group" and ref.entry is not None and self._splinter_phrase(i):
            ref = self._branch_of(ref) or ref  # "Front dissidents": the Front's faction the article names
        memo[i] = ref
        if ref is not None:
            start, end = span
            begin, finish = self.v.idx[start], self.v.end[end - 1]
            mention = Mention(text=self.text[begin:finish], start=begin, end=finish,
                              sentence=self.sentence_of[i], via=via)
            self.found.add(i, ref, mention, span)
            if self._court(i, ref):
                self.found.courts.add(i)
            for member in self.found.groups.get(i, [])[1:]:
                self.found.refs.setdefault(member.key, member)
                self.found.mentions.setdefault(member.key, []).append(mention)
        return ref

    def titled_adjective(self, i: int) -> bool:
        """Whether the word at ``i`` is the last word of a title of several words in sectors.tsv that the parser
        read as an adjective ("the secretary-general", "the director general urged": "general"): it heads the title,
        a noun phrase, as "the minister" would (session 56); not with a name apposed ("its secretary-general, X,"),
        which the person rules read, the title on the name."""
        sector = self.sector_at.get(i)
        return sector is not None and sector[1] < i and self.v.pos[i] == "ADJ" \
            and self.v.dep[i] not in ("amod", "compound") \
            and all(self.v.dep[c] != "appos" and self.v.ent_type[c] != "PERSON" for c in self.v.children[i])

    def _court(self, i: int, ref: ActorRef) -> bool:
        """Whether the actor named at ``i`` is a court (``court_noun``): a body of the knowledge base called so (the
        ICJ, "the EU Court of Justice") or a state's court ("a Lusaka court", "the High Court")."""
        courts = self.words.court_noun
        if ref.sector == "JUD":
            return self.v.lemma[i] in courts
        entry = self.f.kb.get(ref.entry) if ref.kind == "organisation" else None
        return entry is not None and not courts.isdisjoint(entry.nominals)

    def _resolve(self, i: int) -> Resolved:
        """What the word at ``i`` stands for, how it was found (``Mention.via``) and its token span."""
        ship = self.prefixed_ship(i)
        if ship is not None:  # "HMCS Moncton": Canada's forces, not the town the name is also
            return ship, "name", (self.v.edges(i)[0], i + 1)
        match = self.by_match.get(i)
        if match is not None:
            return self._named(i, *match)
        v = self.v
        tag, pos, lower = v.tag[i], v.pos[i], v.lower[i]
        if tag in ("WP", "WP$", "WDT") and lower in ("who", "whom", "whose", "which", "that"):
            return self._relative(i)
        if pos == "PRON" or tag in ("PRP", "PRP$"):
            return pronoun(self, i, lower), "pronoun", (i, i + 1)
        if tag == "CD" and pos == "NUM":
            return self._recounted(i)
        if pos not in ("NOUN", "PROPN") and not self.titled_adjective(i):
            return None, "", (i, i + 1)
        defined = acronym_phrase(self, i)
        if defined is not None:  # "The Royal Malaysia Police (PDRM) ... PDRM officers": what the name stands for
            self.found.antecedents[i] = defined[1]
            return defined[0], "acronym the article defines", (v.edges(i)[0], i + 1)
        crew = warship_crew(self, i)
        if crew is not None:  # "sailors from HMS Kent": Britain's forces, not a bare plural of no one
            return crew, "nominal", (v.edges(i)[0], i + 1)
        if v.dep[i] == "compound" and v.lemma[v.head[i]] in self.words.sector_free_noun:
            return None, "", (i, i + 1)  # "new customs fees": a thing the service deals in, no one (sector_free_noun)
        # demonym or country modifying a sector noun: "Russian troops", "Syria's army",
        # or a noun whose compound is one: "a Turkish army convoy"
        sector = self.sector_at.get(i)
        if sector is None:
            dep = v.dep
            # (not on a thing the service deals in: "new customs fees", sector_free_noun)
            sector = next((self.sector_at[c] for c in v.children[i]
                           if dep[c] == "compound" and c in self.sector_at and c not in self.by_match
                           and v.lemma[i] not in self.words.sector_free_noun), None) \
                or self._split_title(i)
        if generic_plural(self, i):  # "all navies", "other Gulf governments": nobody in particular
            return None, "", (i, i + 1)
        body = named_body(self, i)
        if body is not None:  # "the farm lobby Shamba Bora", "the Zora party": a body by a name the KB does not know
            return body, "name", (v.edges(i)[0], i + 1)
        apposed = self._apposed_name(i, sector)
        if apposed is not None:  # "the Northern Front, a separatist group ...": the Front
            return apposed, "nominal", (v.edges(i)[0], i + 1)
        pair = resolve_set(self, i)
        if pair:
            if sector is not None and v.lemma[i] not in self.words.pair_noun_any:  # "the warring parties": no PTY
                pair = [self.f.sector_ref(r, sector[0]) for r in pair]
            self.found.groups[i] = pair
            return self.found.groups[i][0], "nominal", (v.edges(i)[0], i + 1)
        sitting = self.sitting_body(i)
        if sitting is not None:  # "The League held a session ... The session called on": the League
            return sitting, "nominal", (v.edges(i)[0], i + 1)
        office = office_of(self, i) or country_nominal(self, i)
        if office is not None:  # "Brown's office", "his office"; "its neighbour", "the island nation"
            return office, "nominal", (v.edges(i)[0], i + 1)
        counterpart = self._counterpart_side(i)
        if counterpart is not None:  # "Ali and his Venezuelan counterpart met": Venezuela's government
            return counterpart, "demonym", (v.edges(i)[0], i + 1)
        resolved = self._loyal_to(i, sector) or self._society_body(i) or self._judging_body(i) \
            or self._through_modifier(i, sector) or self._state_side(i) or self._claimed_side(i) \
            or self._nominal_or_context(i, sector)
        if resolved is not None:
            return resolved
        centre = self.the_centre(i) if sector is None else None
        if centre is not None:  # "the chief minister urged the Centre to act": his own country's government
            return centre, "nominal", (v.edges(i)[0], i + 1)
        crew = ship_crew(self, i)
        if crew is not None:  # "seized a Chinese-flagged longliner and detained its crew": China's
            return crew, "nominal", (v.edges(i)[0], i + 1)
        nationals = self._nationals(i)
        if nationals is not None:  # "arrested five Ruritanian men": Ruritania's people, by their demonym
            return nationals, "demonym", (v.edges(i)[0], i + 1)
        body = self._national_body(i)
        if body is not None:  # "Ruritanian fishermen accused ...", "Ruritanian banks": that country's people
            return body, "demonym", (v.edges(i)[0], i + 1)
        named = remention(self, i)
        if named is not None:  # "detained 15 Turkish fishermen ... charged the fishermen": Turkey's
            return self._taken_up(i, named)
        again = self._nationals_again(i) if self.words.is_person_noun(v.lemma[i]) and definite_at(v, i, self.words) \
            else None
        if again is not None:  # "held two of its rangers ... freed the men": the rangers' state
            return again, "nominal", (v.edges(i)[0], i + 1)
        if v.ent_type[i] == "PERSON" and v.dep[i] != "compound":
            return self._person(i)
        if pos == "PROPN" and v.dep[i] != "compound" and v.ent_type[i] != "FAC" \
                and not any(v.dep[c] == "compound" and v.lower[c].rstrip(".") not in self.words.honorific
                            for c in v.children[i]) \
                and (v.ent_type[i] not in ("GPE", "LOC") or not (self._placed(i) or self._destination(i, True))):
            # the surname of an official named before, which the NER took for something else ("Tom Barrack
            # ... said Barrack would travel": an organisation to it; "Rodríguez later accused ...": a place the
            # knowledge base does not know, though no place it stands where a place would, after "in" or "to"; "Mr
            # Peters" after "Winston Peters": a name after an honorific is a person's, whatever the NER read)
            name = v.text[v.idx[i]:v.end[i]]
            earlier = self._known_person(name)
            if earlier is not None and len(earlier.name.split()) > 1 and earlier.code \
                    and not earlier.code.endswith("ELI"):
                return earlier, "name", (i, i + 1)
            titled = self._titled_name(name) if earlier is None else None
            if titled is not None:
                # "Georgian Foreign Minister Nino Kapanadze ... Kapanadze urged": a titled name read as the office
                # (no person entry was made for it), named again by its surname the NER missed: that office
                return ActorRef(key=f"person:{slug(name)}", name=name, code=titled.code, country=titled.country,
                                sector=titled.sector, kind="person"), "name", (i, i + 1)
        return None, "", (i, i + 1)

    def _recounted(self, i: int) -> Resolved:
        """"The nine" after "nine Guatemalan nationals" (:func:`antecedents.recounted`): whom that noun stands for
        (nobody known when they are anonymous people)."""
        earlier = recounted(self, i)
        if earlier is None:
            return None, "", (i, i + 1)
        return self._taken_up(i, earlier)

    def _taken_up(self, i: int, earlier: int) -> Resolved:
        """The noun at ``i`` names again the people of the noun at ``earlier`` ("the nine", "the fishermen"): whom
        that noun stands for (nobody known when they are anonymous people)."""
        self.found.antecedents[i] = earlier
        v = self.v  # "two Turkish nationals": the demonym's country where no sector word names them
        ref = self.resolve(earlier) or next(
            (r for c in v.children[earlier] if v.dep[c] in ("amod", "compound")
             for r in [self.found.by_token.get(c)] if r is not None and r.kind == "country"), None)
        if ref is None and v.dep[i] not in ("nsubj", "csubj"):  # "two of its fishermen ... freed the fishermen"
            ref = self._people_state(earlier)
        if earlier in self.found.people:
            self.found.people.add(i)
        if earlier in self.found.groups:
            self.found.groups[i] = self.found.groups[earlier]
        return ref, "nominal", (v.edges(i)[0], i + 1)

    def lemma_as_tagged(self, i: int) -> str:
        """The lemma of the word at ``i`` as the tagger gave it (``Token.lemma_``; the view keeps it lower-cased),
        for the few tests of a word list on it."""
        return self.doc[i].lemma_

    def _named(self, i: int, key: str, start: int, end: int) -> Resolved:
        """A name the knowledge base knows: an entity, alias, capital or seat, demonym or city."""
        f = self.f
        kind, _, ident = key.partition("|")
        words = self.v.text[self.v.idx[start]:self.v.end[end - 1]]  # doc[start:end].text, without the Span
        if kind == "O" or words in self.outlet_words:
            self.found.outlets.add(i)
            return None, "", (start, end)
        entry = f.kb.get(ident)
        if kind == "P":
            self.found.places[i] = (words, ident)
            if entry is not None:
                self.found.place_refs[i] = f.entity_ref(entry, self.day)
            return None, "", (start, end)
        if entry is None:
            return None, "", (start, end)
        if kind == "S":
            self.found.places[i] = (words, ident)
            last = next((t for t in range(start, end) if not start <= self.v.head[t] < end or self.v.head[t] == t), i)
            dep, head = self.v.dep[last], self.v.head[last]  # the name's head: "in The Hague" is "Hague"'s place
            if i != last and dep == "pobj" and self.lemma_as_tagged(head) in self.capital_place_prep:
                return None, "", (start, end)
            dep, head = self.v.dep[i], self.v.head[i]
            if (dep == "pobj" and self.lemma_as_tagged(head) in self.capital_place_prep) or dep == "compound":
                return None, "", (start, end)
            return f.sector_ref(f.entity_ref(entry, self.day), "GOV"), "capital", (start, end)
        if kind == "E" and entry.kind == "country" and self._opens_body_name(end):
            return None, "", (start, end)  # "the Swaziland Solidarity Network": a body named after the country
        if kind == "E" and entry.kind == "country":
            self.found.places[i] = (words, ident)
        elif kind == "E" and words in f.kb.places:
            # a body's name that is also a country's place ("Brussels": the EU, and Belgium's capital) is
            # that place, and no actor, where a seat would be ("talks in Brussels"); elsewhere the body
            self.found.places[i] = (words, f.kb.places[words])
            if self.v.dep[i] == "pobj" and self.lemma_as_tagged(self.v.head[i]) in self.capital_place_prep:
                return None, "", (start, end)
        base = f.entity_ref(entry, self.day)
        sector = self._sector_of(i)
        if sector is not None and i != sector[2] - 1:
            span = (min(start, sector[1]), max(end, sector[2]))
            return f.sector_ref(base, sector[0]), "demonym" if kind == "D" else "name", span
        if entry.kind == "person" and len(words.split()) == 1:
            # a bare surname the knowledge base lists for someone else ("Chávez" after "Betssy Chávez"):
            # the person the article named before with it
            earlier = self._known_person(words)
            if earlier is not None and earlier.key != base.key:
                return earlier, "name", (start, end)
            if self._other_given_name(start, entry, end):
                return self._person(i)  # "Khalil Bashir": another person with that surname
        if entry.kind == "person" or kind == "E":
            via = "name" if words == entry.name else "alias"
            return self._with_title(i, base, (start, end)), via, (start, end)
        return base, "demonym", (start, end)

    def _opens_body_name(self, end: int) -> bool:
        """Whether the country's name ending before ``end`` only opens a longer name the NER reads as an
        organisation's, whose other words (names, not "'s") end no sector phrase of sectors.tsv and are no office
        abroad (``abroad_noun``): "the Swaziland Solidarity Network", "the Kenya Human Rights Commission" are
        bodies named after the country, no actor the knowledge base knows; "the Kenya Defence Forces", "the Japan
        Coast Guard" are the state's. The name still names the country (the dateline's home, the focus)."""
        v, ends = self.v, self.f.sector_ends
        stop = end
        while stop < len(v.lower) and v.ent_type[stop] == "ORG" and v.ent_iob[stop] == "I" and v.pos[stop] == "PROPN":
            if v.lower[stop] in ends or v.lemma[stop] in ends or v.lower[stop] in self.words.abroad_noun:
                return False
            stop += 1
        return stop > end

    def _relative(self, i: int) -> Resolved:
        """A relative pronoun stands for the noun its clause hangs on: "Pakistan, whose relations ..."; for a common
        noun of an actor in apposition, the name it is apposed to ("the Northern Front, a group that X armed": the
        Front)."""
        dep, head, pos = self.v.dep, self.v.head, self.v.pos
        clause = head[i]
        while dep[clause] not in ("relcl", "acl") and head[clause] != clause and pos[clause] != "VERB":
            clause = head[clause]
        if dep[clause] in ("relcl", "acl") and head[clause] != i:
            noun = head[clause]
            if self.v.lower[i] in ("who", "whom") and self.v.ent_type[noun] in ("GPE", "LOC", "FAC") \
                    and dep[noun] == "pobj" and dep[head[noun]] == "prep":
                # "who" stands for people, not the place after them ("met Houthi leaders in Muscat, who
                # promised ...": the leaders, whether "in Muscat" hangs on them or on "met")
                noun = self._before_place(head[noun]) or noun
            named = self._apposed_to(noun)
            if named is not None and self.resolve(named) is not None:
                # "fighters of the Northern Front, a separatist group that Ruritania backed": the clause's noun is a
                # common noun in apposition, which names again what it is apposed to (not another group of the
                # story the noun alone would be read as)
                noun = named
            self.found.antecedents[i] = noun
            return self.resolve(noun), "pronoun", (i, i + 1)
        return None, "", (i, i + 1)

    def _apposed_to(self, i: int) -> int | None:
        """The word a common noun at ``i`` is in apposition to ("the Northern Front, a separatist group"), by index;
        None for any other word, and for a noun the parser hangs on a word a verb stands between, which sums up a
        clause rather than naming that word again ("ordered two men held for a month, a case that drew a protest")."""
        v = self.v
        head = v.head[i]
        if v.dep[i] != "appos" or v.pos[i] != "NOUN" or head == i \
                or any(v.pos[k] in ("VERB", "AUX") for k in range(min(head, i) + 1, max(head, i))):
            return None
        return head

    def _apposed_name(self, i: int, sector: tuple[str, int, int] | None) -> ActorRef | None:
        """A common noun in apposition to a name stands for what that name does ("fighters of the Northern Front, a
        separatist group in the east": the Front, not another group of the story the noun alone would be read as):
        the head's actor, when it is a group, a body or a state (a person's apposed title keeps the title rules), the
        noun is one that names such an actor (a nominal of the knowledge base's bodies, "group", "alliance"; a
        ``pair_noun`` or ``pair_noun_any``, "state", "party"; not "a charge" the parser hangs on a name), it has no
        sector word nor a name among its modifiers ("Lagos, Nigeria's biggest city" is left to them),
        and no verb stands between the two (a noun the parser hangs over a clause sums the clause up: "ordered two
        men held for a month, a case that drew a protest"). None otherwise."""
        v = self.v
        head = self._apposed_to(i)
        if head is None or sector is not None \
                or not (v.lemma[i] in self.f.nominals or v.lemma[i] in self.collective_nouns) \
                or any(c in self.by_match or c in self.sector_at for c in v.children[i]):
            return None
        ref = self.resolve(head)
        if ref is None or ref.kind not in ("group", "organisation", "organization", "country", "party"):
            return None
        return ref

    def _before_place(self, prep: int) -> int | None:
        """The noun a place phrase (its preposition at ``prep``) follows: the noun it hangs on, or the
        object before it of the verb it hangs on; None when there is none."""
        v = self.v
        above = v.head[prep]
        if v.pos[above] in ("NOUN", "PROPN"):
            return above
        if v.pos[above] == "VERB":
            return next((c for c in v.children[above] if v.dep[c] == "dobj" and c < prep
                         and v.pos[c] in ("NOUN", "PROPN")), None)
        return None

    def _loyal_to(self, i: int, sector: tuple[str, int, int] | None) -> Resolved | None:
        """A noun of people whose allegiance a word after it gives (``allegiance_word``): "forces loyal to Khalifa
        Haftar" (his group), "fighters allied with the Houthis" (theirs), "troops loyal to the president" (the
        president's state, in the noun's sector): the side they fight for, named (not "loyal to the region's
        president", whom the resolver only guesses); "backed by X" is no such word."""
        member = self._member_of(i)
        if member is not None:
            return member
        v = self.v
        for word in v.children[i]:
            if v.dep[word] not in ("amod", "acl") or v.lemma[word] not in self.words.allegiance_word or word < i:
                continue
            for prep in v.children[word]:
                if v.dep[prep] != "prep" or v.lower[prep] not in ("to", "with"):
                    continue
                for pobj in (c for c in v.children[prep] if v.dep[c] == "pobj"):
                    ref = self.resolve(pobj) if pobj in self.by_match else None  # a name, not a guessed "president"
                    if ref is None:
                        continue
                    side = self._org_of(ref) if ref.kind == "person" else ref
                    if side is None or side.kind in ("country", "sector"):  # the president's, the government's
                        country = self.f.kb.get(ref.country) if ref.country else None
                        if country is None:
                            continue
                        side = self.f.entity_ref(country, self.day)
                        side = self.f.sector_ref(side, sector[0]) if sector is not None else side
                    return side, "title", (v.edges(i)[0], i + 1)
        return None

    def _member_of(self, i: int) -> Resolved | None:
        """A noun of fighters an ``affiliation_word`` joins to an armed group, by a hyphen before it or after it ("al
        Qaeda-linked fighters", "militants linked to Islamic State"): the one group the article names that belongs
        to that group (its ``parent``: "JNIM" for al Qaeda), else the group itself; a country is a backer or an
        owner, not the fighters' side ("Iran-aligned militias" are not Iran's): None."""
        v = self.v
        for word in v.children[i]:
            if v.dep[word] not in ("amod", "acl") or v.lemma[word] not in self.words.affiliation_word:
                continue
            if word < i:  # "al Qaeda-linked": the name is on the participle, before it
                names = [c for c in v.subtree(word) if c < word and c in self.by_match]
                said = {k for c in names for k in range(self.by_match[c][1], self.by_match[c][2])}
                if any(c in self.by_match and word < c < i and not said & set(range(*self.by_match[c][1:]))
                       for c in v.children[i]):
                    return None  # "al Qaeda-linked al Shabaab fighters": the noun's own name says whose
            else:  # "linked to al Qaeda"
                names = [p for prep in v.children[word] if v.dep[prep] == "prep" and v.lower[prep] in ("to", "with")
                         for p in v.children[prep] if v.dep[p] == "pobj" and p in self.by_match]
            for name in names:
                ref = self.resolve(name)
                if ref is None or ref.kind != "group" or ref.entry is None:
                    continue
                return self._branch_of(ref) or ref, "title", (v.edges(i)[0], i + 1)
        return None

    def _splinter_phrase(self, i: int) -> bool:
        """Whether the group named at ``i`` is named as its breakaway part by a ``splinter_word``: the word is the
        noun itself ("the dissidents" of a group's name on it), the noun the name modifies ("Front dissidents"), the
        noun the name follows "of" on ("dissidents of the Front"), or a modifier beside the name ("a Front splinter
        group")."""
        v, words = self.v, self.words.splinter_word

        def splinter(t: int) -> bool:
            return v.lemma[t] in words or v.lower[t] in words

        if splinter(i):
            return True
        head = v.head[i]
        if v.dep[i] == "pobj" and v.lower[head] == "of" and v.head[head] != head:
            head = v.head[head]
        elif v.dep[i] not in ("compound", "poss", "nmod", "amod"):
            return False
        return head != i and (splinter(head) or any(
            splinter(c) for c in v.children[head] if c != i and v.dep[c] in ("compound", "amod")))

    def _branch_of(self, group: ActorRef) -> ActorRef | None:
        """The one group the article names whose ``parent`` is ``group`` (al Qaeda's "JNIM"), else None."""
        branches = {}
        for key, _, _ in self.by_match.values():
            entry = self.f.kb.get(key.partition("|")[2])
            if entry is not None and entry.kind == "group" and entry.parent == group.entry:
                branches[entry.id] = entry
        return self.f.entity_ref(next(iter(branches.values())), self.day) if len(branches) == 1 else None

    def _claimed_side(self, i: int) -> Resolved | None:
        """A noun of unnamed armed people (``armed_people_noun``: "gunmen", "the attackers", "the fighters") that
        nothing on it names (the rules before this one found no owner): definite ("the fighters", "all four
        assailants"), the armed group the same noun was resolved to before ("al Qaeda-linked fighters ... the
        fighters"), else the one group the article says claimed an attack (:meth:`_claimants`), else the group any
        such noun was resolved to before; bare ("Gunmen stormed a hotel"), the claiming group only when the claim is
        told in its sentence or the next ("... Al Shabaab claimed responsibility for the attack"). None otherwise
        (the dateline country's rebels, or nobody, as before)."""
        v = self.v
        if v.pos[i] not in ("NOUN", "PROPN") or v.lemma[i].lower() not in self.words.armed_people_noun \
                or any(v.dep[c] in ("poss", "compound") for c in v.children[i]):
            return None
        span = (v.edges(i)[0], i + 1)
        definite = definite_at(v, i, self.words) or any(v.lower[c] == "all" for c in v.children[i])
        armed = [(j, ref) for j, ref in reversed(self.history)
                 if j < i and ref.kind == "group" and v.lemma[j].lower() in self.words.armed_people_noun]
        if definite:
            same = next((ref for j, ref in armed if v.lemma[j].lower() == v.lemma[i].lower()), None)
            if same is not None:
                return same, "nominal", span
        claims = self._claimants()
        if len({ref.key for _s, ref in claims}) == 1:
            here = self.sentence_of[i]
            if definite or any(0 <= s - here <= 1 for s, _ref in claims):
                return claims[0][1], "context", span
        if definite and armed:
            return armed[0][1], "nominal", span
        return None

    def _claimants(self) -> list[tuple[int, ActorRef]]:
        """The armed groups the article says claimed an attack, with the sentence of each claim: the subject of a
        ``claim_verb`` whose object is a ``claimed_noun`` ("JNIM claimed responsibility for the ambush", "the BLA
        claimed the attack") or the doer of "claimed by" on such a noun ("an attack claimed by Islamic State", "The
        attack, claimed by JNIM, took place ...", "the bombing was claimed by al Shabaab")."""
        v, words = self.v, self.words
        claims = []
        for c in self.by_match:
            if v.dep[c] in ("compound", "amod"):
                continue
            first = c  # "Al Shabaab and Islamic State both claimed the attack": each a claimant
            while v.dep[first] == "conj" and v.head[first] != first:
                first = v.head[first]
            verb = v.head[first]
            if v.dep[first] == "pobj" and v.lower[verb] == "by" and v.dep[verb] == "agent":
                verb = v.head[verb]
                claimed = [v.head[verb]] if v.dep[verb] == "acl" else \
                    [o for o in v.children[verb] if v.dep[o] == "nsubjpass"]
            elif v.dep[first] == "nsubj":
                claimed = [o for o in v.children[verb] if v.dep[o] == "dobj"]
            else:
                continue
            if v.lemma[verb] not in words.claim_verb or not any(v.lemma[o] in words.claimed_noun for o in claimed):
                continue
            ref = self.resolve(c)
            if ref is not None and ref.kind == "group":
                claims.append((self.sentence_of[c], ref))
        return claims

    def _through_modifier(self, i: int, sector: tuple[str, int, int] | None) -> Resolved | None:
        """A noun whose modifier names the actor: "Russian troops", "envoys from X and Y", "his movement"."""
        dep, lower, children = self.v.dep, self.v.lower, self.v.children
        if sector is not None and sector[2] <= i and self.v.ent_type[i] == "PERSON" and self._former(sector[2] - 1):
            return None  # "Former Mozambican president X": the person, out of office (PersonRules._with_title)
        near = list(children[i])
        # "the Czech industry ministry" read as a Czech industry's ministry: the demonym on the plain noun before the
        # head names the head's owner too (session 50)
        # (a lowercase noun before a state body's noun only: "the Kenya Human Rights Commission" is no Kenyan body)
        if sector is not None:
            near += [g for c in children[i] if dep[c] == "compound" and self.v.pos[c] == "NOUN" and lower[c] == \
                     self.v.text[self.v.idx[c]:self.v.end[c]] and c not in self.by_match
                     for g in children[c] if dep[g] in ("amod", "compound") and g < c and g in self.by_match]
        if sector is not None and sector[1] < i:  # "the Polish head of state": the phrase's head has the modifier
            near += [c for c in children[sector[1]] if not sector[1] <= c < sector[2]]
        if sector is not None and sector[1] == i < sector[2] - 1:  # "secretary-general of X": "of X" on "general"
            near += [c for c in children[sector[2] - 1] if not sector[1] <= c < sector[2]]
        if sector is not None:  # "Qatar's Emir Sheikh X": the possessive the parser hangs on the name the title opens
            near += [c for c in children[self._name_a_title_opens(i)] if dep[c] == "poss"]
        named = self._own_name(i, near)
        if named is not None:  # "Castro's Libre party": the party its name names, not the person who leads it
            return named, "name", (self.v.edges(i)[0], i + 1)
        for child in near:
            if dep[child] in NP_MODIFIERS or (dep[child] == "prep" and lower[child] in ("of", "at", "from", "in", "for")
                                              and sector is not None):
                at = child if dep[child] != "prep" else next((c for c in children[child] if dep[c] == "pobj"), None)
                if at is None:
                    continue
                if lower[child] == "for" and getattr(self.resolve(at), "kind", None) not in FOR_KINDS:
                    continue  # "a spokesman for Laos's defence ministry" is its; "the envoy for Yemen" is not Yemen's
                if lower[child] == "at" and sector is not None and self._sector_words(sector) in self.f.kb.assets:
                    continue  # "officials at the ministry" are its, "drones at Israel" are aimed at it (hardware)
                members = self._members(at) if sector is not None else []
                inner = self.resolve(at) or (members[0] if members else None)
                if inner is None and sector is not None and lower[child] == "of":
                    inner = self._body_on(at)  # "Leaders of the Pacific Islands Forum meeting in Suva"
                if inner is None and sector is not None and lower[child] in ("of", "from"):
                    # "officials of the two countries' joint commission": the states that own the body, each
                    members = self._states_owning(at)
                    inner = members[0] if members else None
                if inner is None:
                    continue
                body = self._body_of(i, inner) if dep[child] != "prep" else None
                if body is not None:  # "the U.N. civil aviation agency", "the bloc's executive": one body of it
                    return body, "nominal", (self.v.edges(i)[0], i + 1)
                if sector is not None:
                    if inner.sector == "BUS" and self._sector_words(sector) in self.f.kb.crafts:
                        continue  # "a company whose ships ...": merchant ships, no one's forces
                    span = (min(self.v.edges(i)[0], self.v.edges(sector[1])[0]), i + 1)
                    if len(members) > 1:  # "American and British warplanes", "envoys from X, Y and Z"
                        self.found.groups[i] = [self.f.sector_ref(m, sector[0]) for m in members]
                    state = self._state_of(inner, sector[0]) if dep[child] == "prep" else inner
                    if state is not inner and at not in {k for k, _ in self.history}:
                        self.history.append((at, inner))  # "he" can still be the head of government
                    former = sector[0] == "GOV" and self._former(sector[2] - 1)  # "the former Kenyan minister"
                    return self.f.sector_ref(state, "ELI" if former else sector[0]), "title", span
                if lower[i] in self.f.nominals and dep[at] == "poss":
                    # "his movement": the organisation that the possessor speaks for
                    org = self._org_of(inner)
                    if org is not None:
                        return org, "nominal", (self.v.edges(i)[0], i + 1)
                if dep[at] != "poss" and inner.entry is not None \
                        and inner.entry in self.f.nominals.get(lower[i], ()):
                    # "the SBU security service", "the IRGC naval force": the name and its own nominal
                    return inner, "name", (self.v.edges(i)[0], i + 1)
        return None

    def _name_a_title_opens(self, i: int) -> int:
        """The head of the person's name a title word opens, compounded on it through the name's other words ("Emir"
        in "Qatar's late Emir Sheikh Khalifa Al Thani": "Thani", where the possessive hangs); the word itself when it
        opens no person's name."""
        v, head = self.v, i
        while v.dep[head] == "compound" and v.head[head] != head and v.pos[v.head[head]] == "PROPN":
            head = v.head[head]
        return head if head != i and v.ent_type[head] == "PERSON" else i

    def _state_side(self, i: int) -> Resolved | None:
        """"The Syrian side" as a doer or addressee (``state_side_noun``): that state's government ("the Syrian side
        renewed its demand", "urged the Tajik side to", "talks with the Iranian side"). Only "the", one side, no "of"
        phrase, and a subject, object (not of a ``harm_verb``) or "with" / "by" object: "on the Ivorian side", "shelled
        the Syrian side", "each side", "both sides", "the Iraqi side of the border" are places or sets."""
        v = self.v
        if v.lemma[i] not in self.words.state_side_noun or v.tag[i] != "NN":
            return None
        dep, head = v.dep[i], v.head[i]  # ("shelled the Syrian side": its ground)
        role = dep in ("nsubj", "dative") or dep == "dobj" and v.lemma[head] not in self.words.harm_verb or (
            dep == "pobj" and (v.lower[head] == "with" or v.dep[head] == "agent"))
        children = v.children[i]
        if not role or not any(v.dep[c] == "det" and v.lower[c] == "the" for c in children) \
                or any(v.dep[c] == "prep" and v.lower[c] == "of" for c in children):
            return None
        for c in children:
            if v.dep[c] in ("amod", "compound") and (c in self.by_match or v.pos[c] == "PROPN"):
                ref = self.resolve(c)
                if ref is not None and ref.kind == "country":
                    return self.f.sector_ref(ref, "GOV"), "title", (v.edges(i)[0], i + 1)
        return None

    def _short_form(self, i: int) -> bool:
        """Whether the capitalised name at ``i`` is the short form wires give a body named in full before ("the
        Guards" after "Iran's Revolutionary Guards", "The Front", "the Corps", "the Guards' navy"): one word after
        "the" (no other word of a name before it, nothing "of" or "for" after it: "the Front for Change" is a new
        name), or alone in compound on a title of sectors.tsv ("a Guards commander"); :meth:`NominalRules._nominal`
        then takes it for a body named before that it is a nominal of, and for nobody else."""
        v = self.v
        if v.dep[i] == "compound" and not v.children[i] and v.head[i] in self.sector_at:
            return True  # "a Guards commander", "a Corps spokesman": the body's word on its officer's title
        return any(v.dep[c] == "det" and v.lower[c] == "the" for c in v.children[i]) \
            and not any(v.dep[c] in ("compound", "amod", "nmod", "prep", "appos") for c in v.children[i])

    def _split_title(self, i: int) -> tuple[str, int, int] | None:
        """The title phrase of sectors.tsv that starts at the noun at ``i`` and ends on a modifier of it, as the parser
        splits a hyphenated title ("The secretary-general of the Arab League": "general" an adjective on
        "secretary"); else None."""
        v = self.v
        return next((self.sector_at[c] for c in v.children[i]
                     if v.dep[c] == "amod" and c in self.sector_at and self.sector_at[c][1] == i), None)

    def _body_on(self, noun: int) -> ActorRef | None:
        """The organisation or group named in compound on a noun that names no one ("the Pacific Islands Forum
        meeting", which the parser makes the object of "Leaders of"): the people "of" it are that body's; None
        when no such name is there (a country's name on a noun is a place or a topic: "the Kenya talks")."""
        v = self.v
        for c in v.children[noun]:
            ref = self.resolve(c) if v.dep[c] == "compound" and c in self.by_match else None
            if ref is not None and ref.kind in ("organisation", "group", "party"):
                return ref
        return None

    def _states_owning(self, noun: int) -> list[ActorRef]:
        """The states a possessive on a body no actor names stands for ("the two countries' joint commission",
        "both nations' boundary committee", "Kenya's fisheries board"): each of them, [] when the possessor is no
        state (a company's board is not a government's)."""
        v = self.v
        for c in v.children[noun]:
            if v.dep[c] == "poss" and v.tag[c] != "PRP$":
                members = self._members(c)
                if members and all(m.kind in ("country", "sector") and m.country for m in members):
                    return members
        return []

    def _own_name(self, i: int, near: list[int]) -> ActorRef | None:
        """The actor a name among the modifiers ``near`` the noun at ``i`` names when the noun is one of that actor's
        own nominals ("Imran Khan's Pakistan Tehreek-e-Insaf party", "the SBU security service"), whatever a
        possessor before it says; else None."""
        candidates = self.f.nominals.get(self.v.lower[i], ())
        for child in near:
            if child not in self.by_match or self.v.dep[child] not in ("compound", "amod", "nmod"):
                continue
            inner = self.resolve(child)
            if inner is not None and inner.entry is not None and inner.entry in candidates:
                return inner
        return None

    def _body_of(self, i: int, org: ActorRef) -> ActorRef | None:
        """The body of an organisation that a definite noun on it names by one of the body's nominals: "the
        U.N. watchdog" (the one U.N. body called a watchdog: the IAEA), "the bloc's executive" (the European
        Commission, when the bloc is the EU), "the U.N. civil aviation agency" (of the U.N. agencies, the one
        whose name holds the noun's other modifiers: ICAO). None when the organisation is itself called so
        ("the U.N. body"), when the noun is indefinite ("a U.N. agency") or when no one body is left."""
        v = self.v
        entry = self.f.kb.get(org.entry) if org.kind == "organisation" else None
        noun = v.lower[i]
        if entry is None or noun in entry.nominals or noun in self.words.abroad_noun \
                or not (definite_at(v, i, self.words) or any(v.dep[c] == "poss" for c in v.children[i])) \
                or any(v.dep[c] == "appos" and c in self.by_match for c in v.children[i]):
            return None  # ("the U.N. mission in X": a body posted abroad is named by where it is; "..., MONUSCO,")
        bodies = self.f.bodies(entry.id, noun)
        if len(bodies) > 1:  # "the U.N. civil aviation agency": the agency whose name says civil aviation
            said = [v.lower[c] for c in v.subtree(i) if c < i and c not in self.by_match and v.pos[c] in ("NOUN", "ADJ")
                    and v.dep[c] in ("compound", "amod")]
            # (not a body named by the place it is posted in: "the U.N. peacekeeping force" is not the one in Cyprus)
            bodies = [b for b in bodies if said and " in " not in b.name and all(_in_name(w, b.name) for w in said)]
        return self.f.entity_ref(bodies[0], self.day) if len(bodies) == 1 else None

    def _state_of(self, ref: ActorRef, sector: str) -> ActorRef:
        """The state of a head of government named after "of" ("the government of President X"):
        that country, so the phrase is the government (which "it" can point back to), not the
        person; any other actor unchanged. "X's government" and "the X regime" are left as they were:
        made the state, one development sentence ("the X regime said it would allow ...") changes
        type downstream in extract, which this step does not own."""
        if sector != "GOV" or ref.kind != "person" or ref.sector != "GOV" or not ref.country:
            return ref
        country = self.f.kb.get(ref.country)
        return self.f.entity_ref(country, self.day) if country is not None else ref

    def _nominal_or_context(self, i: int, sector: tuple[str, int, int] | None) -> Resolved | None:
        """"The ministry", "the movement": an earlier actor; "security forces": the article's country."""
        v, pos = self.v, self.v.pos[i]
        if sector is not None and (sector[0] == "GOV" and self._title_of_unknown_body(i, sector)
                                   or self._of_unknown_body(i, sector)):
            return None
        if sector is not None and (pos == "NOUN" or self.titled_adjective(i)
                                   or (pos == "PROPN" and self._sector_name_is_common(i, sector))):
            if sector[0] == "GOV" and self._of_no_one_state(i, sector):
                return None  # "a Western diplomat", "an Arab official", "a foreign envoy": some state, unnamed
            if sector[0] == "GOV" and v.tag[i] == "NNS" and any(
                    v.dep[c] == "amod" and c not in self.by_match for c in v.children[i]):
                # "Western governments", "allied diplomats": no one government; but "the military authorities" are
                # the junta of a state the text calls military-ruled, when it names one
                ruled = self._military_ruled(i) if self._junta_phrase(i) else None
                return (ruled, "nominal", (i, i + 1)) if ruled is not None else None
            if sector[0] == "GOV" and self._no_state_in_particular(i):
                return None  # "a text urging governments to act": no one government
            words = self._sector_words(sector)  # as sectors.tsv lists them
            sender = self._sender(i) if words not in self.f.kb.assets else None
            if sender is not None:
                # "Chile deployed troops to its border", "Berlin would send police officers": the sender's own forces,
                # before any earlier forces noun or the article's country (another state's troops named before)
                return self.f.sector_ref(sender, sector[0]), "context", (v.edges(i)[0], i + 1)
            if words in self.f.kb.ranks:  # "the officer": one named before by the same word, else nobody
                nominal = self._nominal(i)  # ("two officers boarded ...": police or army, of either side)
                return (nominal, "nominal", (i, i + 1)) if nominal is not None else None
            own = forces_of_speaker(self, i) or self._addressed_forces(i, sector) \
                or self._commanded_forces(i, sector) if sector[0] in FORCE_SECTORS \
                and words not in self.f.kb.assets else None  # (not hardware)
            if own is not None:  # "Cambodia's ministry denied that the army had fired": Cambodia's army
                return self.f.sector_ref(own, sector[0]), "context", (v.edges(i)[0], i + 1)
            placed, by_modifier = self._placed_body(i, sector)
            if placed is None and sector[0] in PLACED_SECTORS and not definite_at(v, i, self.words):
                # "In Lisbon, ... the appeals court, where a judge freed him": a new judge of the town's country,
                # not the story's prosecutors named before (``court_seat``)
                seat = court_seat(self, i)
                placed = self.f.sector_ref(seat, sector[0]) if seat is not None else None
            # "a court in Almaty", "a Kremlin spokesman"
            if placed is not None and (by_modifier or not definite_at(v, i, self.words)):
                return placed, "context", (v.edges(i)[0], i + 1)
            nominal = self._nominal(i)
            if nominal is not None:
                return nominal, "nominal", (i, i + 1)
            if placed is not None:  # "the court in Almaty", no court named before
                return placed, "context", (v.edges(i)[0], i + 1)
            span = (v.edges(i)[0], i + 1)
            # hardware ("drones", "air defences", "two shells") is an instrument: it gets no country
            # the text does not give, except its own forces when a state body reports what they did
            # ("the ministry said air defences had destroyed ..."); never the article's country; a craft
            # ("a missile hit a hospital, Ukrainian media reported") not even that: it is as often the enemy's
            if words in self.f.kb.assets:
                # (nor hardware whose user the text names: "drones launched by the RSF")
                made_by = any(v.dep[c] == "acl" and any(v.dep[a] == "agent" for a in v.children[c])
                              for c in v.children[i])
                owner = reporting_state(self, i) if words not in self.f.kb.crafts and not made_by else None
                return (self.f.sector_ref(owner, sector[0]), "context", span) if owner is not None else None
            if anonymous_people(v, i, sector[0]):
                self.found.people.add(i)  # "police detained 83 people", "protesters marched": nobody identifiable
                return None
            if self.home is None and self.found.home is not None and sector[0] == "GOV" and v.tag[i] == "NNS":
                return None  # "BRUSSELS - ..., diplomats said": at a seat of international bodies, many states' people
            focus = opening_place(self, i) or (court_seat(self, i) if sector[0] in PLACED_SECTORS else None) \
                or self._focus()  # "In Lisbon, ... where a judge freed him": Portugal's court (``court_seat``)
            if focus is not None and takes_focus(v, i, sector[0]) \
                    and not any(v.dep[c] in ("poss", "prep") or v.pos[c] == "PROPN" for c in v.children[i]):
                # "Security forces fired ...": the country the article is about
                return self.f.sector_ref(focus, sector[0]), "context", span
        elif v.lower[i] in self.f.nominals and (pos == "NOUN" or (sector is None and (
                v.text[v.idx[i]:v.end[i]] == v.lower[i] or self._short_form(i)))):
            # an organisation's nominal in lower case is a common noun even where the tagger reads a
            # name ("the bloc imposed"); sector words keep the stricter test above
            nominal = self._nominal(i)
            if nominal is not None:
                return nominal, "nominal", (i, i + 1)
        return None

    def _society_body(self, i: int) -> Resolved | None:
        """A union or association of a trade's people that a demonym or a place names ("the Ghanaian truck drivers'
        union", "the Senegalese Fishermen's Union", "fishermen's associations in Mannar", "a Kenyan farmers'
        federation"; ``labour_body_noun``, ``civic_body_noun``): that country, in its members' sector when sectors.tsv
        has their noun and it is no state organ ("farmers": agriculture), else labour or civilians; None without
        the members' noun ("Russia's union with Belarus") or a country."""
        v, words = self.v, self.words
        lemma = v.lemma[i]
        if i in self.by_match or (lemma not in words.labour_body_noun and lemma not in words.civic_body_noun):
            return None
        members = [c for c in v.children[i] if c < i and v.dep[c] in ("poss", "compound") and c not in self.by_match
                   and v.pos[c] in ("NOUN", "PROPN") and v.lower[c] not in self.f.nominals]
        if not members:
            return self._body_named_again(i)
        member = members[-1]
        near = [*v.children[i], *v.children[member]]
        # (a body named in the "of" phrase of an outer union is its members': "the Senegalese Union of Traders
        # Association in Mali" gathers Senegalese traders)
        up = v.head[i]
        if v.dep[i] == "pobj" and v.lower[up] == "of" and (
                v.lemma[v.head[up]] in words.labour_body_noun or v.lemma[v.head[up]] in words.civic_body_noun):
            near += v.children[v.head[up]]
        # the members' demonym or country says whose people they are before a place they are "in" does: "the
        # Senegalese traders' union in Mali" is Senegal's (expatriate traders), "fishermen's associations in Mannar"
        # Sri Lanka's
        country = next((e for c in near if v.dep[c] in ("amod", "compound", "nmod", "poss")
                        for e in [self._matched_country(c, ("E|", "D|"))] if e is not None), None)
        if country is None:
            country = next((e for c in near if v.dep[c] == "prep" and v.lower[c] == "in"
                            for o in v.children[c] if v.dep[o] == "pobj"
                            for e in [self._matched_country(o, ("P|", "S|", "E|"))] if e is not None), None)
        if country is None:
            return None
        sector = self.f.kb.sectors.get(v.lower[member]) or self.f.kb.sectors.get(v.lemma[member])
        if sector is None or sector in STATE_ORGANS:
            sector = "LAB" if lemma in words.labour_body_noun else "CVL"
        return self.f.sector_ref(self.f.entity_ref(country, self.day), sector), "context", (v.edges(i)[0], i + 1)

    def _judging_body(self, i: int) -> Resolved | None:
        """"The panel", "the three-member panel", "the arbitral tribunal" (a definite ``judging_body_noun`` whose
        modifiers name no one) after such a body was named with its actor ("A WTO panel ruled on Monday that
        Ruritania's duties broke the rules. The three-member panel also found ..."): that body's actor, the latest
        earlier mention of the same noun an actor stands for (:meth:`_body_named_again`); None without one, so "the
        tribunal" of a court named by its name is left to the court's nominals."""
        if i in self.by_match or self.v.lemma[i] not in self.words.judging_body_noun:
            return None
        return self._body_named_again(i, modified=True)

    def _body_named_again(self, i: int, modified: bool = False) -> Resolved | None:
        """"The association", "the union" bare (a definite ``labour_body_noun`` or ``civic_body_noun`` with nothing
        else before it) after such a body was named with its country ("..., according to the Tunisian Olive Growers
        Association. The association vowed to stop selling oil abroad"): that body, the latest earlier mention of the
        same noun an actor stands for; None when there is none (a union nobody named before is nobody known). With
        ``modified`` a modifier that names no one may stand before the noun ("the three-member panel"), not a
        possessor or a name."""
        v = self.v
        if not definite_at(v, i, self.words):
            return None
        if modified:
            before = [c for c in v.children[i] if c < i and v.dep[c] != "det"]
            if any(v.dep[c] not in _NAMELESS_MODIFIERS or any(t in self.by_match or t in self.sector_at
                                                              for t in v.subtree(c)) for c in before):
                return None
        elif any(c < i and v.dep[c] != "det" for c in v.children[i]):
            return None
        for j, ref in reversed(self.history):
            if j < i and v.lemma[j] == v.lemma[i] and ref.code:
                if modified and any(v.lemma[k] == v.lemma[i] and self._named_on(k) for k in range(j + 1, i)):
                    break  # a later body of the noun named by its actor's name ("a WTO panel") is nearer
                self.found.antecedents[i] = j
                return ref, "nominal", (v.edges(i)[0], i + 1)
        if modified:  # "A WTO panel ruled": the actor named on the noun, which itself is no antecedent
            for k in range(i - 1, -1, -1):
                named = self._named_on(k) if v.lemma[k] == v.lemma[i] else None
                if named is not None:
                    self.found.antecedents[i] = k
                    return named, "nominal", (v.edges(i)[0], i + 1)
        return None

    def _named_on(self, k: int) -> ActorRef | None:
        """The actor a name on the noun at ``k`` stands for: a name before it ("a WTO panel", "a Thai panel") or an
        organisation after "of", "at" or "under" ("a tribunal at the Permanent Court of Arbitration"); None without
        one."""
        v = self.v
        for c in v.children[k]:
            names = [c] if c < k and v.dep[c] in ("compound", "amod", "nmod", "poss") else \
                [o for o in v.children[c] if v.dep[o] == "pobj"] \
                if v.dep[c] == "prep" and v.lower[c] in ("of", "at", "under") else []
            for t in names:
                if t not in self.by_match:
                    continue
                ref = self.resolve(t)
                if ref is not None and ref.code and (c < k or ref.kind == "organisation"):
                    return ref
        return None

    def _matched_country(self, t: int, kinds: tuple[str, ...]) -> Entry | None:
        """The country the name matched at ``t`` stands for, when its match is of one of ``kinds`` (the key's prefix:
        "E|" the name, "D|" a demonym, "S|" a seat, "P|" a place of it), else None."""
        key = self.by_match.get(t, ("",))[0]
        entry = self.f.kb.get(key[2:]) if key[:2] in kinds else None
        return entry if entry is not None and entry.kind == "country" else None

    def _no_state_in_particular(self, i: int) -> bool:
        """Whether a plural noun of a state's whole government (a ``pair_noun`` that is also an ``office_noun``:
        "governments", "administrations") stands bare, with nothing before it (no determiner, number, possessor, name
        or modifier): governments in general, no one state ("urged governments to act"); not persons ("ministers")."""
        v = self.v
        return v.tag[i] == "NNS" and v.lemma[i] in self.words.pair_noun and v.lemma[i] in self.words.office_noun \
            and not any(c < i for c in v.children[i])

    def _of_no_one_state(self, i: int, sector: tuple[str, int, int]) -> bool:
        """Whether a state's person or body is said to be of several countries or of none in particular: an adjective
        before the sector phrase that is a collective of ``data/actors/collectives.tsv`` ("a Western diplomat", "an
        Asian envoy", "a Gulf official") or a ``generic_word`` ("a foreign diplomat"), with no name on the noun ("a
        Western-backed government" and "the European Commission's spokesman" are left to the other rules)."""
        v = self.v
        before = [c for c in v.children[i] if c < sector[1]]
        if any(c in self.by_match or v.dep[c] == "poss" for c in before):
            return False
        return any(v.dep[c] == "amod" and (v.lower[c] in collectives() or v.lower[c] in self.words.generic_word)
                   for c in before)

    def _placed_body(self, i: int, sector: tuple[str, int, int]) -> tuple[ActorRef | None, bool]:
        """The state a body is placed in by a town or seat of government: on the noun ("a Kremlin spokesman", "a
        Moscow court": a seat or capital for any state body, a town for a court or the police, ``PLACED_SECTORS``:
        "a Mombasa court") or after "in" ("a court in Almaty", "police in Mombasa": courts and police only; "diplomats
        in Moscow" are as often foreign). The place's country in the noun's sector, and whether it was named on the
        noun; (None, False) for an office abroad (``abroad_noun``: "the Kyiv embassy" is another state's)."""
        v, words = self.v, self.words
        if v.lower[i] in words.abroad_noun or sector[0] not in STATE_ORGANS or sector[2] - 1 != i:
            return None, False  # (nor a thing the body's word is compounded on: "a police crackdown in Tbilisi")
        near = list(v.children[i])
        if v.dep[i] == "compound" and v.head[i] != i:
            # "Tripoli government forces": the parser hangs the seat on the last noun, beside the body's word
            near += [c for c in v.children[v.head[i]] if c < sector[1] and v.dep[c] == "compound"]
        if self._seated(i) and i + 1 < len(v.lower) and v.lower[i + 1] == "in" and v.dep[i + 1] == "prep" \
                and i + 1 not in near:
            near.append(i + 1)  # "relations with the government in Taipei": the parser hangs the seat on the verb
        for c in near:
            modifier = v.dep[c] in ("compound", "amod", "nmod") and c < i
            places = [c] if modifier else [o for o in v.children[c] if v.dep[o] == "pobj"] \
                if v.dep[c] == "prep" and v.lower[c] == "in" else []
            for place in places:
                key = self.by_match.get(place, ("", 0, 0))[0]
                seat = key.startswith("S|")
                seated = seat and self._seated(i)  # "the authorities in Kabul", as "Kabul authorities"
                if not (seat or key.startswith("P|")) or not ((seat and modifier) or seated
                                                              or sector[0] in PLACED_SECTORS):
                    continue
                country = self.f.kb.get(key[2:])
                if country is not None:
                    return self.f.sector_ref(self.f.entity_ref(country, self.day), sector[0]), modifier or seated
        return None, False

    def _seated(self, i: int) -> bool:
        """Whether the noun at ``i`` is a state's rule itself (words.tsv ``seated_noun``: "the authorities", "the
        government"), which a seat of government after "in" places in its state (session 52)."""
        return self.v.lemma[i] in self.words.seated_noun

    def _title_of_unknown_body(self, i: int, sector: tuple[str, int, int]) -> bool:
        """Whether a title is held in a body named before it that the knowledge base lacks ("ZCTU president X",
        "CGT secretary-general X": an acronym or a name the NER reads as an organisation, in compound before the
        title's words): that body's officer, whom no state's government stands for (the dateline's least)."""
        v = self.v
        return any(v.dep[c] == "compound" and c < sector[1] and c not in self.by_match and c not in self.sector_at
                   and v.lower[c] not in self.f.nominals and v.lower[c] not in self.f.kb.sectors
                   and (v.ent_type[c] == "ORG" or self._acronym(c))  # ("the Commission president": the EU's)
                   for c in v.children[i])

    def _of_unknown_body(self, i: int, sector: tuple[str, int, int]) -> bool:
        """Whether people a sector noun names are "of" or "for" a body the knowledge base lacks, named in full ("Leaders
        of the Melanesian Spearhead Group meeting in Port Vila", "fighters of the Front for Change and Concord in Chad":
        a name the NER reads as an organisation, holding no name the finder matched): that body's people, whom no
        state stands for (neither the dateline's nor the article's); a known name inside ("officials of the Kenya
        Revenue Authority") leaves the noun to the other rules."""
        v = self.v
        if v.ent_type[i]:  # "The Ministry of National Defense": the body's own name, read whole as an organisation
            return False
        for holder in {i, sector[2] - 1}:
            for prep in v.children[holder]:
                if v.dep[prep] != "prep" or v.lower[prep] not in ("of", "for"):
                    continue
                for pobj in (c for c in v.children[prep] if v.dep[c] == "pobj"):
                    name = [pobj, *(c for c in v.children[pobj] if v.dep[c] == "compound")]
                    name += [g for c in name[1:] for g in v.children[c] if v.dep[g] == "compound"]
                    if any(v.ent_type[t] == "ORG" for t in name) and pobj not in self.sector_at \
                            and not any(t in self.by_match for t in name):
                        return True
        return False

    def _sector_name_is_common(self, i: int, sector: tuple[str, int, int]) -> bool:
        """Whether a sector phrase the tagger reads as a name ("the Government", "the Foreign Ministry", "the
        defence ministry") is still a common noun: it ends on the token at ``i`` and holds no name the knowledge
        base matched, and no unknown capitalised name heads it ("the Galaxy Leader": a ship's name, no leader)."""
        v = self.v
        if sector[2] - 1 != i or not (sector[1] == i or (sector[0] == "GOV" and v.dep[i] != "compound")):
            return False
        if any(t in self.by_match for t in range(sector[1], sector[2])):
            return False
        return v.dep[i] == "compound" or not any(
            v.dep[c] == "compound" and v.pos[c] == "PROPN" and c < sector[1] and c not in self.by_match
            and v.text[v.idx[c]].isupper() for c in v.children[i])

    def _sender(self, i: int) -> ActorRef | None:
        """The state whose bare forces the noun at ``i`` are as the object of a verb that sends one's own
        (``dispatch_verb``: "Chile deployed troops", "Berlin would send police officers"), or a conjunct of one
        ("sent troops and police"), or a bare forces noun a relative clause of such a verb is on ("the troops it
        sent"), done by a state named as its subject (or the subject of the verb the sending
        completes: "offered to send troops"; a head of state or government stands for the state): that state's
        reference (a country or one of its organs), else None."""
        v = self.v
        if any(v.dep[c] in ("poss", "compound", "amod") and c in self.by_match for c in v.children[i]):
            return None
        while v.dep[i] == "conj" and v.head[i] != i:  # "sent troops and police": each is the sender's
            i = v.head[i]
        # "the troops it sent", "the ships Moscow deployed": the subject of the relative clause on the noun
        verb = next((c for c in v.children[i] if v.dep[c] == "relcl" and v.lemma[c] in self.words.dispatch_verb),
                    v.head[i] if v.dep[i] == "dobj" else i)
        if verb == i or v.lemma[verb] not in self.words.dispatch_verb \
                or any(v.dep[c] in ("poss", "compound", "amod") and c in self.by_match for c in v.children[i]):
            return None
        # "offered to send troops", "has decided to deploy police": the doer of the verb the sending completes
        while v.dep[verb] == "xcomp" and v.head[verb] != verb \
                and not any(v.dep[c] == "nsubj" for c in v.children[verb]):
            verb = v.head[verb]
        for s in v.children[verb]:
            ref = (self.found.by_token.get(s) if s < i else self.resolve(s)) if v.dep[s] == "nsubj" else None
            if ref is not None and ref.kind == "person":
                ref = self.f.speaks_for(ref, self.day)  # "President X sent troops": the state X heads
            if ref is not None and ref.country and ref.kind in ("country", "sector"):
                return ref
        return None

    def _focus(self) -> ActorRef | None:
        """The country an article is mostly about: its dateline's country when the text names it,
        else the one its names, demonyms and places cite most (not the seat of international bodies the dateline
        gives: "GENEVA - U.N. experts meeting in Geneva urged Nicaragua ...": Nicaragua)."""
        if not hasattr(self, "_focus_ref"):
            home = self.venue or self.home  # a party's country when the dateline is only where it met
            if home is not None and home.country and home.country in self._named_countries:
                self._focus_ref: ActorRef | None = home
                return home
            seat = self.found.dateline if self.home is None and self.found.home is not None else frozenset()
            counts: dict[str, int] = {}
            for key, start, end in set(self.by_match.values()):
                kind, _, ident = key.partition("|")
                if seat and self.v.text[self.v.idx[start]:self.v.end[end - 1]].lower() in seat:
                    continue
                entry = self.f.kb.get(ident)
                country = entry.country if entry is not None else None
                if country and kind in ("E", "S", "D", "P"):
                    counts[country] = counts.get(country, 0) + (2 if kind in ("S", "P") else 1)
            best = max(sorted(counts), key=lambda c: counts[c]) if counts else None
            entry = self.f.kb.get(best)
            self._focus_ref = self.f.entity_ref(entry, self.day) if entry is not None else None
        return self._focus_ref

    def _members(self, i: int) -> list[ActorRef]:
        """The actors of a coordinated phrase: "X, Y and Z", "some 25 countries, including X and Y"."""
        out = []
        ref = self.resolve(i)
        if ref is not None:
            out.extend(self.found.groups.get(i, [ref]))  # "diplomats from the two countries"
        dep, children = self.v.dep, self.v.children
        for child in children[i]:
            if dep[child] == "conj":
                out.extend(self._members(child))
            elif ref is None and dep[child] in ("prep", "acl") \
                    and self.lemma_as_tagged(child) in ("include", "including"):
                for pobj in children[child]:
                    if dep[pobj] in ("pobj", "dobj"):
                        out.extend(self._members(pobj))
        return out

    def _sector_of(self, i: int) -> tuple[str, int, int] | None:
        """A sector phrase the name at ``i`` modifies: "Russian [foreign minister]", "Syria's [army]"."""
        dep, heads = self.v.dep, self.v.head
        head = i
        while dep[head] in ("compound", "amod", "poss", "nmod") and heads[head] != head:
            head = heads[head]
            if head in self.sector_at:
                return self.sector_at[head]
        return None

    def _org_of(self, ref: ActorRef) -> ActorRef | None:
        if ref.kind != "person":
            return ref if ref.kind not in ("country", "sector") else None
        entry = self.f.kb.get(ref.entry)
        role = entry.role_on(self.day) if entry else None
        org = self.f.kb.get(role.actor) if role and role.actor else None
        if org is not None and org.kind != "country":
            return self.f.entity_ref(org, self.day)
        return None

    @cached_property
    def background_sentences(self) -> frozenset[int]:
        """The sentences that tell the past: they hold a year before the article's ("in 1890", "from 2013") or a
        century ("a 19th-century treaty"). A pair named together there is not the pair the story is about."""
        v = self.v
        year = self.day.year if self.day is not None else None
        out = set()
        for i, text in enumerate(v.lower):
            if v.ent_type[i] != "DATE":
                continue
            if (text.isdigit() and len(text) == 4 and year is not None and int(text) < year) or v.lemma[i] == "century":
                out.add(self.sentence_of[i])
        return frozenset(out)

    def _clause_subjects(self, i: int) -> set[str]:
        """Actors that are subjects of the clause holding the pronoun at ``i``: it cannot refer to them
        ("Russia to mediate between it and Damascus": "it" is not Russia)."""
        dep = self.v.dep
        if self.v.lower[i].endswith(("self", "selves")) or dep[i] in ("nsubjpass", "poss"):
            return set()
        verb = self.v.clause_verb(i)
        if dep[i] == "nsubj":
            if self.v.lower[i] not in self.words.pronoun_object or dep[verb] not in ("ccomp", "xcomp"):
                return set()
            verb = self.v.head[verb]  # "a court ordered them held": not the court, whatever the parser's subject
        keys = set()
        for child in self.v.children[verb]:
            if dep[child] in ("nsubj", "nsubjpass") and child in self.found.by_token:
                keys.add(self.found.by_token[child].key)
        return keys


def _in_name(word: str, name: str) -> bool:
    """Whether a modifier word is one of the words of a body's name, give or take an ending ("refugee" in "United
    Nations High Commissioner for Refugees", "civil" in "International Civil Aviation Organization")."""
    stem = word[:max(4, len(word) - 2)]
    return any(part.startswith(stem) for part in name.lower().replace("'", " ").split())
