"""A parsed doc as plain Python lists, built once per doc, for the rules' hottest walks.

Every ``doc[i]``, ``token.head``, ``token.children`` makes a new spaCy ``Token`` object, and the
rules walk the tree several times per candidate: on news-length articles that object creation
was most of what the rules cost over the parse. :class:`ParseView` reads the parse once with
``Doc.to_array`` and keeps, for every token index, its head, labels, strings and children, so a
walk is list indexing on ints. It holds the same facts as the doc (``tests/test_parse_view.py``
checks each against the ``Token`` attributes), works on any doc by duck typing, and never imports
spaCy (:mod:`detente.nlp` stays the only module that does).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import numpy as np
    from spacy.tokens import Doc, Token

T = TypeVar("T")

_ATTRS = ("HEAD", "DEP", "POS", "TAG", "LOWER", "LEMMA", "ENT_TYPE", "ENT_IOB", "IDX", "LENGTH", "ORTH", "SPACY",
          "IS_SPACE", "IS_PUNCT", "SENT_START")
_IOB = ("", "I", "O", "B")  # Token.ent_iob_ by the number Doc.to_array gives


class Names:
    """Strings of one vocabulary by hash, filled as docs are viewed: ``text`` as stored, ``lower``
    lower-cased (for lemmas). Only ever grows; a hash always names the same string."""

    __slots__ = ("text", "lower")

    def __init__(self) -> None:
        self.text: dict[int, str] = {}
        self.lower: dict[int, str] = {}


@dataclass(frozen=True, slots=True)
class ParseView:
    """Per token index ``i``: ``head[i]`` (its own index at a root), ``dep[i]``, ``pos[i]``, ``tag[i]``,
    ``lower[i]``, ``lemma[i]`` (lower-cased: what the rules compare), ``ent_type[i]``, ``ent_iob[i]``,
    ``idx[i]`` and ``end[i]`` (character offsets of its text in the doc), ``is_space[i]``, ``is_punct[i]``,
    ``children[i]`` (in document order, as ``Token.children``) and ``sent[i]`` (the index of its sentence
    in ``doc.sents``);
    ``sent_start`` and ``sent_end`` by sentence; ``text``: the doc's text (``Doc.text``, which joins every
    token's text on each call), so that ``text[idx[a]:end[b - 1]]`` is ``doc[a:b].text`` without the Span;
    ``memo``: answers worked out from the parse, kept with it."""

    head: list[int]
    dep: list[str]
    pos: list[str]
    tag: list[str]
    lower: list[str]
    lemma: list[str]
    ent_type: list[str]
    ent_iob: list[str]
    idx: list[int]
    end: list[int]
    is_space: list[bool]
    is_punct: list[bool]
    children: list[tuple[int, ...]]
    sent: list[int]
    sent_start: list[int]
    sent_end: list[int]
    text: str
    # what the rules work out once from this fixed parse, by whoever asks (Lexicon.verb_pattern: the verbs' best
    # patterns, for the events and the status steps alike): the doc's own cache, gone with its view
    memo: dict[object, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, doc: Doc, names: Names | None = None) -> ParseView:
        """The view of ``doc``. ``names``: the strings of the doc's vocabulary looked up so far, best
        shared by every doc of one vocabulary (:class:`detente.actors.resolve.ActorFinder` keeps one),
        so that each word's strings are looked up once, not once per doc."""
        import numpy as np

        n = len(doc)
        table = doc.to_array(list(_ATTRS)) if n else np.zeros((0, len(_ATTRS)), dtype="uint64")
        names = Names() if names is None else names
        strings = doc.vocab.strings

        def named(column: int, lower: bool = False) -> list[str]:
            hashes = table[:, column].tolist()
            memo = names.lower if lower else names.text
            try:  # labels, and every word once the vocabulary is known: no set of the column's hashes
                return _looked_up(memo, hashes)
            except KeyError:
                pass
            for h in set(hashes).difference(memo):
                text = strings[h] if h else ""  # 0 is no value: "" as on a Token
                memo[h] = text.lower() if lower else text
            return _looked_up(memo, hashes)

        # HEAD is the offset of the head from the token, as an unsigned 64-bit number
        head = (table[:, 0].view("int64") + np.arange(n, dtype="int64")).tolist()
        # children in document order: each token added to its head's in index order (most have none,
        # and share the empty tuple: cheaper than sorting by head and slicing a tuple for every token)
        children: list[tuple[int, ...]] = [()] * n
        for i, up in enumerate(head):
            if up != i:
                children[up] += (i,)
        sent = [0] * n
        starts, ends = _sentences(doc, table[:, 14].view("int64").tolist())
        for k, (start, end) in enumerate(zip(starts, ends)):
            sent[start:end] = [k] * (end - start)
        return cls(head=head, dep=named(1), pos=named(2), tag=named(3), lower=named(4), lemma=named(5, lower=True),
                   ent_type=named(6), ent_iob=_looked_up(_IOB, table[:, 7].tolist()), idx=table[:, 8].tolist(),
                   end=(table[:, 8] + table[:, 9]).tolist(), is_space=(table[:, 12] != 0).tolist(),
                   is_punct=(table[:, 13] != 0).tolist(), children=children, sent=sent, sent_start=starts,
                   sent_end=ends, text=_doc_text(doc, table, named))

    def root(self, start: int, end: int) -> int:
        """The index of ``doc[start:end].root``, by spaCy's rule, without making the Span and its Tokens:
        a sentence root in the span, else, of the words whose head lies outside it, the first with the
        fewest steps up to its sentence root (a bare space or punctuation mark counting as far as can
        be), else ``start``."""
        head = self.head
        for i in range(start, end):
            if head[i] == i:
                return i
        best, root = len(head), -1
        for i in range(start, end):
            if start <= head[i] < end:
                continue
            if (self.is_space[i] or self.is_punct[i]) and not self.children[i]:
                steps = len(head) - 1
            else:
                steps, j = 0, i
                while head[j] != j:
                    j, steps = head[j], steps + 1
                    if steps >= len(head):
                        raise RuntimeError(f"the parse has a cycle through token {i}")
            if steps < best:
                best, root = steps, i
        return start if root == -1 else root

    def edges(self, i: int) -> tuple[int, int]:
        """``(doc[i].left_edge.i, doc[i].right_edge.i)`` without the Tokens: the first and the last index
        of ``i``'s subtree (spaCy's edges are the least and greatest index under the token, the parse
        being a tree), walked on the children table once per word: the rules ask for the same word's edges
        about three times (kept in ``memo``, by index)."""
        known: dict[int, tuple[int, int]] | None = self.memo.get("edges")
        if known is None:
            known = self.memo["edges"] = {}
        found = known.get(i)
        if found is None:
            found = known[i] = self._edges(i)
        return found

    def _edges(self, i: int) -> tuple[int, int]:
        """:meth:`edges`, walked."""
        children = self.children
        left = right = i
        stack = list(children[i])
        while stack:
            j = stack.pop()
            if j < left:
                left = j
            elif j > right:
                right = j
            stack.extend(children[j])
        return left, right

    def capitalised(self, i: int) -> bool:
        """Whether the word at ``i`` is written with a capital first letter."""
        return self.text[self.idx[i]].isupper()

    def char_span(self, start: int, end: int) -> tuple[int, int] | None:
        """``(span.start, span.end)`` of ``doc.char_span(start, end, alignment_mode="expand")`` without the Span
        and its Tokens: the words from the one holding character ``start`` (the next, when ``start`` is the
        blank after a word) to the one holding ``end - 1``; None when either character is outside the text.
        A word holds its trailing blank, as in spaCy (the words tile the text)."""
        size = len(self.text)
        if not (0 <= start < size and 0 <= end - 1 < size):
            return None
        first = bisect.bisect_right(self.idx, start) - 1
        last = bisect.bisect_right(self.idx, end - 1) - 1
        if start == self.end[first]:
            first += 1  # the blank after a word is no part of it
        if first > last + 1:
            raise IndexError(f"no span from word {first} to word {last + 1}")  # as spaCy's Span
        return first, last + 1

    def ancestors(self, i: int) -> list[int]:
        """The indices of ``doc[i].ancestors``: the heads above ``i``, nearest first, up to the root (at most
        one step per word, so a malformed parse with a cycle cannot loop for ever)."""
        head, out = self.head, []
        for _ in range(len(head)):
            up = head[i]
            if up == i:
                break
            out.append(up)
            i = up
        return out

    def own_subject(self, verb: int) -> bool:
        """Whether a verb (by its index) has a subject of its own (an active or passive subject among its children)."""
        return any(self.dep[d] in ("nsubj", "nsubjpass") for d in self.children[verb])

    def past_perfect(self, verb: int) -> bool:
        """Whether a verb (by its index) is told in the past perfect: a past participle with "had" ("had urged", "had
        been handed", "he'd signed")."""
        return self.tag[verb] == "VBN" and any(self.dep[c] == "aux" and self.lower[c] in ("had", "'d")
                                               for c in self.children[verb])

    def clause_verb(self, i: int) -> int:
        """The verb (or auxiliary) of the clause the word ``i`` is in: the first of its heads, ``i``'s own head
        first, that is one, at most four steps up; else the word reached there (the root, or the fourth head)."""
        pos, head = self.pos, self.head
        verb = head[i]
        for _ in range(4):
            if pos[verb] in ("VERB", "AUX") or head[verb] == verb:
                break
            verb = head[verb]
        return verb

    def coordination_head(self, i: int, deps: tuple[str, ...] = ("conj",)) -> int:
        """The first word of the coordination ``i`` is in ("said they had struck ... and burned ...": "struck"
        for "burned"): up its heads while its label is one of ``deps`` (also "appos" where an apposition
        stands for its noun)."""
        dep, head = self.dep, self.head
        while dep[i] in deps and head[i] != i:
            i = head[i]
        return i

    def opens_sentence(self, i: int) -> bool:
        """Whether the word at ``i`` is the first of its sentence but for spaces (a blanked dateline's)."""
        return all(self.is_space[j] for j in range(self.sent_start[self.sent[i]], i))

    def negated(self, i: int, negation: Container[str]) -> bool:
        """Whether the word at ``i`` carries a negation: a ``neg`` child ("not", "n't") or an adverb among
        ``negation`` (cues.tsv ``negation``: "never")."""
        dep, lower = self.dep, self.lower
        return any(dep[c] == "neg" or (dep[c] == "advmod" and lower[c] in negation) for c in self.children[i])

    def subtree(self, i: int) -> list[int]:
        """The indices of ``doc[i].subtree`` in its order (each left child's subtree, ``i``, each right
        child's subtree), without the Tokens."""
        children, out = self.children, []

        def walk(j: int) -> None:
            below = children[j]
            for c in below:
                if c < j:
                    walk(c)
            out.append(j)
            for c in below:
                if c > j:
                    walk(c)

        walk(i)
        return out


def _looked_up(memo: dict[int, str] | tuple[str, ...], keys: list[int]) -> list[str]:
    """``[memo[k] for k in keys]`` (KeyError for a hash not in a dict), in one C call for two keys or more."""
    return list(itemgetter(*keys)(memo)) if len(keys) > 1 else [memo[k] for k in keys]


def _sentences(doc: Doc, sent_start: list[int]) -> tuple[list[int], list[int]]:
    """The first and the end token of each of ``doc.sents``, by spaCy's rule (a sentence begins at every
    token after the first whose ``sent_start`` is 1) read off the doc's array: ``doc.sents`` makes a Span,
    and two Tokens, for every sentence. A doc with sentence hooks, none marked or no words goes through
    ``doc.sents`` (which raises spaCy's own error when the doc has no sentence boundaries)."""
    if not sent_start or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        spans = list(doc.sents)
        return [span.start for span in spans], [span.end for span in spans]
    starts = [0, *(i for i in range(1, len(sent_start)) if sent_start[i] == 1)]
    return starts, [*starts[1:], len(sent_start)]


def _doc_text(doc: Doc, table: np.ndarray, named: Callable[[int], list[str]]) -> str:
    """``Doc.text``: the parse copy the doc was made from when :mod:`detente.nlp` kept it (``user_data
    ["parsed"]``, as long as the doc's words and spaces), else joined from the words (:func:`_text`)."""
    kept = doc.user_data.get("parsed")
    size = int(table[-1, 8] + table[-1, 9] + table[-1, 11]) if len(table) else 0  # the last word's end and space
    if isinstance(kept, str) and len(kept) == size:
        return kept
    return _text(named(10), table[:, 11].tolist())


def _text(words: list[str], spaced: list[int]) -> str:
    """The doc's text from its words and whether each is followed by a space, as ``Doc.text`` joins it
    (``Token.text_with_ws``) without making a ``Token`` for every word."""
    joined = list(words)
    for i, space in enumerate(spaced):
        if space:
            joined[i] += " "
    return "".join(joined)


class TokenView:
    """The columns of a :class:`ParseView` that the lexicon's verb matching reads (``head``, ``dep``,
    ``lower``, ``lemma``, ``children``), read from the doc's tokens on demand: for a caller that holds
    no view of the doc (building a whole view costs more than a few lookups). Each token is made once."""

    __slots__ = ("head", "dep", "lower", "lemma", "children", "_token")

    def __init__(self, doc: Doc) -> None:
        made: dict[int, Token] = {}

        def token(i: int) -> Token:
            found = made.get(i)
            if found is None:
                found = made[i] = doc[i]
            return found

        self.head: _Column[int] = _Column(token, lambda t: t.head.i)
        self.dep: _Column[str] = _Column(token, lambda t: t.dep_)
        self.lower: _Column[str] = _Column(token, lambda t: t.lower_)
        self.lemma: _Column[str] = _Column(token, lambda t: t.lemma_.lower())
        self.children: _Column[tuple[int, ...]] = _Column(token, lambda t: tuple(c.i for c in t.children))
        self._token = token

    def capitalised(self, i: int) -> bool:
        """Whether the word at ``i`` is written with a capital first letter."""
        return self._token(i).text[:1].isupper()


class _Column(Generic[T]):
    """One attribute of every token, by index."""

    __slots__ = ("_token", "_read")

    def __init__(self, token: Callable[[int], Token], read: Callable[[Token], T]) -> None:
        self._token, self._read = token, read

    def __getitem__(self, i: int) -> T:
        return self._read(self._token(i))
