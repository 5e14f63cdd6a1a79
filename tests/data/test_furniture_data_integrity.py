"""Integrity of ``data/copy/furniture.tsv``, the furniture of agency copy (standard library only)."""

from __future__ import annotations

import re
from pathlib import Path

FURNITURE = Path(__file__).parents[2] / "src/detente/data/copy/furniture.tsv"
KINDS = {"line", "inline", "list", "prefix", "tag", "stamp"}
# story paragraphs as wires write them (written for this test): no furniture pattern may take one
STORY = [
    "By Tuesday, Russian troops had withdrawn from the village, the ministry said.",
    "Copyright disputes between China and the United States have grown since 2018.",
    "Reporting by the state broadcaster said two soldiers were killed.",
    "Related talks between Iran and the agency stalled in March.",
    "This story began in 2014, when Russia annexed Crimea.",
    "Sign of the times: the ministry said it would expel the envoy.",
    "Follow-up talks are due in Geneva on Monday.",
    "Staff at the embassy were told to leave within 72 hours.",
    "The photo, taken on Monday, showed troops near the border.",
    "Editors at the newspaper said they would appeal.",
    "Updated figures showed 20 people were killed on March 3.",
    "Several journalists said they had contributed to the fund.",
    "Read more about the talks was all the ministry said.",
    "His approval rating fell to 40%, according to a Reuters/Ipsos poll.",
    "Most Americans back the aid, an AP/NORC poll found.",
    "Source: two diplomats said the talks had stalled.",
    "Image of the president was damaged, the ministry said.",
]


def _rows() -> list[tuple[int, str, str]]:
    rows = []
    for number, line in enumerate(FURNITURE.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#") and line != "kind\tpattern":
            kind, _, pattern = line.partition("\t")
            rows.append((number, kind, pattern))
    return rows


def test_furniture_data_rows_are_kind_and_pattern():
    lines = [line for line in FURNITURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert next(line for line in lines if not line.startswith("#")) == "kind\tpattern", \
        "furniture.tsv: the first line after the comments is the header 'kind<TAB>pattern'"
    bad, seen = [], set()
    for number, kind, pattern in _rows():
        if kind not in KINDS or not pattern or "\t" in pattern or pattern != pattern.strip():
            bad.append(f"line {number}: {kind!r} {pattern!r}")
        elif (kind, pattern) in seen:
            bad.append(f"line {number}: repeated")
        elif kind == "stamp" and pattern != pattern.lower():
            bad.append(f"line {number}: a stamp word is lower case")
        elif kind not in ("tag", "stamp"):
            try:
                groups = re.compile(pattern).groups
            except re.error as error:
                bad.append(f"line {number}: {error}")
            else:
                if groups:
                    bad.append(f"line {number}: a capturing group (write (?:...))")
        seen.add((kind, pattern))
    assert not bad, "furniture.tsv:\n" + "\n".join(bad)


def test_furniture_data_every_kind_is_documented_in_the_header():
    header = "\n".join(line for line in FURNITURE.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    documented = set(re.findall(r"^#   (\w+) ", header, flags=re.M))
    used = {kind for _, kind, _ in _rows()}
    assert used <= documented, f"furniture.tsv: kinds used but not described in its header: {sorted(used - documented)}"
    assert documented <= KINDS, f"furniture.tsv documents kinds nothing reads: {sorted(documented - KINDS)}"


def test_furniture_data_no_line_pattern_takes_a_story_paragraph():
    taken = [(number, sentence) for number, kind, pattern in _rows() if kind in ("line", "list")
             for sentence in STORY if re.fullmatch(pattern, sentence)]
    assert not taken, "furniture.tsv patterns that take story paragraphs: " + repr(taken)
