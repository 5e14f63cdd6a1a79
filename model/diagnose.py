"""Where the learned layer gains or loses on whole articles (runs in the project's .venv, after train.py).

Each annotated article of ``ARTICLES`` (the team's DEV articles, eval/wire/dev) is coded twice on the
same parse: by the rules alone, and with the classifier of its article fold (``BUILD/article_folds/k``,
trained without that article's silver rows). Each event of the second output is matched to the first by
sentence, trigger and sides, and its outcome under ``detente eval``'s article protocol (strict, lenient,
spurious) compared with the rules' own:

- **re-typed**: the same trigger and sides with another CAMEO code (from which class to which, on which
  trigger lemma, and whether the rules found it with a verb pattern naming both sides);
- **added**: an event in a sentence the rules coded nothing in (the sentence's kind: a quotation,
  a reported saying, historical background, scene-setting);
- **merged**: a rules event gone because re-typing made it identical to another.

Prints a tally and, with ``--show``, every changed event with its sentence. ``--none-threshold`` and
``--threshold``/``--add-threshold`` replace the fold classifiers' own values (to see what a limit leaves).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

QUOTES = ('"', "\u201c", "\u201d")


def key(event) -> tuple:
    return (event.trigger.start, tuple(p.actor for p in event.source), tuple(p.actor for p in event.target))


def outcome_name(outcome) -> str:
    return "strict" if outcome.strict else "lenient" if outcome.lenient else "spurious"


def sentence_kind(event, text: str) -> str:
    """A rough kind of the sentence an event was added to (for the tally; a person reads --show)."""
    sentence = event.sentence.text
    if event.historical:
        return "historical"
    if any(q in sentence for q in QUOTES):
        return "quotation"
    if event.attribution is not None and event.attribution.actor:
        return "reported"
    return "narrative"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path, help="the annotated DEV articles (eval/wire/dev)")
    parser.add_argument("build", type=Path, help="build folder with article_folds/k from model/train.py")
    parser.add_argument("--show", action="store_true", help="print every changed event with its sentence")
    parser.add_argument("--threshold", type=float, help="re-typing threshold in place of the folds' own")
    parser.add_argument("--add-threshold", type=float, help="adding threshold in place of the folds' own")
    parser.add_argument("--none-threshold", type=float, help="limit on P(no event) for adding")
    parser.add_argument("--policy", default="", help="comma-separated flags of learned.Policy to set "
                        "(retype_keeps_pairs, retype_main_only, add_needs_pair)")
    args = parser.parse_args()

    from detente.evaluate import dev_quad
    from detente.evaluate_articles import KeyMatcher, match_events
    from detente.evaluate_gold import gold_article, read_gold_articles
    from detente.learned import LearnedModel, Policy
    from detente.pipeline import Coder

    folds = sorted((args.build / "article_folds").glob("[0-9]*"))
    if not folds:
        sys.exit(f"{args.build / 'article_folds'}: no article folds (run model/train.py with silver rows)")
    golds = {g.where: g for g in read_gold_articles(args.articles)}
    rules = Coder(learned=None)
    keys = KeyMatcher(rules.kb)
    tally: Counter = Counter()
    shown: list[str] = []
    for folder in folds:
        model = LearnedModel(folder)
        for name, value in (("threshold", args.threshold), ("add_threshold", args.add_threshold),
                            ("none_threshold", args.none_threshold)):
            if value is not None:
                setattr(model, name, value)
        model.policy = Policy(**{name: True for name in args.policy.split(",") if name})
        layer = Coder(nlp=rules.nlp, kb=rules.kb, lexicon=rules.lexicon, learned=model)
        for where in json.loads((folder / "articles.json").read_text()):
            gold = golds[where]
            article = gold_article(gold)
            doc = next(iter(rules.nlp.pipe([article.text])))
            before, after = rules.code_doc(article, doc), layer.code_doc(article, doc)
            old = {key(o.event): o for o in match_events(gold, before, keys)}
            new = {key(o.event): o for o in match_events(gold, after, keys)}
            rule_events = {key(e): e for e in before.events}
            coded_sentences = {e.sentence.index for e in before.events}
            for k, o in new.items():
                e = o.event
                if k in rule_events and rule_events[k].cameo == e.cameo:
                    if k in old and outcome_name(old[k]) != outcome_name(o):
                        tally["unchanged event, other outcome (claims moved)"] += 1
                    continue
                if k in rule_events:
                    r = rule_events[k]
                    was = outcome_name(old[k]) if k in old else "statement (not scored)"
                    both = bool(any(p.actor for p in r.source) and any(p.actor for p in r.target))
                    label = (f"retype {dev_quad(r.cameo)}->{dev_quad(e.cameo)}", f"{was}->{outcome_name(o)}")
                    tally[label] += 1
                    tally[("retype, rules had both sides" if both else "retype, rules had one side",
                           f"{was}->{outcome_name(o)}")] += 1
                    if args.show:
                        shown.append(f"[{gold.id}] RETYPE {r.cameo}->{e.cameo} '{e.trigger.text}' both={both} "
                                     f"{was}->{outcome_name(o)}\n    {e.sentence.text}")
                elif e.sentence.index not in coded_sentences:
                    kind = sentence_kind(e, after.text)
                    tally[("add", kind, outcome_name(o))] += 1
                    if args.show:
                        shown.append(f"[{gold.id}] ADD {e.cameo} '{e.trigger.text}' p={e.confidence} {kind} "
                                     f"{outcome_name(o)} src={[p.actor for p in e.source]} "
                                     f"tgt={[p.actor for p in e.target]}\n    {e.sentence.text}")
                else:
                    tally["other new event"] += 1
            for k, o in old.items():
                if k not in new and not any(key(e) == k for e in after.events):
                    tally[("gone (merged)", outcome_name(o))] += 1
            for k, r in rule_events.items():  # restated additions fold into a rules event's mentions
                mine = next((e for e in after.events if key(e) == k), None)
                if mine is not None and len(mine.mentions) > len(r.mentions):
                    tally["addition folded into an earlier event's mentions"] += 1
    for label, n in sorted(tally.items(), key=lambda kv: str(kv[0])):
        print(f"{n:4d}  {label}")
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
