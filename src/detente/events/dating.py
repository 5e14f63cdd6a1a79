"""When an act happened: the date expressions of a sentence and the one that dates an event (its
chain of governing words, a "when" clause, the lone date of a sentence, a weekday or month still to come,
anaphoric dates such as "that month", an act tied to the dated act before it by "at the time", an
earlier act of the lead dated by the body's first day before the lead's). A
mixin of :class:`detente.events.status.StatusJudge`, which holds the article's state; the date
expressions themselves are found by :mod:`detente.events.dates`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, TypeVar

from detente.events import date_values
from detente.events import dates as dates_mod
from detente.events.context import same_paragraph
from detente.events.history import afterwards
from detente.events.speakers import SAY_KINDS
from detente.model import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon
    from detente.parse_view import ParseView

T = TypeVar("T")
# a word right after a date expression: "two years after it halted ..." ("after" has an object)
_HEADS_ACT = re.compile(r"\s+(?!(?:that|this)\b)[\w“\"‘']")
# the paragraphs after the lead in which wires say when the lead's earlier act happened
BODY_PARAGRAPHS = 3


@functools.cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The pattern of a ``tied`` cue phrase as a whole word sequence, compiled once per phrase."""
    return re.compile(r"\b" + re.escape(phrase) + r"\b")


def _own_doer(view: ParseView, verb: int) -> bool:
    """Whether a verb (by its index) has a subject of its own, not a relative pronoun."""
    return view.pos[verb] == "VERB" and any(view.dep[s] in ("nsubj", "nsubjpass") and view.tag[s] not in ("WDT", "WP")
                                            for s in view.children[verb])


def infinitive_at(view: ParseView, verb: int) -> bool:
    """A "to"-infinitive clause ("to restore relations"), the verb by its index in the view."""
    return view.tag[verb] == "VB" and any(view.dep[c] == "aux" and view.lower[c] == "to" for c in view.children[verb])


class DateRules:
    """The date rule of the status step; the judge provides the article's text, actors and publication date."""

    lex: Lexicon
    found: DocActors
    text: str
    base: dt.date | None
    cues: dict[str, frozenset[str]]
    date_warnings: list[str]
    _dates: dict[int, list[tuple[int, int, EventDate]]]
    _dropped: set[tuple[int, int]]

    def _because(self, field: str, value: T, reason: str) -> T:
        raise NotImplementedError  # the judge notes the rule that set a field

    def cue(self, kind: str, word: str) -> bool:
        raise NotImplementedError

    def chain(self, token: Token, stop_at_say: bool = True) -> list[Token]:
        raise NotImplementedError

    def sentence_dates(self, sent: Span) -> list[tuple[int, int, EventDate]]:
        """Date expressions of a sentence, as (first token, last token, date)."""
        if sent.start not in self._dates:
            found: list[tuple[int, int, EventDate]] = []
            text = self.text[sent.start_char:sent.end_char]
            view = self.found.view(sent.doc)
            for start, end, value in dates_mod.find_dates(text, self.base):
                # the words of the date (sent.char_span(..., alignment_mode="expand"), without the Span)
                span = view.char_span(sent.start_char + start, sent.start_char + end)
                # a date in the blanked dateline (see nlp.parse_copy) dates the copy, not an event
                if span is not None and span[0] < span[1] and not all(view.is_space[span[0]:span[1]]):
                    if not value.value and found and found[-1][2].value:
                        # "pulled out in 2018, and Iran began breaching the limits a year later"; an
                        # "after"/"before" with words of its own heads the other act ("in June, two
                        # years after it halted imports")
                        governs = bool(_HEADS_ACT.match(text, end))
                        value = dates_mod.resolve_relative(value, found[-1][2], governs=governs) or value
                    elif not value.value and not found and dates_mod.is_anaphoric(value):
                        # "rose in February 2024 ... . Beijing began patrols that month": the date before
                        value = self._anaphora(sent, value)
                    elif value.value and self._bare_calendar_words(value) == "month":
                        value = self._in_background_month(sent, value)
                    found.append((span[0], span[1] - 1, self._plausible(value, sent.start_char + start)))
            self._dates[sent.start] = found
        return self._dates[sent.start]

    def _anaphora(self, sent: Span, value: EventDate) -> EventDate:
        """An anaphoric date ("that month") resolved against the last date of the sentence before, in
        the same paragraph."""
        before = self.dates_before(sent)
        return (dates_mod.resolve_relative(value, before[-1]) or value) if before else value

    def _in_background_month(self, sent: Span, value: EventDate) -> EventDate:
        """A month or month and day named without a year, in the month of the background the sentence
        before dates, is in that month's year ("fought a four-day conflict in May last year. ... before a
        ceasefire was announced on May 10": May 10 of last year), when every date of that sentence is
        background."""
        before = self.dates_before(sent)
        if not before or not all(date_values.is_historical(v.value, self.base, days=date_values.BACKGROUND_DAYS)
                                 for v in before):
            return value
        last = before[-1].value or ""
        if len(last) < 7 or not last[:4].isdigit() or last[4:7] != (value.value or "")[4:7] \
                or last[:4] == (value.value or "")[:4]:
            return value
        year, month = int(last[:4]), int(last[5:7])
        if value.granularity == "day":
            day = date_values.valid_date(year, month, int((value.value or "")[8:10]))
            return value if day is None else EventDate(value.text, day.isoformat(), "day")
        return EventDate(value.text, f"{year:04d}-{month:02d}", "month")

    def dates_before(self, sent: Span) -> list[EventDate]:
        """The dates with a value of the sentence before ``sent`` in its paragraph (none for the first
        sentence of the article or of a paragraph)."""
        index = self.found.sentence_of[sent.start]
        if index == 0:
            return []
        if not same_paragraph(self.found, index - 1, index):
            return []
        return [v for _, _, v in self.sentence_dates(self.found.sentences[index - 1]) if v.value]

    def _plausible(self, date: EventDate, offset: int) -> EventDate:
        """The date, or its words without a value when the value cannot be true of this article
        (:func:`dates.event_date_problem`); a warning is recorded for each one dropped."""
        problem = date_values.event_date_problem(date.value, self.base)
        if problem is None:
            return date
        if (offset, len(date.text)) not in self._dropped:
            self._dropped.add((offset, len(date.text)))
            self.date_warnings.append(f"event date {date.text!r} at character {offset} dropped: {problem}")
        return EventDate(date.text, None, date.granularity)

    def date(self, c: Candidate) -> EventDate | None:
        return self._forward(c, self._told_in_the_body(c, self._date(c)))

    def _told_in_the_body(self, c: Candidate, date: EventDate | None) -> EventDate | None:
        """An earlier act the lead tells without a day of its own (in an "after" clause of the news, in
        the past perfect, or in a relative clause in the simple past: "demanded on Tuesday that China
        release a boat, whom the coast guard detained") happened on the first day the body names within
        the week before the lead's day ("... boarded the boat on Monday afternoon"), as wires tell it;
        "hours after" allows only the day before, "days after" not the day before. Else ``date``."""
        sent = self.found.sentence(c.head)
        if self.base is None or c.nominal or self.found.sentence_of[sent.start] != 0:
            return date
        view = self.found.view(sent.doc)
        expressions = self.sentence_dates(sent)
        window = self._earlier_act_window(view, c.head.i)
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
        if date is not None and date.value and date.value not in lead_values:
            return date
        lead_days = [d for _, _, v in expressions if v.granularity == "day" and v.value
                     and (d := date_values.value_to_day(v.value)) is not None and d <= self.base]
        news = max(lead_days, default=self.base)
        low, high = news - dt.timedelta(days=window[0]), news - dt.timedelta(days=window[1])
        paragraph = 0
        for index in range(1, len(self.found.sentences)):
            paragraph += not same_paragraph(self.found, index - 1, index)
            if paragraph > BODY_PARAGRAPHS:
                break
            for first, _, value in self.sentence_dates(self.found.sentences[index]):
                day = date_values.value_to_day(value.value) if value.granularity == "day" else None
                if day is None or (first > 0 and view.lower[first - 1] in ("since", "until", "till")):
                    continue
                if low <= day <= high:
                    return self._because("date", value, f"an earlier act of the lead, dated by the body's "
                                                        f"first day before the lead's: {value.text!r}")
        return date

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
            if view.head[i] == i or self.lex.reporting.get(view.lemma[i]) in SAY_KINDS:
                return None
            i = view.head[i]
        return None

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

    def _on_a_past_verb(self, c: Candidate, date: EventDate) -> bool:
        """Whether the sentence's expression of ``date`` modifies a verb told in the past (simple past or
        perfect: "agreed in March to send", "had agreed in December to provide")."""
        sent = self.found.sentence(c.head)
        view = self.found.view(sent.doc)
        for first, last, value in self.sentence_dates(sent):
            if value is not date and value != date:
                continue
            verb = self._anchor(view, first, last)
            if view.tag[verb] == "VBD" or view.tag[verb] == "VBN" and any(
                    view.dep[a] == "aux" and view.lower[a] in ("had", "'d", "has", "have")
                    for a in view.children[verb]):
                return True
        return False

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
                   if view.dep[child] == "aux"
                   and (self.cue("future", view.lower[child]) or view.lower[child] == "would")]
        # (also over the trip a purpose clause is for: "is set to visit Rabat on Friday to sign a deal")
        for lower, upper in zip(chain[:2], chain[1:3]):
            if not infinitive_at(view, lower.i):
                break
            if self.cue("scheduled", upper.lower_):
                to_come.append(upper.i)
                break
        start = min([c.head.idx, *(view.idx[i] for i in to_come)])
        if self.text.find(date.text, start, sent.end_char) < 0:
            return date  # "said on Tuesday it would ...": a weekday before the act dates the saying
        if not to_come and not planned:
            return date
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
    def _bare_calendar_words(date: EventDate) -> str | None:
        """"weekday" for a bare weekday ("Saturday", "on Saturday"), "month" for a month or a month and
        day named without a year or a relative word ("July", "in July", "on March 19", "19 March"),
        else None."""
        tables = dates_mod.word_tables()
        words = date.text.lower().replace(",", " ").split()
        if words and words[0] in ("on", "in"):
            words = words[1:]
        if len(words) == 1 and words[0] in tables.weekdays and date.granularity == "day":
            return "weekday"
        months = [w for w in words if w.rstrip(".") in tables.months]
        days = [w for w in words if w.isdigit() and len(w) <= 2]
        if len(months) == 1 and len(months) + len(days) == len(words) and len(days) == (date.granularity == "day"):
            return "month"
        return None

    @staticmethod
    def _when_of_date(head: Token, expressions: list[tuple[int, int, EventDate]]) -> EventDate | None:
        """The date a "when" relative clause hangs on: "since June, when Israel struck the sites"."""
        if head.dep_ != "relcl" or not any(ch.dep_ == "advmod" and ch.lower_ == "when" for ch in head.children):
            return None
        for first, last, value in expressions:
            if first <= head.head.i <= last:
                return value
        return None

    def _date(self, c: Candidate) -> EventDate | None:
        sent = self.found.sentence(c.head)
        expressions = self.sentence_dates(sent)
        if not expressions:
            tied = self._tied_date(c, sent, {c.head.i, *(t.i for t in c.trigger), *self._date_chain(c.head)})
            if tied is not None:
                return tied
            return self._because("date", None, "no date expression in the sentence")
        when = self._when_of_date(c.head, expressions)
        if when is not None:
            return self._because("date", when, "a 'when' clause on the date it names ('in June, when ...')")
        view = self.found.view(sent.doc)
        # an appeal's or demand's date is not that of the act it asks for ("pressed Lebanon to disarm
        # Hezbollah by the end of the year": the deadline dates the disarming)
        trigger = {t.i for t in c.trigger if t.i == c.head.i or not c.cameo.startswith(("02", "10"))
                   or not infinitive_at(view, t.i)}
        chain = set(self._date_chain(c.head)) | trigger
        # a day dates the act it is said of, not the making of a thing that act names ("agreed a truce on
        # Tuesday, brokered by Turkey": undated), while a month or a year spans both ("halted attacks in
        # May under an agreement mediated by Oman": May)
        day_chain = set(self._date_chain(c.head, through_participles=False)) | trigger
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
        for (first, _, value), anchor in zip(expressions, anchors):
            # "has besieged the city since May 2024, and has shelled the camps": the start of a state
            # dates that state only
            since = first > 0 and view.lower[first - 1] == "since"
            if anchor in (own if since else day_chain if value.granularity == "day" else chain):
                distance = abs(anchor - c.head.i)
                if best is None or distance < best[0]:
                    best = (distance, value)
                    reason = f"anchored on {view.text[view.idx[anchor]:view.end[anchor]]!r}, which governs the event"
        if best is not None:
            return self._because("date", best[1], reason)
        news = self._news_of_simultaneous_clause(view, chain)
        for (_, _, value), anchor in zip(expressions, anchors):
            if anchor in news and value.value:
                # "fighting spread to Goma on Tuesday, residents said, as Kinshasa called on ...": an act
                # told as happening as the news was reported happens on the news's day
                return self._because("date", value, "a clause of the same time ('as') on the report of a dated act")
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
                    and not (first > 0 and view.lower[first - 1] in ("since", "until", "till", "before"))
                    and first not in saying]
        # a day of the news dates the news, not an earlier act told in the past perfect ("accused China
        # on Wednesday ..., and said it had asked the United States to help")
        earlier = self._past_perfect(c.head)
        # and a date on a to-infinitive dates the act asked for or planned, not one done ("had asked her
        # to put the issue on the agenda of a summit on March 19")
        explicit = [v for (first, _, v), anchor in zip(expressions, anchors)
                    if v in explicit and not self._in_a_plan(view, anchor, c.head.i)]
        if len(explicit) == 1 and earlier and not self._this_week(explicit[0]):
            return self._because("date", explicit[0], "the sentence's one explicit date, on a past perfect")
        if len(expressions) == 1 and c.head.pos_ == "VERB" and c.head.dep_ in ("ROOT", "conj", "ccomp"):
            # a lone date the parser hung elsewhere ("fired tear gas at a crowd trying to reach the
            # embassy two days ago")
            first, last, value = expressions[0]
            anchor = anchors[0]
            if anchor not in chain and anchor not in asked and value.value and view.dep[anchor] != "appos" \
                    and not self._on_reporting_verb(view, anchor, chain) \
                    and not (earlier and self._this_week(value)) and not afterwards(view, c.head.i) \
                    and not self._other_clause(view, anchor) and not self._names_a_thing(view, first, last, chain) \
                    and not self._of_an_act_to_come(view, anchor, c.head.i) \
                    and not self._in_a_plan(view, anchor, c.head.i, asked=True):
                return self._because("date", value, "the sentence's lone date, in no clause of its own")
        return self._because("date", None, "no date expression governs the event")

    def _tied_date(self, c: Candidate, sent: Span, chain: set[int]) -> EventDate | None:
        tied = self._tied(c, sent, chain)
        if tied is None:
            return None
        return self._because("date", tied[1], f"tied to the dated act told before it by {tied[0]!r}")

    def _tied(self, c: Candidate, sent: Span, chain: set[int]) -> tuple[str, EventDate] | None:
        """The date of the act told just before, for an act a ``tied`` cue phrase on its own verb ties to
        it ("Brazil moved troops to the border at the time", "In the same statement, it asked ...",
        "hours later"): the last date earlier in the sentence, else the last of the sentence before in
        the same paragraph. A "since" or "until" date bounds a state, not an act, and is taken only when
        there is no other. The phrase and the date, or None. ``chain`` is the act's own words."""
        phrases = self.cues.get("tied", ())
        if not phrases:
            return None
        text = self.text[sent.start_char:sent.end_char].lower()
        view = self.found.view(sent.doc)
        # and the verbs the act's clause hangs on, short of a clause it is said in or a relative clause
        # ("responded at the time by barring goods": the reply's time is the barring's)
        chain = set(chain)
        i = c.head.i
        while view.head[i] != i and view.dep[i] not in ("ccomp", "parataxis", "relcl", "acl"):
            i = view.head[i]
            chain.add(i)
        for phrase in sorted(phrases):
            if phrase not in text:  # most sentences hold none of the phrases: no pattern to build
                continue
            for m in _phrase_pattern(phrase).finditer(text):
                span = view.char_span(sent.start_char + m.start(), sent.start_char + m.end())  # sent.char_span
                if span is None or span[0] >= span[1] or self._anchor(view, span[0], span[1] - 1) not in chain:
                    continue
                # a date on a noun ("Kosovo's 2008 declaration") dates that thing, not an act told before
                earlier = [(first, v) for first, last, v in self.sentence_dates(sent) if v.value and first < span[0]
                           and not self._names_a_thing(view, first, last, set())]
                if not earlier:
                    index = self.found.sentence_of[sent.start]
                    if index == 0 or not same_paragraph(self.found, index - 1, index):
                        continue
                    earlier = [(first, v) for first, _, v in self.sentence_dates(self.found.sentences[index - 1])
                               if v.value]
                plain = [v for first, v in earlier
                         if not (first > 0 and view.lower[first - 1] in ("since", "until", "till"))]
                told = plain or [v for _, v in earlier]
                if told and told[-1].granularity != "week":
                    return phrase, told[-1]
        return None

    def _date_occasion_of(self, view: ParseView, first: int, last: int, anchor: int, chain: set[int]) -> int:
        """The verb of the act whose occasion or frame a date (the words ``first`` to ``last``, on
        ``anchor``) names: an event noun in a "during" or "at" phrase on the act's words that the date
        follows ("attacked the church during a vigil on Saturday", "met at a summit on Thursday": the
        act's day; not "during an overnight vigil", a kind of vigil), or a participle dating the
        agreement a ``framework_prep`` phrase on the act names ("Under an accord signed in May 2024,
        the two sides pulled back troops": May 2024, as "Under a 2001 declaration" is 2001); else
        ``anchor``."""
        if anchor in chain:
            return anchor
        head = view.head[anchor]
        if first > anchor and view.dep[anchor] == "pobj" and view.lower[head] in ("during", "at") \
                and view.head[head] in chain:
            return view.head[head]
        noun = view.head[anchor]
        prep = view.head[noun]
        if view.dep[anchor] == "acl" and view.tag[anchor] == "VBN" and view.dep[noun] == "pobj" \
                and view.lower[prep] in self.lex.words.framework_prep and view.head[prep] in chain:
            return view.head[prep]
        return anchor

    @staticmethod
    def _names_a_thing(view: ParseView, first: int, last: int, chain: set[int]) -> bool:
        """Whether a date is a modifier before a noun of another clause: "the United States, which
        helped broker last year's ceasefire, urged ..." dates the ceasefire, not the appeal. A noun
        in a phrase on the act's own verb frames it ("under a 2001 declaration, the two sides committed
        to ..."). The date is the words ``first`` to ``last``."""
        head, dep = view.head, view.dep
        root = view.root(first, last + 1)
        if not (head[root] > root and view.pos[head[root]] in ("NOUN", "PROPN")
                and dep[root] in ("poss", "compound", "nmod", "amod", "nummod", "npadvmod")):
            return False
        noun = head[root]
        return not (dep[noun] == "pobj" and head[head[noun]] in chain)

    def _talked_about(self, c: Candidate) -> bool:
        """Whether the candidate is an event noun that is the object of a verb about an act that happened
        (cues.tsv ``presupposing``: "condemned the raid", "urged X to halt its drills")."""
        return c.nominal and c.head.dep_ == "dobj" and c.head.head.pos_ == "VERB" \
            and self.cue("presupposing", c.head.head.lemma_.lower())

    def _news_of_simultaneous_clause(self, view: ParseView, chain: set[int]) -> set[int]:
        """The verbs of the reported clause when the event's chain ends in a clause of the same time
        (cues.tsv ``simultaneous``: "as", "while") hung on the reporting verb ("X spread ..., residents said,
        as Kinshasa called on ..."), by their indices; else none."""
        dep, children = view.dep, view.children
        for i in chain:
            up = view.head[i]
            if dep[i] == "advcl" and self.lex.reporting.get(view.lemma[up]) in SAY_KINDS \
                    and any(dep[m] == "mark" and self.cue("simultaneous", view.lower[m]) for m in children[i]):
                return {d for d in children[up] if dep[d] in ("ccomp", "parataxis") and d < up}
        return set()

    def _on_reporting_verb(self, view: ParseView, anchor: int, chain: set[int]) -> bool:
        """Whether a date's anchor is a reporting verb off the event's chain (it dates the saying)."""
        return anchor not in chain and self.lex.reporting.get(view.lemma[anchor]) in SAY_KINDS

    @staticmethod
    def _in_a_plan(view: ParseView, anchor: int, verb: int, asked: bool = False) -> bool:
        """Whether a date's anchor is, or is a noun in the phrases of, a to-infinitive other than the act
        (by their indices): it dates the act asked for or planned ("had asked her to put the issue on
        the agenda of a summit on March 19", "are due to meet in July"), not one already done. With
        ``asked``, only an infinitive asked of someone, its verb's object ("asked her to put ..."), not
        one of an aim ("a crowd trying to reach the embassy two days ago")."""
        i = anchor
        for _ in range(8):
            if view.pos[i] in ("VERB", "AUX"):
                return i != verb and infinitive_at(view, i) and (not asked or any(
                    view.dep[o] in ("dobj", "dative") for o in view.children[view.head[i]]))
            if view.head[i] == i:
                return False
            i = view.head[i]
        return False

    def _of_an_act_to_come(self, view: ParseView, anchor: int, verb: int) -> bool:
        """Whether a date's anchor is (or hangs on) a verb of another act still to come, while the act,
        the verb by its index, is told in the simple past: "said he would raise the case at a meeting on
        Monday and called on the bloc to ..." dates the raising, not the appeal."""
        i = anchor
        for _ in range(8):
            if view.pos[i] in ("VERB", "AUX") or view.head[i] == i:
                break
            i = view.head[i]
        return i != verb and view.tag[verb] == "VBD" and self._to_come(view, i)

    def _to_come(self, view: ParseView, verb: int) -> bool:
        """Whether a verb has a modal of the future ("will", "would") on it, by its index in the view."""
        return any(view.dep[a] == "aux" and (self.cue("future", view.lower[a]) or view.lower[a] == "would")
                   for a in view.children[verb])

    @staticmethod
    def _other_clause(view: ParseView, anchor: int) -> bool:
        """Whether a date's anchor is the verb of a relative, conjoined or complement clause with its own
        subject. A time clause ("deteriorated as its leaders announced X and left in 2012") is not."""
        top = view.coordination_head(anchor)
        if view.dep[top] == "advcl":
            return False
        return view.pos[anchor] in ("VERB", "AUX") \
            and view.dep[anchor] in ("relcl", "conj", "ccomp", "parataxis", "acl") \
            and any(view.dep[d] in ("nsubj", "nsubjpass") for d in view.children[anchor])

    def _date_chain(self, token: Token, through_participles: bool = True) -> list[int]:
        """The words whose date is the event's: ``token`` and the words governing it, up to the reporting
        verb whose complement it is ("said on Monday that ..." dates the saying), and not beyond a
        relative clause in the present ("closed the border in 2024, accusing it of backing rebels who
        attack it": the attacks go on). A reporting verb reached otherwise is an act of its own
        ("recalled its envoy in 2024 after an attack that it blamed on ...").
        Without ``through_participles``, not beyond a participle describing a noun ("agreed a truce on Tuesday,
        brokered by Turkey": the brokering took days before). The words by their indices in the parse view."""
        view = self.found.view(token.doc)
        dep, children = view.dep, view.children
        i = token.i
        out = [i]
        while view.head[i] != i:
            if dep[i] == "relcl" and (view.tag[i] in ("VBZ", "VBP") or any(
                    dep[a] == "aux" and view.lower[a] in ("has", "have") for a in children[i])):
                break
            if dep[i] == "relcl" and any(dep[a] == "aux" and view.lower[a] in ("had", "'d") for a in children[i]) \
                    and any(dep[s] in ("nsubj", "nsubjpass") and view.tag[s] not in ("WDT", "WP")
                            for s in children[i]):
                break  # an earlier act of another doer: "an exercise that Pyongyang had denounced"
            if dep[i] == "conj" and view.tag[i] == "VBD" and view.tag[view.head[i]] == "VBN" and any(
                    dep[a] == "aux" and view.lower[a] in ("had", "'d") for a in children[view.head[i]]):
                break  # a simple past joined to a past perfect is a clause of its own: "had destroyed ... and accused"
            if dep[i] == "conj" and view.tag[i] == "VBD" and self._to_come(view, view.head[i]):
                break  # a simple past joined to an act to come is a clause of its own: "would meet ... and urged"
            if dep[i] == "conj" and afterwards(view, i):
                break  # "had seized the tanker in December 2024, and prosecutors later charged its officers"
            if dep[i] == "conj" and _own_doer(view, i):
                break  # a clause with a doer of its own: "accused Guyana on Wednesday, and Georgetown rejected ..."
            if not through_participles and dep[i] == "acl" and view.tag[i] == "VBN" \
                    and view.pos[view.head[i]] in ("NOUN", "PROPN"):
                break  # "a truce brokered by Russia"
            child, i = i, view.head[i]
            # a reporting verb with an object of its own is an act, and a verb joined to it shares its
            # date ("declared a state of emergency on Wednesday and sent 400 soldiers")
            # (and a bare participle of such an act tells more of it: "recalled its ambassador on Tuesday,
            # accusing Caracas of ...")
            if self.lex.reporting.get(view.lemma[i]) in SAY_KINDS and view.pos[i] == "VERB" and (
                    dep[child] in ("ccomp", "xcomp", "parataxis", "dobj")
                    or (dep[child] == "advcl" and not self._participle_of_act(view, child, i))
                    or not any(dep[d] == "dobj" or (dep[d] == "prep" and view.lower[d] in ("to", "with"))
                               for d in children[i])):
                break  # (so does one said to someone: "spoke to both sides on Monday and urged them ...")
            out.append(i)
        return out

    def _naming_clause(self, view: ParseView, verb: int) -> bool:
        """Whether a verb (by its index) is a naming verb in a clause of "what" that names the object of
        the verb it hangs on ("what the army called militant hideouts"): words about the object, not an
        act of its own."""
        return view.lemma[verb] in self.lex.words.naming_verb and view.head[verb] != verb \
            and any(view.tag[w] in ("WP", "WDT") and view.dep[w] == "dobj" for w in view.children[verb])

    @staticmethod
    def _participle_of_act(view: ParseView, participle: int, verb: int) -> bool:
        """Whether a clause on a reporting verb with a noun object of its own (an act: "recalled its
        ambassador") is a bare participle after it ("..., accusing Caracas of ..."), by their indices."""
        return view.tag[participle] == "VBG" and participle > verb \
            and not any(view.dep[d] in ("nsubj", "nsubjpass", "mark") for d in view.children[participle]) \
            and any(view.dep[o] == "dobj" and view.pos[o] in ("NOUN", "PROPN") for o in view.children[verb])

    def _anchor(self, view: ParseView, first: int, last: int) -> int:
        """The verb or event noun a date expression (the words ``first`` to ``last``) modifies, by its index."""
        i = view.root(first, last + 1)
        for _ in range(8):
            if view.head[i] == i:
                return i
            i = view.head[i]
            if view.pos[i] in ("VERB", "AUX") and self._before_reported_clause(view, last, i):
                # "said on Wednesday it had killed 20 rebels": a date between a reporting verb and the subject
                # of its clause dates the saying, wherever the parser hung it
                return view.head[i]
            if view.pos[i] == "VERB" and self._naming_clause(view, i):
                continue  # "struck what the army called hideouts in X overnight": the striking's
            if view.pos[i] in ("VERB", "AUX") or view.lemma[i] in self.lex.nouns:
                return i
            if view.dep[i] == "appos":
                return i  # it describes an actor: "Croatia, an EU member since 2013, has said ..."
        return i

    def _before_reported_clause(self, view: ParseView, last: int, verb: int) -> bool:
        """Whether a date ending at ``last`` stands between a reporting verb and the subject of the
        complement clause of ``verb`` (by their indices), with no "that" between them."""
        up = view.head[verb]
        return view.dep[verb] == "ccomp" and up < last and self.lex.reporting.get(view.lemma[up]) in SAY_KINDS \
            and any(view.dep[s] in ("nsubj", "nsubjpass") and s > last for s in view.children[verb]) \
            and not any(view.dep[m] == "mark" and m < last for m in view.children[verb])

    def _past_perfect(self, verb: Token) -> bool:
        view = self.found.view(verb.doc)
        return verb.tag_ == "VBN" and any(view.dep[c] == "aux" and view.lower[c] in ("had", "'d")
                                          for c in view.children[verb.i])

    def _this_week(self, date: EventDate) -> bool:
        """Whether a date names a day of the week up to the publication date."""
        day = date_values.value_to_day(date.value) if date.granularity == "day" else None
        return day is not None and self.base is not None and 0 <= (self.base - day).days < 7
