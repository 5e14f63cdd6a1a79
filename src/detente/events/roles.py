"""Constructions where the parse's subject is not the doer, or its doer stands elsewhere
(used by :mod:`detente.events.extract`):

- a passive conjunct with no subject of its own ("Castillo tried to dissolve Congress and was
  arrested", "he was ousted and arrested") shares its subject as the one acted on (:func:`shared_patient`);
- a conjunct whose passive auxiliary is left out ("the fishermen had been beaten and their boats seized")
  has its own subject as the one acted on, whatever the tagger read (:func:`gapped_patient`);
- a passive with no "by" phrase, its own or shared with the verb before, names no doer (:func:`agentless_passive`);
- "X was to blame" (``blame_verb`` in words.tsv): X is blamed, whoever says so blames (:func:`blamed`);
- a verb hung on a name the parser made the root is the sentence's predicate (:func:`predicate_of_fragment`);
- "called for Serbia to recognise ...": the parser's adverbial clause with a "for" mark and a subject of its
  own is the verb's complement, its subject the one asked (:func:`for_clause`).
- "X was responsible for the killing", "were guilty of violating" (``culpable_adjective`` in words.tsv): the one
  the adjective is said of did the act (:func:`culpable_adjective`; the doers in ``doers.py``).
- "accused X of ..., two weeks after Ethiopian troops left the area, and asked the AU to ...": a conjunct the parser
  joined to an adverbial clause set off by commas goes on the main clause (:func:`main_clause_conjunct`).
- "denied that its soldiers had crossed the border and accused Kinshasa of ...": a finite conjunct the parser joined
  to the clause a denial denies, with no subject of its own, may be the denier's (:func:`denied_clause_conjunct`).
- "police detained two fishermen who had crossed the boundary and charged them with ...": a conjunct the parser
  joined to a relative clause, whose object pronoun can only be the relative clause's head, goes on the main clause
  (:func:`relative_clause_conjunct`); so does one with an auxiliary of its own that cannot go with the relative
  clause's subject ("freed nine fishermen who were held ... and has returned their boat":
  :func:`misjoined_main_conjunct`, session 49).
- "Abdoulaye Bathily on Tuesday urged ...": a name the tagger misread (a rare surname as an adverb, a first name as
  an auxiliary or a preposition) and the parser hung on the verb instead of making it its subject is the subject
  all the same (:func:`misread_subject`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from spacy.tokens import Token

    from detente.actors.refs import DocActors
    from detente.events.lexicon import Words
    from detente.parse_view import ParseView

# how the parser hangs on a verb a name before it whose words the tagger misread ("Bathily" an adverb, "Getachew"
# an auxiliary, "Than" a preposition, "Abdoulaye" a noun of time)
MISREAD_NAME_DEPS = frozenset({"advmod", "npadvmod", "dep", "compound", "nmod", "aux", "mark", "prep", "intj",
                               "meta"})
# how it hangs the verb on such a name when it made a word of the name a verb or the root ("Getachew Reda late on
# Friday accused ...": "accused" an adverbial clause of "Getachew")
HUNG_VERB_DEPS = frozenset({"advcl", "ccomp", "conj", "dep"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
DOER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # entity types a misread subject may be named by


def shared_patient(verb: Token) -> Token | None:
    """The subject a passive conjunct shares with the verb before it ("tried ... and was arrested"):
    whom the act was done to, not who did it; None for any other verb."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    # its own passive auxiliary ("and was arrested"), or the one before's ("was ousted and arrested": a past
    # participle with no object of its own)
    if not any(c.dep_ == "auxpass" for c in verb.children) and not (
            verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children)
            and not any(c.dep_ in ("dobj", "aux") for c in verb.children)):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def main_clause_conjunct(verb: Token) -> Token | None:
    """The verb of the main clause a conjunct with no subject of its own goes on when the parser joined it to an
    adverbial clause with a subject and a subordinating word of its own, set off by a comma before it and one
    before the conjunction ("Kenya accused Somalia of ..., two weeks after Ethiopian troops left the area, and
    asked the AU to send monitors": Kenya asked, not the troops); None for any other verb ("after the
    troops crossed the river and attacked a post": the troops did both)."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "advcl" or head.head.i >= head.i \
            or head.head.pos_ not in ("VERB", "AUX") or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) \
            or not any(c.dep_ == "mark" for c in head.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    doc = verb.doc
    start = head.left_edge.i
    joined = [c for c in (*head.children, *verb.children) if c.dep_ == "cc" and head.i < c.i < verb.i]
    if start == 0 or doc[start - 1].text != "," or not joined or doc[joined[0].i - 1].text != ",":
        return None
    return head.head


def relative_clause_conjunct(view: ParseView, verb: int, words: Words) -> tuple[int, int] | None:
    """(the main clause's verb, the relative clause's head) when the parser joined a finite verb with no subject of
    its own to the verb of a relative clause on that verb's object, and the verb's object is a pronoun that can
    only stand for the relative clause's head: "police detained two fishermen who had crossed the boundary and
    charged them with illegal fishing" (the fishermen do not charge themselves: the police charge them, and "them"
    is the fishermen), "seized a boat that had entered its waters and towed it to port". The pronoun must agree in
    number with the head ("them" a plural or joined noun, "him", "her", "it" a single one) and with no object of the
    relative clause's own verb ("who had attacked a guard and robbed him": the guard may be; such a clause is left
    alone; "who had sailed into its waters and charged them": a place the clause went to is no object; "who crossed
    the border while chasing smugglers and charged them": the object of a clause inside it is not either). None
    for any other verb. ``words``: words.tsv's pronoun lists."""
    dep, head, children, tag, lower = view.dep, view.head, view.children, view.tag, view.lower
    relative = head[verb]
    if dep[verb] != "conj" or dep[relative] != "relcl" or tag[verb] not in FINITE_TAGS \
            or any(dep[c] in ("nsubj", "nsubjpass", "csubj", "auxpass") for c in children[verb]):
        return None
    noun = head[relative]
    main = head[noun]
    if dep[noun] != "dobj" or view.pos[main] not in ("VERB", "AUX") or view.pos[noun] not in ("NOUN", "PROPN") \
            or not any(dep[c] == "nsubj" for c in children[main]) \
            or not any(dep[c] == "nsubj" and tag[c] in ("WP", "WDT") for c in children[relative]):
        return None
    pronouns = [c for c in children[verb] if dep[c] == "dobj" and tag[c] == "PRP"
                and lower[c] in (words.pronoun_object | words.pronoun_thing | words.pronoun_feminine)]
    if not pronouns:
        return None
    plural = lower[pronouns[0]] in words.pronoun_plural

    def agrees(n: int) -> bool:
        many = tag[n] in ("NNS", "NNPS") or any(dep[c] == "conj" for c in children[n])
        return many == plural

    if not agrees(noun):
        return None
    first, last = view.edges(verb)
    own = set(range(first, last + 1))
    def argument(n: int) -> bool:  # the relative clause's own argument, not one of a clause inside it
        while head[n] != relative:
            n = head[n]
            if dep[n] in ("advcl", "xcomp", "ccomp", "acl", "relcl", "conj"):
                return False
        return True

    inside = [n for n in range(view.edges(relative)[0], view.edges(relative)[1] + 1)
              if n not in own and n != verb and view.pos[n] in ("NOUN", "PROPN")
              and (dep[n] in ("dobj", "dative") or (dep[n] == "conj" and dep[head[n]] in ("dobj", "dative")))
              and argument(n)]
    if any(agrees(n) for n in inside):
        return None
    return main, noun


def denied_clause_conjunct(verb: Token, reporting: Mapping[str, str]) -> Token | None:
    """The denial verb (a ``deny`` frame of ``reporting``: reporting.tsv's lemmas and kinds) to whose complement
    clause, with a subject of its own, the parser joined a finite verb with no subject or auxiliary of its own
    ("denied that its soldiers had crossed the border and accused Kinshasa of ...", "denied that Eritrean forces
    were in Tigray and accused ..."): the verb may be the denier's second act, not more of what is denied; the
    caller decides by the kind of act (a word act is the denier's; "had entered the town and killed" stays the
    soldiers'). None for any other verb."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or reporting.get(head.head.lemma_.lower()) != "deny" \
            or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass") for c in verb.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    return head.head


def agentless_passive(verb: Token, view: ParseView) -> bool:
    """Whether a verb is a passive with no agent: its own passive auxiliary or subject, a conjunct sharing
    the passive before it ("were pardoned and freed"), or a participle on a noun ("a worker detained in
    raids"). ``view``: the parse view of the verb's doc."""
    deps = {view.dep[c] for c in view.children[verb.i]}
    if "agent" in deps:
        return False
    if deps & {"auxpass", "nsubjpass"}:
        return True
    if shared_patient(verb) is not None or gapped_patient(verb) is not None:
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def gapped_patient(verb: Token) -> Token | None:
    """The subject of a conjunct that leaves out the passive auxiliary of the verb before it ("the fishermen
    had been beaten and their boats seized"): a verb with a subject of its own, no auxiliary and no object,
    joined to a passive. Its subject underwent the act (the boats were seized); None for any other verb."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.head.tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" for c in verb.head.children) \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def blamed(verb: Token, words: Words) -> Token | None:
    """The one "X was to blame" (``blame_verb`` in words.tsv) blames: the copula's subject, which is
    the act's target, not its doer; None for any other verb."""
    if verb.dep_ != "xcomp" or verb.lemma_.lower() not in words.blame_verb or verb.head.lemma_ != "be" \
            or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def culpable_adjective(act: Token, words: Words) -> Token | None:
    """The ``culpable_adjective`` (words.tsv) whose "for"/"of" object ``act`` is ("was responsible for the
    killing", "were guilty of violating the truce"), or None."""
    prep = act.head
    if act.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return None
    adjective = prep.head
    if adjective.lemma_.lower() not in words.culpable_adjective or adjective.i == adjective.head.i:
        return None
    return adjective


def predicate_of_fragment(verb: Token) -> bool:
    """When the parser makes a name the root ("Petro, whose ..., offered to host talks"), a verb
    hung on it with a complement of its own is the sentence's predicate."""
    return verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN") and \
        any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in verb.children)


def for_clause(verb: Token, complement: Token) -> bool:
    """Whether ``complement`` is a to-infinitive with a "for" mark and a subject of its own hung on ``verb``
    as an adverbial clause ("called for Serbia to recognise the results", "pressed for Japan to act"): the
    parser's reading of the complement of an appeal made of its subject."""
    return complement.dep_ == "advcl" and complement.head.i == verb.i \
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in complement.children) \
        and any(c.dep_ == "nsubj" for c in complement.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children)


def misread_subject(view: ParseView, verb: int, name_ending: Callable[[int], tuple[int, int] | None]) \
        -> tuple[int, int] | None:
    """The name (its token span) the parser failed to make the subject of ``verb`` ("Abdoulaye Bathily on Tuesday
    urged ...": "Bathily" read as an adverb of "urged"), or None. The verb is finite and has no subject; the name (a
    span ``name_ending(i)`` gives as ending at token ``i``) stands before it with nothing between but a time phrase,
    an adverb or commas ("late on Friday", "on Tuesday,"); every word from the name to the verb hangs inside that
    stretch (a name inside a prepositional phrase, "In Nairobi on Tuesday, ...", hangs on its preposition); and
    a word of the name hangs on the verb in a way a subject never should (``MISREAD_NAME_DEPS``), or the verb
    hangs on a word of the name (``HUNG_VERB_DEPS``). A capitalised verb that opens the sentence and that the verb
    hangs on, just before a name, is the name's first word ("Said Abdullahi Deni on Tuesday accused ...")."""
    dep, head = view.dep, view.head
    if view.tag[verb] not in FINITE_TAGS or any(dep[c] in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent")
                                                for c in view.children[verb]):
        return None  # a participle has no subject of its own ("the Iran-backed group", "an Australian-funded patrol")
    i, span = verb - 1, None
    while i >= 0 and span is None:
        span = name_ending(i)
        if span is None and not _time_or_comma(view, i):
            return None
        i -= 1
    if span is None:
        return None
    start, end = span
    if start > 0 and view.pos[start - 1] in ("VERB", "AUX") and view.opens_sentence(start - 1) \
            and view.text[view.idx[start - 1]].isupper() and head[verb] == start - 1:
        start -= 1  # "Said Abdullahi Deni on Tuesday accused ...": the first name read as the verb the rest hangs on
    for t in range(start, verb):
        if head[t] == t and t < end:
            continue  # a word of the name made a root of its own
        if not start <= head[t] <= verb:
            return None
    if any(head[t] == verb and dep[t] in MISREAD_NAME_DEPS for t in range(start, end)) \
            or (start <= head[verb] < end and dep[verb] in HUNG_VERB_DEPS):
        return start, end
    return None


def name_ending(found: DocActors, view: ParseView, i: int) -> tuple[int, int] | None:
    """The token span of a name that ends at token ``i``: a mention the actors table holds (no outlet), else an
    entity of ``DOER_ENTITIES``; None if no name ends there."""
    span = found.spans.get(i)
    if (i in found.by_token or i in found.groups) and span is not None and span[1] == i + 1 and i not in found.outlets:
        return span
    if view.ent_type[i] in DOER_ENTITIES and (i + 1 == len(view.head) or view.ent_iob[i + 1] != "I"):
        start = i
        while start > 0 and view.ent_iob[start] == "I":
            start -= 1
        return start, i + 1
    return None


def _time_or_comma(view: ParseView, i: int) -> bool:
    """Whether token ``i`` may stand between a subject and its verb: a comma, a word of a date or time,
    an adverb ("late", "also"), a preposition whose object is a date or time ("on" Tuesday)."""
    if view.lower[i] == "," or view.ent_type[i] in TIME_ENTITIES:
        return True
    if view.pos[i] == "ADV":
        return not view.ent_type[i]
    objects = [c for c in view.children[i] if view.dep[c] == "pobj"]
    return view.pos[i] == "ADP" and bool(objects) and all(view.ent_type[c] in TIME_ENTITIES for c in objects)


def out_of_preps(view: ParseView, verb: int, words: Words) -> list[int]:
    """The "of" (its index) of each "out of" phrase on the verb at ``verb`` (``out_of_particle`` in words.tsv: "out"),
    which the parser hangs on "out" as a preposition, adverb or particle of the verb: "pulled its diplomats out of
    Tehran". Read by the withdrawal's target (``ParticipantRules._out_of``) and its place
    (``PlaceRules._withdrawn_from``)."""
    dep, lower, children = view.dep, view.lower, view.children
    return [of for out in children[verb]
            if dep[out] in ("prep", "advmod", "prt") and lower[out] in words.out_of_particle
            for of in children[out] if dep[of] == "prep" and lower[of] == "of"]


def misjoined_main_conjunct(view: ParseView, verb: int) -> int | None:
    """The main clause's verb when the parser joined a verb with no subject of its own but an auxiliary of its own to
    the verb of a relative clause on that verb's object, and the auxiliary's number cannot be the relative clause's
    subject's: "Malaysia has freed nine fishermen who were detained last month and has returned their boat" ("has"
    cannot go with the fishermen: Malaysia returns the boat; session 49). None for any other verb."""
    dep, head, children, tag, lower = view.dep, view.head, view.children, view.tag, view.lower
    relative = head[verb]
    if dep[verb] != "conj" or dep[relative] != "relcl" \
            or any(dep[c] in ("nsubj", "nsubjpass", "csubj") for c in children[verb]):
        return None
    aux = next((c for c in children[verb] if dep[c] in ("aux", "auxpass") and c < verb), None)
    noun = head[relative]
    main = head[noun]
    if aux is None or dep[noun] != "dobj" or view.pos[main] not in ("VERB", "AUX") \
            or not any(dep[c] == "nsubj" for c in children[main]) \
            or not any(dep[c] in ("nsubj", "nsubjpass") and tag[c] in ("WP", "WDT") for c in children[relative]):
        return None
    plural = tag[noun] in ("NNS", "NNPS") or any(dep[c] == "conj" for c in children[noun])
    singular_aux = lower[aux] in ("has", "is", "was", "does")
    plural_aux = lower[aux] in ("have", "are", "were", "do")
    return main if (plural and singular_aux) or (not plural and plural_aux and tag[aux] != "VB") else None
