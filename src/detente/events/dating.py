"""When an act happened: the one date expression of its sentence that dates an event (on its chain of governing words,
a "when" clause, the lone date of a sentence, a weekday or month still to come (not one said of a past verb or
participle, "will patrol the coast under a deal signed on Monday", session 53), an act tied to the dated act before
it by "at the time", an earlier act of the lead dated by the body's first day before the lead's, the lead's news act
relayed by a saying after it dated by the body's first day of the doer's side up to the lead's, and a word act the
speaker adds with "and" after a dated saying dated by it: "said on Tuesday that ..., and urged Bogota to ..."; a
date that opens a sentence reaches a clause joined to its first one, and the means after "by" of that clause's verb,
"In May 2024 X expelled two diplomats, and Y answered by expelling two": both May 2024, but not a joined clause in
the present or the present perfect, "..., and Y has accused X of ...": the time up to now; an act told in a bare
participle after a comma is dated by the clause it hangs on, "imposed sanctions on Thursday on ten officials,
accusing them of ...", and a date the parser hangs on a present participle describing the act's object is the act's,
"intercepted a boat carrying guns late Monday"; a clause joined with a doer of its own that acts on the people of the
first clause by a plural pronoun tells the same scene and takes its lone date, "hundreds of farmers blocked the road
on Monday, and riot police used tear gas to break them up", and "later in the day" after undated sentences of its
paragraph takes the lead's one day, session 49; a mediation is dated by the date before its object, the accord
or talks it made, "brokered a 2019 truce", session 52), and the dates that are only an act's context (a "since"
bound, the clause an "after" clause or an answer in a relative clause hangs on, and the lone date of a past participle
on a noun of another clause, "rejected it, saying the rig was in waters allotted by a treaty signed in 1979", session
52, or set off by a comma where the parser hangs it on the act's verb, "have not eased their ban, imposed in 2021",
session 58); what the pair of a dated agreement "also agreed" takes that agreement's day, "The two sides also
agreed to set up ...", session 58; and an act of the lead done under an agreement whose phrase says a day of the news
week takes that day, "will train its coast guard under an agreement signed on Tuesday", session 59. A mixin of
:class:`detente.events.status.StatusJudge`, which holds the article's state; the date expressions of a sentence and
where they sit in the parse (anchors, the date chain, the tests of a clause) are in its base
:class:`detente.events.date_anchors.DateAnchors`, and the expressions themselves are found by
:mod:`detente.events.dates`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from detente.actors.set_phrases import set_size
from detente.events import cameo, date_values
from detente.events import dates as dates_mod
from detente.events.context import same_paragraph
from detente.events.date_anchors import DateAnchors, after_clause_of, after_gerund_of, infinitive_at
from detente.events.date_arrival import arrives_as_visitor, visitor_names, visitors
from detente.events.date_pacts import (
    occasion_of_a_making,
    retells_the_making,
    tells_a_making,
    under_agreement,
    under_agreement_below,
)
from detente.events.history import afterwards, clause_of, opened_by_when, when_clause
from detente.events.places import complements
from detente.model import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from detente.events.extract import Candidate
    from detente.parse_view import ParseView

T = TypeVar("T")
# the paragraphs after the lead in which wires say when the lead's earlier act happened
BODY_PARAGRAPHS = 3


def means_of(view: ParseView, verb: int) -> int:
    """The verb whose means a gerund after "by" is ("Freedonia answered by expelling two diplomats": "answered"),
    by its index; else ``verb`` itself. The means is done at the time of that verb."""
    prep = view.head[verb]
    if view.dep[verb] == "pcomp" and view.tag[verb] == "VBG" and view.lower[prep] == "by" \
            and view.dep[prep] == "prep" and view.pos[view.head[prep]] == "VERB":
        return view.head[prep]
    return verb


def now_or_since(view: ParseView, verb: int) -> bool:
    """Whether a verb (by its index) is in the present or the present perfect ("has accused", "have met only
    twice", "says"): a clause of now, or of the time up to now, which a past date said of another clause does not
    date."""
    return view.tag[verb] in ("VBZ", "VBP") or any(
        view.dep[a] == "aux" and view.lower[a] in ("has", "have", "'s", "'ve") for a in view.children[verb])


# the kinds of cues.tsv whose phrases tie an act to the date of the act told before it (DateRules._tied)
TIED_KINDS = ("tied", "tied_day", "tied_news", "tied_today", "tied_met", "tied_said")


@functools.cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The pattern of a ``tied`` cue phrase as a whole word sequence, compiled once per phrase."""
    return re.compile(r"\b" + re.escape(phrase) + r"\b")


# the words a framing phrase may put between its determiner and the occasion's noun are words, not a phrase of their
# own: no preposition, conjunction, article or relative word ("at the end of the meeting" is a phrase of its own)
_NOT_MODIFIER = ("of", "and", "or", "but", "a", "an", "to", "in", "on", "at", "with", "for", "by", "from", "which",
                 "that", "who", "where", "when")


@functools.cache
def _framing_pattern(phrase: str, determiners: frozenset[str], other: frozenset[str]) -> re.Pattern[str]:
    """The pattern of a ``tied_day`` or ``tied_said`` phrase of three words, a preposition, a definite or possessive
    determiner and the noun of an occasion or document ("during the visit", "in its letter"), that also matches it with
    any of ``determiners`` and up to two words before the noun ("during his visit", "at the commission's meeting", "in
    its own statement", "at the signing ceremony"): the same occasion or document told before, as the dev gold reads
    them (session 61). Not with an ``other`` word, which names another occasion ("at the next meeting"), nor with "a",
    a new one ("In a statement, ..."). The plain pattern for any other phrase."""
    words = phrase.split()
    if len(words) != 3 or words[1] not in determiners:
        return _phrase_pattern(phrase)
    dets = "|".join(sorted(map(re.escape, determiners)))
    stop = "|".join(sorted(map(re.escape, set(_NOT_MODIFIER) | other)))
    return re.compile(rf"\b{re.escape(words[0])} (?:{dets})(?: (?!(?:{stop})\b)[\w'’-]+){{0,2}} "
                      rf"{re.escape(words[2])}\b")

# the rule note of a date guessed for an undated act of the lead (:meth:`DateRules._told_in_the_body`): a mention of
# the act that names its own date dates it (``Status.date_guessed``, events/acts.py)
BODY_DAY = "an earlier act of the lead, dated by the body's first day before the lead's"


class DateRules(DateAnchors):
    """The date rule of the status step; the judge provides the article's text, actors and publication date."""

    cues: dict[str, frozenset[str]]
    # the ``tied`` phrases of each sentence (:meth:`_tied_phrases`), by its first token: found once a sentence, not
    # once a candidate
    _tied_present: dict[int, tuple[str, list[str]]]
    # the ``tied`` phrases of every kind, in sorted order, each with its last word (:meth:`_tied_phrases`): made once
    # an article, not once a sentence
    _tied_cues: tuple[tuple[str, str], ...] | None = None

    def _because(self, field: str, value: T, reason: str) -> T:
        raise NotImplementedError  # the judge notes the rule that set a field

    def chain(self, token: Token, stop_at_say: bool = True) -> list[Token]:
        raise NotImplementedError

    def _bound(self, view: ParseView, first: int, *also: str) -> bool:
        """Whether the date expression starting at ``first`` follows a bound word (``bound_prep`` in words.tsv:
        "since Monday", "until May"), or one of ``also`` ("before June")."""
        return first > 0 and (view.lower[first - 1] in self.lex.words.bound_prep or view.lower[first - 1] in also)

    def _point_in_time(self, view: ParseView, first: int, value: EventDate) -> bool:
        """Whether a date expression (starting at ``first``, of ``value``) tells when something happened: it has a
        value, and is neither a bound (:meth:`_bound`: "since Monday") nor a deadline (:meth:`_deadline`: "by 2028")."""
        return bool(value.value) and not self._bound(view, first) and not self._deadline(view, first)

    def _deadline(self, view: ParseView, first: int) -> bool:
        """Whether the date expression starting at ``first`` is a deadline (``deadline_prep`` in words.tsv, before
        the date or before "the end of" it, a ``period_part_noun``: "by Saturday", "by the end of 2027"): it dates
        only the act it is set for, not a verb it is said near."""
        words = self.lex.words
        before = first - 1
        if before >= 2 and view.lower[before] == "of" and view.lower[before - 1] in words.period_part_noun:
            before -= 2  # "by the end of 2027"
        before -= before > 0 and view.lower[before] == "the"
        return before >= 0 and view.lower[before] in words.deadline_prep

    def date(self, c: Candidate) -> EventDate | None:
        found = self._date(c)
        if found is None:
            found = self._participle_date(c)
        found = self._time_of_the_invited_trip(c, found)
        found = self._arrival_of_the_visit(c, found)
        found = self._made_under(c, found)
        found = self._also_agreed(c, found)
        return self._forward(c, self._told_in_the_body(c, self._measured_after(c, found)))

    def invited_trip_of(self, c: Candidate) -> int | None:
        raise NotImplementedError  # the judge finds the trip an accepted invitation proposes (PlaceRules._invited_trip)

    def trip_dates(self, c: Candidate, trip: int) -> list[EventDate]:
        """The dates of the candidate's sentence told on a trip (by index), in order: on the trip, on the verb that
        pays the visit (where the parser hangs a trip noun's date) or below them ("to visit Astana next year", "to pay
        a visit to Baku in May")."""
        view = self.found.view(c.head.doc)
        on = {trip, view.head[trip]}
        return [date for first, _last, date in self.sentence_dates(self.found.sentence(c.head))
                if first in on or not on.isdisjoint(view.ancestors(first))]

    def _time_of_the_invited_trip(self, c: Candidate, found: EventDate | None) -> EventDate | None:
        """The one date said on the trip an invitation the act accepts proposes, for an act with no date of its own
        ("accepted an invitation to visit Kazakhstan next year, and trade ministers are due to meet in Astana in
        September": next year, not September), as the dev gold dates such acts by the visit to come even when the
        sentence names other times (session 66, h-date66). None when the trip has no date with a value, or two."""
        if found is not None:
            return found
        trip = self.invited_trip_of(c)
        if trip is None:
            return found
        dates = {v.value: v for v in self.trip_dates(c, trip) if v.value}
        if len(dates) != 1:
            return found
        date = next(iter(dates.values()))
        return self._because("date", date, f"the time {date.text!r} of the trip the accepted invitation proposes "
                                           "(DateRules._time_of_the_invited_trip)")

    def _arrival_of_the_visit(self, c: Candidate, found: EventDate | None) -> EventDate | None:
        """The day the visitor arrived, for a visit named by its noun (``trip_noun``) whose visitor the article says
        arrived on a day (an ``arrival_verb`` with a day of its own, said of a name of the visitor or in a relative
        clause on the visitor's words, on or before the news day and at most a week before it:
        events/date_arrival.py): "signed a pact on Wednesday during a visit by President Mahama ...
        Mahama, who arrived on Tuesday, ..." dates the visit Tuesday, as the README dates a visit by its arrival. The
        found date stays when it is not a day up to a week after that arrival (a visit in an old year, one to come)
        (session 54, h-date54)."""
        words = self.lex.words
        if not c.nominal or c.head.lemma_.lower() not in words.trip_noun or self.base is None:
            return found
        visitor = visitors(c.head)
        if not visitor:
            return found
        names = visitor_names(c.head)  # (worked out once, not for every date of the article)
        doc = c.head.doc
        view = self.found.view(doc)
        days: list[tuple[dt.date, EventDate]] = []
        for sent in doc.sents:
            for first, last, value in self.sentence_dates(sent):
                day = date_values.value_to_day(value.value) if value.granularity == "day" else None
                verb = doc[self._anchor(view, first, last)]
                if day is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in words.arrival_verb \
                        or not arrives_as_visitor(verb, visitor, names) or not 0 <= (self.base - day).days <= 7:
                    continue
                days.append((day, value))
        if len({day for day, _ in days}) != 1:
            return found
        day, value = days[0]
        if found is not None:
            own = date_values.value_to_day(found.value) if found.granularity == "day" else None
            if own is None or not 0 <= (own - day).days <= 7:
                return found
        return self._because("date", value, f"the visitor's arrival {value.text!r}: a visit is dated by its arrival "
                                            "(DateRules._arrival_of_the_visit)")

    def _made_under(self, c: Candidate, found: EventDate | None) -> EventDate | None:
        """The lead's day of the news, for an act with no date of its own that a later sentence says is done under an
        agreement ("Under the accord, Ghana will build ...", "Under it, ..."; events/date_pacts.py), or for the making
        of "the" agreement told again ("The memorandum was signed in Sofia by ..."), when the lead tells
        that agreement made (an ``accord_verb`` with an ``accord_noun``: "signed a border pact on Monday"), as the
        README dates an act by the dated agreement framing it. The talks, meeting or call that making was told at
        (a ``making_occasion_noun`` after "at", "during" or "in" on it: "The agreement was reached during a video call
        between ...") takes its day too (session 62). A ``signed_paper_noun`` counts as the agreement ("The document was
        signed by ...", "The exchange of notes was signed at ...", "Under the document, ..."), and a lead making one
        with a ``paper_exchange_verb`` ("under notes exchanged in Vientiane on Tuesday") tells it made (session 65).
        Not for another event noun, an act told in the past perfect (done under an older deal), the lead itself, or an
        agreement with a date of its own (its own rule dates it) (session 55, h-date55)."""
        if found is not None:
            return found
        words = self.lex.words
        # a paper signed is told made again like an agreement ("The document was signed by ...", "The exchange of
        # notes was signed at ...", "Under the document, ..."), and a lead that makes one by exchanging it ("under notes
        # exchanged in Vientiane on Tuesday") tells it made (session 65)
        papers = words.signed_papers
        exchanges = words.paper_exchange_verb
        verb = c.head
        if c.nominal:
            retold = occasion_of_a_making(c.head, words.making_occasion_noun, words.accord_noun, words.accord_verb)
            if retold is None:
                return found
            verb = retold.head
        else:
            retold = retells_the_making(verb, papers, words.accord_verb, exchanges)
        pact = retold if retold is not None else under_agreement(verb, papers, words.accord_part_noun,
                                                                 words.contrast_mark)
        doc = c.head.doc
        sent = self.found.sentence(c.head)
        view = self.found.view(doc)
        index = self.found.sentence_of[sent.start]
        lead = self._lead_index(view)
        if pact is None and index == lead:
            pact = under_agreement_below(c.head, papers, self._saying_after_the_clause(c.head))
        if pact is None or self._past_perfect(verb):
            return found
        phrase = pact if retold is not None else pact.head
        inside = set(range(phrase.left_edge.i, phrase.right_edge.i + 1))
        if retold is None and not (pact.dep_ == "pobj" and pact.head.lower_ == "under"):
            # "signed a memorandum under which ...": the making's clause, not the relative clause of its terms
            for clause in pact.children:
                if clause.dep_ == "relcl":
                    inside -= set(range(clause.left_edge.i, clause.right_edge.i + 1))
        if index == lead and retold is None:
            return self._under_a_pact_of_the_week(c, pact, inside, found)
        if index <= lead:
            return found
        if any(first in inside for first, _, _ in self.sentence_dates(sent)):
            return found
        lead_words = list(self.found.sentences[lead])
        if not tells_a_making(lead_words, papers, words.accord_verb, exchanges):
            return found
        # the lead's one day of the news, else, when it names two (the signing's and the saying's: "under an agreement
        # signed Thursday ..., the ministry said Friday"), the one day it says on the making ("signed")
        news = self._news_day(view) or self._agreement_day(view, lead + 1, lead)
        if news is None:
            return found
        told = f"the making of {pact.text!r} told again" if retold is not None else f"done under {pact.text!r}"
        told = f"the occasion of {told}" if c.nominal else told
        return self._because("date", news, f"{told}, the agreement the lead tells made on its day {news.text!r} "
                                           "(DateRules._made_under)")

    def _saying_after_the_clause(self, verb: Token) -> Token | None:
        """The reporting verb whose complement is the clause of ``verb`` (going up through verbs it is joined to or
        completes: "Russia will supply ... and finance ..., the president told reporters"), told after that clause;
        None when the clause is no such complement."""
        word = verb
        for _ in range(6):
            if word.dep_ in ("ccomp", "parataxis"):
                saying = word.head
                return saying if saying.i > word.i and saying.pos_ == "VERB" and self.lex.says(saying.lemma_.lower()) \
                    else None
            if word.dep_ not in ("conj", "xcomp") or word.head is word:
                return None
            word = word.head
        return None

    def _under_a_pact_of_the_week(self, c: Candidate, pact: Token, inside: set[int],
                                  found: EventDate | None) -> EventDate | None:
        """The day of the news week said inside the "under" phrase of an act of the lead with no date of its own,
        the day its agreement was made ("Brazil will give Cabo Verde a patrol boat and train its coast guard under an
        agreement signed in Praia on Tuesday": Tuesday, for the training too, wherever the parser hangs the phrase),
        as the README dates an act by the dated agreement framing it. Only one day of the last seven (an older
        agreement frames acts of other times: "returned 200 cars under a deal signed in 2024"); None when two
        (session 59, h-date59)."""
        view = self.found.view(c.head.doc)
        days = {v.value: v for first, _, v in self.sentence_dates(self.found.sentence(c.head))
                if first in inside and v.value and self._this_week(v) and not self._bound(view, first)}
        if len(days) != 1:
            return found
        day = next(iter(days.values()))
        return self._because("date", day, f"done under {pact.text!r}, made on the day {day.text!r} said in its phrase "
                                          "(DateRules._under_a_pact_of_the_week)")

    def _also_agreed(self, c: Candidate, found: EventDate | None) -> EventDate | None:
        """The day of the dated agreement told before, for an act the pair "also agreed" with no date of its own: the
        act's verb, or the verb its clause completes or is said under ("agreed to set up ...", "agreed that the two
        navies would share ..."), an ``agreement`` cue with an ``additive`` cue on it ("also", cues.tsv), its subject
        the pair (a plural ``pair_noun``, ``pair_noun_person`` or ``pair_noun_any`` with "the", "two" or "both": "The
        two sides", "The ministers"; "X and Y"; "They"), in a sentence after the lead. The day is that of the nearest
        sentence before it telling an agreement made whose one day of the news week is said on an ``accord_verb``
        ("signed seven agreements on Tuesday", "agreed on Monday to ..."), as the README dates the pair's joint act told
        as "also agreed" by the dated agreement, even a few paragraphs later (eval/wire/README.md, "ties", audit of
        session 58), also when a spokesman tells it ("Ahn said the two ministers had also agreed to ..."). Not one
        party's "also agreed" ("Dakar also agreed", "It also agreed"), nor an event noun (session 58, h-also58)."""
        if found is not None or c.nominal:
            return found
        verb = self._agreeing_pair(c.head)
        if verb is None:
            return found
        doc = c.head.doc
        view = self.found.view(doc)
        index = self.found.sentence_of[self.found.sentence(c.head).start]
        lead = self._lead_index(view)
        if index <= lead:
            return found
        day = self._agreement_day(view, index, lead)
        if day is None:
            return found
        return self._because("date", day, f"what the pair also agreed ({verb.text!r}), on the day {day.text!r} of the "
                                          "agreement told before it (DateRules._also_agreed)")

    def _agreeing_pair(self, head: Token, additive: bool = True) -> Token | None:
        """The ``agreement`` verb with an ``additive`` cue ("also") whose subject is the pair, that the act's verb is or
        completes (through an infinitive, a verb joined with no subject of its own, or a clause it takes), or None; a
        clause joined with a subject of its own counts only with a ``complementiser`` cue ("that") on it (cues.tsv).
        Without ``additive``, the verb need not carry the additive cue."""
        words = self.lex.words
        verb = head
        for _ in range(4):
            if verb.pos_ == "VERB" and self.cue("agreement", verb.lemma_.lower()):
                break
            # (a clause joined with a subject of its own only as a second clause agreed on: "agreed that ..., and
            # that the two navies would share ...")
            if verb.head is verb or verb.dep_ not in ("xcomp", "conj", "ccomp") or verb.dep_ == "conj" and any(
                    d.dep_ in ("nsubj", "nsubjpass") for d in verb.children) and not any(
                    d.dep_ == "mark" and self.cue("complementiser", d.lower_) for d in verb.children):
                return None
            verb = verb.head
        else:
            return None
        if not self.cue("agreement", verb.lemma_.lower()) \
                or additive and not any(d.dep_ == "advmod" and self.cue("additive", d.lower_) for d in verb.children):
            return None
        subjects = [d for d in verb.children if d.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if subject.lower_ in words.pronoun_plural or any(d.dep_ == "conj" for d in subject.children):
            return verb
        # a set phrase of the pair ("the two sides", "both leaders") or a definite plural of a pair noun ("the
        # ministers", "the delegations")
        view = self.found.view(head.doc)
        pairs = words.pair_noun | words.pair_noun_person | words.pair_noun_any
        if set_size(view, subject.i, pairs, words.pair_alone_noun, words.pair_all_noun, words.pair_adjective) \
                or subject.tag_ == "NNS" and subject.lemma_.lower() in pairs \
                and any(d.dep_ == "det" and d.lower_ in words.definite_det for d in subject.children):
            return verb
        return None

    def _agreement_day(self, view: ParseView, index: int, lead: int) -> EventDate | None:
        """The one day of the news week said on an ``accord_verb`` in the nearest sentence before the sentence
        ``index``, down to the lead, that tells an agreement made and says such a day; None when none or two."""
        words = self.lex.words
        for j in range(index - 1, lead - 1, -1):
            sent = self.found.sentences[j]
            if not tells_a_making(list(sent), words.accord_noun, words.accord_verb):
                continue
            days = self._week_days(view, sent, lambda a: view.lemma[a] in words.accord_verb and view.pos[a] == "VERB")
            if len(days) > 1:
                return None
            if days:
                return next(iter(days.values()))
        return None

    def _participle_date(self, c: Candidate) -> EventDate | None:
        """The date of the clause a bare participle set off by a comma tells more of, for an act told in that
        participle with no date of its own: "Norway imposed sanctions on Thursday on ten officials, accusing them of
        ...", "the ministry said on Tuesday, calling the move hostile", "barred the former president in January
        2023, accusing him of ..." (the accusation is made in that act or saying, on its day). The clause's verb is
        dated as an act of its own with its noun objects for its words (a day the parser hung on the object of
        "imposed sanctions on Thursday" is the verb's). None when the act is no such participle or that verb has no
        date of its own outside what it reports (a "since" bound dates no act: "has kept the border closed since 1994,
        accusing ...")."""
        view = self.found.view(c.head.doc)
        h = c.head.i
        verb = view.head[h]
        first = view.edges(h)[0]
        if c.nominal or view.tag[h] != "VBG" or view.dep[h] != "advcl" or not verb < h or view.pos[verb] != "VERB" \
                or first == 0 or view.lower[first - 1] != "," \
                or any(view.dep[d] in ("nsubj", "nsubjpass", "mark") for d in view.children[h]):
            return None
        doc = c.head.doc
        objects = tuple(doc[o] for o in view.children[verb]
                        if view.dep[o] == "dobj" and view.pos[o] in ("NOUN", "PROPN"))
        clause = replace(c, head=doc[verb], trigger=(doc[verb], *objects), nominal=False, frame=None, frame_token=None)
        date = self._date(clause)
        # the date is said in that clause, not only in what its verb reports ("“what happened in 2022
        # was wrong,” the minister said, thanking ...")
        reported = [r for d in view.children[verb] if view.dep[d] in ("ccomp", "parataxis")
                    for r in range(view.edges(d)[0], view.edges(d)[1] + 1)]
        told = [start for start, _, value in self.sentence_dates(self.found.sentence(c.head)) if value == date]
        if date is None or told and all(start in reported for start in told) or self.bounded_by_since(clause, date):
            return self._because("date", None, "no date expression governs the event or the clause its participle "
                                               "tells more of")
        return self._because("date", date, f"the date {date.text!r} of the clause {view.lower[verb]!r} that the "
                                           "participle after a comma tells more of")

    def _latest_day(self, expressions: list[tuple[int, int, EventDate]]) -> dt.date:
        """The latest day, not after publication, of the date expressions ``expressions`` (of the lead), else
        publication (``self.base``, which the caller has checked is set; not :meth:`_news_day`, the lead's one day of
        the news week)."""
        assert self.base is not None
        days = [d for _, _, v in expressions if v.granularity == "day" and v.value
                and (d := date_values.value_to_day(v.value)) is not None and d <= self.base]
        return max(days, default=self.base)

    def _measured_after(self, c: Candidate, date: EventDate | None) -> EventDate | None:
        """An act of an "after" clause outside the lead, with no date of its own, measured from the clause it hangs
        on by a span within the same day (``same_day_span`` in words.tsv: "hours after", "shortly after") or by a
        count of days ("a day after", "three days after"): the day of that clause, less the days counted. The day of
        that clause is its day expression before the "after" clause ("crossed the river on March 2, 2024, hours after
        Guyana's president criticised ..."), else, when its subject is the definite noun of an act or of a
        ``sequel_verb`` ("the expulsions came a day after ...", "the move came hours after ..."), which wires use for
        the news, the lead's day. Else ``date``."""
        if date is not None and date.value or self.base is None or c.nominal:
            return date
        view = self.found.view(c.head.doc)
        verb = c.head.i
        for _ in range(4):  # the clause's verb, from a verb joined to it ("after gunmen ambushed ... and killed")
            if view.dep[verb] not in ("conj", "xcomp"):
                break
            verb = view.head[verb]
        if self.found.sentence_of.get(verb) == 0 or view.dep[verb] != "advcl":
            return date
        marks = [m for m in view.children[verb] if view.dep[m] == "mark" and view.lower[m] == "after"]
        if not marks:
            return date
        words = self.lex.words
        back = None
        # the span right before "after", which the parser hangs on either clause ("hours after", "three days after")
        span = marks[0] - 1
        if span >= 0 and view.dep[span] in ("npadvmod", "advmod"):
            if view.lower[span] in words.same_day_span:
                back = 0
            elif view.lemma[span] == "day" and view.dep[span] == "npadvmod":
                counts = [n for n in view.children[span] if view.dep[n] in ("nummod", "det")]
                number = 1 if [view.lower[n] for n in counts] in (["a"], ["one"]) else \
                    dates_mod.cardinal(view.lower[counts[0]]) if counts and view.dep[counts[0]] == "nummod" else None
                back = number if number is not None and number <= 7 else None
        if back is None:
            return date
        main = view.head[verb]
        low, _high = view.edges(verb)
        sent = self.found.sentence(c.head)
        expressions = self.sentence_dates(sent)
        days = [d for first, last, v in expressions if last < low and v.granularity == "day" and v.value
                and not self._bound(view, first) and (d := date_values.value_to_day(v.value)) is not None]
        if days:
            day = days[-1]
        else:
            subjects = [s for s in view.children[main] if view.dep[s] in ("nsubj", "nsubjpass")]
            if not subjects or view.lemma[subjects[0]] not in self.lex.nouns \
                    and view.lemma[main] not in words.sequel_verb or view.pos[subjects[0]] != "NOUN" or not any(
                    view.lower[d] == "the" for d in view.children[subjects[0]]):
                return date
            day = self._latest_day(self.sentence_dates(self.found.sentences[0]))
        start = min([span, *(n for n in view.children[span] if n < span)])  # "three days after"
        text = self.text[view.idx[start]:view.end[marks[0]]]
        value = EventDate(text=text, value=(day - dt.timedelta(days=back)).isoformat(), granularity="day")
        return self._because("date", value, f"an 'after' clause measured from the day of the clause it hangs on "
                                            f"({text!r})")

    def _told_in_the_body(self, c: Candidate, date: EventDate | None) -> EventDate | None:
        """An earlier act the lead tells without a day of its own (in an "after" clause of the news, in
        the past perfect, in a relative clause in the simple past: "demanded on Tuesday that China
        release a boat, whom the coast guard detained", in a participle on the people or things acted on: "demanded
        the release of three drivers detained by border guards", or an event noun another act is about: "lodged a
        protest on Tuesday over the detention of 11 fishermen") happened on the first day the body names within
        the week before the lead's day ("... boarded the boat on Monday afternoon"), as wires tell it;
        "hours after" allows only the day before, "days after" not the day before. So did the lead's news act that
        a saying after it relays with no day of the act (:meth:`_relayed_lead_act`), on the first day the body
        names within the week up to the lead's day on a clause the doer's side can have done it in
        (:meth:`_done_by_the_doer`). Else ``date``."""
        sent = self.found.sentence(c.head)
        if self.base is None or self.found.sentence_of[sent.start] != 0:
            return date
        view = self.found.view(sent.doc)
        expressions = self.sentence_dates(sent)
        window = self._about_act_window(view, c.head.i) if c.nominal else self._earlier_act_window(view, c.head.i)
        relayed = window is None and not c.nominal and (date is None or not date.value) \
            and self._relayed_lead_act(view, c)
        if relayed:
            window = 7, 0  # (its saying may be on its day: "was called in on Wednesday", said on Wednesday)
        if window is None or infinitive_at(view, c.head.i):
            return date
        # a day of its own; a date before the subject of a past perfect dates the saying ("said on
        # Tuesday they had attacked")
        own = {c.head.i, *(t.i for t in c.trigger)}
        earlier = self._past_perfect(c.head)
        if any(self._anchor(view, first, last) in own and not (earlier and first < c.head.i)
               for first, last, v in expressions if v.value):
            return date
        lead_values = {v.value for _, _, v in expressions if v.value}
        if date is not None and date.value and (date.value not in lead_values
                                                or date == self._mediated_thing(c, view, expressions)):
            return date
        news = self._latest_day(expressions)
        said = date_values.value_to_day(date.value) if date is not None and date.granularity == "day" else None
        if c.nominal and said is not None and said < news:
            return date  # a day the lead gives the act it is about ("over a strike that killed four on Monday")
        reach = (news - dt.date.min).days  # (no day before the calendar's first: an article dated in year one)
        low, high = news - dt.timedelta(days=min(window[0], reach)), news - dt.timedelta(days=min(window[1], reach))
        paragraph = 0
        for index in range(1, len(self.found.sentences)):
            paragraph += not same_paragraph(self.found, index - 1, index)
            if paragraph > BODY_PARAGRAPHS:
                break
            for first, last, value in self.sentence_dates(self.found.sentences[index]):
                day = date_values.value_to_day(value.value) if value.granularity == "day" else None
                if day is None or self._bound(view, first):
                    continue
                if relayed and not self._done_by_the_doer(view, c, self._anchor(view, first, last)):
                    continue
                if low <= day <= high:
                    return self._because("date", value, f"{BODY_DAY}: {value.text!r}")
        return date

    def _relayed_lead_act(self, view: ParseView, c: Candidate) -> bool:
        """Whether the lead's act (a verb) is its news told before the saying that relays it, with no date of its
        own: the first verb of its coordination, in the simple past or the present perfect, the main clause or the
        clause said by a reporting verb after it ("Ruritania's coast guard took a Freedonian trawler ..., the
        interior ministry said on Friday", "Ruritania has asked Freedonia to ..., the minister told reporters on
        Monday")."""
        h = c.head.i
        if view.dep[h] == "conj" or any(view.dep[a] == "aux" and view.tag[a] == "MD" for a in view.children[h]):
            return False
        perfect = view.tag[h] == "VBN" and any(view.dep[a] == "aux" and view.lower[a] in ("has", "have")
                                               for a in view.children[h])
        if view.tag[h] != "VBD" and not perfect:
            return False
        if view.head[h] == h:
            return True
        saying = view.head[h]
        return view.dep[h] in ("ccomp", "parataxis") and h < saying and view.head[saying] == saying \
            and self.lex.says(view.lemma[saying])

    def _done_by_the_doer(self, view: ParseView, c: Candidate, anchor: int) -> bool:
        """Whether the body's date (by the word it hangs on) is on a clause that can tell the lead's act: not a
        saying ("said on Tuesday"), and with no doer of its own other than the act's doer's side (a passive, "the
        trawler was taken to port on Tuesday", a participle, "the operation, begun at dawn on Sunday", or a
        subject of the doer's code, "Ruritania's envoy delivered the letter on Thursday"; not "farmers blocked the
        road on Monday")."""
        verb = anchor
        for _ in range(8):  # the verb of the phrase the date hangs in, and the verb an infinitive completes
            if view.pos[verb] in ("VERB", "AUX") and view.dep[verb] != "xcomp" or view.head[verb] == verb:
                break
            verb = view.head[verb]
        if self.lex.says(view.lemma[verb]) or view.tag[verb] not in ("VBD", "VBN") \
                or self._to_come(view, verb):
            return False
        subjects = [s for s in view.children[verb] if view.dep[s] == "nsubj"]
        if not subjects:
            return True
        subject = subjects[0]
        if view.tag[subject] in ("WP", "WDT") and view.dep[verb] == "relcl":
            subject = view.head[verb]  # "the president, who flew in on Wednesday"
        # the doer's side: an actor whose code extends the doer's or is extended by it (THA, THAGOV; not KGZCVL for
        # KGZCOP)
        doers = [d for _, ref in c.sources if (d := ref.code or ref.country)]
        refs = self.found.refs_at(subject)
        if not refs:  # a state's craft no actor names ("a navy cutter stopped the trawler on Tuesday")
            words = self.lex.words
            nouns = [subject, *(n for n in view.children[subject] if view.dep[n] == "compound")]
            return any(view.lemma[n] in words.vessel_noun and any(
                view.dep[m] in ("compound", "amod") and (view.lemma[m] in words.state_craft_word
                                                         or view.lower[m] in words.state_craft_word)
                for m in view.children[n]) for n in nouns)
        return all(ref.code and any(ref.code.startswith(d) or d.startswith(ref.code) for d in doers) for ref in refs)

    def _about_act_window(self, view: ParseView, noun: int) -> tuple[int, int] | None:
        """Whether the lead's event noun (by its index) is the act another act of the lead is about (words.tsv
        ``about_act_prep``: "lodged a protest on Tuesday over a coast guard raid on a fishing boat", "demanded an
        inquiry into the killing"), which came before it, and how many days before (most, fewest), as
        :meth:`_earlier_act_window` says for a verb; None when it is not."""
        while view.dep[noun] == "conj" and view.head[noun] != noun:  # "over the seizure of a boat and the arrest"
            noun = view.head[noun]
        prep = view.head[noun]
        if view.dep[noun] != "pobj" or view.lower[prep] not in self.lex.words.about_act_prep:
            return None
        return 7, 1

    def _earlier_act_window(self, view: ParseView, verb: int) -> tuple[int, int] | None:
        """Whether the lead's verb (by its index) tells an act earlier than the lead's news, and how many
        days before it the act may lie (most, fewest); None when it does not."""
        i = verb
        for _ in range(8):
            # the act, or the act a participle of it tells more of ("had attacked a carrier, setting it ablaze")
            if view.dep[i] == "relcl" and view.tag[i] == "VBD" \
                    and not any(view.lower[ch] == "when" for ch in view.children[i]):
                return 7, 1
            if view.tag[i] == "VBN" and any(view.dep[ch] == "aux" and view.lower[ch] in ("had", "'d")
                                            for ch in view.children[i]):
                return 7, 1
            if view.dep[i] == "acl" and view.tag[i] == "VBN" and view.pos[view.head[i]] in ("NOUN", "PROPN") \
                    and view.lemma[view.head[i]] not in self.lex.nouns:
                # a participle on people or things acted on: "demanded the release of six drivers detained by ..."
                # (not on an act's noun, which dates the making of a thing: "a deal brokered by Kiir")
                return 7, 1
            if view.dep[i] == "advcl" and any(view.dep[ch] == "mark" and view.lower[ch] == "after"
                                              for ch in view.children[i]):
                spans = {view.lower[ch] for ch in view.children[i] if view.dep[ch] == "npadvmod"}
                if spans & {"weeks", "months", "years", "week", "month", "year"}:
                    return None
                if spans & {"hours", "minutes", "hour"}:
                    return 1, 1
                if "days" in spans:
                    return 7, 2
                if "day" in spans:
                    return 1, 1
                return 7, 1
            if view.head[i] == i or self.lex.says(view.lemma[i]):
                return None
            i = view.head[i]
        return None

    def bounded_by_since(self, c: Candidate, date: EventDate | None) -> bool:
        """Whether ``date`` is a "since" date on the act's own verb: it bounds a state or a run of acts that goes on
        into the news ("has been negotiating a deal with India since 2019", "rebels, who have fought the army since
        2021") and tells whether the act is background, but is no date of the act, which is undated
        (eval/wire/README.md)."""
        if date is None or not date.value:
            return False
        sent = self.found.sentence(c.head)
        view = self.found.view(sent.doc)
        own = {c.head.i, *(t.i for t in c.trigger)}
        for first, last, value in self.sentence_dates(sent):
            if (value is date or value == date) and first > 0 and view.lower[first - 1] == "since" \
                    and self._anchor(view, first, last) in own:
                self._because("date", None, f"'since {date.text}' bounds a state running into the news: no date "
                                            "of the act")
                return True
        return False

    def told_after(self, c: Candidate, date: EventDate | None) -> bool:
        """An act of an "after" or "before" clause with a doer of its own, or of a gerund "after" or "before" takes
        (:func:`after_gerund_of`, session 60), outside the lead, is not on the date of the clause it hangs on ("cut
        ties with Iran in January 2016 after protesters stormed the Saudi embassy": the storming is earlier and
        undated, README "A date is the act's own only when it is said of the act"; "shut the border in January 2024
        after accusing Kigali": the accusation is undated),
        unless the clause is measured from it ("in 2023 ... within a week after"): whether ``date`` is that clause's.
        It still tells that the act is background. A date inside the clause is the act's."""
        if date is None or not date.value:
            return False
        view = self.found.view(c.head.doc)
        verb = after_clause_of(view, c.head.i)  # up to the clause's verb, from a verb joined to it or a word of it
        if verb is None:
            verb = after_gerund_of(view, c.head.i)  # "shut the border in January 2024 after accusing Kigali"
        if verb is None or self.found.sentence_of.get(verb) == 0:
            return False
        low, high = view.edges(verb)
        if view.lower[low] in self.lex.words.same_day_span:
            return False  # "shortly after ...": measured from that clause (:meth:`_measured_after`)
        sent = self.found.sentence(c.head)
        for first, last, value in self.sentence_dates(sent):
            if (value is date or value == date) and low <= first and last <= high:
                return False  # "after Russia invaded Ukraine in February 2022"
        self._because("date", None, "an 'after' clause with a doer of its own: not on the date of the clause it "
                                    "hangs on")
        return True

    def answers_a_thing(self, c: Candidate, date: EventDate | None) -> bool:
        """A word act of answer (a complaint, rejection, denial or other act of ``answers_an_act`` that is no deed)
        told in a relative clause in the simple past whose doer is named in it, on the thing it answers ("tore down
        two posts in 2024, a step Asuncion denounced", "a law, which Angola rejected", "a speech that Athens
        described as a breach"), is not on the date of the clause that thing comes from
        (README "A date is the act's own only when it is said of the act"): whether ``date`` is that clause's. It
        still tells whether the act is background. Not a clause of the time or place of that thing ("in July
        1969, when Salvadoran troops invaded", "a declaration under which the two sides pledged"), nor one whose
        doer is a pronoun, which may be the doer of the thing itself ("an attack that it blamed on the GRU"); a
        date inside the clause is the act's."""
        code = cameo.lookup(c.cameo)
        if date is None or not date.value or c.nominal or code.is_deed or not code.answers_an_act:
            return False
        view = self.found.view(c.head.doc)
        verb = c.head.i
        # (a simple past: a past participle with a subject and no auxiliary is one the tagger misread)
        simple_past = view.tag[verb] == "VBD" or view.tag[verb] == "VBN" and not any(
            view.dep[a] in ("aux", "auxpass") for a in view.children[verb])
        if view.dep[verb] not in ("relcl", "acl") or not simple_past or not any(
                view.dep[s] == "nsubj" and view.pos[s] in ("PROPN", "NOUN") for s in view.children[verb]):
            return False
        for child in view.children[verb]:
            if view.lower[child] in ("when", "where", "whereby") or view.dep[child] == "prep" and any(
                    view.tag[w] in ("WDT", "WP") for w in view.children[child]):
                return False
        low, high = view.edges(verb)
        clause = self.text[view.idx[low]:view.end[high]].lower()
        if any(_phrase_pattern(p).search(clause) for p in self.cues.get("tied", frozenset())
               | self.cues.get("tied_news", frozenset()) | self.cues.get("tied_today", frozenset())):
            return False  # "a finding Chad rejected at the time": tied to that thing's time
        # a date of this sentence outside the clause (not one the body gives an earlier act of the lead)
        outside = False
        for first, last, value in self.sentence_dates(self.found.sentence(c.head)):
            if value is date or value == date:
                if low <= first and last <= high:
                    return False
                outside = True
        if not outside:
            return False
        self._because("date", None, "an answer, in a relative clause with a doer of its own, to the thing it "
                                    "hangs on: not on that thing's date")
        return True

    def planned(self, c: Candidate, date: EventDate | None, modality: str) -> EventDate | None:
        """A bare month or weekday after an act the status step found planned or still to come (modality
        ``future`` or ``intended``: "was hoping to arrange a meeting at the summit in November", or
        ``hypothetical`` on a bare verb: "may hold a meeting in August") is the next one, as
        :meth:`_forward` makes it for a "will"/"would" on the act."""
        if modality not in ("future", "intended", "hypothetical"):
            return date
        view = self.found.view(c.head.doc)
        if modality == "hypothetical" and (view.tag[c.head.i] != "VB" or not any(
                view.dep[a] == "aux" and view.tag[a] == "MD" for a in view.children[c.head.i])):
            # an act that may come ("may hold a meeting in August": a modal on a bare verb) is still to come,
            # one that may have happened ("may have crossed in March") is not, nor one failed ("failed to reach")
            return date
        if date is not None and self._on_a_past_verb(c, date):
            # "had agreed in December to provide a loan": the month of the agreement, which is past
            return date
        return self._forward(c, date, planned=True)

    def _on_a_past_verb(self, c: Candidate, date: EventDate, participle_only: bool = False) -> bool:
        """Whether the sentence's expression of ``date`` modifies a verb told in the past (simple past or
        perfect: "agreed in March to send", "had agreed in December to provide"), or a noun of such a verb's clause
        ("had been planned at a meeting in March"); with ``participle_only``, also (and only then) a past participle
        that tells a thing done (:meth:`_past_participle`: "under a deal signed on Monday")."""
        sent = self.found.sentence(c.head)
        view = self.found.view(sent.doc)
        for first, last, value in self.sentence_dates(sent):
            if value is not date and value != date:
                continue
            verb = self._anchor(view, first, last)
            for _ in range(8):  # the verb of the occasion a date is on ("had been planned at a meeting in March")
                if view.pos[verb] in ("VERB", "AUX") or view.head[verb] == verb:
                    break
                verb = view.head[verb]
            if view.tag[verb] == "VBD" or view.tag[verb] == "VBN" and any(
                    view.dep[a] == "aux" and view.lower[a] in ("had", "'d", "has", "have")
                    for a in view.children[verb]):
                return True
            if participle_only and self._past_participle(view, verb) and not self._bound(view, first):
                return True  # (not "held since May": a state still going on, no point in the past)
        return False

    @staticmethod
    def _past_participle(view: ParseView, verb: int) -> bool:
        """Whether the past participle at ``verb`` tells a thing done: one with no auxiliary that describes a noun ("a
        deal signed on Monday") or a passive in the past ("was signed on Monday"), not one still to come ("will be
        signed on Monday", "is to be signed", "are expected to be signed")."""
        if view.tag[verb] != "VBN":
            return False
        aux = [view.lower[a] for a in view.children[verb] if view.dep[a] in ("aux", "auxpass")]
        if not aux:
            return view.dep[verb] in ("acl", "amod")
        return all(a in ("was", "were") for a in aux)

    def _forward(self, c: Candidate, date: EventDate | None, planned: bool = False) -> EventDate | None:
        """A bare weekday, month or month and day on an act still to come ("would start on Saturday",
        "are due to meet in July", "will hold a summit on March 19") is the next such day or month,
        not the last one."""
        if date is None or not date.value or not self.base or date.granularity not in ("day", "month"):
            return date
        kind = self._bare_calendar_words(date)
        if kind is None:
            return date
        sent = self.found.sentence(c.head)
        # what puts the act to come: a "will"/"would" on it or on the trip its purpose clause is for
        # ("would travel to Washington on Monday to meet ..."), or a "due to"/"set to" over it
        chain = self.chain(c.head)
        view = self.found.view(c.head.doc)
        to_come = [child for token in chain[:3] for child in view.children[token.i]
                   if view.dep[child] == "aux" and self.lex.to_come(view.lower[child])]
        # (also over the trip a purpose clause is for: "is set to visit Rabat on Friday to sign a deal")
        for lower, upper in zip(chain[:2], chain[1:3]):
            if not infinitive_at(view, lower.i):
                break
            if self.cue("scheduled", upper.lower_):
                to_come.append(upper.i)
                break
        start = min([c.head.idx, *(view.idx[i] for i in to_come)])
        # (or the infinitive of the act's chain the date sits on: "agreed to meet again on March 2 to discuss ...")
        named = self._on_the_infinitive_named(c, date)
        if not named and self.text.find(date.text, start, sent.end_char) < 0:
            return date  # "said on Tuesday it would ...": a weekday before the act dates the saying
        if not to_come and not planned and not named:
            return date
        if self._on_a_past_verb(c, date, participle_only=True):
            # the day is said of a word told in the past, not of the act to come: "will help patrol the coast under a
            # deal signed on Monday" is the last Monday, the deal's (session 53)
            return self._because("date", date, f"{kind} {date.text!r} said of a verb or participle in the past")
        if kind == "weekday":
            day = dt.date.fromisoformat(date.value)
            if day < self.base:
                coming = EventDate(text=date.text, value=(day + dt.timedelta(days=7)).isoformat(), granularity="day")
                return self._because("date", coming, f"bare weekday {date.text!r} on an act still to come")
            return date
        # a month, or a month and day, named without a year: the one after publication
        if date.value[:7] < self.base.isoformat()[:7] or (
                date.granularity == "day" and date.value < self.base.isoformat()):
            year = int(date.value[:4]) + 1
            value = f"{year:04d}{date.value[4:]}"
            if date.granularity == "day":
                next_day = date_values.valid_date(year, int(date.value[5:7]), int(date.value[8:10]))
                if next_day is None:
                    return date  # February 29 in a year without one
                value = next_day.isoformat()
            coming = EventDate(text=date.text, value=value, granularity=date.granularity)
            return self._because("date", coming, f"month {date.text!r} without a year on an act still to come")
        return date

    @staticmethod
    def _result_clauses(view: ParseView, c: Candidate) -> set[int]:
        """The verbs (by their indices) of the relative clauses on an event noun whose subject is the relative
        pronoun, in the simple past: what the act did ("a strike that killed four herders")."""
        return {v for v in view.children[c.head.i] if view.dep[v] == "relcl" and view.tag[v] == "VBD"
                and any(view.dep[s] == "nsubj" and view.tag[s] in ("WDT", "WP") for s in view.children[v])}

    @staticmethod
    def _object_participles(view: ParseView, chain: set[int]) -> set[int]:
        """The present participles (by their indices) with no subject of their own that describe the noun object of a
        verb of ``chain`` ("intercepted a boat carrying guns", "detained a trawler fishing without a licence"): the
        object as it was at the act, so that a date the parser hung on the participle is the act's."""
        return {p for v in chain if view.pos[v] == "VERB" for o in view.children[v]
                if view.dep[o] == "dobj" and view.pos[o] in ("NOUN", "PROPN")
                for p in view.children[o] if view.dep[p] == "acl" and view.tag[p] == "VBG" and not view.own_subject(p)}

    def _on_the_infinitive_named(self, c: Candidate, date: EventDate) -> bool:
        """Whether ``date`` sits on a "to"-infinitive of the act's chain that an ``agreement`` verb names (cues.tsv), an
        act agreed on, which comes after the agreeing, and the sentence gives that verb no time of its own: the news
        ("agreed to meet again in Doha on March 2"; not "agreed in January to meet on March 2", nor "failed to
        reach a deal on Sunday"), or on the "to"-infinitive of an ``invitation`` noun of the act's words ("accepted an
        invitation to visit Rabat in September": the visit's month, session 53)."""
        sent = self.found.sentence(c.head)
        view = self.found.view(sent.doc)
        chain = {c.head.i, *(t.i for t in c.trigger), *(t.i for t in self.chain(c.head))}
        anchors = [(self._anchor(view, first, last), value) for first, last, value in self.sentence_dates(sent)]
        on_it = [anchor for anchor, value in anchors if value is date or value == date]
        if len(on_it) != 1 or not infinitive_at(view, on_it[0]) or view.head[on_it[0]] == on_it[0] \
                or any(anchor in chain for anchor, value in anchors if anchor != on_it[0]):
            return False
        head = view.head[on_it[0]]
        # (or the infinitive of an invitation the act's words name: "accepted an invitation to visit Rabat in
        # September" is the visit's month, still to come; session 53)
        return self.cue("agreement", view.lemma[head]) and on_it[0] in chain \
            or view.dep[on_it[0]] == "acl" and self.cue("invitation", view.lemma[head]) and head in chain

    def _when_of_date(self, head: Token, expressions: list[tuple[int, int, EventDate]]) -> EventDate | None:
        """The date a "when" relative clause hangs on: "since June, when Israel struck the sites"; a verb joined
        in it, with a doer of its own too, is at that time ("since 2025, when Britain listed Iran and police
        charged three men"), not one told as later ("and Tehran later retaliated")."""
        view = self.found.view(head.doc)
        verb = when_clause(view, head.i)
        if verb is None or view.dep[verb] != "relcl":
            return None
        head = head.doc[verb]
        for first, last, value in expressions:
            if first <= head.head.i <= last:
                return value
        return None

    def _date(self, c: Candidate) -> EventDate | None:
        sent = self.found.sentence(c.head)
        expressions = self.sentence_dates(sent)
        if not expressions:
            # (the act's words walked only in a sentence that holds a phrase tying it to another act)
            tied = self._tied_date(c, sent, {c.head.i, *(t.i for t in c.trigger), *self._date_chain(c.head)}) \
                if self._tied_phrases(sent)[1] else None
            if tied is not None:
                return tied
            continued = self._continued_statement(c, sent)
            if continued is not None:
                return self._because("date", continued, f"a dated statement its speaker goes on with as a pronoun "
                                                        f"({continued.text!r})")
            return self._because("date", None, "no date expression in the sentence")
        when = self._when_of_date(c.head, expressions)
        if when is not None:
            return self._because("date", when, "a 'when' clause on the date it names ('in June, when ...')")
        view = self.found.view(sent.doc)
        # (before a date on a verb the act's clause hangs on: "Kenya, which mediated a 2018 accord, recalled its
        # envoy on Friday" is 2018)
        made = self._mediated_thing(c, view, expressions)
        if made is not None:
            return self._because("date", made, f"{made.text!r} on the accord or talks the mediation made, its object")
        # an appeal's or demand's date is not that of the act it asks for ("pressed Lebanon to disarm
        # Hezbollah by the end of the year": the deadline dates the disarming)
        trigger = {t.i for t in c.trigger if t.i == c.head.i or not c.cameo.startswith(("02", "10"))
                   or not infinitive_at(view, t.i)}
        # a deadline ("by Saturday") dates only the act's own words: "ordered a diplomat to leave by Saturday and
        # summoned the ambassador" is neither an order nor a summons of that day
        own_words = {c.head.i} | trigger
        # the complement a verb pattern names is part of the act ("ordered two diplomats to leave the country
        # within 72 hours on Wednesday": the expulsion's day)
        trigger |= self.pattern_complements(c, view)
        chain = set(self._date_chain(c.head)) | trigger
        # the verbs that complete the verb an event noun is the subject of tell when it happens ("talks are
        # scheduled to resume in Juba on May 4", "the meeting is due to take place on Friday")
        completing = set(complements(view, c.head.head.i)) if c.nominal and c.head.dep_ in ("nsubj", "nsubjpass") \
            else set()
        # and so does a relative clause of the event noun whose subject is the relative pronoun, which tells what the
        # act did ("over a drone strike that killed four herders on Monday": Monday)
        completing |= self._result_clauses(view, c) if c.nominal else set()
        # and a present participle describing the object of a verb of the chain, which tells the object as it was when
        # the act was done ("intercepted a boat carrying guns off the coast late Monday": Monday)
        completing |= self._object_participles(view, chain)
        chain |= completing
        # a day dates the act it is said of, not the making of a thing that act names ("agreed a truce on
        # Tuesday, brokered by Turkey": undated), while a month or a year spans both ("halted attacks in
        # May under an agreement mediated by Oman": May)
        day_chain = set(self._date_chain(c.head, through_participles=False)) | trigger | completing
        if self._talked_about(c):
            # an act named as what another verb is about is not dated by that verb ("condemned on Wednesday
            # the raid on Jenin", "met X on Tuesday and urged Athens to halt its drills"), unlike the noun
            # of a light verb ("launched an attack on Tuesday") or a plan ("to arrange a meeting in November")
            chain = day_chain = {c.head.i} | trigger
        asked = {t.i for t in c.trigger} - trigger
        own = {c.head.i} | trigger
        best = None
        reason = ""
        anchors = [self._anchor(view, first, last) for first, last, _ in expressions]
        anchors = [self._date_occasion_of(view, first, last, anchor, chain)
                   for (first, last, _), anchor in zip(expressions, anchors)]
        for (_, _, value), anchor in zip(expressions, anchors):
            # a date told on from the act before ("expelled French troops in 2022 and asked a U.N. mission to leave
            # the following year") is the time of this act, the next one told, wherever the parser hung it on the
            # infinitive the act names
            if value.value and dates_mod.follows_a_date(value) and view.dep[anchor] == "xcomp" \
                    and view.head[anchor] == c.head.i and not view.own_subject(anchor):
                return self._because("date", value, f"{value.text!r}, told on from the act before, on the "
                                                    "infinitive the act names")
        # a date in the phrase of the act another act is about dates that act ("condemned Israel's approval in August
        # 2025 of the E1 project", "condemned an attack on Saturday on a cargo ship": undated)
        about = {first for first, last, _ in expressions if self._on_the_object_act(view, c, first, last)}
        for (first, _, value), anchor in zip(expressions, anchors):
            if first in about:
                continue
            # "has besieged the city since May 2024, and has shelled the camps": the start of a state
            # dates that state only
            since = first > 0 and view.lower[first - 1] == "since"
            deadline = self._deadline(view, first)
            if anchor in (own_words if deadline else own if since else day_chain if value.granularity == "day"
                          else chain):
                distance = abs(anchor - c.head.i)
                if best is None or distance < best[0]:
                    best = (distance, value)
                    reason = f"anchored on {view.text[view.idx[anchor]:view.end[anchor]]!r}, which governs the event"
        if best is not None:
            return self._because("date", best[1], reason)
        met = self._pair_agreeing_there(view, c, expressions, anchors, about)
        if met is not None:
            return self._because("date", met, f"what the pair agreed, joined to the clause of its meeting or call on "
                                              f"{met.text!r} (DateRules._pair_agreeing_there)")
        shared = self._date_of_the_next_verb(view, c, expressions, anchors, about)
        if shared is not None:
            return self._because("date", shared, f"the date {shared.text!r} that closes the verb joined after the "
                                                 "act's with no doer of its own: one date for both "
                                                 "(DateRules._date_of_the_next_verb)")
        at_the_time = self._date_of_its_when_clause(view, c, expressions, anchors, chain)
        if at_the_time is not None:
            return self._because("date", at_the_time, f"the date {at_the_time.text!r} of the past 'when' clause on the "
                                                      "act's verb: the same time")
        news = self._news_of_simultaneous_clause(view, chain)
        for (_, _, value), anchor in zip(expressions, anchors):
            if anchor in news and value.value:
                # "fighting spread to Goma on Tuesday, residents said, as Kinshasa called on ...": an act
                # told as happening as the news was reported happens on the news's day
                return self._because("date", value, "a clause of the same time ('as') on the report of a dated act")
        said = self._said_on(c, view, expressions, anchors)
        if said is not None:
            return self._because("date", said, f"a word act that is what was said on {said.text!r}")
        tied = self._tied_date(c, sent, chain)
        if tied is not None:
            return tied
        # a date of another clause is not the event's: one on a reporting verb dates the saying ("said on
        # Tuesday they had attacked"); for the lone date, one on a verb with a subject of its own dates that
        # clause ("Wong, who arrived on Wednesday, signed ...", "has pressed X, and Washington had
        # threatened in January"), while a past perfect takes the one explicit date of its background
        # sentence wherever the parser hung it
        saying = {first for (first, _, _), anchor in zip(expressions, anchors)
                  if self._on_reporting_verb(view, anchor, chain)}
        explicit = [v for first, _, v in expressions if v.value and v.value[:4].isdigit() and v.granularity != "week"
                    and not self._bound(view, first, "before")
                    and first not in saying and first not in about]
        # a day of the news dates the news, not an earlier act told in the past perfect ("accused China
        # on Wednesday ..., and said it had asked the United States to help")
        earlier = self._past_perfect(c.head)
        # and a date on a to-infinitive dates the act asked for or planned, not one done ("had asked her
        # to put the issue on the agenda of a summit on March 19")
        explicit = [v for (first, _, v), anchor in zip(expressions, anchors)
                    if v in explicit and not self._in_a_plan(view, anchor, c.head.i)]
        if len(explicit) == 1 and earlier and not self._this_week(explicit[0]):
            at = next((first, last, anchor) for (first, last, v), anchor in zip(expressions, anchors)
                      if v is explicit[0])
            if self._in_the_acts_clause(view, c, *at, chain):
                return self._because("date", explicit[0], "the sentence's one explicit date, on a past perfect")
            return self._because("date", None, f"the sentence's one explicit date {explicit[0].text!r} is said in "
                                               "another clause with a doer of its own, not of the past perfect act")
        lead = self._lead_day(c, view, expressions, anchors, chain)
        if lead is not None:
            return self._because("date", lead, f"the lead's day {lead.text!r}, said of a verb the act is joined to")
        # the means of a verb ("Freedonia answered by expelling two diplomats") is judged as that verb's clause
        verb = means_of(view, c.head.i)
        if len(expressions) == 1 and view.pos[verb] == "VERB" and view.dep[verb] in ("ROOT", "conj", "ccomp"):
            # a lone date the parser hung elsewhere ("fired tear gas at a crowd trying to reach the
            # embassy two days ago")
            first, last, value = expressions[0]
            anchor = anchors[0]
            if anchor not in chain and anchor not in asked and value.value and view.dep[anchor] != "appos" \
                    and not self._deadline(view, first) \
                    and not self._on_reporting_verb(view, anchor, chain) \
                    and not (earlier and self._this_week(value)) and not afterwards(view, verb) \
                    and (not self._other_clause(view, anchor) or self._same_scene(view, verb, anchor)) \
                    and not self._names_a_thing(view, first, last, chain) \
                    and first not in about \
                    and not self._of_an_act_to_come(view, anchor, verb) \
                    and not self._in_relative_clause(view, anchor, chain) \
                    and not self._in_a_bounding_phrase(view, first, chain) \
                    and not self._in_participle_of_another_clause(view, anchor, chain) \
                    and not self._participle_set_off(view, anchor, chain) \
                    and not self._in_a_plan(view, anchor, verb, asked=True) \
                    and not self._bound(view, first) \
                    and not self._joined_with_a_doer(view, verb, first, self.found.sentence_of[sent.start]):
                if self._same_scene(view, verb, anchor):
                    return self._because("date", value, "the lone date of the clause it is joined to, whose people "
                                                        "it acts on: one scene")
                return self._because("date", value, "the sentence's lone date, in no clause of its own")
        return self._because("date", None, "no date expression governs the event")

    def _pair_agreeing_there(self, view: ParseView, c: Candidate, expressions: list[tuple[int, int, EventDate]],
                             anchors: list[int], about: set[int]) -> EventDate | None:
        """The day of the clause the pair's agreement is joined to with "and", for an act the pair agreed with no time
        words of its own ("X spoke with Y by telephone on Tuesday, and the two leaders agreed to set up a joint team":
        Tuesday), the joint act of the pair who met or spoke (eval/wire/README.md, what "ties" means: "the joint act
        of the pair who met"). The agreement verb's subject is the pair (:meth:`_agreeing_pair`, "also" or not), the
        clause it is joined to comes first and has one day of its own, not on a saying. None otherwise."""
        if c.nominal:
            return None
        verb = self._agreeing_pair(c.head, additive=False)
        # (not a clause said with "that", one in the past perfect, nor one joined to a plan: "said a consul would
        # travel on Saturday, and that the two ministers had agreed to ...")
        if verb is None or verb.dep_ != "conj" or not view.own_subject(verb.i) or view.past_perfect(verb.i) \
                or any(d.dep_ == "mark" for d in verb.children):
            return None
        top = view.head[verb.i]
        if any(view.dep[a] == "aux" and self.lex.to_come(view.lower[a]) for a in view.children[top]):
            return None
        # (not a saying that tells a clause: "said on Tuesday that ..., and the two sides agreed")
        if not top < verb.i or view.pos[top] != "VERB" or self.lex.says(view.lemma[top]) and any(
                view.dep[d] in ("ccomp", "parataxis") for d in view.children[top]):
            return None
        days = {value.value: value for (first, _, value), anchor in zip(expressions, anchors)
                if anchor == top and value.granularity == "day" and first < verb.i and first not in about
                and self._point_in_time(view, first, value)}
        return next(iter(days.values())) if len(days) == 1 else None

    def _date_of_the_next_verb(self, view: ParseView, c: Candidate, expressions: list[tuple[int, int, EventDate]],
                               anchors: list[int], about: set[int]) -> EventDate | None:
        """The date said after the verb joined next to the act's verb with "and" and no doer of its own, told in the
        same tense: one doer's two steps told with one time at their end ("Kiribati cut ties with Taiwan and
        recognised Beijing in September 2019": both 2019-09), for an act whose own words have no date. Not a clause
        told as later ("and later charged") or a saying (a date on it dates the saying), nor a date that bounds
        ("since", "until"), is a deadline ("by 2028") or names what another act is about. None otherwise."""
        h = c.head.i
        if c.nominal or view.pos[h] != "VERB":
            return None
        joined = [v for v in view.children[h] if view.dep[v] == "conj" and v > h]
        if not joined:
            return None
        verb = joined[0]
        if view.pos[verb] != "VERB" or view.own_subject(verb) or view.tag[verb] != view.tag[h] \
                or afterwards(view, verb) or self.lex.says(view.lemma[verb]):
            return None
        auxiliaries = {view.lower[a] for a in view.children[verb] if view.dep[a] in ("aux", "auxpass")}
        if auxiliaries - {view.lower[a] for a in view.children[h] if view.dep[a] in ("aux", "auxpass")}:
            return None
        found = [value for (first, _, value), anchor in zip(expressions, anchors)
                 if anchor == verb and first > verb and first not in about and self._point_in_time(view, first, value)]
        return found[0] if len(found) == 1 else None

    def _on_the_object_act(self, view: ParseView, c: Candidate, first: int, last: int) -> bool:
        """Whether a date (the words ``first`` to ``last``) is inside the phrase of the object of a ``presupposing``
        verb (cues.tsv: "condemn", "criticise"), the act's own or one it is joined to, an act that happened before the
        one about it: said between the object and a phrase of its own ("condemned Israel's approval in August 2025 of
        the E1 project", "condemned an attack on Saturday on a cargo ship, and called on ..."), it is that act's date,
        not the condemning's (README "Dates": a date on a noun of another clause dates that thing; session 61). A date
        after the object's phrase ("condemned the attack on Tuesday") is left to the verb, as the dev gold reads it."""
        if c.nominal or last + 1 >= len(view.dep) or view.dep[last + 1] != "prep":
            return False
        top = view.coordination_head(c.head.i)
        verbs = {c.head.i, top, *(v for v in view.children[top] if view.dep[v] == "conj")}
        objects = {o for v in verbs if self.cue("presupposing", view.lemma[v].lower()) for o in view.children[v]
                   if view.dep[o] == "dobj" and view.pos[o] == "NOUN" and o < first}
        return bool(objects) and (view.head[last + 1] in objects or first <= view.head[last + 1] <= last)

    def _date_of_its_when_clause(self, view: ParseView, c: Candidate, expressions: list[tuple[int, int, EventDate]],
                                 anchors: list[int], chain: set[int]) -> EventDate | None:
        """The one date said in a past "when" clause on a verb of the act's chain, when no date governs the act:
        the act happened at that time ("upgraded their ties when Modi visited Seoul in 2015": 2015; "was the first to
        establish relations when it won independence in 2002": 2002; session 60, h-date60). A clause in the present
        or future ("when it expires at the end of the year") tells a condition, not a time; a week, a bound ("since
        2016") or a deadline gives none. None for an event noun, several dates in the clause or none."""
        if c.nominal:
            return None
        clauses = {w for v in chain if view.pos[v] in ("VERB", "AUX") for w in view.children[v]
                   if view.dep[w] == "advcl" and view.tag[w] == "VBD" and opened_by_when(view, w)}
        if not clauses:
            return None
        found = [value for (first, last, value), anchor in zip(expressions, anchors)
                 if value.granularity != "week" and clause_of(view, anchor) in clauses
                 and self._point_in_time(view, first, value)]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _mediated_thing(c: Candidate, view: ParseView,
                        expressions: list[tuple[int, int, EventDate]]) -> EventDate | None:
        """The date before the noun a mediation's verb takes as its object, the accord, truce or talks it brokered
        ("Oman, which brokered a 2019 truce, said ...", "Norway mediated the March 2019 talks", "the envoy, who
        mediated Monday's talks, said ..."): the mediator acted when the thing was made, so its date is the act's
        (as the dev gold dates every such act; a date before the object of another act, "violated a 1969 treaty",
        dates only the treaty). None for an act of another code, one named by its noun, or no such date (session
        52)."""
        if c.nominal or not c.cameo.startswith(cameo.MEDIATE):  # done when what it mediates is made
            return None
        h = c.head.i
        objects = {o for o in view.children[h] if view.dep[o] == "dobj"}
        objects |= {j for o in objects for j in view.children[o] if view.dep[j] == "conj"}
        found = [value for first, last, value in expressions if value.value and value.granularity != "week"
                 and view.dep[view.root(first, last + 1)] in ("poss", "compound", "nmod", "amod", "nummod", "npadvmod")
                 and view.head[view.root(first, last + 1)] in objects]
        return found[0] if len(found) == 1 else None

    def _in_the_acts_clause(self, view: ParseView, c: Candidate, first: int, last: int, anchor: int,
                            chain: set[int]) -> bool:
        """Whether the one explicit date of a background sentence (the words ``first`` to ``last``, on ``anchor``)
        is said in the clause of the act told in the past perfect, and so dates it wherever the parser hung it
        ("Angolan police had arrested the six men on Feb. 9, accusing them of poaching"; "Doha, which had hosted a
        2024 round of talks": 2024): the date is in the act's clause (:func:`detente.events.history.clause_of`: the
        same verb with a subject of its own) or in a relative clause on a party to the act (:meth:`_on_a_party`), it
        opens the sentence whose first clause the act's is joined to ("In
        November 2025, Nigerien troops had closed the post, and Benin had protested to Niamey"), or it is on the
        accord a relative clause of the act hangs on ("the 2021 charter, under which both states had pledged to
        ..."). Not a date of another clause with a doer of its own ("Stockholm had protested the detentions in
        December, and Moscow had rejected the protest", "a second shipment, which customs officers found on Feb. 2",
        "when its army said Eritrean troops had shelled a village"), one before a noun of another clause ("under a
        2019 fisheries pact") nor one on a verb still to come ("had urged Lome to scrap the ban and would take the
        dispute to a regional meeting next month")."""
        act = clause_of(view, c.head.i)
        thing = view.head[view.root(first, last + 1)]
        if thing in (view.head[act] if view.dep[act] == "relcl" else -1, *(
                o for o in view.children[c.head.i] if view.dep[o] == "dobj")):
            return True  # the act's own object, or the agreement its relative clause hangs on
        verb = view.clause_verb(anchor) if view.pos[anchor] not in ("VERB", "AUX") else anchor
        if self._names_a_thing(view, first, last, chain) or verb != c.head.i and (
                self._to_come(view, verb) or view.dep[verb] == "acl" and any(
                    view.dep[a] == "agent" for a in view.children[verb])):
            return False  # (a participle with a doer of its own: "a cargo boat seized by coast guards in March")
        where = clause_of(view, anchor)
        if where == act or self._on_a_party(view, where, c.head.i):
            return True
        # a time clause on the act's clause is of its time ("had deteriorated as its leaders announced X and left in
        # 2012": 2012, as :meth:`_other_clause` reads it)
        for _ in range(4):  # (up the clauses the date's is joined to or said in, to the time clause)
            if view.dep[where] not in ("conj", "ccomp", "advcl") or view.head[where] == where:
                break
            if view.dep[where] == "advcl" and clause_of(view, view.head[where]) == act:
                return True
            where = clause_of(view, view.head[where])
        opening = view.opens_sentence(first) or first > 0 and view.pos[first - 1] == "ADP" \
            and view.opens_sentence(first - 1)
        if opening and view.head[view.coordination_head(act)] == view.coordination_head(act):
            return True
        return view.dep[act] == "relcl" and view.head[act] == anchor

    @staticmethod
    def _on_a_party(view: ParseView, clause: int, verb: int) -> bool:
        """Whether a clause (its verb, by its index) is a relative clause whose subject is the relative pronoun, on
        the object of the act's verb ``verb`` or on the noun of a phrase on the verb or its object: the party the act
        was done with or on, as it was then, so that the clause's date is the occasion of the act ("had raised the
        dispute with a delegation that visited Lima in May 2024", "had rescued sailors whose ship sank in March":
        May 2024, March)."""
        noun = view.head[clause]
        on = view.head[view.head[noun]]  # what the phrase of a "pobj" is on: the verb, or its object
        if view.dep[clause] != "relcl" or not (
                view.head[noun] == verb and view.dep[noun] in ("dobj", "dative")
                or view.dep[noun] == "pobj" and (on == verb or view.head[on] == verb and view.dep[on] == "dobj")):
            return False
        return any(view.dep[s] in ("nsubj", "nsubjpass") and (view.tag[s] in ("WDT", "WP") or any(
            view.tag[p] == "WP$" for p in view.children[s])) for s in view.children[clause])

    def _said_on(self, c: Candidate, view: ParseView, expressions: list[tuple[int, int, EventDate]],
                 anchors: list[int]) -> EventDate | None:
        """The day of a dated saying whose content is the act, a word act told as what was said, not as an earlier
        deed: "the bloc said on Thursday it backed the decision", "said on Friday that it rejected the
        charges" (README "A date on the saying dates a statement"); not a deed ("said on Thursday it had paused
        funding"), an act in the past perfect or still to come, nor an act told before its saying. None when there
        is no such day."""
        h = c.head.i
        if c.nominal or cameo.lookup(c.cameo).is_deed or view.tag[h] not in ("VBD", "VBZ", "VBP") \
                or any(view.dep[a] in ("aux", "auxpass") for a in view.children[h]):
            return None  # (a plan or an act still to come told in the saying is not the saying: "said he would call")
        saying = self._speakers_saying(view, h)
        if saying is None:
            top = self._date_chain(c.head)[-1]
            saying = view.head[top]
            # (a saying after the act relays an act the article tells first: "has paused funding, the ministry said on
            # Thursday" is undated)
            if view.dep[top] not in ("ccomp", "parataxis") or not top > saying \
                    or not self.lex.says(view.lemma[saying]):
                return None
        days = {v.value: v for (_, _, v), anchor in zip(expressions, anchors)
                if anchor == saying and v.value and v.granularity == "day"}
        return next(iter(days.values())) if len(days) == 1 else None

    def _speakers_saying(self, view: ParseView, verb: int) -> int | None:
        """The saying (by its index) a word act in the simple past is joined to with "and" as the speaker's own next
        clause, told after what was said: joined to the saying itself, with no subject or a pronoun for the speaker
        ("said on Tuesday that the vote was flawed, and it accused the council of bias"), or, with no subject of its
        own, to the saying's clause said when that clause has an auxiliary the act lacks ("said on Tuesday that Lima
        had broken the law and called the move disproportionate", "said ... the country would appeal, and urged ..."):
        the tense steps back out of the report to the speaker. None otherwise."""
        words = self.lex.words
        pronouns = words.person_pronouns | words.pronoun_thing | words.pronoun_plural
        if view.dep[verb] != "conj" or view.tag[verb] != "VBD":
            return None
        subjects = [s for s in view.children[verb] if view.dep[s] in ("nsubj", "nsubjpass")]
        if subjects and (len(subjects) > 1 or view.lower[subjects[0]] not in pronouns):
            return None
        head = view.head[verb]
        if not head < verb:
            return None
        if self.lex.says(view.lemma[head]) and view.pos[head] == "VERB":
            return head
        saying = view.head[head]
        if subjects or view.dep[head] != "ccomp" or not saying < head or view.pos[saying] != "VERB" \
                or not self.lex.says(view.lemma[saying]) \
                or not any(view.dep[a] == "aux" for a in view.children[head]):
            return None
        return saying

    def _word_act(self, c: Candidate) -> bool:
        """Whether an act is a word act told as one, which the occasion of its saying can date: not an event noun, a
        deed or an act in the past perfect (a deed the saying relays)."""
        return not c.nominal and not cameo.lookup(c.cameo).is_deed and not self._past_perfect(c.head)

    def _continued_statement(self, c: Candidate, sent: Span) -> EventDate | None:
        """The day of the statement told just before, for a word act its speaker goes on with as a pronoun: the act's
        sentence, with no date of its own, is the act told by the article ("It accused Nouakchott of ...", "He urged the
        committee to ..."), its subject a personal pronoun, with no ``additive`` cue ("also", cues.tsv); the sentence
        before it in its paragraph has one day, on its saying or a phrase of the saying ("he told a rally on Wednesday",
        "In a statement read on Wednesday, the army said ..."), not on a clause said (eval/wire/README.md, audit of
        session 33: "it continues the dated statement itself"). None otherwise."""
        view = self.found.view(sent.doc)
        h = c.head.i
        if not self._word_act(c):
            return None
        top = h
        while view.head[top] != top and (view.dep[top] == "xcomp" or view.dep[top] == "conj"
                                         and not view.own_subject(top)):
            top = view.head[top]
        if view.head[top] != top or any(self.cue("additive", view.lower[a])
                                        for a in (*view.children[h], *view.children[top])):
            return None
        subjects = [s for s in view.children[top] if view.dep[s] in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or view.lower[subjects[0]] not in (
                self.lex.words.person_pronouns | self.lex.words.pronoun_thing | self.lex.words.pronoun_plural):
            return None
        index = self.found.sentence_of[sent.start]
        if index == 0 or not same_paragraph(self.found, index - 1, index):
            return None
        before = self.found.sentences[index - 1]
        bview = self.found.view(before.doc)
        days = []
        for first, last, value in self.sentence_dates(before):
            if not value.value:
                continue
            i = self._anchor(bview, first, last)
            said = False
            while True:
                if bview.head[i] == i:
                    said = self.lex.says(bview.lemma[i])
                    break
                if bview.dep[i] in ("ccomp", "parataxis", "conj"):
                    break
                i = bview.head[i]
            days.append((said, value))
        if len(days) != 1 or not days[0][0] or days[0][1].granularity != "day":
            return None
        return days[0][1]

    def _joined_with_a_doer(self, view: ParseView, verb: int, first: int, sentence: int) -> bool:
        """Whether a verb (by its index) of a sentence (by its index) other than the lead is a clause joined to another
        with a doer of its own and the date starting at ``first`` does not open the sentence before the first clause's
        doer: that date is the other clause's ("The refugee agency appealed on Tuesday for donors, and the EU pledged
        12 million euros": the pledge is undated; not "On Monday the EU extended its sanctions, and Britain added
        ...")."""
        if view.dep[verb] != "conj" or not view.own_subject(verb) \
                or sentence == self._lead_index(view):
            return False
        if now_or_since(view, verb):
            return True  # a clause of now or up to now is not of the past date ("..., and the army has accused X")
        top = view.coordination_head(verb)
        doers = [s for s in view.children[top] if view.dep[s] in ("nsubj", "nsubjpass")]
        if self._same_scene(view, verb, top):
            return False
        return not doers or first > view.edges(doers[0])[0]

    def _same_scene(self, view: ParseView, verb: int, anchor: int) -> bool:
        """Whether a verb (by its index) is joined with a doer of its own to the verb ``anchor`` (the first of its
        coordination) and acts on the people that verb's plural subject names (:meth:`_acts_on_the_first_doers`):
        the clauses tell one scene, and a date of the first is the second's too."""
        if view.dep[verb] != "conj" or not view.own_subject(verb) or view.coordination_head(verb) != anchor:
            return False
        doers = [s for s in view.children[anchor] if view.dep[s] in ("nsubj", "nsubjpass")]
        return bool(doers) and self._acts_on_the_first_doers(view, verb, doers[0])

    def _acts_on_the_first_doers(self, view: ParseView, verb: int, doer: int) -> bool:
        """Whether a clause joined with a doer of its own (its verb by its index) acts on the people the first
        clause's plural subject (``doer``) names, by a plural pronoun in its words other than its own subject
        ("Hundreds of farmers blocked the highway on Monday, and riot police used tear gas to break them up", "...,
        and troops fired warning shots when they tried to cross"): the same scene, on the first clause's day
        (session 49). A clause of other people ("..., and the EU pledged 12 million euros") is not."""
        if view.tag[doer] != "NNS":
            return False
        low, high = view.edges(verb)
        skip = {w for s in view.children[verb] if view.dep[s] in ("nsubj", "nsubjpass", "conj")
                for w in range(view.edges(s)[0], view.edges(s)[1] + 1)}
        return any(view.lower[w] in self.lex.words.pronoun_plural and w not in skip for w in range(low, high + 1))

    def _lead_day(self, c: Candidate, view: ParseView, expressions: list[tuple[int, int, EventDate]],
                  anchors: list[int], chain: set[int]) -> EventDate | None:
        """The one day of the news week the lead says of a verb of the act's coordination, for an act of the
        lead told in the simple past with no date of its own, as wires date a clause of the dated lead: a
        clause joined with a doer of its own ("agreed on Thursday ..., and Baku handed over four prisoners it
        had held since the 2023 offensive"), or the act whose phrase the parser hung the day on ("recalled its
        ambassador for consultations on Thursday, two days after ...") or the infinitive it names ("ordered two
        diplomats to leave within 72 hours on Thursday and summoned ..."). Not a date that heads another act
        ("two days after"), names a thing, bounds a state ("since") or dates a saying, nor for an act joined
        with "later" or to a past perfect or an act to come; None when two such days differ."""
        h = c.head.i
        sent = self.found.sentence(c.head)
        if c.nominal or self.found.sentence_of[sent.start] != self._lead_index(view) or view.tag[h] != "VBD" \
                or afterwards(view, h):
            return None
        top = view.coordination_head(h)
        if top != h and (self._to_come(view, top) or view.tag[top] == "VBN" and any(
                view.dep[a] == "aux" and view.lower[a] in ("had", "'d") for a in view.children[top])):
            return None  # joined to an act to come or to an earlier one in the past perfect: a time of its own
        days: dict[str, EventDate] = {}
        for (first, last, value), anchor in zip(expressions, anchors):
            if not value.value or value.granularity != "day" or not self._this_week(value) \
                    or self._bound(view, first, *self.lex.words.deadline_prep) \
                    or view.lower[last] in ("after", "before") or self._names_a_thing(view, first, last, chain) \
                    or self._on_reporting_verb(view, anchor, chain):
                continue
            verb = anchor
            for _ in range(8):  # the verb of the phrase the day hangs in ("for consultations on Thursday")
                if view.pos[verb] in ("VERB", "AUX") or view.head[verb] == verb:
                    break
                verb = view.head[verb]
            # a day of the news week on the infinitive an act's verb names, with no subject of its own, is that
            # verb's ("ordered two diplomats to leave the country within 72 hours on Thursday and summoned ..."),
            # unless the verb is a frame whose infinitive is an act of its own ("agreed to hold talks on Friday")
            while view.dep[verb] == "xcomp" and view.head[verb] != verb \
                    and not any(view.dep[d] in ("nsubj", "nsubjpass") for d in view.children[verb]) \
                    and view.lemma[view.head[verb]] not in self.lex.reporting:
                verb = view.head[verb]
            if view.pos[verb] == "VERB" and view.coordination_head(verb) == top:
                days[value.value] = value
        return next(iter(days.values())) if len(days) == 1 else None

    def _lead_index(self, view: ParseView) -> int:
        """The index of the lead: the first sentence with words, not a dateline set apart ("Quito, Apr 16
        (EFE).-", blanked by the parse)."""
        for index, sent in enumerate(self.found.sentences):
            if any(not view.is_space[i] and not view.is_punct[i] for i in range(sent.start, sent.end)):
                return index
        return 0

    def _news_day(self, view: ParseView) -> EventDate | None:
        """The lead's one day of the news week (not a "since" or "until" bound), the day of the story's news;
        None when the lead names none or two."""
        lead = self._lead_index(view)
        if lead >= len(self.found.sentences):
            return None
        days = self._week_days(view, self.found.sentences[lead])
        return next(iter(days.values())) if len(days) == 1 else None

    def _week_days(self, view: ParseView, sent: Span, on: Callable[[int], bool] | None = None) -> dict[str, EventDate]:
        """The days of the news week a sentence says, by value (not a "since" or "until" bound), only those whose
        anchor (by index) passes ``on`` when given: what :meth:`_news_day`, :meth:`_done_day` and
        :meth:`_agreement_day` count to find one day."""
        return {v.value: v for first, last, v in self.sentence_dates(sent)
                if v.value and v.granularity == "day" and self._this_week(v)
                and not self._bound(view, first, *self.lex.words.deadline_prep)
                and (on is None or on(self._anchor(view, first, last)))}

    def _dated_paragraph_before(self, index: int) -> bool:
        """Whether a sentence of the paragraph of the sentence ``index``, before it, has a date with a value."""
        while index > 0 and same_paragraph(self.found, index - 1, index):
            index -= 1
            if any(v.value for _, _, v in self.sentence_dates(self.found.sentences[index])):
                return True
        return False

    def _tied_date(self, c: Candidate, sent: Span, chain: set[int]) -> EventDate | None:
        tied = self._tied(c, sent, chain)
        return None if tied is None else self._because("date", tied[0], tied[1])

    @staticmethod
    def _tied_reason(phrase: str) -> str:
        """The explanation of a date a ``tied`` phrase took from the dated act told before it."""
        return f"tied to the dated act told before it by {phrase!r}"

    def _tied_phrases(self, sent: Span) -> tuple[str, list[str]]:
        """The sentence's text in lower case and the ``tied`` phrases of every kind it holds, in sorted order
        (worked out once a sentence)."""
        found = self._tied_present.get(sent.start)
        if found is None:
            tied = self._tied_cues
            if tied is None:
                cues = self.cues
                phrases = frozenset().union(*(cues.get(kind, frozenset()) for kind in TIED_KINDS))
                tied = self._tied_cues = tuple((phrase, phrase.rsplit(" ", 1)[-1]) for phrase in sorted(phrases))
            text = self.text[sent.start_char:sent.end_char].lower()
            # (a framing pattern ends with the phrase's noun: with no noun in the text, no search)
            present = [phrase for phrase, noun in tied if phrase in text
                       or noun in text and self._tied_pattern(phrase).search(text)]
            found = self._tied_present[sent.start] = (text, present)
        return found

    def _tied_pattern(self, phrase: str) -> re.Pattern[str]:
        """The pattern of a ``tied`` cue phrase: a ``tied_day`` or ``tied_said`` phrase of an occasion or document with
        any definite or possessive determiner and words before its noun (:func:`_framing_pattern`)."""
        if phrase not in self.cues.get("tied_day", frozenset()) | self.cues.get("tied_said", frozenset()):
            return _phrase_pattern(phrase)
        words = self.lex.words
        return _framing_pattern(phrase, words.definite_det | words.possessive_det, words.other_occasion_adj)

    def _named_occasion_day(self, view: ParseView, index: int, phrase: str) -> EventDate | None:
        """The day of the occasion or document a ``tied_day`` or ``tied_said`` phrase names ("during the handover",
        "in the note", "during the visit"), for an act in the sentence ``index`` with no date of its own before the
        phrase: the lead's one day of the news when the lead names that occasion (its noun, or the verb of it:
        "handed over" for "the handover", "met" for "the meeting") and no dated sentence just before names it, as the
        text places the act there (README "Dates": a phrase names the occasion or its document, "In the note",
        252). "Belize sent a protest note on Tuesday ... Sailors landed on Sunday ... In the note, Belize demanded
        ..." is Tuesday, not Sunday. A ``ceremony_noun`` ("at the ceremony", "after the ceremony") names the solemn
        occasion of the lead's news told by a ``ceremony_verb`` ("signed", "handed over", "opened"), and an
        occasion named "after" it ("after the signing", "after the ceremony") is as near the act as one it is done at
        (session 62). None otherwise, and for the lead itself (session 53)."""
        lead = self._lead_index(view)
        if index <= lead or not phrase.startswith(("during ", "in ", "at ", "after ")):
            return None
        word = phrase.rsplit(" ", 1)[-1]
        forms = {word, word[:-1] if word.endswith("s") else word, word[:-3] if word.endswith("ing") else word}
        meeting = self.lex.words.meeting_noun
        if forms & meeting:
            # "the meeting" names the lead's talks or meeting by any of their words ("signed a communique at the end of
            # the meeting" after a lead "agreed on Monday ..., following talks in Doha"; session 58)
            forms |= meeting | self.lex.words.meeting_verb
        # "the ceremony" names the solemn occasion of the lead's signing, handover or opening (session 62); the verbs
        # name it in the lead only: "The first two vehicles were delivered in March." just before is another act
        lead_forms = forms | self.lex.words.ceremony_verb if word in self.lex.words.ceremony_noun else forms

        def names(sentence: int, forms: set[str] | frozenset[str] = forms) -> bool:
            span = self.found.sentences[sentence]
            lemmas = [view.lemma[i] for i in range(span.start, span.end)]
            if forms & set(lemmas):
                return True
            # "the handover": "handed over", "hands over"
            return word.endswith("over") and any(a == word[:-4] and b == "over" for a, b in zip(lemmas, lemmas[1:]))

        before = self.found.sentences[index - 1]
        # (a dated sentence naming it just before, in the act's paragraph, is the one :meth:`_tied` reads; one in an
        # earlier paragraph, whose day may be another act's, "who arrived on Monday", is not: session 62)
        if index - 1 > lead and same_paragraph(self.found, index - 1, index) and names(index - 1) \
                and any(v.value for _, _, v in self.sentence_dates(before)) \
                or not names(lead, lead_forms):
            return None
        return self._news_day(view) or self._done_day(view)

    @staticmethod
    def _framing_participle(view: ParseView, anchor: int, chain: set[int]) -> bool:
        """Whether a phrase's word (by its index) is a present participle with no subject of its own set on a verb of
        the act's chain ("Speaking at the ceremony, Whipps accused ..."): the occasion it names frames the act."""
        return view.tag[anchor] == "VBG" and view.dep[anchor] == "advcl" and view.head[anchor] in chain \
            and not view.own_subject(anchor)

    def _occasion_told_before(self, index: int, phrase: str) -> EventDate | None:
        """The day of the occasion or document a ``tied_day`` or ``tied_said`` phrase names ("at the commission's
        meeting", "during the call") for an act with no date of its own in the sentence ``index``, when the nearest
        sentence after the lead that names it by its noun (a ``meeting_noun`` by any of those nouns or a
        ``meeting_verb``) is in an earlier paragraph and says one day: "The accord was signed on Wednesday at
        a meeting of the commission. ... [new paragraph] At the commission's meeting, the Uzbek side asked ..." is
        Wednesday (README "Dates": a phrase names the occasion, "during the call", 243; session 61). The sentence
        just before in the act's own paragraph is left to :meth:`_tied`'s reading of it, and an occasion named in no
        such sentence, or in one with no day or two, to :meth:`_named_occasion_day`. None then."""
        view0 = self.found.view(self.found.sentences[index].doc)
        lead = self._lead_index(view0)
        if index <= lead or not phrase.startswith(("during ", "in ", "at ", "after ")):
            return None
        word = phrase.rsplit(" ", 1)[-1]
        words = self.lex.words
        nouns = {word, word[:-1] if word.endswith("s") else word}
        verbs: frozenset[str] = frozenset()
        if nouns & words.meeting_noun:
            nouns |= words.meeting_noun
            verbs = words.meeting_verb
        for told in range(index - 1, lead, -1):
            span = self.found.sentences[told]
            view = self.found.view(span.doc)
            # the clauses that name the occasion: a noun's clause verb, or the meeting verb itself
            clauses = {i if view.pos[i] == "VERB" else view.clause_verb(i) for i in range(span.start, span.end)
                       if view.pos[i] == "NOUN" and view.lemma[i] in nouns or view.pos[i] == "VERB"
                       and view.lemma[i] in verbs}
            if not clauses:
                continue
            if same_paragraph(self.found, told, index):
                return None
            # a day said in a clause that names the occasion ("was signed on Wednesday at a meeting of the
            # commission"), not another act's ("will reopen the bridge on Monday, according to a communique issued at
            # the end of the talks")
            dates = self.sentence_dates(span)
            anchors = {first: self._anchor(view, first, last) for first, last, _ in dates}
            days = {v.value: v for first, _, v in dates
                    if v.value and v.granularity == "day" and not self._bound(view, first)
                    and (anchors[first] in clauses or view.clause_verb(anchors[first]) in clauses)}
            return next(iter(days.values())) if len(days) == 1 else None
        return None

    def _done_day(self, view: ParseView) -> EventDate | None:
        """The lead's one day of the news week that is not on a saying ("agreed on Monday ..., following talks in Doha,
        the ministry said on Tuesday": Monday), for an occasion the lead names when it says two days: the occasion is
        the act's, not the report's (session 58). None when no such day or two."""
        days = self._week_days(view, self.found.sentences[self._lead_index(view)],
                               lambda a: not self.lex.says(view.lemma[a]))
        return next(iter(days.values())) if len(days) == 1 else None

    def _tied(self, c: Candidate, sent: Span, chain: set[int]) -> tuple[EventDate, str] | None:
        """The date of the act told just before, for an act a ``tied`` cue phrase on its own verb ties to
        it ("Brazil moved troops to the border at the time", "In the same statement, it asked ...",
        "hours later"): the last date earlier in the sentence, else the last of the sentence before in
        the same paragraph, or the lead's day when the phrase names the lead's occasion or document
        (:meth:`_named_occasion_day`). A "since" or "until" date bounds a state, not an act, and is taken only when
        there is no other. The date and the reason the explanation gives (which phrase tied it, to what), or None.
        ``chain`` is the act's own words."""
        # most sentences hold none of the phrases: no pattern to build, nor the act's clause to walk
        text, present = self._tied_phrases(sent)
        if not present:
            return None
        # a ``tied_day`` phrase names an occasion ("during the call"): only a day told before can be its day
        days = self.cues.get("tied_day", frozenset())
        same_day = self.cues.get("tied_news", frozenset())
        # a ``tied_today`` phrase names the story's day ("later in the day"): as ``tied_news``, and after sentences of
        # its paragraph that tell no date, the lead's one day (session 49)
        news_day = self.cues.get("tied_today", frozenset())
        same_day = same_day | news_day
        # a ``tied_met`` phrase addresses the party met at a dated occasion ("told the envoy"): as ``tied_day``, and
        # opening a paragraph with no day told before it, the lead's one day (the summons or meeting of the news)
        met = self.cues.get("tied_met", frozenset())
        days = days | met
        # a ``tied_said`` phrase names the statement the act was said in ("in the same statement"): as ``tied``, and
        # opening the paragraph right after the lead, the lead's one date
        statement = self.cues.get("tied_said", frozenset())
        view = self.found.view(sent.doc)
        # and the verbs the act's clause hangs on, short of a clause it is said in or a relative clause
        # ("responded at the time by barring goods": the reply's time is the barring's)
        chain = set(chain)
        # a word act told as what was said takes the saying's occasion ("told the envoy that Abuja would not accept
        # armed incursions", "said after meeting the envoy, adding that Abuja demanded ..."), not a deed the saying
        # relays
        said = self._word_act(c)
        i = c.head.i
        while view.head[i] != i:
            if view.dep[i] in ("ccomp", "parataxis"):
                if not said or not self.lex.says(view.lemma[view.head[i]]):
                    break
            elif view.dep[i] in ("relcl", "acl") or view.dep[i] == "conj" and view.own_subject(i):
                # (a clause joined with a doer of its own is not told at the other's time: "Belgrade responded
                # within hours by expelling a diplomat, and Vucic accused Podgorica of ...")
                break
            i = view.head[i]
            chain.add(i)
        for phrase in present:
            for m in self._tied_pattern(phrase).finditer(text):
                span = view.char_span(sent.start_char + m.start(), sent.start_char + m.end())  # sent.char_span
                if span is None or span[0] >= span[1]:
                    continue
                anchor = self._anchor(view, span[0], span[1] - 1)
                if anchor not in chain and view.root(span[0], span[1]) not in chain \
                        and not self._framing_participle(view, anchor, chain):
                    continue  # (the phrase's own verb: "India retaliated by expelling ...")
                # a date on a noun ("Kosovo's 2008 declaration") dates that thing, not an act told before
                earlier = [(first, v) for first, last, v in self.sentence_dates(sent) if v.value and first < span[0]
                           and not self._names_a_thing(view, first, last, set())]
                if not earlier:
                    index = self.found.sentence_of[sent.start]
                    of_an_occasion = phrase in days - met or phrase in statement
                    occasion = self._occasion_told_before(index, phrase) if of_an_occasion else None
                    if occasion is not None:
                        return occasion, f"tied by {phrase!r} to the occasion told with its day in an earlier " \
                                         "paragraph (DateRules._occasion_told_before)"
                    named = self._named_occasion_day(view, index, phrase) if of_an_occasion else None
                    if named is not None:
                        return named, f"tied by {phrase!r} to the occasion the lead names, on the lead's day " \
                                      "(DateRules._named_occasion_day)"
                    lead = False
                    if index == 0 or not same_paragraph(self.found, index - 1, index):
                        # "Hours later, Iran summoned ..." opening a paragraph: hours after the lead's news
                        news = self._news_day(view) if phrase in same_day | met else None
                        if news is not None:
                            return news, self._tied_reason(phrase)
                        if index != 1 or phrase not in statement:
                            continue
                        # the lead told just before, a paragraph of its own: "In the same statement, the ministry
                        # asked ..." after "..., it said in a statement", when it says one date (not one
                        # on a noun of it)
                        lead = True
                    before = self.found.sentences[index - 1]
                    earlier = [(first, v) for first, last, v in self.sentence_dates(before) if v.value
                               and not (lead and self._names_a_thing(self.found.view(before.doc), first, last, set()))]
                    if not earlier and phrase in news_day and not self._dated_paragraph_before(index):
                        # "In Lima, the government denied the report. It recalled its envoy later in the day.":
                        # no day told in the paragraph before it, so the day of the news ("Hours later",
                        # after an undated act, is hours after that act: undated)
                        news = self._news_day(view)
                        if news is not None:
                            return news, self._tied_reason(phrase)
                    if lead and len(earlier) != 1:
                        continue
                plain = [v for first, v in earlier
                         if not self._bound(view, first)]
                told = plain or [v for _, v in earlier]
                if phrase in days:
                    told = [v for v in told if v.granularity == "day"]
                if told and told[-1].granularity != "week":
                    return told[-1], self._tied_reason(phrase)
        return None
