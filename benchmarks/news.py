"""A synthetic corpus of news-length sentences (deterministic for a given seed).

    python -m benchmarks.news 100 > news.jsonl

Wire sentences average 25-30 tokens and carry subordinate clauses; the short templates of
benchmarks/corpus.py overstate throughput about twofold. Each sentence here joins a main clause,
a subordinate or participial clause and an attribution, and is kept when it has 25-30 tokens.
Everything is synthetic: actors come from the shipped knowledge base, events are invented.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys

from benchmarks.corpus import DAYS, countries

MAIN = [
    "{a_dem} troops shelled positions held by {b_dem} forces near the border on {day}",
    "{a_dem} artillery hit a {b_dem} army depot on {day}, killing at least {n} soldiers",
    "{a}'s foreign minister met his {b_dem} counterpart in {city} on {day} for talks on security and trade",
    "{a} accused {b} of violating the ceasefire agreement that both sides signed in {year}",
    "{a} imposed new sanctions on {b_dem} banks and energy companies on {day}",
    "The {a_dem} government pledged to send humanitarian aid to {b} within the coming weeks",
    "Hundreds of protesters gathered outside the {b_dem} embassy in {city} on {day}",
    "{a} and {b} signed an agreement to expand cooperation on energy, trade and border security",
    "{a} rejected the accusation and blamed {b} for the recent escalation along the frontier",
    "The {a_dem} president urged {b} to release the detained aid workers without conditions",
    "{a} threatened to expel {b_dem} diplomats and close its consulate in {city}",
    "Officials from {a} and {b} discussed the crisis by telephone on {day}",
    "{a} recalled its ambassador from {b} for consultations late on {day}",
]
SUBORDINATE = [
    "after talks between the two sides collapsed earlier in the month",
    "even though both governments had promised to ease tensions",
    "which the opposition has criticised as a violation of international law",
    "while regional mediators pressed for a return to negotiations",
    "as fighting intensified in the districts that lie along the disputed frontier",
    "because the previous round of negotiations had produced no agreement",
    "although the details of the arrangement were not made public",
]
ATTRIBUTION = [
    "a senior official said", "the foreign ministry said in a statement", "state media reported",
    "a diplomat who asked not to be named said", "according to a government spokesman", "witnesses said",
]
TOKEN = re.compile(r"\w+(?:'\w+)?|[^\w\s]")


def tokens(sentence: str) -> int:
    return len(TOKEN.findall(sentence))


def sentence(rng: random.Random, countries: list) -> str:
    """One sentence of 25-30 tokens: main clause, subordinate clause, attribution."""
    while True:
        a, b = rng.sample(countries, 2)
        values = dict(a=a.name, b=b.name, a_dem=a.demonyms[0], b_dem=b.demonyms[0], day=rng.choice(DAYS),
                      city=rng.choice([a.capital, b.capital]), year=rng.randint(1995, 2018), n=rng.randint(3, 40))
        text = (f"{rng.choice(MAIN)}, {rng.choice(SUBORDINATE)}, {rng.choice(ATTRIBUTION)}.").format(**values)
        if 25 <= tokens(text) <= 30:
            return text[0].upper() + text[1:]


def generate(count: int, sentences: int = 20, seed: int = 7):
    """Yield ``count`` article dicts of ``sentences`` news-length sentences each, in paragraphs of two."""
    places = countries()
    rng = random.Random(seed)
    base = dt.date(2023, 1, 2)
    for number in range(count):
        lines = [sentence(rng, places) for _ in range(sentences)]
        yield {"id": f"news-{number:06d}", "title": f"Synthetic news-length article {number}",
               "date": (base + dt.timedelta(days=number % 700)).isoformat(), "source": "detente benchmark",
               "text": "\n\n".join(" ".join(lines[i:i + 2]) for i in range(0, len(lines), 2))}


if __name__ == "__main__":
    for article in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 100):
        print(json.dumps(article, ensure_ascii=False))
