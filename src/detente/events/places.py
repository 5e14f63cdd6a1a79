"""Where an act took place: the place named on its verb, its event noun or its target (or after the last of a
deed's joined objects; a state's capital named by description, "the Mongolian capital"; a named crossing closed, on
the closer's side, :meth:`HomeGround.closed_side`; the post of an envoy on a visit, "its consul in X visited the men";
the "of" phrase of a meeting held, and whom a meeting is held with; the word the act's verb completes, "is due in X to
sign"),
a "where" clause, a host's ground, the ground of a country force is used on or territory is occupied on, the
dateline's country for a street protest named nowhere else, "the island" or "the archipelago" unnamed in a story
datelined in an island state (:meth:`PlaceRules._home_island`; an airport named by its city is a ``place_noun``),
the home of force used on one's own people and of people held or things seized by a state's organs (those two in
:mod:`detente.events.places_home`), and an "In <place>," opening the sentence of words said, or of an earlier act of
the place's own state the words tell (:meth:`PlaceRules._opening_place`; also "here" on the sentence's saying, or
anywhere in it outside a quotation for words told as done, session 57: :meth:`PlaceRules._said_here`, and an
opening "Speaking to reporters in X,", session 43); a doer "who was in X" acts there
(:meth:`PlaceRules.party_placed`, session 43); "there" on the act's verb is the place named last before it
(:meth:`PlaceRules._there`), and an event noun met "at" or "during" on a verb is where that verb says ("reached in X
at talks", session 42). Session 45: a meeting, an agreement, a signing or a cooperation agreed on takes the place of the
meeting or visit its own clause tells it was done at ("signed a pact when the two presidents met in X", "When the
premier visited X, the two sides agreed ...", "agreed on a plan after two days of talks in X", "at the end of talks in
X": :meth:`PlaceRules._occasion_place`); a signing, a meeting or a cooperation takes the place the parser hangs on its
topic ("signed a declaration on trade in X", "held a joint exercise on border crime in X"), not the topic itself; an
act done "during the visit", a definite trip naming no place, takes the place of the last trip told before it
(:meth:`PlaceRules._trip_told_before`). Session 47: a pact named by its noun is where the participle on the noun
says it was made ("under a pact reached in X in 2011": :meth:`PlaceRules._made_at`); an accepted invitation to visit
a place is where the visit goes, as the invitation is (:meth:`PlaceRules._invited_trip`); force on people of a country
("beat three X traders") is not on that country's ground, as force on the country or its places is
(:meth:`HomeGround._foreign_people`). Session 48: a target the act takes from another sentence places nothing, neither
by a place named on it there nor as a country force fell on (:meth:`PlaceRules._named_here`); a saying that names where
it was said ("told reporters in X", "in a statement issued in X") places the word acts it says, unless quoted or told
in the past perfect (:meth:`PlaceRules._said_at`); the other side of a fight ("fought a war with X") is no ground of it
(:meth:`PlaceRules._fought_with`), and a measure reducing relations (CAMEO 16: talks suspended with one's own rebels, a
police expulsion order) is placed by no home-ground rule. Session 49: a withdrawal of forces from a place named after
"from" or "out of" took place there, whichever side's ground it is ("withdrew its last troops from X",
:meth:`PlaceRules._withdrawn_from`); an act joined with no subject of its own to the summons of a foreign envoy named
with a place of the doer's own country was done there ("summoned X's ambassador in <own capital> and accused ...",
:meth:`PlaceRules._summons_joined`); people or things a state's organs release or hand back at a named place the
gazetteer does not know are released at home (``RELEASE_CODE``, with :meth:`HomeGround._unknown_place_at_home`).
Session 51: a meeting, an agreement, a signing or a cooperation agreed on told in a "when" clause on the date of a
visit took place where the visit went ("had paid a state visit to X in May 2023, when the two sides signed ...":
:meth:`PlaceRules._visit_of_when`), and a visit by one party naming no place, during an act two parties did together,
is on the other party's ground (:meth:`PlaceRules._host_of_visit`); a meeting named by its noun whose own party a
relative clause places ("talks between X, who arrived here on Tuesday, and Y") is there, as one with a target so
placed is; a meeting or signing told after a trip noun an act was done during ("signed a deal during X's state
visit to Y") is where the trip went, as after a trip verb (:meth:`PlaceRules._visit_place`). Session 53: talks a
pact was signed after are where it was signed (:meth:`PlaceRules._signed_after`); words "in a statement from X" were
said there (:meth:`PlaceRules._said_at`). Session 54 (h-loc2): aid sent, delivered or given, told as done now, goes
to the country named after "to", also where the parser hangs it on the goods ("sent three ships loaded with fuel to
X": ``AID_ROOT`` in :meth:`PlaceRules.location`). Session 56 (h-loc56): an act a host did at a reception it gave,
joined to it with no subject of its own or told of a host a relative clause says received the visitor, is on the
host's ground, inferred ("received X at the palace and thanked Y": :meth:`PlaceRules.received_home`). Session 56
(h-pl56): a place named on the speaker of the sentence's words ("..., the embassy in X said", "according to the
ministry in X") places no act but force, even where the coder took the speaker for a side
(:meth:`PlaceRules._speaker_word`),
and neither does one named on a foreign envoy or office a measure reducing relations falls on ("ordered the
ambassador in X to leave"); an envoy posted in a city who meets or negotiates with a party of that city's country
does so there ("Japan's ambassador in X met Vietnam's deputy foreign minister": :meth:`PlaceRules._posted_meeting`,
prepared by h-loc56). Session 58 (h-loc58): an agreement to convene a body is where the parser hangs the place on
the body convened ("agreed to convene the joint committee in X": a ``meeting_verb`` agreed on). Session 60
(h-loc60): an act told in a "who" clause on the party a meeting was held with is where the meeting's own sentence
places it ("held talks in Cairo with X, who thanked ...": :meth:`PlaceRules._met_party_place`). Session 61
(h-loc61): a deed an agreement sets out or a party commits to with "will" (``DEED_ROOTS``, ``term_told_in_future``)
is where the place the parser hangs on its object says ("will fund a training centre in X"), keeps its own clause's
place rather than a later deed's joined to it, and for it a state's ``facility_noun`` named by its demonym or
possessive is that state's ground ("at French military schools"); from session 65 (h-loc65) a deed told as done
(asserted or reported) is placed by an "in" on its object naming a place ("financed a hospital in X"). Session 63
(h-loc63): a meeting to come (``MEETING_TO_COME``) is placed as a meeting is, also by the place the parser hangs on
the meeting its verb holds (``gathering_noun``), on that meeting's "of" phrase or topic, or on the round it is told
with. A mixin of :class:`detente.events.status.StatusJudge`, which holds the article's state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from detente.actors.set_phrases import collectives
from detente.events import date_values
from detente.events.cameo import SIGNING, VISIT, lookup
from detente.events.date_pacts import retells_the_making
from detente.events.ground import arrived_here
from detente.events.history import when_clause
from detente.events.phrases import opening_in
from detente.events.places_home import HOLDING_MODES, RECEIVE_CODE, SEIZING_MODE, HomeGround, state_actor
from detente.events.roles import TIME_ENTITIES, out_of_preps
from detente.model import EventDate, Location, Modality

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc, Span, Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon, Words
    from detente.parse_view import ParseView

T = TypeVar("T")
# the CAMEO code of occupying territory: force that takes ground falls on the ground taken ("occupied two Congolese
# villages")
OCCUPY_CODE = "192"
# CAMEO codes of verbal acts that bring the parties together in one place (consultations, meetings,
# signing a formal agreement): a place named before their subject is still theirs ("In Seoul, the two
# leaders met ...")
ENCOUNTER_CODES = ("04", "057")
# the CAMEO code of intending to meet or negotiate (036: a meeting agreed on, offered, planned or due, "agreed to hold
# the next round in X", "is due to meet Y in X"): the meeting to come is placed where it is to be held, as a meeting
# is, not read as words about a topic (eval/wire/README.md: the dev gold places such acts at the place named; session
# 63)
MEETING_TO_COME = "036"
# the CAMEO root of reducing relations (sanctions, embargoes, expulsions, cut aid): whom a measure is imposed on is
# no place ("renewed an arms embargo on South Sudan", "imposed sanctions on Niger")
REDUCING_CODE = "16"
# the CAMEO code of restricting movement (closing or sealing a border, a crossing, a port)
CLOSE_CODE = "191"
# the CAMEO root of protest (demonstrations, rallies, sit-ins)
PROTEST_CODE = "14"
# the CAMEO root of intending and agreeing to act (PLOVER AGREE)
AGREE_ROOT = "03"
# the CAMEO roots of material cooperation and aid: a deed a party intends or an agreement sets out is to be done where
# the place nested in its object says ("will fund a training centre in X": :meth:`PlaceRules.location`, session 61)
DEED_ROOTS = ("06", "07")
# the CAMEO root of aid given: aid sent to a country goes there (:meth:`PlaceRules.location`)
AID_ROOT = "07"
# the CAMEO root of material cooperation (joint exercises, sharing intelligence): agreed on at a meeting, it takes the
# meeting's place (:meth:`PlaceRules._occasion_place`)
COOPERATE_ROOT = "06"
# the CAMEO roots of words said to someone that are no meeting: appeals, cooperative statements (not a signing, 057),
# demands, disapproval, rejections, threats; a place on whom they are said to only says which one it is ("called on the
# court in The Hague"), unless it is an envoy posted there (``envoy_noun``: "summoned Norway's ambassador in Moscow")
ADDRESSED_ROOTS = ("02", "05", "10", "11", "12", "13")
# CAMEO codes of meeting, negotiating and signing: held during a visit the article tells, they take place where
# it went (not a telephone call, 041, a mediation, 045, or a meeting at a third place, 044)
VISIT_ENCOUNTER_CODES = ("040", "046", "057")
# CAMEO codes of meeting and negotiating face to face: an envoy posted in a place who meets the officials of the state
# it is posted to meets them there (:meth:`PlaceRules._posted_meeting`)
POSTED_MEETING_CODES = ("040", "046")
# the CAMEO code of returning or releasing people or property (084): released by a state's organs at a named place the
# gazetteer does not know, at home (:meth:`HomeGround._unknown_place_at_home`)
RELEASE_CODE = "084"
# CAMEO codes of withdrawing forces: de-escalating militarily (087: withdrawals, retreats) and promising to (0356); a
# withdrawal from a named place was done there (:meth:`PlaceRules._withdrawn_from`)
WITHDRAW_CODES = ("087", "0356")


def by_visitors(view: ParseView, trip: int) -> list[int]:
    """The words after "by" on a trip noun (by their indices): who made the trip ("a state visit by X's president")."""
    dep, children = view.dep, view.children
    return [o for p in children[trip] if dep[p] == "prep" and view.lower[p] == "by" for o in children[p]
            if dep[o] == "pobj"]


class PlaceRules(HomeGround):
    """The place rules of the status step; the judge provides the article's lexicon, actors and text."""

    lex: Lexicon
    words: Words
    found: DocActors
    text: str
    base: dt.date | None
    # whether the current candidate is a term of an agreement or a commitment told with "will" (set by the judge's
    # modality rules before the place is read)
    term_told_in_future: bool
    # the doc's trips told as done (:meth:`_told_trips`), found on first use: they depend on the doc alone
    _trips_told: list[int] | None = None
    # the doc's "during" and "on" with the ``trip_noun``s they take (:meth:`_trip_preps`), found on first use
    _trip_preps_found: dict[int, list[int]] | None = None

    def _because(self, field: str, value: T, reason: str) -> T:
        raise NotImplementedError  # the judge notes the rule that set a field

    def cue(self, kind: str, word: str) -> bool:
        raise NotImplementedError

    def _to_come(self, view: ParseView, verb: int) -> bool:
        raise NotImplementedError  # the date anchors': whether a verb has a modal of the future ("will", "would")

    def quoted(self, c: Candidate) -> bool:
        raise NotImplementedError  # the history rules: whether the event's head lies inside a quotation

    def quoted_at(self, char: int) -> bool:
        raise NotImplementedError  # the history rules: whether the character at offset ``char`` lies inside a quotation

    def sentence_dates(self, sent: Span) -> list[tuple[int, int, EventDate]]:
        raise NotImplementedError  # the judge's date rules (events/date_anchors.py) find them

    def _anchor(self, view: ParseView, first: int, last: int) -> int:
        raise NotImplementedError

    def _lead_index(self, view: ParseView) -> int:
        raise NotImplementedError  # the date rules: the index of the lead sentence

    def retold_making_place(self, c: Candidate, historical: bool) -> Location | None:
        """The place the lead names on the making of an agreement, for a signing that tells the making of "the"
        agreement again in a later sentence and names no place of its own ("JUBA ... under an agreement signed in
        Malakal on Tuesday ... The agreement was signed by X's ambassador and Y's foreign minister", "The notes were
        signed by ..."): one act, told twice, and the README places the act by the place any of its mentions names.
        The retold paper is an ``accord_noun`` or a ``signed_paper_noun`` ("the notes", "the document"; or an exchange
        of one, "The exchange of notes", session 65) with "the",
        "this" or "that", the object or passive subject of an ``accord_verb``; the lead's making is an ``accord_verb``
        or a ``paper_exchange_verb`` ("notes exchanged in X") with a place after "in" or "at", or "here" (the
        dateline's place), on it; only one country so named. Not background (an older signing is another act), nor a
        lead naming no place or two (session 64, h-loc64)."""
        if c.nominal or historical or not c.cameo.startswith(SIGNING):
            return None
        words = self.words
        verb = c.head
        if retells_the_making(verb, words.signed_papers, words.accord_verb, words.paper_exchange_verb) is None:
            return None
        view = self.found.view(c.head.doc)
        if view.past_perfect(verb.i):
            return None
        lead = self._lead_index(view)
        index = self.found.sentence_of[self.found.sentence(c.head).start]
        if index <= lead or lead >= len(self.found.sentences):
            return None
        makers = words.accord_verb | words.paper_exchange_verb
        places: dict[str, Location] = {}
        for word in self.found.sentences[lead]:
            if word.pos_ != "VERB" or word.lemma_.lower() not in makers:
                continue
            place = self._place_on_clause(view, word.i, ("in", "at")) or self._here_on(view, [word.i])
            if place is not None and place.country:
                places.setdefault(place.country, place)
        if len(places) != 1:
            return None
        return self._because("location", next(iter(places.values())), f"the making of {verb.text!r} told again: the "
                                                                      "place the lead names on it")

    def location(self, c: Candidate, modality: Modality = "asserted", historical: bool = False) -> Location | None:
        """A named place the event happened at: on the verb, its event noun, or its target
        ("hosted X in Doha"); failing that, where it went ("delivered aid to Geneina"); ``historical``: whether
        the act is background (a meeting is placed by a visit of the same time)."""
        view = self.found.view(c.head.doc)
        dep, children = view.dep, view.children
        doc = c.head.doc  # a Token only for the words a reason names
        h = c.head.i
        up = view.head[h]
        code = lookup(c.cameo)
        said_act = code.quad_class in (1, 3)  # an act of words (verbal cooperation or conflict)
        # a meeting, a signing, or a meeting to come (``MEETING_TO_COME``)
        encounter = c.cameo.startswith(ENCOUNTER_CODES) or c.cameo == MEETING_TO_COME
        # a meeting to come, also one told as to come before its code is made an intention ("would hold the first
        # session of the mechanism in X"), and the verbs that hold it, the act's own and its trigger's ("agreed to
        # hold the next meeting ..."): the meeting's place hangs on them, not on the frame verb
        to_come = c.cameo == MEETING_TO_COME or (c.cameo.startswith(ENCOUNTER_CODES[0])
                                                 and modality in ("future", "intended"))
        meet_verbs = [h, *(t.i for t in c.trigger if t.i != h and view.pos[t.i] in ("VERB", "AUX"))] \
            if to_come else [h]
        # "an Israeli drone strike on a car in south Lebanon killed ...": the event noun's place, also
        # on what it struck
        nouns = [t for t in children[h] if dep[t] in ("nsubj", "nsubjpass") and view.lemma[t] in self.lex.nouns]
        # the verb an event noun is the subject of ("fighting spread to the outskirts of Uvira") and the
        # clause a bare participle hangs on ("shells landed in a market in Uvira, killing six") say
        # where it happened
        carriers = [up] if up != h and view.pos[up] in ("VERB", "AUX") and (
            (c.nominal and dep[h] in ("nsubj", "nsubjpass"))
            or (dep[h] == "advcl" and view.tag[h] == "VBG"
                and not any(dep[d] in ("nsubj", "nsubjpass", "mark") for d in children[h]))) else []
        # and so does the verb that says what the noun's subject verb is about to do ("talks are scheduled
        # to resume in Juba", "the meeting is due to take place in Geneva")
        carriers += complements(view, carriers[0]) if carriers else []
        # words about an act are not where it took place: "condemned the Israeli raid on Jenin, in the West
        # Bank", "protested over the detention of fishermen near the X islands", "called on allies to condemn
        # Russia's incursion into its airspace" (not a meeting or a signing, nor a trip)
        about = said_act and not encounter \
            and view.lemma[h] not in self.words.trip_verb
        # the event noun a light verb names ("held talks on the sidelines of a summit in X")
        nouns += [o for o in children[h] if dep[o] == "dobj" and view.lemma[o] in self.lex.nouns
                  and not (about and view.lemma[h] not in self.lex.light_verbs)]
        nouns += carriers
        # an event noun the act is named by, met "at" or "during" on a verb, is where that verb's place is ("the
        # agreement was reached in Bravo City at talks between the two ministers": the talks' place), unless it names a
        # place or a destination of its own ("during a visit to the neighbouring country")
        # (also talks or a meeting a pact was signed after, whose own words name no place: "signed the accord in X
        # after talks with Y", "signed the deal in X after a meeting of the two cabinets": the signing's place, as for
        # an occasion it was signed at; :meth:`_signed_after`, session 53)
        signed_after = c.nominal and dep[h] == "pobj" and self._signed_after(c, view, up)
        occasion_verbs = [view.head[up]] if c.nominal and dep[h] == "pobj" and (
            view.lower[up] in ("at", "during") or signed_after) \
            and view.head[up] != up and view.pos[view.head[up]] in ("VERB", "AUX") \
            and not any(dep[p] == "prep" and (view.lower[p] in self.words.place_prep
                                              or view.lower[p] in self.words.destination_prep)
                        for p in children[h]) else []
        # (the parser may hang the signing's place on the pact: "signed the accord in X after a meeting")
        occasion_verbs += [o for v in occasion_verbs if signed_after for o in children[v]
                           if dep[o] == "dobj" and view.lemma[o] in self.words.instrument_noun]
        # what a signing signs, where the parser hangs the place on it ("signed a partnership with China in Beijing",
        # "signed a declaration on friendly relations in Athens"), and the meeting an agreement is to hold ("agreed to
        # hold the next round in Thimphu": an act agreed on keeps its place)
        signed = [o for o in children[h] if dep[o] == "dobj"] if c.cameo.startswith(SIGNING) else []
        nouns += signed
        # (and the pact named in the "of" phrase of what a signing signs, where the parser hangs the place on it:
        # "initialled the text of a peace treaty at X", "signed the final version of the accord in X", session 57)
        nouns += [o for n in signed for o in of_objects(view, n)
                  if view.lemma[o] in self.words.instrument_noun and o not in nouns]
        # (also the body a meeting verb agreed on convenes, which meets where it is convened: "agreed to convene the
        # joint committee in X", session 58)
        agreed = [o for v in complements(view, h) for o in children[v] if dep[o] == "dobj"
                  and (view.lemma[o] in self.lex.nouns or view.lemma[v] in self.words.meeting_verb)
                  ] if c.cameo.startswith(AGREE_ROOT) else []
        # (also where the parser hangs the place on the meeting's "of" phrase: "offered to convene a meeting of the
        # two foreign ministers in Lusaka")
        nouns += [*agreed, *(o for n in agreed for o in of_objects(view, n))]
        # (and on the object of a deed a party intends or an agreement sets out, CAMEO 031 and 033, whose place the
        # parser hangs on it: "Under the agreement, X will fund a training centre in Y", "will send technicians to the
        # factory in Y"; eval/wire/README.md, audit of session 60; session 61)
        nouns += [o for o in children[h] if dep[o] == "dobj" and o not in nouns] \
            if c.cameo.startswith(DEED_ROOTS) and modality == "intended" and self.term_told_in_future else []
        # (and of such a deed told as done, where an "in" on its object names a place itself: "has funded schools and a
        # hospital in Y", "financed housing in Y"; not a place only nested in what the "in" names, "deposited the sum in
        # the central bank of Y", nor a line, "outposts along the Afghan frontier": the dev gold leaves those unplaced;
        # session 65)
        nouns += [o for o in children[h] if dep[o] == "dobj" and o not in nouns
                  and any(dep[p] == "prep" and view.lower[p] == "in" and any(
                      dep[n] == "pobj" and n in self.found.places for n in children[p]) for p in children[o])] \
            if c.cameo.startswith(DEED_ROOTS) and modality in ("asserted", "reported") else []
        # (and on the meeting a meeting to come holds, or its "of" phrase: "agreed to hold the next meeting of the joint
        # committee in X", "would hold the first session of the mechanism in X"; session 63)
        held = [o for v in meet_verbs for o in children[v] if dep[o] == "dobj"
                and view.lemma[o] in self.words.gathering_noun] if to_come else []
        nouns += [o for o in (*held, *(o for n in held for o in of_objects(view, n))) if o not in nouns]
        # (and on the "of" phrase of an event noun the act holds: "will hold a meeting of the border commission in X",
        # session 43)
        nouns += [o for n in nouns if view.lemma[n] in self.lex.nouns for o in of_objects(view, n) if o not in nouns]
        # (and on the parties of a meeting noun, the act's own or one it holds: "talks between their foreign ministers
        # in X", "a meeting with his counterpart in X"; :meth:`_met_parties`, session 50)
        nouns += [o for n in ([h] if c.nominal else []) + nouns for o in self._met_parties(view, n) if o not in nouns]
        # a trip goes where the visit, or the act its purpose clause is for, takes place ("would
        # travel to Washington on Monday to meet X"), also one a frame's words hold ("is expected to travel
        # to Moscow on April 22")
        trip_verb = self.words.trip_verb
        trip: int | None = h if view.lemma[h] in trip_verb else up \
            if dep[h] in ("advcl", "xcomp") and view.tag[h] == "VB" and view.lemma[up] in trip_verb else next(
                (t.i for t in c.trigger if view.pos[t.i] == "VERB" and view.lemma[t.i] in trip_verb),
                self._invited_trip(view, c))
        # each holder with whether a place nested in what it names counts (an event noun, or the head
        # of a nominal event)
        nested_in = set(nouns)
        # the targets named in the act's own sentence: a target the act takes from its context (another sentence,
        # events/context.py) is whom it was done to, and a place named on it there describes that party, not where
        # the act was ("... protested to the embassy in X. It denied ...": the denial is not placed in X;
        # :meth:`_named_here`, session 48)
        here = self._named_here(view, c)

        def nests(t: Token) -> bool:
            return t.i in nested_in or (c.nominal and t is c.head)

        # "met on the sidelines of a NATO summit in Ankara": the occasion's place is the act's
        occasions = [o for t in (*(t.i for t in c.trigger), h, *nouns) for p in children[t]
                     if dep[p] == "prep" and view.lower[p] in ("on", "at")
                     for n in children[p] if view.lemma[n] in self.words.occasion_noun
                     for of in children[n] if dep[of] == "prep" and view.lower[of] == "of"
                     for o in children[of] if dep[o] == "pobj"]
        # "signed a pact on Thursday during a state visit to Astana by X", "urged Tajikistan ... during a visit to
        # Dushanbe": a trip the act was done during (a `trip_noun`) takes it where the trip goes
        visits = [n for t in (*(t.i for t in c.trigger), *nouns) for n in self._trips_on(view, t)]
        visits += [n for n in self._trips_in_clause(view, h) if n not in visits]
        # (and one told on a verb joined to the act's with no subject of its own, or on the infinitive it takes: "agreed
        # on Tuesday to cut tariffs and signed three protocols during a visit to X", "agreed to coordinate ... and to
        # set up a hotline during a visit to X": one occasion; :meth:`_trips_joined`, session 55)
        # (an act of words, not a deed agreed on or joined to a signing: "signed agreements to resume flights and to
        # ease visa rules during a visit by X" leaves the flights unplaced in the gold; nor the act an appeal asks for:
        # "had asked him to bring the body home on the same trip" was not asked on the trip)
        visits += [n for n in self._trips_joined(view, h, infinitives=c.cameo.startswith(AGREE_ROOT))
                   if n not in visits] if said_act else []
        occasions += visits
        # a bare participle of the act's own clause, and what it names, are where the act was ("rejected the
        # protest, telling a news conference in Tokyo ...", "speaking at a rally in X")
        participles = [p for p in children[h] if dep[p] == "advcl" and view.tag[p] == "VBG" and p > h
                       and not any(dep[d] in ("nsubj", "nsubjpass", "mark") for d in children[p])]
        participles += [o for p in participles for o in children[p] if dep[o] == "dobj"]
        # an act named by a noun is where the participle on that noun says it was made ("under a pact reached in X in
        # 2011", "the accord, signed in X in March": :meth:`_made_at`, session 47)
        # (a pact, a meeting or a signing: not a deed, "an attack blamed on X")
        participles += self._made_at(view, h) if c.nominal and c.cameo.startswith((*ENCOUNTER_CODES, AGREE_ROOT)) \
            else []
        # (the act an appeal or a charge asks for or blames is the other side's; an act intended or agreed on
        # keeps its place: "agreed to convene the committee in the Chilean city of Arica")
        asked = about and not c.cameo.startswith("03")
        # (nor are the words of the act asked for: "urged him to accept a ceasefire in Darfur")
        holders = [*((t.i, nests(t)) for t in c.trigger
                     if not (asked and t.i != h and (view.pos[t.i] in ("VERB", "AUX") or _under_verb(view, t.i, h)))),
                   (h, nests(c.head)), *((t.i, nests(t)) for t, _ in here),
                   # a place after the last of joined objects of a deed is theirs all ("detained a boat and its crew in
                   # waters off X"; not words: "offering X and Y access to its ports" offers, wherever)
                   *((k, False) for t, _ in here if not said_act for k in children[t.i]
                     if dep[k] == "conj" and view.pos[k] in ("NOUN", "PROPN")),
                   # a meeting's place may hang on whom it is held with ("is due to discuss the row with his
                   # counterparts in X", session 43)
                   # (or on a meeting a meeting to come is told with: "agreed to hold talks, with the first round in X")
                   *((o, False) for v in (meet_verbs if encounter else ()) for p in children[v]
                     if dep[p] == "prep" and view.lower[p] == "with" for o in children[p] if dep[o] == "pobj"),
                   # and a word the act's verb completes, where its doer is ("is due in X on Friday to sign ...",
                   # session 43)
                   *((v, False) for v in _completed(view, h)),
                   # and the noun of "for the first time" on the act's verb, where the parser hangs the place said
                   # after it ("will meet for the first time in Bogotá in May": Colombia; session 59)
                   *((o, False) for p in children[h] if dep[p] == "prep" and view.lower[p] == "for"
                     for o in children[p] if dep[o] == "pobj" and view.lemma[o] in self.words.time_occasion_noun),
                   *((o, True) for o in occasions),
                   *((view.head[t.i], view.head[t.i] in nested_in) for t, _ in here
                     if dep[t.i] in ("compound", "amod", "poss")
                     and not (about and view.lemma[view.head[t.i]] in self.lex.nouns)),
                   *((t, True) for t in nouns),
                   *((p, False) for p in participles),
                   *((v, False) for v in occasion_verbs),
                   # a deed's doer named with where it is ("Police in Nairobi fired tear gas", "the embassy in
                   # Lima granted asylum"); words are said from anywhere
                   *((t, False) for t in children[h] if dep[t] in ("nsubj", "nsubjpass")
                     and not said_act),
                   # (and an envoy of a state posted somewhere goes from there on a visit: "its consul in X visited the
                   # men", "the consul in X is due to visit the detainees", session 43)
                   *((t, False) for t in children[_subject_verb(view, h)] if dep[t] in ("nsubj", "nsubjpass")
                     and said_act and trip is not None and self._envoy(view, t)),
                   *([(trip, trip in nested_in or (c.nominal and trip == h and view.lemma[h] in trip_verb))]
                     if trip is not None else [])]
        # an envoy or an office abroad of the doer's is posted away from where the doer acts ("recalled its
        # ambassador in Santo Domingo"), while a foreign envoy in the doer's own country is where it was acted
        # on ("summoned Norway's ambassador in Moscow"), and so is one acted on by a doer of no country ("protesters
        # stormed the Saudi embassy in Tehran")
        homes = {ref.country for _, ref in c.sources if ref.country}
        foreign = {t.i for t, ref in c.targets if ref.country and ref.country not in homes}
        # (but an office abroad the act opens is where the opening takes place: "will open an embassy in X",
        # "reopened its consulate in X"; the dev gold places such acts in X; session 62)
        opened = self._offices_acted_on(c, view, self.words.opening_verb)
        posts = {t.i for t in (*c.trigger, *(t for t, _ in c.targets))
                 if t.i != h and view.lemma[t.i] in self.words.abroad_noun and t.i not in foreign | opened}
        # whom a word is said to ("appealed to Moscow", "blamed it on Russia") is no place; whom force
        # is used on is ("drone attacks on Moscow"), and so is where one travels to
        verbal = said_act and trip is None and not c.cameo.startswith(VISIT)
        # nor is whom goods are sold or supplied to ("a sale of missiles to the Taiwan region"; a noun in
        # the plural names the goods: "delivered medical supplies to Geneina" went there)
        sold = any(view.lemma[t] in self.words.sale_verb and view.tag[t] not in ("NNS", "NNPS")
                   for t in (h, *(t.i for t in c.trigger)))
        # (also "the Taiwan region" of a target named by its compound)
        addressees = {i for t, _ in c.targets for i in (t.i, *([view.head[t.i]] if dep[t.i] == "compound" else []))
                      } if verbal or sold or c.cameo.startswith(REDUCING_CODE) else set()
        # (words said by someone named after a place set before the subject, "In Beijing, spokesman Zhang
        # accused ...", "In Taipei, Lai thanked ...", were said there: eval/wire/README.md, audit of session 27)
        said = verbal and not c.cameo.startswith(ENCOUNTER_CODES)
        # (the addressee's word, and the noun it modifies: "the Taliban administration")
        addressed = [i for t, _ in c.targets
                     for i in (t.i, *([view.head[t.i]] if dep[t.i] in ("compound", "amod", "poss") else []))]
        described = {i for i in addressed if not self._envoy(view, i)} \
            if said and c.cameo[:2] in ADDRESSED_ROOTS else set()
        # (and a foreign envoy or office a measure reducing relations falls on, named with its post: "ordered the
        # ambassador in X to leave", "expelled two staff of the embassy in X", "closed the consulate in X" is which
        # envoy or office, a decision taken wherever; the dev gold leaves such acts without a place; session 56)
        # (but not another state's office the doer acts on at home: "closed all three Iranian consulates on its
        # territory", "shut the Russian consulate in X" of its own is where the doer closed it; the dev gold places
        # such closures at home, and only a place of the doer's own stands for them: ``home_offices``; session 62)
        home_offices: set[int] = set()
        if c.cameo.startswith(REDUCING_CODE):
            home_offices = self._offices_acted_on(c, view, self.words.closing_verb) & foreign
            described |= {i for i in addressed if (self._envoy(view, i) or view.lemma[i] in self.words.abroad_noun)
                          and i not in home_offices}
        # (the parser may hang that place on the verb, right after the addressee: "criticised the police in X"; not an
        # occasion, "urged the soldiers at a rally in X", where the words were said)
        after_addressee = {p for t, _ in c.targets if t.i in described
                           for p in (view.edges(t.i)[1] + 1,) if p < len(view.dep) and view.dep[p] == "prep"
                           and any(o in self.found.places for o in children[p] if dep[o] == "pobj")}
        # where coercion sends what it acts on is not where it was done ("escorted the tanker to the port of
        # X", "deported the migrants to X", "curbed exports to X")
        coerced = code.plover == "COERCE"
        measure = code.plover in ("COERCE", "SANCTION")
        # what force is used "on" is where it fell, and so is a place it is in ("opened fire on a convoy on the
        # Ivorian side of the border", "fired on a truck near X")
        assault = code.plover == "ASSAULT"
        # a state closes a crossing on its own side: a place named on it in another country is the neighbour's town of
        # the same name or the far end (:meth:`HomeGround.closed_side`)
        closed = self.closed_side(c, CLOSE_CODE)
        # aid sent or delivered to a country, told as done now, goes there, as a trip does, also where the parser
        # hangs the destination on the goods ("sent two ships loaded with tents to X", "sent 40 medics and a field
        # hospital to X": eval/wire/README.md, aid takes the place it goes to); not aid told as background or only
        # promised ("had sent ships to the island in 2022", "would donate a boat to X": `null` in the gold)
        shipped = c.cameo.startswith(AID_ROOT) and not historical and modality == "asserted" and not sold \
            and (view.lemma[h] in self.words.dispatch_verb or view.lemma[h] in self.words.giving_verb)
        goods = [t for o in (children[h] if shipped else ()) if dep[o] == "dobj"
                 for t in range(view.edges(o)[0], view.edges(o)[1] + 1) if t != h and view.pos[t] != "ADP"
                 and any(dep[p] == "prep" and view.lower[p] in self.words.destination_prep for p in children[t])]
        # the holders a place may hang on, each (with its nesting) once and in order, read for each kind of
        # preposition below: not one described ("lodged a protest with the administration in Kabul": which
        # administration, no place), nor, but for force, the speaker's ("the embassy in X said": where the speaker
        # sits, not where the act was; local officials tell where force fell: "officials in X province said a drone
        # struck a house")
        act = {h, *(t.i for t in c.trigger)}
        placing = [(holder, nested) for holder, nested in dict.fromkeys(holders) if holder not in described
                   and (assault or not self._speaker_word(view, holder, act))]
        carried = [(g, False) for g in dict.fromkeys(goods) if g not in described
                   and (assault or not self._speaker_word(view, g, act))]
        for preps in (self.words.place_prep, *(() if coerced else (self.words.destination_prep,))):
            for holder, nested in (*placing, *(carried if preps is not self.words.place_prep else ())):
                for child in children[holder]:
                    lower = view.lower[child]
                    if lower not in preps or (holder == h and child in after_addressee):
                        continue  # (only a place preposition of this round may name one)
                    # "south of the island of X": a compass word read as an adverb, and its "of" phrase
                    objects = children[child] if dep[child] in ("prep", "dative") else [
                        o for of in children[child] if dep[of] == "prep" and view.lower[of] == "of"
                        for o in children[of]] if dep[child] == "advmod" else []
                    # after words, "on X" is what they are about ("urged tighter sanctions on Russia"), but
                    # a meeting "on the island of X" is there
                    topic = verbal and lower == "on" and (said or not any(
                        view.lemma[o] in self.words.place_noun and any(view.lower[of] == "of" for of in children[o])
                        for o in objects))
                    if objects and not topic:
                        # "near a canal in the X region", "at a summit in X": where the thing named is
                        # (not the channel of "through its embassy in X", nor the topic "on X")
                        # (and where a thing gone to is: "summoned the envoy to the ministry in Havana")
                        inside = 2 if lower in self.words.place_prep and lower not in ("on", "through") else \
                            nested or lower in self.words.destination_prep or (assault and lower == "on")
                        for pobj in objects:
                            # (nor is the act a measure is taken "over" or "for": "sanctioned three officials
                            # over a crackdown on protesters in Tbilisi")
                            topic_act = (about or (measure and lower in ("over", "for"))) \
                                and lower in self.words.about_prep and lower not in ("on", "at") \
                                and view.lemma[pobj] in self.lex.nouns
                            # what a measure is put "on" is what it hits ("imposed sanctions on Venezuela's oil
                            # sector"; not "closed the consulate on its territory"), and "over" a thing that is no
                            # ground is what the act is about ("deepening a rift over the war in Gaza")
                            noun, words = view.lemma[pobj], self.words
                            ground = noun in words.place_noun or noun in words.territory_noun \
                                or noun in words.water_noun
                            topic_act = topic_act or (measure and lower == "on" and noun not in words.territory_noun) \
                                or (lower == "over" and view.pos[pobj] == "NOUN" and not ground)
                            place = self._place(view, pobj, nested=inside) \
                                if dep[pobj] == "pobj" and (pobj not in addressees or holder in opened) \
                                and not topic_act else None
                            if place is None and lower in self.words.destination_prep and dep[pobj] == "pobj" \
                                    and (self._trip_word(view, holder) or (shipped and holder in (h, *goods))):
                                # (not the traveller's own: a visit goes abroad)
                                place = self._country_gone_to(view, pobj, homes)
                            if place is not None and holder in posts | home_offices and place.country not in homes:
                                continue
                            if place is not None and closed is not None and place.country != closed.country:
                                return self._because("location", closed, f"{doc[pobj].text!r} on a crossing "
                                                                         f"{closed.text!r} closes: its own side")
                            if place is not None:
                                return self._named(doc, view, pobj, place, f"{doc[child].text!r} "
                                                   f"{doc[pobj].text!r} on {doc[holder].text!r}")
        left = self._withdrawn_from(c, view) if c.cameo.startswith(WITHDRAW_CODES) else None
        if left is not None:
            return left
        # "detained three men there": the place named last before it, in its sentence or the one before
        there = next((a for t in (h, *(t.i for t in c.trigger)) for a in children[t]
                      if dep[a] == "advmod" and view.lower[a] == "there"), None)
        place = self._there(view, there) if there is not None else None
        if place is not None:
            return self._because("location", place, f"'there': {place.text!r}, the place named before it")
        if c.cameo.startswith(CLOSE_CODE):
            # a named crossing a state closes is where it closed it ("closed the Gatuna crossing", "shut the X border
            # post": ``crossing_noun``)
            for obj in children[h]:
                mods = [m for m in children[obj] if dep[m] in ("compound", "nmod")] \
                    if dep[obj] == "dobj" and view.lemma[obj] in self.words.crossing_noun else []
                # (also on the noun before it: "the X border post")
                named = [m for m in (*mods, *(n for m in mods for n in children[m] if dep[n] == "compound"))
                         if m in self.found.places]
                if named:
                    text, country = self.found.places[named[0]]
                    if closed is not None and country != closed.country:
                        return self._because("location", closed, f"the named crossing {doc[obj].text!r} closed by "
                                                                 f"{closed.text!r}: its own side")
                    return self._named(doc, view, named[0], Location(text=text, country=country),
                                       f"the named crossing {doc[obj].text!r} closed")
            # (a state's own crossing named "at" a town the gazetteer does not know is on its side: "closed its main
            # crossing with Freedonia at X")
            if closed is not None and any(view.pos[o] == "PROPN" and view.ent_type[o] not in TIME_ENTITIES
                                          for t in (h, *(o for o in children[h] if dep[o] == "dobj"))
                                          for p in children[t] if dep[p] == "prep" and view.lower[p] == "at"
                                          for o in children[p] if dep[o] == "pobj"):
                return self._because("location", closed, f"its own crossing named at a town: {closed.text!r}")
        dateline_country = self.home.country if self.home is not None else None
        for holder, _ in holders:
            # "signed three agreements here on Thursday", "at a summit here": "here" is the dateline's place
            said_here = self._here_on(view, [holder, *(o for p in children[holder]
                                                       if dep[p] == "prep" and view.lower[p] in ("in", "at")
                                                       for o in children[p] if dep[o] == "pobj")])
            if said_here is not None:
                return self._because("location", said_here, f"'here' on {doc[holder].text!r}: the dateline's place")
        for trip_noun in visits:  # "during a state visit by Bolivia's president": the other party's ground
            visited = self._visited_party(c, view, trip_noun)
            if visited is not None:
                return self._because("location", visited, f"during {doc[trip_noun].text!r} by the other party's people")
            told = self._trip_told_before(view, trip_noun)
            if told is not None:
                return self._because("location", told, f"during {doc[trip_noun].text!r}: the trip told before, to "
                                                        f"{told.text!r}")
        host = self._host_of_visit(c, view) if c.cameo.startswith(VISIT) else None
        if host is not None:
            return self._because("location", host, f"{c.head.text!r} by one party during an act of two: the other "
                                                   f"party's ground, {host.text!r}")
        arrived = self._arrived_here(view, h) if c.cameo.startswith(VISIT) else None
        if arrived is not None:
            # "arrived on Thursday for a three-day visit": the visit is where the story is told from
            return self._because("location", arrived, f"{c.head.text!r} names no place: the dateline's")
        # (a deed an agreement sets out, or a commitment told with "will", keeps the place of its own clause, not that
        # of a later deed joined to it: "will help finance the pier and will train officers at French schools" places
        # only the training; eval/wire/README.md, audit of session 60)
        shared = self._shared_place(view, h, deed=not said_act and not self.term_told_in_future)
        if shared is not None:
            return self._because("location", shared, f"the place of a verb joined to {c.head.text!r}")
        met = self._met_party_place(view, h)
        if met is not None:
            return self._because("location", met, f"{met.text!r}, where the party whom {c.head.text!r}'s relative "
                                                  "clause tells of was met")
        summons = self._summons_joined(c, view, h)
        if summons is not None:
            return self._because("location", summons, f"{summons.text!r} on the envoy the verb joined to "
                                                      f"{c.head.text!r} calls in: the doer's own ground")
        posted = self._posted_meeting(c, view, h) if c.cameo[:3] in POSTED_MEETING_CODES else None
        if posted is not None:
            return self._because("location", posted, f"an envoy posted in {posted.text!r} meeting its hosts: there")
        if c.cameo.startswith(ENCOUNTER_CODES):
            # a meeting or signing with a party a trip or a meeting placed ("raised the canal with a
            # delegation that visited Tashkent")
            for token, _ in c.targets:
                placed = self.party_placed(view, token.i)
                if placed is not None:
                    return self._because("location", placed, f"where {token.text!r} went or met")
            # (also one of the meeting's own parties, named by its noun: "talks between X, who arrived in Y on
            # Wednesday, and Z", session 51)
            for token, _ in c.sources if c.nominal else ():
                placed = self.party_placed(view, token.i)
                if placed is not None:
                    return self._because("location", placed, f"where {token.text!r}, a party to it, went or met")
        if trip is not None:  # "a delegation that visited Tashkent"
            for obj in children[trip]:
                place = self._place(view, obj) if dep[obj] == "dobj" else None
                if place is not None:
                    return self._named(doc, view, obj, place, f"{doc[obj].text!r}, where {doc[trip].text!r} goes")
        where = self._where_clause_place(view, h)
        if where is not None:
            return self._because("location", where, f"a 'where' clause on the place {where.text!r}")
        if c.cameo.startswith((*ENCOUNTER_CODES, AGREE_ROOT, COOPERATE_ROOT)):
            # "signed a pact when the two presidents met in X", "agreed on a plan after two days of talks in X": the
            # meeting or visit the act was done at (session 45)
            occasion = self._occasion_place(c, view, h)
            if occasion is not None:
                return self._because("location", occasion, f"the meeting or visit it was done at: {occasion.text!r}")
            gone = self._visit_of_when(view, h)
            if gone is not None:
                return self._because("location", gone, f"a 'when' clause on the date of a visit to {gone.text!r}")
        if encounter or c.cameo.startswith(COOPERATE_ROOT):
            # "signed a declaration on good relations in X", "held a joint exercise on border crime in X": the place
            # the parser hangs on the topic of a signing, a meeting or a cooperation (not the topic itself: "signed a
            # declaration on X" is about X; session 45)
            # (the parser hangs it on either; for a meeting to come, on the verb that holds it: ``meet_verbs``)
            # (and on the "of" phrase of the meeting held: "the first meeting of a joint committee on X in Y")
            for obj in (*meet_verbs, *(o for v in meet_verbs for o in children[v] if dep[o] == "dobj"),
                        *(o for n in held for o in of_objects(view, n))):
                for subject in (t for p in children[obj] if dep[p] == "prep" and view.lower[p] in ("on", "about")
                                for t in children[p] if dep[t] == "pobj" and self._place(view, t) is None):
                    place = self._place_on_clause(view, subject, ("in", "at"))
                    if place is not None:
                        return self._named(doc, view, subject, place, f"{place.text!r} after the topic of what "
                                                                    f"{c.head.text!r} signs")
        if view.lemma[h] in self.words.host_verb:
            # "Qatar has hosted talks between ...": on the host's ground
            for token, ref in c.sources:
                if ref.country and state_actor(ref):
                    return self._because("location", Location(text=token.text, country=ref.country),
                                         f"hosted by {token.text!r}")
        if c.cameo[:3] in VISIT_ENCOUNTER_CODES:
            visit = self._visit_place(c, historical)
            if visit is not None:
                return self._because("location", visit, f"where the visit told of a party went: {visit.text!r}")
        # (a measure that reduces relations, CAMEO 16, is a decision, no force on the ground: suspending talks with
        # one's own rebels, a police order or expulsion is placed only by a place named; the dev gold leaves all five
        # that the home rules placed without a place, session 48)
        forceful = code.quad_class == 4 and not c.cameo.startswith(REDUCING_CODE)
        if forceful and modality in ("asserted", "reported"):
            # police use force at home, on whomever they use it ("Thai police arrested three Cambodian men"), and any
            # organ of a state but its courts holds its own people, or people of no country named, at home ("Tunisian
            # soldiers detained 23 migrants")
            holding = code.plover == "COERCE" and code.mode in HOLDING_MODES
            home = self._police_ground(c, holding)
            if home is not None:
                return self._because("location", home, f"{'held' if holding else 'police'} by {home.text!r}: at home")
            if code.plover == "COERCE" and code.mode in (*HOLDING_MODES, SEIZING_MODE):
                home = self._unknown_place_at_home(c)
                if home is not None:
                    return self._because("location", home, f"held or seized by {home.text!r} at a named place the "
                                                           "gazetteer does not know: at home")
        if c.cameo.startswith(RELEASE_CODE) and modality in ("asserted", "reported"):
            # people or things a state's organs release or hand back at a named place the gazetteer does not know are
            # released where they were held, at home ("freed the fishermen at the port of X", "handed the men over at
            # X International Airport"; not at a border post, which lies between two states; session 49)
            home = self._unknown_place_at_home(c)
            if home is not None:
                return self._because("location", home, f"released by {home.text!r} at a named place the gazetteer "
                                                       "does not know: at home")
        if (code.plover == "ASSAULT" or c.cameo == OCCUPY_CODE) and modality in ("asserted", "reported"):
            # force used on a country ("invaded Ukraine", "pounded Ukraine's energy grid", "occupied two Congolese
            # villages") falls on its ground
            # (not a thing of the country out at sea: "attacked a Greek-owned tanker in the Red Sea"; nor a boat or
            # ship of it anywhere, which sails off its ground: "fired on a Greek fishing boat", "a drone strike on a
            # Greek-flagged tanker")
            # (one country: "killed on both sides" of two countries is on no one's ground)
            # (a country named in the act's own sentence: one the act's target is taken from another sentence for
            # says nothing of where the force fell, "It denied that its patrol had fired on civilians")
            struck = {ref.country for _, ref in here if ref.kind == "country" and ref.country}
            for token, ref in here if len(struck) == 1 else ():
                if ref.kind == "country" and ref.country and not any(self._at_sea(view, t) for t in (token.i, h)) \
                        and not self._on_vessel(view, token.i) and not self._foreign_people(view, token.i) \
                        and not self._fought_with(view, h, token.i):
                    return self._because("location", Location(text=token.text, country=ref.country),
                                         f"force used on the country {token.text!r}")
            for token, _ in here:  # or on a named place: "suicide bombers struck central Kampala"
                place = self._place(view, token.i) if dep[token.i] == "dobj" \
                    and not self._fought_with(view, h, token.i) else None
                if place is not None:
                    return self._because("location", place, f"force used on the place {token.text!r}")
        if forceful and modality in ("asserted", "reported"):
            home = self._home_ground(c)
            if home is not None:
                return self._because("location", home, f"force of {home.text!r} on its own people or groups")
        if c.cameo.startswith(PROTEST_CODE) and dateline_country and modality in ("asserted", "reported") \
                and not any(view.lemma[token.i] in self.words.abroad_noun and ref.country == dateline_country
                            for token, ref in c.targets) \
                and not any(ref.kind in ("country", "government") for _, ref in c.sources):
            # a street protest is a gathering on the ground, and one whose clause names no place known to the
            # gazetteer was held where the story is told from: "Several hundred people rallied outside the Chinese
            # embassy" (a foreign embassy stands on the dateline's ground), "families rallied at the harbour in
            # <a village the gazetteer does not know>"; not one at
            # an embassy of the dateline's own country, which stands abroad ("protesters stormed its embassy"), nor a
            # block a state imposes, which is a measure, no gathering ("Thailand has blocked imports of X")
            return self._because("location", Location(text=self.home.name if self.home else dateline_country,
                                                      country=dateline_country),
                                 "a protest with no place named: the dateline's country")
        if said_act and trip is None and not historical:
            # "In Beijing, spokesman Lin said ... and accused Canberra ...": a place set at the head of a sentence
            # is where its words were said, whatever clause of the sentence says them (eval/wire/README.md, audit
            # of session 27, rule (c))
            opening = self._opening_place(view, h, {ref.country for _, ref in c.sources if ref.kind != "unresolved"},
                                          done=modality in ("asserted", "reported"))
            if opening is not None:
                return self._because("location", opening, f"{opening.text!r} at the head of the sentence: "
                                                          "where its words were said")
            # "..., the minister told reporters in X", "in a statement issued in X": where the sentence's words were
            # said, for words of the day told in the article's voice (not a quote, which the dev gold leaves without
            # a place under "told reporters in X", nor an earlier act the words tell in the past perfect, nor an act
            # still to come, which happens where it will be held: "will open talks next month, the ministers announced
            # in X"; session 48)
            said_at = None if self.quoted(c) or view.past_perfect(h) or modality == "future" \
                else self._said_at(view, h)
            if said_at is not None:
                return self._because("location", said_at, f"{said_at.text!r} named on the saying of the sentence: "
                                                          "where its words were said")
        return self._because("location", None, "no place after a place preposition")

    def _offices_acted_on(self, c: Candidate, view: ParseView, verbs: frozenset[str]) -> set[int]:
        """The office-abroad nouns of the trigger (``abroad_noun``: "embassy", "consulate") that are the direct object
        of one of ``verbs`` ("will open an embassy", "closed all three Iranian consulates"), by their indices."""
        return {t.i for t in c.trigger if view.lemma[t.i] in self.words.abroad_noun and view.dep[t.i] == "dobj"
                and view.lemma[view.head[t.i]] in verbs}

    def _envoy(self, view: ParseView, i: int) -> bool:
        """Whether the word at ``i`` is an ``envoy_noun`` of words.tsv, by its lemma or as written ("envoy",
        "ambassador", "chargé d'affaires")."""
        return view.lemma[i] in self.words.envoy_noun or view.lower[i] in self.words.envoy_noun

    def _speaker_word(self, view: ParseView, token: int, act: set[int]) -> bool:
        """Whether a word (by index) names the speaker of the sentence's words rather than a party of the act: the
        subject of a verb of saying that is not the act's own ("the embassy in X said", "a diplomat in X, speaking on
        condition of anonymity, said"), or the object of "according to" ("according to the ministry in X"). A place
        named on it tells where the speaker sits, not where the act was (eval/wire/README.md, places: "in <city>"
        describing an actor places nothing; session 56). Also a word the speaker's phrase holds: "a spokesman for the
        U.N. office in X said", "the embassy's press office in X said"."""
        dep = view.dep
        for _ in range(4):
            up = view.head[token]
            if up == token or up in act:
                return False
            if dep[token] == "nsubj":
                return view.pos[up] in ("VERB", "AUX") and self.lex.says(view.lemma[up])
            if dep[token] == "pobj" and view.lower[up] == "to" and view.lower[view.head[up]] == "according":
                return True
            if dep[token] == "pobj" and view.lower[up] in ("for", "of") and dep[up] == "prep":
                token = view.head[up]  # "a spokesman for the office in X"
            elif dep[token] in ("compound", "poss", "appos"):
                token = up  # "the embassy's spokesman"
            else:
                return False
        return False

    def _fought_with(self, view: ParseView, verb: int, token: int) -> bool:
        """Whether a target (by index) is the other side of a fight the act's verb tells, a ``mutual_verb`` ("fought
        Morocco until a ceasefire", "fought a five-day war with Thailand", "the neighbour with which it fought a
        short war"): both sides fought, on both sides' ground or along the line between them, so the target's country
        is no ground of the act unless a place is named (the dev gold leaves such wars without a place; session 48).
        Not a target the fight is over or for ("fought for control of X")."""
        if view.lemma[verb] not in self.words.mutual_verb:
            return False
        dep, up = view.dep, view.head[token]
        if dep[token] == "dobj" and up == verb:
            return True
        # (the "with" may hang on the verb or on its object: "fought a war with X")
        return dep[token] == "pobj" and view.lower[up] == "with" \
            and (view.head[up] == verb or (dep[view.head[up]] == "dobj" and view.head[view.head[up]] == verb))

    def _named_here(self, view: ParseView, c: Candidate) -> list[tuple[Token, ActorRef]]:
        """The act's targets named in its own sentence, not taken from another (events/context.py gives an act with no
        target of its own the story's other party, from wherever it is named; replies and pronouns reach back too): a
        place named on a target elsewhere ("Ecuador's embassy in Bogota" two sentences up) describes that party, and a
        country named elsewhere says nothing of where force fell, so neither places the act (session 48)."""
        sent = view.sent[c.head.i]
        return [(t, ref) for t, ref in c.targets if view.sent[t.i] == sent]

    def _made_at(self, view: ParseView, noun: int) -> list[int]:
        """The participles on an event noun that tell where it was made, with no subject of their own ("a pact
        reached in X", "the accord, signed in X and ratified by the Senate"; the words that join them): the holders
        of its place (session 47)."""
        dep, children = view.dep, view.children
        made = [a for a in children[noun] if dep[a] == "acl" and view.tag[a] == "VBN"
                and not any(dep[d] in ("nsubj", "nsubjpass") for d in children[a])]
        return made

    def _invited_trip(self, view: ParseView, c: Candidate) -> int | None:
        """The trip an invitation the act accepts proposes, when no verb of the trigger is a trip ("accepted an
        invitation to visit X", "accepted an invitation to pay an official visit to X"): the to-infinitive on an
        ``invitation_noun`` of the trigger (``trip_verb``), or the ``trip_noun`` it is done on (session 47)."""
        if view.lemma[c.head.i] not in self.words.acceptance_verb:
            return None
        dep, children = view.dep, view.children
        for noun in (t.i for t in c.trigger if view.lemma[t.i] in self.words.invitation_noun):
            for act in (a for a in children[noun] if dep[a] == "acl" and view.tag[a] == "VB"):
                if view.lemma[act] in self.words.trip_verb:
                    return act
                trip = next((o for o in children[act] if dep[o] == "dobj"
                             and view.lemma[o] in self.words.trip_noun), None)
                if trip is not None:
                    return trip
        return None

    def _summons_joined(self, c: Candidate, view: ParseView, verb: int) -> Location | None:
        """For a verb joined with no subject of its own to a verb that calls in a foreign envoy named with the place
        where it is posted ("summoned Ghana's ambassador in Lome on Friday and accused Accra ...", "called
        in the deputy head of the Chilean embassy in Lima and urged Santiago ..."), that place when it lies in the
        doer's own country: the envoy was called in there, and the joined act was done in the same clause, as is a bare
        participle on it ("... and gave the envoy a protest note, demanding ..."; eval/wire/README.md, audit of session
        33; session 49). Not the doer's own envoy posted abroad ("recalled its
        ambassador in X and ...": X is not the doer's country)."""
        dep, children = view.dep, view.children
        # (a bare participle shares the clause of the verb it hangs on: "... and gave the envoy a protest note,
        # demanding the release of ...")
        if dep[verb] == "advcl" and view.tag[verb] == "VBG" and view.head[verb] != verb \
                and not any(dep[t] in ("nsubj", "nsubjpass", "mark") for t in children[verb]):
            verb = view.head[verb]
        if dep[verb] != "conj" or any(dep[t] in ("nsubj", "nsubjpass") for t in children[verb]):
            return None
        up = view.head[verb]
        homes = {ref.country for _, ref in c.sources if ref.country}
        if up == verb or view.pos[up] != "VERB" or not homes:
            return None
        for obj in children[up]:
            if dep[obj] != "dobj":
                continue
            # the envoy's own noun, or the office of an "of" phrase on it ("a deputy chief of mission of the X
            # embassy in Y")
            named = [obj, *of_objects(view, obj), *(o for n in of_objects(view, obj) for o in of_objects(view, n))]
            if not any(self._envoy(view, n) for n in named):
                continue
            for noun in named:
                for prep in children[noun]:
                    if dep[prep] != "prep" or view.lower[prep] != "in":
                        continue
                    for pobj in children[prep]:
                        place = self._place(view, pobj) if dep[pobj] == "pobj" else None
                        if place is not None and place.country in homes:
                            return place
        return None

    def _withdrawn_from(self, c: Candidate, view: ParseView) -> Location | None:
        """The place a withdrawal of forces leaves (``WITHDRAW_CODES``), named after "from" or "out of" on a
        ``leaving_verb`` of the act, or after "from" on its "back" ("withdrew its soldiers from Senegal", "pulled its
        troops out of Somalia", "pulled its units back from the outskirts of X"): the withdrawal was done there, in
        that place's country, whichever side's it is (session 49). A place nested in what is left counts ("from two
        villages in the X region of Y"); a body, talks or an event left are no place ("withdrew from the talks",
        "pulled out of a signing ceremony planned in X"), and an envoy recalled is a measure (CAMEO 161), which this
        rule does not read."""
        dep, children, lower = view.dep, view.children, view.lower
        for verb in dict.fromkeys((c.head.i, *(t.i for t in c.trigger))):
            if view.lemma[verb] not in self.words.leaving_verb:
                continue
            # "from X" on the verb or on an adverb of it ("back from X"), and "of" on "out" ("out of X")
            holders = [verb, *(a for a in children[verb] if dep[a] in ("advmod", "prt", "prep")
                               and lower[a] not in self.words.out_of_particle)]
            preps = [p for t in holders for p in children[t] if dep[p] == "prep" and lower[p] == "from"]
            preps += out_of_preps(view, verb, self.words)
            for prep in preps:
                # (an event left is no ground: "pulled out of a signing ceremony planned in X" did not withdraw from X)
                for pobj in children[prep]:
                    place = self._place(view, pobj, nested=2) \
                        if dep[pobj] == "pobj" and view.lemma[pobj] not in self.lex.nouns else None
                    if place is not None:
                        return self._named(c.head.doc, view, pobj, place, f"{c.head.doc[prep].text!r} "
                                           f"{c.head.doc[pobj].text!r} on {c.head.doc[verb].text!r}: the place "
                                           "a withdrawal leaves")
        return None

    def _there(self, view: ParseView, there: int) -> Location | None:
        """The place "there" (by its index) points back to: the place the gazetteer knows named last before it in its
        sentence, or else in the sentence before ("Freedonian marines detained three men there on Sunday", after "the
        island of X, administered by Freedonia": the place named before is where)."""
        sent = view.sent[there]
        first = view.sent_start[sent - 1] if sent > 0 else view.sent_start[sent]
        dep, head, water = view.dep, view.head, self.words.water_noun
        for i in range(there - 1, first - 1, -1):
            # a place where it stands as one, the object of a preposition or a name on it ("in X", "the island of X",
            # "administered by X"), not a doer ("Iran has seized tankers there")
            top = i
            while dep[top] in ("compound", "appos", "amod") and head[top] != top:
                top = head[top]
            if i not in self.found.places or dep[top] != "pobj":
                continue
            # (water is no country's ground: "the Strait of X ... seized tankers there" is at sea)
            if any(view.lemma[t] in water for t in (top, head[top], head[head[top]])):
                return None
            text, country = self.found.places[i]
            return Location(text=text, country=country)
        return None

    def _trip_word(self, view: ParseView, token: int) -> bool:
        """Whether a word is a trip's verb or noun ("travelled", "a visit")."""
        return view.lemma[token] in self.words.trip_verb or view.lemma[token] in self.words.trip_noun

    def _country_gone_to(self, view: ParseView, token: int, homes: set[str]) -> Location | None:
        """The ground of a country a trip goes to where the text names it by other words than a place's name ("during
        a visit to the Pacific island nation", "a one-day visit to the neighbouring country"): the country the
        actor finder made of the words, unless it is the country of one of the doers (``homes``)."""
        ref = self.found.by_token.get(token)
        if ref is None or ref.kind != "country" or not ref.country or ref.country in homes:
            return None
        start, end = view.edges(token)
        return Location(text=self.text[view.idx[start]:view.end[end]], country=ref.country)

    def _opening_place(self, view: ParseView, verb: int, doers: set[str | None], done: bool = True) -> Location | None:
        """The place of an "In <place>," that opens the sentence of ``verb`` (by its index), or of "here" on its
        saying (:meth:`_said_here`), for words said in that sentence ("In Islamabad, the spokeswoman said the remarks
        were regrettable and urged India to ..."), or of an opening participle clause at an occasion of speech
        (:meth:`_occasion_opening`). Words told in the past perfect are an earlier act the words tell ("said Delhi had
        urged ..."), placed there only when their doers are all of the place's own country: a state's words reported
        from its capital were said there ("In Lima, the minister told reporters that Peru had sent a protest note to
        Quito": Peru; eval/wire/README.md's dev gold, session 41); ``doers``: the countries of the act's doers;
        ``done``: whether the act is told as done (a "here" elsewhere than on the saying places no pledge or plan,
        :meth:`_said_here`)."""
        place = self._opening(view, verb) or self._said_here(view, verb, anywhere=done)
        if place is None or not view.past_perfect(verb):
            return place
        return place if doers == {place.country} else None

    def _said_at(self, view: ParseView, verb: int) -> Location | None:
        """The place where the words of the sentence of ``verb`` (by its index) were said, when the sentence names it on
        the saying: "told reporters in X that ..." (a ``briefing_verb`` with people its object: the place on them or on
        the verb), "said at a news conference in X", "..., speaking at his weekly briefing in X" (a
        ``speech_occasion_noun`` after "at" or "in" on a verb of saying or on a participle clause with no subject of
        its own), or a statement issued somewhere ("urged both sides ... in a statement issued in X": a
        ``speech_noun`` after "in" with a participle on it naming the place, or "here": "in a note released here"; or a
        place after "from" on it, or a place compounded with the office it names: "in a statement from X", "... from its
        X headquarters", session 53), or
        a verb of saying other than the act's own with the place on it ("X summoned the envoy, the ministry said in
        Y"). Like "here" on the saying and an
        opening "In <place>,", it gives its country to the word acts it says (eval/wire/README.md; session 48): the
        saying is the act's verb, one that governs it, or one joined to those with no subject of its own. Not an
        occasion told as the object of the saying ("told a regular briefing in X", which the dev gold leaves
        without a place more often than not), nor a place on another verb ("said in Moscow" places the saying's own
        act, :meth:`location`)."""
        dep, children, words = view.dep, view.children, self.words
        # the verbs that govern the act's verb, itself first, and the verbs joined to them with no subject of their own
        # ("X thanked Y and told reporters in Z": told of the same speaker; not "X protested, and Y told reporters in
        # Z that ...", another saying, nor one told in the past perfect, "had told Y at a meeting in Z")
        line = [verb]
        while view.head[line[-1]] != line[-1] and len(line) < 12:
            line.append(view.head[line[-1]])
        line += [k for v in line for k in children[v] if dep[k] == "conj" and not view.own_subject(k) and k not in line]
        # (and the verbs below the act's own with no subject of their own, where the parser may hang the phrase:
        # "urged both sides to show restraint, in a statement issued in X")
        todo = [verb]
        while todo:
            here = todo.pop()
            below = [k for k in children[here] if view.pos[k] in ("VERB", "AUX") and not view.own_subject(k)
                     and k not in line]
            line += below
            todo += below
        for said in line:
            if view.pos[said] not in ("VERB", "AUX") or view.past_perfect(said):
                continue
            saying = self.lex.frames(view.lemma[said], "say")
            speaking = saying or (dep[said] == "advcl" and view.tag[said] == "VBG"
                                  and not any(dep[d] in ("nsubj", "nsubjpass", "mark") for d in children[said]))
            # ("told reporters in X": the parser hangs the place on the people or on the verb)
            told = view.lemma[said] in words.briefing_verb and any(
                dep[o] in ("dobj", "dative") and words.is_person_noun(view.lemma[o]) for o in children[said])
            holders = [said, *(o for o in children[said] if dep[o] in ("dobj", "dative"))] if told else []
            # (a verb of saying other than the act's own, with the place on it: "the ministry said in X that ..." and
            # "..., the ministry said in X"; the act's own verb is :meth:`location`'s to read)
            holders += [said] if saying and said != verb and said not in holders else []
            for prep in children[said]:
                if dep[prep] != "prep" or view.lower[prep] not in ("at", "in"):
                    continue
                for noun in (o for o in children[prep] if dep[o] == "pobj"):
                    if speaking and view.lemma[noun] in words.speech_occasion_noun:
                        holders.append(noun)
                    elif view.lower[prep] == "in" and view.lemma[noun] in words.speech_noun:
                        holders += [a for a in children[noun] if dep[a] == "acl" and view.tag[a] == "VBN"]
                        # ("in a statement from X", "... from its X headquarters": where it was issued; session 53)
                        # (the place may name the office it came from: "from its X headquarters", "from its X office")
                        issued = next((p for f in children[noun] if dep[f] == "prep" and view.lower[f] == "from"
                                       for o in children[f] if dep[o] == "pobj"
                                       for t in (o, *(m for m in children[o] if dep[m] == "compound"))
                                       if (p := self._place(view, t, nested=True)) is not None), None)
                        if issued is not None:
                            return issued
            for holder in holders:
                # ("in a note released here": the dateline's place)
                if self.home is not None and self.home.country and view.tag[holder] == "VBN" and any(
                        dep[a] == "advmod" and view.lower[a] == "here" for a in children[holder]):
                    return Location(text="here", country=self.home.country)
                for prep in children[holder]:
                    if dep[prep] != "prep" or view.lower[prep] not in ("in", "at"):
                        continue
                    for pobj in children[prep]:
                        place = self._place(view, pobj, nested=True) if dep[pobj] == "pobj" else None
                        if place is not None:
                            return place
        return None

    def _said_here(self, view: ParseView, verb: int, anywhere: bool = True) -> Location | None:
        """The dateline's place, when "here" stands in the sentence of ``verb`` (by its index) outside a quotation, on a
        verb of saying or its subject ("..., the embassy here said", "told reporters here that ...") or, when
        ``anywhere``, elsewhere in the sentence ("under an agreement signed here today, while the prime minister
        dismissed ...", "said after talks here": session 57): like an opening "In <place>,", where the sentence's
        words were said (eval/wire/README.md: "here" in its sentence gives the dateline's country to the word acts of
        that sentence). A "here" in a quotation is the speaker's own place, no word of the article's. The caller
        passes ``anywhere`` false for a pledge or a plan, which the dev gold places by a "here" elsewhere in its
        sentence as often as not ("agreed to expand cooperation ..., after talks here": no place)."""
        if self.home is None or not self.home.country:
            return None
        sent = view.sent[verb]
        for i in range(view.sent_start[sent], view.sent_end[sent]):
            if view.lower[i] != "here" or view.dep[i] != "advmod" or self.quoted_at(view.idx[i]):
                continue
            up = view.head[i]
            said = up if view.dep[up] not in ("nsubj", "nsubjpass") else view.head[up]
            if anywhere or (view.pos[said] == "VERB" and self.lex.frames(view.lemma[said], "say")):
                return Location(text="here", country=self.home.country)
        return None

    def _opening(self, view: ParseView, verb: int) -> Location | None:
        """The place an "In <place>," or an opening participle clause of speech sets before the sentence of ``verb``."""
        sent = view.sent[verb]
        first = next((i for i in range(view.sent_start[sent], view.sent_end[sent]) if not view.is_space[i]), None)
        if first is None:
            return None
        if view.dep[first] == "advcl":
            return self._occasion_opening(view, first)
        if view.dep[view.head[first]] == "advcl" and view.head[first] > first:
            return self._occasion_opening(view, view.head[first])
        for pobj in opening_in(view, sent):
            place = self._place(view, pobj)
            if place is not None:
                return place
        return None

    def _occasion_opening(self, view: ParseView, clause: int) -> Location | None:
        """The place of a participle clause with no subject that opens the sentence and names where its speaker
        spoke ("Speaking at a news conference in Mexico City, Sheinbaum said ...", "Asked about the case at her
        briefing in Manila, ...", and on a verb of saying, an audience or a place: "Speaking to reporters in Bamako,
        ...", session 43): as an opening "In <place>,", for the words said in the sentence."""
        dep, children = view.dep, view.children
        if view.tag[clause] not in ("VBG", "VBN") or view.pos[view.head[clause]] not in ("VERB", "AUX") \
                or any(dep[d] in ("nsubj", "nsubjpass", "mark") for d in children[clause]):
            return None
        _, last = view.edges(clause)
        if view.lower[last] != "," and (last + 1 >= len(view.lower) or view.lower[last + 1] != ","):
            return None
        # (or, on a verb of speaking, an audience or a named place: "Speaking to reporters in Bamako, ...", session 43)
        speaking = self.lex.frames(view.lemma[clause], "say")
        for prep in children[clause]:
            if dep[prep] != "prep":
                continue
            for pobj in children[prep]:
                # at an occasion in a named place: "at a news conference in Mexico City", "at her briefing in X"
                if dep[pobj] == "pobj" and (view.lemma[pobj] in self.words.speech_occasion_noun
                                            or (speaking and view.lower[prep] in ("to", "in", "at"))):
                    place = self._place(view, pobj, nested=True)
                    if place is not None:
                        return place
        return None

    def _visit_place(self, c: Candidate, historical: bool) -> Location | None:
        """Where a visit the article tells took one party of a meeting, talks or a signing with no place of its
        own, to the ground of another party ("Kobakhidze arrived in Baku on Tuesday for a two-day official
        visit, and he and Aliyev signed a declaration on Wednesday", "The two leaders held talks behind closed
        doors"): a ``trip_verb`` told as done, whose subject (or the noun its relative clause is on) is a party
        or of a party's country, or a ``trip_noun`` after a ``trip_prep`` whose possessive or "by" phrase is ("signed
        a pact during X's state visit to Y", session 51), going to a place of another party's country; the visit
        background (dated over 30 days before publication) when the act is. None when no such visit is told."""
        parties = [ref for _, ref in (*c.sources, *c.targets) if ref.kind != "unresolved"]
        keys = {ref.key for ref in parties}
        countries = {ref.country for ref in parties if ref.country}
        if len(countries) < 2:
            return None  # a visit abroad meets the other country's side
        view = self.found.view(c.head.doc)
        dep, children = view.dep, view.children
        # (also a trip noun an act was done during, its visitor named by a possessive or after "by": "signed an
        # agreement during X's state visit to Y" places the talks the next sentence tells; session 51)
        nouns = [n for trips in self._trip_preps(view).values() for n in trips]
        for i in [*self._told_trips(view), *nouns]:
            if i in nouns:
                visitors = [d for d in children[i] if dep[d] == "poss"] + by_visitors(view, i)
            else:
                visitors = [s for s in children[i] if dep[s] in ("nsubj", "nsubjpass")]
                visitors = [view.head[i] for s in visitors if view.tag[s] in ("WP", "WDT")] or visitors
            refs = [self.found.by_token[v] for v in visitors if v in self.found.by_token]
            if not any(ref.key in keys or ref.country in countries for ref in refs):
                continue
            place = self._trip_place(view, i, ("in", "to"))
            if place is None or place.country not in countries \
                    or any(ref.country == place.country for ref in refs):
                continue
            sent = self.found.sentence_of.get(i)
            if sent is None:
                continue
            # (a trip noun's time is that of the act it was done during: "signed a treaty in 2019, during a visit to X")
            timed = {i, view.head[view.head[i]]} if i in nouns else {i}
            old = any(v.value and date_values.is_historical(v.value, self.base, days=date_values.BACKGROUND_DAYS)
                      for first, last, v in self.sentence_dates(self.found.sentences[sent])
                      if self._anchor(view, first, last) in timed)
            if old == historical:
                return place
        return None

    def _told_trips(self, view: ParseView) -> list[int]:
        """The indices of the doc's ``trip_verb``s told as done, in order: a verb in the past tense or a past
        participle, not a visit to come, planned or told in the past perfect (no occasion of the news); found
        once for the doc, which every candidate's :meth:`_visit_place` walks."""
        if self._trips_told is None:
            dep, children, trip_verb = view.dep, view.children, self.words.trip_verb
            self._trips_told = [
                i for i, lemma in enumerate(view.lemma)
                if lemma in trip_verb and view.pos[i] == "VERB" and view.tag[i] in ("VBD", "VBN")
                and not any(dep[a] in ("aux", "auxpass") and view.lower[a] in ("will", "would", "to", "had", "'d")
                            for a in children[i])]
        return self._trips_told

    def _trips_in_clause(self, view: ParseView, verb: int) -> list[int]:
        """The `trip_noun`s after "during" or "on" in the clause of ``verb`` (by index), wherever the parser hangs the
        phrase in it ("signed an agreement on sharing the waters ... during a state visit to Astana", "signed
        agreements to resume flights during a visit by X"), through prepositions, their objects, objects and
        infinitives: not in a clause with a subject of its own, a conjunct, another clause, nor what the act is about
        ("protested over remarks a minister made during a visit to Khartoum")."""
        if not self._trip_preps(view):
            return []  # (no trip noun after "during" or "on" in the article: no clause to walk)
        dep, children = view.dep, view.children
        found: list[int] = []
        stack = [verb]
        while stack:
            token = stack.pop()
            found += self._trips_on(view, token)  # ("during" and "on" pass the test below)
            for child in children[token]:
                if dep[child] not in ("prep", "pobj", "pcomp", "dobj", "acl", "npadvmod") \
                        or any(dep[g] in ("nsubj", "nsubjpass") for g in children[child]) \
                        or (dep[child] == "acl" and not any(dep[g] == "aux" and view.lower[g] == "to"
                                                            for g in children[child])) \
                        or (dep[child] == "prep" and view.lower[child] != "on"
                            and view.lower[child] in self.words.about_prep):
                    continue  # (not what an act is about: "protested over remarks a minister made during ...")
                stack.append(child)
        return found

    def _trips_joined(self, view: ParseView, verb: int, infinitives: bool = True) -> list[int]:
        """The `trip_noun`s after "during" or "on" in the clauses of the verbs joined to ``verb`` that share its
        subject (by index): a conjunct with no subject of its own ("agreed on Tuesday to cut tariffs and signed three
        protocols during a visit by X to Y"), the verb such a conjunct is joined to ("signed a deal during a visit to Y
        and pledged ..."), an infinitive ``verb`` takes and the conjuncts of that ("agreed to coordinate their sales
        and to set up a customs post during a visit to Y"): the visit is the occasion of the whole clause (the README
        of eval/wire, "Location": a trip gives the place it goes to for the acts it is made for, and a verb joined to
        another with no subject of its own shares its place). Not a conjunct with a subject of its own ("..., and
        their ministers will meet during a visit to Y next month"), nor one still to come after a verb in the past
        ("agreed ... and will sign the contract during a visit to Y"); the infinitives only when ``infinitives`` (an
        agreement, whose infinitive tells what was agreed at the occasion; not an appeal, whose infinitive is the act
        asked for)."""
        if not self._trip_preps(view):
            return []
        dep, children, head = view.dep, view.children, view.head

        def subjectless(v: int) -> bool:
            return view.pos[v] in ("VERB", "AUX") and not any(
                dep[d] in ("nsubj", "nsubjpass", "mark", "expl") for d in children[v])

        kinds = ("conj", "xcomp") if infinitives else ("conj",)
        past = view.tag[verb] == "VBD"
        joined = [v for v in children[verb]
                  if dep[v] in kinds and subjectless(v) and not (past and self._to_come(view, v))]
        joined += [v for x in joined if dep[x] == "xcomp" for v in children[x] if dep[v] == "conj" and subjectless(v)]
        if dep[verb] == "conj" and head[verb] != verb and subjectless(verb) and view.pos[head[verb]] in ("VERB", "AUX"):
            joined.append(head[verb])
        return [n for v in joined for n in self._trips_in_clause(view, v)]

    def _trips_on(self, view: ParseView, token: int) -> list[int]:
        """The `trip_noun`s after "during" or "on" on ``token`` (by index): "signed a pact during a state visit"."""
        trips = self._trip_preps(view)
        return [n for p in view.children[token] if p in trips for n in trips[p]] if trips else []

    def _trip_preps(self, view: ParseView) -> dict[int, list[int]]:
        """Each `trip_prep` ("during", "on") of the doc that takes a `trip_noun` (by index) -> those trip nouns, in
        order: found once for the doc, which the place rules of every candidate look up (most articles tell of no trip
        so)."""
        if self._trip_preps_found is None:
            dep, children, lower, lemma = view.dep, view.children, view.lower, view.lemma
            trip_noun = self.words.trip_noun
            self._trip_preps_found = {
                p: trips for p in range(len(dep)) if dep[p] == "prep" and lower[p] in self.words.trip_prep
                for trips in [[n for n in children[p] if dep[n] == "pobj" and lemma[n] in trip_noun]] if trips}
        return self._trip_preps_found

    def _visited_party(self, c: Candidate, view: ParseView, visit: int) -> Location | None:
        """The ground of the party a trip by the other party's people went to, for an act of parties of two
        countries done during it, the trip naming no place ("Bangladesh and Pakistan signed agreements during a
        visit by Pakistan's deputy prime minister": Bangladesh; "during a one-day visit by Nigerian President Bola
        Tinubu to the neighbouring country": Benin); ``visit`` is the index of the trip noun. None when the trip's
        "by" phrase names no one of a party's country."""
        parties = [(t, ref) for t, ref in (*c.sources, *c.targets) if ref.kind != "unresolved" and ref.country]
        countries = {ref.country for _, ref in parties}
        if len(countries) != 2:
            return None
        for visitor in by_visitors(view, visit):
            ref = self.found.by_token.get(visitor)
            if ref is not None and ref.country in countries:
                token, host = next((t, r) for t, r in parties if r.country != ref.country)
                return Location(text=token.text, country=host.country)
        return None

    def _trip_told_before(self, view: ParseView, trip_noun: int) -> Location | None:
        """The place of the trip a definite trip noun that names no place refers to ("the visit", "that trip"): the
        last trip told before it in the article (the story's visit, however far back), by a ``trip_verb`` or a
        ``trip_noun`` with the place
        it goes to ("When the prime minister visited X in April, ... and Y freed 11 fishermen during the visit", "...
        said during a visit to the Ruritanian capital. During the visit, the two ministers signed ..."; session 45)."""
        dep, children = view.dep, view.children
        if not any(dep[d] == "det" and view.lower[d] in ("the", "that", "this") for d in children[trip_noun]) \
                or any(dep[p] == "prep" and view.lower[p] in ("to", "in") for p in children[trip_noun]):
            return None
        for i in range(trip_noun - 1, -1, -1):
            verb = view.lemma[i] in self.words.trip_verb and view.pos[i] == "VERB"
            if not verb and not (view.lemma[i] in self.words.trip_noun and view.pos[i] == "NOUN"):
                continue
            place = self._trip_place(view, i, ("to", "in"))
            if place is not None:
                return place
        return None

    def _named(self, doc: Doc, view: ParseView, token: int, place: Location, why: str) -> Location | None:
        """The act's place named at ``token`` (by its index), with the rule ``why``; none when a place joined to it
        lies in another country ("to visit Kigali and Kinshasa"): the act has no one country."""
        for other in view.children[token]:
            if view.dep[other] == "conj":
                joined = self._place(view, other)
                if joined is not None and joined.country != place.country:
                    return self._because("location", None, f"{doc[token].text!r} and a place of another country "
                                                           "joined to it: no one country")
        return self._because("location", place, why)

    def _shared_place(self, view: ParseView, verb: int, deed: bool = True) -> Location | None:
        """The place named on the verb a subjectless conjunct is joined to ("met in Seoul last month and
        agreed to keep talking"), or where its subject had arrived ("Wong, who arrived in Honiara on
        Wednesday, signed ...") or set before the subject of the verb joined to ("In Beijing, Zhang
        accused X and urged Y": words said there); for a ``deed`` (no act of words), also the place of a later
        verb joined to it with no subject of its own ("seized three boats and detained their crews in X")."""
        dep, children = view.dep, view.children
        while dep[verb] == "xcomp" and view.head[verb] != verb:  # "met in X and agreed to keep discussing"
            verb = view.head[verb]
        subjects = [t for t in children[verb] if dep[t] in ("nsubj", "nsubjpass")]
        up = view.head[verb]
        # the verb joined to, or a later verb joined with no subject of its own ("seized three boats and
        # detained their crews in X"): a place named on it, and one nested in what it names ("met at a
        # summit in X and agreed ...")
        # (not a verb still to come for one told in the simple past: "said he would raise the case at a meeting
        # in Brussels on Monday and called on the bloc to ...": the appeal was not made there)
        to_come = view.tag[verb] == "VBD" and self._to_come(view, up)
        joined = [up] if dep[verb] == "conj" and not subjects and view.pos[up] == "VERB" and not to_come else []
        # (and the verb whose purpose an infinitive with no subject of its own tells: "sent a patrol boat into
        # Guyanese waters to threaten oil vessels")
        purpose = dep[verb] == "advcl" and not subjects and view.pos[up] == "VERB" and view.tag[verb] == "VB" \
            and any(dep[a] == "aux" and view.lower[a] == "to" for a in children[verb])
        joined += [up] if purpose else []
        # (and a participle on the occasion an "in", "at" or "during" phrase names, the place named on the word
        # that phrase hangs on, a verb or a noun: "agreed a ceasefire in Doha in talks mediated by Qatar")
        if dep[verb] == "acl" and view.tag[verb] == "VBN" and dep[up] == "pobj" and dep[view.head[up]] == "prep" \
                and view.lower[view.head[up]] in ("in", "at", "during"):
            joined.append(view.head[view.head[up]])
        # (not for words: "summoned the ambassador and shut the bridge at X" summoned no one there, "signed a
        # memorandum and held the next round in X" signed it elsewhere)
        joined += [v for v in children[verb] if deed and dep[v] == "conj" and view.pos[v] == "VERB"
                   and not any(dep[d] in ("nsubj", "nsubjpass", "mark") for d in children[v])]
        for other in joined:
            # a trip told before the act goes where the act was done ("travelled to Canberra on Monday and
            # signed an agreement", "visited Tashkent and met ...")
            # (and so does what was sent where the purpose is carried out)
            trip = other == up and (view.lemma[other] in self.words.trip_verb or purpose)
            # (an arrival that names no place came where the story is told from: "arrived on Tuesday and met ...")
            arrived = self._arrived_here(view, other) if other == up else None
            if arrived is not None:
                return arrived
            for prep in children[other]:
                lower = view.lower[prep]
                if trip and dep[prep] == "dobj":
                    place = self._place(view, prep)
                    if place is not None:
                        return place
                # (and so is the event noun the verb holds: "held their first summit in Samarkand and agreed ...")
                if dep[prep] == "dobj" and view.lemma[prep] in self.lex.nouns:
                    place = self._place_on_clause(view, prep, ("in", "at"))
                    if place is not None:
                        return place
                # ("called on Tehran to ..." names whom words are said to)
                if dep[prep] == "prep" and (prep < verb or other != up) \
                        and (lower in self.words.place_prep or (trip and lower in self.words.destination_prep)) \
                        and lower not in ("on", "through"):
                    for pobj in children[prep]:
                        place = self._place(view, pobj, nested=True) if dep[pobj] == "pobj" else None
                        if place is not None:
                            return place
        # (a verb joined with no subject of its own shares that of the verb it is joined to: "the ministers,
        # who met in Tashkent, said ... and invited ...")
        doers = subjects or ([t for t in children[up] if dep[t] in ("nsubj", "nsubjpass")]
                             if dep[verb] == "conj" and view.pos[up] == "VERB" else [])
        for subject in doers:
            for clause in children[subject]:
                place = None
                # "leaders, meeting in Georgetown, called for ...": the subject was there as it acted
                if dep[clause] == "acl" and view.tag[clause] == "VBG":
                    place = self._place_on_clause(view, clause, ("in", "at"), nested=True)
                if place is None:
                    # ("a delegation that visited Lima last week signed ...": where it went; "the ministers,
                    # who met in Tashkent, urged ...": where they met)
                    place = self.party_placed(view, subject)
                if place is not None:
                    return place
        return None

    def _met_party_place(self, view: ParseView, verb: int) -> Location | None:
        """The place named in its sentence on the meeting a party was met at, for an act told in a "who" clause on
        that party ("held talks in Cairo with the president, who thanked the bloc", "visited X and held talks with the
        president, who pledged ...": there; session 60): the party whom a ``meeting_verb`` meets, or whom a meeting is
        held "with" (a light verb's event noun, "held talks with"). Only a place the sentence names: a meeting placed
        by another sentence gives the words said at it no place (eval/wire/README.md). Not an act told in the past
        perfect or still to come ("who had asked ...", "who will visit ..."), which was not done at that meeting."""
        dep, children = view.dep, view.children
        if dep[verb] != "relcl" or view.past_perfect(verb) or self._to_come(view, verb) \
                or not any(dep[s] == "nsubj" and view.lower[s] == "who" for s in children[verb]):
            return None
        party = view.head[verb]
        up = view.head[party]
        meeting: int | None = None
        if dep[party] == "dobj" and view.lemma[up] in self.words.meeting_verb:
            meeting = up  # "met the president, who ..."
        elif dep[party] == "pobj" and view.lower[up] == "with" and view.head[up] != up:
            with_on = view.head[up]  # "held talks with the president", "talks with", "met with"
            if view.pos[with_on] in ("NOUN", "PROPN") and view.lemma[with_on] in self.lex.nouns \
                    and dep[with_on] == "dobj":
                meeting = view.head[with_on]
            elif view.pos[with_on] == "VERB" and (view.lemma[with_on] in self.words.meeting_verb or any(
                    dep[o] == "dobj" and view.lemma[o] in self.lex.nouns for o in children[with_on])):
                meeting = with_on
        if meeting is None or view.pos[meeting] != "VERB":
            return None
        held = [meeting, *(o for o in children[meeting] if dep[o] == "dobj" and view.lemma[o] in self.lex.nouns)]
        return next((p for m in held if (p := self._place_on_clause(view, m, ("in", "at"), nested=True))
                     is not None), None) or self._shared_place(view, meeting)

    def party_placed(self, view: ParseView, party: int) -> Location | None:
        """Where a relative clause with a ``trip_verb``, a ``meeting_verb`` or a ``presence_verb`` on a party (by its
        index) places it: "a delegation that visited Tashkent", "the ministers, who met in Bishkek", "the minister, who
        was in Valletta for talks" (session 43); the parser may hang
        the clause on the party's "of" phrase or its last conjunct ("the ministers of Nigeria and Ghana, who
        met in Accra")."""
        dep, children = view.dep, view.children
        nouns = [party, *of_objects(view, party)]
        nouns += [c for n in nouns for c in children[n] if dep[c] == "conj"]
        for clause in (c for n in nouns for c in children[n]):
            lemma = view.lemma[clause]
            if dep[clause] != "relcl" or (lemma not in self.words.trip_verb and lemma not in self.words.meeting_verb
                                          and lemma not in self.words.presence_verb):
                continue
            place = self._trip_place(view, clause, ("in", "to", "at")) or self._arrived_here(view, clause)
            if place is not None:
                return place
        return None

    def received_home(self, c: Candidate, modality: Modality, historical: bool, negated: bool) -> Location | None:
        """The host's ground for an act its doer did at a reception it gave (CAMEO 043, ``RECEIVE_CODE``), a verb
        joined to the reception with no subject of its own ("the president received the visiting minister at the
        palace and thanked his government") or one whose subject a relative clause says received the visitor ("the
        president, who received the minister earlier in the day, thanked ..."): the host acts at home, as a doer who
        had arrived somewhere acts there (eval/wire/README.md, places). Told as done (not an act still to come, one
        of the background or one denied; the reception in the simple past, not a state such as "hosts the fleet's
        headquarters"), by state actors all of one country. Inferred, not named, as the
        reception's own place is (:meth:`HomeGround.hosted_home`; session 56)."""
        if negated or historical or modality not in ("asserted", "reported") or c.cameo == RECEIVE_CODE:
            return None
        doers, country = self._doers_at_home(c)
        if country is None or not doers or not all(state_actor(ref) for ref in doers):
            return None
        view = self.found.view(c.head.doc)
        dep, children, h = view.dep, view.children, c.head.i
        subjects = [t for t in children[h] if dep[t] in ("nsubj", "nsubjpass")]
        up = view.head[h]
        verbs = [up] if dep[h] == "conj" and not subjects and up != h and view.pos[up] == "VERB" else []
        # (the subject of the act, or of the verb it is joined to, and a relative clause on it)
        doers_tokens = subjects or [t for v in verbs for t in children[v] if dep[t] in ("nsubj", "nsubjpass")]
        verbs += [r for t in doers_tokens for r in children[t] if dep[r] == "relcl" and view.pos[r] == "VERB"]
        doc = c.head.doc
        # (a verb of a reception line of the lexicon, "receive", "welcome", "host", with a visitor named as its object:
        # "received Goyal at the palace", which the lexicon leaves uncoded, as it cannot tell a visitor from aid)
        receiving = self.lex.verbs_coded(RECEIVE_CODE)
        for verb in verbs:
            pattern = self.lex.match_verb(doc[verb], view)
            received = (pattern is not None and pattern.cameo == RECEIVE_CODE) or (
                view.lemma[verb] in receiving and any(dep[o] == "dobj" and self._visitor(view, o, country)
                                                      for o in children[verb]))
            # (a host that received, not a visitor received: "the minister, who was received by the king, thanked
            # ..." acts on the host's ground, not on its own doers')
            passive = any(dep[t] in ("nsubjpass", "auxpass") for t in children[verb])
            # (a reception told as a past event, in the simple past: not a state, "Oman, which hosts the group's
            # negotiator, was pressing ...", "has hosted three-way meetings", nor one denied, "does not host ...")
            if received and not passive and view.tag[verb] == "VBD" and not view.past_perfect(verb) \
                    and not any(dep[t] == "neg" for t in children[verb]):
                return self._ground(country)
        return None

    def _posted_meeting(self, c: Candidate, view: ParseView, verb: int) -> Location | None:
        """The place an envoy doer is posted in ("its ambassador in X met the deputy foreign minister"), when the
        meeting is with a party of that place's country: an envoy meets the officials of the state it is posted to
        where it is posted (session 56). Not a word act said to someone (only meetings: ``POSTED_MEETING_CODES``),
        nor an envoy "to" a capital, whose posting names no place of the act."""
        dep = view.dep
        met = {ref.country for _, ref in c.targets if ref.country}
        for token, _ in c.sources:
            # (the envoy noun, or the one its state's name is the possessor of: "Japan's ambassador in X")
            t = view.head[token.i] if dep[token.i] in ("poss", "compound", "amod") else token.i
            if dep[t] not in ("nsubj", "nsubjpass") or view.head[t] != _subject_verb(view, verb) \
                    or not self._envoy(view, t):
                continue
            place = self._place_on_clause(view, t, ("in",))
            if place is not None and place.country in met:
                return place
        return None

    def _visitor(self, view: ParseView, token: int, host: str) -> bool:
        """Whether an object (by index) names a visitor: a person by name, or a state actor of a country not the
        host's ("received Wang", whom the parser may take for an organisation)."""
        return view.ent_type[token] == "PERSON" or any(state_actor(ref) and ref.country not in (None, host)
                                                       for ref in self.found.refs_at(token))

    def _arrived_here(self, view: ParseView, verb: int) -> Location | None:
        """The dateline's ground for an arrival that names no place (an ``arrival_verb`` with nothing after it but
        when or where from: "X, who arrived on Tuesday evening, held talks with Y", "the delegation arrived from
        Moscow on Tuesday and met Y"), in a story told from there: whoever arrived came where the story is told
        from, as eval/wire/README.md has "the visitor arriving" place the acts of the visit."""
        if self.home is None or not self.home.country or not arrived_here(view, verb, self.words):
            return None  # a place, or somewhere the parser could not read ("arrived in Almaty", "arrived there")
        return self._ground(self.home.country)

    def _trip_place(self, view: ParseView, trip: int, preps: tuple[str, ...], nested: bool = False) -> Location | None:
        """Where a trip (a ``trip_verb`` or ``trip_noun``, by index) goes: the first place after one of ``preps`` on it
        (:meth:`_place_on_clause`), else, for a ``trip_verb``, the place its direct object names ("visited X")."""
        place = self._place_on_clause(view, trip, preps, nested=nested)
        if place is not None or view.lemma[trip] not in self.words.trip_verb or view.pos[trip] != "VERB":
            return place
        objects = (o for o in view.children[trip] if view.dep[o] == "dobj")
        return next((p for o in objects if (p := self._place(view, o)) is not None), None)

    def _here_on(self, view: ParseView, words: list[int]) -> Location | None:
        """The dateline's place when "here" modifies one of ``words`` (by index): "signed three agreements here",
        "notes exchanged here"; None with no dateline country."""
        if self.home is None or not self.home.country:
            return None
        if any(view.dep[a] == "advmod" and view.lower[a] == "here" for w in words for a in view.children[w]):
            return Location(text="here", country=self.home.country)
        return None

    def _place_on_clause(self, view: ParseView, clause: int, preps: tuple[str, ...],
                         nested: bool = False) -> Location | None:
        """The first place named after one of ``preps`` on a clause describing a subject ("meeting in X",
        "who arrived in X")."""
        dep, children = view.dep, view.children
        for prep in children[clause]:
            if dep[prep] == "prep" and view.lower[prep] in preps:
                for pobj in children[prep]:
                    place = self._place(view, pobj, nested=nested) if dep[pobj] == "pobj" else None
                    if place is not None:
                        return place
        return None

    def _bare_capital(self, view: ParseView, token: int) -> Location | None:
        """"The capital" with no word saying whose (no possessive, "of" phrase or modifier), in a sentence
        that names the dateline's country: that country's capital ("BAGHDAD ... A rocket struck near the
        U.S. embassy in the capital, Iraqi officials said")."""
        home = self.home
        if home is None or home.country is None or view.lemma[token] not in self.words.capital_noun \
                or any(view.dep[m] not in ("det", "case") for m in view.children[token]):
            return None
        sent = self.found.sentence_of[token]
        if not any(ref.country == home.country and self.found.sentence_of.get(i) == sent
                   for i, ref in self.found.by_token.items()):
            return None
        return Location(text=self.text[view.idx[token]:view.end[token]], country=home.country)

    def _home_island(self, view: ParseView, token: int) -> Location | None:
        """"The island", "the archipelago" with no name or word saying which, itself or as the possessor of what a
        place preposition names ("off the island's northern coast", "in the archipelago's waters"), in a story
        datelined in an island state that is the latest island state a doer before it is of, if any: that
        state's ground. An island state is a member of the "island" row of
        ``data/actors/collectives.tsv`` (the kind of country "the island nation" names); the nouns are ``words.tsv``
        ``island_noun``."""
        home = self.home
        kind = collectives().get("island")
        if home is None or home.country is None or kind is None or home.country not in kind.members:
            return None
        # (not when the latest doer of an island state before it is another's: "Taiwan said it would invite Japanese
        # lawmakers to the island" in a story from Tokyo)
        doers = [ref.country for i, ref in sorted(self.found.by_token.items()) if i < token
                 and view.dep[i] in ("nsubj", "nsubjpass") and ref.country in kind.members]
        if doers and doers[-1] != home.country:
            return None
        dep, children = view.dep, view.children
        for noun in (token, *(m for m in children[token] if dep[m] == "poss")):
            if view.lower[noun] in self.words.island_noun and all(
                    dep[m] in ("det", "case") and view.lower[m] in ("the", "'s") for m in children[noun]) \
                    and any(view.lower[m] == "the" for m in children[noun]):
                return Location(text=self.text[view.idx[noun]:view.end[noun]], country=home.country)
        return None

    def _occasion_place(self, c: Candidate, view: ParseView, verb: int) -> Location | None:
        """The place of the meeting or visit a meeting, agreement or signing (by its verb's index) was done at, told in
        its own clause: a clause of a ``meeting_verb`` or a ``trip_verb`` opened by an ``occasion_mark`` ("signed a
        rail agreement when the two presidents met in X", "When the prime minister visited X in 2025, the two sides
        agreed ...", "agreed on a plan after their army chiefs met in X"), whose subject, when it is a known actor, is
        of a party's country; or talks or a meeting (an event noun of CAMEO 04, not a call) after an ``occasion_prep``,
        also at the end of them ("reached an agreement after two days of talks in X", "at the end of three days of
        talks in X", "following a meeting of their ministers in X"). Looked for through the act's objects, complements
        and prepositions, where the parser hangs the clause, not in a clause with a subject of its own. None when the
        occasion names no place ("when the talks resumed", "after a summit")."""
        dep, children, words = view.dep, view.children, self.words
        countries = {ref.country for _, ref in (*c.sources, *c.targets) if ref.kind != "unresolved" and ref.country}
        stack = [verb]
        seen: set[int] = set()
        while stack:
            token = stack.pop()
            if token in seen:
                continue
            seen.add(token)
            for child in children[token]:
                lemma, lower = view.lemma[child], view.lower[child]
                if dep[child] == "advcl" and (lemma in words.meeting_verb or lemma in words.trip_verb) \
                        and any(dep[m] in ("advmod", "mark") and view.lower[m] in words.occasion_mark
                                for m in children[child]):
                    doers = [self.found.by_token.get(s) for s in children[child] if dep[s] in ("nsubj", "nsubjpass")]
                    if countries and any(ref is not None and ref.country and ref.country not in countries
                                         for ref in doers):
                        continue  # (another country's people met there)
                    # (on the clause, on whom it met, where the parser may hang it: "met X in Y", or the place a
                    # trip's object names: "visited X")
                    place = self._place_on_clause(view, child, ("in", "at", "to"), nested=True) or next(
                        (p for o in children[child] if dep[o] == "dobj"
                         and (p := self._place(view, o) if lemma in words.trip_verb
                              else self._place_on_clause(view, o, ("in", "at"))) is not None), None)
                    if place is not None:
                        return place
                    continue
                if lower in words.occasion_prep and dep[child] in ("prep", "advcl"):
                    for noun in (o for o in children[child] if dep[o] in ("pobj", "dobj")):
                        for _ in range(3):  # "at the end of three days of talks": the talks
                            if self.lex.nouns.get(view.lemma[noun], "").startswith("04"):
                                break
                            noun = next(iter(of_objects(view, noun)), noun)
                        code = self.lex.nouns.get(view.lemma[noun], "")
                        if code.startswith("04") and code != "041":
                            place = self._place_on_clause(view, noun, ("in", "at"), nested=True) or next(
                                (p for o in (*of_objects(view, noun), *self._met_parties(view, noun))
                                 if (p := self._place_on_clause(view, o, ("in", "at"))) is not None), None)
                            if place is not None:
                                return place
                    continue
                # (also a later verb joined to the act's own, subject or not, after which the parser may hang an
                # occasion told of both: "X agreed to ... and Y pledged ..., after talks in Z")
                if (dep[child] in ("xcomp", "dobj", "acl", "prep", "pobj", "conj")
                        and not any(dep[g] in ("nsubj", "nsubjpass") for g in children[child])) \
                        or (token == verb and dep[child] == "conj" and view.pos[child] == "VERB"):
                    stack.append(child)
        return None

    def _signed_after(self, c: Candidate, view: ParseView, prep: int) -> bool:
        """Whether a meeting named by its noun (CAMEO 04, not a call) is the object of ``prep`` (by index), an
        ``occasion_prep`` ("after", "following"; "at" and "during" too, whose occasion is the verb's place anyway), on
        a verb whose direct object is a pact (an ``instrument_noun``: "signed the accord in X after talks with Y"): the
        talks were held where it was signed (session 53)."""
        verb = view.head[prep]
        return c.cameo.startswith("04") and not c.cameo.startswith("041") and view.dep[prep] == "prep" \
            and view.lower[prep] in self.words.occasion_prep and verb != prep \
            and any(view.dep[o] == "dobj" and view.lemma[o] in self.words.instrument_noun for o in view.children[verb])

    def _visit_of_when(self, view: ParseView, verb: int) -> Location | None:
        """The place of the visit on whose date a "when" clause of the act (its verb by index, or the verb it is joined
        to) hangs, or that follows the date on the visit's verb: "paid a state visit to X in May 2023, when the two
        sides signed ...", "had visited X in April 2025, when the two governments signed ...", "travelled to X in June,
        when he and his counterpart signed ...": X, where the visit goes (session 51). The date is the object of a
        preposition on a ``trip_verb``, on a ``trip_noun`` or on a verb whose object is a ``trip_noun``. None for a
        "when" clause on the date of anything else ("ties had soured in April 2024, when X expelled ...") or a visit
        that names no place."""
        dep, children, words = view.dep, view.children, self.words
        clause = when_clause(view, verb)
        if clause is None or dep[clause] not in ("relcl", "advcl"):
            return None
        if dep[clause] == "relcl":
            time, prep = view.head[clause], view.head[view.head[clause]]
            if dep[time] != "pobj" or dep[prep] != "prep" or view.ent_type[time] not in TIME_ENTITIES:
                return None
            holder = view.head[prep]
        else:
            # (the parser may hang the clause on the verb the date is on: "visited X in April 2025, when ...", the date
            # right before the comma that opens the clause)
            holder, first = view.head[clause], view.edges(clause)[0]
            if not holder < first or first < 2 or view.lower[first - 1] != "," \
                    or view.ent_type[first - 2] not in TIME_ENTITIES:
                return None
        trips = [holder] if view.lemma[holder] in words.trip_noun or (
            view.lemma[holder] in words.trip_verb and view.pos[holder] == "VERB") else []
        trips += [o for o in children[holder] if dep[o] == "dobj" and view.lemma[o] in words.trip_noun]
        preps = tuple(words.destination_prep)
        return next((p for trip in trips if (p := self._trip_place(view, trip, preps, nested=True)) is not None), None)

    def _host_of_visit(self, c: Candidate, view: ParseView) -> Location | None:
        """The ground of the host of a visit named by its noun that names no place of its own, after a ``trip_prep``
        ("during", "on") on an act two parties did together (or on an infinitive or object of its clause with no
        subject of its own, where the parser may hang it): the country of the act's doer that is not the visitor's ("A
        and B signed agreements on Wednesday during a visit by B's prime minister", "... by B's president to the
        neighbouring country": A; session 51). The visitor is named after "by" on the noun, the doers are the act's
        subjects (or its agent) with their conjuncts, and the visited party is the one other country among them. None
        when the visit names a place the gazetteer knows ("a visit to X": the rules before place it there), its visitor
        is of no doer's country, or the doers are of no other country or of more than one."""
        dep, children, words = view.dep, view.children, self.words
        h = c.head.i
        up = view.head[h]
        if not c.nominal or view.lemma[h] not in words.trip_noun or dep[h] != "pobj" \
                or up not in self._trip_preps(view) or any(
                    dep[p] == "prep" and (view.lower[p] in words.destination_prep or view.lower[p] in words.place_prep)
                    and self._place(view, o) is not None for p in children[h] for o in children[p] if dep[o] == "pobj"):
            return None
        act = view.head[up]
        for _ in range(4):  # (up from an infinitive or an object the parser hangs the phrase on: "signed a deal to
            # build a railway during a visit by X")
            if any(dep[d] in ("nsubj", "nsubjpass", "agent") for d in children[act]) \
                    or dep[act] not in ("acl", "advcl", "xcomp", "dobj", "conj") or view.head[act] == act:
                break
            act = view.head[act]
        if view.pos[act] != "VERB":
            return None
        visitors = {ref.country for o in by_visitors(view, h)
                    for ref in (self.found.by_token.get(o),) if ref is not None and ref.country}
        doers = [s for s in children[act] if dep[s] in ("nsubj", "nsubjpass")]
        doers += [o for a in children[act] if dep[a] == "agent" for o in children[a] if dep[o] == "pobj"]
        doers += [k for s in doers for k in children[s] if dep[k] == "conj"]
        refs = [(d, ref) for d in doers for ref in (self.found.by_token.get(d),) if ref is not None and ref.country]
        hosts = {ref.country for _, ref in refs} - visitors
        if len(visitors) != 1 or not visitors < {ref.country for _, ref in refs} or len(hosts) != 1:
            return None
        token, ref = next((d, ref) for d, ref in refs if ref.country in hosts)
        return Location(text=view.text[view.idx[token]:view.end[token]], country=ref.country)

    def _met_parties(self, view: ParseView, noun: int) -> list[int]:
        """The parties a meeting noun (an event noun of CAMEO 04 but a call, by its index) names after a
        `meeting_party_prep` ("between", "with"), their conjuncts and the objects of their "of" phrases: where the
        parser hangs the meeting's place ("after talks between the two presidents in Accra", "at talks with the
        ministers of both states in X": the place of the talks, which a party at a meeting is at; session 50). Empty
        for any other word."""
        code = self.lex.nouns.get(view.lemma[noun], "")
        if not code.startswith("04") or code == "041":
            return []
        dep, children = view.dep, view.children
        parties = [o for p in children[noun] if dep[p] == "prep" and view.lower[p] in self.words.meeting_party_prep
                   for o in children[p] if dep[o] == "pobj"]
        parties += [k for o in parties for k in children[o] if dep[k] == "conj"]
        return parties + [o for party in parties for o in of_objects(view, party)]

    def _where_clause_place(self, view: ParseView, verb: int) -> Location | None:
        """The place a "where" clause hangs on: "a visit to Georgetown, where he signed a memorandum"."""
        dep = view.dep
        top = view.coordination_head(verb)
        where = next((ch for ch in view.children[top] if dep[ch] == "advmod" and view.lower[ch] == "where"), None)
        if dep[top] != "relcl" or where is None:
            return None
        place = self._place(view, view.head[top], nested=True)
        if place is None:
            # the parser may hang the clause on a time word after the place ("a visit to Georgetown
            # last week, where ..."): the nearest place before "where", with no verb between
            for i in range(where - 1, max(view.sent_start[view.sent[where]], where - 6) - 1, -1):
                if view.pos[i] in ("VERB", "AUX"):
                    break
                if i in self.found.places:
                    text, country = self.found.places[i]
                    return Location(text=text, country=country)
        return place

    def _place(self, view: ParseView, token: int, nested: bool | int = False) -> Location | None:
        """A named place, or the place in "the town of Saraqeb", "the outskirts of Aleppo", and with
        ``nested`` in "a car in south Lebanon" (two levels deep with ``nested=2``: "at a point along the
        frontier in X")."""
        if token in self.found.places:
            text, country = self.found.places[token]
            return Location(text=text, country=country)
        island = self._home_island(view, token)
        if island is not None:
            return island
        dep, children = view.dep, view.children
        if nested:
            # (an event noun's place may hang on its "of" phrase: "at a meeting of EU and Caribbean ministers in
            # Brussels")
            of = of_objects(view, token) if view.lemma[token] in self.lex.nouns else []
            for prep in (c for t in (token, *of) for c in children[t]):
                if dep[prep] == "prep" and view.lower[prep] in self.words.place_prep:
                    for pobj in children[prep]:
                        inner = self._place(view, pobj, nested=int(nested) - 1) if dep[pobj] == "pobj" else None
                        if inner is not None:
                            return inner
        lemma = view.lemma[token]
        capital = self._bare_capital(view, token)
        if capital is not None:
            return capital
        if lemma in self.words.water_noun:
            return None  # "over the Gulf of Finland", "in the South China Sea": water, no country's ground
        if lemma in self.words.place_noun:
            # "the southern Batken region", "Pakistan's Kurram district": a named place among the place
            # noun's modifiers (the name first, then whose it is)
            named = [m for m in children[token] if dep[m] in ("compound", "poss", "nmod") and m in self.found.places]
            for mod in sorted(named, key=lambda m: dep[m] != "compound"):
                text, country = self.found.places[mod]
                return Location(text=text, country=country)
            for mod in children[token]:  # "the capital's business district"
                capital = self._bare_capital(view, mod) if dep[mod] == "poss" else None
                if capital is not None:
                    return capital
        if lemma in self.words.border_side_noun and any(
                view.dep[p] == "prep" and view.lower[p] == "of" and any(
                    view.dep[o] == "pobj" and view.lemma[o] in self.words.border_noun for o in children[p])
                for p in children[token]):
            # "on the Ivorian side of the border": that state's ground
            for mod in children[token]:
                ref = self.found.by_token.get(mod)
                if dep[mod] in ("amod", "poss", "compound") and ref is not None and ref.country and state_actor(ref):
                    return Location(text=self.text[view.idx[mod]:view.end[token]], country=ref.country)
        # "the Mongolian capital", "Iran's capital": the capital of the state named on it (with "the" or a possessive:
        # "Chinese capital" bare is money)
        described_capital = lemma in self.words.capital_noun and any(
            dep[m] == "poss" or (dep[m] == "det" and view.lower[m] == "the") for m in children[token])
        # (and a state's training or military site, for a deed an agreement sets out or a party commits to with
        # "will": "will train officers at French military schools", "at its bases"; not an offer, "was ready to train
        # them in X academies", which the dev gold leaves unplaced; session 61)
        if lemma in self.words.territory_noun or lemma in self.words.place_noun or described_capital \
                or (lemma in self.words.facility_noun and self.term_told_in_future):
            # "over Romanian territory", "to its border", "the Chilean city of Arica"
            for mod in children[token]:
                ref = self.found.by_token.get(mod)
                if dep[mod] in ("amod", "poss", "compound") and ref is not None and ref.country and state_actor(ref):
                    return Location(text=self.text[view.idx[mod]:view.end[token]], country=ref.country)
        for prep in children[token]:
            if dep[prep] == "prep" and view.lower[prep] == "of":
                for pobj in children[prep]:
                    if dep[pobj] == "pobj" and pobj in self.found.places:
                        text, country = self.found.places[pobj]
                        return Location(text=text, country=country)
                    # "the boundary line of the breakaway region of South Ossetia": a place noun's own place
                    lemma_of = view.lemma[pobj]
                    inner = self._place(view, pobj) if dep[pobj] == "pobj" and lemma_of in self.words.place_noun \
                        and lemma_of not in self.words.water_noun else None
                    if inner is not None:
                        return inner
        return None



def _completed(view: ParseView, verb: int) -> list[int]:
    """The adjectives and forms of "be" a verb completes (by index), each of the one before, or a form of "be" whose
    purpose infinitive it is, with the adjective on it ("is due in X to sign", either parse: "due", "is")."""
    found: list[int] = []
    for _ in range(3):
        up = view.head[verb]
        purpose = view.dep[verb] == "advcl" and any(view.dep[a] == "aux" and view.lower[a] == "to"
                                                   for a in view.children[verb])
        if up == verb or not (view.dep[verb] in ("xcomp", "acomp") or purpose) or view.pos[up] not in ("ADJ", "AUX"):
            break
        verb = up
        found += [verb, *(a for a in view.children[verb] if view.dep[a] == "acomp" and a not in found)]
    return found


def _subject_verb(view: ParseView, verb: int) -> int:
    """The verb (by index) whose subject is that of ``verb``: itself, or the verb it completes ("is due to visit",
    "was expected to travel": "is", "was")."""
    for _ in range(4):
        if view.dep[verb] not in ("xcomp", "acomp") or view.head[verb] == verb \
                or any(view.dep[d] in ("nsubj", "nsubjpass") for d in view.children[verb]):
            return verb
        verb = view.head[verb]
    return verb


def _under_verb(view: ParseView, token: int, top: int) -> bool:
    """Whether a word hangs on a verb other than ``top`` below ``top`` (by their indices): "a ceasefire" in
    "urged him to accept a ceasefire" hangs on "accept"."""
    i = token
    for _ in range(8):
        if i == top or view.head[i] == i:
            return False
        if view.pos[i] in ("VERB", "AUX"):
            return True
        i = view.head[i]
    return False


def of_objects(view: ParseView, noun: int) -> list[int]:
    """The objects of the "of" phrases on a word (by index): "a meeting of EU ministers": "ministers"."""
    return [o for p in view.children[noun] if view.dep[p] == "prep" and view.lower[p] == "of"
            for o in view.children[p] if view.dep[o] == "pobj"]


def complements(view: ParseView, verb: int) -> list[int]:
    """The verbs that complete a verb, each of the one before ("are due to take place": "due", "take";
    "was scheduled to resume": "resume")."""
    found: list[int] = []
    todo = [verb]
    while todo:
        here = todo.pop()
        more = [d for d in view.children[here] if view.dep[d] in ("xcomp", "acomp") and d not in found]
        found += more
        todo += more
    return found
