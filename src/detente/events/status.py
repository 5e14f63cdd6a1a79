"""Did it happen, when, where, and according to whom: negation, modality, history, date,
location and attribution of event candidates. Cue words come from ``data/lexicon/cues.tsv``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from detente.actors.resolve import ActorRef, DocActors
from detente.events import dates as dates_mod
from detente.events.extract import IMPLICATIVE, Candidate, Extractor
from detente.events.lexicon import Lexicon
from detente.model import Attribution, EventDate, Location

PLACE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "on", "through", "off",
               "along", "over", "within", "north", "south", "east", "west"}
DESTINATION_PREPS = {"to", "into", "toward", "towards"}
SAY_KINDS = {"say", "deny"}


@dataclass
class Speaker:
    token: object
    ref: ActorRef | None
    text: str
    anonymous: bool


class StatusJudge:
    """Judges the status of one article's candidates; remembers anonymous sources across sentences."""

    def __init__(self, lexicon: Lexicon, extractor: Extractor, found: DocActors, doc, base: dt.date | None,
                 quote_speakers: dict[tuple[int, int], Speaker | None], org_of=None, quote_spans=None,
                 text: str | None = None):
        self.lex, self.x, self.found, self.doc, self.base = lexicon, extractor, found, doc, base
        self.text = text if text is not None else doc.text  # the article text (Span.text is slow)
        self.org_of = org_of or (lambda ref: None)
        self.quote_speakers = quote_speakers
        self.quote_spans: list[tuple[int, int]] = list(quote_spans or quote_speakers)
        self.cues = lexicon.cues
        self.last_anonymous: Speaker | None = None
        self._dates: dict[int, list[tuple[int, int, EventDate]]] = {}
        self.date_warnings: list[str] = []  # implausible event dates that were dropped, one line each
        self._dropped: set[tuple[int, int]] = set()
        self._chains: dict[tuple[int, bool], list] = {}
        self.history_base = base or _latest_year(found.sentences)

    def sent(self, token):
        """The sentence of a token (looked up, not recomputed as ``Token.sent`` would)."""
        return self.found.sentences[self.found.sentence_of[token.i]]

    def sent_text(self, token) -> str:
        """The text of a token's sentence, sliced from the article."""
        sent = self.sent(token)
        return self.text[sent.start_char:sent.end_char]

    def cue(self, kind: str, word: str) -> bool:
        return word in self.cues.get(kind, ())

    # -- chains -----------------------------------------------------------------------------
    def chain(self, token, stop_at_say: bool = True) -> list:
        """``token`` and the words governing it, up to (not including) a reporting verb."""
        key = (token.i, stop_at_say)
        if key not in self._chains:
            out = [token]
            while token.head.i != token.i:
                token = token.head
                if stop_at_say and self.lex.reporting.get(token.lemma_.lower()) in SAY_KINDS and token.pos_ == "VERB":
                    break
                out.append(token)
            self._chains[key] = out
        return self._chains[key]

    # -- negation ---------------------------------------------------------------------------
    def refused(self, c: Candidate) -> bool:
        """Whether a negating frame verb governs the event ("failed to reach a deal")."""
        return any(t.pos_ in ("VERB", "AUX") and self.cue("negating", t.lemma_.lower())
                   for t in self.chain(c.head, stop_at_say=True)[1:]) and c.frame != "refuse"

    def negated(self, c: Candidate) -> bool:
        heads = [c.head] + ([c.frame_token] if c.frame_token is not None else [])
        for token in heads + c.trigger[1:]:
            for child in token.children:
                if child.dep_ == "neg" or (child.dep_ in ("advmod", "det", "preconj") and self.cue("negation", child.lower_)):
                    return True
                if child.dep_ in ("nsubj", "nsubjpass") and any(
                        d.dep_ == "det" and self.cue("negation", d.lower_) for d in child.children):
                    return True  # "No state has recognised ..."
        for token in self.chain(c.head, stop_at_say=False)[1:]:
            if token.pos_ in ("VERB", "AUX") and self.cue("negating", token.lemma_.lower()) and c.frame != "refuse":
                return True
            if token.dep_ == "pobj" and token.head.lower_ == "without":
                return True
        return False

    # -- modality ---------------------------------------------------------------------------
    def modality(self, c: Candidate, attribution: Speaker | None, date: EventDate | None) -> str:
        sent_text = self.sent_text(c.head).strip().rstrip("\"'”’ ")
        if sent_text.endswith("?"):
            return "question"
        chain = self.chain(c.frame_token if c.frame_token is not None else c.head)
        if c.frame_token is not None:
            chain = [c.head] + chain
        future = intended = backshifted = False
        # "X said it would fund Y": in reported speech "would" is a backshifted "will", not a
        # possibility, unless a condition goes with it ("would accept a truce if ...")
        top = chain[-1]
        reported_will = top.head.i != top.i and top.head.pos_ == "VERB" \
            and self.lex.reporting.get(top.head.lemma_.lower()) in SAY_KINDS \
            and not any(self.cue("conditional", t.lower_) for t in self.sent(c.head)) \
            and "in the event" not in self.sent_text(c.head).lower()
        previous = None
        for token in chain:
            for child in token.children:
                lower = child.lower_
                if child.dep_ == "aux" and lower == "would" and reported_will:
                    backshifted = True
                    continue
                if child.dep_ == "aux" and self.cue("hypothetical", lower):
                    return "hypothetical"
                if child.dep_ == "mark" and self.cue("conditional", lower):
                    return "hypothetical"
                if child.dep_ == "aux" and self.cue("future", lower):
                    future = True
                if child.dep_ in ("amod", "advmod") and self.cue("hypothetical", lower) and token in c.trigger:
                    return "hypothetical"
            lemma = token.lemma_.lower()
            kind = self.lex.reporting.get(lemma)
            if previous is not None and _infinitive(previous):
                if self.cue("scheduled", token.lower_) or self.cue("scheduled", lemma):
                    future = True
                elif self.cue("willing", lemma) or kind == "intend":
                    intended = True
                elif token.pos_ in ("NOUN", "PROPN", "ADJ") or previous.dep_ in ("xcomp", "ccomp", "acl", "relcl"):
                    if lemma not in IMPLICATIVE:  # a possibility, not a fact: "the way for Russia to mediate"
                        return "hypothetical"
                elif lemma not in IMPLICATIVE:
                    # a purpose ("travelled to Brussels to brief allies"): intended, or as unsure as its head
                    intended = True
            elif previous is not None and previous.dep_ == "xcomp" and kind == "hypothetical":
                return "hypothetical"
            if token.dep_ == "relcl":
                break  # a relative clause has its own modality: "Qatar, which hosted the talks, could ..."
            previous = token
        if c.frame == "intend":
            intended = True
        if self._says_future(c) or (date is not None and date.value and self.base
                                    and _starts_after(date.value, self.base)):
            future = True
        if future:
            return "future"
        if intended:
            return "intended"
        if backshifted:
            # one's own announced plan is an intention; someone else's, a future act they report
            return "intended" if attribution is None or self._speaks_for_source(attribution, c) else "future"
        if attribution is not None and not self._speaks_for_source(attribution, c):
            return "reported"
        return "asserted"

    def _says_future(self, c: Candidate) -> bool:
        for child in c.head.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                if any(p.lower_ == "future" for p in child.children):
                    return True
        return False

    def _speaks_for_source(self, speaker: Speaker, c: Candidate) -> bool:
        if speaker.ref is None or speaker.anonymous:
            return False
        keys = {ref.key for _, ref in c.sources}
        codes = {ref.code for _, ref in c.sources if ref.code}
        return speaker.ref.key in keys or self.org_of(speaker.ref) in keys or speaker.ref.code in codes

    # -- dates ------------------------------------------------------------------------------
    def sentence_dates(self, sent) -> list[tuple[int, int, EventDate]]:
        """Date expressions of a sentence, as (first token, last token, date)."""
        if sent.start not in self._dates:
            found = []
            text = self.text[sent.start_char:sent.end_char]
            for start, end, value in dates_mod.find_dates(text, self.base):
                span = sent.char_span(start, end, alignment_mode="expand")
                # a date in the blanked dateline (see nlp.parse_copy) dates the copy, not an event
                if span is not None and len(span) and not all(t.is_space for t in span):
                    found.append((span.start, span.end - 1, self._plausible(value, sent.start_char + start)))
            self._dates[sent.start] = found
        return self._dates[sent.start]

    def _plausible(self, date: EventDate, offset: int) -> EventDate:
        """The date, or its words without a value when the value cannot be true of this article
        (:func:`dates.event_date_problem`); a warning is recorded for each one dropped."""
        problem = dates_mod.event_date_problem(date.value, self.base)
        if problem is None:
            return date
        if (offset, len(date.text)) not in self._dropped:
            self._dropped.add((offset, len(date.text)))
            self.date_warnings.append(f"event date {date.text!r} at character {offset} dropped: {problem}")
        return EventDate(date.text, None, date.granularity)

    def date(self, c: Candidate) -> EventDate | None:
        return self._forward(c, self._date(c))

    def _forward(self, c: Candidate, date: EventDate | None) -> EventDate | None:
        """A bare weekday on an act still to come ("would start on Saturday", "will meet on Monday") is
        the next such day, not the last one."""
        if date is None or not date.value or not self.base or date.granularity != "day":
            return date
        words = date.text.lower().split()
        if not words or words[-1] not in dates_mod._tables().weekdays or len(words) > 2 \
                or (len(words) == 2 and words[0] != "on"):
            return date
        sent = self.sent(c.head)
        if self.text.find(date.text, c.head.idx, sent.end_char) < 0:
            return date  # "said on Tuesday it would ...": a weekday before the act dates the saying
        to_come = any(child.dep_ == "aux" and (self.cue("future", child.lower_) or child.lower_ == "would")
                      for token in self.chain(c.head)[:3] for child in token.children)
        day = dt.date.fromisoformat(date.value)
        if to_come and day < self.base:
            return EventDate(text=date.text, value=(day + dt.timedelta(days=7)).isoformat(), granularity="day")
        return date

    def _date(self, c: Candidate) -> EventDate | None:
        sent = self.sent(c.head)
        expressions = self.sentence_dates(sent)
        if not expressions:
            return None
        chain = {t.i for t in self.chain(c.head)} | {t.i for t in c.trigger}
        best = None
        for first, last, value in expressions:
            anchor = self._anchor(sent.doc[first:last + 1])
            if anchor is not None and anchor.i in chain:
                distance = abs(anchor.i - c.head.i)
                if best is None or distance < best[0]:
                    best = (distance, value)
        if best is not None:
            return best[1]
        doc = sent.doc
        explicit = [v for first, _, v in expressions if v.value and v.value[:4].isdigit() and v.granularity != "week"
                    and not (first > 0 and doc[first - 1].lower_ in ("since", "until", "till", "before"))]
        if len(explicit) == 1 and self._past_perfect(c.head):
            return explicit[0]
        if len(expressions) == 1 and c.head.pos_ == "VERB" and c.head.dep_ in ("ROOT", "conj", "ccomp"):
            # a lone date the parser hung elsewhere ("fired tear gas at a crowd trying to reach the
            # embassy two days ago"), unless it dates a reporting verb ("said on Monday")
            first, last, value = expressions[0]
            anchor = self._anchor(doc[first:last + 1])
            if anchor is not None and self.lex.reporting.get(anchor.lemma_.lower()) not in SAY_KINDS \
                    and not (anchor.i in chain) and value.value:
                return value
        return None

    def _anchor(self, span):
        """The verb or event noun a date expression modifies."""
        token = span.root
        for _ in range(8):
            if token.head.i == token.i:
                return token
            token = token.head
            if token.pos_ in ("VERB", "AUX") or token.lemma_.lower() in self.lex.nouns:
                return token
        return token

    @staticmethod
    def _past_perfect(verb) -> bool:
        return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)

    # -- history ----------------------------------------------------------------------------
    def historical(self, c: Candidate, date: EventDate | None) -> bool:
        ongoing = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in c.head.children) \
            or c.head.tag_ in ("VBZ", "VBP")
        if date is not None and date.value:
            if date.text.lower().startswith("since") and ongoing:
                return False
            if dates_mod.is_historical(date.value, self.history_base):
                return True
        if ongoing:
            return False
        clause = self.sent_text(c.head).lower()
        has_cue = any(phrase in clause for phrase in self.cues.get("historical", ()))
        began = any(t.lemma_ in ("begin", "start", "erupt", "break") and t.dep_ == "advcl" for t in c.head.children)
        return self._past_perfect(c.head) and (has_cue or began or date is not None)

    # -- location ---------------------------------------------------------------------------
    def location(self, c: Candidate) -> Location | None:
        """A named place the event happened at: on the verb, its event noun, or its target
        ("hosted X in Doha"); failing that, where it went ("delivered aid to Geneina")."""
        holders = [*c.trigger, c.head, *(t for t, _ in c.targets),
                   *(t.head for t, _ in c.targets if t.dep_ in ("compound", "amod", "poss"))]
        for preps in (PLACE_PREPS, DESTINATION_PREPS):
            for token in holders:
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in preps:
                        for pobj in child.children:
                            place = self._place(pobj) if pobj.dep_ == "pobj" else None
                            if place is not None:
                                return place
        return None

    def _place(self, token) -> Location | None:
        """A named place, or the place in "the town of Saraqeb", "the outskirts of Aleppo"."""
        if token.i in self.found.places:
            text, country = self.found.places[token.i]
            return Location(text=text, country=country)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.found.places:
                        text, country = self.found.places[pobj.i]
                        return Location(text=text, country=country)
        return None

    # -- attribution ------------------------------------------------------------------------
    def attribution(self, c: Candidate) -> Speaker | None:
        token = c.frame_token if c.frame_token is not None else c.head
        path = [token]
        while token.head.i != token.i:
            child, token = token, token.head
            path.append(token)
            kind = self.lex.reporting.get(token.lemma_.lower())
            if kind in SAY_KINDS and token.pos_ == "VERB" and child.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis", "dobj"):
                speaker = self._speaker_of(token)
                if speaker is not None:
                    return speaker
        for token in path:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "according":
                    speaker = self._according(child)
                    if speaker is not None:
                        return speaker
        for (start, end), speaker in self.quote_speakers.items():
            if start <= c.head.idx < end and speaker is not None:
                return speaker
        return None

    def _according(self, prep) -> Speaker | None:
        for to in prep.children:
            for obj in to.children:
                if obj.pos_ in ("VERB", "AUX"):
                    return self._speaker_of(obj)
                if obj.dep_ in ("pobj", "pcomp"):
                    return self.speaker(obj)
        return None

    def _speaker_of(self, verb) -> Speaker | None:
        """The subject of a reporting verb; "..., saying" takes the subject of the clause it hangs on,
        skipping clauses inside quotation marks (a quote's speaker is never inside it)."""
        first = verb
        for _ in range(6):
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and not self._quoted(child) \
                        and (verb.i == first.i or not self._quoted(verb)):
                    return self.speaker(child)
            if verb.head.i == verb.i or verb.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "relcl"):
                break
            verb = verb.head
        return self._speaker_before(first)

    def _speaker_before(self, verb) -> Speaker | None:
        """A misparsed "..., a diplomat who asked not to be named said.": the noun phrase between
        the last comma and the reporting verb."""
        sent = self.sent(verb)
        start = verb.i
        while start > sent.start and verb.doc[start - 1].text not in (",", "”", '"'):
            start -= 1
        heads = [t for t in verb.doc[start:verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i >= start
                 or t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in ("appos", "conj", "pobj", "dobj")]
        if not heads or verb.i - start > 12:
            return None
        return self.speaker(heads[0])

    def _quoted(self, token) -> bool:
        return any(start <= token.idx < end for start, end in self.quote_spans)

    def speaker(self, token) -> Speaker:
        """Who a speaker noun phrase is, and whether the source is unnamed."""
        ref = self.found.by_token.get(token.i)
        start, end = token.left_edge.i, token.right_edge.i + 1
        if end - start > 12:
            start, end = token.i, token.i + 1
        span = token.doc[start:end]
        # named: a person's name, or a body named as the speaker itself ("the EU said"); "an EU
        # diplomat" or "a senior US official" names no one
        named = any(t.pos_ == "PROPN" and self.found.by_token.get(t.i) is not None
                    and self.found.by_token[t.i].kind == "person" for t in span) \
            or (ref is not None and ref.kind == "person") or (token.pos_ == "PROPN" and ref is not None)
        sentence = self.sent_text(token).lower()
        anonymous_noun = self.cue("anonymous", token.lemma_.lower())
        anonymous = not named and (anonymous_noun or any(p in sentence for p in self.cues.get("anonymity", ())))
        if anonymous and anonymous_noun and any(d.lower_ == "the" for d in token.children) and self.last_anonymous:
            earlier = self.last_anonymous
            return Speaker(token=token, ref=ref or earlier.ref, text=span.text, anonymous=True)
        result = Speaker(token=token, ref=ref, text=span.text, anonymous=anonymous)
        if anonymous:
            self.last_anonymous = result
        return result

    def to_attribution(self, speaker: Speaker | None) -> Attribution | None:
        if speaker is None:
            return None
        return Attribution(text=speaker.text, actor=speaker.ref.key if speaker.ref else None,
                           anonymous=speaker.anonymous)


def _infinitive(verb) -> bool:
    """A "to"-infinitive clause ("to restore relations")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _starts_after(value: str, base: dt.date) -> bool:
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value) > base
        if len(value) == 7 and value[4] == "-":
            return (int(value[:4]), int(value[5:])) > (base.year, base.month)
        if len(value) == 4 and value.isdigit():
            return int(value) > base.year
    except ValueError:
        return False
    return False


def _latest_year(sentences) -> dt.date | None:
    """Without a publication date, the latest year the article mentions bounds it from below."""
    years = [int(t.text) for sent in sentences for t in sent
             if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1950 <= int(t.text) <= 2099]
    return dt.date(max(years), 1, 1) if years else None
