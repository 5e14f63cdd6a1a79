"""The coder: a sequence of named steps over one article, with one contract.

Each step takes the :class:`Work` of one article and fills in what it declares
in ``sets``; the orchestrator names the step that failed. Steps: parse, actors,
quotes, events, status, assemble.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.actors import kb as kb_mod
from detente.actors.resolve import FIRST_PLURAL, FIRST_SINGULAR, ActorFinder, ActorRef, DocActors
from detente.events import cameo
from detente.events.dates import value_to_day
from detente.events.extract import Candidate, Extractor, joint_exercises, resolve_event_anaphora
from detente.events.lexicon import Lexicon, load_default as load_lexicon
from detente.events.quotes import MIN_WORDS_WITHOUT_SPEAKER, find_quotes
from detente.events.status import Speaker, StatusJudge
from detente.model import (Actor, Article, CodedArticle, Event, Participant, Quote, SentenceRef, Span,
                           content_id)
from detente.model import Speaker as QuoteSpeaker

REPORTING_FOR_QUOTES = {"say", "deny"}
log = logging.getLogger("detente")


class StepError(RuntimeError):
    """A pipeline step failed on an article; the message names the step and the article."""

    def __init__(self, step: str, article_id: str, error: BaseException):
        super().__init__(f"step {step!r} failed on article {article_id}: {type(error).__name__}: {error}")
        self.step, self.article_id, self.error = step, article_id, error


@dataclass
class Work:
    """What the steps know about one article so far."""

    article: Article
    doc: object = None
    found: DocActors | None = None
    quotes: list[tuple[tuple[int, int], Speaker | None]] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    judged: list[tuple[Candidate, dict]] = field(default_factory=list)
    result: CodedArticle | None = None


@dataclass(frozen=True)
class Step:
    name: str
    requires: tuple[str, ...]
    sets: tuple[str, ...]
    run: Callable[[Work], None]


class Coder:
    """Codes articles into events. Build once (it loads the model and knowledge), then reuse."""

    def __init__(self, nlp=None, kb: kb_mod.KnowledgeBase | None = None, lexicon: Lexicon | None = None,
                 actors_file: Path | None = None):
        if nlp is None:
            from detente import nlp as nlp_mod

            nlp = nlp_mod.load()
        self.nlp = nlp
        self.kb = kb or kb_mod.load(actors_file)
        self.lexicon = lexicon or load_lexicon()
        self.finder = ActorFinder(nlp, self.kb)
        self.steps = [
            Step("actors", ("doc",), ("found",), self._actors),
            Step("quotes", ("found",), ("quotes",), self._quotes),
            Step("events", ("found", "quotes"), ("candidates",), self._events),
            Step("status", ("candidates",), ("judged",), self._status),
            Step("assemble", ("judged",), ("result",), self._assemble),
        ]

    # -- public ------------------------------------------------------------------------------
    def code(self, article: Article) -> CodedArticle:
        """Code one article; any failure, parsing included, is a :class:`StepError` naming the step."""
        try:
            doc = next(iter(self.nlp.pipe([article.text], batch_size=1)))
        except Exception as exc:  # noqa: BLE001 - the parser failed on this text
            raise StepError("parse", article.id, exc) from exc
        return self.code_doc(article, doc)

    def code_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[CodedArticle]:
        """Code many articles, parsing in batches; results come in input order."""
        articles = list(articles) if not isinstance(articles, list) else articles
        docs = self.nlp.pipe((a.text for a in articles), batch_size=batch_size)
        for article, doc in zip(articles, docs):
            yield self.code_doc(article, doc)

    def code_doc(self, article: Article, doc) -> CodedArticle:
        """Run every step after parsing on an already parsed doc."""
        work = Work(article=article, doc=doc)
        for step in self.steps:
            try:
                step.run(work)
            except Exception as exc:  # noqa: BLE001 - the orchestrator names the failing step
                raise StepError(step.name, article.id, exc) from exc
        assert work.result is not None
        return work.result

    # -- steps -------------------------------------------------------------------------------
    def _actors(self, work: Work) -> None:
        outlet = work.article.source
        work.found = self.finder.find(work.doc, work.article.date, outlet=outlet, text=work.article.text)

    def _quotes(self, work: Work) -> None:
        doc, found = work.doc, work.found
        extractor = Extractor(self.lexicon, found)
        text = work.article.text
        spans = find_quotes(text)
        judge = StatusJudge(self.lexicon, extractor, found, doc, work.article.date, {}, quote_spans=spans, text=text)
        previous: Speaker | None = None
        previous_end = -1
        for start, end in spans:
            speaker = self._quote_speaker(doc, start, end, judge)
            gap = text[previous_end:start] if previous_end >= 0 else "\n\n"
            if speaker is None and previous is not None and (
                    not gap.strip(" \n\t“”\"'.,") or (len(gap) < 120 and "\n\n" not in gap)):
                speaker = previous  # a quote that goes on, after "he said" or a paragraph break
            if speaker is None and len(text[start:end].split()) < MIN_WORDS_WITHOUT_SPEAKER:
                continue
            work.quotes.append(((start, end), speaker))
            previous, previous_end = speaker, end
            if speaker is not None and speaker.ref is not None:
                self._first_person(work, start, end, speaker.ref)

    def _quote_speaker(self, doc, start: int, end: int, judge: StatusJudge) -> Speaker | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        sentences = {judge.sent(t).start: judge.sent(t) for t in (span[0], span[-1])}
        best = None
        for sent in sentences.values():
            for token in sent:
                if start <= token.idx < end or token.pos_ != "VERB":
                    continue
                if self.lexicon.reporting.get(token.lemma_.lower()) in REPORTING_FOR_QUOTES:
                    distance = min(abs(token.idx - start), abs(token.idx - end))
                    if best is None or distance < best[0]:
                        best = (distance, token)
        if best is not None:
            return judge._speaker_of(best[1])
        # no reporting verb: the verb the quote hangs on ("expressed his hope that “...”")
        token = span[0]
        for _ in range(10):
            if token.head.i == token.i:
                return None
            token = token.head
            if not (start <= token.idx < end) and token.pos_ == "VERB":
                return judge._speaker_of(token)
        return None

    def _org_of(self, ref: ActorRef, day: dt.date | None) -> ActorRef:
        """The body a person speaks for on ``day`` (their role's organisation), else the actor itself."""
        if ref.kind == "person" and ref.entry:
            entry = self.kb.get(ref.entry)
            role = entry.role_on(day) if entry else None
            body = self.kb.get(role.actor) if role and role.actor else None
            if body is not None:
                return self.finder.entity_ref(body, day)
        return ref

    def _first_person(self, work: Work, start: int, end: int, speaker: ActorRef) -> None:
        """Inside a quote, "I" is the speaker and "we" is the body the speaker speaks for."""
        doc, found = work.doc, work.found
        org = self._org_of(speaker, work.article.date)
        span = doc.char_span(start, end, alignment_mode="expand")
        for token in span or ():
            lower = token.lower_
            if token.i in found.by_token or lower not in FIRST_SINGULAR | FIRST_PLURAL:
                continue
            ref = speaker if lower in FIRST_SINGULAR else org
            from detente.model import Mention

            found.add(token.i, ref, Mention(text=token.text, start=token.idx, end=token.idx + len(token.text),
                                            sentence=found.sentence_of.get(token.i, 0), via="pronoun"),
                      (token.i, token.i + 1))

    def _events(self, work: Work) -> None:
        extractor = Extractor(self.lexicon, work.found)
        for index, sent in enumerate(work.found.sentences):
            work.candidates.extend(extractor.candidates(sent, index))
        resolve_event_anaphora(work.candidates, self.lexicon)
        joint_exercises(work.candidates)

    def _status(self, work: Work) -> None:
        extractor = Extractor(self.lexicon, work.found)
        judge = StatusJudge(self.lexicon, extractor, work.found, work.doc, work.article.date, dict(work.quotes),
                            org_of=lambda ref: self._org_of(ref, work.article.date).key, text=work.article.text)
        for candidate in work.candidates:
            speaker = judge.attribution(candidate)
            date = judge.date(candidate)
            negated, modality = judge.negated(candidate), judge.modality(candidate, speaker, date)
            refusal = self.lexicon.combine("refuse", candidate.cameo) if negated and (
                modality in ("future", "intended") or judge.refused(candidate)) \
                and 3 <= int(candidate.cameo[:2]) <= 8 else None
            if refusal is not None:  # "will not remove the sanctions" is a refusal to ease them
                candidate.cameo, negated, modality = refusal, False, "reported" if speaker else "asserted"
            elif modality == "future" and 4 <= int(candidate.cameo[:2]) <= 8:
                # PLOVER: "all cooperative actions reported in future tense are ... intentions"
                candidate.cameo = self.lexicon.combine("intend", candidate.cameo) or candidate.cameo
            work.judged.append((candidate, {
                "negated": negated,
                "modality": modality,
                "historical": judge.historical(candidate, date),
                "date": date,
                "location": judge.location(candidate),
                "attribution": judge.to_attribution(speaker),
                "speaker": speaker,
            }))
        for warning in judge.date_warnings:  # implausible event dates, kept as words without a value
            log.warning("article %s: %s", work.article.id, warning)

    def _assemble(self, work: Work) -> None:
        article, doc, found = work.article, work.doc, work.found
        sentences = found.sentences
        events: list[Event] = []
        seen: set[tuple] = set()
        for candidate, status in work.judged:
            code = cameo.lookup(candidate.cameo)
            sent = sentences[candidate.sentence]
            first = min(t.i for t in candidate.trigger)
            last = max(t.i for t in candidate.trigger)
            trigger = doc[first:last + 1]
            day = _event_day(status["date"], article.date)
            sources = [self._participant(doc, found, tok, ref, day) for tok, ref in candidate.sources]
            # an actor does not act on itself, nor a leader on the body he speaks for
            own = {p.actor for p in sources} | {self._org_of(ref, day).key for _, ref in candidate.sources}
            countries = {ref.country for _, ref in candidate.sources if ref.kind == "country"}
            targets = [self._participant(doc, found, tok, ref, day) for tok, ref in candidate.targets
                       if ref.key not in own and not (ref.country in countries and ref.kind in ("country", "sector"))]
            key = (trigger.start_char, code.code, tuple(p.actor for p in sources), tuple(p.actor for p in targets))
            if key in seen:
                continue
            seen.add(key)
            event_id = content_id(article.id, str(candidate.sentence), str(trigger.start_char), code.code,
                                  *[p.actor or p.text for p in sources], "->", *[p.actor or p.text for p in targets],
                                  prefix="e")
            events.append(Event(
                id=event_id, plover=code.plover, cameo=code.code, mode=code.mode, context=list(code.context),
                source=sources, target=targets,
                trigger=Span(text=article.text[trigger.start_char:trigger.end_char], start=trigger.start_char,
                             end=trigger.end_char),
                sentence=SentenceRef(index=candidate.sentence, text=article.text[sent.start_char:sent.end_char].strip()),
                negated=status["negated"], modality=status["modality"], historical=status["historical"],
                date=status["date"], location=status["location"], attribution=status["attribution"],
                quad_class=code.quad_class, goldstein=code.goldstein,
                confidence=_confidence(candidate, sources, targets, found, status["modality"]),
            ))
        quotes = [Quote(text=article.text[s:e], start=s, end=e,
                        speaker=QuoteSpeaker(text=sp.text, actor=sp.ref.key if sp.ref else None) if sp else None)
                  for (s, e), sp in work.quotes]
        used = {p.actor for e in events for p in (*e.source, *e.target)} | \
            {e.attribution.actor for e in events if e.attribution} | \
            {q.speaker.actor for q in quotes if q.speaker}
        actors = []
        for key, ref in found.refs.items():
            if ref.entry is None and ref.kind in ("person",) and key not in used:
                continue
            actors.append(Actor(id=key, name=ref.name, code=ref.code, country=ref.country, sector=ref.sector,
                                kind=ref.kind, wikidata=ref.wikidata, mentions=found.mentions.get(key, [])))
        work.result = CodedArticle(
            id=article.id, title=article.title, date=article.date.isoformat() if article.date else None,
            text=article.text, source=article.source, url=article.url, actors=actors, events=events, quotes=quotes)

    def _participant(self, doc, found: DocActors, token, ref: ActorRef, day: dt.date | None) -> Participant:
        """One side of an event: the whole noun phrase ("US Secretary of State Rex Tillerson") and its actor."""
        start, end = found.spans.get(token.i, (token.i, token.i + 1))
        if ref.kind == "unresolved" or found.by_token.get(token.i) not in (ref, None) or token.i not in found.by_token:
            start, end = _phrase(token)  # the object phrase an actor is named in, or the unknown doer's words
        elif group := found.groups.get(token.i):
            start = min(start, token.left_edge.i) if len(group) > 1 else start
        elif token.dep_ not in ("compound", "amod", "poss") and token.pos_ != "PRON":
            start = min(start, token.left_edge.i)  # determiners and titles belong to the phrase
            end = max(end, token.i + 1)
        end = _with_apposition(doc, token, end)
        while start < end - 1 and doc[start].is_space:
            start += 1  # a blanked dateline before the first subject (nlp.parse_copy)
        span = doc[start:end]
        code, country, sector = ref.code, ref.country, ref.sector
        if ref.kind == "person" and ref.entry:
            dated = self.finder.entity_ref(self.kb.get(ref.entry), day)
            code, country, sector = dated.code, dated.country, dated.sector
        actor = None if ref.kind == "unresolved" else ref.key
        text = doc.user_data.get("text", doc.text)  # the text as written (nlp.parse_copy)
        return Participant(text=text[span.start_char:span.end_char], actor=actor, code=code, country=country,
                           sector=sector, start=span.start_char, end=span.end_char)


def _with_apposition(doc, token, end: int) -> int:
    """Extend a phrase over what renames it: "Amnesty International (AI)", "X, an Afghan spokesman"."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
        return end + 3
    for child in token.children:
        if child.dep_ == "appos" and child.i >= end and doc[end].text == "," and child.right_edge.i - end < 12:
            return child.right_edge.i + 1
    return end


def _phrase(token) -> tuple[int, int]:
    """A noun phrase: its head with what precedes it and one following "of/from/in/to" phrase
    ("an arms depot of the Syrian army", "support from PA Leader Mahmoud Abbas")."""
    end = token.i + 1
    following = [c for c in token.children if c.i > token.i]
    if following and following[0].dep_ == "prep" and following[0].lower_ in ("of", "from", "in", "to", "for", "at"):
        pobj = next((c for c in following[0].children if c.dep_ == "pobj"), None)
        if pobj is not None:
            end = pobj.i + 1
    return token.left_edge.i, end


def _event_day(date, published: dt.date | None) -> dt.date | None:
    """The day against which roles are resolved: the middle of the event's own date, else publication."""
    return value_to_day(date.value if date else None, middle=True) or published


def _confidence(candidate: Candidate, sources, targets, found: DocActors, modality: str) -> float:
    """A score in [0, 1] that ranks likely-correct events first (documented in docs/design.md)."""
    score = 0.45
    if modality in ("hypothetical", "question"):
        score -= 0.2  # conditions and questions are the readings most often wrong
    if candidate.specific:
        score += 0.15
    if not candidate.nominal:
        score += 0.1
    if any(p.code for p in sources):
        score += 0.1
    if not any(p.actor for p in sources):
        score -= 0.15  # a doer the knowledge base does not know
    if targets:
        score += 0.1
    if any(mentions and all(m.via == "pronoun" for m in mentions)
           for mentions in (found.mentions.get(p.actor) for p in sources if p.actor)):
        score -= 0.1  # a doer known only as "he" or "it"
    if candidate.frame is not None:
        score -= 0.1  # a combined frame is a stronger reading of the text than a single verb
    return round(max(0.05, min(score, 0.95)), 2)


def _code_one(coder: Coder, record, doc) -> CodedArticle | str:
    """One article coded (parsed first when ``doc`` is None), or the message saying why it could not be."""
    try:
        if doc is None:
            try:
                doc = next(iter(coder.nlp.pipe([record.article.text], batch_size=1)))
            except Exception as exc:  # noqa: BLE001 - reported as this article's failure
                raise StepError("parse", record.article.id, exc) from exc
        return coder.code_doc(record.article, doc)
    except StepError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - whatever goes wrong, it is this article's failure
        return f"coding failed on article {record.article.id}: {type(exc).__name__}: {exc}"


def code_stream(coder: Coder, records: Iterable, batch_size: int = 16) -> Iterator[tuple[str, object]]:
    """Code a stream of ``io.Record`` / ``io.InputError`` items in input order.

    Yields ``(where, CodedArticle)`` for coded articles and ``(where, error message)``
    for records that could not be read or coded; one bad record never stops the rest: any
    exception while parsing or coding an article is that article's failure.
    """
    batch: list = []

    def flush() -> Iterator[tuple[str, object]]:
        done = 0
        try:
            docs = coder.nlp.pipe((r.article.text for r in batch), batch_size=batch_size)
            for record, doc in zip(batch, docs):
                done += 1
                yield record.where, _code_one(coder, record, doc)
        except Exception:  # noqa: BLE001 - the parser failed on one text of the batch: parse the rest one by one
            for record in batch[done:]:
                yield record.where, _code_one(coder, record, None)
        batch.clear()

    for item in records:
        if hasattr(item, "article"):
            batch.append(item)
            if len(batch) >= batch_size:
                yield from flush()
        else:
            yield from flush()
            yield item.where, item.message
    yield from flush()
