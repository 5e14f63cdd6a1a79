"""Who says it: the speaker of a reporting verb, of an "according to" phrase and of a direct quote,
and whether that speaker is named. Cue words come from ``data/lexicon/cues.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from detente.model import Attribution, slot_init

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.lexicon import Lexicon
    from detente.parse_view import ParseView

SAY_KINDS = {"say", "deny"}


def country_word(found: DocActors, view: ParseView, i: int, deps: tuple[str, ...]) -> ActorRef | None:
    """The country a word modifying the speaker noun at ``i`` names, by one of the relations ``deps`` ("Armenia's
    National Security Service": ``poss``; "two Egyptian security sources": ``amod``), else None."""
    by_token = found.by_token
    return next((by_token[d] for d in view.children[i] if view.dep[d] in deps and d in by_token
                 and by_token[d].kind == "country"), None)


@slot_init
@dataclass(frozen=True, slots=True)
class Speaker:
    """Who says something: the noun phrase's head token and words, and the actor it stands for."""

    token: Token
    ref: ActorRef | None
    text: str
    anonymous: bool

    def to_attribution(self) -> Attribution:
        return Attribution(text=self.text, actor=self.ref.key if self.ref else None, anonymous=self.anonymous)


class Speakers:
    """Finds speakers in one article; remembers the last unnamed source across sentences
    ("a diplomat said ... The diplomat added ...")."""

    def __init__(self, lexicon: Lexicon, found: DocActors, text: str, quote_spans: list[tuple[int, int]]):
        self.lex, self.found, self.text = lexicon, found, text
        self.quote_spans = quote_spans
        self.cues = lexicon.cues
        self.last_anonymous: Speaker | None = None
        self._anonymity: dict[int, bool] = {}  # _anonymity_in_sentence by sentence number

    def sent_text(self, token: Token) -> str:
        """The text of a token's sentence, sliced from the article (``Span.text`` is slow)."""
        sent = self.found.sentence(token)
        return self.text[sent.start_char:sent.end_char]

    def cue(self, kind: str, word: str) -> bool:
        return word in self.cues.get(kind, ())

    def of_quote(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """The speaker of the quote at characters ``start:end``: the subject of a naming verb the quote
        is the words of ("what it called a “stern warning”", ``naming_verb``), else of the nearest "say"
        or "deny" verb of the quote's first or last sentence, else of the verb the quote hangs on."""
        # read off the parse view: a Token is made only for the verb found
        view = self.found.view(doc)
        span = view.char_span(start, end)  # doc.char_span(start, end, alignment_mode="expand"), without the Span
        if span is None:
            return None
        idx, pos, lemma, head, sent = view.idx, view.pos, view.lemma, view.head, view.sent
        first = span[0]
        i = first
        for _ in range(3):  # "in what it called a “stern warning”", "called the move “regrettable”": whose words
            i = head[i]
            if start <= idx[i] < end:
                continue
            if pos[i] == "VERB" and lemma[i] in self.lex.words.naming_verb:
                named = self.of_verb(doc[i])
                if named is not None:
                    return named
            break
        best: tuple[int, int] | None = None
        for k in dict.fromkeys((sent[first], sent[span[1] - 1])):  # the first, then the last sentence
            for i in range(view.sent_start[k], view.sent_end[k]):
                if start <= idx[i] < end or pos[i] != "VERB":
                    continue
                if self.lex.says(lemma[i]):
                    distance = min(abs(idx[i] - start), abs(idx[i] - end))
                    if best is None or distance < best[0]:
                        best = (distance, i)
        if best is not None:
            return self.of_verb(doc[best[1]])
        # no reporting verb: the verb the quote hangs on ("expressed his hope that “...”")
        i = first
        for _ in range(10):
            if head[i] == i:
                return None
            i = head[i]
            if not (start <= idx[i] < end) and pos[i] == "VERB":
                return self.of_verb(doc[i])
        return None

    def according(self, prep: Token) -> Speaker | None:
        """The speaker of "according to X"."""
        for to in prep.children:
            for obj in to.children:
                if obj.pos_ in ("VERB", "AUX"):
                    return self.of_verb(obj)
                if obj.dep_ in ("pobj", "pcomp"):
                    return self.speaker(obj)
        return None

    def of_verb(self, verb: Token) -> Speaker | None:
        """The subject of a reporting verb; "..., saying" takes the subject of the clause it hangs on,
        skipping clauses inside quotation marks (a quote's speaker is never inside it)."""
        view = self.found.view(verb.doc)
        dep, idx = view.dep, view.idx
        first = i = verb.i
        up = view.head[first]
        if dep[first] == "pcomp" and view.lower[up] == "as" and view.lemma[view.head[up]] in self.lex.words.quote_verb:
            # "Xinhua quoted Foreign Minister X as saying ...": X says it, the agency reports it
            quoted = next((c for c in view.children[view.head[up]] if dep[c] == "dobj"), None)
            if quoted is not None:
                return self.speaker(verb.doc[quoted])
        for _ in range(6):
            for child in view.children[i]:
                if dep[child] in ("nsubj", "nsubjpass") and not self._quoted_at(idx[child]) \
                        and (i == first or not self._quoted_at(idx[i])):
                    return self.speaker(verb.doc[self._closing_conjunct(verb, child)])
            if view.head[i] == i or dep[i] not in ("advcl", "conj", "xcomp", "ccomp", "relcl"):
                break
            i = view.head[i]
        return self._before(verb)

    def _closing_conjunct(self, verb: Token, subject: int) -> int:
        """The speaker of a closing "..., the Ministry of Foreign Affairs (MFA) said" that the parser hung on a list or
        a place before it ("sent three aircraft, 25 tonnes of food aid and a team to X, where floods cut off
        the district of Y, the Ministry ... said": "tonnes" the subject of "said", "Ministry" joined to it, or joined
        or apposed to "Y"): the noun phrase set after the last comma before the reporting verb, a known actor joined
        to a word before that comma or apposed to one other than the subject, when the subject stands before that
        comma and is a common noun no actor stands for; else the subject ("the spokesman, Ivan Petrov, said")."""
        view, by_token = self.found.view(verb.doc), self.found.by_token
        commas = [t for t in range(subject + 1, verb.i) if view.text[view.idx[t]:view.end[t]] == ","]
        if not commas or by_token.get(subject) is not None or view.pos[subject] != "NOUN":
            return subject
        dep, head = view.dep, view.head
        return next((c for c in range(commas[-1] + 1, verb.i) if by_token.get(c) is not None and head[c] < commas[-1]
                     and (dep[c] == "conj" or dep[c] == "appos" and head[c] != subject)), subject)

    def _before(self, verb: Token) -> Speaker | None:
        """A misparsed "..., a diplomat who asked not to be named said.": the noun phrase between
        the last comma and the reporting verb."""
        view = self.found.view(verb.doc)
        sent_start = view.sent_start[view.sent[verb.i]]
        start = verb.i
        while start > sent_start and view.text[view.idx[start - 1]:view.end[start - 1]] not in (",", "”", '"'):
            start -= 1
        pos, dep, head = view.pos, view.dep, view.head
        heads = [t for t in range(start, verb.i) if pos[t] in ("NOUN", "PROPN", "PRON") and head[t] >= start
                 or pos[t] in ("NOUN", "PROPN", "PRON") and dep[t] in ("appos", "conj", "pobj", "dobj")]
        if not heads or verb.i - start > 12:
            return None
        return self.speaker(verb.doc[heads[0]])

    def _quoted_at(self, idx: int) -> bool:
        """Whether the character at ``idx`` lies inside a quote."""
        return any(start <= idx < end for start, end in self.quote_spans)

    def speaker(self, token: Token) -> Speaker:
        """Who a speaker noun phrase is, and whether the source is unnamed."""
        by_token, view, i = self.found.by_token, self.found.view(token.doc), token.i
        ref = by_token.get(i)
        if ref is None and view.pos[i] in ("NOUN", "PROPN"):
            # a body the knowledge base does not know, named as a country's ("Armenia's National Security
            # Service", "Sudan's sovereign council"): it speaks for that country
            ref = country_word(self.found, view, i, ("poss",))
        start, end = view.edges(i)  # token.left_edge.i, token.right_edge.i
        while start < i and view.is_space[start]:
            start += 1  # a blanked dateline the parser hung on the speaker is no part of the name
        end += 1
        if end - start > 12:
            start, end = i, i + 1
        text = view.text[view.idx[start]:view.end[end - 1]]  # doc[start:end].text, without the Span
        # named: a person's name, or a body named as the speaker itself ("the EU said"); "an EU
        # diplomat" or "a senior US official" names no one
        named = any(view.pos[t] == "PROPN" and by_token.get(t) is not None and by_token[t].kind == "person"
                    for t in range(start, end)) \
            or (ref is not None and ref.kind == "person") or (view.pos[i] == "PROPN" and ref is not None)
        lemma = view.lemma[i]
        # "an official" is an unnamed source; "Lebanese officials said" is the body on the record
        anonymous_noun = self.cue("anonymous", lemma) and not (view.tag[i] == "NNS" and self.cue("on_record", lemma))
        anonymous = not named and (anonymous_noun or self._anonymity_in_sentence(token))
        if anonymous and anonymous_noun and any(view.lower[d] == "the" for d in view.children[i]) \
                and self.last_anonymous:
            earlier = self.last_anonymous
            return Speaker(token=token, ref=ref or earlier.ref, text=text, anonymous=True)
        result = Speaker(token=token, ref=ref, text=text, anonymous=anonymous)
        if anonymous:
            self.last_anonymous = result
        return result

    def _anonymity_in_sentence(self, token: Token) -> bool:
        """Whether the token's sentence has a cue of anonymity ("who asked not to be named"; looked for once a
        sentence)."""
        number = self.found.sentence_of[token.i]
        if number not in self._anonymity:
            sentence = self.sent_text(token).lower()
            self._anonymity[number] = any(p in sentence for p in self.cues.get("anonymity", ()))
        return self._anonymity[number]
