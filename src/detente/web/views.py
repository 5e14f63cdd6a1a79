"""Helpers for the templates: labels and links for actor keys, and the highlighted article.

These return plain strings and records; the templates escape every one of them (autoescape
is on and no template uses ``|safe``).
"""

from __future__ import annotations

from detente.web.data import QUAD_NAMES, q, safe_url
from detente.web.highlight import Mark, Sentence, cut, locate_sentence, sentence_spans


def key_label(key: str, names: dict[str, str]) -> str:
    """A display name for an actor key; unresolved words (``~words``) are shown as written."""
    if key.startswith("~"):
        return key[1:]
    return names.get(key, key)


def key_href(key: str) -> str | None:
    return None if key.startswith("~") else f"/actors/{q(key)}"


def participants(keys: list[str], countries: list[str], names: dict[str, str]) -> list[dict]:
    """The participants of one side of an event, each with a label and a link when it is an actor."""
    out = [{"label": key_label(k, names), "href": key_href(k), "known": not k.startswith("~")} for k in keys]
    if not out:
        out = [{"label": names.get(c, c), "href": f"/actors/{q(c)}", "known": True} for c in countries]
    return out


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
           "http_url": safe_url}
FILTERS = {"q": q, "signed": fmt_float}
