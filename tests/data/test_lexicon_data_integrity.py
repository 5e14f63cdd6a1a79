"""Integrity of the event lexicon data files (src/detente/data/lexicon).

Standard library only: these tests read the files as text and never load spaCy,
so a broken line is reported with its file and line number before any model runs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).parents[2] / "src/detente/data"
LEXICON = DATA / "lexicon"
CAMEO_TABLE = DATA / "cameo.tsv"

CODE = re.compile(r"^\d{2,4}$")
NO_CODE = "-"  # verbs.tsv: a sense that codes nothing
LEMMA = re.compile(r"^[a-z]+$")
ALTERNATIVE = re.compile(r"^([a-zà-ÿ][a-zà-ÿ0-9'-]*|\*)$")  # a lemma (accents as written: "chargé"), or * for "any"
ROOTS = [f"{n:02d}" for n in range(1, 21)]
REPORTING_KINDS = {"say", "deny", "intend", "hypothetical", "consider", "enact", "question"}

# Codes for which English news has no distinctive verb, so the code is reached
# by other means (a purpose clause, a compound modifier, a frame combination):
#   135        threaten to halt mediation: "threatened to end its mediation" (threaten + 165)
#   1441-1444  obstruct passage *to demand* X: the purpose, not the verb, decides
#   1951       precision-guided munitions: only the modifier ("guided", "cruise") tells
#   011        decline comment: in wire copy "declined to comment" is the reporter's formula, no act of the
#              story, so the verbs that would say it are written as "-" lines
NO_VERB_PATTERN = {"011", "135", "1441", "1442", "1443", "1444", "1951"}

# Nouns for states and situations, which must not be coded as acts.
STATE_NOUNS = {"war", "relation", "crisis", "conflict", "situation", "tension", "tie", "dispute"}


def _rows(name: str, header: list[str]):
    """(line number, fields) for every data line of a tab-separated lexicon file."""
    path = LEXICON / name
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines, f"{name} is empty"
    assert lines[0].split("\t") == header, f"{name} line 1: header must be {'<TAB>'.join(header)!r}"
    rows = []
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        assert 2 <= len(fields) <= len(header), (
            f"{name} line {number}: expected {len(header)} tab-separated fields, got {len(fields)}: {line!r}"
        )
        rows.append((number, [f.strip() for f in fields] + [""] * (len(header) - len(fields))))
    return rows


def _verb_rows():
    return _rows("verbs.tsv", ["cameo", "pattern", "note"])


def _noun_rows():
    return _rows("nouns.tsv", ["cameo", "noun", "note"])


def _reporting_rows():
    return _rows("reporting.tsv", ["lemma", "kind", "note"])


def _light_verbs():
    path = LEXICON / "light_verbs.txt"
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#")[0].strip()
        if text:
            out.append((number, text))
    return out


def _known_codes() -> set[str]:
    if not CAMEO_TABLE.exists():
        pytest.skip(f"{CAMEO_TABLE} not present: cannot check codes against the CAMEO table")
    lines = CAMEO_TABLE.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    column = header.index("cameo")
    return {line.split("\t")[column].strip() for line in lines[1:] if line.strip() and not line.startswith("#")}


def _split(pattern: str):
    """(verb, particles, object alternatives or None, complement alternatives or None)."""
    items = pattern.split(" ")
    particles, obj, comp = [], None, None
    for item in items[1:]:
        if item.startswith("+"):
            obj = item[1:].split("|")
        elif item.startswith("~"):
            comp = item[1:].split("|")
        else:
            particles.append(item)
    return items[0], particles, obj, comp


def test_lexicon_data_headers():
    _verb_rows()
    _noun_rows()
    _reporting_rows()


def test_lexicon_data_codes_are_digit_strings():
    bad = [f"verbs.tsv line {n}: {f[0]!r}" for n, f in _verb_rows() if not CODE.match(f[0]) and f[0] != NO_CODE]
    bad += [f"nouns.tsv line {n}: {f[0]!r}" for n, f in _noun_rows() if not CODE.match(f[0])]
    assert not bad, "CAMEO codes must be strings of 2-4 digits with their leading zero:\n" + "\n".join(bad)


def test_lexicon_data_codes_exist_in_cameo_table():
    known = _known_codes()
    bad = [f"verbs.tsv line {n}: {f[0]}" for n, f in _verb_rows() if f[0] not in known and f[0] != NO_CODE]
    bad += [f"nouns.tsv line {n}: {f[0]}" for n, f in _noun_rows() if f[0] not in known]
    assert not bad, "codes missing from data/cameo.tsv:\n" + "\n".join(bad)


def test_lexicon_data_verb_patterns_well_formed():
    problems = []
    for number, (_code, pattern, _note) in _verb_rows():
        where = f"verbs.tsv line {number} ({pattern!r})"
        items = pattern.split(" ")
        if not pattern or "" in items:
            problems.append(f"{where}: empty item (items are separated by single spaces)")
            continue
        if not LEMMA.match(items[0]):
            problems.append(f"{where}: the first item must be a lowercase verb lemma")
        plus = [i for i in items if i.startswith("+")]
        tilde = [i for i in items if i.startswith("~")]
        caret = [i for i in items if i.startswith("^")]
        if len(caret) > 1:
            problems.append(f"{where}: at most one ^subject item")
        if len(plus) > 1:
            problems.append(f"{where}: at most one +object item")
        if len(tilde) > 1:
            problems.append(f"{where}: at most one ~complement item")
        seen_clause_item = False
        for item in items[1:]:
            if item[0] in "+~^":
                seen_clause_item = seen_clause_item or item[0] in "~^"
                alternatives = item[1:].split("|")
                if any(not ALTERNATIVE.match(a) for a in alternatives):
                    problems.append(f"{where}: empty or malformed alternative in {item!r}")
                if len(set(alternatives)) != len(alternatives):
                    problems.append(f"{where}: repeated alternative in {item!r}")
            else:
                if not LEMMA.match(item):
                    problems.append(f"{where}: particle {item!r} must be a lowercase word")
                # a particle after the +object is a preposition the object must govern or sit beside:
                # "take +measure|action against" (took measures against X); ~ and ^ items come last
                if seen_clause_item:
                    problems.append(f"{where}: particle {item!r} after a ~complement or ^subject item")
    assert not problems, "\n".join(problems)


def test_lexicon_data_no_duplicate_patterns():
    counts = Counter((code, pattern) for _, (code, pattern, _) in _verb_rows())
    dups = [f"{code}\t{pattern} (x{n})" for (code, pattern), n in counts.items() if n > 1]
    assert not dups, "duplicate verbs.tsv lines:\n" + "\n".join(dups)


def test_lexicon_data_no_pattern_with_two_codes():
    codes = defaultdict(set)
    for _, (code, pattern, _) in _verb_rows():
        codes[pattern].add(code)
    clashes = [f"{pattern}: {sorted(c)}" for pattern, c in codes.items() if len(c) > 1]
    assert not clashes, "patterns listed with two codes:\n" + "\n".join(clashes)


def test_lexicon_data_object_alternatives_unambiguous():
    # Two lines for the same verb and particles must not share an object (or
    # complement) alternative with different codes: the earlier line would win
    # silently and the later one would be dead. A complement of a line that also
    # names objects is told apart by them ("order +diplomat ~leave" 161, "order
    # +manager ~leave" 174: both items must match).
    seen: dict[tuple, tuple[str, int]] = {}
    clashes = []
    for number, (code, pattern, _) in _verb_rows():
        verb, particles, obj, comp = _split(pattern)
        for mark, alternatives in (("+", obj), ("~", comp)):
            for alternative in alternatives or ():
                objects = ("+" + "|".join(obj),) if mark == "~" and obj else ()
                # and an object of a line that also names a complement by it: the longer line wins where the
                # complement is there ("call on +president ~*" 020), the shorter one elsewhere (042)
                complements = ("~" + "|".join(comp),) if mark == "+" and comp else ()
                key = (verb, *particles, *objects, *complements, mark + alternative)
                if key in seen and seen[key][0] != code:
                    clashes.append(
                        f"{' '.join(key)}: line {seen[key][1]} gives {seen[key][0]}, line {number} gives {code}"
                    )
                seen.setdefault(key, (code, number))
    assert not clashes, "ambiguous object alternatives in verbs.tsv:\n" + "\n".join(clashes)


def test_lexicon_data_every_root_has_ten_verb_patterns():
    per_root = Counter(code[:2] for _, (code, _, _) in _verb_rows())
    thin = [f"{root}: {per_root[root]}" for root in ROOTS if per_root[root] < 10]
    assert not thin, "CAMEO roots with fewer than 10 verb patterns:\n" + "\n".join(thin)


def test_lexicon_data_every_code_has_a_verb_pattern():
    known = _known_codes()
    covered = {code for _, (code, _, _) in _verb_rows()}
    missing = sorted(c for c in known if c.isdigit() and len(c) >= 3 and c not in covered | NO_VERB_PATTERN)
    assert not missing, "CAMEO codes with no verb pattern (add one, or list the gap in NO_VERB_PATTERN):\n" + " ".join(
        missing
    )
    stale = sorted(NO_VERB_PATTERN & covered)
    assert not stale, f"codes listed in NO_VERB_PATTERN now have patterns; remove them: {stale}"


def test_lexicon_data_nouns_well_formed_and_unique():
    rows = _noun_rows()
    bad = [f"nouns.tsv line {n}: {f[1]!r}" for n, f in rows if not LEMMA.match(f[1])]
    assert not bad, "nouns must be single lowercase lemmas:\n" + "\n".join(bad)
    counts = Counter(f[1] for _, f in rows)
    dups = sorted(noun for noun, n in counts.items() if n > 1)
    assert not dups, f"nouns listed more than once: {dups}"


def test_lexicon_data_nouns_are_acts_not_states():
    states = sorted({f[1] for _, f in _noun_rows()} & STATE_NOUNS)
    assert not states, f"nouns that denote a state, not an act: {states}"


def test_lexicon_data_light_verbs_well_formed_and_unique():
    verbs = _light_verbs()
    bad = [f"light_verbs.txt line {n}: {v!r}" for n, v in verbs if not LEMMA.match(v)]
    assert not bad, "light verbs must be single lowercase lemmas:\n" + "\n".join(bad)
    counts = Counter(v for _, v in verbs)
    dups = sorted(v for v, n in counts.items() if n > 1)
    assert not dups, f"light verbs listed more than once: {dups}"


def test_lexicon_data_light_verbs_are_not_intent_frames():
    # An intent verb's object is intended, not done: "offered aid" is 033, not 070.
    intend = {f[0] for _, f in _reporting_rows() if f[1] == "intend"}
    both = sorted({v for _, v in _light_verbs()} & intend)
    assert not both, f"intent verbs listed as light verbs: {both}"


def test_lexicon_data_reporting_kinds_valid():
    rows = _reporting_rows()
    bad = [f"reporting.tsv line {n}: {f[0]!r} kind {f[1]!r}" for n, f in rows if f[1] not in REPORTING_KINDS]
    bad += [f"reporting.tsv line {n}: lemma {f[0]!r}" for n, f in rows if not LEMMA.match(f[0])]
    assert not bad, f"kinds must be one of {sorted(REPORTING_KINDS)}; lemmas lowercase:\n" + "\n".join(bad)
    counts = Counter(f[0] for _, f in rows)
    dups = sorted(lemma for lemma, n in counts.items() if n > 1)
    assert not dups, f"reporting lemmas listed more than once: {dups}"


def test_lexicon_data_say_verbs_are_not_bare_events():
    say = {f[0] for _, f in _reporting_rows() if f[1] == "say"}
    bare = {}
    for number, (_, pattern, _) in _verb_rows():
        if " " not in pattern:
            bare[pattern] = number
    both = sorted(f"{lemma} (verbs.tsv line {bare[lemma]})" for lemma in say & bare.keys())
    assert not both, "reporting 'say' verbs also listed as bare event verbs:\n" + "\n".join(both)


def test_lexicon_data_readme_documents_every_file():
    readme = (LEXICON / "README.md").read_text(encoding="utf-8")
    for name in ("verbs.tsv", "nouns.tsv", "light_verbs.txt", "reporting.tsv", "nominalisations.tsv"):
        assert name in readme, f"README.md does not document {name}"


def test_lexicon_data_nominalisations_well_formed():
    """nominalisations.tsv: one line per noun, lemmas for the noun and its verbs, codes of the CAMEO table, and a verb
    or a code on every line."""
    known = _known_codes()
    seen: dict[str, int] = {}
    for number, (noun, verbs, codes, _) in _rows("nominalisations.tsv", ["noun", "verbs", "codes", "note"]):
        assert LEMMA.match(noun), f"nominalisations.tsv line {number}: noun {noun!r} is no lowercase lemma"
        assert noun not in seen, f"nominalisations.tsv line {number}: {noun!r} already on line {seen[noun]}"
        seen[noun] = number
        assert verbs or codes, f"nominalisations.tsv line {number}: neither verbs nor codes"
        for verb in filter(None, verbs.split("|")):
            assert LEMMA.match(verb), f"nominalisations.tsv line {number}: verb {verb!r} is no lowercase lemma"
        for code in filter(None, codes.split("|")):
            assert code in known, f"nominalisations.tsv line {number}: unknown CAMEO code {code!r}"
