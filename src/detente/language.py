"""Is an article written in English? detente codes English text only; an article in another language
would come out with no events, which looks like "nothing happened". ``io`` asks :func:`not_english`
for every input record and reports ``not English (fr): skipped`` like other bad input.

The check is offline and leans towards English, so that short or mixed text is never refused:

1. Only the first ``SAMPLE_CHARS`` characters are read.
2. Too short to judge (fewer than ``MIN_WORDS`` words, or fewer than ``MIN_LETTERS`` letters in a
   script without spaces): accepted. A headline, a one-sentence lead full of names or a three-word
   text is never refused.
3. Mostly Latin letters and at least ``ENGLISH_SHARE`` of the words are English function words
   (``data/language/english_function_words.txt``: "the", "of", "which", not "a" or "in"): English.
   Wire copy full of foreign names and quotes stays well above this share; French, Spanish or
   German prose stays well below it.
4. Otherwise the language identifier decides (py3langid, a langid.py fork whose model ships inside the
   wheel: BSD-3-Clause, numpy only, no download), choosing among the languages of
   ``data/language/languages.txt`` (major written languages; no creole or regional variety close to
   English or to another major language). A Latin-script text is refused only when English gets a
   probability under ``MAX_ENGLISH_PROBABILITY`` and another language at least ``MIN_PROBABILITY``
   (a run of African or Asian names is no language). A text written mostly in another script
   (Arabic, Cyrillic, Chinese...) is not English and is refused with its most likely language.

The identifier's model takes a few seconds to load and is loaded only when step 4 is reached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

SAMPLE_CHARS = 3000
MIN_WORDS = 25
MIN_LETTERS = 40
ENGLISH_SHARE = 0.06
MAX_ENGLISH_PROBABILITY = 0.05
MIN_PROBABILITY = 0.6
_WORD = re.compile(r"[^\W\d_]+")


def _data_lines(name: str) -> list[str]:
    path = resources.files("detente") / "data" / "language" / name
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    """The English function words of the shipped data file."""
    return frozenset(_data_lines("english_function_words.txt"))


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(_data_lines("languages.txt"))
    return identifier


def _is_latin(char: str) -> bool:
    code = ord(char)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def not_english(text: str) -> str | None:
    """The ISO 639-1 code of the language of ``text`` when it is confidently not English, else ``None``."""
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    latin = sum(1 for c in letters if _is_latin(c)) / len(letters)
    if latin < 0.5:
        if len(letters) < MIN_LETTERS:
            return None
        ranked = _identifier().rank(sample)
        return next((lang for lang, _ in ranked if lang != "en"), "und")
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    function_words = english_function_words()
    share = sum(1 for w in words if w in function_words) / len(words)
    if share >= ENGLISH_SHARE:
        return None
    ranked = _identifier().rank(sample)
    english = next((p for lang, p in ranked if lang == "en"), 0.0)
    best, probability = ranked[0]
    if best == "en" or english >= MAX_ENGLISH_PROBABILITY or probability < MIN_PROBABILITY:
        return None
    return best


def refusal(text: str) -> str | None:
    """The bad-input message for a text that is not English (``not English (fr): skipped``), else ``None``."""
    language = not_english(text)
    return f"not English ({language}): skipped" if language else None
