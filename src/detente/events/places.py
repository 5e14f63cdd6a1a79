"""Where an act took place: the place named on its verb, its event noun or its target, a "where"
clause, a host's ground, the ground of a country force is used on, the home of force used on one's
own people. A mixin of :class:`detente.events.status.StatusJudge`, which holds the article's state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from detente.events.cameo import lookup
from detente.model import Location, Modality

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon, Words

T = TypeVar("T")
# sectors of the state: a speaker from one of them speaks for its country's acts (CAMEO actor codes)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# sectors that act at home: police and courts (CAMEO actor codes)
DOMESTIC_SECTORS = frozenset({"COP", "JUD"})


def state_actor(ref: ActorRef) -> bool:
    """A state actor: a country, a state body, or a person or organ of a state sector."""
    return ref.kind in ("country", "government") or (ref.country is not None and ref.sector in STATE_SECTORS)


class PlaceRules:
    """The place rules of the status step; the judge provides the article's lexicon, actors and text."""

    lex: Lexicon
    words: Words
    found: DocActors
    text: str

    def _because(self, field: str, value: T, reason: str) -> T:
        raise NotImplementedError  # the judge notes the rule that set a field

    def location(self, c: Candidate, modality: Modality = "asserted") -> Location | None:
        """A named place the event happened at: on the verb, its event noun, or its target
        ("hosted X in Doha"); failing that, where it went ("delivered aid to Geneina")."""
        # "an Israeli drone strike on a car in south Lebanon killed ...": the event noun's place, also
        # on what it struck
        nouns = [t for t in c.head.children if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in self.lex.nouns]
        # the verb an event noun is the subject of ("fighting spread to the outskirts of Uvira") and the
        # clause a bare participle hangs on ("shells landed in a market in Uvira, killing six") say
        # where it happened
        carriers = [c.head.head] if c.head.head.i != c.head.i and c.head.head.pos_ == "VERB" and (
            (c.nominal and c.head.dep_ in ("nsubj", "nsubjpass"))
            or (c.head.dep_ == "advcl" and c.head.tag_ == "VBG"
                and not any(d.dep_ in ("nsubj", "nsubjpass", "mark") for d in c.head.children))) else []
        nouns += carriers
        # a trip goes where the visit, or the act its purpose clause is for, takes place ("would
        # travel to Washington on Monday to meet X")
        trip = c.head if c.head.lemma_.lower() in self.words.trip_verb else c.head.head \
            if c.head.dep_ in ("advcl", "xcomp") and c.head.tag_ == "VB" \
            and c.head.head.lemma_.lower() in self.words.trip_verb else None
        holders = [*c.trigger, c.head, *(t for t, _ in c.targets),
                   *(t.head for t, _ in c.targets if t.dep_ in ("compound", "amod", "poss")),
                   *nouns, *([trip] if trip is not None else [])]
        # whom a word is said to ("appealed to Moscow", "blamed it on Russia") is no place; whom force
        # is used on is ("drone attacks on Moscow"), and so is where one travels to
        verbal = lookup(c.cameo).quad_class in (1, 3) and trip is None
        addressees = {t.i for t, _ in c.targets} if verbal else set()
        for preps in (self.words.place_prep, self.words.destination_prep):
            for token in holders:
                for child in token.children:
                    # after words, "on X" is what they are about ("urged tighter sanctions on Russia")
                    if child.dep_ == "prep" and child.lower_ in preps and not (verbal and child.lower_ == "on"):
                        for pobj in child.children:
                            place = self._place(pobj, nested=token in nouns or (c.nominal and token is c.head)) \
                                if pobj.dep_ == "pobj" and pobj.i not in addressees else None
                            if place is not None:
                                return self._because("location", place,
                                                     f"{child.text!r} {pobj.text!r} on {token.text!r}")
        shared = self._shared_place(c.head)
        if shared is not None:
            return self._because("location", shared, f"the place of the verb {c.head.text!r} is joined to")
        if trip is not None:  # "a delegation that visited Tashkent"
            for obj in trip.children:
                place = self._place(obj) if obj.dep_ == "dobj" else None
                if place is not None:
                    return self._because("location", place, f"{obj.text!r}, where {trip.text!r} goes")
        where = self._where_clause_place(c.head)
        if where is not None:
            return self._because("location", where, f"a 'where' clause on the place {where.text!r}")
        if c.head.lemma_.lower() in self.words.host_verb:
            # "Qatar has hosted talks between ...": on the host's ground
            for token, ref in c.sources:
                if ref.country and state_actor(ref):
                    return self._because("location", Location(text=token.text, country=ref.country),
                                         f"hosted by {token.text!r}")
        if lookup(c.cameo).plover == "ASSAULT" and modality in ("asserted", "reported"):
            # force used on a country ("invaded Ukraine", "pounded Ukraine's energy grid") falls on its ground
            for token, ref in c.targets:
                if ref.kind == "country" and ref.country:
                    return self._because("location", Location(text=token.text, country=ref.country),
                                         f"force used on the country {token.text!r}")
            for token, _ in c.targets:  # or on a named place: "suicide bombers struck central Kampala"
                place = self._place(token) if token.dep_ == "dobj" else None
                if place is not None:
                    return self._because("location", place, f"force used on the place {token.text!r}")
        if lookup(c.cameo).quad_class == 4 and modality in ("asserted", "reported"):
            home = self._home_ground(c)
            if home is not None:
                return self._because("location", home, f"force of {home.text!r} on its own people or groups")
        return self._because("location", None, "no place after a place preposition")

    def _shared_place(self, verb: Token) -> Location | None:
        """The place named on the verb a subjectless conjunct is joined to ("met in Seoul last month and
        agreed to keep talking"), or where its subject had arrived ("Wong, who arrived in Honiara on
        Wednesday, signed ...")."""
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "conj" and not subjects and verb.head.pos_ == "VERB":
            for prep in verb.head.children:
                if prep.dep_ == "prep" and prep.i < verb.i and prep.lower_ in self.words.place_prep:
                    for pobj in prep.children:
                        place = self._place(pobj) if pobj.dep_ == "pobj" else None
                        if place is not None:
                            return place
        for subject in subjects:
            for clause in subject.children:
                if clause.dep_ == "relcl" and clause.lemma_.lower() in self.words.trip_verb:
                    for prep in clause.children:
                        if prep.dep_ == "prep" and prep.lower_ in ("in", "to", "at"):
                            for pobj in prep.children:
                                place = self._place(pobj) if pobj.dep_ == "pobj" else None
                                if place is not None:
                                    return place
        return None

    def _home_ground(self, c: Candidate) -> Location | None:
        """Force a state or group uses on actors of its own country happens there ("Nigerian police
        arrested opposition activists", "Pakistani troops killed militants", "fighting between
        Congolese troops and M23 rebels"); so does a police or court act with no named target."""
        doers = [(token, ref) for token, ref in c.sources if ref.kind != "unresolved"]
        countries = {ref.country for _, ref in doers}
        if len(countries) != 1:
            return None
        [country] = countries
        if country is None:
            return None
        targets = [ref for _, ref in c.targets if ref.kind != "unresolved"]
        if targets and all(ref.country == country for ref in targets) \
                or not targets and any(ref.sector in DOMESTIC_SECTORS for _, ref in doers):
            # no place is named: the text is the country's name where the article names it
            name = next((ref.name for ref in self.found.refs.values()
                         if ref.kind == "country" and ref.country == country), country)
            return Location(text=name, country=country)
        return None

    def _where_clause_place(self, verb: Token) -> Location | None:
        """The place a "where" clause hangs on: "a visit to Georgetown, where he signed a memorandum"."""
        top = verb
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        where = next((ch for ch in top.children if ch.dep_ == "advmod" and ch.lower_ == "where"), None)
        if top.dep_ != "relcl" or where is None:
            return None
        place = self._place(top.head, nested=True)
        if place is None:
            # the parser may hang the clause on a time word after the place ("a visit to Georgetown
            # last week, where ..."): the nearest place before "where", with no verb between
            for token in reversed(where.doc[max(self.found.sentence(where).start, where.i - 6):where.i]):
                if token.pos_ in ("VERB", "AUX"):
                    break
                if token.i in self.found.places:
                    text, country = self.found.places[token.i]
                    return Location(text=text, country=country)
        return place

    def _place(self, token: Token, nested: bool = False) -> Location | None:
        """A named place, or the place in "the town of Saraqeb", "the outskirts of Aleppo", and with
        ``nested`` in "a car in south Lebanon"."""
        if token.i in self.found.places:
            text, country = self.found.places[token.i]
            return Location(text=text, country=country)
        if nested:
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in self.words.place_prep:
                    for pobj in prep.children:
                        inner = self._place(pobj) if pobj.dep_ == "pobj" else None
                        if inner is not None:
                            return inner
        if token.lemma_.lower() in self.words.territory_noun:  # "over Romanian territory", "to its border"
            for mod in token.children:
                ref = self.found.by_token.get(mod.i)
                if mod.dep_ in ("amod", "poss", "compound") and ref is not None and ref.country and state_actor(ref):
                    return Location(text=self.text[mod.idx:token.idx + len(token.text)], country=ref.country)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.found.places:
                        text, country = self.found.places[pobj.i]
                        return Location(text=text, country=country)
        return None
