"""The coder: a chain of named steps over one article, each a plain function taking and
returning a frozen record (:mod:`detente.records`).

    Parsed --actors--> Found --quotes--> Quoted --events--> Extracted --status--> Judged [--attach--> Judged]
           --acts--> Grouped --assemble--> Assembled [--merge--> Assembled] [--learned--> Assembled]
           [--floor--> Assembled]

``Assembled.coded`` is the coded article the coder hands out. Four steps are optional, and all are
put in the chain the one way, :func:`chain`: ``attach`` (the attacher, :mod:`detente.events.attach`)
after ``status`` unless turned off (on by default in :class:`Coder` and ``api.make_coder``),
``merge`` (the merge model, :mod:`detente.events.act_merge`) after ``assemble`` when asked for,
``learned`` (the learned layer, :mod:`detente.learned`) after ``assemble`` when the coder is given a
model, and ``floor`` (events under a confidence dropped) last when the coder is given a
``min_confidence``. :class:`Coder` checks once, when it is built, that each step requires what the
step before it makes; while coding, the orchestrator names the step that failed (:class:`StepError`).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.actors import kb as kb_mod
from detente.actors.resolve import ActorFinder, find_actors
from detente.events.acts import group_acts
from detente.events.assemble import assemble
from detente.events.confidence import ConfidenceModel
from detente.events.confidence import load_model as load_confidence
from detente.events.dates import word_tables
from detente.events.extract import extract
from detente.events.lexicon import Lexicon
from detente.events.lexicon import load_default as load_lexicon
from detente.events.quotes import attribute_quotes
from detente.events.status import judge
from detente.model import Article, CodedArticle
from detente.records import Assembled, Extracted, Found, Grouped, Judged, Knowledge, Parsed, Quoted

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.learned import LearnedModel
    from detente.nlp import NLP


class StepError(RuntimeError):
    """A pipeline step failed on an article; the message names the step and the article."""

    def __init__(self, step: str, article_id: str, error: BaseException):
        super().__init__(f"step {step!r} failed on article {article_id}: {type(error).__name__}: {error}")
        self.step, self.article_id, self.error = step, article_id, error


class ChainError(TypeError):
    """The steps given to a :class:`Coder` do not fit together; the message names the step."""


@dataclass(frozen=True, slots=True)
class Step:
    """One named step: what record it requires, what record it makes, and the function that does it."""

    name: str
    requires: type
    makes: type
    run: Callable[[Any, Knowledge], Any]


def assembled(grouped: Grouped, knowledge: Knowledge) -> Assembled:
    """Step ``assemble`` (:func:`detente.events.assemble.assemble`): the coded article, with the records it
    was coded from kept for the steps after it."""
    return Assembled(article=grouped.article, doc=grouped.doc, actors=grouped.actors, quotes=grouped.quotes,
                     coded=assemble(grouped, knowledge))


STEPS: tuple[Step, ...] = (
    Step("actors", Parsed, Found, find_actors),
    Step("quotes", Found, Quoted, attribute_quotes),
    Step("events", Quoted, Extracted, extract),
    Step("status", Extracted, Judged, judge),
    Step("acts", Judged, Grouped, group_acts),
    Step("assemble", Grouped, Assembled, assembled),
)


def learned_step(model: LearnedModel) -> Step:
    """Step ``learned``: the learned layer with this model (:func:`detente.learned.apply`) re-types events
    and adds those the rules missed, reading the chain's own records."""
    from detente.learned import apply

    return Step("learned", Assembled, Assembled, functools.partial(apply, model=model))


def floor_step(min_confidence: float) -> Step:
    """Step ``floor``: the coded article without its events whose confidence (a probability of being
    right, ``events/confidence.py``) is under ``min_confidence``; the rest of the article (actors, quotes)
    is kept. It runs last, after the learned layer has given its confidence."""
    if not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, not {min_confidence!r}")
    return Step("floor", Assembled, Assembled, functools.partial(drop_unconfident, min_confidence=min_confidence))


def drop_unconfident(record: Assembled, knowledge: Knowledge, min_confidence: float) -> Assembled:
    """The record whose coded article keeps only the events at least ``min_confidence`` confident."""
    kept = [e for e in record.coded.events if e.confidence >= min_confidence]
    if len(kept) == len(record.coded.events):
        return record
    return dataclasses.replace(record, coded=dataclasses.replace(record.coded, events=kept))


class ModelStep:
    """The function of a step that needs a fitted model: ``load(path)`` reads it on first use (not at import,
    not when the chain is built), once per step and process; then each record goes through
    ``run(model, record, knowledge)``."""

    def __init__(self, load: Callable[[Path | None], Any], run: Callable[[Any, Any, Knowledge], Any],
                 path: Path | None = None) -> None:
        self.load, self.run, self.path = load, run, path
        self._model: Any = None

    def __call__(self, record: Any, knowledge: Knowledge) -> Any:
        if self._model is None:
            self._model = self.load(self.path)
        return self.run(self._model, record, knowledge)


def _explained(run: Callable[[Any, Any, bool], Any], model: Any, record: Any, knowledge: Knowledge) -> Any:
    """``run(model, record, explain)`` for a step whose model needs nothing else of ``knowledge``."""
    return run(model, record, knowledge.explain)


def attach_step(path: Path | None = None) -> Step:
    """Step ``attach``: the attacher (:mod:`detente.events.attach`) with the model of ``path`` (default: the
    shipped ``data/attach.json``, loaded on first use) gives a target to acts the rules left without one."""
    from detente.events.attach import attach_with, load_model

    return Step("attach", Judged, Judged, ModelStep(load_model, functools.partial(_explained, attach_with), path))


def merge_step(path: Path | None = None) -> Step:
    """Step ``merge``: the merge model (:mod:`detente.events.act_merge`) with the model of ``path`` (default: the
    shipped ``data/merge.json``, loaded on first use) merges output events that restate an act told before."""
    from detente.events.act_merge import load_model, merge_with

    return Step("merge", Assembled, Assembled, ModelStep(load_model, merge_with, path))


def chain(steps: Sequence[Step] = STEPS, attach: bool | Path = False,
          learned: LearnedModel | None = None, min_confidence: float | None = None,
          merge: bool | Path = False) -> tuple[Step, ...]:
    """The chain ``steps`` with the optional steps asked for, checked (:func:`check_chain`): ``attach``
    (True, or the path of an attacher model) right after ``status``, ``merge`` (True, or the path of a
    merge model) right after ``assemble``, ``learned`` (a model) after those, and ``floor`` (with a
    ``min_confidence``) at the end. A step the chain already has is not added twice."""
    out = tuple(steps)
    if attach:
        out = _insert(out, attach_step(None if attach is True else Path(attach)), after="status")
    if merge:
        out = _insert(out, merge_step(None if merge is True else Path(merge)), after="assemble")
    if learned is not None:
        out = _insert(out, learned_step(learned), after="merge" if merge else "assemble")
    if min_confidence is not None:
        out = _insert(out, floor_step(min_confidence), after=out[-1].name)
    check_chain(out)
    return out


def _insert(steps: tuple[Step, ...], step: Step, after: str) -> tuple[Step, ...]:
    names = [s.name for s in steps]
    if step.name in names:
        return steps
    if after not in names:
        raise ChainError(f"step {step.name!r} runs after step {after!r}, and this chain has none")
    at = names.index(after) + 1
    return (*steps[:at], step, *steps[at:])


def check_chain(steps: Sequence[Step]) -> None:
    """Raise :class:`ChainError` unless the steps lead from ``Parsed`` to ``Assembled`` (which holds
    the coded article), each requiring what the one before makes."""
    if not steps:
        raise ChainError("a coder needs at least one step")
    made: type = Parsed
    previous = "parsing"
    for step in steps:
        if step.requires is not made:
            raise ChainError(f"step {step.name!r} requires {step.requires.__name__}, "
                             f"but {previous} makes {made.__name__}")
        made, previous = step.makes, f"step {step.name!r}"
    if made is not Assembled:
        raise ChainError(f"the last step, {steps[-1].name!r}, makes {made.__name__}, not Assembled")


class Coder:
    """Codes articles into events. Build once (it loads the model and knowledge), then reuse."""

    def __init__(self, nlp: NLP | None = None, kb: kb_mod.KnowledgeBase | None = None,
                 lexicon: Lexicon | None = None, actors_file: Path | None = None,
                 steps: Sequence[Step] = STEPS, explain: bool = False, learned: LearnedModel | None = None,
                 confidence: ConfidenceModel | None = None, attach: bool | Path = True,
                 min_confidence: float | None = None, merge: bool | Path = False):
        """``learned``: a :class:`detente.learned.LearnedModel` that re-types events after the rules and adds
        those they missed (the step ``learned``, after ``assemble``), or None: rules only. ``attach``: True
        (or the path of an attacher model) puts the step ``attach`` after ``status``. ``min_confidence``:
        events less confident than this are left out (the step ``floor``, last; README "Accuracy" says
        which threshold to choose). ``merge``: True (or the path of a merge model) puts the step ``merge``
        after ``assemble`` (off by default: docs/merge.md). All through :func:`chain`. ``confidence``: the
        model of events' confidence (default: the shipped ``data/confidence.json``)."""
        steps = chain(steps, attach=attach, learned=learned, min_confidence=min_confidence, merge=merge)
        if nlp is None:
            from detente import nlp as nlp_mod

            nlp = nlp_mod.load()
        self.kb = kb or kb_mod.load(actors_file)
        # copy set in capitals is parsed in ordinary case, with the casing of the names it knows
        tables = word_tables()
        self.nlp = nlp.with_casing([*self.kb.written_names(), *tables.month_full, *tables.weekday_full])
        self.lexicon = lexicon or load_lexicon()
        self.finder = ActorFinder(nlp, self.kb, self.lexicon.words)
        self.knowledge = Knowledge(lexicon=self.lexicon, kb=self.kb, finder=self.finder,
                                   confidence=confidence or load_confidence(), explain=explain)
        self.steps = tuple(steps)
        self.learned = learned

    def explaining(self) -> Coder:
        """This coder, explaining every event (shares the model, knowledge base and lexicon)."""
        other = copy.copy(self)
        other.knowledge = dataclasses.replace(self.knowledge, explain=True)
        return other

    def code(self, article: Article) -> CodedArticle:
        """Code one article; any failure, parsing included, is a :class:`StepError` naming the step."""
        try:
            doc = next(iter(self.nlp.pipe([article.text], batch_size=1)))
        except Exception as exc:  # the parser failed on this text
            raise StepError("parse", article.id, exc) from exc
        return self.code_doc(article, doc)

    def code_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[CodedArticle]:
        """Code many articles, parsing in batches; results come in input order. ``articles`` is read a
        batch at a time, so a generator over a large corpus (or an endless feed) is never held whole;
        an item that is not an :class:`Article` raises ``TypeError`` saying so."""
        items = iter(articles)
        while batch := list(itertools.islice(items, batch_size)):
            for article in batch:
                if not isinstance(article, Article):
                    raise TypeError(f"code_many codes detente.model.Article records, not {type(article).__name__}"
                                    " (wrap a text as Article(text=...))")
            docs = self.nlp.pipe((a.text for a in batch), batch_size=batch_size)
            for article, doc in zip(batch, docs):
                yield self.code_doc(article, doc)

    def code_doc(self, article: Article, doc: Doc) -> CodedArticle:
        """Run every step after parsing on an already parsed doc."""
        return self.run(article, doc).coded

    def run(self, article: Article, doc: Doc) -> Assembled:
        """Run every step after parsing on an already parsed doc: the chain's last record, the coded
        article with the records it was coded from."""
        record: object = Parsed(article=article, doc=doc)
        for step in self.steps:
            try:
                record = step.run(record, self.knowledge)
            except Exception as exc:  # the orchestrator names the failing step
                raise StepError(step.name, article.id, exc) from exc
            if not isinstance(record, step.makes):
                raise StepError(step.name, article.id,
                                TypeError(f"made {type(record).__name__}, declared {step.makes.__name__}"))
        assert isinstance(record, Assembled)
        return record


def _code_one(coder: Coder, record: Any, doc: Doc | None) -> CodedArticle | str:
    """One article coded (parsed first when ``doc`` is None), or the message saying why it could not be."""
    try:
        return coder.code(record.article) if doc is None else coder.code_doc(record.article, doc)
    except StepError as exc:
        return str(exc)
    except Exception as exc:  # whatever goes wrong, it is this article's failure
        return f"coding failed on article {record.article.id}: {type(exc).__name__}: {exc}"


def code_stream(coder: Coder, records: Iterable[Any], batch_size: int = 16) -> Iterator[tuple[str, object]]:
    """Code a stream of ``io.Record`` / ``io.InputError`` items in input order.

    Yields ``(where, CodedArticle)`` for coded articles and ``(where, error message)``
    for records that could not be read or coded; one bad record never stops the rest: any
    exception while parsing or coding an article is that article's failure.
    """
    batch: list[Any] = []

    def flush() -> Iterator[tuple[str, object]]:
        done = 0
        try:
            docs = coder.nlp.pipe((r.article.text for r in batch), batch_size=batch_size)
            for record, doc in zip(batch, docs):
                done += 1
                yield record.where, _code_one(coder, record, doc)
        except Exception:  # the parser failed on one text of the batch: parse the rest one by one
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
