"""Stances told as acts: the judgments and warnings that carry an act with no verb of the lexicon on it (issue 11,
acts the coder missed). Calling an act or a party something condemnable is a criticism (CAMEO 111: "called the
decision baseless", "described the move as a provocation", "said the decision was disappointing"; a judging word on
the noun it is called, "called the closure an unjustified act"; in a relative clause on the judged noun with no
relative word, the verb's object is what the noun is called, "a deployment the government called a provocation"; a
participle hung on a verb of saying that is no act is an act of its own, "the ministry said in a note, calling
the shooting unacceptable", and so is one hung on an act that is no word of disapproval, an appeal, a demand, a cut
in relations, "demanded the crew's release, calling the seizure an illegal act" (session 46:
``OWN_JUDGMENT_ROOTS``, :meth:`StanceRules._asked_by`), while one on a criticism, a protest, an accusation, a
rejection or a denial comments on it, and one the parser hangs on a clause told inside another is left alone);
calling a charge so (an ``accusation_noun``: "called
the accusations absurd", "an allegation the ministry called baseless") rejects it (120), aimed at the accuser by the
replies (events/replies.py), unless a denial of the same speaker is joined to it (session 44), and saying
one's side will respond, or take measures of response, or keeps the right to, is a threat of no stated kind (130:
"said Moscow would respond", "said China would take all necessary measures"). The words are ``condemning_word``,
``response_verb``, ``measure_verb``, ``response_measure`` and ``response_modifier`` in ``data/lexicon/words.tsv``.
A mixin of :class:`detente.events.extract.Extractor`, which builds the candidates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.cameo import REDUCE_RELATIONS_ROOT, REQUEST_ROOTS, lookup
from detente.events.code_sides import CodeSideRules
from detente.events.context import party
from detente.events.doers import known
from detente.events.lexicon import RELATIVE_WORDS

# the roots of acts a judging participle hung on them is an act of its own beside (CAMEO 02 appeal, 10 demand,
# 16 reduce relations: "demanded the crew's release, calling the seizure an illegal act"); not force nor coercion, whose
# participle the parser also hangs on an act told before a parenthetical "X said" ("guards detained 12 fishermen, the
# ministry said, calling the arrests arbitrary": the ministry's)
OWN_JUDGMENT_ROOTS = REQUEST_ROOTS | {REDUCE_RELATIONS_ROOT}

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.ground import Side


class StanceRules(CodeSideRules):
    """Judgments and warnings read off a clause (see the module's docstring)."""

    def judgment(self, verb: Token) -> Token | None:
        """The word of condemnation (``condemning_word``) a naming verb calls its object: an object complement
        ("called the sanctions illegal"), a predicate the parser hung on the object after it ("called the measures
        'illegal and inhumane'", "called Lima's response 'disproportionate'"), or an "as" phrase ("described the
        move as a provocation", or hung by the parser on the object: "described the expulsions as hasty"), or an
        adjective on the noun so named ("called the closure an unjustified act"); in a
        relative clause on the judged noun with no relative word, the verb's object is what the noun is called ("a
        deployment the government called a provocation"). None if it calls it nothing of the kind, if the verb is a
        participle hung on another clause ("protested to X, calling the drills a provocation": one act, the
        protest) unless that clause's verb is one of saying that codes no act (:meth:`_said_by`), or if its object
        is "what" ("summoned the envoy over what it called interference": the words of the act it hangs on). An
        object with an ``accusation_noun`` folded into its phrase is itself what is said ("called the allegation
        'nonsense'", parsed as one noun)."""
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and not self._said_by(verb) \
                and not self._asked_by(verb):
            return None  # "protested to X, calling the drills a provocation": the participle comments on the act
        if verb.dep_ != "relcl" and any(c.lower_ == "what" for c in self._children(verb, ("dobj",))):
            # "lodged a complaint over what it called a flagrant violation": a clause of "what" names the object of
            # the act or phrase it hangs on, in the doer's words; the act's own words, no criticism of its own (a
            # relative clause on a noun is one: "a speech that Athens described as a breach of the accord")
            return None
        said: list[Token] = list(self._children(verb, ("oprd",)))
        if not said and verb.dep_ == "relcl" and any(c.lower_ not in RELATIVE_WORDS
                                                    for c in self._children(verb, ("nsubj",))):
            # "a deployment the government called a provocation": in a clause on the noun it judges, with no
            # relative word, what the parser takes for the object is what the noun is called
            said += [c for c in self._children(verb, ("dobj",)) if c.lower_ not in RELATIVE_WORDS]
        for obj in self._children(verb, ("dobj",)):
            said += [c for c in self._children(obj, ("amod", "appos")) if c.i > obj.i]
            if any(c.lemma_.lower() in self.words.accusation_noun for c in self._judged_in(obj)):
                said.append(obj)  # "called the allegation nonsense", parsed as one noun: the object is what is said
        said += [p for c in self._children(verb, ("prep",)) if c.lower_ == "as" for p in self._children(c, ("pobj",))]
        # "described the expulsions as hasty": the parser hangs the "as" phrase on the object
        said += [p for obj in self._children(verb, ("dobj",)) for c in self._children(obj, ("prep",))
                 if c.lower_ == "as" for p in self._children(c, ("pobj", "amod", "acomp"))]
        for word in said:
            for token in (word, *(c for c in word.subtree if c.dep_ == "conj" and c.head.i == word.i)):
                # the word, or what its "of" names: "called the boarding an act of piracy", "a form of blackmail"
                for named in (token, *(p for c in self._children(token, ("prep",)) if c.lower_ == "of"
                                       for p in self._children(c, ("pobj",)))):
                    if named.lemma_.lower() in self.words.condemning_word:
                        return named
                # a noun the object is called with a word of condemnation on it: "called the closure an unfriendly
                # act", "described the drills as a provocative step", "illegal unilateral sanctions"
                if token.pos_ in ("NOUN", "PROPN"):
                    for modifier in self._children(token, ("amod",)):
                        for word in (modifier, *self._children(modifier, ("conj",))):
                            if word.lemma_.lower() in self.words.condemning_word:
                                return word
        return None

    def judged_charge(self, verb: Token) -> bool:
        """Whether what a naming verb judges (:meth:`judgment`) is an accusation (``accusation_noun``: "called the
        accusations baseless", "dismissed the charge as absurd", "an allegation the ministry called a fabrication"):
        the object, or the noun a relative clause with no relative word hangs on. Judging a charge rejects it (120)
        and answers its author, as the dev gold codes it; judging an act criticises its doer (111). Not when the
        verb is joined to a denial of the same speaker ("denied sending arms and called the accusation a smear":
        the denial is the rejection, the judgement a criticism of the accuser besides; the parser may join the
        judging verb to the denied clause's verb instead: "denied that X had sent arms and called ...")."""
        joined = list(self._children(verb, ("conj",)))
        token = verb
        while token.dep_ in ("conj", "advcl", "ccomp", "xcomp") and token.head.i != token.i:
            token = token.head
            joined.append(token)
        if any(self.lex.frames(t.lemma_.lower(), "deny") for t in joined):
            return False
        judged = list(self._children(verb, ("dobj",)))
        # "called the allegation 'nonsense'", parsed as one noun phrase: the judged noun a modifier of the word said
        judged += [c for o in (*judged, *self._children(verb, ("oprd",))) for c in self._judged_in(o)]
        if verb.dep_ == "relcl" and verb.head.i != verb.i:
            judged = [verb.head]  # "an accusation the embassy called absurd": the clause's object is what it is called
        return any(t.lemma_.lower() in self.words.accusation_noun for t in judged)

    def _judged_in(self, said: Token) -> list[Token]:
        """The nouns before a word a naming verb says, that the parser folded into its phrase ("called the
        allegations groundless", "the allegation 'nonsense'": "allegation" a compound or nmod of the word said)."""
        return [c for c in self._children(said, ("compound", "nmod")) if c.i < said.i and c.pos_ == "NOUN"]

    def _said_by(self, participle: Token) -> bool:
        """Whether a participle hangs on a verb of saying that is no act itself ("the ministry said in a note,
        calling the shooting unacceptable", "told a briefing, calling the charges groundless"): then its judgment is
        the act told, not a comment on another."""
        host = participle.head
        return participle.dep_ == "advcl" and host.i != participle.i and host.pos_ == "VERB" \
            and self.lex.frames(host.lemma_.lower(), "say") \
            and self.lex.match_verb(host, self.found.view(host.doc)) is None

    def _asked_by(self, participle: Token) -> bool:
        """Whether a participle hangs on an act that is no word of disapproval: an appeal, a demand, a cut in
        relations (``OWN_JUDGMENT_ROOTS``: "demanded the crew's release, calling the seizure an illegal act",
        "recalled its envoy, calling the visit a hostile act"). Its judgment is then a criticism of its own; one hung
        on a criticism, a protest, an accusation, a rejection or a denial is that act's words."""
        host = participle.head
        if participle.dep_ == "conj" or host.i == participle.i or host.pos_ != "VERB" \
                or self.lex.frames(host.lemma_.lower(), "deny"):
            return False  # "denied that its forces had fired, calling the claim a provocation": the denial's words
        top = host
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        said = top.dep_ == "ccomp" and self.lex.frames(top.head.lemma_.lower(), "say")
        if top.dep_ != "ROOT" and not said:
            return False  # hung by the parser on a clause told inside another ("demanded that X free the sailors it
            # seized, calling ..."): whose judgment it is, that clause's subject does not say
        code = self._code_verb(host)[0]
        return code is not None and int(code[:2]) in OWN_JUDGMENT_ROOTS

    def response(self, clause: Token, future: bool) -> Token | None:
        """The verb of responding (``response_verb``) a reported clause says its subject will use or keeps the right
        to: "said Moscow would respond", "said Sudan will respond to this aggression", "said the United States
        reserved the right to respond"; not a reply to words ("would respond to the request", ``authored_noun``
        and speech) nor a negated one ("did not respond")."""
        verbs = [clause] if future else []
        if clause.lemma_.lower() == "reserve":  # "reserved the right to respond"
            verbs += [v for o in self._children(clause, ("dobj",)) if o.lemma_.lower() == "right"
                      for v in self._children(o, ("acl", "xcomp"))]
        for verb in verbs:
            if self._has_child(verb, ("neg",)):
                continue
            if self._measures(verb):
                return verb  # "said China would take all necessary measures": a threat of no stated kind
            if verb.lemma_.lower() not in self.words.response_verb:
                continue
            answered = [p for c in self._children(verb, ("prep",)) if c.lower_ == "to"
                        for p in self._children(c, ("pobj",))]
            view = self.found.view(verb.doc)
            if any(p.lemma_.lower() in self.words.authored_noun or (
                    (noun := self.lex.event_noun(p, view)) is not None and lookup(self.lex.nouns[noun]).is_speech)
                   for p in answered):
                continue  # "would respond to the letter", "to the request": a reply
            return verb
        return None

    def _measures(self, verb: Token) -> bool:
        """Whether a verb takes measures of response: a ``response_measure`` noun ("measures", "action") with a
        ``response_modifier`` on it ("all necessary measures", "corresponding action", "response measures"), or a
        countermeasure; "take measures to curb inflation" names none."""
        if verb.lemma_.lower() not in self.words.measure_verb:
            return False
        for obj in self._children(verb, ("dobj",)):
            lemma = obj.lemma_.lower()
            if lemma in self.words.response_measure and (lemma == "countermeasure" or any(
                    c.dep_ in ("amod", "det", "compound", "predet") and c.lemma_.lower() in self.words.response_modifier
                    for c in obj.children)):
                return True
        return False

    def judged_clause(self, verb: Token, speakers: list[Side]) -> list[Side] | None:
        """"X said the decision was disappointing", "said the strikes were illegal": whom the speaker criticises
        (111) by calling an act or a party so (a ``condemning_word`` after a copula in the reported clause): whoever
        the clause's subject is or names ("said Russia's move was illegal": Russia); None if the reported clause
        is no such judgment. ``speakers``: the subjects of ``verb``."""
        if not known(speakers):
            return None
        for child in self._children(verb, ("ccomp",)):
            if child.lemma_ != "be" or self._has_child(child, ("neg",)):
                continue
            words = [t for c in self._children(child, ("acomp", "attr"))
                     for t in (c, *self._children(c, ("conj",))) if t.lemma_.lower() in self.words.condemning_word]
            if not words:
                continue
            subjects = list(self._children(child, ("nsubj",)))
            if any(s.pos_ == "PRON" for s in subjects):
                return None  # "said it was illegal": what "it" is, the clause does not say
            own = {party(r) for _, r in speakers}
            return [(t, r) for s in subjects for t, r in self.actors_at(s) or self._inside(s, True)
                    if party(r) not in own]
        return None
