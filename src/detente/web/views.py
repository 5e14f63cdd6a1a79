"""Helpers for the templates: labels and links for actor keys, and the highlighted article.

These return plain strings and records; the templates escape every one of them (autoescape
is on and no template uses ``|safe``).
"""

from __future__ import annotations

from detente.events.date_values import value_to_day
from detente.relations.dyad import trend_text
from detente.web.data import FACTS, QUAD_NAMES, q, safe_url
from detente.web.highlight import Mark, Sentence, cut, locate_sentence, sentence_spans


def key_label(key: str, names: dict[str, str]) -> str:
    """A display name for an actor key; unresolved words (``~words``) are shown as written."""
    if key.startswith("~"):
        return key[1:]
    return names.get(key, key)


def key_href(key: str) -> str | None:
    return None if key.startswith("~") else f"/actors/{q(key)}"


def participants(keys: list[str], countries: list[str], names: dict[str, str]) -> list[dict]:
    """The participants of one side of an event, each with a label (each label once) and a link when
    it is an actor."""
    out = [{"label": key_label(k, names), "href": key_href(k), "known": not k.startswith("~")} for k in keys]
    if not out:
        out = [{"label": names.get(c, c), "href": f"/actors/{q(c)}", "known": True} for c in countries]
    seen: set[object] = set()
    unique = []
    for p in out:
        if p["label"] not in seen:
            seen.add(p["label"])
            unique.append(p)
    return unique


def side_words(side: list[dict]) -> list[dict]:
    """The participants of one side of an event mention (``{text, actor, ...}``), each actor (or,
    unresolved, each wording) once, in text order."""
    seen, out = set(), []
    for participant in side:
        key = participant.get("actor") or " ".join(str(participant.get("text", "")).lower().split())
        if key not in seen:
            seen.add(key)
            out.append(participant)
    return out


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def when(event: dict) -> str:
    """An event's date as precisely as its evidence gives it: ``2012`` for a year, ``March 2012``
    for a month (never the 1 January or the 1st they are stored as), else the day; ``undated``."""
    day = event.get("first_day")
    if not day:
        return "undated"
    value = (event.get("evidence") or {}).get("date_value")
    return date_words(value, str(day))


def date_words(value: str | None, day: str | None) -> str:
    """A date value (``2012``, ``2012-03``, ``2012-03-14``) as words when ``day`` is the day it is stored
    as; else ``day`` itself."""
    if value and day and str(value_to_day(value)) == str(day)[:10]:
        if len(value) == 4 and value.isdigit():
            return value
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit() and 1 <= int(value[5:]) <= 12:
            return f"{MONTHS[int(value[5:]) - 1]} {value[:4]}"
    return str(day) if day else value or "undated"


MODALITY_NOTES = {"reported": "told by a source the article cites", "intended": "an intention, not yet a deed",
                  "hypothetical": "a possibility, not a fact", "future": "planned or announced, not yet done",
                  "question": "asked about, not told"}


def badges(event: dict) -> list[dict]:
    """What keeps an event from reading as plain fact, as badges (``label``, ``kind``, ``title``): its
    modality when not asserted, negation, history (background), and who the article attributes it to."""
    out = []
    modality = event.get("modality")
    if modality and modality != "asserted":
        out.append({"label": modality, "kind": f"modality {modality}", "title": MODALITY_NOTES.get(modality, "")})
    if event.get("negated"):
        out.append({"label": "negated", "kind": "negated", "title": "the text says it did not happen"})
    if event.get("historical"):
        out.append({"label": "history", "kind": "history", "title": "told as background to the news"})
    attribution = event.get("attribution") or (event.get("evidence") or {}).get("attribution")
    if attribution and attribution.get("text"):
        anonymous = " (anonymous)" if attribution.get("anonymous") else ""
        out.append({"label": f"per {attribution['text']}{anonymous}", "kind": "attribution",
                    "title": "the article attributes the event to this source"})
    return out


def factual(event: dict) -> bool:
    """Whether an event is told as having happened (asserted or reported, not negated)."""
    return event.get("modality", "asserted") in FACTS and not event.get("negated")


def article_sentences(article: dict) -> list[Sentence]:
    """The article text cut into sentences (anchors ``s{index}``) and marked pieces: actor
    mentions and the triggers of its events."""
    text = article["text"] or ""
    known: dict[int, tuple[int, int]] = {}
    for event in article["events"]:
        index = event["sentence_index"]
        if index in known:
            continue
        span = locate_sentence(text, event["sentence"] or "", event["trigger_start"])
        if span is not None:
            known[index] = span
    hints: list[tuple[int, int]] = []
    marks: list[Mark] = []
    for actor in article["actors"]:
        title = f"{actor['name'] or actor['id']} ({actor['code'] or actor['id']})"
        for mention in actor["mentions"]:
            marks.append(Mark("actor", mention["start"], mention["end"], title=title, ref=actor["id"]))
            hints.append((mention["start"], mention["sentence"]))
    for event in article["events"]:
        if event["trigger_start"] is not None and event["trigger_end"] is not None:
            title = f"{event['type']} (CAMEO {event['cameo']})" + (", negated" if event["negated"] else "")
            marks.append(Mark("trigger", event["trigger_start"], event["trigger_end"], title=title, ref=event["id"]))
    return cut(text, sentence_spans(text, known, hints), marks)


def quad_name(quad: int | None) -> str:
    return QUAD_NAMES.get(quad, "") if quad is not None else ""


def fmt_float(value: float | None, digits: int = 1) -> str:
    return "" if value is None else f"{value:+.{digits}f}"


GLOBALS = {"participants": participants, "key_label": key_label, "key_href": key_href, "quad_name": quad_name,
           "http_url": safe_url, "side_words": side_words, "when": when, "date_words": date_words, "badges": badges,
           "factual": factual}
FILTERS = {"q": q, "signed": fmt_float, "trend": trend_text}
