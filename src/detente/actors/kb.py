"""The actor knowledge base: countries, organisations, groups, people with dated roles, sector words.

The shipped files live in ``detente/data/actors`` (documented in its README);
a user file of the same JSON-lines shapes, each line with a ``type`` field,
adds entries or replaces shipped ones with the same ``id``.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

KINDS = {"country": "countries.jsonl", "organisation": "organisations.jsonl",
         "group": "groups.jsonl", "person": "people.jsonl"}


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is malformed; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Period:
    """The days a date known only to the month, week or year names ("in October 2025": Oct 1-31)."""

    first: dt.date
    last: dt.date

    @classmethod
    def of(cls, value: str | None) -> Period | None:
        """The days an ISO date value names ("2025-10", "2025-W41", "2025"), else None (a day, or
        a value of another shape)."""
        from detente.events.date_values import period_days

        days = period_days(value) if value and len(value) in (4, 7, 8, 9) else None
        return cls(*days) if days else None

    def __str__(self) -> str:
        return f"{self.first.isoformat()}/{self.last.isoformat()}"  # an ISO 8601 interval


def role_date(value: str | None, published: dt.date | None) -> dt.date | Period | None:
    """When a person's role is looked up for an event dated ``value`` (ISO, any precision): its day;
    for a month, week or year, that period, cut at the publication date when it falls in it (the
    article names people as they are when it is written); without a usable date, publication."""
    if value and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return published
    period = Period.of(value)
    if period is None:
        return published
    if published is not None and period.first <= published <= period.last:
        return published if published == period.first else Period(period.first, published)
    return period


@dataclass(frozen=True, slots=True)
class Role:
    """An office held between two dates (``None`` = open-ended)."""

    title: str
    actor: str | None
    code: str | None
    country: str | None
    sector: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, day: dt.date | Period | None) -> bool:
        """Whether the office is held on ``day``, or at any time in a period (it may begin or end in it)."""
        if day is None:
            return self.end is None
        first, last = (day.first, day.last) if isinstance(day, Period) else (day, day)
        return (self.start is None or self.start <= last) and (self.end is None or first <= self.end)

    def held_until(self, period: Period) -> dt.date:
        """The last day of ``period`` the office is held (for one that overlaps it)."""
        return period.last if self.end is None else min(self.end, period.last)


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor of the knowledge base."""

    id: str
    name: str
    kind: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    seats: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    nominals: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    gender: str | None = None
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()
    periods: tuple[Role, ...] = ()  # spans in which a group is coded differently (the Taliban in power)
    parent: str | None = None  # the organisation or group it belongs to (european-commission -> eu)

    def code_on(self, day: dt.date | Period | None) -> tuple[str | None, str | None]:
        """(code, sector) of a group or organisation on ``day``, honouring its dated periods (for a
        period of days: the coding that holds latest in it)."""
        if day is not None:
            holding = [p for p in self.periods if p.holds_on(day)]
            if holding:
                period = _latest(holding, day)
                return period.code or self.code, period.sector or self.sector
        return self.code, self.sector

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def role_on(self, day: dt.date | Period | None) -> Role | None:
        """The role this person holds on ``day`` (the latest-starting one if several).

        For a period (a date known only to the month, week or year), a role held at any time in
        it: the one held latest in the period when several are (someone who took office late in
        the month holds it "in October", and so does someone who left early in it; of two offices,
        the one held at the period's end). Without a day, the latest role they took up: an undated
        text most likely speaks of them in their latest office.
        """
        holding = list(self.roles) if day is None else [r for r in self.roles if r.holds_on(day)]
        if not holding:
            return None
        return _latest(holding, day)


def _latest(holding: list[Role], day: dt.date | Period | None) -> Role:
    """Of the roles held on ``day``, the latest-starting; in a period, the one held latest in it first."""
    if isinstance(day, Period):
        return max(holding, key=lambda r: (r.held_until(day), r.start or dt.date.min))
    return max(holding, key=lambda r: r.start or dt.date.min)


@dataclass
class KnowledgeBase:
    """All actors, indexed for lookup by id, plus sector words, news outlets and world regions."""

    entries: dict[str, Entry]
    sectors: dict[str, str]  # lowercase word or phrase -> sector code
    outlets: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()  # world regions that hold a country's name ("Latin America"): no actor
    places: dict[str, str] = field(default_factory=dict)  # place name -> country id
    assets: frozenset[str] = frozenset()  # sector words for hardware ("drones", "jets"), not people
    crafts: frozenset[str] = frozenset()  # the assets that are ships: any country's, not only its forces'
    ranks: frozenset[str] = frozenset()  # sector words for people whose country the text must give ("officers")
    # a state navy's ship prefix ("HMS", "KRI") -> (country id, sector): ship_prefixes.tsv
    ships: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the pairs of countries that share a land or sea border (borders.tsv), each pair a set of two country ids
    borders: frozenset[frozenset[str]] = frozenset()
    # an organisation's office named by its title alone ("high commissioner") -> the organisations that have it
    # (offices.tsv)
    offices: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.places:
            for entry in self.entries.values():
                if entry.kind == "country":
                    for place in (*entry.cities, *([entry.capital] if entry.capital else []), *entry.seats):
                        self.places.setdefault(place, entry.id)

    def get(self, actor_id: str | None) -> Entry | None:
        return self.entries.get(actor_id) if actor_id else None

    def written_names(self) -> list[str]:
        """Every name of the knowledge base as it is written: actors' names and aliases (not the
        one-word names it marks ambiguous: "CAR" is a car as often as the Central African Republic),
        countries' demonyms, capitals, seats and cities, and the places (for reading copy set in
        capitals, ``detente.casing``)."""
        names: list[str] = []
        for entry in self.entries.values():
            names.extend(name for name in entry.names if name not in entry.ambiguous or " " in name.strip())
            names.extend((*entry.demonyms, *entry.seats, *entry.cities))
            if entry.capital:
                names.append(entry.capital)
        names.extend(self.places)
        return names

    def bordering(self, country: str | None, other: str | None) -> bool:
        """Whether the countries ``country`` and ``other`` (ids) share a land or sea border (``borders.tsv``)."""
        return country is not None and other is not None and frozenset((country, other)) in self.borders

    def stands_for(self, entry: Entry) -> Entry:
        """Whom an actor stands for up its ``parent`` chain: the organisation a body of it belongs to (the
        European Commission stands for the EU) or the group whose code a wing acts under (the Qassam
        Brigades for Hamas); an affiliate with a code of its own (AQAP) stands for itself."""
        return self.ancestry(entry)[-1]

    def ancestry(self, entry: Entry) -> list[Entry]:
        """The entry and every entry it stands for up its ``parent`` chain, in order, the last being
        :meth:`stands_for`'s (the World Health Assembly, the WHO, the UN)."""
        chain = [entry]
        while entry.parent and entry.parent not in {e.id for e in chain}:
            parent = self.get(entry.parent)
            if parent is None or not (entry.kind == "organisation" or entry.code == parent.code):
                break
            entry = parent
            chain.append(entry)
        return chain

    def with_overrides(self, path: Path) -> KnowledgeBase:
        """Return a new knowledge base with the entries of a user file added or replaced."""
        from detente.actors.phoenix import is_phoenix_file, read_phoenix  # here: phoenix imports kb

        entries = dict(self.entries)
        for entry in read_phoenix(path) if is_phoenix_file(path) else _read_entries(path, kind=None):
            entries[entry.id] = entry
        return KnowledgeBase(entries=entries, sectors=self.sectors, outlets=self.outlets, regions=self.regions,
                             assets=self.assets, crafts=self.crafts, ranks=self.ranks, ships=self.ships,
                             borders=self.borders)


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeBaseError(f"{where}: role date {value!r} is not YYYY-MM-DD") from None


def _entry(data: dict[str, Any], kind: str, where: str) -> Entry:
    if not isinstance(data, dict) or not data.get("id") or not data.get("name"):
        raise KnowledgeBaseError(f"{where}: an actor needs at least \"id\" and \"name\"")
    roles = tuple(
        Role(title=r.get("title", ""), actor=r.get("actor"), code=r.get("code"), country=r.get("country"),
             sector=r.get("sector"), start=_date(r.get("start"), where), end=_date(r.get("end"), where))
        for r in data.get("roles") or ()
    )
    periods = tuple(
        Role(title="", actor=None, code=p.get("code"), country=None, sector=p.get("sector"),
             start=_date(p.get("start"), where), end=_date(p.get("end"), where))
        for p in data.get("periods") or ()
    )
    code = data.get("code") or (data["id"] if kind == "country" else None)
    country = data.get("country") or (data["id"] if kind == "country" else None)
    return Entry(
        id=str(data["id"]), name=str(data["name"]), kind=data.get("kind") or kind, code=code, country=country,
        sector=data.get("sector"), aliases=tuple(data.get("aliases") or ()),
        demonyms=tuple(data.get("demonyms") or ()), capital=data.get("capital"),
        seats=tuple(data.get("seats") or ()), cities=(*(data.get("cities") or ()), *(data.get("regions") or ())),
        nominals=tuple(data.get("nominals") or ()), ambiguous=tuple(data.get("ambiguous") or ()),
        gender=data.get("gender"), wikidata=data.get("wikidata"), roles=roles, periods=periods,
        parent=data.get("parent") or None,
    )


def _read_entries(path: Path, kind: str | None) -> list[Entry]:
    entries = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read actor file ({exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path.name} line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(f"{where}: not JSON ({exc.msg})") from None
        line_kind = kind or (data.get("type") if isinstance(data, dict) else None)
        if line_kind not in KINDS:
            raise KnowledgeBaseError(f"{where}: \"type\" must be one of {', '.join(KINDS)}")
        entries.append(_entry(data, line_kind, where))
    return entries


# letters that carry no combining mark to drop and are written otherwise without diacritics ("Łódź": "Lodz",
# "Đurić": "Duric", "Kalın": "Kalin", "Støre": "Store"), and apostrophes written as the plain one
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                          "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
                          "’": "'", "‘": "'", "ʼ": "'", "´": "'"})


def folded(text: str) -> str:
    """A name as wire copy writes it without diacritics, case kept: "Erdoğan" -> "Erdogan", "Łódź" -> "Lodz",
    "Côte d’Ivoire" -> "Cote d'Ivoire". The knowledge base's names are looked up folded, so a text need not
    write a name's accents as the knowledge base does, nor drop them where it does."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


def spelling_variants(name: str) -> list[str]:
    """The other ways wire copy writes a name of several words that holds an abbreviation of two or three capitals:
    with full points or without ("U.N. top court" and "UN top court", "U.N.'s top court" and "UN's top court", "E.U.
    Commission" and "EU Commission"). A one-word abbreviation is listed as it is written ("IS" is ambiguous, "I.S."
    is not written)."""
    words = name.split(" ")
    if len(words) < 2:
        return []
    forms: list[list[str]] = []
    for word in words:
        core, tail = (word[:-2], word[-2:]) if word.endswith("'s") else (word, "")
        letters = core.replace(".", "")
        dotted = "".join(f"{letter}." for letter in letters)
        if 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper() and core in (letters, dotted):
            forms.append([word, (dotted if core == letters else letters) + tail])
        else:
            forms.append([word])
    out = [" ".join(combination) for combination in itertools.product(*forms)]
    return [variant for variant in out if variant != name]


def _plural(phrase: str) -> str:
    """The plural of a sector phrase's last word ("envoy" -> "envoys", "authority" -> "authorities")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def _data_dir() -> Path:
    return Path(str(resources.files("detente") / "data"))


@lru_cache(maxsize=1)
def load_default() -> KnowledgeBase:
    """Load the knowledge base shipped with detente (cached: it is immutable)."""
    base = _data_dir() / "actors"
    entries: dict[str, Entry] = {}
    for kind, filename in KINDS.items():
        path = base / filename
        if path.exists():
            for entry in _read_entries(path, kind):
                entries[entry.id] = entry
    _add_places(entries, base / "places.tsv")
    sectors: dict[str, str] = {}
    assets: set[str] = set()
    crafts: set[str] = set()
    ranks: set[str] = set()
    sector_path = base / "sectors.tsv"
    if sector_path.exists():
        with sector_path.open(encoding="utf-8") as handle:
            for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
                if row.get("word") and row.get("sector"):
                    word = row["word"].strip().lower()
                    sectors[word] = row["sector"].strip()
                    sectors.setdefault(_plural(word), sectors[word])
                    kind = (row.get("kind") or "").strip()
                    forms = (word, _plural(word))
                    if kind in ("asset", "craft"):  # a craft is hardware too
                        assets.update(forms)
                    if kind == "craft":
                        crafts.update(forms)
                    if kind == "rank":
                        ranks.update(forms)
    return KnowledgeBase(entries=entries, sectors=sectors, outlets=_name_list(base / "outlets.txt"),
                         regions=_name_list(base / "regions.txt"), assets=frozenset(assets),
                         crafts=frozenset(crafts), ranks=frozenset(ranks),
                         ships=_ship_prefixes(entries, base / "ship_prefixes.tsv"),
                         borders=_borders(entries, base / "borders.tsv"),
                         offices=_offices(entries, sectors, base / "offices.tsv"))


BORDER_KINDS = ("land", "sea")  # the kinds of border of borders.tsv


def _borders(entries: dict[str, Entry], path: Path) -> frozenset[frozenset[str]]:
    """The borders of ``borders.tsv``, by land or sea: each pair of country ids as a set of two; none when there is
    no file."""
    if not path.exists():
        return frozenset()
    pairs: set[frozenset[str]] = set()
    for country, neighbour, kind in _tsv_rows(path, "country", "neighbour", "kind"):
        pair = (country, neighbour)
        if kind not in BORDER_KINDS:
            raise KnowledgeBaseError(f"{path.name}: {pair!r} has no border kind of {BORDER_KINDS}")
        for country in pair:
            _country_id(entries, country, path, pair)
        if pair[0] == pair[1]:
            raise KnowledgeBaseError(f"{path.name}: {pair[0]!r} borders itself")
        pairs.add(frozenset(pair))
    return frozenset(pairs)


def _tsv_rows(path: Path, *columns: str) -> Iterator[tuple[str, ...]]:
    """The values of ``columns`` in each row of a tab-separated data file with a header line (lines opening with "#"
    left out), each stripped, "" where the row or the header lacks one."""
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            yield tuple((row.get(column) or "").strip() for column in columns)


def _country_id(entries: dict[str, Entry], country: str, path: Path, what: object) -> str:
    """``country`` when it is the id of a country of ``entries``; else a :class:`KnowledgeBaseError` naming the file
    and the row's ``what``."""
    if country not in entries or entries[country].kind != "country":
        raise KnowledgeBaseError(f"{path.name}: {what!r} names no country {country!r}")
    return country


def _ship_prefixes(entries: dict[str, Entry], path: Path) -> dict[str, tuple[str, str]]:
    """The ship prefixes of ``ship_prefixes.tsv`` ("HMS", "KRI"): prefix -> (country id, sector); none when there
    is no file."""
    if not path.exists():
        return {}
    ships: dict[str, tuple[str, str]] = {}
    for prefix, country, sector in _tsv_rows(path, "prefix", "country", "sector"):
        ships[prefix] = (_country_id(entries, country, path, prefix), sector)
    return ships


def _offices(entries: dict[str, Entry], sectors: dict[str, str], path: Path) -> dict[str, tuple[str, ...]]:
    """The offices of ``offices.tsv``: a government-sector role word of ``sectors`` -> the ids of the organisations
    that have that office, in the file's order; none when there is no file."""
    if not path.exists():
        return {}
    offices: dict[str, list[str]] = {}
    for office, organisation in _tsv_rows(path, "office", "organisation"):
        if sectors.get(office) != "GOV":
            raise KnowledgeBaseError(f"{path.name}: {office!r} is no government role word of sectors.tsv")
        entry = entries.get(organisation)
        if entry is None or entry.kind != "organisation":
            raise KnowledgeBaseError(f"{path.name}: {office!r} names no organisation {organisation!r}")
        offices.setdefault(office, []).append(organisation)
    return {office: tuple(ids) for office, ids in offices.items()}


def _name_list(path: Path) -> frozenset[str]:
    """The names of a list file of one name a line (``#`` opens a comment line); none when there is no file."""
    if not path.exists():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def _add_places(entries: dict[str, Entry], path: Path) -> None:
    """Add the places of ``places.tsv`` (regions, districts, towns, islands) to their country's cities."""
    if not path.exists():
        return
    added: dict[str, list[str]] = {}
    for place, country in _tsv_rows(path, "place", "country"):
        added.setdefault(_country_id(entries, country, path, place), []).append(place)
    for country, places in added.items():
        entries[country] = replace(entries[country], cities=(*entries[country].cities, *places))


def load(overrides: Path | None = None) -> KnowledgeBase:
    """The shipped knowledge base, with a user's actor file applied when given."""
    kb = load_default()
    return kb.with_overrides(overrides) if overrides else kb
