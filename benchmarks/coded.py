"""Coded articles made directly, without spaCy: a quick way to fill a store for load tests and
store tests (deterministic for a given seed). The sentences read like wire copy but describe
nothing real (synthetic)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from detente.model import Actor, CodedArticle, Event, Participant, SentenceRef, Span

COUNTRIES = [("KEN", "Kenya"), ("UGA", "Uganda"), ("ETH", "Ethiopia"), ("SOM", "Somalia"), ("SDN", "Sudan"),
             ("TCD", "Chad"), ("EGY", "Egypt"), ("QAT", "Qatar"), ("TUR", "Turkey"), ("RUS", "Russia"),
             ("UKR", "Ukraine"), ("CHN", "China"), ("IND", "India"), ("PAK", "Pakistan"), ("IRN", "Iran"),
             ("ISR", "Israel"), ("SAU", "Saudi Arabia"), ("FRA", "France"), ("DEU", "Germany"),
             ("USA", "United States")]
# (PLOVER type, CAMEO code, quad class, Goldstein, verb as the synthetic sentence says it)
ACTS = [("CONSULT", "040", 1, 1.0, "held talks with"), ("AGREE", "057", 1, 8.0, "signed an agreement with"),
        ("ACCUSE", "112", 3, -2.0, "accused"), ("THREATEN", "138", 3, -7.0, "threatened"),
        ("AID", "073", 2, 7.4, "sent aid to"), ("ASSAULT", "190", 4, -10.0, "attacked"),
        ("SUPPORT", "051", 1, 3.4, "praised"), ("SANCTION", "163", 4, -8.0, "imposed sanctions on")]


def _participant(code: str, name: str, start: int) -> Participant:
    return Participant(text=name, actor=code, code=code, country=code, sector=None, start=start,
                       end=start + len(name))


def coded_articles(count: int, events: int = 10, seed: int = 7, start_day: dt.date = dt.date(2020, 1, 1)):
    """Yield ``count`` coded articles of ``events`` one-sentence events each."""
    rng = random.Random(seed)
    for number in range(count):
        article_id = f"coded-{seed}-{number:07d}"
        day = start_day + dt.timedelta(days=rng.randrange(1500))
        sentences, found, pieces, offset = [], [], [], 0
        for index in range(events):
            (a, a_name), (b, b_name) = rng.sample(COUNTRIES, 2)
            plover, cameo, quad, goldstein, verb = rng.choice(ACTS)
            text = f"{a_name} {verb} {b_name} on {day.strftime('%A')}, officials said (synthetic)."
            trigger_start = offset + len(a_name) + 1
            event_id = "e" + hashlib.sha1(f"{article_id}#{index}".encode()).hexdigest()[:16]
            found.append(Event(
                id=event_id, plover=plover, cameo=cameo, mode=None, context=[],
                source=[_participant(a, a_name, offset)],
                target=[_participant(b, b_name, trigger_start + len(verb) + 1)],
                trigger=Span(verb.split()[0], trigger_start, trigger_start + len(verb.split()[0])),
                sentence=SentenceRef(index, text), negated=False, modality="asserted", historical=False,
                date=None, location=None, attribution=None, quad_class=quad, goldstein=goldstein, confidence=0.8))
            sentences.append((a, a_name, b, b_name))
            pieces.append(text)
            offset += len(text) + 1
        actors = {code: Actor(id=code, name=name, code=code, country=code, sector=None, kind="country")
                  for a, a_name, b, b_name in sentences for code, name in ((a, a_name), (b, b_name))}
        yield CodedArticle(id=article_id, title=f"Synthetic coded article {number}", date=day.isoformat(),
                           text=" ".join(pieces), source="detente benchmark", actors=list(actors.values()),
                           events=found)
