"""The home ground of an act, where no place is named: force a state or group uses on its own people, and people
held by a state's organs (police at home, soldiers and officials holding their own country's people, security
services holding anyone), happen on the doers' country's ground, not out at sea; so do arrests and seizures by a
state's organs at a named place the gazetteer does not know ("seized a barge at the river port of Puerto Lirio"), or
near, off or at a compass point of such a place or a known place of their own ("intercepted a boat south of the island
of X", "off the X coast"; session 42); force of the day used on the people of the country a story is datelined in
happens on its ground; a reception is on the host's ground and a signing of the day by a party of the dateline's
country on the dateline's (inferred, :meth:`HomeGround.hosted_home`, session 42); a state closes its own crossing on
its own side (:meth:`HomeGround.closed_side`, session 43); a state's courts and prosecutors take their legal steps
(charge, convict, sentence, fine ...) at home, and an international court acts on the ground of the city that seats it
when the story is datelined there and the text names a place there; a state mobilizes its forces at home (all
inferred: :meth:`HomeGround.judged_home`, :meth:`HomeGround.seated_home`, :meth:`HomeGround.mobilized_home`, session
44); an arrest, a detention or a seizure of the day told in the lead sentence by organs of the dateline's own state,
with no place named, is done on the dateline's ground (inferred, :meth:`HomeGround.lead_held_home`, session 46).
People of a country force is used on ("beat three X traders") are no ground of that country
(:meth:`HomeGround._foreign_people`, session 47).
A mixin of :class:`detente.events.places.PlaceRules`, which tells when these rules apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.actors.set_parties import STATE_ORGANS
from detente.events.cameo import SIGNING_CODES, lookup
from detente.events.date_pacts import retells_the_making
from detente.model import Location

if TYPE_CHECKING:
    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Words
    from detente.model import Modality
    from detente.parse_view import ParseView

# sectors of the state (actors.set_parties.STATE_ORGANS): a speaker from one of them speaks for its country's acts
STATE_SECTORS = STATE_ORGANS
# sectors that act at home: police and courts (CAMEO actor codes)
DOMESTIC_SECTORS = frozenset({"COP", "JUD"})
# the sector of police (also border guards, gendarmes): the force they use is used at home
POLICE_SECTOR = "COP"
# the PLOVER mode of holding people (CAMEO 173 arrest or detain): any organ of a state, soldiers or a security service
# as well as police, holds people on its own ground ("Tunisian soldiers detained 23 migrants"); not courts, whose acts
# the dev gold places both ways; a deportation (174) is not placed so, the dev gold leaving most without a place
# ("South Africa deported more than 4,000 Basotho in 2025")
HOLDING_MODES = ("arrest",)
COURT_SECTOR = "JUD"
# the PLOVER mode of seizing property (CAMEO 171, 1711): a state's organ seizing a boat at a named place the gazetteer
# does not know seizes it at home (:meth:`HomeGround._unknown_place_at_home`)
SEIZING_MODE = "seize"
# the sectors that hold people of another country at home too: police and the security and intelligence services
SECURITY_SECTORS = frozenset({"COP", "SPY"})
# the CAMEO code of receiving or hosting a visitor: the host receives at home (:meth:`HomeGround.hosted_home`)
RECEIVE_CODE = "043"
# the CAMEO codes of putting a state's forces on alert and mobilizing its police and armed forces (152-154): forces
# moved where no place is named are moved on their own ground (:meth:`HomeGround.mobilized_home`); not shows of force
# (150: drills and patrols, often at sea) nor more policing (151)
MOBILIZE_CODES = ("152", "153", "154")
# the CAMEO codes of meeting, visiting, receiving and negotiating (040, 042, 043, 046): one held "at the palace" is on
# the host's ground (:meth:`HomeGround.seat_home`); not a meeting at a third place (044) nor a mediation (045)
SEAT_CODES = ("040", "042", "043", "046")


def state_actor(ref: ActorRef) -> bool:
    """A state actor: a country, a state body, or a person or organ of a state sector."""
    return ref.kind in ("country", "government") or (ref.country is not None and ref.sector in STATE_SECTORS)


class HomeGround:
    """The home-ground rules of the place step; the judge provides the article's words and actors."""

    words: Words
    found: DocActors
    home: ActorRef | None  # the dateline's country

    def _at_sea(self, view: ParseView, token: int) -> bool:
        """Whether a thing is placed in waters no country's ground ("a tanker in the Red Sea")."""
        dep, children = view.dep, view.children
        return any(dep[p] == "prep" and view.lower[p] in self.words.place_prep and dep[o] == "pobj"
                   and view.lemma[o] in self.words.water_noun for p in children[token] for o in children[p])

    def _on_vessel(self, view: ParseView, token: int) -> bool:
        """Whether a word (by index) is a ship or boat (``vessel_noun``) or a modifier in its noun phrase ("Greek" and
        "Mariana" in "a Greek fishing boat", "the trawler Mariana"): a thing that sails, not its country's ground."""
        for _ in range(4):
            if view.lemma[token] in self.words.vessel_noun:
                return True
            if view.dep[token] not in ("amod", "compound", "poss", "nmod", "appos", "nummod") \
                    or view.head[token] == token:
                return False
            token = view.head[token]
        return False

    def struck_home(self, c: Candidate, modality: Modality, historical: bool, negated: bool) -> Location | None:
        """The ground of the dateline's country, for force of the day's news (PLOVER ``ASSAULT``, asserted or
        reported, not background nor denied) used on its people or organs alone by doers of no side of it, where
        the text names no place: a story told from the country hit tells force used on its ground ("BANGKOK - ...
        after Cambodian soldiers shot dead two Thai soldiers": Thailand); not out at sea, nor on a boat or ship,
        which sails off its ground. A ground inferred, not named: the status step marks it so, and a mention of the
        same act that names a place places the act instead (events/acts.py)."""
        home = self.home.country if self.home is not None else None
        if home is None or historical or negated or modality not in ("asserted", "reported") \
                or lookup(c.cameo).plover != "ASSAULT":
            return None
        struck = [(token, ref) for token, ref in c.targets if ref.kind != "unresolved" and ref.country]
        if not struck or any(ref.country != home for _, ref in struck) \
                or any(ref.country == home for _, ref in c.sources):
            return None
        view = self.found.view(c.head.doc)
        if any(self._at_sea(view, i) for i in (c.head.i, *(token.i for token, _ in struck))) \
                or any(self._on_vessel(view, token.i) for token, _ in struck):
            return None
        return self._ground(home)

    def hosted_home(self, c: Candidate, modality: Modality, historical: bool, negated: bool,
                    dated: bool) -> Location | None:
        """The ground an encounter with no place named is inferred to be held on: a reception (CAMEO 043: "the
        president received the visiting foreign minister at the Blue Palace", a palace the gazetteer does not know)
        told as done or to come, by state actors all of one country, is on the host's ground, whatever the dateline;
        a signing (057) of the day's news (dated, ``dated``, and not background), whose parties include the
        dateline's country and are all states' (no international body), is where the story is told from ("PORT
        HOPE - Ruritania and Freedonia on Monday signed an agreement ...": Ruritania's). Not an offer or a readiness
        to host (intended: the meeting may be anywhere), nor one denied. Inferred, not named
        (``Status.location_inferred``): a place another mention of the act names, or a later sentence restating it
        (events/acts.py), places it instead. The dev gold places receptions in the host's country and the signings of
        the day in the dateline's (session 42)."""
        if negated or modality not in ("asserted", "reported", "future"):
            return None
        if c.cameo == RECEIVE_CODE:
            doers, country = self._doers_at_home(c, received=True)
            if country is not None and doers and all(state_actor(ref) for ref in doers):
                return self._ground(country)
            return None
        home = self.home.country if self.home is not None else None
        if c.cameo not in SIGNING_CODES or home is None or historical or modality == "future" or not dated:
            return None
        words = self.words
        if not c.nominal and retells_the_making(c.head, words.signed_papers, words.accord_verb,
                                                words.paper_exchange_verb) is not None:
            return None  # (a signing told again takes the place the lead names on the making, or none: session 64)
        parties = [ref for _, ref in (*c.sources, *c.targets) if ref.kind != "unresolved"]
        if not parties or not all(state_actor(ref) for ref in parties) \
                or home not in {ref.country for ref in parties}:
            return None
        return self._ground(home)

    def seat_home(self, c: Candidate, modality: Modality, historical: bool, negated: bool) -> Location | None:
        """The host's ground for a meeting, talks, a visit, a reception or a signing (``SEAT_CODES``, ``SIGNING_CODES``)
        told as done (asserted or reported, not background nor denied) "at the <seat>" (a ``seat_noun`` of words.tsv:
        "met X at the National Palace", "held talks at the presidential palace", "signed the accord at State House";
        the "at" on the act's word, on the verb whose object or subject it is, on its object or on a party named in
        its sentence) where that phrase
        names no country and no place the gazetteer knows: the building of a head of state or government stands on
        its host's ground, and with no host named the host is the dateline's country, when it is a party's. Not "at
        the ministry" (the dev gold leaves most without a place), nor a word act said there (a gold split). Inferred,
        not named (``Status.location_inferred``); session 63."""
        home = self.home.country if self.home is not None else None
        if home is None or negated or historical or modality not in ("asserted", "reported") \
                or (c.cameo[:3] not in SEAT_CODES and c.cameo not in SIGNING_CODES):
            return None
        if home not in {ref.country for _, ref in (*c.sources, *c.targets) if ref.kind != "unresolved"}:
            return None
        view = self.found.view(c.head.doc)
        dep, children, h = view.dep, view.children, c.head.i
        holders = [h, *(o for o in children[h] if dep[o] == "dobj")]
        if dep[h] in ("dobj", "nsubj", "nsubjpass") and view.head[h] != h:
            holders.append(view.head[h])  # "held talks at the palace", "talks were held at the palace"
        # (or on a party the parser hangs it on: "met X at the palace", "talks between X and Y at the palace")
        holders += [token.i for token, _ in (*c.sources, *c.targets) if view.sent[token.i] == view.sent[h]]
        for at in (p for n in holders for p in children[n] if dep[p] == "prep" and view.lower[p] == "at"):
            for seat in (t for t in children[at] if dep[t] == "pobj"):
                compound = [view.lower[m] for m in children[seat] if dep[m] == "compound" and m < seat][-1:]
                if view.lemma[seat] not in self.words.seat_noun and view.lower[seat] not in self.words.seat_noun \
                        and " ".join([*compound, view.lower[seat]]) not in self.words.seat_noun:
                    continue
                # (the seat and its name may be read as its host, "the palace said", "the Government Palace": no
                # country named)
                name = {seat, *(m for m in children[seat] if dep[m] == "compound")}
                phrase = [t for t in view.subtree(seat) if t not in name]
                if any(ref.country for t in phrase for ref in self.found.refs_at(t)) \
                        or any(t in self.found.places for t in phrase):
                    return None  # "at the Russian presidency", "at the palace in X": a country or place named
                return self._ground(home)
        return None

    def judged_home(self, c: Candidate, modality: Modality, negated: bool) -> Location | None:
        """The ground of the one state whose courts or prosecutors (sector ``COURT_SECTOR``, all the act's known
        doers) take a legal step against people or bodies (the head a ``legal_verb`` of words.tsv: charge, convict,
        sentence, jail, fine ...), told as done (asserted or reported, not denied), where no place is named: a state's
        court sits at home, whoever it tries ("A Freedonian court sentenced two Ruritanian sailors", "Ruritanian
        prosecutors charged 30 foreigners": the court's country, as eval/wire/README.md has an act that "can only have
        happened there"); not a court's order or demand ("ordered the arrest of ...": its word, no legal step of its
        own verb), nor an international court, which belongs to no state. Inferred, not named
        (``Status.location_inferred``): a place another mention of the act names places it instead. The dev gold
        places 11 such steps in the court's country and leaves 6 without a place (session 44)."""
        if negated or modality not in ("asserted", "reported") or c.nominal \
                or c.head.lemma_.lower() not in self.words.legal_verb:
            return None
        doers, country = self._doers_at_home(c)
        if country is None or not doers or not all(ref.sector == COURT_SECTOR for ref in doers):
            return None
        return self._ground(country)

    def seated_home(self, c: Candidate, modality: Modality, historical: bool, negated: bool) -> Location | None:
        """The ground of the dateline's country for an act of the day (asserted or reported, not background nor
        denied) whose known doers are all international courts (bodies of the knowledge base with a ``court_noun``
        among their nominals, no state's: ``DocActors.courts``), in a story datelined in a city that seats
        international bodies (``host_city`` in words.tsv) whose text names a place of that country again ("THE HAGUE
        - The World Court on Tuesday rejected X's objections ... . The judges sat in The Hague's Peace Palace ...":
        the Netherlands): a court rules where it sits, and the wire tells where the sitting was. Not under the
        dateline alone, which names no place for any act (eval/wire/README.md, audit of session 33), nor other
        bodies under such a dateline, whose acts of the day the dev gold mostly leaves without a place (a trade
        panel's ruling in Geneva, a council's vote in New York). Inferred, not named (``Status.location_inferred``)."""
        home = self.home.country if self.home is not None else None
        if home is None or historical or negated or modality not in ("asserted", "reported") \
                or not any(len(name.split()) <= 2 and name.split()[-1] in self.words.host_city
                           for name in self.found.dateline if name) \
                or not any(country == home for _, country in self.found.places.values()):
            return None
        doers = [(token, ref) for token, ref in c.sources if ref.kind != "unresolved"]
        if not doers or not all(ref.country is None and token.i in self.found.courts for token, ref in doers):
            return None
        return self._ground(home)

    def mobilized_home(self, c: Candidate, modality: Modality, negated: bool) -> Location | None:
        """The ground of the one state whose actors put its forces on alert or mobilize or deploy them (CAMEO
        ``MOBILIZE_CODES``), told as done (asserted or reported, not denied), where no place is named: a state moves
        its forces on its own ground ("Freedonia sent 800 troops to its eastern frontier", "the army moved two
        battalions into three districts", "put its border units on alert"). Forces
        sent abroad are sent to a place the text names, which places the act first; and a deployment another party
        accuses the doer of (the act after an ``accusation_prep`` on an ``accusation_verb``: "accused X of moving
        troops onto the disputed islet", "of deploying troops to back the rebels") is most often onto the accuser's
        ground or ground both claim: no home inferred. Inferred, not named (``Status.location_inferred``). The dev
        gold places 9 such acts in the doers' country and leaves 2 without a place (session 44)."""
        if negated or modality not in ("asserted", "reported") or c.cameo not in MOBILIZE_CODES:
            return None
        view = self.found.view(c.head.doc)
        up = view.head[c.head.i]
        if view.dep[c.head.i] == "pcomp" and view.lower[up] in self.words.accusation_prep \
                and view.lemma[view.head[up]] in self.words.accusation_verb:
            return None
        doers, country = self._doers_at_home(c)
        if country is None or not doers or not all(state_actor(ref) for ref in doers):
            return None
        return self._ground(country)

    def lead_held_home(self, c: Candidate, modality: Modality, historical: bool, negated: bool) -> Location | None:
        """The dateline's country for an arrest, a detention or a seizure of the day (PLOVER COERCE of a
        ``HOLDING_MODES`` or ``SEIZING_MODE`` mode) told in the story's lead sentence, as done (asserted or reported,
        not denied, not background), by organs of that one state (``state_actor``: "ACCRA (Reuters) - Ghana's navy
        seized a Togolese trawler and detained its crew", "... after its security service detained two Malian
        traders") where no place is named: the lead's own deed under a home dateline is done at home. Not at sea
        ("in the Gulf of X") nor near or off a place (a ``vicinity_prep`` on the act or its target: maybe across a
        line), not a deportation, a ban or a closure (the dev gold leaves about half of those without a
        place), and not past the lead: later sentences tell older acts, placed both ways. Inferred, not named
        (``Status.location_inferred``). Session 46: on dev it gives 11 acts the gold's place and one the gold
        leaves without a place."""
        home = self.home.country if self.home is not None else None
        code = lookup(c.cameo)
        if home is None or negated or historical or modality not in ("asserted", "reported") \
                or code.plover != "COERCE" or code.mode not in (*HOLDING_MODES, SEIZING_MODE) \
                or not self.found.sentences or c.head.sent.start != self.found.sentences[0].start:
            return None
        doers, country = self._doers_at_home(c)
        if country != home or not doers or not all(state_actor(ref) for ref in doers):
            return None
        view = self.found.view(c.head.doc)
        if any(self._at_sea(view, i) or any(view.dep[p] == "prep" and view.lower[p] in self.words.vicinity_prep
                                            for p in view.children[i])
               for i in (c.head.i, *(token.i for token, _ in c.targets))):
            return None  # at sea, or near or off a place: maybe across a line ("detained 12 men off the X Cays")
        return self._ground(country)

    def _police_ground(self, c: Candidate, holding: bool = False) -> Location | None:
        """The country of police (``POLICE_SECTOR``) all of one country that use force or coercion: they act on its
        ground, whoever they act on ("Cambodian police arrested 12 people, nine Chinese and three South Koreans");
        with ``holding`` (an arrest or detention: ``HOLDING_MODES``), so do the state's other organs but its courts
        ("Tunisian soldiers detained 23 migrants"), people of another country only its police and security services
        (``SECURITY_SECTORS``: "Azerbaijan's security service detained two Iranian citizens"; soldiers may have crossed,
        or be at sea: "the navy detained Colombian fishermen");
        not out at sea ("in the Gulf of X"), nor on one's own envoy abroad, nor by guards of a line between two
        countries (a ``border_noun`` on their noun: "border guards detained two herders" at the frontier)."""
        doers, country = self._doers_at_home(c)
        if country is None:
            return None
        # (soldiers or officials who hold people of another country may have crossed into it: "Congolese soldiers set
        # up camps inside X district and detained five Zambian fishermen"; police and security services hold them at
        # home)
        foreign = any(ref.country and ref.country != country for _, ref in c.targets)
        organs = holding and all(state_actor(ref) and ref.sector != COURT_SECTOR for ref in doers) \
            and (not foreign or all(ref.sector in SECURITY_SECTORS for ref in doers))
        if not organs and not all(ref.sector == POLICE_SECTOR for ref in doers):
            return None
        view = self.found.view(c.head.doc)
        if any(view.lemma[m] in self.words.border_noun for token, _ in c.sources for m in view.children[token.i]
               if view.dep[m] in ("compound", "amod")):
            return None
        if any(self._at_sea(view, i) for i in (c.head.i, *(token.i for token, _ in c.targets))):
            return None
        return self._ground(country)

    def _foreign_people(self, view: ParseView, token: int) -> bool:
        """Whether a target of force is people of a country, not the country or a thing of it ("beat three Zambian
        traders", "executed an Indonesian maid", "fired on 52 Brazilians"): a person noun (``private_person_noun``,
        ``general_person_noun``; or a ``crew_member_noun`` with a ``crew_noun`` compound, "kidnapped eight Nigerian
        crew members", session 57) or a demonym used as a noun; force on foreigners is done where they are, which their
        country does not say (session 47)."""
        words = self.words
        # (the target may be the demonym on the noun: "Thai" of "four Thai traders")
        nouns = (token, view.head[token]) if view.dep[token] in ("amod", "compound") else (token,)
        crew = any(view.lemma[n] in words.crew_member_noun and any(
            view.dep[m] == "compound" and view.lemma[m] in words.crew_noun for m in view.children[n]) for n in nouns)
        return crew or any(words.is_person_noun(view.lemma[n]) for n in nouns) \
            or (view.ent_type[token] == "NORP" and view.dep[token] not in ("amod", "compound")
                and view.pos[token] in ("NOUN", "PROPN"))

    def closed_side(self, c: Candidate, close_code: str) -> Location | None:
        """The ground of the one state that closes (``close_code``, CAMEO 191) its own crossing or border (its object
        a ``crossing_noun`` or a ``border_noun`` with "its", a name or a "with" naming the other side on it): a state
        closes the gate on its own side, so a place named on the crossing that the gazetteer puts in another country is
        the neighbour's town of the same name or the far end ("Ruritania closed its main crossing with Freedonia at X",
        X a town the gazetteer knows in Freedonia or elsewhere: Ruritania; session 43). None for another act (not "set
        up a checkpoint inside X"), a crossing not said to be its own, or doers of no one state."""
        if not c.cameo.startswith(close_code):
            return None
        view = self.found.view(c.head.doc)
        dep, children, words = view.dep, view.children, self.words
        gates = [o for o in children[c.head.i] if dep[o] == "dobj"
                 and (view.lemma[o] in words.crossing_noun or view.lemma[o] in words.border_noun)]
        own = [g for g in gates if any((dep[m] == "poss" and view.lower[m] == "its")
                                       or (dep[m] == "prep" and view.lower[m] == "with")
                                       or (dep[m] == "compound" and view.pos[m] == "PROPN") for m in children[g])]
        if not own:
            return None
        doers, country = self._doers_at_home(c)
        if country is None or not doers or not all(state_actor(ref) for ref in doers):
            return None
        return self._ground(country)

    def _unknown_place_at_home(self, c: Candidate) -> Location | None:
        """The ground of the one country whose state organs (not its courts) hold people or seize things at a named
        place the gazetteer does not know, named in the act's own clause after a ``held_place_prep`` by a
        ``place_noun`` with a proper name ("Uruguay's navy seized a barge at the river port of Puerto Lirio", "the
        coast guard detained two boats inside the Turtle Cays Marine Reserve": the seizing state's); not at a place a
        country word on it gives another country ("at the Indonesian port of X"), nor near or off it, nor out at sea (a
        ``water_noun``), nor on a line between two states (a ``border_noun``), nor by a doer acting on its own envoy
        abroad. A place the gazetteer knows is :meth:`detente.events.places.PlaceRules._place`'s. The dev gold places
        such seizures by navies and coast guards in their own country (session 41), and so releases and handovers
        of people or things at such a place (``places.RELEASE_CODE``, session 49)."""
        doers, country = self._doers_at_home(c)
        if country is None or not all(state_actor(ref) and ref.sector != COURT_SECTOR for ref in doers):
            return None
        view = self.found.view(c.head.doc)
        dep, children, words = view.dep, view.children, self.words
        # the act's clause, with the participles on what it acts on, where the parser may hang the place ("seized a
        # barge carrying cocaine at the port of X"), not a clause with a subject of its own
        # (a verb joined to another with no subject of its own shares its clause: "seized a barge at the port of X and
        # arrested its crew")
        head = c.head.i
        if dep[head] == "conj" and not view.own_subject(head):
            head = view.head[head]
        clause, todo = [], [head]
        while todo:
            token = todo.pop()
            clause.append(token)
            todo += [k for k in children[token] if dep[k] not in ("ccomp", "relcl", "pcomp", "parataxis", "advcl")
                     and not (dep[k] == "conj" and view.own_subject(k))]
        for prep in clause:
            if dep[prep] == "prep" and view.lower[prep] in words.held_place_prep:
                if any(self._unknown_named(view, o, country) for o in children[prep] if dep[o] == "pobj"):
                    return self._ground(country)
                continue
            # near or off a place of the doer's own, or a compass point "of" it ("intercepted a boat south of the
            # island of X and arrested two men", "seized two trawlers off the X coast": ``vicinity_prep``); a state's
            # organs seize and hold by their own shores
            # (not one on waters: "in Gulf waters near X Island" is at sea)
            if view.lower[prep] not in words.vicinity_prep or dep[prep] not in ("prep", "advmod", "npadvmod") \
                    or view.lemma[view.head[prep]] in words.water_noun \
                    or view.lemma[view.head[prep]] in words.territory_noun:
                continue
            grounds = [o for o in children[prep] if dep[o] == "pobj"] if dep[prep] == "prep" else \
                [o for of in children[prep] if dep[of] == "prep" and view.lower[of] == "of"
                 for o in children[of] if dep[o] == "pobj"]
            if any(self._unknown_named(view, o, country) or self._own_named(view, o, country) for o in grounds):
                return self._ground(country)
        return None

    def _own_named(self, view: ParseView, ground: int, country: str) -> bool:
        """Whether a word (by index) names, by itself, its "of" phrase or a name on it, a place the gazetteer knows of
        ``country`` and none of another ("the Terengganu coast", "the port of X"), no border."""
        dep, children = view.dep, view.children
        heads = [ground, *(o for p in children[ground] if dep[p] == "prep" and view.lower[p] == "of"
                           for o in children[p] if dep[o] == "pobj")]
        phrase = [*heads, *(m for o in heads for m in children[o] if dep[m] in ("compound", "amod", "poss", "nmod"))]
        if any(view.lemma[t] in self.words.border_noun for t in phrase):
            return False
        known = {self.found.places[t][1] for t in phrase if t in self.found.places}
        return known == {country}

    def _unknown_named(self, view: ParseView, ground: int, country: str) -> bool:
        """Whether a word (by index) names a place the gazetteer does not know, by a ``place_noun`` with a proper
        name on it or in its "of" phrase ("the port of Puerto Lirio", "the Tinto islands", "Turtle Cays Marine Reserve"
        by its "Cays" or "Reserve"), no water, no border, with no country word of another state than ``country``."""
        dep, children, words = view.dep, view.children, self.words
        # (the head and what its "of" phrase names are the place: "the river port of X" is a port, "the Gulf of X"
        # water, and "in Gulf waters" no named place but a country's ground or sea, :meth:`PlaceRules._place`'s)
        heads = [ground, *(o for p in children[ground] if dep[p] == "prep" and view.lower[p] == "of"
                           for o in children[p] if dep[o] == "pobj")]
        phrase = [*heads, *(m for o in heads for m in children[o] if dep[m] in ("compound", "amod", "poss", "nmod"))]
        if any(view.lemma[t] in words.water_noun or view.lemma[t] in words.territory_noun for t in heads) \
                or any(t in self.found.places or view.lemma[t] in words.border_noun for t in phrase):
            return False
        if any(ref.country and ref.country != country for t in phrase for ref in self.found.refs_at(t)):
            return False
        named = any(view.pos[t] == "PROPN" for t in phrase)
        return named and any(view.lower[t] in words.place_noun or view.lemma[t] in words.place_noun for t in phrase)

    def _home_ground(self, c: Candidate) -> Location | None:
        """Force a state or group uses on actors of its own country happens there ("Nigerian police
        arrested opposition activists", "Pakistani troops killed militants", "fighting between
        Congolese troops and M23 rebels"); so does a police or court act with no named target."""
        doers, country = self._doers_at_home(c)
        if country is None:
            return None
        targets = [ref for _, ref in c.targets if ref.kind != "unresolved"]
        if targets and all(ref.country == country for ref in targets) \
                or not targets and any(ref.sector in DOMESTIC_SECTORS for ref in doers):
            return self._ground(country)
        return None

    def _doers_at_home(self, c: Candidate, received: bool = False) -> tuple[list[ActorRef], str | None]:
        """The act's resolved doers and their one country (None if they are of none or of several, or if the act
        is done to an envoy or office abroad: one's own envoy is abroad, "recalled its ambassador"). With
        ``received`` (a reception), a visiting envoy or delegation of another state (``visiting_envoy_noun`` of
        words.tsv) is the visitor received at home ("the president received the Chinese envoy", "received the
        delegation"), no office abroad; not an ambassador posted in the host's country, whose reception the dev gold
        leaves unplaced; session 62."""
        doers = [ref for _, ref in c.sources if ref.kind != "unresolved"]
        countries = {ref.country for ref in doers}
        if len(countries) != 1:
            return doers, None
        view = self.found.view(c.head.doc)
        if any(view.lemma[token.i] in self.words.abroad_noun
               and not (received and view.lemma[token.i] in self.words.visiting_envoy_noun
                        and ref.country and ref.country not in countries) for token, ref in c.targets):
            return doers, None
        [country] = countries
        return doers, country

    def _ground(self, country: str) -> Location:
        """A country's ground where no place is named: the text is the country's name where the article names it."""
        name = next((ref.name for ref in self.found.refs.values()
                     if ref.kind == "country" and ref.country == country), country)
        return Location(text=name, country=country)
