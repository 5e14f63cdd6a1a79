"""Whether an act is background (history) or the day's news: old dates, past perfects with a
background cue, an actor's record in a clause set off by a comma, later acts of a dated background,
background that goes on into the next sentence (an event noun with its verb; an act told with a participle of saying
after a flashback in the past perfect), an undated act of an "after" clause in a sentence of background dates
(session 43). An actor's record told in the past perfect stays in its relative
clause ("Chile, which had backed the quotas, pressed the bloc ...": the pressing is news); an act answering dated
background "in response" is background too; an act dated to come is never background (session 42). A present perfect
that sums up counted past acts since a past point ("has seized 40 boats since then", "has visited six times since
taking office") is background, a casualty toll since a truce is not (session 43). The act of a "when" clause on a
past perfect, or on the date phrase it governs, shares that past perfect's test ("tension had flared anew in
December, when Freedonian police held two Ruritanian trawlermen": background; session 44). A past perfect told in the
main clause of a sentence after the lead, in the article's own voice, with no date, is background ("Baku had rejected
the proposal."; not under a saying, "according to" or a negation; session 49). A verb of saying used as a deed, with an
object and no clause ("Bamako recalled its ambassadors"), does not bring a background story back to the news
(session 58), nor does a denial in the simple past, a party's answer in that story ("The Taliban denied hosting the
group."); a present perfect after the lead is the day's news when a speaker reports it with a date of the news week,
and a progressive present perfect ("have been negotiating since 2024") runs into the news however old its "since"
(session 63). (What a denial told as background in
the present perfect denies is not made background: tried in session 49, dev +1 and aside historical -1, and the dev
gold reads it both ways.)
A mixin of :class:`detente.events.status.StatusJudge`, which holds the article's state.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TypeVar

from detente.events import date_values
from detente.events import dates as dates_mod
from detente.events.cameo import THREAT_ROOT, lookup

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon
    from detente.model import EventDate
    from detente.parse_view import ParseView
    from detente.records import FoundQuote

T = TypeVar("T")
# adverbs that put a conjoined act after the date of the clause before it
_AFTERWARDS = frozenset({"later", "afterwards", "afterward", "subsequently", "since"})


def made_before_its_verb(view: ParseView, participle: int) -> bool:
    """Whether a participle (by its index) describes the subject of a verb: the thing was made before the act
    of that verb ("talks brokered by the AU collapsed in December 2023": the brokering is not dated by it)."""
    noun = view.head[participle]
    return view.dep[participle] == "acl" and view.tag[participle] == "VBN" and view.pos[noun] in ("NOUN", "PROPN") \
        and view.dep[noun] in ("nsubj", "nsubjpass")


def reduced_relative(view: ParseView, participle: int) -> bool:
    """Whether a past participle (by its index) on a noun, with no subject, auxiliary or subordinator of its own,
    is a relative clause cut short ("sailors held by the navy" is "sailors who were held ..."): it tells what was
    done to the noun, so its status is its own, not that of the clause the noun is in."""
    return view.dep[participle] == "acl" and view.tag[participle] == "VBN" \
        and view.pos[view.head[participle]] in ("NOUN", "PROPN") \
        and not any(view.dep[c] in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in view.children[participle])


def afterwards(view: ParseView, verb: int) -> bool:
    """Whether an adverb puts the act after the clause it is joined to ("and prosecutors later charged");
    the verb by its index in the parse view."""
    return any(view.dep[a] == "advmod" and view.lower[a] in _AFTERWARDS for a in view.children[verb])


def opened_by_when(view: ParseView, verb: int) -> bool:
    """Whether a verb (by its index in the parse view) heads a clause "when" opens ("when Freedonia closed the
    border")."""
    return any(view.dep[w] == "advmod" and view.lower[w] == "when" for w in view.children[verb])


def when_clause(view: ParseView, verb: int) -> int | None:
    """The verb of the "when" clause a verb is in: the verb itself, or the verb it is joined to (up to three
    conjuncts up, never past one told as later: :func:`afterwards`, "when X closed the border and Y later recalled its
    envoy"), when that verb is opened by "when" (:func:`opened_by_when`); None otherwise. Its dependency (an adverbial
    or a relative clause) is the caller's to test."""
    for _ in range(3):
        head = view.head[verb]
        if view.dep[verb] != "conj" or head == verb or afterwards(view, verb):
            break
        verb = head
    return verb if opened_by_when(view, verb) else None


def present_perfect(view: ParseView, verb: int) -> bool:
    """Whether a verb (by its index in the parse view) has the auxiliary of the present perfect ("has
    accused", "have kept", "'s said")."""
    return any(view.dep[a] == "aux" and view.lower[a] in ("has", "have", "'s", "'ve") for a in view.children[verb])


def progressive(view: ParseView, verb: int) -> bool:
    """Whether a verb (by its index in the parse view) is a progressive of the present perfect ("have been
    negotiating since 2024", "has been fighting the RSF since April 2023"): an activity running into the news, not
    background however long ago it began (eval/wire/README.md, "How they were annotated"; session 63)."""
    return view.tag[verb] == "VBG" and present_perfect(view, verb) \
        and any(view.dep[a] == "aux" and view.lower[a] == "been" for a in view.children[verb])


NEWS_WEEK_DAYS = 7  # a past perfect of the last week is the backshift of reported news, not background
LEAD_SENTENCES = 2  # the lead and the sentence after it tell the day's news, in the present perfect too


def clause_of(view: ParseView, i: int) -> int:
    """The verb of the clause with a subject of its own that the word ``i`` is in (by their indices): the first of
    ``i`` and its heads that is a verb with an active or passive subject, else the sentence's root. A verb joined with
    no subject of its own, an infinitive or a participle is in the clause of the verb it hangs on ("had freed the
    sailors in May and sent them home": one clause; "Kazakhstan had offered last year to build a bridge, but Bishkek
    had turned the proposal down": two)."""
    for _ in range(16):
        if view.head[i] == i or view.pos[i] in ("VERB", "AUX") and view.own_subject(i):
            break
        i = view.head[i]
    return i


class HistoryRules:
    """The history rule of the status step; the judge provides the article's dates, actors and text."""

    lex: Lexicon
    found: DocActors
    text: str
    quotes: tuple[FoundQuote, ...]
    cues: dict[str, frozenset[str]]
    history_base: dt.date | None
    base: dt.date | None

    def _because(self, field: str, value: T, reason: str) -> T:
        raise NotImplementedError  # the judge notes the rule that set a field

    def sent_text(self, token: Token) -> str:
        raise NotImplementedError

    def sentence_dates(self, sent: Span) -> list[tuple[int, int, EventDate]]:
        raise NotImplementedError

    def dates_before(self, sent: Span) -> list[EventDate]:
        raise NotImplementedError

    def _this_week(self, date: EventDate) -> bool:
        raise NotImplementedError

    def _anchor(self, view: ParseView, first: int, last: int) -> int:
        raise NotImplementedError

    def quoted(self, c: Candidate) -> bool:
        """Whether the event's head lies inside a quotation."""
        return self.quoted_at(c.head.idx)

    def quoted_at(self, char: int) -> bool:
        """Whether the character at offset ``char`` lies inside a quotation."""
        return any(q.start <= char < q.end for q in self.quotes)

    def _all_old(self, values: list[str] | list[str | None], days: int = date_values.BACKGROUND_DAYS) -> bool:
        """Whether there are date values and every one ended over ``days`` days before publication."""
        return bool(values) and all(date_values.is_historical(v, self.history_base, days=days) for v in values)

    def _past_perfect(self, verb: Token) -> bool:
        raise NotImplementedError

    def _lead_index(self, view: ParseView) -> int:
        raise NotImplementedError

    def historical(self, c: Candidate, date: EventDate | None) -> bool:
        view = self.found.view(c.head.doc)
        record = self._joined_record(c) if date is None or not date.value else None
        if record is not None:
            return self._because("historical", True, f"joined to a record kept since {record.text!r}, over a "
                                                     "year ago")
        if date_values.dated_to_come(date, self.base):
            # an act dated to come is no background, whatever tense tells it ("had agreed to meet again next week",
            # "the leaders had agreed their ministers would meet on Friday")
            return self._because("historical", False, f"date {date.value} still to come")
        if date is not None and date.value and self._will_on_chain(view, c):
            # "will patrol the coast under a deal signed in March": the act still to come is news, whatever old date
            # its sentence gives the deal that frames it
            return self._because("historical", False,
                                 "told with a modal of the future ('will', 'won't'): an act still to come")
        ongoing = present_perfect(view, c.head.i) or view.tag[c.head.i] in ("VBZ", "VBP")
        if ongoing:
            # still going on ("rebels who attack it", "has hosted talks since last year"): background
            # only when it began long ago ("has sanctioned firms since 2019")
            if date is not None and date_values.is_historical(date.value, self.history_base) \
                    and not progressive(view, c.head.i):
                return self._because("historical", True, f"ongoing since {date.value}, over a year before "
                                                         f"{self.history_base}")
            if (date is None or not date.value) and self._describes_an_actor(view, c.head.i):
                return self._because("historical", True, "present perfect in a clause set off by a comma that "
                                                         "describes an actor ('Oman, which has mediated ...')")
            if (date is None or not date.value) and self._long_standing(view, c.head.i):
                return self._because("historical", True, "present perfect of long standing ('has long accused', "
                                                         "'has protested in the past')")
            if (date is None or not date.value) and self._background_perfect(view, c):
                return self._because("historical", True, "a past act told in the present perfect after the lead, "
                                                         "with no date, no negation and no 'since'")
            if self._tally_since(view, c, date):
                return self._because("historical", True, "a tally of past acts since a past point ('has seized 40 "
                                                         "boats since then', 'has visited six times since')")
            if c.head.dep_ == "conj" and afterwards(view, c.head.i) and self._all_dates_old(c, years=1):
                # "declared the envoy persona non grata in 2022 and has since refused a replacement"
                return self._because("historical", True, "ongoing since a clause the sentence dates over a year ago")
            return self._because("historical", False, "present or present perfect")
        if self._record_in_past_perfect(view, c):
            return self._because("historical", True, "the record of an actor a relative clause set off by a comma "
                                                     "tells in the past perfect, with no date of its own")
        # a span of years has no value of its own, and is background when it ended long ago ("between 2016 and 2019")
        if date is not None and not date.value and (end := dates_mod.span_end(date)) is not None \
                and date_values.is_historical(end, self.history_base, days=date_values.BACKGROUND_DAYS):
            return self._because("historical", True, f"a span of time that ended in {end}")
        if date is not None and date.value \
                and date_values.is_historical(date.value, self.history_base, days=date_values.BACKGROUND_DAYS):
            return self._because("historical", True, f"date {date.value} ended over "
                                 f"{date_values.BACKGROUND_DAYS} days before {self.history_base}")
        # a past perfect dated in the last days is the news in reported speech ("said on Tuesday they had
        # attacked"); with an older date ("had signed in September") or one relative to another event
        # ("two days earlier") it is background
        dated = date is not None and not self._this_week(date)
        # (or a past perfect with no date of its own in a sentence whose dates are all background: "Tokyo had
        # protested in December, and Seoul had rejected the protest")
        perfect = self._past_perfect(c.head)  # (asked once: read four times below)
        old_sentence = (date is None or not date.value) and perfect and self._old_date_elsewhere(view, c)
        dated = dated or old_sentence
        joined = None if perfect else self._joined_to_past_perfect(view, c.head)
        if joined is None and not perfect:
            joined = self._when_of_past_perfect(view, c.head)
        if joined is not None:
            # "had cut ties with Iran on Feb. 8, accusing Tehran of ...": its own date, else its sentence's, all
            # ended before the news week ("had listened ... and proposed a meeting before the end of the year" and
            # "had fallen this year and appealed" stay news)
            dated = self._ended_before_the_week(c, date)
        if perfect or joined is not None:
            clause = self.sent_text(c.head).lower()
            cue = next((phrase for phrase in self.cues.get("historical", ()) if phrase in clause), None)
            # "after the crisis began" is background; "the largest attack since the war began" measures the
            # news (the view's lemma is lower-cased; the Token's, compared as it is, only for an advcl that
            # may match)
            doc, starts = c.head.doc, ("begin", "start", "erupt", "break")
            began = any(view.dep[t] == "advcl" and view.lemma[t] in starts and doc[t].lemma_ in starts
                        and not any(view.dep[m] == "mark" and view.lower[m] == "since" for m in view.children[t])
                        for t in view.children[c.head.i])
            if cue is not None or began or dated:
                why = f"cue {cue!r}" if cue is not None else "'began/erupted' clause" if began else \
                    "the background dates of its sentence" if old_sentence and not joined else "a date"
                return self._because("historical", True, f"past perfect with {why}")
        # "Baku had rejected the proposal.": a past perfect the article tells in its own voice steps back from
        # the news
        if (date is None or not date.value) and self._own_voice_past_perfect(view, c):
            return self._because("historical", True, "past perfect of a main clause told in the article's own voice "
                                                     "after the lead, with no date, negation or reporting verb")
        # "Qatar, which brokered a 2010 agreement, said ...": the actor's record
        if (date is None or not date.value) and self._actors_record(view, c):
            return self._because("historical", True, "the record of an actor a relative clause set off by a comma "
                                                     "tells in the past, with old dates or a past era")
        # "had seized the tanker in December 2024, and prosecutors later charged its officers" (or "weeks
        # later"): later, but part of that background
        if (date is None or not date.value) and c.head.dep_ == "conj" and afterwards(view, c.head.i) \
                and self._all_dates_old(c):
            return self._because("historical", True, "a later act joined to background the sentence dates")
        # "talks brokered by the AU collapsed in December 2023": made before an act the sentence dates as background
        if (date is None or not date.value) and made_before_its_verb(view, c.head.i) and self._all_dates_old(c):
            return self._because("historical", True, "a participle on the subject of background the sentence dates")
        # "sent troops in November 2021, weeks after bombers struck Kampala": some time from background
        if date is not None and not date.value and dates_mod.is_relative(date) and self._all_dates_old(c):
            return self._because("historical", True, f"{date.text!r} from background the sentence dates")
        # "had recalled its envoy in 2024, after Freedonia signed a pact": what came before background is background
        if (date is None or not date.value) and self._before_background(view, c):
            return self._because("historical", True, "an 'after' clause on background its sentence dates")
        if date is None and self._goes_on_with_background(c):
            return self._because("historical", True, "an undated past act going on with the background "
                                                     "the sentence before dates")
        # "Relations have been frozen since May 2021, when ... Minsk then expelled Latvia's ambassador": the next step
        if (date is None or not date.value) and self._next_step_of_background(view, c):
            return self._because("historical", True, "the next step ('then') of background its sentence, or the "
                                                     "sentence before, dates")
        return self._because("historical", False, "no old date, no past perfect with a background cue")

    def _will_on_chain(self, view: ParseView, c: Candidate) -> bool:
        """Whether a modal of the future (cues.tsv ``future``: "will", "shall", "'ll", the "wo" of "won't"; the
        present's future, never a past's "would") sits on the act or on a verb whose complement it is ("will deploy",
        "will help patrol", "will be able to resume", "won't resume"; not on a verb it is only joined to by "and":
        "will patrol ..., and their crews trained in Japan last year")."""
        future = self.cues.get("future", frozenset())
        i, steps = c.head.i, 0
        while True:
            if any(view.dep[a] == "aux" and view.lower[a] in future for a in view.children[i]):
                return True
            if view.dep[i] != "xcomp" or view.head[i] == i or steps == 2:
                return False
            i, steps = view.head[i], steps + 1

    def _joined_record(self, c: Candidate) -> EventDate | None:
        """The date in the "since" phrase, over a year old, of the present perfect a verb is joined to with no
        subject or auxiliary of its own: the record goes on in it ("has jailed critics since 2018 and stripped
        450 of their citizenship"); else None."""
        view = self.found.view(c.head.doc)
        verb, head = c.head.i, view.head[c.head.i]
        if view.dep[verb] != "conj" or head == verb or any(view.dep[d] in ("nsubj", "nsubjpass", "aux")
                                                           for d in view.children[verb]) \
                or not any(view.dep[a] == "aux" and view.lower[a] in ("has", "have") for a in view.children[head]):
            return None
        for first, last, value in self.sentence_dates(self.found.sentence(c.head)):
            # in the "since" phrase of the verb joined to ("since 2018", "since mass protests in 2018")
            i = view.root(first, last + 1)
            for _ in range(4):
                if view.lower[i] == "since" and view.head[i] == head:
                    break
                i = view.head[i]
            if view.lower[i] == "since" and view.head[i] == head \
                    and date_values.is_historical(value.value, self.history_base):
                return value
        return None

    def _joined_to_past_perfect(self, view: ParseView, token: Token) -> int | None:
        """The past perfect verb an act shares its tense with (by index), else None: a verb joined to it with no
        subject or auxiliary of its own ("had held the sailors and seized their trawler") or a bare participle
        on it ("had cut ties with Iran, accusing Tehran of ..."), or on such a joined verb."""
        verb = token.i
        for _ in range(3):
            head, children = view.head[verb], view.children[verb]
            if head == verb or any(view.dep[d] in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for d in children):
                return None
            joined = view.dep[verb] == "conj" and view.tag[verb] in ("VBN", "VBD")
            participle = view.dep[verb] == "advcl" and view.tag[verb] == "VBG"
            if not (joined or participle):
                return None
            if self._past_perfect(token.doc[head]):
                return head
            verb = head
        return None

    def _when_of_past_perfect(self, view: ParseView, token: Token) -> int | None:
        """The past perfect verb (by index) whose time a "when" clause holding the act tells, else None: the
        clause on that verb ("had soured when Freedonia closed the border") or on the date phrase it governs ("ties
        had been strained in December, when Freedonian police detained two fishermen"), or a verb joined in such a
        clause with a doer of its own and not told as later ("when Freedonia closed the border and Ruritania
        recalled its envoy"). The act happened at the time of the background the past perfect tells, so it is
        background by the same test (a date before the news week). Not a verb the parser hangs on a present or a
        simple past."""
        verb = when_clause(view, token.i)
        if verb is None or view.dep[verb] not in ("advcl", "relcl"):
            return None
        head = view.head[verb]
        if view.dep[verb] == "relcl":
            # the date noun, the object of a preposition on the matrix verb ("in December, when ...")
            if view.dep[head] != "pobj" or view.dep[view.head[head]] != "prep":
                return None
            head = view.head[view.head[head]]
        return head if self._past_perfect(token.doc[head]) else None

    def _ended_before_the_week(self, c: Candidate, date: EventDate | None) -> bool:
        """Whether the act's date, or when it has none with a value every date of its sentence, ended over
        :data:`NEWS_WEEK_DAYS` days before publication (there must be one)."""
        values = [date.value] if date is not None and date.value else \
            [value.value for _, _, value in self.sentence_dates(self.found.sentence(c.head)) if value.value]
        return self._all_old(values, NEWS_WEEK_DAYS)

    def _next_step_of_background(self, view: ParseView, c: Candidate) -> bool:
        """Whether an act told in the simple past is the next step of a background story: a ``sequel`` adverb
        ("then") on its verb or on a verb it is joined to, and every date of its sentence background, or with none,
        every date of the sentence just before it, across a paragraph break, as wires give each sentence its own
        ("... since May 2021, when Riga's mayor replaced the flag. ¶ Minsk then expelled Latvia's ambassador, and
        Riga responded in kind"; not "Afghan forces then shelled a post" after a clash of the news week)."""
        sequel = self.cues.get("sequel", frozenset())
        def past(i: int) -> bool:  # the simple past, or its passive ("were later charged")
            return view.tag[i] == "VBD" or view.tag[i] == "VBN" and any(
                view.dep[a] == "auxpass" and view.lower[a] in ("was", "were") for a in view.children[i])

        if self.quoted(c):
            return False
        verb, steps, told = c.head.i, 0, past(c.head.i)
        while not self._sequel_on(view, verb, sequel):
            # up a conjunct, or from an infinitive to the verb in the past it completes ("later helped broker a truce")
            if view.dep[verb] not in ("conj", "xcomp") or steps == 3 or view.dep[verb] == "xcomp" and told:
                return False
            verb, steps = view.head[verb], steps + 1
            told = told or past(verb)
        if not told:
            return False
        sent = self.found.sentence(c.head)
        own = [value.value for _, _, value in self.sentence_dates(sent) if value.value]
        if not own:
            index = self.found.sentence_of[sent.start]
            if index == 0:
                return False
            own = [value.value for _, _, value in self.sentence_dates(self.found.sentences[index - 1]) if value.value]
        return self._all_old(own)

    @staticmethod
    def _sequel_on(view: ParseView, verb: int, sequel: frozenset[str]) -> bool:
        """Whether a ``sequel`` cue is on a verb (by index): an adverb ("then") or a preposition with its object ("in
        response", "in return": "Ruritania closed the road in 2023, and Freedonia appealed to the UN in response")."""
        for a in view.children[verb]:
            if view.dep[a] == "advmod" and view.lower[a] in sequel:
                return True
            if view.dep[a] == "prep" and any(view.dep[o] == "pobj" and f"{view.lower[a]} {view.lower[o]}" in sequel
                                             for o in view.children[a]):
                return True
        return False

    def _all_dates_old(self, c: Candidate, years: int | None = None) -> bool:
        """Whether the act's sentence has dates and every one is background: ended over ``years`` years,
        or without ``years`` over :data:`date_values.BACKGROUND_DAYS` days, before publication."""
        before = [value.value for _, _, value in self.sentence_dates(self.found.sentence(c.head)) if value.value]
        age = {"years": years} if years is not None else {"days": date_values.BACKGROUND_DAYS}
        return bool(before) and all(date_values.is_historical(v, self.history_base, **age) for v in before)

    def _old_date_elsewhere(self, view: ParseView, c: Candidate) -> bool:
        """Whether the act's sentence has one date with a value, background (ended over
        :data:`date_values.BACKGROUND_DAYS` days before publication) and said in another of its clauses with a doer
        of its own (:func:`clause_of`): the time of the background the sentence tells, though not the act's date
        ("Stockholm had protested the detentions in December, and Moscow had rejected the protest")."""
        dated = [(first, last, value) for first, last, value in self.sentence_dates(self.found.sentence(c.head))
                 if value.value]
        if len(dated) != 1:
            return False
        first, last, value = dated[0]
        return date_values.is_historical(value.value, self.history_base, days=date_values.BACKGROUND_DAYS) \
            and clause_of(view, self._anchor(view, first, last)) != clause_of(view, c.head.i)

    def _background_perfect(self, view: ParseView, c: Candidate) -> bool:
        """Whether the act is a past act the body tells in the present perfect as background ("Beijing has
        sanctioned Furuya's allies before", "Abu Dhabi has repeatedly denied arming the RSF"): a present perfect
        (not progressive) after the lead's first ``LEAD_SENTENCES`` sentences, not negated (nothing has happened
        up to now), with no "since" of its own (a state running into the news: "has besieged the city since
        May") and no ``running`` verb ("has kept troops there"). eval/wire/README.md, audit of session 27 (d)."""
        h = c.head.i
        if view.tag[h] != "VBN" or not present_perfect(view, h):
            return False
        if self.found.sentence_of.get(h, 0) < LEAD_SENTENCES or view.lemma[h] in self.cues.get("running", ()):
            return False
        if view.lemma[h] in self.cues.get("open", ()) \
                and not any(view.lower[d] in self.cues.get("repeated", ()) for d in view.children[h]):
            return False  # a request or offer still open ("has asked for consular access"): news (session 58)
        if any(view.dep[d] == "neg" or (view.dep[d] == "prep" and view.lower[d] == "since")
               for d in view.children[h]):
            return False
        return not self._reported_this_week(view, c)

    def _reported_this_week(self, view: ParseView, c: Candidate) -> bool:
        """Whether the act's verb is the clause of a verb of saying (or has one in parataxis) and its sentence holds a
        date of the news week: the day's news told in the present perfect, as a speaker reports it ("Kenya has sent
        two units ..., the interior ministry said on Wednesday"; eval/wire/README.md, "How they were annotated"; session
        63)."""
        h = c.head.i
        sayings = [view.head[h]] if view.dep[h] in ("ccomp", "parataxis") else []
        sayings += [d for d in view.children[h] if view.dep[d] in ("ccomp", "parataxis")]
        if not any(view.pos[i] == "VERB" and self.lex.frames(view.lemma[i], "say") for i in sayings):
            return False  # (not a clause on a noun the report mentions: "an offer Cairo has turned down for decades")
        return any(self._this_week(value) for _, _, value in self.sentence_dates(self.found.sentence(c.head)))

    def _own_voice_past_perfect(self, view: ParseView, c: Candidate) -> bool:
        """Whether the act is told in the past perfect in the main clause of a sentence after the lead, in the
        article's own voice ("Baku had rejected the proposal.", "Oslo had asked Moscow to free the crew."):
        background the story steps back to, as the gold reads a past perfect of recent context (eval/wire/README.md).
        Not an event noun, a quotation, a negated verb (nothing had happened by then), a clause hung on another, nor
        a sentence a reporting verb or "according to" frames ("..., had detained two men, the ministry said": the
        backshift of reported news)."""
        h = c.head.i
        if c.nominal or not self._past_perfect(c.head) or self.quoted(c) \
                or self.found.sentence_of.get(h, 0) <= self._lead_index(view):
            return False
        top = view.coordination_head(h)  # "had ordered the plant closed, and the firm had promised ..."
        if view.head[top] != top or top != h and self.lex.says(view.lemma[top]):
            return False  # (a clause joined to the saying: "said X had offered talks, but Y had turned them down")
        verbs = {h, top}
        if any(view.dep[d] == "neg" for v in verbs for d in view.children[v]):
            return False
        return not any(view.dep[d] in ("parataxis", "ccomp", "advcl", "conj") and view.pos[d] == "VERB"
                       and self.lex.says(view.lemma[d]) or view.lower[d] == "according"
                       for v in verbs for d in view.children[v])

    def _tally_since(self, view: ParseView, c: Candidate, date: EventDate | None) -> bool:
        """Whether a present perfect (not progressive, not negated) sums up past acts since a past point: a
        ``tally`` count (cues.tsv) or a number on its object, or on its subject in the passive ("has seized more
        than 40 boats", "dozens of traders have been detained"), or on the verb ("six times", "twice"), and a
        "since" on the verb ("since then", "since 2018", "since taking office", "has since") whose dates, like the
        act's own, are none of the news week nor to come ("has fired 40 shells since Monday" is the news). A state
        running into the news has no such count ("has kept troops there since 2008"), and a casualty toll (a ``toll``
        verb in the passive: "300 people have been killed since the truce") counts the victims of a conflict still in
        the news."""
        h = c.head.i
        if view.tag[h] != "VBN" or not present_perfect(view, h) or any(view.dep[d] == "neg" for d in view.children[h]):
            return False
        tally = self.cues.get("tally", frozenset())

        def counted(noun: int) -> bool:
            return view.tag[noun] == "CD" or view.lemma[noun] in tally or any(
                view.dep[m] in ("nummod", "amod", "det", "quantmod") and (view.tag[m] == "CD" or view.lemma[m] in tally)
                for m in view.children[noun])

        passive = any(view.dep[a] == "auxpass" for a in view.children[h])
        if passive and view.lemma[h] in self.cues.get("toll", frozenset()):
            return False  # a casualty toll: "at least 300 people have been killed since the truce"
        counts = [d for d in view.children[h] if view.dep[d] == ("nsubjpass" if passive else "dobj")
                  or view.dep[d] in ("npadvmod", "advmod") and view.lemma[d] in tally]
        if not any(counted(d) for d in counts):  # ("twice", "thrice" are tally words too)
            return False
        since = [d for d in view.children[h] if view.lower[d] == "since" and view.dep[d] in ("prep", "advmod")]
        since += [d for d in view.children[h] if view.dep[d] == "advcl"
                  and any(view.dep[m] == "mark" and view.lower[m] == "since" for m in view.children[d])]
        if not since:
            return False
        inside = {t for d in since for t in view.subtree(d)}
        dates = [value for first, _, value in self.sentence_dates(self.found.sentence(c.head)) if first in inside]
        if date is not None and date.value:
            dates.append(date)
        return not any(self._this_week(d) or (d.value and self.base is not None
                                              and date_values.starts_after(d.value, self.base, weeks=True))
                       for d in dates)

    def _long_standing(self, view: ParseView, verb: int) -> bool:
        """Whether a present perfect, or the one it is joined to with no subject of its own, carries a
        ``standing`` adverb ("has long disputed the zone and has accused Oslo ...") or a ``historical``
        phrase of its own ("has protested in the past", "has previously accused"): a record, not the
        news. The verb by its index in the view."""
        verbs = [verb]
        if view.dep[verb] == "conj" and not any(view.dep[d] in ("nsubj", "nsubjpass") for d in view.children[verb]):
            verbs.append(view.head[verb])
        phrases = [phrase.split() for phrase in self.cues.get("historical", ())]
        for v in verbs:
            for child in view.children[v]:
                lower = view.lower[child]
                if view.dep[child] == "advmod" and (lower in self.cues.get("standing", ()) or [lower] in phrases):
                    return True
                if view.dep[child] == "prep" and any(
                        len(words) == 3 and words[0] == lower and view.lower[o] == words[2]
                        for words in phrases for o in view.children[child] if view.dep[o] == "pobj"):
                    return True
        return False

    def _describes_an_actor(self, view: ParseView, verb: int) -> bool:
        """Whether a verb in the present perfect heads a relative clause set off by a comma on an actor
        ("Oman, which has mediated between Tehran and Washington, said ..."): the actor's record,
        background to the news. A clause that restricts its noun ("the governments that have
        criticised it") is not set off, an aim or plan ("an initiative, which aims to train police")
        is still to come, and a present simple ("the M23 rebels, who attack Burundi") is a standing
        state, not a record; the verb by its index in the view."""
        children = view.children[verb]
        if view.dep[verb] != "relcl" or view.tag[verb] != "VBN" or any(view.dep[x] == "xcomp" for x in children) \
                or not present_perfect(view, verb):
            return False
        return self._set_off_on_actor(view, verb)

    def _set_off_on_actor(self, view: ParseView, verb: int) -> bool:
        """Whether a relative clause (its verb by index) is set off by a comma on an actor, its pronoun the
        subject ("Oman, which has mediated ...", "Hezbollah, which fought ..."), not a clause that restricts its
        noun ("the governments that criticised it")."""
        noun = view.head[verb]
        if view.dep[verb] != "relcl" or (noun not in self.found.by_token and noun not in self.found.groups):
            return False
        pronoun = next((t for t in view.children[verb] if t < verb and view.tag[t] in ("WDT", "WP")
                        and view.dep[t] in ("nsubj", "nsubjpass")), None)
        return pronoun is not None and pronoun > noun and view.lower[pronoun - 1] == ","

    def _actors_record(self, view: ParseView, c: Candidate) -> bool:
        """Whether an act with no date of its own is the record of an actor a relative clause set off by a comma
        describes, in the simple past: its clause holds dates and every one is over
        :data:`date_values.BACKGROUND_DAYS` days old ("Qatar,
        which brokered a 2010 agreement", "Turkey, which backed the rebels who toppled Assad in December 2024")
        or names a past ``era`` in a time phrase on its verb ("Hezbollah, which fought alongside the army during
        the civil war"); "Hamas, which seized the town on Tuesday" is news by its date, and one with no date
        and no era is not judged (a past perfect: :meth:`_record_in_past_perfect`). A verb joined in the clause with
        no subject of its own counts as its head."""
        verb = c.head.i
        if view.dep[verb] == "conj" and not any(view.dep[d] in ("nsubj", "nsubjpass") for d in view.children[verb]):
            verb = view.head[verb]
        if not self._set_off_on_actor(view, verb) or self.quoted(c):
            return False
        if view.tag[verb] != "VBD":
            return False
        # the dates of its own clause, else of the clauses inside it ("the rebels who toppled Assad in 2024")
        inside = set(view.subtree(verb))
        dated = [(view.clause_verb(first) == verb, value.value)
                 for first, _, value in self.sentence_dates(self.found.sentence(c.head))
                 if first in inside and value.value]
        values = [v for own, v in dated if own] or [v for _, v in dated]
        if values:
            return self._all_old(values)
        eras = self.cues.get("era", frozenset())
        for prep in view.children[verb]:
            if view.dep[prep] == "prep" and view.lower[prep] in ("during", "in"):
                phrase = " ".join(view.lower[t] for t in view.subtree(prep))
                if any(f" {era}" in phrase for era in eras):
                    return True
        return False

    def _record_in_past_perfect(self, view: ParseView, c: Candidate) -> bool:
        """Whether an act is told in the past perfect in a relative clause set off by a comma on an actor, the clause
        dating nothing: done before the news the main clause tells of that actor, its record ("Chile, which had backed
        the quotas, pressed the bloc on Friday to stand firm": the backing is background, whatever the date the
        main clause gives the sentence). Not a saying nor a threat ("Hungary, which had also said it might veto the
        package", "which had threatened to block it": a stance that may be the week's news); a verb joined in the
        clause with no subject of its own counts as its head."""
        verb = c.head.i
        if view.dep[verb] == "conj" and not any(view.dep[d] in ("nsubj", "nsubjpass") for d in view.children[verb]):
            verb = view.head[verb]
        if view.tag[verb] != "VBN" or not self._past_perfect(c.head.doc[verb]) or self.quoted(c) \
                or self.lex.says(view.lemma[verb]) or lookup(c.cameo).root == THREAT_ROOT \
                or not self._set_off_on_actor(view, verb):
            return False
        inside = set(view.subtree(verb))
        return not any(first in inside and value.value
                       for first, _, value in self.sentence_dates(self.found.sentence(c.head)))

    def _time_clause(self, view: ParseView, verb: int) -> bool:
        """Whether a verb heads a time clause ("before a ceasefire was announced on May 10"): a step of
        the story, not a voice that brings it back to the news; the verb by its index in the view."""
        marks = self.cues.get("temporal", ())
        return view.dep[verb] == "advcl" and any(view.dep[m] == "mark" and view.lower[m] in marks
                                                 for m in view.children[verb])

    @staticmethod
    def _reason_given(view: ParseView, saying: int, verb: int) -> bool:
        """Whether a verb of saying (by index) is a bare participle on the act's verb that gives the doer's reason
        ("rejected the demand, saying the shoal was its territory"): after a sentence told in the past perfect, the
        flashback of a background story, part of that act, no report of the news."""
        return view.tag[saying] == "VBG" and view.dep[saying] == "advcl" and view.head[saying] == verb

    def _before_background(self, view: ParseView, c: Candidate) -> bool:
        """Whether an undated act told in the past is in an "after" clause with a doer of its own
        (:func:`detente.events.date_anchors.after_clause_of`) in a sentence whose every date is background: it came
        before an act of the background, so it is background too ("Ruritania had recalled its ambassador in 2023,
        after Freedonia signed a pact with the breakaway region"; not "closed the border on Monday after gunmen
        attacked a post": a date of the news week is in the sentence)."""
        from detente.events.date_anchors import after_clause_of  # imports this module: import here, not at the top

        if c.head.tag_ not in ("VBD", "VBN", "NN", "NNS") or self.quoted(c):
            return False
        verb = after_clause_of(view, c.head.i)
        if verb is None or not any(view.dep[m] == "mark" and view.lower[m] == "after" for m in view.children[verb]):
            return False
        return self._all_dates_old(c)

    @staticmethod
    def _saying_as_deed(view: ParseView, verb: int) -> bool:
        """Whether a verb with a lemma of saying (by index) is a deed here, not a report: it takes an object and tells
        no clause ("recalled their ambassadors", "declared the envoy persona non grata"; not "told reporters that
        ...", "said it would ..."), so it does not bring a background story back to the news (session 58)."""
        children = view.children[verb]
        return any(view.dep[d] == "dobj" and view.pos[d] in ("NOUN", "PROPN") for d in children) \
            and not any(view.dep[d] in ("ccomp", "parataxis") for d in children)

    def _answer_in_story(self, view: ParseView, verb: int) -> bool:
        """Whether a verb of saying (by index) is a denial (reporting.tsv ``deny``: "denied", "dismissed") told in the
        simple past: the answer of a party to the background act before it, a step of that story, not a report
        that brings it back to the news ("Pakistan accused Kabul at the time of sheltering militants. The Taliban
        denied hosting the group."; session 63)."""
        return view.tag[verb] == "VBD" and self.lex.frames(view.lemma[verb], "deny")

    def _goes_on_with_background(self, c: Candidate) -> bool:
        """Whether an act told in the simple past (an event noun by the simple past it is the subject of), in a
        sentence with no date but background ones and no reporting verb (but in a time clause, or a participle of
        saying on the act after a sentence in the past perfect: :meth:`_reason_given`), follows a sentence of its
        paragraph whose every date is background: the story of that past goes on ("They fought a five-day war in
        March last year. India struck ... and Pakistan hit back ... before a truce was declared on March 12.")."""
        sent = self.found.sentence(c.head)
        view = self.found.view(sent.doc)
        verb = c.head.i
        if c.nominal and view.dep[verb] == "nsubj":
            verb = view.head[verb]  # an event noun told by its verb: "Freedonian mediation later produced an accord"
        if view.tag[verb] != "VBD" or self.quoted(c):
            return False
        own = [value.value for _, _, value in self.sentence_dates(sent)]
        old = date_values.BACKGROUND_DAYS
        index = self.found.sentence_of[sent.start]
        flashback = index > 0 and self._past_perfect(self.found.sentences[index - 1].root)
        if not all(date_values.is_historical(v, self.history_base, days=old) for v in own) or any(
                view.pos[i] == "VERB" and self.lex.says(view.lemma[i]) and not self._saying_as_deed(view, i)
                and not self._time_clause(view, i) and not (flashback and self._reason_given(view, i, verb))
                and not self._answer_in_story(view, i)
                for i in range(sent.start, sent.end)):
            return False
        before = [value.value for value in self.dates_before(sent)]  # none after a paragraph break
        return self._all_old(before, old) or not before and index > 0 and self._steps_back(index - 1, index)

    def _steps_back(self, index: int, following: int) -> bool:
        """Whether a sentence (by index), in the paragraph of the sentence after it, steps back into background with no
        date at all: a ``historical`` phrase of its own ("at the time", "years ago"; cues.tsv), so that the act
        undated after it goes on with that story ("Hanoi asked Seoul at the time to investigate. Seoul denied that
        its officers had used force."; session 66). "At the time" points back to the time told before: when the
        nearest of the two sentences before it that has dates (across a paragraph break, as wires give each
        sentence its own) has one of the last :data:`date_values.BACKGROUND_DAYS` days or to come, that time is
        the news ("A drone crashed on May 9. Riga protested at the time. Moscow dismissed the complaint.")."""
        from detente.events.context import same_paragraph  # imports the history rules: import here

        sent = self.found.sentences[index]
        if not same_paragraph(self.found, index, following) or self.sentence_dates(sent):
            return False
        words = " " + " ".join(t.lower_ for t in sent) + " "
        if not any(f" {phrase} " in words for phrase in self.cues.get("historical", ())):
            return False
        for earlier in range(index - 1, max(index - 3, -1), -1):
            values = [value.value for _, _, value in self.sentence_dates(self.found.sentences[earlier]) if value.value]
            if values:
                return self._all_old(values)
        return True
