"""Planted corpora: synthetic event data with known turning points and known camps, to measure
:func:`detente.relations.changes.turning_points` and :func:`detente.relations.blocs.blocs`
(``make eval-changes``). Everything here is synthetic and deterministic for a given seed.

A corpus spans ``months`` months between real countries of the knowledge base (a frozen pool,
:data:`POOL`, so that a growing knowledge base does not move the corpora; real so that names
resolve as the coder resolves them) and holds:

* **changing pairs**: one planted turning point each (break, rapprochement, escalation or
  de-escalation, in turn), at a month drawn between the sixth and the sixth-from-last;
* **stable pairs**: one state all along (cooperative, verbal or material conflict);
* **camps**: ``camps`` groups of ``camp_size`` countries, cooperative inside and conflictual
  across (each pair of countries deals with each other with probability ``density``); in the
  second half one camp **splits** in two (even seeds) or two camps **merge** (odd seeds);
* **sparse months**: each pair is silent in a month with probability ``sparse``; otherwise it
  has Poisson(rate) events, the rate drawn per pair between ``rate[0]`` and ``rate[1]``;
* **noise events**: a share ``noise`` of all events get a kind drawn at random.

Two ways into a store: :func:`write_records` stores the events directly as coded records (fast:
what the evaluation figures and the benchmark use), :func:`wire_articles` writes one short
synthetic wire sentence per event, for the real coder to code (``detente ingest``).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

STATES = ("cooperative", "verbal conflict", "material conflict")
CODES = {"cooperative": ("057", "061", "070", "042"), "verbal conflict": ("112", "130"),
         "material conflict": ("190", "173")}
# Synthetic wire copy, one sentence per event, for the coder ({a}/{b}: country names).
SENTENCES = {
    "cooperative": ("{a} and {b} signed an agreement on trade and energy cooperation.",
                    "{a} hosted {b_dem} officials for talks on trade."),
    "verbal conflict": ("{a} accused {b} of violating the ceasefire near the border.",
                        "{a} threatened to impose sanctions on {b}."),
    "material conflict": ("{a_dem} forces attacked {b_dem} troops near the border.",
                          "{a}'s army shelled {b_dem} positions."),
}
CHANGE_KINDS = ("break", "rapprochement", "escalation", "de-escalation")
# The countries planted corpora are drawn from, frozen (the knowledge base's countries with a
# demonym in session 30): the corpora, and so the tests and the figures of
# `make eval-changes`, do not move when the knowledge base gains a country.
_POOL_CODES = """
    AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA
    BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COL COM CPV CRI CUB CYP CZE DEU DJI DNK DOM DZA
    ECU EGY ERI ESH ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HKG
    HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KSV KWT
    LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE
    MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK
    PRT PRY PSE QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ
    SYC SYR TCD TGO THA TJK TKM TMP TON TTO TUN TUR TUV TWN TZA UGA UKR URY USA UZB VCT VEN VNM VUT
    WSM YEM ZAF ZMB ZWE
"""
POOL = tuple(_POOL_CODES.split())


@dataclass(frozen=True, slots=True)
class PlantedEvent:
    day: dt.date
    source: str  # country code
    target: str
    state: str
    cameo: str


@dataclass(frozen=True, slots=True)
class PlantedChange:
    a: str  # the two country codes in order
    b: str
    kind: str
    date: dt.date  # first day of the first month of the new state


@dataclass(frozen=True, slots=True)
class Planted:
    """A planted corpus and its truth."""

    seed: int
    noise: float
    events: list[PlantedEvent]
    changes: list[PlantedChange]
    stable: list[tuple[str, str]]
    camps: dict[str, dict[str, int]]  # year label -> country code -> camp number
    names: dict[str, str]  # country code -> name


def _month(start: dt.date, offset: int) -> dt.date:
    index = start.year * 12 + start.month - 1 + offset
    return dt.date(index // 12, index % 12 + 1, 1)


def _states_for(kind: str, rng: random.Random) -> tuple[str, str]:
    conflict = rng.choice(STATES[1:])
    return {"break": ("cooperative", conflict), "rapprochement": (conflict, "cooperative"),
            "escalation": ("verbal conflict", "material conflict"),
            "de-escalation": ("material conflict", "verbal conflict")}[kind]


def countries(kb) -> list:
    """The knowledge base's entries of the countries in :data:`POOL`, in id order; a clear error
    names any the knowledge base lacks (or holds as something other than a country)."""
    found = {e.id: e for e in kb.entries.values() if e.kind == "country" and e.id in POOL}
    missing = [code for code in POOL if code not in found]
    if missing:
        raise ValueError(f"planted corpora draw from countries the knowledge base lacks: {', '.join(missing)}")
    return [found[code] for code in sorted(POOL)]


def plant(seed: int, noise: float = 0.2, *, kb=None, changing: int = 8, stable: int = 8, camps: int = 3,
          camp_size: int = 5, density: float = 0.7, months: int = 24, start: dt.date = dt.date(2021, 1, 1),
          rate: tuple[float, float] = (1.5, 6.0), camp_rate: float = 1.0, sparse: float = 0.15) -> Planted:
    """A planted corpus (module docstring), deterministic for ``seed``."""
    import numpy as np

    if kb is None:
        from detente.actors.kb import load_default

        kb = load_default()
    rng = random.Random(seed)
    draw = np.random.default_rng(seed)
    pool = countries(kb)
    needed = 2 * (changing + stable) + camps * camp_size + camp_size
    if len(pool) < needed:
        raise ValueError(f"the knowledge base has {len(pool)} countries; this corpus needs {needed}")
    rng.shuffle(pool)
    names = {e.id: e.name for e in pool}
    codes = [e.id for e in pool]
    events: list[PlantedEvent] = []

    def emit(a: str, b: str, month: int, state: str, lam: float) -> None:
        if rng.random() < sparse:
            return
        first = _month(start, month)
        days = (_month(start, month + 1) - first).days
        for _ in range(int(draw.poisson(lam))):
            kind = rng.choice(STATES) if rng.random() < noise else state
            source, target = (a, b) if rng.random() < 0.5 else (b, a)
            events.append(PlantedEvent(first + dt.timedelta(days=rng.randrange(days)), source, target, kind,
                                       rng.choice(CODES[kind])))

    truth, calm = [], []
    for number in range(changing + stable):
        a, b = sorted(codes[2 * number: 2 * number + 2])
        lam = rng.uniform(*rate)
        if number < changing:
            kind = CHANGE_KINDS[number % len(CHANGE_KINDS)]
            before, after = _states_for(kind, rng)
            at = rng.randint(6, months - 6)
            truth.append(PlantedChange(a, b, kind, _month(start, at)))
        else:
            before = after = rng.choice(STATES)
            at = months
            calm.append((a, b))
        for month in range(months):
            emit(a, b, month, before if month < at else after, lam)

    members = codes[2 * (changing + stable):2 * (changing + stable) + camps * camp_size]
    first_half = {c: i // camp_size for i, c in enumerate(members)}
    second_half = dict(first_half)
    if seed % 2 == 0:  # camp 0 splits: its second half becomes a new camp
        for c in [c for c in members if first_half[c] == 0][camp_size // 2 + camp_size % 2:]:
            second_half[c] = camps
    else:  # the last two camps merge
        for c in members:
            if first_half[c] == camps - 1:
                second_half[c] = camps - 2
    ties = {(x, y): rng.random() < density for i, x in enumerate(members) for y in members[i + 1:]}
    for month in range(months):
        camp = first_half if month < months // 2 else second_half
        for (x, y), tied in ties.items():
            if tied:
                emit(x, y, month, "cooperative" if camp[x] == camp[y] else rng.choice(STATES[1:]), camp_rate)
    years: dict[str, dict[str, int]] = {}
    for month in range(months):
        label = str(_month(start, month).year)
        years.setdefault(label, first_half if month < months // 2 else second_half)
    events.sort(key=lambda e: (e.day, e.source, e.target, e.cameo))
    return Planted(seed=seed, noise=noise, events=events, changes=truth, stable=calm,
                   camps={label: dict(c) for label, c in years.items()}, names=names)


def write_records(planted: Planted, store, per_article: int = 2000) -> int:
    """Store the planted events directly as coded records (one article per month and at most
    ``per_article`` events, each event dated to its day) and rebuild the real-world events;
    returns how many events the store holds."""
    from detente.events.cameo import lookup
    from detente.model import Actor, CodedArticle, Event, EventDate, Participant, SentenceRef, Span

    by_day: dict[tuple[dt.date, int], list[PlantedEvent]] = {}
    for number, event in enumerate(planted.events):
        by_day.setdefault((event.day.replace(day=1), number // per_article), []).append(event)
    articles = []
    for (day, part), todays in sorted(by_day.items()):
        article_id = f"planted-{planted.seed}-{day.isoformat()}-{part}"
        coded, seen = [], {}
        for number, e in enumerate(todays):
            code = lookup(e.cameo)
            parts = [Participant(text=planted.names[c], actor=c, code=c, country=c, sector=None)
                     for c in (e.source, e.target)]
            for c in (e.source, e.target):
                seen[c] = Actor(id=c, name=planted.names[c], code=c, country=c, sector=None, kind="country")
            text = f"{planted.names[e.source]} / {planted.names[e.target]}: {code.label} (synthetic)."
            coded.append(Event(id=f"{article_id}-{number}", plover=code.plover, cameo=code.code, mode=code.mode,
                               context=list(code.context), source=parts[:1], target=parts[1:],
                               trigger=Span(code.label, 0, 0), sentence=SentenceRef(number, text), negated=False,
                               modality="asserted", historical=False,
                               date=EventDate(e.day.isoformat(), e.day.isoformat(), "day"), location=None,
                               attribution=None,
                               quad_class=code.quad_class, goldstein=code.goldstein, confidence=0.9))
        articles.append(CodedArticle(id=article_id, title="Planted corpus (synthetic)", date=day.isoformat(),
                                     text="\n".join(ev.sentence.text for ev in coded), source="detente planted",
                                     actors=sorted(seen.values(), key=lambda a: a.id), events=coded))
        if len(articles) >= 50:
            store.add(articles, coder="planted")
            articles = []
    if articles:
        store.add(articles, coder="planted")
    return store.rebuild_events()


def wire_articles(planted: Planted, kb=None) -> list[dict]:
    """One synthetic wire article (one sentence) per planted event, for ``detente ingest``."""
    if kb is None:
        from detente.actors.kb import load_default

        kb = load_default()
    out = []
    for number, e in enumerate(planted.events):
        a, b = kb.get(e.source), kb.get(e.target)
        template = SENTENCES[e.state][number % len(SENTENCES[e.state])]
        out.append({"id": f"planted-{planted.seed}-{number:06d}", "date": e.day.isoformat(),
                    "title": "Planted corpus (synthetic)", "source": "detente planted",
                    "text": template.format(a=a.name, b=b.name, a_dem=a.demonyms[0], b_dem=b.demonyms[0])})
    return out


def plant_many(seed: int, events: int, *, kb=None, actors: int = 150, pairs: int = 4000, months: int = 120,
               start: dt.date = dt.date(2015, 1, 1), noise: float = 0.2) -> Planted:
    """A large planted corpus for benchmarks: ``pairs`` random pairs of ``actors`` countries over
    ``months`` months, about ``events`` events in all; half the pairs change state once. The
    truth (``changes``) lists those changes; there are no planted camps."""
    import numpy as np

    if kb is None:
        from detente.actors.kb import load_default

        kb = load_default()
    rng = np.random.default_rng(seed)
    pool = countries(kb)[:actors]
    codes = [e.id for e in pool]
    chosen: set[tuple[int, int]] = set()
    while len(chosen) < min(pairs, len(codes) * (len(codes) - 1) // 2):
        x, y = sorted(int(v) for v in rng.choice(len(codes), 2, replace=False))
        chosen.add((x, y))
    per_pair = rng.multinomial(events, rng.dirichlet(np.ones(len(chosen))))
    out, truth = [], []
    for (x, y), count in zip(sorted(chosen), per_pair):
        a, b = codes[x], codes[y]
        before, after = rng.choice(3), rng.choice(3)
        at = int(rng.integers(months // 4, 3 * months // 4)) if rng.random() < 0.5 and before != after else months
        if at < months:
            truth.append(PlantedChange(a, b, _kind(STATES[before], STATES[after]), _month(start, at)))
        month = rng.integers(0, months, count)
        state = np.where(month < at, before, after)
        state = np.where(rng.random(count) < noise, rng.integers(0, 3, count), state)
        days = (np.array([np.datetime64(_month(start, int(m)).isoformat()) for m in range(months)])[month]
                + rng.integers(0, 28, count))
        swap = rng.random(count) < 0.5
        for day, s, flip in zip(days, state, swap):
            st = STATES[int(s)]
            out.append(PlantedEvent(day.astype(dt.date), b if flip else a, a if flip else b, st,
                                    CODES[st][int(rng.integers(len(CODES[st])))]))
    out.sort(key=lambda e: e.day)
    return Planted(seed=seed, noise=noise, events=out, changes=truth, stable=[], camps={},
                   names={e.id: e.name for e in pool})


def _kind(before: str, after: str) -> str:
    if before == "cooperative":
        return "break"
    if after == "cooperative":
        return "rapprochement"
    return "escalation" if after == "material conflict" else "de-escalation"
