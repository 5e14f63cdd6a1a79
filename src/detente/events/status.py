"""Did it happen, when, where, and according to whom: negation, modality, history, date,
location and attribution of event candidates. Cue words come from ``data/lexicon/cues.tsv``.
The judge reads negation and modality here; the other fields by the rules it inherits (``dating.py``,
``history.py``, ``places.py``, ``vouching.py``, ``attribution.py``). An act a negated verb of excluding leaves open
("did not rule out new sanctions") is hypothetical and keeps its code; only force one refuses to rule out is a threat
("refused to rule out strikes": ``Judge.refused_to_exclude``). What was agreed in a that-clause with its own "would"
("agreed their ministers would meet") is an act to come; an embedded "whether" question sets no condition on a reported
"would" (session 42). An agreement of the day's news coded on its own verb as CAMEO 030 with an open "to"-infinitive
naming the act agreed on ("agreed on Tuesday to set up joint patrols") stands for that act, intended; one of the
background stays the agreeing, asserted (``StatusJudge.agreed_to_an_act``, session 42). A past participle on a noun,
a relative clause cut short ("asked X to free sailors held by its navy"), keeps its own modality, and a gerund a
``presupposing`` verb of stopping takes goes on ("urged X to stop deporting refugees": asserted; session 43).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from detente.events import date_values
from detente.events.attribution import AttributionRules, object_fronted
from detente.events.cameo import (
    DEMAND_ROOT,
    MATERIAL_COOPERATION,
    REQUEST_ROOTS,
    SIGNING_CODES,
    THREAT_ROOT,
    VISIT,
    lookup,
)
from detente.events.date_anchors import infinitive_at
from detente.events.dating import BODY_DAY, DateRules
from detente.events.doers import accord_maker
from detente.events.extract import Candidate, frame_clause
from detente.events.history import HistoryRules, reduced_relative
from detente.events.lexicon import Lexicon
from detente.events.nonevents import stance_content
from detente.events.places import PlaceRules
from detente.events.roles import culpable_adjective
from detente.events.speakers import Speaker, Speakers
from detente.events.vouching import VouchRules
from detente.model import EventDate, Modality
from detente.records import Extracted, FoundQuote, Judged, JudgedCandidate, Knowledge, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from detente.actors.resolve import ActorRef, DocActors
    from detente.parse_view import ParseView

COMPLEMENT_CLAUSES = ("ccomp", "xcomp", "pcomp", "csubj")  # a "whether" on such a clause asks, it sets no condition

log = logging.getLogger("detente")

T = TypeVar("T")
# CAMEO intentions of material cooperation (031) and aid (033): agreed to ("agreed to provide a loan"), the
# deed is still to be done, so it stays intended, unlike an agreement on conduct ("agreed to consult each other")
MATERIAL_INTENTS = ("031", "033")
# CAMEO 036, the intent to meet or negotiate: agreed to with talks or a meeting named (cues.tsv ``meeting``: "agreed
# to open negotiations", "agreed to hold the next round"), it stands for the talks agreed on, still to be held, so it
# stays intended with or without a time to come (eval/wire/README.md: the act agreed on is intended; dev gold of the
# shape: 30 `intended`, 5 `asserted`); "committed to consult each other" names no meeting and stays the agreement
MEETING_INTENT = "036"
# CAMEO 030, an intent to cooperate of no kind of its own: agreed on its own verb, the act agreed on named by a
# "to"-infinitive the lexicon gives no code ("agreed to set up joint patrols"); see StatusJudge.agreed_to_an_act
GENERIC_INTENT = "030"
# CAMEO intents to give support (032) and to cooperate (031): a stance pledged ("pledged its unwavering support",
# "pledged closer cooperation"), which the dev gold codes as said now (asserted), unlike a thing pledged
PLEDGED_STANCES = ("031", "032")
THING_POS = ("NOUN", "PROPN", "NUM", "SYM")  # the parts of speech of a thing pledged ("$60 million", "troops")


class StatusJudge(DateRules, HistoryRules, PlaceRules, VouchRules, AttributionRules):
    """Judges the status of one article's candidates; remembers anonymous sources across sentences."""

    def __init__(self, lexicon: Lexicon, found: DocActors, doc: Doc, base: dt.date | None, text: str,
                 quotes: tuple[FoundQuote, ...] = (), org_of: Callable[[ActorRef], str | None] | None = None,
                 home: ActorRef | None = None):
        self.lex, self.found, self.base = lexicon, found, base
        self.home = home  # the dateline's country: the one "the capital" is of
        self.text = text  # the article text (Span.text is slow)
        self.org_of = org_of or (lambda ref: None)
        self.quotes = quotes
        self.speakers = Speakers(lexicon, found, text, [(q.start, q.end) for q in quotes])
        self.cues = lexicon.cues
        self.words = lexicon.words
        self.why: dict[str, str] = {}  # status field -> the rule that set it, for the current candidate
        self.term_told_in_future = False  # the current candidate is a term of an agreement told with "will"
        self._dates: dict[int, list[tuple[int, int, EventDate]]] = {}
        self.date_warnings: list[str] = []  # implausible event dates that were dropped, one line each
        self._dropped: set[tuple[int, int]] = set()
        self._chains: dict[tuple[int, bool], list] = {}
        self._sentence_cues: dict[tuple[int, str], bool] = {}
        self._conditions: dict[int, bool] = {}  # _sentence_has_condition by sentence number
        self._tied_present = {}
        self._left_open: dict[int, int | None] = {}  # left_open_by: the verb of excluding by the candidate's head
        self.history_base = base or _latest_year(found.view(doc))

    def sent_text(self, token: Token) -> str:
        """The text of a token's sentence, sliced from the article."""
        sent = self.found.sentence(token)
        return self.text[sent.start_char:sent.end_char]

    def _because(self, field: str, value: T, reason: str) -> T:
        """Return ``value``, noting the rule that gave it (read by explanations)."""
        self.why[field] = reason
        return value

    def cue(self, kind: str, word: str) -> bool:
        return word in self.cues.get(kind, ())

    def _sentence_has_cue(self, token: Token, kind: str) -> bool:
        """Whether a word of the token's sentence is a ``kind`` cue (looked at once per sentence)."""
        key = (self.found.sentence_of[token.i], kind)
        if key not in self._sentence_cues:
            sent, cues = self.found.sentence(token), self.cues.get(kind, ())
            self._sentence_cues[key] = any(w in cues for w in self.found.view(token.doc).lower[sent.start:sent.end])
        return self._sentence_cues[key]

    def _sentence_has_condition(self, token: Token) -> bool:
        """Whether a ``conditional`` cue of the token's sentence makes a condition: not one that opens an embedded
        question, the complement of a verb ("would ask the court to rule on whether the law was broken", "would
        decide whether to extend the ban")."""
        if not self._sentence_has_cue(token, "conditional"):
            return False
        number = self.found.sentence_of[token.i]  # (worked out once per sentence, not once per candidate)
        if number not in self._conditions:
            sent, view = self.found.sentence(token), self.found.view(token.doc)
            self._conditions[number] = any(
                self.cue("conditional", view.lower[i])
                and not (view.dep[i] == "mark" and view.dep[view.head[i]] in COMPLEMENT_CLAUSES)
                for i in range(sent.start, sent.end))
        return self._conditions[number]

    def _condition_on_clause(self, token: Token, clause: set[int]) -> bool:
        """Whether a condition of the token's sentence (:meth:`_sentence_has_condition`) is on ``clause``, the words
        of the candidate's chain and its reporting verb: a conditional subordinator whose clause hangs on one of them.
        One hung on another clause of the sentence leaves the candidate's own "would" a reported "will": in "said X
        would send a delegation next week, and warned that Y could halt patrols if the expulsions continued" the
        condition is the halting's, not the sending's. A conditional word that is no subordinator counts for the
        whole sentence."""
        if not self._sentence_has_condition(token):
            return False
        sent, view = self.found.sentence(token), self.found.view(token.doc)
        for i in range(sent.start, sent.end):
            if not self.cue("conditional", view.lower[i]) \
                    or view.dep[i] == "mark" and view.dep[view.head[i]] in COMPLEMENT_CLAUSES:
                continue
            if view.dep[i] != "mark":
                return True
            verb = view.head[i]
            if verb in clause or view.head[verb] in clause:
                return True
        return False

    # -- chains -----------------------------------------------------------------------------
    def chain(self, token: Token, stop_at_say: bool = True) -> list[Token]:
        """``token`` and the words governing it, up to (not including) a reporting verb."""
        key = (token.i, stop_at_say)
        if key not in self._chains:
            doc, view = token.doc, self.found.view(token.doc)
            out, i = [token], token.i
            while view.head[i] != i:
                i = view.head[i]
                if stop_at_say and self.lex.says(view.lemma[i]) and view.pos[i] == "VERB":
                    break
                out.append(doc[i])
            self._chains[key] = out
        return self._chains[key]

    # -- negation ---------------------------------------------------------------------------
    def refused(self, c: Candidate) -> bool:
        """Whether a negating frame verb governs the event ("failed to reach a deal")."""
        return any(t.pos_ in ("VERB", "AUX") and self.cue("negating", t.lemma_.lower())
                   for t in self.chain(c.head, stop_at_say=True)[1:]) and c.frame != "refuse"

    def content_negated(self, c: Candidate) -> bool:
        """Whether a negation is on the act a frame verb combines with, not on the frame verb itself
        ("pledged not to attack", "said it would never use force"; but "did not threaten to attack")."""
        if c.frame_token is None:
            return False
        view = self.found.view(c.head.doc)
        negation = self.cues.get("negation", ())
        return any(view.negated(t.i, negation) for t in c.trigger if t.i != c.frame_token.i)

    def negated(self, c: Candidate) -> bool:
        doc = c.head.doc
        view = self.found.view(doc)
        dep, lower = view.dep, view.lower
        negation = self.cues.get("negation", ())
        heads = [c.head] + ([c.frame_token] if c.frame_token is not None else [])
        for token in [*heads, *c.trigger[1:]]:
            for child in view.children[token.i]:
                if dep[child] == "neg" or (dep[child] in ("advmod", "det", "preconj") and lower[child] in negation):
                    return self._because("negated", True, f"{dep[child]} child {doc[child].text!r} of {token.text!r}")
                if dep[child] in ("nsubj", "nsubjpass") and any(
                        dep[d] == "det" and lower[d] in negation for d in view.children[child]):
                    # "No state has recognised ..."
                    return self._because("negated", True,
                                         f"negating determiner on the subject {doc[child].text!r}")
        adjective = culpable_adjective(c.head, self.words)
        held = [adjective, adjective.head] if adjective is not None and adjective.dep_ == "acomp" else \
            [adjective] if adjective is not None else []
        for token in held:  # "X was not responsible for the attack": not X's attack
            if view.negated(token.i, negation):
                return self._because("negated", True, f"negation on {token.text!r}, which holds the doer to account")
        opened = self.left_open_by(c)
        if opened is not None:  # "refused to rule out using force": the force is left open, not refused
            return self._because("negated", False, f"left open by {opened.text!r} (cues.tsv open_stance)")
        chain = self.chain(c.head, stop_at_say=False)
        for below, token in zip(chain, chain[1:]):
            if (below.dep_ == "advcl" and not infinitive_at(view, below.i)) \
                    or (below.dep_ == "conj" and below.tag_ in ("VBD", "VBZ", "VBP")) \
                    or object_fronted(view, below.i, token.i):
                # an adverbial clause or a finite conjunct has its own polarity: "refused to attend ..., accusing
                # X of ...", "denied that ... and accused X of bombing ..." (a relative clause is part of what
                # is denied: "denied that he ran a squad that killed officials")
                break
            if token.pos_ in ("VERB", "AUX") and self.cue("negating", view.lemma[token.i]) and c.frame != "refuse":
                if any(dep[d] == "nsubj" and view.lemma[d] in self.words.summary_noun and d > c.head.i
                       for d in view.children[token.i]):
                    # "X has long accused Kabul of ..., a charge the Taliban deny": the parser hangs the clause on
                    # the denial of the noun that sums it up; the accusation was made
                    break
                return self._because("negated", True, f"under the negating verb {token.text!r} (cues.tsv negating)")
            if token.dep_ == "pobj" and lower[view.head[token.i]] == "without":
                return self._because("negated", True, f"object of 'without' ({token.text!r})")
        return self._because("negated", False, "no negation on the trigger or the verbs governing it")

    def left_open_by(self, c: Candidate) -> Token | None:
        """The negated verb of excluding that leaves the candidate's act open ("did not rule out talks")."""
        doc, head = c.head.doc, c.head.i
        if head not in self._left_open:  # (asked by negation, modality and the refusal test alike)
            self._left_open[head] = stance_content(head, self.found.view(doc), self.lex)
        verb = self._left_open[head]
        return None if verb is None else doc[verb]

    def refused_to_exclude(self, c: Candidate) -> bool:
        """Whether the verb of excluding that leaves the candidate's act open is refused, not merely negated
        ("refused to rule out force": the refusal holds the threat; "did not rule out sanctions" only leaves them
        possible, as the dev gold codes both)."""
        opened = self.left_open_by(c)
        return opened is not None and not self.found.view(c.head.doc).negated(opened.i, self.cues.get("negation", ()))

    # -- modality ---------------------------------------------------------------------------
    def modality(self, c: Candidate, attribution: Speaker | None, date: EventDate | None, negated: bool) -> Modality:
        """The candidate's modality; ``negated`` is the judge's own decision (``negated``), asked once by the step
        and not again here, so that a negation on the subject or a negating frame counts as one on the head."""
        sent_text = self.sent_text(c.head).strip().rstrip("\"'”’ ")
        if sent_text.endswith("?"):
            return self._because("modality", "question", "the sentence ends with '?'")
        opened = self.left_open_by(c)
        if opened is not None:  # a possibility the doer keeps open: neither done nor refused
            return self._because("modality", "hypothetical", f"left open by {opened.text!r} (cues.tsv open_stance)")
        chain = self.chain(c.frame_token if c.frame_token is not None else c.head)
        if c.frame_token is not None and c.frame_token.i != c.head.i:
            # (a frame verb that codes the act itself, "prompting Moscow to demand the release", is the head:
            # walked once, or it reads as the "to"-infinitive of itself)
            chain = [c.head] + chain
        future = intended = backshifted = presupposed = planned = scheduled = False
        future_at: int | None = None  # the verb a modal of the future is on
        self.term_told_in_future = False
        reason = ""
        # "X said it would fund Y": in reported speech "would" is a backshifted "will", not a
        # possibility, unless a condition goes with it ("would accept a truce if ...")
        doc = c.head.doc
        view = self.found.view(doc)
        dep, children = view.dep, view.children
        trigger = {t.i for t in c.trigger}
        top = chain[-1].i
        reported_will = view.head[top] != top and view.pos[view.head[top]] == "VERB" \
            and self.lex.says(view.lemma[view.head[top]]) \
            and not self._condition_on_clause(c.head, {t.i for t in chain} | {view.head[top]}) \
            and "in the event" not in self.sent_text(c.head).lower()
        previous = None
        for token in chain:
            i = token.i
            if previous is not None and c.nominal and self.cue("presupposing", view.lemma[i]) \
                    and _about(view, c.head.i, i):
                # an act named as what a verb is about is given, whatever is said of that verb (its own aux
                # included): "urged the council to condemn the attack", "will not retaliate against the new
                # tariffs" (the attack happened, the tariffs are in force; the condemning is the appeal's)
                presupposed, reason = True, f"event noun {c.head.text!r} that {token.text!r} is about"
                break
            if previous is not None and c.nominal and c.frame is None and previous.i not in trigger \
                    and _infinitive(view, previous.i) \
                    and _about(view, c.head.i, previous.i) and view.lemma[previous.i] not in self.lex.light_verbs:
                # so is an act named as what a "to"-infinitive's verb is about, whatever governs the infinitive: "called
                # on all states to respect the arms embargo", "will ask the OAS to take up the detention of two
                # rangers" (the embargo and the detention are; the respecting and the taking up are asked for); a
                # light verb's noun is the act itself ("urged X to impose an embargo"), and so is the noun of an offer
                # or plan ("offered to host talks": a frame of its own)
                presupposed, reason = True, f"event noun {c.head.text!r} that the infinitive {previous.text!r} is about"
                break
            for child in children[i]:
                lower, relation = view.lower[child], dep[child]
                if relation == "aux" and lower == "would" and reported_will:
                    backshifted = True
                    continue
                if relation == "aux" and self.cue("hypothetical", lower):
                    return self._because("modality", "hypothetical", f"aux {doc[child].text!r} of {token.text!r}")
                if relation == "mark" and self.cue("conditional", lower):
                    return self._because("modality", "hypothetical",
                                         f"conditional {doc[child].text!r} on {token.text!r}")
                if relation == "aux" and self.cue("future", lower):
                    future, reason = True, reason or f"aux {doc[child].text!r} of {token.text!r}"
                    future_at = i if future_at is None else future_at
                if relation in ("amod", "advmod") and self.cue("hypothetical", lower) and i in trigger:
                    return self._because("modality", "hypothetical",
                                         f"{relation} {doc[child].text!r} on the trigger")
            if previous is not None and previous.dep_ == "xcomp" and previous.tag_ == "VBG" \
                    and self.cue("presupposing", view.lemma[i]):
                # a gerund that a verb of stopping takes goes on: "urged X to stop deporting refugees" (the deporting
                # is done; the stopping is asked for), as the event noun object of such a verb ("halt the attacks")
                presupposed, reason = True, f"gerund {previous.text!r} that {token.text!r} is about"
                break
            if token is c.head and self._presupposed(c):
                # an event noun after a time preposition is given, not claimed: "during a Russian
                # attack", "after Russia's invasion" (the clause above and its speaker are about another act)
                answer = self.answer_phrase(view, i)
                presupposed, reason = True, f"event noun after {answer!r}, the act answered" if answer else \
                    f"event noun after the time preposition {doc[view.head[i]].text!r}"
                break
            if previous is not None and previous.dep_ == "acl" and view.pos[i] == "NOUN" \
                    and self._in_time_phrase(view, i):
                # and so is a participle on it: "after talks in Baghdad hosted by Iraq"
                presupposed, reason = True, f"participle on {token.text!r}, after a time preposition"
                break
            if previous is not None and reduced_relative(view, previous.i):
                # a past participle on a noun is a relative clause cut short and keeps its own modality: "asked
                # Freedonia to free sailors held by its navy" (the holding happened; the freeing is asked for)
                break
            lemma = view.lemma[i]
            kind = self.lex.reporting.get(lemma)
            if previous is not None and previous.dep_ == "conj":
                pass  # a joined infinitive shares its head's status ("prompting X to lodge a protest and to ask Y")
            elif previous is not None and _infinitive(view, previous.i):
                if self.cue("scheduled", view.lower[i]) or self.cue("scheduled", lemma):
                    future, scheduled, reason = True, True, reason or f"scheduled: {token.text!r} + to-infinitive"
                elif c.frame == "attempt" and c.frame_token is not None and i == c.frame_token.i:
                    reason = reason or f"an attempt told as done: {token.text!r} + to-infinitive"
                elif self.cue("willing", lemma) or kind == "intend":
                    intended = planned = True
                    reason = reason or f"intended: {token.text!r} + to-infinitive"
                elif lemma == "be" and token.pos_ in ("AUX", "VERB") and previous.dep_ == "xcomp" \
                        and not any(dep[d] == "expl" for d in children[i]):
                    # "be" + to-infinitive: "the president is to visit China" is scheduled; told in the past, an
                    # obligation or a charge ("Israel was to pull its troops out", "said X and Y were to blame"),
                    # not a possibility
                    if token.tag_ in ("VBZ", "VBP"):
                        future, scheduled, reason = True, True, reason or f"scheduled: {token.text!r} + to-infinitive"
                elif self.cue("dispatch", lemma) and token.tag_ in ("VBD", "VBN"):
                    # forces sent out do what they were sent for ("scrambled jets to shadow the aircraft",
                    # "had sent a patrol ship to shadow the vessel"): the purpose is told with the sending
                    reason = reason or f"purpose of the sending {token.text!r} (cues.tsv dispatch)"
                elif self.cue("summoning", lemma) and token.tag_ in ("VBD", "VBN") and not c.nominal \
                        and lookup(c.cameo).root == DEMAND_ROOT:
                    # a demand made in a summons, a call or a meeting told as done was made there ("summoned the
                    # envoy on Monday to demand an explanation": asserted, an act of its own, act_links.purpose_of)
                    reason = reason or f"demand made in {token.text!r} (cues.tsv summoning)"
                elif lemma in self.words.accord_noun and accord_maker(previous, self.words) is not None:
                    # what an agreement made provides for is agreed on, not a mere possibility: "signed a pact to
                    # build a bridge" (eval/wire/README.md: the act agreed on is intended; session 55)
                    intended = planned = True
                    reason = reason or f"the content of the agreement made, {token.text!r} + to-infinitive " \
                        "(words.tsv accord_noun)"
                elif token.pos_ in ("NOUN", "PROPN", "ADJ") or previous.dep_ in ("xcomp", "ccomp", "acl", "relcl"):
                    # a possibility, not a fact: "the way for Russia to mediate" (a decision taken is no possibility:
                    # "China's decision to suspend imports", as "decided to")
                    if lemma not in self.words.implicative_verb and lemma not in self.words.decision_noun:
                        return self._because("modality", "hypothetical",
                                             f"to-infinitive under {token.text!r}, not an implicative verb")
                elif lemma not in self.words.implicative_verb:
                    # a purpose ("travelled to Brussels to brief allies"): intended, or as unsure as its head
                    intended = True
                    reason = reason or f"purpose clause of {token.text!r}"
            elif previous is not None and previous.dep_ == "xcomp" and kind == "hypothetical":
                return self._because("modality", "hypothetical",
                                     f"complement of {token.text!r} (reporting.tsv hypothetical)")
            if token.dep_ == "relcl":
                break  # a relative clause has its own modality: "Qatar, which hosted the talks, could ..."
            if token.dep_ == "advcl" and any(dep[m] == "mark" and self.cue("temporal", view.lower[m])
                                             for m in children[i]):
                break  # so has a time clause: "agreed to send jets after Romanian warplanes shot down ..."
            if token.dep_ == "advcl" and token.tag_ == "VBG" and view.tag[view.head[i]] == "VB" and i > 0 \
                    and view.lower[i - 1] == "," and view.head[i] < i:
                # a participle after a comma the parser hung on an infinitive is said of the clause above it:
                # "agreed to close their borders ..., accusing Minsk of ..." (the accusation is made, not intended)
                break
            if token.dep_ == "conj" and any(dep[a] == "aux" and view.lower[a] in self.words.tense_aux
                                            for a in children[i]):
                # a conjunct with a tense of its own is not under its head's modal: "would not use force ... but
                # had asked Brussels to cap imports" (the asking is done)
                break
            if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ", "VBP", "VBG") and view.tag[view.head[i]] == "VB":
                # a finite verb or a participle is no conjunct of an infinitive: "called on X to speed up Y and
                # urged Z ...", "a statement urging X to respect Y and calling on Z to ..."
                break
            previous = token
        if future_at is not None and (terms := self._terms_told_under(view, future_at)) is not None:
            # what an agreement provides for is agreed on, not announced: "Under the pact, Peru will train
            # Bolivian police" (eval/wire/README.md: the act agreed on is intended)
            future, intended = False, True
            planned = self.term_told_in_future = True
            reason = f"a term of the {terms!r} it is told under (cues.tsv terms)"
        elif future_at is not None and future and not scheduled and lookup(c.cameo).quad_class == MATERIAL_COOPERATION \
                and (not negated or not lookup(c.cameo).negated_plan_is_refusal
                     and any(t.dep_ == "neg" for t in c.head.children)) \
                and not date_values.dated_to_come(date, self.base):
            # material cooperation or aid told with "will" and no time to come is a commitment the doer announces,
            # not a scheduled event: "Japan will lend Jordan $300 million", "the coast guard will train 30 officers"
            # (dev gold: 42 of 54 such acts `intended`; "will begin joint patrols in May" stays `future`; session 57).
            # A refusal ("will not lift the sanctions", "no donor will fund ...": the judge's own negation, subject
            # and frames included) is no commitment: it stays `future`, as the gold codes one; a plan of aid told
            # negated by its own "not" ("will not finance the plant"), no refusal (cameo_roots.tsv), is a commitment
            # negated: `intended` (not one "denied" or "refused" governs).
            future, intended = False, True
            planned = self.term_told_in_future = True
            reason = f"material cooperation (CAMEO 06-08) told with the future of {doc[future_at].text!r} and no " \
                "time to come: a commitment"
        if c.frame == "intend" and c.frame_token is not None and self.cue("scheduled", c.frame_token.lower_) \
                and any(dep[a] == "auxpass" for a in children[c.frame_token.i]):
            # "is expected to visit Seoul in the spring": an act others schedule, not the doer's intention
            future, reason = True, reason or f"scheduled: passive {c.frame_token.text!r} + to-infinitive"
        elif c.frame == "intend":
            intended = planned = True
            reason = reason or "intend frame"
        elif c.frame_token is None and c.cameo.startswith("03") and not c.nominal \
                and self.lex.frames(view.lemma[c.head.i], "intend") \
                and not self.cue("agreement", view.lemma[c.head.i]) \
                and any(dep[x] == "xcomp" and _infinitive(view, x) for x in children[c.head.i]):
            # an offer or a pledge of an act to come ("offered to carry messages", "had offered to help build
            # ..."), coded on its own verb, is an intention; an agreement made is not (below)
            intended = planned = True
            reason = reason or f"an offer of an act to come ({c.head.text!r} + to-infinitive)"
        elif (offered := self._thing_offered(c, negated)) is not None:
            # a thing offered or pledged ("pledged $40 million to the force", "offered police escorts", "has pledged
            # two surveillance aircraft"): the giving is still to be done, as with "pledged to send"
            intended = planned = True
            reason = reason or f"a thing offered or pledged ({c.head.text!r} + object {offered!r}; words.tsv " \
                "offering_verb)"
        if intended and c.frame_token is not None and self.cue("agreement", c.frame_token.lemma_.lower()) \
                and c.cameo.startswith("03") and not c.cameo.startswith(MATERIAL_INTENTS) \
                and not self._talks_agreed(c) \
                and not date_values.dated_to_come(date, self.base) \
                and self.agreed_for_later(c) is None:
            # the agreement is the act, and it was made: "committed to consult each other", "agreed to
            # manage the zone jointly" (what was agreed on is coded apart, as intended); an act agreed on
            # with a time to come is still intended ("agreed to convene the committee next week"), and so are talks
            # agreed on ("agreed on Monday to open negotiations": the meeting is still to be held)
            intended, reason = False, f"an agreement made ({c.frame_token.text!r}): the act is the agreeing"
        made = self._committed_to_cooperate(c, date) if intended else None
        if made is not None:
            intended, reason = False, made
        if (agreed := self._agreed_in_the_future(c)) is not None:
            # what was agreed, told with its own "would" or "will" in a that-clause, is the act agreed on, not the
            # agreement, and like any act agreed on it is intended, a time to come or not: "the two leaders agreed
            # (that) their ministers would meet next week" (eval/wire/README.md, settled in the audit of session 59)
            future, intended, planned = False, True, True
            reason = f"the act agreed on, in a clause with {agreed!r} (cues.tsv agreement)"
        if self._says_future(c):
            future, reason = True, reason or "'in the future'"
        elif (scheduler := self._scheduled_subject(c)) is not None:
            future, reason = True, reason or f"the subject of {scheduler!r} + to-infinitive"
        elif (scheduler := self._scheduled_presence(c)) is not None:
            future, reason = True, reason or f"a presence told as scheduled by {scheduler!r}"
        elif (trip := self._invited_trip(view, c)) is not None and not intended and not negated \
                and (when := self._time_of_the_trip(c, trip)) is not None:
            # an invitation accepted to a trip with time words of its own tells a visit to come ("accepted an
            # invitation to visit Astana next year"; dev gold of the shape: 11 `future`, 5 `intended`, 1 `asserted`;
            # session 58); an undated one stays the accepting (the gold is split on it)
            future, reason = True, f"an invitation accepted to a trip to come ({doc[trip].text!r} {when!r}; " \
                "words.tsv invitation_noun, acceptance_verb)"
        # a date after publication makes an act to come, but a plan or an announced intention keeps its
        # modality ("plans to deploy a unit by March 2027", "said the diplomat would fly to Miami on Saturday");
        # the purpose of a dated trip is to come ("would travel to Washington on Monday to meet ...")
        after = date.value if date is not None and date.value and self.base is not None \
            and date_values.starts_after(date.value, self.base) else None
        if not future and after and intended and not planned:
            future, reason = True, f"date {after} after publication, on a purpose clause"
        if future:
            return self._because("modality", "future", reason)
        if presupposed:
            return self._because("modality", "asserted", reason)
        if intended:
            return self._because("modality", "intended", reason)
        if backshifted and self.denial_of(c) is not None:
            # what a denial denies is stated as not so, a plan included ("denied that its soldiers would fight")
            return self._because("modality", "asserted", "a reported 'would' in the content of a denial")
        if backshifted:
            # a reported "would" with a day, week or month to come is scheduled, whoever announced it ("said he
            # would raise it at a meeting on Monday", "would send a ship next week"; the publication day itself is
            # later that day); without one, one's own announced plan is an intention, someone else's a future act
            if date is not None and date.value and self.base is not None \
                    and (date_values.starts_after(date.value, self.base, weeks=True)
                         or date.granularity == "day" and date.value == self.base.isoformat()):
                return self._because("modality", "future", f"reported 'would' with the date to come {date.value}")
            if (current := self._current_period(date)) is not None:
                # a week or month still running is a time to come for what "would" be done in it ("would send
                # troops to the border this week", "would travel to Astana later this month"; session 59)
                return self._because("modality", "future", f"reported 'would' in the running {current}")
            if lookup(c.cameo).root in REQUEST_ROOTS:
                # a request or demand one announces is an act to come, not a commitment, whoever tells it: "said it
                # would ask the council to ..." (eval/wire/README.md, the audit of session 58)
                return self._because("modality", "future", "reported 'would' (backshifted 'will') of a request to come")
            vouched = self.vouching_rule(attribution, c) if attribution is not None else None
            if attribution is None or vouched is not None:
                by = f", {attribution.text!r} speaking for it ({vouched})" if attribution is not None else ""
                return self._because("modality", "intended", f"reported 'would' (backshifted 'will') of the doer{by}")
            return self._because("modality", "future", f"reported 'would' (backshifted 'will') of {attribution.text!r}")
        if after:
            return self._because("modality", "future", f"date {after} after publication")
        vouched = self.vouching_rule(attribution, c) if attribution is not None else None
        if attribution is not None and vouched is None:
            frame = self.denial_of(c)
            if frame is not None:
                # what a denial denies is stated as not having happened ("denied that French troops were
                # training anyone"): a negated act the article asserts, not someone's claim that it did
                return self._because("modality", "asserted", f"the content of the denial {frame.text!r}")
            if c.targets and not self.quoted(c) \
                    and attribution.token.i > c.head.i and self._speaks_for_target(attribution, c):
                # a participant confirms it: the side acted on vouches for the deed done to it ("Russian
                # guards detained two Georgian farmers, Georgia's security service said"; "an Israeli strike
                # on a car in south Lebanon killed ..., Lebanese state media said"), a noun of the narration
                # included ("a protest over a Chinese raid on a Vietnamese boat, Hanoi's ministry said"); in its
                # own quoted words it is its charge
                return self._because("modality", "asserted", f"{attribution.text!r} speaks for the side acted on")
            if not self.quoted(c) and self.unplaced_voice_after(attribution, c):
                # an unnamed official voice nothing places, sourcing an act told first ("..., a security source
                # said"): a party's voice, not an outsider's (``VouchRules.unplaced_voice_after``)
                return self._because("modality", "asserted",
                                     f"told first, then sourced to the unplaced voice {attribution.text!r}")
            return self._because("modality", "reported", f"attributed to {attribution.text!r}, not a side")
        if attribution is not None:
            return self._because("modality", "asserted", f"{attribution.text!r} speaks for the doer ({vouched})"
                                 + (f"; {made}" if made is not None else ""))
        return self._because("modality", "asserted", made or "no modal, condition, frame or other speaker")

    def _current_period(self, date: EventDate | None) -> str | None:
        """The granularity and value of ``date`` when it is the week or the month of publication ("this week", "later
        this month": "week 2026-W06"), else None."""
        if date is None or date.value is None or self.base is None or date.granularity not in ("week", "month"):
            return None
        days = date_values.period_days(date.value)
        return f"{date.granularity} {date.value}" if days is not None and days[0] <= self.base <= days[1] else None

    def _thing_offered(self, c: Candidate, negated: bool) -> str | None:
        """The object of an offer or pledge coded on its own verb (``offering_verb``: "pledged two aircraft to
        Ukraine", "offered police escorts"), when the verb has no "to"-infinitive or clause of its own and is not
        negated; None for cooperation, support or solidarity pledged (``PLEDGED_STANCES``, CAMEO 031 and 032: said now,
        not a thing to hand over)."""
        if c.frame_token is not None or c.nominal or negated or c.cameo.startswith(PLEDGED_STANCES):
            return None
        view = self.found.view(c.head.doc)
        head = c.head.i
        if view.lemma[head] not in self.words.offering_verb or view.pos[head] != "VERB":
            return None
        if any(view.dep[x] in COMPLEMENT_CLAUSES for x in view.children[head]):
            return None
        # a pronoun or relative object is no thing named: "a barrier that it promised under a 2022 settlement"
        obj = next((o for o in view.children[head] if view.dep[o] == "dobj" and view.pos[o] in THING_POS), None)
        return None if obj is None else c.head.doc[obj].text

    def denial_of(self, c: Candidate) -> Token | None:
        """The denying verb whose content the candidate is ("denied that French troops were training ...")."""
        frame = next((t for t in self.chain(c.head, stop_at_say=False)[1:] if t.pos_ == "VERB"), None)
        return frame if frame is not None and self.lex.frames(frame.lemma_.lower(), "deny") else None

    def _presupposed(self, c: Candidate) -> bool:
        """An event noun after a time preposition is given, not claimed: "during a Russian attack", "after two days
        of talks"."""
        return c.nominal and self._in_time_phrase(self.found.view(c.head.doc), c.head.i)

    def _in_time_phrase(self, view: ParseView, i: int) -> bool:
        """Whether the noun at ``i`` is the object of a time preposition, or of its measure ("after two days of"), or
        of "in response to", "in retaliation for" (cues.tsv ``answer``: the act answered is given, session 48)."""
        if view.dep[i] != "pobj":
            return False
        up = view.head[i]
        if view.lower[up] == "of" and view.pos[view.head[up]] == "NOUN" and view.dep[view.head[up]] == "pobj":
            up = view.head[view.head[up]]  # through the measure of the acts: "after two days of talks"
        word = view.lower[up]
        if self.answer_phrase(view, i) is not None:
            return True  # the act a step answers: "in response to Oslo's expulsion of two diplomats"
        return self.cue("temporal", word) and word != "as"

    def answer_phrase(self, view: ParseView, i: int) -> str | None:
        """The words "in response to", "in retaliation for" (an ``answer`` noun of cues.tsv) whose object is the noun
        at ``i``, or None."""
        if view.dep[i] != "pobj":
            return None
        up = view.head[i]
        noun = view.head[up]
        if view.lower[up] not in ("to", "for") or view.dep[up] != "prep" or not self.cue("answer", view.lemma[noun]) \
                or view.dep[noun] != "pobj" or view.lower[view.head[noun]] != "in":
            return None
        return f"in {view.lower[noun]} {view.lower[up]}"

    def _scheduled_subject(self, c: Candidate) -> str | None:
        """The scheduling word an event noun is the subject of ("talks are scheduled to resume", "the
        visit is due to start"): the act is to come."""
        view = self.found.view(c.head.doc)
        h = c.head.i
        if not c.nominal or view.dep[h] not in ("nsubj", "nsubjpass") or view.head[h] == h:
            return None
        up = view.head[h]
        for word in (up, *(a for a in view.children[up] if view.dep[a] == "acomp")):
            if (self.cue("scheduled", view.lower[word]) or self.cue("scheduled", view.lemma[word])) \
                    and any(view.dep[k] == "xcomp" and infinitive_at(view, k) for k in view.children[word]):
                return view.text[view.idx[word]:view.end[word]]
        return None

    def _scheduled_presence(self, c: Candidate) -> str | None:
        """The scheduling word (a ``scheduled`` cue) that tells a visit as a party's being somewhere to come, not
        as a verb after it: "is due in Apia on Monday" (an adjective complement of "be"), "is expected in Suva within
        days" (a passive participle, whatever purpose follows: "is expected in Suva next week to seek a deal"); so a
        visit told that way is future, also in a past tense ("was due in X on Thursday"). None otherwise ("is due to
        visit" is the infinitive's, above)."""
        if c.nominal or c.cameo != VISIT:
            return None  # (not "houses were set on fire": "set" schedules only with "to")
        view = self.found.view(c.head.doc)
        h = c.head.i
        words = [a for a in view.children[h] if view.dep[a] == "acomp"] if view.lemma[h] == "be" \
            else [h] if any(view.dep[a] == "auxpass" for a in view.children[h]) else []
        for word in words:
            if self.cue("scheduled", view.lower[word]):
                return view.text[view.idx[word]:view.end[word]]
        return None

    def _terms_told_under(self, view: ParseView, verb: int) -> str | None:
        """The agreement noun (a ``terms`` cue) a verb with a modal of the future is told under, itself or the verb
        it is joined to: "Under the deal, Peru will train ..." (a ``framework_prep`` on the verb), "a pact under
        which both armies will patrol ..." (on a relative clause of the noun), "Under it, ..." after a sentence
        naming one (``_terms_just_named``). None when there is none."""
        i = verb
        for _ in range(4):
            for prep in view.children[i]:
                if view.dep[prep] != "prep" or view.lower[prep] not in self.words.framework_prep:
                    continue
                for noun in view.children[prep]:
                    if view.dep[noun] != "pobj":
                        continue
                    if view.tag[noun] == "WDT" and view.dep[i] == "relcl" and view.head[i] != i:
                        noun = view.head[i]  # "a pact under which ...": the noun the clause is on
                    if self.cue("terms", view.lemma[noun]):
                        return view.text[view.idx[noun]:view.end[noun]]
                    if view.lower[noun] == "it" and (named := self._terms_just_named(view, noun)) is not None:
                        return named  # "... signed a pact on Monday. Under it, Chile will ...": the pact (session 53)
            if view.dep[i] != "conj" or view.head[i] == i:
                return None
            i = view.head[i]  # "Peru will train police and Bolivia will share data": the first verb's frame
        return None

    def _terms_just_named(self, view: ParseView, pronoun: int) -> str | None:
        """The agreement noun (a ``terms`` cue) the pronoun "it" after a ``framework_prep`` stands for: the last one
        named in the sentence just before, when that sentence names no other noun of its kind ("Chile and Peru
        signed a customs pact on Monday. Under it, Chile will ..."; session 53). None otherwise."""
        sent = view.sent[pronoun]
        if sent == 0:
            return None
        named = [t for t in range(view.sent_start[sent - 1], view.sent_end[sent - 1])
                 if view.pos[t] == "NOUN" and self.cue("terms", view.lemma[t])]
        if len({view.lemma[t] for t in named}) != 1:
            return None
        last = named[-1]
        return f"{view.text[view.idx[last]:view.end[last]]} (named before 'it')"

    def agreed_for_later(self, c: Candidate) -> EventDate | None:
        """Whether the act agreed on (the candidate's head under its agreement frame verb, or the infinitive of a
        frame verb coded with its complement) has a time to come of its own: a date phrase in its words that begins
        after publication ("agreed to hold talks next week") or starts with an ``ahead`` cue ("to resume talks
        later this year"): that date, else None. A date on the agreeing itself ("agreed on Friday to ...") is not
        the act's."""
        if c.frame_token is None or self.base is None or not self.cue("agreement", c.frame_token.lemma_.lower()):
            return None
        view = self.found.view(c.head.doc)
        head = c.head.i
        if head == c.frame_token.i:
            head = next((x for x in view.children[head] if view.dep[x] == "xcomp" and infinitive_at(view, x)), -1)
            if head < 0:
                return None
        for first, _last, date in self.sentence_dates(self.found.sentence(c.head)):
            if head != first and head not in view.ancestors(first):
                continue
            text = date.text.lower()
            if (date.value and date_values.starts_after(date.value, self.base, weeks=True)) \
                    or any(text.startswith(cue) for cue in self.cues.get("ahead", ())):
                return date
        return None

    def invited_trip_of(self, c: Candidate) -> int | None:
        """The trip an invitation the act accepts proposes (``PlaceRules._invited_trip``), for the date rule."""
        return self._invited_trip(self.found.view(c.head.doc), c)

    def _talks_agreed(self, c: Candidate) -> bool:
        """Whether the candidate is an intent to meet or negotiate (CAMEO 036) whose trigger names the talks or meeting
        agreed on (cues.tsv ``meeting``: "agreed to open negotiations", "agreed to hold the next round")."""
        if not c.cameo.startswith(MEETING_INTENT) or c.frame_token is None:
            return False
        # the talks are the act agreed on, in the words of its "to"-infinitive, not an occasion told with the
        # agreeing ("agreed on rules ... following a meeting in Cairo")
        agreed = c.head if c.head.i != c.frame_token.i else self._committed_to(c.frame_token)
        if agreed is None or agreed.i == c.frame_token.i or not _infinitive(self.found.view(c.head.doc), agreed.i):
            return False
        act = {t.i for t in agreed.subtree}
        return any(t.i in act and self.cue("meeting", t.lemma_.lower()) for t in c.trigger)

    def _time_of_the_trip(self, c: Candidate, trip: int) -> str | None:
        """The words of a date phrase told on the trip an accepted invitation proposes (``PlaceRules._invited_trip``:
        "to visit Astana next year", "to pay a visit to Baku in May": ``DateRules.trip_dates``), else None."""
        dates = self.trip_dates(c, trip)
        return dates[0].text if dates else None

    def agreed_to_an_act(self, c: Candidate, cameo: str) -> bool:
        """Whether the candidate is an agreement of no kind of its own (CAMEO 030) coded on its agreement verb (cues.tsv
        ``agreement``) whose open "to"-infinitive, not negated, names the act agreed on ("Ghana and Togo agreed on
        Tuesday to set up joint patrols"). The act it stands for is the act agreed on, which the gold codes as its own
        type and ``intended`` (eval/wire/README.md, agreements); the caller leaves an agreement of the background as
        the agreeing, asserted ("had agreed in 2018 to build a bridge"), and a refusal ("agreed not to deploy troops")
        as it is."""
        if cameo != GENERIC_INTENT or c.nominal or (c.frame_token is not None and c.frame_token.i != c.head.i):
            return False
        view = self.found.view(c.head.doc)
        if not self.cue("agreement", view.lemma[c.head.i]):
            return False
        return any(view.dep[x] == "xcomp" and _infinitive(view, x)
                   and not any(view.dep[n] == "neg" for n in view.children[x]) for x in view.children[c.head.i])

    def _committed_to_cooperate(self, c: Candidate, date: EventDate | None) -> str | None:
        """Why the candidate, an intention (CAMEO 03) coded on the act committed to under an agreement or pledge
        frame verb (cues.tsv ``agreement``, ``commitment``), is the commitment made, when that act is cooperation of
        no kind of its own (cues.tsv ``cooperation``: "agreed to coordinate", "pledged closer cooperation"): the act
        coded is then the agreement itself, ``asserted`` (eval/wire/README.md, modality: "committed to consult each
        other"), unlike a material act agreed on ("agreed to set up a joint task force", intended). An act committed
        to with a time to come of its own stays intended ("agreed to cooperate from next month"). None otherwise."""
        frame = c.frame_token
        if frame is None or c.frame != "intend" or not c.cameo.startswith("03"):
            return None
        lemma = frame.lemma_.lower()
        if not (self.cue("agreement", lemma) or self.cue("commitment", lemma)):
            return None
        act = c.head if frame.i != c.head.i else self._committed_to(frame)
        if act is None or not self.cue("cooperation", act.lemma_.lower()) \
                or any(t.dep_ == "neg" for t in act.children):
            return None
        if date_values.dated_to_come(date, self.base) or self.agreed_for_later(c) is not None:
            return None
        return (f"a commitment made ({frame.text!r} to {act.text!r}, cues.tsv cooperation): the act is the "
                f"committing")

    def _committed_to(self, frame: Token) -> Token | None:
        """What a frame verb coded with its complement commits to: its open "to"-infinitive ("agreed to cooperate"),
        else its object ("pledged closer cooperation") or the object of its "to" ("committed to cooperation")."""
        view = self.found.view(frame.doc)
        doc = frame.doc
        for x in view.children[frame.i]:
            if view.dep[x] == "xcomp" and _infinitive(view, x):
                return doc[x]
        for x in view.children[frame.i]:
            if view.dep[x] == "dobj":
                return doc[x]
            if view.dep[x] == "prep" and view.lower[x] == "to":
                return next((doc[y] for y in view.children[x] if view.dep[y] == "pobj"), None)
        return None

    def _agreed_in_the_future(self, c: Candidate) -> str | None:
        """The modal of the future ("would", "will") of a that-clause the candidate's head heads under its agreement
        frame verb ("agreed that their ministers would meet", "agreed their envoys will meet"), else None; not in a
        sentence with a condition ("would meet if ...")."""
        if c.frame_token is None or not self.cue("agreement", c.frame_token.lemma_.lower()):
            return None
        clause = frame_clause(c)
        if clause is None or self._sentence_has_condition(c.head):
            return None
        view = self.found.view(c.head.doc)
        return next((view.lower[a] for a in view.children[clause.i]
                     if view.dep[a] == "aux" and self.lex.to_come(view.lower[a])), None)

    def _says_future(self, c: Candidate) -> bool:
        view = self.found.view(c.head.doc)
        for child in view.children[c.head.i]:
            if view.dep[child] == "prep" and view.lower[child] == "in" \
                    and any(view.lower[p] == "future" for p in view.children[child]):
                return True
        return False


ABOUT_PREPOSITIONS = ("against", "for", "over", "to")  # "retaliate against the tariffs", "respond to the attack"


def _about(view: ParseView, noun: int, verb: int) -> bool:
    """Whether the event noun is what the verb acts on: its object ("condemned the attack"), or the object of an
    "against", "for", "over" or "to" on it ("retaliate against the tariffs"; not "retaliate with tariffs")."""
    head = view.head[noun]
    if view.dep[noun] == "dobj":
        return head == verb
    return view.dep[noun] == "pobj" and view.lower[head] in ABOUT_PREPOSITIONS and view.dep[head] == "prep" \
        and view.head[head] == verb


def _infinitive(view: ParseView, verb: int) -> bool:
    """A "to"-infinitive clause, or a complement "to" + a verb the tagger took for a noun ("offered to host
    talks": "host" NN)."""
    return infinitive_at(view, verb) or view.dep[verb] == "xcomp" and view.tag[verb] == "NN" \
        and any(view.dep[c] == "aux" and view.lower[c] == "to" for c in view.children[verb])


def _latest_year(view: ParseView) -> dt.date | None:
    """Without a publication date, the latest year the article mentions bounds it from below: a word of four
    digits from 1950 to 2099 (read off the view: a Token for every word of the article cost more than the
    rest of the step on undated copy)."""
    years = [int(w) for w in view.lower if len(w) == 4 and w.isdigit() and 1950 <= int(w) <= 2099]
    return dt.date(max(years), 1, 1) if years else None


def _vouched(judge: StatusJudge, speaker: Speaker, candidate: Candidate) -> str | None:
    """The rule by which the speaker makes the act the doer's own word, with no attribution (said for ``--explain``),
    or None: it speaks for every doer; for a word act of more than one doer, for one of them (a deed,
    ``CameoCode.is_deed``, needs every doer's voice; so does a treaty named as a noun, no signing told: since
    session 55 a signing told is a word act, ``SIGNING``); or it is an unnamed official of a doer's own state relaying
    a word act."""
    rule = judge.vouching_rule(speaker, candidate, every=True)
    named = candidate.nominal and candidate.cameo in SIGNING_CODES  # "the 1976 treaty": its makers are guessed
    if rule is None and not lookup(candidate.cameo).is_deed and not named and len(candidate.sources) > 1:
        rule = next((f"one of the doers': {why}" for side in candidate.sources
                     if (why := judge.vouching_rule(speaker, replace(candidate, sources=(side,)), every=True))
                     is not None), None)
    if rule is None and judge.official_of_a_word_act(speaker, candidate):
        rule = "an unnamed official of a doer's own state relaying a word act: events/vouching.py, " \
               "VouchRules.official_of_a_word_act"
    return rule


def judge(extracted: Extracted, knowledge: Knowledge) -> Judged:
    """Step ``status``: negation, modality, history, date, place and attribution of each candidate.
    A negated future or refused cooperation (CAMEO 03-08) becomes a refusal; a future one (04-08)
    an intention ("will not remove the sanctions" is a refusal to ease them)."""
    article, lexicon, finder = extracted.article, knowledge.lexicon, knowledge.finder
    day = article.date
    judge = StatusJudge(lexicon, extracted.actors, extracted.doc, day, article.text, extracted.quotes,
                        org_of=lambda ref: finder.speaks_for(ref, day).key,
                        home=extracted.actors.home)
    judged: list[JudgedCandidate] = []
    for candidate in extracted.candidates:
        judge.why = {}
        speaker = judge.attribution(candidate)
        # the doer saying it itself asserts it: no attribution (the speaker still governs modality)
        # (a word act relayed by one of its doers is that doer's word: "the two ministers spoke by phone and
        # agreed to meet, Peru's foreign ministry said"; a deed, ``CameoCode.is_deed``, needs
        # every doer's voice)
        # (so is one relayed by an unnamed official of a doer's own state: ``VouchRules.official_of_a_word_act``)
        vouched = _vouched(judge, speaker, candidate) if speaker is not None else None
        own = vouched is not None
        if speaker is not None and vouched is not None:
            judge.why["attribution"] = f"{speaker.text!r} speaks for the doer ({vouched}): no attribution"
        elif speaker is not None and not judge.quoted(candidate) and (denial := judge.denial_of(candidate)) is not None:
            # "Benin denied that French troops were training anyone": the article states the denial, and
            # the act denied is stated as not done in its own voice (asserted, no attribution)
            own = True
            judge.why["attribution"] = f"the content of the denial {denial.text!r}: the article's own"
        date = judge.date(candidate)
        negated = judge.negated(candidate)
        modality = judge.modality(candidate, speaker, date, negated)
        if speaker is not None and not own and modality in ("future", "intended") \
                and (plan := judge.plan_rule(speaker, candidate)) is not None:
            # a plan relayed by the doer's own side is its own word, a deed planned included ("Madrid will give the
            # navy 20 million euros, according to the pact as published"; ``VouchRules.plan_rule``)
            own = True
            judge.why["attribution"] = f"{speaker.text!r} relays a plan of the doer's own side ({plan}): no attribution"
        date = judge.planned(candidate, date, modality)
        if modality == "intended" and (own_time := judge.agreed_for_later(candidate)) is not None and own_time != date:
            # the act agreed on for a time of its own takes that time, not the agreeing's day ("agreed on Monday to
            # meet again in May": May; "... next week": a week, which the gold format writes as no date)
            judge.why["date"] = f"the time {own_time.text!r} of the act agreed on"
            date = own_time
        code = lookup(candidate.cameo)
        cameo, stated = candidate.cameo, modality  # force only threatened or left open was used nowhere
        # a plan of aid told negated ("will not finance the plant") is no refusal: the act, negated (cameo_roots.tsv)
        refusal = lexicon.combine("refuse", cameo) if negated and (
            modality in ("future", "intended") and code.negated_plan_is_refusal or judge.refused(candidate)) \
            and code.may_be_refused else None
        restraint = lexicon.combine("forgo", cameo) if negated and candidate.frame in ("intend", "threaten") \
            and code.root == THREAT_ROOT and judge.content_negated(candidate) else None
        if restraint is not None:  # a promise not to use force is one of restraint, not a threat
            judge.why["cameo"] = f"a threat negated in its act: restraint, {lexicon.why_combine('forgo', cameo)}"
            cameo, negated, modality = restraint, False, "reported" if speaker and not own else "asserted"
        elif refusal is not None:
            judge.why["cameo"] = f"negated and {modality} or refused: a refusal, " \
                f"{lexicon.why_combine('refuse', cameo)}"
            cameo, negated, modality = refusal, False, "reported" if speaker and not own else "asserted"
        elif modality == "hypothetical" and code.is_material_conflict and judge.refused_to_exclude(candidate) \
                and (threat := lexicon.combine("threaten", cameo)):
            # force one refuses to rule out is force one threatens ("refused to rule out military action"); force one
            # only "did not rule out" stays the act, hypothetical ("did not rule out sending troops")
            judge.why["cameo"] = f"force left open is a threat, {lexicon.why_combine('threaten', cameo)}"
            cameo, modality = threat, "reported" if speaker and not own else "asserted"
        elif (modality == "future" or modality == "intended" and judge.term_told_in_future) \
                and code.is_cooperative_act and not negated:  # a negated plan is no intention (no AGREE for it)
            # PLOVER: "all cooperative actions reported in future tense are ... intentions" (the terms of an
            # agreement told with "will" too)
            if lexicon.combine("intend", cameo):
                judge.why["cameo"] = f"future cooperation is an intention, {lexicon.why_combine('intend', cameo)}"
            cameo = lexicon.combine("intend", cameo) or cameo
        historical = judge.historical(candidate, date)
        if modality == "asserted" and not historical and not negated and judge.agreed_to_an_act(candidate, cameo):
            # today's agreement stands for the act agreed on, intended; one of the background is the agreeing
            judge.why["modality"] = "an agreement of today to an act with no code of its own: the act agreed on"
            modality = "intended"
        # read after the history, which takes how long a state has run and when the clause an act comes after happened
        context_date = judge.bounded_by_since(candidate, date) or judge.told_after(candidate, date) \
            or judge.answers_a_thing(candidate, date)
        location = judge.location(candidate, stated, historical)
        if location is None:
            # a signing told again, placed where the lead names the making (events/places.py)
            location = judge.retold_making_place(candidate, historical)
        inferred = judge.struck_home(candidate, stated, historical, negated) if location is None else None
        if inferred is not None:
            judge.why["location"] = f"force used on people of {inferred.text!r}, the dateline's country: its ground"
        elif location is None:
            # a reception at the host's home, a signing of the day in the dateline's country (places_home.py)
            inferred = judge.hosted_home(candidate, stated, historical, negated,
                                         dated=date is not None and date.value is not None)
            if inferred is not None:
                judge.why["location"] = f"a reception or signing with no place named: {inferred.text!r}'s ground"
        if location is None and inferred is None:
            # a meeting, talks or a signing held "at the palace" (a seat_noun) with no country named: the host's
            # ground, the dateline's country (places_home.py)
            inferred = judge.seat_home(candidate, stated, historical, negated)
            if inferred is not None:
                judge.why["location"] = f"held at the seat of a head of state or government: {inferred.text!r}'s ground"
        if location is None and inferred is None:
            # an act the host did at a reception it gave, joined to it or told of a host who received the visitor
            # (events/places.py, PlaceRules.received_home)
            inferred = judge.received_home(candidate, stated, historical, negated)
            if inferred is not None:
                judge.why["location"] = f"done by the host at a reception it gave: {inferred.text!r}'s ground"
        if location is None and inferred is None:
            # a legal step of a state's courts or prosecutors, at home (places_home.py)
            inferred = judge.judged_home(candidate, stated, negated)
            if inferred is not None:
                judge.why["location"] = f"a legal step of {inferred.text!r}'s courts: its ground"
        if location is None and inferred is None:
            # a state's forces mobilized or deployed with no place named, at home (places_home.py)
            inferred = judge.mobilized_home(candidate, stated, negated)
            if inferred is not None:
                judge.why["location"] = f"forces of {inferred.text!r} mobilized with no place named: its ground"
        if location is None and inferred is None:
            # an arrest or seizure of the day by the dateline state's organs told in the lead (places_home.py)
            inferred = judge.lead_held_home(candidate, stated, historical, negated)
            if inferred is not None:
                judge.why["location"] = f"held or seized by {inferred.text!r} in the lead of its dateline: at home"
        if location is None and inferred is None:
            # an international court's act of the day under the dateline of the city it sits in (places_home.py)
            inferred = judge.seated_home(candidate, stated, historical, negated)
            if inferred is not None:
                judge.why["location"] = f"an international court's act under its seat's dateline: {inferred.text!r}"
        if own and speaker is not None and speaker.token.i > candidate.head.i and not judge.quoted(candidate) \
                and (lookup(cameo).is_deed or (judge.legal_deed(candidate) and not historical)) \
                and modality == "asserted" \
                and not judge.cue("announced", candidate.head.lemma_.lower()):
            # a deed the article tells and then sources to the doer's own side ("X shelled the camps, the
            # army said") is still a report; a claim in the doer's own voice ("the army said it had
            # shelled ...", "“Our forces struck ...”"), a statement, a stated plan or a government's
            # decision ("Latvia expelled a Russian diplomat, the foreign ministry said"), a closure of its border
            # included (cues.tsv `announced`: "Chad closed the crossing, the ministry said"), is its own word; a step of
            # the criminal process or a court's act is a deed whatever its quad ("a court sentenced two men, court
            # officials said"; ``VouchRules.legal_deed``)
            own = False
            by = f" ({vouched})" if vouched is not None else ""
            judge.why["attribution"] = f"{speaker.text!r} speaks for the doer{by} but reports a deed: attributed"
        judged.append(JudgedCandidate(candidate, Status(
            cameo=cameo, negated=negated, modality=modality, historical=historical,
            date=date, location=location or inferred, speaker=speaker,
            attribution=speaker.to_attribution() if speaker is not None and not own else None,
            rules=dict(judge.why) if knowledge.explain else None, context_date=context_date,
            location_inferred=inferred is not None,
            date_guessed=date is not None and judge.why.get("date", "").startswith(BODY_DAY))))
    for warning in judge.date_warnings:  # implausible event dates, kept as words without a value
        log.warning("article %s: %s", article.id, warning)
    return Judged(article=article, doc=extracted.doc, actors=extracted.actors, quotes=extracted.quotes,
                  judged=tuple(judged))
