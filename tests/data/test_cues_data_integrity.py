"""Integrity of ``data/lexicon/cues.tsv``, the status cue words (standard library only)."""

from __future__ import annotations

import re
from pathlib import Path

CUES = Path(__file__).parents[2] / "src/detente/data/lexicon/cues.tsv"
# the kinds the status rules read (events/status.py, events/speakers.py, events/extract.py)
KINDS = {"negation", "negating", "hypothetical", "conditional", "future", "temporal", "scheduled", "willing",
         "agreement", "historical", "anonymity", "anonymous", "on_record", "spokesperson", "office", "natural",
         "open_stance", "state_body", "tied", "tied_day", "tied_news", "tied_met", "local", "standing", "presupposing",
         "dispatch", "summoning", "tied_said", "tied_today", "open", "repeated",
         "simultaneous", "running", "grievance", "sequel", "era", "ahead", "terms", "announced", "tally", "toll",
         "each_side", "answer", "body_part", "voice", "outsider", "invitation", "commitment", "cooperation", "meeting",
         "additive", "complementiser"}


def _lines() -> list[str]:
    return CUES.read_text(encoding="utf-8").splitlines()


def test_cues_data_rows_are_lowercase_cue_and_known_kind():
    lines = _lines()
    data = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    assert data[0][1] == "cue\tkind", "cues.tsv: the first line after the comments is the header 'cue<TAB>kind'"
    bad, seen = [], set()
    for number, line in data[1:]:
        fields = line.split("\t")
        if len(fields) != 2 or fields[1] not in KINDS or fields[0] != fields[0].strip().lower() or not fields[0]:
            bad.append(f"cues.tsv line {number}: {line!r}")
        elif tuple(fields) in seen:
            bad.append(f"cues.tsv line {number}: {line!r} repeated")
        seen.add(tuple(fields))
    assert not bad, "each line is 'cue<TAB>kind', cue lowercase, kind one of " + ", ".join(sorted(KINDS)) + \
        ":\n" + "\n".join(bad)


def test_cues_data_every_kind_is_documented_in_the_header():
    header = "\n".join(line for line in _lines() if line.startswith("#"))
    documented = set(re.findall(r"^#   (\w+) ", header, flags=re.M))
    used = {line.split("\t")[1] for line in _lines()[1:] if "\t" in line and not line.startswith(("#", "cue\t"))}
    assert used <= documented, f"cues.tsv: kinds used but not described in its header: {sorted(used - documented)}"
    assert documented <= KINDS, f"cues.tsv documents kinds no rule reads: {sorted(documented - KINDS)}"
