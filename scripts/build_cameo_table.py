"""Re-key the CAMEO code table (labels, Goldstein, PLOVER) into src/detente/data/cameo.tsv.

Run once by a developer who has the reference files:

    python scripts/build_cameo_table.py ../shared/reference > src/detente/data/cameo.tsv

The reference files are facts re-keyed into the project; users never need them.
CAMEO 01 (statements) has no PLOVER category (PLOVER dropped it): its `plover` is empty.
CAMEO 02 (appeals) was also dropped by PLOVER; detente codes appeals as PLOVER
REQUEST with the mode and context of the matching CAMEO 10 (demand) code, since
REQUEST covers "all requests, demands, and orders".
CAMEO 016 (deny responsibility, deny an accusation) is the one statement detente gives a PLOVER type:
REJECT, as the PLOVER manual suggests a user may ("a CAMEO 016: Deny responsibility might be considered
REJECT"; its conversion notes) and as the team's annotations and CODING-GUIDE code a denial (a REJECT by
the denier); its quad class stays its root's (data/cameo_roots.tsv).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

APPEAL_TO_DEMAND = {"020": "100", "021": "101", "022": "102", "023": "103", "024": "104",
                    "025": "105", "026": "106", "027": "107", "028": "108"}


def main(ref: Path) -> None:
    labels: dict[str, str] = {}
    for line in (ref / "cameo_CAMEO_codefile.txt").read_text().splitlines():
        m = re.match(r"LABEL:\s*(\d+)=\s*(.+)", line)
        if m and m.group(1) not in labels:
            labels[m.group(1)] = m.group(2).strip().replace("commment", "comment")
    gold: dict[str, str] = {}
    for line in (ref / "CAMEO.goldsteinscale.txt").read_text().splitlines()[1:]:
        code, _, score = line.partition("\t")
        if code.strip().isdigit():
            gold[code.strip()] = score.strip()
    plover: dict[str, tuple[str, str, str]] = {}
    for line in (ref / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        m = re.match(r"(\d{3,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        ptype, mode, context = parts[0], parts[1].replace(" ", ""), parts[2]
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        plover.setdefault(m.group(1), (ptype, mode, context))
    for appeal, demand in APPEAL_TO_DEMAND.items():
        for code in [c for c in labels if c.startswith(appeal)]:
            analog = demand + code[len(appeal):]
            _, mode, context = plover.get(analog, plover[demand])
            plover[code] = ("REQUEST", mode, context)
    plover["016"] = ("REJECT", "", "")  # a denial is a rejection by the denier (see the docstring)
    print("cameo\tlabel\tgoldstein\tplover\tmode\tcontext")
    for code in sorted(labels, key=lambda c: (c[:2], c)):
        if code not in gold and code[:3] in gold:
            gold[code] = gold[code[:3]]  # the scale omits a few 4-digit codes: use the parent's
        if code not in gold:
            sys.exit(f"no Goldstein score for CAMEO {code}")
        ptype, mode, context = plover.get(code, ("", "", ""))
        if not ptype and not code.startswith("01"):
            # fall back to the parent code (e.g. 1951 -> 195)
            ptype, mode, context = plover[code[:3]]
        print("\t".join([code, labels[code], gold[code], ptype, mode, context]))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"))
