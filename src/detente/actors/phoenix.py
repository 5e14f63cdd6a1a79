"""Read PETRARCH / Phoenix CAMEO actor dictionaries into knowledge-base entries.

The text format (``Phoenix.Countries.actors.txt`` and friends): a primary name line
``AFGHANISTAN_ [AFG]``, synonym lines ``+AFGHAN_``, indented dated code lines
``[AFGGOV 011222-140929]`` / ``[AFGELI >140929]`` / ``[AFGOPP <140928]``, ``{A_ | B_}``
alternatives and ``#`` comments. See "Importing PETRARCH/Phoenix dictionaries" in
``detente/data/actors/README.md`` for how entries map onto detente's kinds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from detente.actors.kb import Entry, KnowledgeBaseError, Role

PREFIX = "phoenix:"
NON_STATE = {"IGO", "NGO", "IMG", "MNC", "UIS"}  # code prefixes that are not a country
# CAMEO role codes: a second one after the first extends the sector (CHNGOVMED -> GOVMED).
ROLE_CODES = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
              "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MOD", "RAD",
              "REF", "REL"}
ACRONYMS = {"UN", "EU", "US", "UK", "AU", "PLO", "NATO", "USA", "UAE", "ANC", "OPEC", "ASEAN", "IMF",
            "ICC", "ICJ", "IAEA", "OSCE", "ECOWAS", "UNHCR", "UNICEF", "UNESCO", "FARC", "ETA", "IRA", "ISIS",
            "ISIL", "NGO", "IGO", "AKP", "CHP", "SPD", "CDU", "BJP"}
NOT_ACRONYMS = {"MR", "MRS", "MS", "DR", "JR", "SR", "ST"}
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "by", "de", "del", "der", "des", "du",
               "la", "le", "van", "von", "da", "dos", "bin", "ibn", "al", "el"}
_CODE = re.compile(r"\s*(?P<code>---|[A-Za-z0-9]{3,})(?P<flag>[~=]*)\s*(?P<when>.*?)\s*")
_WHEN = re.compile(r">\s*(?P<after>\d+)|<\s*(?P<before>\d+)|(?P<start>\d*)\s*-\s*(?P<end>\d*)|")
_BRACKETS = re.compile(r"(?:\s*\[[^\[\]]*\])*\s*")
_NAME_CHARS = re.compile(r"[\w\s.,'’&/()-]+")


@dataclasses.dataclass
class _Code:
    code: str
    start: dt.date | None
    end: dt.date | None


@dataclasses.dataclass
class _Draft:
    names: list[str]
    codes: list[_Code] = dataclasses.field(default_factory=list)
    has_role_line: bool = False


def slug(text: str) -> str:
    """A lowercase ASCII slug: "Hamid Karzai" -> "hamid-karzai"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z]+", "-", folded.lower()).strip("-") or "actor"


def _case_word(word: str, first: bool) -> str:
    if not (word.isupper() or word.islower()):
        return word  # mixed case ("McDonald") is kept as written
    upper = word.upper()
    dotted = re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", upper)  # U.N., U.S.
    no_vowel = word.isalpha() and len(word) <= 3 and upper not in NOT_ACRONYMS and not set(upper) & set("AEIOU")
    if upper in ACRONYMS or dotted or no_vowel:
        return upper
    if not first and word.lower() in SMALL_WORDS:
        return word.lower()
    if len(word) > 2 and word[1] in "'’" and word[0].isalpha():  # O'BRIEN -> O'Brien, d'Ivoire
        head = word[0].lower() if not first and word[0].lower() in "dl" else word[0].upper()
        return head + word[1] + word[2:].capitalize()
    return word.capitalize()


def display_name(raw: str) -> str:
    """A dictionary phrase as detente writes names: "HAMID_KARZAI_" -> "Hamid Karzai"."""
    words = raw.replace("_", " ").split()
    out = []
    for i, word in enumerate(words):
        parts = word.split("-")
        out.append("-".join(_case_word(part, first=i == 0 and j == 0) if part else part
                            for j, part in enumerate(parts)))
    return " ".join(out)


def _expand(text: str, where: str) -> list[str]:
    """All phrases a name field stands for: ``{A_ | B_}_X`` -> ``A_X``, ``B_X``; ``A | B`` -> ``A``, ``B``."""
    alternatives, depth, current = [], 0, ""
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth not in (0, 1):
            raise KnowledgeBaseError(f"{where}: unbalanced or nested {{ }} in {text.strip()!r}")
        if char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += char
    if depth:
        raise KnowledgeBaseError(f"{where}: unbalanced {{ }} in {text.strip()!r}")
    alternatives.append(current)
    phrases = []
    for alternative in alternatives:
        pieces = re.split(r"\{([^{}]*)\}", alternative)  # odd indexes are the groups' contents
        options = [[p] if i % 2 == 0 else [o.strip() for o in p.split("|")] for i, p in enumerate(pieces)]
        for combo in itertools.product(*options):
            phrase = "".join(combo).strip()
            if not phrase.strip("_ \t") or not _NAME_CHARS.fullmatch(phrase):
                raise KnowledgeBaseError(f"{where}: {phrase.strip() or 'empty'!r} is not an actor name")
            phrases.append(phrase)
    return phrases


def _day(digits: str, where: str) -> dt.date | None:
    if not digits:
        return None
    try:
        if len(digits) == 6:
            year = int(digits[:2])
            return dt.date(year + (2000 if year < 50 else 1900), int(digits[2:4]), int(digits[4:]))
        if len(digits) == 8:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        pass
    raise KnowledgeBaseError(f"{where}: {digits!r} is not a date (YYMMDD or YYYYMMDD)")


def _codes(text: str, where: str) -> list[_Code]:
    """The codes of a run of ``[CODE dates]`` groups (``[---]`` gives none)."""
    if not _BRACKETS.fullmatch(text):
        raise KnowledgeBaseError(f"{where}: expected [CODE] or [CODE dates], got {text.strip()!r}")
    found = []
    for inner in re.findall(r"\[([^\[\]]*)\]", text):
        match = _CODE.fullmatch(inner)
        when = _WHEN.fullmatch(match["when"]) if match else None
        if match is None or when is None:
            raise KnowledgeBaseError(f"{where}: malformed code [{inner}]")
        start = _day(when["after"] or when["start"] or "", where)
        end = _day(when["before"] or when["end"] or "", where)
        if start and end and end < start:
            raise KnowledgeBaseError(f"{where}: [{inner}] ends before it starts")
        if match["code"] != "---":
            found.append(_Code(match["code"].upper(), start, end))
    return found


def _split(code: str) -> tuple[str | None, str | None]:
    """(country, sector) of a CAMEO code: AFGGOV -> (AFG, GOV), CHNGOVMED -> (CHN, GOVMED), IGOUNO -> (None, IGO)."""
    head, chunks = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    if head in ("IGO", "NGO"):
        return None, head
    if head in NON_STATE or not head.isalpha():
        return None, chunks[0] if chunks and chunks[0] in ROLE_CODES else None
    if not chunks:
        return head, None
    sector = chunks[0]
    for chunk in chunks[1:]:
        if chunk not in ROLE_CODES:
            break
        sector += chunk
    return head, sector


def _finish(draft: _Draft) -> Entry | None:
    names = list(dict.fromkeys(display_name(n) for n in draft.names))
    unique = list({(c.code, c.start, c.end): c for c in draft.codes}.values())
    if not unique:
        return None  # no usable code ([---] or none at all): nothing to code the actor as
    name, aliases = names[0], tuple(names[1:])
    dated = any(c.start or c.end for c in unique)
    if draft.has_role_line or dated or len(unique) > 1:
        roles = []
        for c in unique:
            country, sector = _split(c.code)
            roles.append(Role(title="", actor=country, code=c.code, country=country, sector=sector,
                              start=c.start, end=c.end))
        return Entry(id=PREFIX + slug(name), name=name, kind="person", aliases=aliases, roles=tuple(roles))
    code = unique[0].code
    if len(code) == 3 and code.isalpha() and code not in NON_STATE:
        return Entry(id=code, name=name, kind="country", code=code, country=code, aliases=aliases)
    country, sector = _split(code)
    kind = "organisation" if code[:3] in ("IGO", "NGO") else "group"
    return Entry(id=PREFIX + slug(name), name=name, kind=kind, code=code, country=country, sector=sector,
                 aliases=aliases)


def _merge(entries: list[Entry]) -> list[Entry]:
    """Countries with the same code become one entry; other clashing ids get -2, -3... suffixes."""
    by_id: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in by_id and entry.kind == "country" == by_id[entry.id].kind:
            kept = by_id[entry.id]
            extra = tuple(n for n in entry.names if n not in kept.names)
            by_id[entry.id] = dataclasses.replace(kept, aliases=kept.aliases + extra)
            continue
        new_id, n = entry.id, 1
        while new_id in by_id:
            n += 1
            new_id = f"{entry.id}-{n}"
        by_id[new_id] = dataclasses.replace(entry, id=new_id)
    return list(by_id.values())


def read_phoenix(path: Path) -> list[Entry]:
    """Parse a PETRARCH/Phoenix actor dictionary; raises KnowledgeBaseError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read actor file ({exc})") from None
    drafts: list[_Draft] = []
    for number, raw in enumerate(lines, 1):
        where = f"{path.name} line {number}"
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):  # a (dated) code line of the entry above
            if not drafts:
                raise KnowledgeBaseError(f"{where}: a code line before any actor name")
            codes = _codes(line, where)
            drafts[-1].codes.extend(codes)
            drafts[-1].has_role_line |= bool(codes)
            continue
        synonym = line.startswith("+")
        body = line[1:] if synonym else line
        names_text, bracket, rest = body.partition("[")
        names = _expand(names_text, where)
        codes = _codes(bracket + rest, where)
        if synonym:
            if not drafts:
                raise KnowledgeBaseError(f"{where}: a + synonym line before any actor name")
            drafts[-1].names.extend(names)
            drafts[-1].codes.extend(codes)
        else:
            drafts.append(_Draft(names=names, codes=codes))
    return _merge([e for e in map(_finish, drafts) if e is not None])


def is_phoenix_file(path: Path) -> bool:
    """Whether the first non-comment line looks like ``NAME_ [CODE]``, ``+NAME_`` or ``NAME_`` (not JSON)."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            for raw in handle:
                stripped = raw.strip()
                if not stripped or stripped.startswith("#"):
                    continue
                try:
                    json.loads(stripped)
                    return False
                except ValueError:
                    pass
                line = stripped.split("#", 1)[0].strip()
                names_text, bracket, rest = line.removeprefix("+").partition("[")
                try:
                    _expand(names_text, "sniff")
                    _codes(bracket + rest, "sniff")
                except KnowledgeBaseError:
                    return False
                return bool(bracket) or line.startswith("+") or "_" in names_text
    except (OSError, UnicodeDecodeError):
        return False
    return False


def _role_record(role: Role) -> dict[str, Any]:
    return {"title": role.title, "actor": role.actor, "code": role.code, "country": role.country,
            "sector": role.sector, "start": role.start.isoformat() if role.start else None,
            "end": role.end.isoformat() if role.end else None}


def to_jsonl_records(entries: list[Entry]) -> list[dict[str, Any]]:
    """The entries as user-override JSON-lines objects (with ``type``), ready to write one per line."""
    records = []
    for entry in entries:
        record: dict[str, Any] = {"type": entry.kind, "id": entry.id, "name": entry.name}
        if entry.kind in ("organisation", "group"):
            record.update(code=entry.code, country=entry.country, sector=entry.sector, kind=entry.kind)
        elif entry.kind == "country" and entry.code != entry.id:
            record["code"] = entry.code
        for name in ("aliases", "demonyms", "seats", "cities", "nominals", "ambiguous"):
            if getattr(entry, name):
                record[name] = list(getattr(entry, name))
        for name in ("capital", "gender", "wikidata"):
            if getattr(entry, name):
                record[name] = getattr(entry, name)
        if entry.roles:
            record["roles"] = [_role_record(r) for r in entry.roles]
        if entry.periods:
            record["periods"] = [{k: v for k, v in _role_record(p).items() if k in ("code", "sector", "start", "end")}
                                 for p in entry.periods]
        records.append(record)
    return records
