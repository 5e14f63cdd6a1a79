"""Diagnose the coder on annotated wire articles, act by act (a developer's tool, not part of `detente eval`).

    .venv/bin/python scripts/diagnose_articles.py eval/wire/dev [--explain] [--out FILE]

PATH is a ``.gold.json`` file, a JSON-lines file of them or a directory of them (a folder of symlinks to the
articles a rule touches makes a quick loop). For each article it prints every gold act with how well the output
found it (``OK`` strict, ``LEN`` lenient, ``MISS`` neither) and every output event with its outcome (``STRICT``,
``LENIENT``, ``SPUR``; ``+REP`` a repeat of an act already output, ``+FD`` a false dyad; ``BAD:`` the status fields
wrong on a strict match), its sentence and, with ``--explain``, the lexicon lines, side resolution and status rules
that made it (``Event.explanation``). The matching is `detente eval`'s (docs/eval.md). Never run it on the held-out
parts (``aside/``, ``fresh/``): it prints what they contain, and it refuses them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from detente.api import make_coder
from detente.evaluate_articles import KeyMatcher, _ArticleMatcher, _status_checks
from detente.evaluate_gold import gold_article, read_gold_articles

HELD_OUT = ("aside", "fresh")


def _side(participants) -> str:
    return ",".join(f"{p.text}[{p.code or p.country or '?'}]" for p in participants) or "-"


def _status(event) -> str:
    return (f"neg={int(event.negated)} mod={event.modality} hist={int(event.historical)} "
            f"date={event.date.value if event.date else None} loc={event.location.country if event.location else None} "
            f"attr={(event.attribution.text if event.attribution else None)!r}")


def _gold_status(act) -> str:
    return (f"neg={int(act.negated)} mod={act.modality} hist={int(act.historical)} date={act.date} "
            f"loc={act.location} attr={(act.attribution or {}).get('text')!r}")


def diagnose(path: Path, explain: bool, out) -> None:
    coder = make_coder(explain=explain)
    keys = KeyMatcher(coder.kb)
    golds = read_gold_articles(path)
    for gold, result in zip(golds, coder.code_many([gold_article(g) for g in golds])):
        outcomes, best = _ArticleMatcher(gold, result, keys).run()
        print(f"\n=== {gold.id} acts={len(gold.acts)} events={len(outcomes)} "
              f"strict={sum(o.strict for o in outcomes)}", file=out)
        for n, act in enumerate(gold.acts, 1):
            mark = {3: "OK", 2: "LEN"}.get(best[act.index], "MISS")
            print(f"  G{n} {mark:4s} {act.plover}/{act.cameo} {'/'.join(act.source[:3])} -> {'/'.join(act.target[:3])} "
                  f"core={int(act.core)} {_gold_status(act)} ev={act.evidence[0][:90] if act.evidence else ''!r}",
                  file=out)
        for o in outcomes:
            e = o.event
            kind = ("STRICT" if o.strict else "LENIENT" if o.lenient else "SPUR") + ("+REP" if o.repeat else "") \
                + ("+FD" if o.false_dyad else "")
            act = f"G{gold.acts.index(o.act) + 1}" if o.act is not None else "--"
            bad = ""
            if o.strict and o.act is not None:
                bad = " BAD:" + ",".join(k for k, ok in _status_checks(e, o.act, keys.iso).items() if not ok)
            print(f"  E {kind:14s} {act} {e.plover}/{e.cameo} '{e.trigger.text}' {_side(e.source)} -> "
                  f"{_side(e.target)} conf={e.confidence:.2f} {_status(e)}{bad}", file=out)
            print(f"      | {e.sentence.text[:300]}", file=out)
            if explain and e.explanation is not None:
                x = e.explanation
                print(f"      lex={x.lexicon} frame={x.frame}", file=out)
                print(f"      sides={x.sides}", file=out)
                print(f"      status={x.status}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="a .gold.json file, a JSON-lines file of them or a directory")
    parser.add_argument("--explain", action="store_true", help="say why each event came out")
    parser.add_argument("--out", type=Path, help="write here instead of stdout")
    args = parser.parse_args(argv)
    if any(part in HELD_OUT for part in args.path.resolve().parts) or any(part in HELD_OUT for part in args.path.parts):
        print(f"diagnose_articles: {args.path} is a held-out part (aside/, fresh/): score it with `detente eval` "
              "instead", file=sys.stderr)
        return 2
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        diagnose(args.path, args.explain, out)
    finally:
        if args.out:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
