"""Direct quotes: spans between quotation marks, straight or curly, possibly across sentences."""

from __future__ import annotations

import re

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
