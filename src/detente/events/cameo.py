"""CAMEO codes with their Goldstein score, quad class and PLOVER 2.0 type, mode and context.

The table ``data/cameo.tsv`` re-keys the CAMEO code list, the Goldstein scale
and the official CAMEO->PLOVER conversion table (see scripts/build_cameo_table.py).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    plover: str | None
    mode: str | None
    context: tuple[str, ...]

    @property
    def root(self) -> int:
        return int(self.code[:2])

    @property
    def quad_class(self) -> int:
        """GDELT's quad class: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
        3 verbal conflict (09-13), 4 material conflict (14-20)."""
        return quad_class(self.code)

    @property
    def may_be_refused(self) -> bool:
        """Acts (03-08: intentions, consultation, cooperation, aid, yielding) whose negated future
        or refused form is a refusal (CAMEO 12)."""
        return 3 <= self.root <= 8

    @property
    def is_cooperative_act(self) -> bool:
        """Cooperative acts (04-08) that, said in the future tense, are intentions (PLOVER)."""
        return 4 <= self.root <= 8


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@lru_cache(maxsize=1)
def table() -> dict[str, CameoCode]:
    """All CAMEO codes by code string ("043")."""
    path = resources.files("detente") / "data" / "cameo.tsv"
    codes: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            codes[row["cameo"]] = CameoCode(
                code=row["cameo"], label=row["label"], goldstein=float(row["goldstein"]),
                plover=row["plover"] or None, mode=row["mode"] or None,
                context=tuple(c for c in (row["context"] or "").split(";") if c),
            )
    return codes


def lookup(code: str) -> CameoCode:
    """The CAMEO entry for ``code``; a two-digit root maps to its ``X0`` code ("04" -> "040")."""
    codes = table()
    if len(code) == 2:
        code = code + "0"
    if code not in codes:
        raise KeyError(f"unknown CAMEO code {code!r}")
    return codes[code]
