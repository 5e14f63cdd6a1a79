"""Exports of the store: its tables as parquet, csv or jsonl, and its events as a GDELT 2.0 event table.

The GDELT mapping (which detente field goes in which of GDELT's 61 columns, and what is left
empty and why) is documented in docs/store.md, section "Exports". No SQL here: everything is
read through the :class:`~detente.store.Store` API.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from detente.actors.kb import KnowledgeBase
from detente.store import Store, StoredEvent, StoredMention
from detente.store.rows import first_mention

TABLE_FORMATS = ("parquet", "csv", "jsonl")
FORMATS = (*TABLE_FORMATS, "gdelt")
PAGE_SIZE = 5000  # events read (with their mentions) at a time

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR), *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO), *(f"Actor2Geo_{name}" for name in _GEO),
    *(f"ActionGeo_{name}" for name in _GEO),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

# CAMEO actor type (role) codes: a code segment that is one of these is no known group.
CAMEO_TYPES = frozenset({
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL",
    "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MOD", "RAD", "REF", "REL", "IGO", "NGO",
    "NGM", "IMG", "MNC",
})
GEO_COUNTRY, GEO_WORLD_CITY = "1", "4"  # GDELT geographic resolution types
_SEPARATORS = str.maketrans({c: " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


def export(store: Store, path: Path, fmt: str, table: str = "events", *, kb: KnowledgeBase) -> int:
    """Write ``table`` of the store to ``path`` in format ``fmt`` and return the number of rows written
    (``kb``, the run's knowledge base, tells country names from places in the gdelt format)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(f"{path}: folder {path.parent} does not exist")
    if fmt == "gdelt":
        if table != "events":
            raise ValueError(f"the gdelt format holds events only, not the {table!r} table")
        return export_gdelt(store, path, kb)
    if fmt == "csv":
        return export_csv(store, path, table)
    store.export(path, fmt, table)
    return store.counts()[table]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(cell: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula: text starting with ``= + - @``, a tab or
    a carriage return gets a leading apostrophe (OWASP's advice); numbers ("-2.5") are kept."""
    if cell.startswith(FORMULA_STARTS):
        try:
            float(cell)
        except ValueError:
            return "'" + cell
    return cell


def export_csv(store: Store, path: Path, table: str) -> int:
    """Write ``table`` as CSV with a header, every text cell neutralised (:func:`neutralise_cell`);
    return the number of rows written. ``path`` is written atomically."""
    import csv

    raw = path.with_name(f".{path.name}.raw")
    partial = path.with_name(f".{path.name}.partial")
    written = 0
    try:
        store.export(raw, "csv", table)
        with raw.open(encoding="utf-8", newline="") as src, partial.open("w", encoding="utf-8", newline="") as out:
            reader, writer = csv.reader(src), csv.writer(out, lineterminator="\n")
            writer.writerow(next(reader, []))
            for row in reader:
                writer.writerow([neutralise_cell(cell) for cell in row])
                written += 1
        partial.replace(path)
    finally:
        raw.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return written


def export_gdelt(store: Store, path: Path, kb: KnowledgeBase) -> int:
    """Write the store's events (negated ones excluded) as a header-less GDELT 2.0 event TSV; return the line count."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    written = 0
    try:
        with partial.open("w", encoding="utf-8", newline="\n") as out:
            for row in gdelt_rows(store, kb):
                out.write("\t".join(row) + "\n")
                written += 1
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written


def gdelt_event_id(event_id: str) -> int:
    """GDELT's integer GlobalEventID for a detente event id: the first 60 bits of its SHA-1."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def gdelt_rows(store: Store, kb: KnowledgeBase) -> Iterator[list[str]]:
    """The GDELT rows of the store's events (not negated), in ``store.events()`` order, as lists of 61 fields."""
    country_names = _country_names(kb)
    offset = 0
    while True:
        page = store.events(limit=PAGE_SIZE, offset=offset)
        if not page:
            return
        offset += len(page)
        mentions = {m.id: m for m in store.mentions([i for event in page for i in event.mention_ids])}
        for event in page:
            own = [mentions[i] for i in event.mention_ids if i in mentions]
            first = first_mention(own)
            for index, pair in enumerate(actor_pairs(first) if first is not None else [(None, None)]):
                yield gdelt_row(event, own, country_names, pair, index)


def actor_pairs(mention: StoredMention) -> list[tuple[dict | None, dict | None]]:
    """The (Actor1, Actor2) rows of a mention, as the relations graph links its sides
    (``detente.relations._index.links``): every source with every target; without targets, every pair
    of sources (a reciprocal act: "Kenya and Uganda signed an agreement"). A side counts its
    participants with an actor (one per actor); a side with none keeps its first phrase, as GDELT
    keeps an uncoded name."""
    sources, targets = _coded(mention.source), _coded(mention.target)
    if targets:
        doers: list[dict | None] = list(sources) or [None]
        return [(s, t) for s in doers for t in targets if s is None or _key(s) != _key(t)] or [(doers[0], targets[0])]
    if len(sources) > 1:
        return [(x, y) for i, x in enumerate(sources) for y in sources[i + 1:]]
    return [(sources[0] if sources else None, None)]


def _key(participant: dict) -> str:
    return participant.get("actor") or participant.get("code") or participant.get("text") or ""


def _coded(side: list[dict]) -> list[dict]:
    coded: dict[str, dict] = {}
    for participant in side:
        if participant.get("actor") or participant.get("code"):
            coded.setdefault(_key(participant), participant)
    return list(coded.values()) or side[:1]


def gdelt_row(event: StoredEvent, mentions: list[StoredMention], country_names: frozenset[str],
              pair: tuple[dict | None, dict | None] = (None, None), index: int = 0) -> list[str]:
    """One (Actor1, Actor2) pair of an event as the 61 fields of a GDELT 2.0 event row (tabs and line
    breaks turned into spaces); the event's first pair keeps the event's own GlobalEventID."""
    first = first_mention(mentions)
    fields: dict[str, str] = {"GlobalEventID": str(gdelt_event_id(event.id if not index else f"{event.id}/{index}"))}
    fields.update(_day_fields(event.first_day))
    if first is not None:
        fields.update(_actor_fields("Actor1", pair[0]))
        fields.update(_actor_fields("Actor2", pair[1]))
        fields["IsRootEvent"] = "1" if first.sentence_index == 0 else "0"
        fields.update(_action_geo(first, first.location_country, country_names))
        fields["SOURCEURL"] = first.url or f"detente:{first.article_id}"
    else:
        fields["IsRootEvent"] = "0"
    fields.update({
        "EventCode": event.cameo, "EventBaseCode": event.cameo[:3], "EventRootCode": event.cameo[:2],
        "QuadClass": str(event.quad_class), "GoldsteinScale": _number(event.goldstein),
        "NumMentions": str(event.num_mentions), "NumArticles": str(event.num_articles),
        "NumSources": str(_num_sources(mentions) if mentions else event.num_articles),
    })
    unknown = set(fields) - set(GDELT_COLUMNS)
    if unknown:
        raise AssertionError(f"not GDELT columns: {sorted(unknown)}")
    return [_clean(fields.get(column, "")) for column in GDELT_COLUMNS]


def known_group(code: str | None, country: str | None, sector: str | None) -> str:
    """The known-group part of a CAMEO actor code (``HMS`` of ``PSEREBHMS``), or ``""`` if it has none."""
    if not code or len(code) < 6 or len(code) % 3:
        return ""
    last = code[-3:]
    if last in CAMEO_TYPES or last == country or last in _segments(sector):
        return ""
    return last


def _segments(code: str | None) -> list[str]:
    """A CAMEO code cut into its three-letter segments (``GOVMED`` -> ``GOV``, ``MED``)."""
    return [code[i:i + 3] for i in range(0, len(code), 3)] if code else []


def _actor_fields(prefix: str, participant: dict | None) -> dict[str, str]:
    if not participant:
        return {}
    code, country, sector = participant.get("code"), participant.get("country"), participant.get("sector")
    types = _segments(sector)[:3]
    fields = {f"{prefix}Code": code or "", f"{prefix}Name": (participant.get("text") or "").upper(),
              f"{prefix}CountryCode": country or "", f"{prefix}KnownGroupCode": known_group(code, country, sector)}
    fields.update({f"{prefix}Type{n}Code": t for n, t in enumerate(types, 1)})
    return fields


def _action_geo(mention: StoredMention, country: str | None, country_names: frozenset[str]) -> dict[str, str]:
    text = (mention.location_text or "").strip()
    if not text:
        return {}
    kind = GEO_COUNTRY if text.casefold() in country_names else GEO_WORLD_CITY
    return {"ActionGeo_Type": kind, "ActionGeo_FullName": text, "ActionGeo_CountryCode": country or ""}


def _day_fields(day: dt.date | None) -> dict[str, str]:
    if day is None:
        return {}
    fraction = day.year + day.timetuple().tm_yday / 365
    ymd = f"{day.year:04d}{day.month:02d}{day.day:02d}"  # strftime does not pad years before 1000
    return {"Day": ymd, "MonthYear": ymd[:6], "Year": str(day.year),
            "FractionDate": f"{fraction:.4f}", "DATEADDED": f"{ymd}000000"}


def _num_sources(mentions: list[StoredMention]) -> int:
    """Distinct sources of an event's articles: the outlet, else the web host of the url, else the article."""
    sources = set()
    for mention in mentions:
        host = (urlsplit(mention.url).hostname or "") if mention.url else ""
        sources.add(mention.article_source or host.removeprefix("www.") or f"article:{mention.article_id}")
    return len(sources)


def _country_names(kb: KnowledgeBase) -> frozenset[str]:
    """Every name and alias of a country in the run's knowledge base, case-folded (for ActionGeo_Type)."""
    return frozenset(name.casefold() for entry in kb.entries.values()
                     if entry.kind == "country" for name in entry.names)


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _clean(value: str) -> str:
    return value.translate(_SEPARATORS)
