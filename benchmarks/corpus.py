"""Generate a synthetic news corpus for benchmarks (deterministic for a given seed).

    python benchmarks/corpus.py 5000 > corpus.jsonl

Sentences are assembled from templates and the shipped knowledge base; they read like
wire copy but describe nothing real.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys

TEMPLATES = [
    "{a} and {b} held talks in {city} on {day}, officials said.",
    "{A}'s foreign minister met his {b_dem} counterpart in {city}.",
    "{a} accused {b} of violating the ceasefire near the border.",
    "{a} did not attend the summit, a diplomat who asked not to be named said.",
    "{a} could impose sanctions on {b} if the talks fail.",
    "{a_dem} troops attacked positions held by {b_dem} forces on {day}.",
    "{a} urged {b} to release the detained journalists.",
    "The {a_dem} government denied sending weapons to {b}.",
    "{a} pledged humanitarian aid to {b} after the floods.",
    "Protesters rallied outside the {b_dem} embassy in {city} on {day}.",
    "{a} and {b} signed an agreement on trade and energy cooperation.",
    "“We will not accept any interference,” the {a_dem} president said.",
    "{a} cut diplomatic ties with {b} in {year}, according to state media.",
    "{a} will host a meeting with {b} next week to discuss security.",
    "{a} praised {b} for its role in the negotiations.",
    "The two countries agreed to resume flights, the ministry said.",
    "{a} rejected the accusation and blamed {b} for the escalation.",
    "A {a_dem} official said the talks with {b} had made progress.",
    "{a} threatened to expel {b_dem} diplomats.",
    "Officials from {a} and {b} discussed the crisis by telephone on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def countries() -> list:
    """The shipped knowledge base's countries that have a demonym and a capital (the templates need both)."""
    from detente.actors.kb import load_default

    return [e for e in load_default().entries.values() if e.kind == "country" and e.demonyms and e.capital]


def generate(count: int, sentences: int = 20, seed: int = 7):
    """Yield ``count`` article dicts of about ``sentences`` sentences each."""
    places = countries()
    rng = random.Random(seed)
    base = dt.date(2023, 1, 2)
    for number in range(count):
        paragraphs = []
        for _ in range(sentences):
            a, b = rng.sample(places, 2)
            template = rng.choice(TEMPLATES)
            paragraphs.append(template.format(
                a=a.name, b=b.name, A=a.name, a_dem=a.demonyms[0], b_dem=b.demonyms[0],
                city=rng.choice([a.capital, b.capital]), day=rng.choice(DAYS), year=rng.randint(1995, 2018)))
        yield {"id": f"bench-{number:06d}", "title": f"Synthetic benchmark article {number}",
               "date": (base + dt.timedelta(days=number % 700)).isoformat(), "source": "detente benchmark",
               "text": "\n\n".join(" ".join(paragraphs[i:i + 3]) for i in range(0, len(paragraphs), 3))}


if __name__ == "__main__":
    for article in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 100):
        print(json.dumps(article, ensure_ascii=False))
