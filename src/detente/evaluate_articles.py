"""Score the coder on whole annotated articles (the gold format of ``docs/eval.md``).

Matching protocol, so that figures mean the same everywhere:

Keys. A gold side is a list of acceptable keys; any one matching is right.
- A key that is the id of a country of the knowledge base (three upper-case letters, ``MLI``), or a
  name or alias of one ("Mali"), is a *state key*: it matches a participant whose ``country`` is that
  code and which is a state actor: the country itself, a state body of the knowledge base (kind
  ``government``: the Pentagon, the IRGC, Xinhua), a country-plus-sector actor of any sector
  (``MLIGOV``, ``MLIMIL``, ``UKRCVL``: event data codes them at country level), or a person whose code
  is the country's or the country's plus a state sector (GOV, MIL, COP, JUD, LEG, SPY).
- Any other key is a name. It is looked up case-insensitively (typographic apostrophes, quotes, dashes and
  spaces folded: "People’s" is "People's") among the ids, names and aliases of
  the coder's knowledge base (``coder.kb``); it matches a participant whose ``actor`` is one of the
  entries found or a body of one at any level of its ``parent`` chain (``KnowledgeBase.ancestry``: the
  AU's Peace and Security Council is the AU at organisation level, the World Health Assembly both the WHO and
  the UN, as a ministry is its country), whose ``code`` is the code of one of
  those entries (a person acting for an organisation: the U.N. Secretary-General is coded ``IGOUNO``),
  or whose ``actor`` id, ``code`` or actor name equals the key, case-insensitively.
- An unresolved participant (``actor`` is None) matches nothing and is never wrong: it is ignored.
- ISO codes that differ from the knowledge base's CAMEO ids are mapped (TLS -> TMP, XKX -> KSV).
  Keys that name nothing the knowledge base knows are listed in the report (``unknown_keys``).

A side of an output event is right when the gold side is empty and the event's side has no resolved
participant, or when it has at least one resolved participant and every one matches a key of the side.
A symmetric gold act (meetings, clashes) pools both sides: every resolved participant of the event,
on either side, must match a key, and the matches must cover two different actors (or the only one
the gold names).

An output event matches a gold act of the same article
- strictly: its PLOVER type is the act's or one of its ``alt_plover``, both sides are right, and it
  has the same negation;
- leniently: same quad class (of the CAMEO codes; a PLOVER type or alternative that agrees counts
  too) and one side right, where a right side is a non-empty gold side matched as above (an act whose
  sides are both empty needs an event with no resolved participant);
- as an association: same quad class and at least one resolved participant matching a key of either
  side; this only serves to find false dyads.
Each output event is assigned to one act: the best tier, then an act with an evidence phrase in the
event's sentence, then an act not yet assigned, then the first act.

Figures. Output events without a PLOVER type (CAMEO 01 statements, which the gold format does not
annotate) are left out and only counted (``statements_left_out``); "output events" below are the others.
- strict / lenient precision: events matching an act strictly / at least leniently, over all output
  events (negated ones included; a repeat of a right event is right, and also counts as a repeat);
- spurious rate: events matching no act even leniently, over all output events;
- false-dyad rate: events with a resolved participant on the wrong side of the act they are assigned
  to (it matches only keys of the other side, or no key of its own side; for a symmetric act: no key
  at all), over all output events;
- recall: gold acts (all, and ``core`` ones) to which some output event is assigned with a strict /
  at least lenient match (an event finds one act only);
- repeats: events assigned (strictly or leniently) to an act that an earlier event of the article
  was already assigned to, over all output events;
- status fields on strict matches: modality, historical, date (ISO value equal, ``null`` = no value),
  location (ISO3 equal, mapped as keys are, ``null`` = none), attribution (present in both or in neither, and the same
  anonymity when present); negation is judged on lenient matches, since a strict match fixes it;
- reliability: strict correctness by confidence bin, the mean confidence of strictly right and of
  wrong events, and what dropping the events under a threshold removes and keeps;
- not-event hits: output events whose trigger lies inside a ``not_events`` phrase of the article.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from detente.evaluate import accuracy_bins
from detente.evaluate_gold import GoldAct, GoldArticle, gold_article, read_gold_articles
from detente.events import cameo as cameo_mod
from detente.model import CodedArticle, Event, Participant

STATE_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")
# ISO codes that differ from the knowledge base's (CAMEO) country ids, besides the ``iso3`` field of the
# shipped countries file: XKX is the user-assigned code for Kosovo (EU, IMF, World Bank); CAMEO says KSV.
USER_ASSIGNED_ISO = {"XKX": "KSV"}
THRESHOLDS = (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
# confidence is a probability of being strictly right (events/confidence.py), mostly below 0.5 while
# strict precision is low: bins of 0.1 over the whole range
PROBABILITY_BINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
STATUS_FIELDS = ("modality", "historical", "date", "location", "attribution", "negated")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"',
                       "\u2033": '"', "\u00a0": " ", "\u2014": "-", "\u2013": "-"})


# -- keys -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Key:
    """A gold key, resolved: a country code (``state``) or the knowledge-base entries a name stands for."""

    text: str
    state: str | None
    entries: frozenset[str]

    @property
    def identity(self) -> str:
        return self.state or (min(self.entries) if self.entries else self.text.lower())


class KeyMatcher:
    """Matches participants of output events against gold keys, by the protocol of this module."""

    def __init__(self, kb) -> None:
        self.kb = kb
        self._names: dict[str, set[str]] = {}
        for entry in kb.entries.values():
            for name in (entry.id, *entry.names):
                self._names.setdefault(_fold(name), set()).add(entry.id)
        self._cache: dict[str, Key] = {}
        self.iso = {**_iso3_codes(), **USER_ASSIGNED_ISO}

    def unknown(self, text: str) -> bool:
        """Whether a gold key names nothing the knowledge base knows (it can only match a code equal to it)."""
        key = self.key(text)
        return key.state is None and not key.entries

    def key(self, text: str) -> Key:
        if text not in self._cache:
            code = self.iso.get(text, text) if _ISO3.match(text) else None
            entry = self.kb.get(code) if code else None
            if entry is not None and entry.kind == "country":
                key = Key(text, entry.id, frozenset())
            else:
                ids = self._names.get(_fold(text), set())  # typographic apostrophes and spaces folded
                countries = [i for i in ids if self.kb.get(i).kind == "country"]
                key = Key(text, countries[0], frozenset()) if countries else Key(text, None, frozenset(ids))
            self._cache[text] = key
        return self._cache[text]

    def is_state(self, p: Participant) -> bool:
        entry = self.kb.get(p.actor)
        if entry is not None and entry.kind in ("country", "government"):
            return True
        if entry is None:  # a country-plus-sector actor (MLIGOV) or one found outside the knowledge base
            return bool(p.code and p.country and p.code.startswith(p.country))
        if entry.kind == "person" and p.code and p.country and p.code.startswith(p.country):
            rest = p.code[len(p.country):]
            return not rest or rest.startswith(STATE_SECTORS)
        return False

    def matches(self, p: Participant, key: Key, names: dict[str, str]) -> bool:
        if p.actor is None:
            return False
        if key.state is not None:
            return p.country == key.state and self.is_state(p)
        if p.actor in key.entries:
            return True
        entry = self.kb.get(p.actor)
        if entry is not None and any(e.id in key.entries for e in self.kb.ancestry(entry)):
            return True  # a body of an organisation at any level above it (the World Health Assembly: the WHO, the UN)
        if p.code and p.code in self._codes(key):  # a person acting for the organisation (Guterres: IGOUNO)
            return True
        wanted = _fold(key.text)
        return wanted in {_fold(p.actor), (p.code or "").lower(), _fold(names.get(p.actor, ""))}


    def _codes(self, key: Key) -> frozenset[str]:
        """The CAMEO codes of the organisations and groups a name key stands for."""
        codes = []
        for ident in key.entries:
            entry = self.kb.get(ident)
            if entry is not None and entry.kind != "country" and entry.code:
                codes.append(entry.code)
        return frozenset(codes)


def _iso3_codes() -> dict[str, str]:
    """ISO alpha-3 -> country id, where the shipped countries file gives an ``iso3`` that differs."""
    from importlib import resources

    path = resources.files("detente") / "data" / "actors" / "countries.jsonl"
    codes = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if '"iso3"' in line:
            data = json.loads(line)
            codes[data["iso3"]] = data["id"]
    return codes


# -- matching one article -------------------------------------------------------------------
@dataclass
class Outcome:
    """How one output event fared."""

    article: str
    event: Event
    act: GoldAct | None = None
    strict: bool = False
    lenient: bool = False
    repeat: bool = False
    false_dyad: bool = False
    not_event: str | None = None


def _fold(text: str) -> str:
    return " ".join(text.translate(_FOLD).lower().split())


def _quad(act: GoldAct) -> int:
    if act.cameo:
        return cameo_mod.quad_class(act.cameo)
    return _plover_quads().get(act.plover, 0)


def _plover_quads() -> dict[str, int]:
    """The quad class of each PLOVER type: that of its lowest CAMEO code in the table."""
    quads: dict[str, int] = {}
    for code in sorted(cameo_mod.table().values(), key=lambda c: c.code):
        if code.plover:
            quads.setdefault(code.plover, code.quad_class)
    return quads


class _ArticleMatcher:
    def __init__(self, gold: GoldArticle, result: CodedArticle, keys: KeyMatcher):
        self.gold, self.result, self.keys = gold, result, keys
        self.names = {a.id: a.name for a in result.actors}
        self.resolved = {a.index: ([keys.key(k) for k in a.source], [keys.key(k) for k in a.target]) for a in gold.acts}

    def _any(self, p: Participant, keys: list[Key]) -> bool:
        return any(self.keys.matches(p, k, self.names) for k in keys)

    def _side_ok(self, participants: list[Participant], keys: list[Key]) -> bool:
        resolved = [p for p in participants if p.actor]
        if not keys:
            return not resolved
        return bool(resolved) and all(self._any(p, keys) for p in resolved)

    def _pooled(self, event: Event, act: GoldAct) -> tuple[list[Participant], list[Key]]:
        source, target = self.resolved[act.index]
        return [p for p in (*event.source, *event.target) if p.actor], source + target

    def sides(self, event: Event, act: GoldAct) -> tuple[bool, bool]:
        """(both sides right, at least one non-empty side right)."""
        source, target = self.resolved[act.index]
        if act.symmetric:
            pooled, keys = self._pooled(event, act)
            if not keys:
                return not pooled, not pooled
            matched = {k.identity for p in pooled for k in keys if self.keys.matches(p, k, self.names)}
            wanted = min(2, len({k.identity for k in keys}))
            right = bool(pooled) and all(self._any(p, keys) for p in pooled) and len(matched) >= wanted
            return right, bool(matched)
        source_ok, target_ok = self._side_ok(event.source, source), self._side_ok(event.target, target)
        if not source and not target:
            return source_ok and target_ok, source_ok and target_ok
        return source_ok and target_ok, (bool(source) and source_ok) or (bool(target) and target_ok)

    def associated(self, event: Event, act: GoldAct) -> bool:
        pooled, keys = self._pooled(event, act)
        return any(self._any(p, keys) for p in pooled)

    def false_dyad(self, event: Event, act: GoldAct) -> bool:
        source, target = self.resolved[act.index]
        if act.symmetric:
            pooled, keys = self._pooled(event, act)
            return any(not self._any(p, keys) for p in pooled)
        for mine, _theirs, participants in ((source, target, event.source), (target, source, event.target)):
            for p in participants:
                if p.actor and not self._any(p, mine):
                    return True  # no key of its side (or only keys of the other side: a reversal)
        return False

    @staticmethod
    def told_in(sentence: str, act: GoldAct) -> bool:
        """Whether an evidence phrase of ``act`` stands in ``sentence`` (an event's sentence, folded: :func:`_fold`)."""
        return any(_fold(e) in sentence for e in act.evidence)

    def tier(self, event: Event, act: GoldAct) -> int:
        """3 strict, 2 lenient, 1 associated, 0 no match."""
        quad_ok = event.plover in act.types or event.quad_class == _quad(act)
        if not quad_ok:
            return 0
        both, one = self.sides(event, act)
        if both and event.plover in act.types and event.negated == act.negated:
            return 3
        if one:
            return 2
        return 1 if self.associated(event, act) else 0

    def run(self) -> tuple[list[Outcome], dict[int, int]]:
        """Outcomes of the output events, and each act's best tier over the events assigned to it."""
        outcomes, claimed, best = [], set(), {a.index: 0 for a in self.gold.acts}
        text = self.result.text
        spans = [(i, i + len(phrase), phrase) for phrase in self.gold.not_events
                 for i in _find_all(text, phrase)]
        for event in self.result.events:
            if not event.plover:
                continue  # a CAMEO 01 statement: the gold format does not annotate them
            outcome = Outcome(article=self.gold.id, event=event)
            sentence = _fold(event.sentence.text)
            ranked = []
            for act in self.gold.acts:
                tier = self.tier(event, act)
                if tier:
                    ranked.append(((tier, self.told_in(sentence, act), act.index not in claimed, -act.index), act))
            if ranked:
                (tier, *_), act = max(ranked, key=lambda r: r[0])
                outcome.act, outcome.strict, outcome.lenient = act, tier == 3, tier >= 2
                best[act.index] = max(best[act.index], tier)
                if outcome.lenient:
                    outcome.repeat = act.index in claimed
                    claimed.add(act.index)
                outcome.false_dyad = self.false_dyad(event, act)
            outcome.not_event = next((phrase for start, end, phrase in spans
                                      if start <= event.trigger.start and event.trigger.end <= end), None)
            outcomes.append(outcome)
        return outcomes, best


def _find_all(text: str, phrase: str) -> list[int]:
    found, start = [], text.find(phrase)
    while phrase and start >= 0:
        found.append(start)
        start = text.find(phrase, start + 1)
    return found


# -- the report -----------------------------------------------------------------------------
@dataclass
class ArticleReport:
    """What ``detente eval`` prints for a set of gold articles."""

    path: str
    kind: str = "articles"
    articles: int = 0
    events: int = 0
    metrics: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)
    status: dict = field(default_factory=dict)
    reliability: dict = field(default_factory=dict)
    per_article: list[dict] = field(default_factory=list)
    missed_core: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    unknown_keys: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"path": self.path, "kind": self.kind, "articles": self.articles, "events": self.events,
                "metrics": self.metrics, "counts": self.counts, "status": self.status,
                "reliability": self.reliability, "per_article": self.per_article,
                "missed_core": self.missed_core, "spurious": self.spurious, "unknown_keys": self.unknown_keys}


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _event_summary(event: Event) -> dict:
    def side(participants):
        return [f"{p.text} [{p.code or '?'}]" for p in participants]

    return {"plover": event.plover, "cameo": event.cameo, "trigger": event.trigger.text,
            "source": side(event.source), "target": side(event.target), "negated": event.negated,
            "confidence": round(event.confidence, 3)}


def _status_checks(event: Event, act: GoldAct, iso: dict[str, str] | None = None) -> dict[str, bool]:
    """Which status fields of a strictly matched event agree with its act; ``iso`` maps the gold's ISO
    codes that differ from the knowledge base's country ids (XKX -> KSV), as for side keys."""
    date = event.date.value if event.date else None
    if event.date is not None and event.date.granularity == "week" and act.date is None:
        date = None  # the gold format has no week values: it writes a week as null (docs/eval.md)
    location = event.location.country if event.location else None
    gold_attr = act.attribution
    if event.attribution is None or gold_attr is None:
        attribution = event.attribution is None and gold_attr is None
    else:
        attribution = event.attribution.anonymous == bool(gold_attr.get("anonymous"))
    return {"modality": event.modality == act.modality, "historical": event.historical == act.historical,
            "date": date == act.date, "location": location == (iso or {}).get(act.location or "", act.location),
            "attribution": attribution}


def _reliability(outcomes: list[Outcome]) -> dict:
    scored = [(o.event.confidence, o.strict) for o in outcomes]
    bins = accuracy_bins(scored, PROBABILITY_BINS, "strict_accuracy")
    right = [c for c, ok in scored if ok]
    wrong = [c for c, ok in scored if not ok]
    thresholds = []
    for threshold in THRESHOLDS:
        removed = sum(1 for c in wrong if c < threshold)
        kept = sum(1 for c in right if c >= threshold)
        thresholds.append({"threshold": threshold, "removes_wrong": removed, "wrong": len(wrong),
                           "removes_wrong_share": _ratio(removed, len(wrong)), "keeps_right": kept,
                           "right": len(right), "keeps_right_share": _ratio(kept, len(right))})
    mean_right = round(sum(right) / len(right), 3) if right else None
    mean_wrong = round(sum(wrong) / len(wrong), 3) if wrong else None
    gap = round(mean_right - mean_wrong, 3) if mean_right is not None and mean_wrong is not None else None
    return {"bins": bins, "mean_confidence_right": mean_right, "mean_confidence_wrong": mean_wrong,
            "gap": gap, "thresholds": thresholds}


def _sentences_with(text: str, phrases: tuple[str, ...], result: CodedArticle) -> list[str]:
    """The output's sentences that hold an evidence phrase (or the phrases themselves if none does)."""
    folded = [_fold(p) for p in phrases]
    sentences = []
    for event in result.events:
        sentence = event.sentence.text
        if sentence not in sentences and any(f in _fold(sentence) for f in folded):
            sentences.append(sentence)
    if not sentences:  # no event in those sentences: cut the sentence around the phrase from the text
        for phrase in phrases:
            start = text.find(phrase)
            if start >= 0:
                left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
                right = min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0),
                            default=len(text))
                sentences.append(text[left:right + 1].strip())
    return sentences


def match_events(gold: GoldArticle, result: CodedArticle, keys: KeyMatcher) -> list[Outcome]:
    """The outcome (act assigned, strict, lenient, ...) of each output event with a PLOVER type, in order."""
    return _ArticleMatcher(gold, result, keys).run()[0]


def score_articles(pairs: list[tuple[GoldArticle, CodedArticle]], kb, path: str = "", worst: int = 10) -> ArticleReport:
    """Score coded articles against their gold annotations (no model needed: pass the outputs)."""
    keys = KeyMatcher(kb)
    report = ArticleReport(path=path, articles=len(pairs))
    outcomes: list[Outcome] = []
    acts = core = acts_strict = acts_lenient = core_strict = core_lenient = 0
    missed = []
    for gold, result in pairs:
        mine, best = _ArticleMatcher(gold, result, keys).run()
        outcomes += mine
        for act in gold.acts:
            acts += 1
            acts_strict += best[act.index] == 3
            acts_lenient += best[act.index] >= 2
            if act.core:
                core += 1
                core_strict += best[act.index] == 3
                core_lenient += best[act.index] >= 2
                if best[act.index] < 3:
                    evidence = _sentences_with(result.text, act.evidence, result)
                    missed.append({"article": gold.id, "act": act.index + 1, "plover": act.plover,
                                   "source": list(act.source), "target": list(act.target),
                                   "found_leniently": best[act.index] == 2, "evidence": list(act.evidence),
                                   "sentences": evidence,
                                   "output_there": [_event_summary(e) for e in result.events
                                                    if e.sentence.text in evidence]})
        report.per_article.append({
            "id": gold.id, "acts": len(gold.acts), "core_acts": sum(a.core for a in gold.acts),
            "events": len(mine), "strict": sum(o.strict for o in mine), "lenient": sum(o.lenient for o in mine),
            "spurious": sum(not o.lenient for o in mine), "repeats": sum(o.repeat for o in mine),
            "core_found_strict": sum(a.core and best[a.index] == 3 for a in gold.acts)})
    n = report.events = len(outcomes)
    statements = sum(1 for _, result in pairs for e in result.events if not e.plover)
    counts = {"articles": len(pairs), "gold_acts": acts, "core_acts": core, "events": n,
              "statements_left_out": statements,
              "strict": sum(o.strict for o in outcomes), "lenient": sum(o.lenient for o in outcomes),
              "spurious": sum(not o.lenient for o in outcomes), "false_dyads": sum(o.false_dyad for o in outcomes),
              "repeats": sum(o.repeat for o in outcomes), "not_event_hits": sum(bool(o.not_event) for o in outcomes),
              "acts_found_strict": acts_strict, "acts_found_lenient": acts_lenient,
              "core_found_strict": core_strict, "core_found_lenient": core_lenient}
    report.counts = counts
    report.metrics = {"strict_precision": _ratio(counts["strict"], n),
                      "lenient_precision": _ratio(counts["lenient"], n),
                      "spurious_rate": _ratio(counts["spurious"], n),
                      "false_dyad_rate": _ratio(counts["false_dyads"], n),
                      "core_recall_strict": _ratio(core_strict, core),
                      "core_recall_lenient": _ratio(core_lenient, core),
                      "recall_strict": _ratio(acts_strict, acts), "recall_lenient": _ratio(acts_lenient, acts),
                      "repeat_rate": _ratio(counts["repeats"], n)}
    checks = {name: [0, 0] for name in STATUS_FIELDS}
    for o in outcomes:
        if o.act is None:  # matched no act: neither strict nor lenient
            continue
        if o.strict:
            for name, ok in _status_checks(o.event, o.act, keys.iso).items():
                checks[name][0] += ok
                checks[name][1] += 1
        if o.lenient:
            checks["negated"][0] += o.event.negated == o.act.negated
            checks["negated"][1] += 1
    report.status = {name: {"correct": c, "total": t, "accuracy": _ratio(c, t)} for name, (c, t) in checks.items()}
    report.reliability = _reliability(outcomes)
    missed.sort(key=lambda m: (m["found_leniently"], m["article"], m["act"]))
    report.missed_core = missed[:worst]
    spurious = [{"article": o.article, **_event_summary(o.event), "sentence": o.event.sentence.text,
                 "not_event": o.not_event} for o in outcomes if not o.lenient]
    spurious.sort(key=lambda s: -s["confidence"])
    report.spurious = spurious[:worst]
    unknown: dict[str, int] = {}
    for gold, _ in pairs:
        for act in gold.acts:
            for text in (*act.source, *act.target):
                if keys.unknown(text):
                    unknown[text] = unknown.get(text, 0) + 1
    report.unknown_keys = [{"key": k, "uses": n} for k, n in sorted(unknown.items(), key=lambda kv: (-kv[1], kv[0]))]
    return report


def eval_articles(coder, path: Path, worst: int = 10, progress=None, scheme: str = "cameo") -> ArticleReport:
    """Code every gold article of ``path`` (a file or a directory) and score the output."""
    golds = read_gold_articles(path)
    articles = [gold_article(gold) for gold in golds]
    results = []
    for result in coder.code_many(articles):
        results.append(result)
        if progress is not None:
            progress()
    return score_articles(list(zip(golds, results)), coder.kb, path=str(path), worst=worst)
