"""Direct quotes: spans between quotation marks, straight or curly, possibly across sentences,
and who says them (the ``quotes`` step)."""

from __future__ import annotations

import re

from detente.actors.antecedents import first_person
from detente.events.speakers import Speaker, Speakers
from detente.records import Found, FoundQuote, Knowledge, Quoted

_CURLY = re.compile(r"“([^“”]{1,4000})”", re.S)
_STRAIGHT = re.compile(r'"([^"]{1,4000})"', re.S)
MIN_WORDS_WITHOUT_SPEAKER = 6


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the words inside each pair of quotation marks."""
    spans = [(m.start(1), m.end(1)) for m in _CURLY.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in _STRAIGHT.finditer(text)]
    spans.sort()
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            continue
        inner = text[start:end].strip()
        if inner:
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            kept.append((start + lead, start + lead + len(inner)))
    return kept


def attribute_quotes(found: Found, knowledge: Knowledge) -> Quoted:
    """Step ``quotes``: the article's quotes with their speakers; "I" and "we" inside a quote
    become mentions of the speaker and of the body the speaker speaks for."""
    article, doc = found.article, found.doc
    text = article.text
    parsed = found.actors.view(doc).text  # the parse copy: furniture blanked (detente.furniture) holds no quote
    spans = [(start, end) for start, end in find_quotes(text) if not parsed[start:end].isspace()]
    actors = found.actors  # copied before the first mention is added (the Found record's table is not changed)
    speakers = Speakers(knowledge.lexicon, actors, text, spans)
    quotes: list[FoundQuote] = []
    previous: Speaker | None = None
    previous_end = -1
    for start, end in spans:
        speaker = speakers.of_quote(doc, start, end)
        gap = text[previous_end:start] if previous_end >= 0 else "\n\n"
        if speaker is None and previous is not None and (
                not gap.strip(" \n\t“”\"'.,") or (len(gap) < 120 and "\n\n" not in gap)):
            speaker = previous  # a quote that goes on, after "he said" or a paragraph break
        if speaker is None and len(text[start:end].split()) < MIN_WORDS_WITHOUT_SPEAKER:
            continue
        quotes.append(FoundQuote(start=start, end=end, speaker=speaker))
        previous, previous_end = speaker, end
        if speaker is not None and speaker.ref is not None:
            body = knowledge.finder.voice_of(speaker.ref, article.date)
            added = first_person(actors, doc, start, end, speaker.ref, body, knowledge.lexicon.words)
            if added and actors is found.actors:
                actors = speakers.found = actors.adding([])
            for mention in added:
                actors.add(*mention)
    return Quoted(article=article, doc=doc, actors=actors, quotes=tuple(quotes))
