"""Where the dates of a sentence sit in the parse, for the date rule (:mod:`detente.events.dating`): the sentence's
date expressions with their values (a date relative to the one before it in the sentence, an anaphoric date such as
"that month" against the sentence before, a month without a year in the year of a background sentence's month, an
implausible value dropped), the verb or event noun each one modifies (its anchor, or the act whose occasion it
names; a possessive day's anchor is its noun, "Tuesday's ruling", session 44), the chain of words whose date is an
event's, and the tests of the clause a date or an act is in (a plan, an act still to come, a clause of its own, a
reporting verb, a noun of another clause, a past perfect). The base of :class:`detente.events.dating.DateRules`; the
judge (:class:`detente.events.status.StatusJudge`) holds the article's state, and the date expressions themselves
are found by :mod:`detente.events.dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from detente.events import date_values
from detente.events import dates as dates_mod
from detente.events.context import same_paragraph
from detente.events.history import afterwards, made_before_its_verb
from detente.model import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon
    from detente.parse_view import ParseView

# the words that open a clause told as earlier or later than the verb it hangs on
AFTER_OR_BEFORE = ("after", "before")
# a word right after a date expression: "two years after it halted ..." ("after" has an object)
_HEADS_ACT = re.compile(r"\s+(?!(?:that|this)\b)[\w“\"‘']")


def after_clause(view: ParseView, verb: int) -> bool:
    """Whether a verb (by its index) heads an "after" or "before" clause with a doer of its own that names no span
    from the verb it hangs on ("after protesters stormed the embassy"; not "within a week after ...")."""
    marks = _time_marks(view, verb)
    if view.dep[verb] != "advcl" or not marks or not _own_doer(view, verb):
        return False
    before = marks[0] - 1
    return not (before >= 0 and view.lemma[before] in dates_mod.TIME_UNITS)


def after_clause_of(view: ParseView, word: int) -> int | None:
    """The verb (by index) of the "after" or "before" clause (:func:`after_clause`) a word is in, up from a verb joined
    to it or a word of it ("after a strike killed", "after the strike and the raid"), not past a relative, complement
    or other adverbial clause; else None."""
    verb = word
    for _ in range(8):
        if after_clause(view, verb) or view.head[verb] == verb \
                or view.dep[verb] in ("relcl", "ccomp", "parataxis", "advcl"):
            break
        verb = view.head[verb]
    return verb if after_clause(view, verb) else None


def after_or_before(view: ParseView, verb: int) -> bool:
    """Whether a verb (by its index) heads a clause of "after" or "before" on the verb it hangs on: a finite time
    clause marked so ("after the militia refused ...") or a gerund the preposition takes ("after accusing Kigali",
    "before flying to New Delhi")."""
    if view.dep[verb] == "advcl":
        return bool(_time_marks(view, verb))
    if view.dep[verb] == "pcomp" and view.tag[verb] == "VBG":
        prep = view.head[verb]
        return view.lower[prep] in AFTER_OR_BEFORE and view.dep[prep] == "prep"
    return False


def _time_marks(view: ParseView, verb: int) -> list[int]:
    """The "after" or "before" marks on a verb (by index), in order."""
    return [m for m in view.children[verb] if view.dep[m] == "mark" and view.lower[m] in AFTER_OR_BEFORE]


def after_gerund_of(view: ParseView, word: int) -> int | None:
    """The gerund (by index) that "after" or "before" takes (:func:`after_or_before`: "after accusing Kigali of ...")
    that a word is, or a verb joined to it or completing it ("after accusing Kigali and recalling ..."); else None."""
    verb = word
    for _ in range(4):
        if view.dep[verb] == "pcomp" and after_or_before(view, verb):
            return verb
        if view.dep[verb] not in ("conj", "xcomp") or view.head[verb] == verb:
            break
        verb = view.head[verb]
    return None


def _own_doer(view: ParseView, verb: int) -> bool:
    """Whether a verb (by its index) has a subject of its own, not a relative pronoun."""
    return view.pos[verb] == "VERB" and any(view.dep[s] in ("nsubj", "nsubjpass") and view.tag[s] not in ("WDT", "WP")
                                            for s in view.children[verb])


def infinitive_at(view: ParseView, verb: int) -> bool:
    """A "to"-infinitive clause ("to restore relations"), the verb by its index in the view."""
    return view.tag[verb] == "VB" and any(view.dep[c] == "aux" and view.lower[c] == "to" for c in view.children[verb])


# prepositions whose object is the occasion an act took place at or in ("met at the 2024 summit"): a date before it
# dates the act
_OCCASION_PREPS = frozenset({"at", "in", "during"})


class DateAnchors:
    """The date expressions of a sentence and where they sit in the parse; the judge provides the article's
    text, actors and publication date."""

    lex: Lexicon
    found: DocActors
    text: str
    base: dt.date | None
    date_warnings: list[str]
    _dates: dict[int, list[tuple[int, int, EventDate]]]
    _dropped: set[tuple[int, int]]

    def cue(self, kind: str, word: str) -> bool:
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
                    governs = bool(_HEADS_ACT.match(text, end))
                    if not value.value and found and found[-1][2].value:
                        # "pulled out in 2018, and Iran began breaching the limits a year later"; an
                        # "after"/"before" with words of its own heads the other act ("in June, two
                        # years after it halted imports")
                        value = dates_mod.resolve_relative(value, found[-1][2], governs=governs) or value
                    elif not value.value and not found and (dates_mod.is_anaphoric(value) or (
                            dates_mod.is_relative(value) and not (governs and value.text.lower().endswith(
                                ("after", "before"))))):
                        # "rose in February 2024 ... . Beijing began patrols that month": the date before;
                        # so for "signed an accord in 2021. Greece recalled its envoy the following year"
                        value = self._anaphora(sent, value)
                    elif value.value and self._bare_calendar_words(value) == "month":
                        value = self._in_year_said(found, value) or self._in_background_month(sent, value)
                    found.append((span[0], span[1] - 1, self._plausible(value, sent.start_char + start)))
            self._dates[sent.start] = found
        return self._dates[sent.start]

    def _anaphora(self, sent: Span, value: EventDate) -> EventDate:
        """An anaphoric date ("that month") resolved against the last date of the sentence before, in
        the same paragraph."""
        before = self.dates_before(sent)
        return (dates_mod.resolve_relative(value, before[-1]) or value) if before else value

    def _in_year_said(self, found: list[tuple[int, int, EventDate]], value: EventDate) -> EventDate | None:
        """A month or month and day named without a year after a year of its sentence before the year of
        publication is in that year ("Those talks stalled in 2024, and Budapest broke them off in November":
        November 2024), and after a month of such a year, in the twelve months from it ("held two boats in March
        2025 before releasing them in April": April 2025); None when the date before it in the sentence is no
        such year or month."""
        said = found[-1][2] if found else None
        if said is None or said.granularity not in ("year", "month") or not (said.value or "")[:4].isdigit() \
                or self.base is None or int((said.value or "")[:4]) >= self.base.year:
            return None
        year, month = int((said.value or "")[:4]), int((value.value or "")[5:7])
        if said.granularity == "month" and month < int((said.value or "")[5:7]):
            year += 1  # "in November 2024 ... in February": the February after it
        if (value.value or "")[:4] == str(year):
            return value
        if value.granularity == "day":
            day = date_values.valid_date(year, month, int((value.value or "")[8:10]))
            return None if day is None else EventDate(value.text, day.isoformat(), "day")
        return EventDate(value.text, f"{year:04d}-{month:02d}", "month")

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

    def _date_occasion_of(self, view: ParseView, first: int, last: int, anchor: int, chain: set[int]) -> int:
        """The verb of the act whose occasion or frame a date (the words ``first`` to ``last``, on
        ``anchor``) names: an event noun in a "during", "at" or "in" phrase on the act's words that the date
        follows ("attacked the church during a vigil on Saturday", "met at a summit on Thursday", "had promised
        her in a telephone call on Monday": the act's day; not "during an overnight vigil", a kind of vigil), or
        a participle dating the agreement a ``framework_prep`` phrase on the act names ("Under an accord signed
        in May 2024, the two sides pulled back troops": May 2024, as "Under a 2001 declaration" is 2001); else
        ``anchor``."""
        if anchor in chain:
            return anchor
        head = view.head[anchor]
        if first > anchor and view.dep[anchor] == "pobj" and view.lower[head] in ("during", "at", "in"):
            if view.head[head] in chain:
                return view.head[head]
            if view.lemma[anchor] in self.lex.nouns:
                # the parser may hang the occasion on the act's object ("had asked his counterpart for consular
                # access in a telephone call on Wednesday": the phrase on "access"): an event noun set after the
                # object of a verb of the act, one preposition away at most, is still that act's occasion
                up = view.head[head]
                if view.pos[up] in ("NOUN", "PROPN") and view.dep[up] == "pobj" \
                        and view.dep[view.head[up]] == "prep":
                    up = view.head[view.head[up]]
                elif view.pos[up] in ("NOUN", "PROPN") and view.dep[up] == "dobj":
                    up = view.head[up]
                if up != view.head[head] and up in chain and view.pos[up] == "VERB":
                    return up
        noun = view.head[anchor]
        prep = view.head[noun]
        if view.dep[anchor] == "acl" and view.tag[anchor] == "VBN" and view.dep[noun] == "pobj" \
                and view.lower[prep] in self.lex.words.framework_prep and view.head[prep] in chain:
            return view.head[prep]
        if view.dep[anchor] == "pobj" and view.lower[head] in self.lex.words.framework_prep and first < anchor:
            # a dated agreement set before the clauses it frames dates each of them ("Under the November 2024
            # ceasefire, Hezbollah was to withdraw ... and Israel was to pull its troops ...")
            framed = next((i for i in sorted(chain) if view.coordination_head(i) == view.head[head]), None)
            if framed is not None:
                return framed
        return anchor

    def _names_a_thing(self, view: ParseView, first: int, last: int, chain: set[int]) -> bool:
        """Whether a date is a modifier before a noun of another clause: "the United States, which
        helped broker last year's ceasefire, urged ..." dates the ceasefire, not the appeal. A noun
        in a phrase on the act's own verb frames it ("under a 2001 declaration, the two sides committed
        to ...") unless it is a thing the date names (:meth:`dated_thing`: "on the 1967 borders"). The date is
        the words ``first`` to ``last``."""
        head, dep = view.head, view.dep
        root = view.root(first, last + 1)
        if not (head[root] > root and view.pos[head[root]] in ("NOUN", "PROPN")
                and dep[root] in ("poss", "compound", "nmod", "amod", "nummod", "npadvmod")):
            return False
        noun = head[root]
        if noun not in chain and self.dated_thing(view, first, last) is not None:
            return True
        return not (dep[noun] == "pobj" and head[head[noun]] in chain)

    def pattern_complements(self, c: Candidate, view: ParseView) -> set[int]:
        """The complements of the act's verb that its verb pattern names (``~leave`` of "order +diplomat
        ~leave": "ordered two diplomats to leave the country"), by their indices: words of the act itself."""
        if c.nominal or c.cameo.startswith(("02", "10")):
            return set()
        pattern = self.lex.match_verb(c.head, view)
        if pattern is None or not pattern.comp or "*" in pattern.comp:
            return set()
        return {d for d in view.children[c.head.i]
                if view.dep[d] in ("xcomp", "ccomp", "acomp") and view.lemma[d] in pattern.comp}

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
            if dep[i] == "advcl" and self.lex.says(view.lemma[up]) \
                    and any(dep[m] == "mark" and self.cue("simultaneous", view.lower[m]) for m in children[i]):
                return {d for d in children[up] if dep[d] in ("ccomp", "parataxis") and d < up}
        return set()

    def _on_reporting_verb(self, view: ParseView, anchor: int, chain: set[int]) -> bool:
        """Whether a date's anchor is a reporting verb off the event's chain (it dates the saying)."""
        return anchor not in chain and self.lex.says(view.lemma[anchor])

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
        return any(view.dep[a] == "aux" and self.lex.to_come(view.lower[a]) for a in view.children[verb])

    @staticmethod
    def _in_relative_clause(view: ParseView, anchor: int, chain: set[int]) -> bool:
        """Whether a date's anchor is in a relative clause off the event's chain (by their indices): it dates an
        act of that clause or a thing it names ("halted imports of wine, which it had let back in after an
        embargo imposed in 2013": the halt is undated)."""
        i = anchor
        for _ in range(12):
            if i in chain:
                return False
            if view.dep[i] == "relcl":
                return True
            if view.head[i] == i:
                return False
            i = view.head[i]
        return False

    def _in_a_bounding_phrase(self, view: ParseView, first: int, chain: set[int]) -> bool:
        """Whether the date expression starting at ``first`` sits inside a phrase or clause a bound word opens
        (``bound_prep`` in words.tsv) with other words before it, off the event's chain (by their indices): the date
        is that of the event noun or clause the bound names ("has deported thousands of workers since a first large
        raid in August 2024", "has attacked the ports since it quit the grain deal in July 2023"), which marks where
        a run of acts began, not the act's own (session 62; "since 2019" right before the date is
        :meth:`~detente.events.dating.DateRules._bound`'s)."""
        bound = self.lex.words.bound_prep
        i = first
        for _ in range(12):
            if i in chain:
                return False
            if view.lower[i] in bound and view.dep[i] == "prep" and i < first - 1:
                return True  # "since a first large raid in August 2024"
            if any(view.lower[k] in bound and view.dep[k] == "mark" for k in view.children[i]) and i != first:
                return True  # "since it quit the deal in July 2023"
            if view.head[i] == i:
                return False
            i = view.head[i]
        return False

    def _in_participle_of_another_clause(self, view: ParseView, anchor: int, chain: set[int]) -> bool:
        """Whether a date's anchor is in a past participle describing a noun of another clause than the act's, off
        the event's chain (by their indices), a relative clause cut short: it dates the making of the thing the noun
        names ("rejected the protest, saying its troops had stayed inside a border fixed by arbitrators in 2019": the
        rejection is undated), as a relative clause does (:meth:`_in_relative_clause`; session 52; the parser may tag
        the participle as a past tense). Not one on the act's object or on a phrase of its verb, where the parser
        hangs the act's own date ("handed over six suspects arrested near the border to police on Monday") and the
        agreement a framed act is dated by ("will fund a hospital under agreements signed Monday"), nor one in the
        clause of a saying, whose statement it dates ("..., the ministry said in a statement released on Friday")."""
        i = anchor
        for _ in range(12):
            if i in chain or view.head[i] == i:
                return False
            if view.dep[i] == "acl" and view.tag[i] in ("VBN", "VBD") and view.pos[view.head[i]] in ("NOUN", "PROPN"):
                break
            i = view.head[i]
        else:
            return False
        i = view.head[i]  # (the noun: up to the act's words, through a clause of its own)
        for _ in range(12):
            if i in chain or view.head[i] == i:
                return False
            if view.dep[i] in ("ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp"):
                return not self.lex.says(view.lemma[i])
            i = view.head[i]
        return False

    @staticmethod
    def _participle_set_off(view: ParseView, anchor: int, chain: set[int]) -> bool:
        """Whether a date's anchor is in a bare past participle set off by a comma that the parser hangs on a verb as
        an adverbial clause, off the event's chain (by their indices): a relative clause cut short that tells when the
        thing it describes was made ("have not eased their ban on schooling, imposed in 2021": the easing is
        undated; session 58), as :meth:`_in_participle_of_another_clause` reads one the parser hangs on its noun. Not a
        participle with a doer, an auxiliary or a subordinator of its own ("after talks held in Doha")."""
        i = anchor
        for _ in range(8):
            if i in chain:
                return False
            if view.pos[i] in ("VERB", "AUX") or view.head[i] == i:
                break
            i = view.head[i]
        first = view.edges(i)[0]
        return i not in chain and view.dep[i] == "advcl" and view.tag[i] == "VBN" and first > 0 \
            and view.lower[first - 1] == "," and not any(
                view.dep[d] in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for d in view.children[i])

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
                    dep[a] == "aux" and view.lower[a] in ("had", "'d") for a in children[view.head[i]]) \
                    and not (dep[view.head[i]] == "ROOT" and not _own_doer(view, i)):
                # a simple past joined to a past perfect said is a clause of its own: "said air defences had destroyed
                # ... and accused"; joined to the main verb with no doer of its own, it shares its "had": "Algiers had
                # recalled its envoy on Jan. 30 and suspended a treaty"
                break
            if dep[i] == "conj" and view.tag[i] == "VBD" and self._to_come(view, view.head[i]):
                break  # a simple past joined to an act to come is a clause of its own: "would meet ... and urged"
            if dep[i] in ("conj", "relcl") and afterwards(view, i):
                # "had seized the tanker in December 2024, and prosecutors later charged its officers", "drawing a
                # protest from Doha, which later helped broker a ceasefire"
                break
            if dep[i] == "conj" and _own_doer(view, i):
                break  # a clause with a doer of its own: "accused Guyana on Wednesday, and Georgetown rejected ..."
            if not through_participles and dep[i] == "acl" and view.tag[i] == "VBN" \
                    and view.pos[view.head[i]] in ("NOUN", "PROPN") or made_before_its_verb(view, i):
                break  # "a truce brokered by Russia"
            if dep[i] == "acl" and view.tag[i] == "VBN" and view.edges(i)[0] > 0 \
                    and view.lower[view.edges(i)[0] - 1] == ",":
                # a participle set off by a comma describes the thing as it is ("agreed last year to an
                # initiative, largely funded by Australia, ...")
                break
            if not through_participles and self.found.sentence_of.get(i) != 0 and after_or_before(view, i):
                # an act "after" or "before" one is not on that one's day ("broke out on Sunday ... after the
                # militia refused to hand over a suspect", "is due to visit the site on Tuesday before flying to New
                # Delhi"); the lead's earlier act is dated as wires tell it (see dating.DateRules._told_in_the_body)
                break
            if dep[i] in ("ccomp", "parataxis", "conj") and any(
                    view.lower[p] == ";" and min(i, view.head[i]) < p < max(i, view.head[i])
                    for p in children[view.head[i]]):
                break  # a semicolon ends a clause the parser may hang on the next ("...; in 2023 it expelled")
            child, i = i, view.head[i]
            # a reporting verb with an object of its own is an act, and a verb joined to it shares its
            # date ("declared a state of emergency on Wednesday and sent 400 soldiers")
            # (and a bare participle of such an act tells more of it: "recalled its ambassador on Tuesday,
            # accusing Caracas of ...")
            if self.lex.says(view.lemma[i]) and view.pos[i] == "VERB" and (
                    dep[child] in ("ccomp", "xcomp", "parataxis", "dobj")
                    or (dep[child] == "advcl" and not self._participle_of_act(view, child, i))
                    or dep[child] != "conj" and not (dep[child] == "prep" and view.lower[child] == "by") and not any(
                        dep[d] == "dobj" or (dep[d] == "prep" and view.lower[d] in ("to", "with"))
                        for d in children[i])):
                # (so does one said to someone: "spoke to both sides on Monday and urged them ...", a verb
                # joined to it with no doer of its own: "spoke by telephone on Tuesday and agreed to ...", and the
                # means of a reply: "a move Minsk answered the same month by expelling two diplomats")
                break
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
        if view.dep[i] == "poss" and view.pos[view.head[i]] in ("NOUN", "PROPN"):
            # a possessive day dates its noun, not the clause the noun is in: "hailed Tuesday's ruling and called
            # on X to ..." dates the ruling, neither the hailing nor the appeal
            return view.head[i]
        thing = self.dated_thing(view, first, last)
        if thing is not None:
            return thing
        on = first - 1
        if on >= 0 and view.lower[on] == "on" and view.dep[on] == "prep" and view.dep[i] == "compound" \
                and view.pos[view.head[on]] == "VERB" and view.head[i] not in range(first, last + 1):
            # a day the parser glued to the name after it, the object set after the date ("welcomed on Wednesday
            # Libya's cooperation ...": "Wednesday Libya"), is said of the verb "on" hangs on (session 52)
            return view.head[on]
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

    def dated_thing(self, view: ParseView, first: int, last: int) -> int | None:
        """The noun (by index) a date set before it as its modifier names, when that noun is no event and no time
        or frame of an act: the object of a preposition other than a time, occasion or framework one ("voiced
        support for a state on the 1967 borders", "a claim to waters beyond the 1982 limits"): the year names the
        thing, and dates no act the parser hangs the phrase on (session 58). Not "at the 2024 summit", "during
        the 2022 floods", "under a 2001 declaration" (the act's occasion or frame), nor an event noun, which
        climbs no further anyway; else None. The date is the words ``first`` to ``last``."""
        root = view.root(first, last + 1)
        noun = view.head[root]
        if not (noun > last and view.pos[noun] in ("NOUN", "PROPN")
                and view.dep[root] in ("compound", "nmod", "amod", "nummod", "npadvmod")
                and view.lemma[noun] not in self.lex.nouns and view.dep[noun] == "pobj"):
            return None
        prep = view.lower[view.head[noun]]
        if prep in _OCCASION_PREPS or prep in self.lex.words.framework_prep or self.cue("temporal", prep):
            return None
        return noun

    def _before_reported_clause(self, view: ParseView, last: int, verb: int) -> bool:
        """Whether a date ending at ``last`` stands between a reporting verb and the subject of the
        complement clause of ``verb`` (by their indices), with no "that" between them."""
        up = view.head[verb]
        return view.dep[verb] == "ccomp" and up < last and self.lex.says(view.lemma[up]) \
            and any(view.dep[s] in ("nsubj", "nsubjpass") and s > last for s in view.children[verb]) \
            and not any(view.dep[m] == "mark" and m < last for m in view.children[verb])

    def _past_perfect(self, verb: Token) -> bool:
        return self.found.view(verb.doc).past_perfect(verb.i)

    def _this_week(self, date: EventDate) -> bool:
        """Whether a date names a day of the week up to the publication date."""
        day = date_values.value_to_day(date.value) if date.granularity == "day" else None
        return day is not None and self.base is not None and 0 <= (self.base - day).days < 7
