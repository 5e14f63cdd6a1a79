"""An act done under an agreement the article made on the day of its news (session 55, h-date55).

The dev conventions (``eval/wire/README.md``: "a dated agreement framing the act dates it") date what the parties
will do "under" an agreement by that agreement: "Ghana and Togo signed a border pact on Monday. Under the pact,
Ghana will build two customs posts and Togo will open its crossing at night" dates the building and the opening
Monday, the signing's day. So does the signing of the agreement told again later without a day ("The memorandum
was signed in Sofia by the two deputy ministers"). These helpers find the agreement an act's clause is done under
("Under the accord, ...", "under it") or that a verb retells made, and whether the lead tells one made; the rule
itself, which gives the lead's day of the news, is ``DateRules._made_under`` (events/dating.py). An act of the lead
done under an agreement made in the news week takes the day its "under" phrase says, wherever the parser hangs that
phrase in the act's clause (:func:`under_agreement_below`; ``DateRules._under_a_pact_of_the_week``, session 59)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# the pronouns that stand for an agreement named before ("Under it, ...")
_PRONOUNS = frozenset({"it", "this", "that"})
# the relative pronoun of a clause on an agreement ("a deal under which ...")
_RELATIVES = frozenset({"which"})
# the possessive that stands for an agreement named before ("Under its terms, ...")
_POSSESSIVES = frozenset({"its"})
# the dependency labels that end an act's clause going up: a clause of its own hung on another
_CLAUSE_EDGES = frozenset({"ROOT", "ccomp", "relcl", "advcl", "parataxis", "acl", "csubj", "pcomp"})
# the links of a noun to the verb, noun or preposition its act's clause hangs it on: objects, their phrases and lists
_OBJECT_LINKS = frozenset({"dobj", "dative", "pobj", "conj", "appos", "attr"})
# the prepositions before the talks, meeting or call an agreement was made at
_OCCASION_PREPS = frozenset({"at", "during", "in"})


def under_agreement(verb: Token, accord_nouns: frozenset[str], part_nouns: frozenset[str] = frozenset(),
                    contrast_marks: frozenset[str] = frozenset()) -> Token | None:
    """The word naming the agreement a verb's clause is done under: the object of an "under" on the verb or on a verb
    it is joined to or completes, up to its clause's head ("Under the accord, Chile will grant ... and Peru will
    open ...": the accord, for both), when it is an ``accord_noun`` ("the rail accord", "the memorandum"), a
    pronoun for one ("Under it"), or a ``part_noun`` of one ("Under its terms", "under the terms of the deal":
    :func:`_part_of_an_agreement`, session 61); the ``accord_noun`` a relative clause opened by "under which" is on
    ("signed a memorandum under which Korean firms will build ...": the memorandum); and, through a clause a
    ``contrast_mark`` sets beside the one before ("Under the deal, Chile will supply ..., while Korea will lend
    ..."), the agreement of that clause (session 63). None otherwise."""
    word = verb
    for _ in range(8):
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ != "under":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lower_ in _RELATIVES:
                    noun = _relative_clause_noun(word)
                    if noun is not None and noun.lemma_.lower() in accord_nouns:
                        return noun
                elif obj.lemma_.lower() in accord_nouns or obj.lower_ in _PRONOUNS \
                        or _part_of_an_agreement(obj, accord_nouns, part_nouns):
                    return obj
        if word.dep_ == "advcl" and word.head is not word \
                and any(d.dep_ == "mark" and d.lower_ in contrast_marks for d in word.children):
            word = word.head  # (a clause set beside the one before it: the same frame)
            continue
        if word.dep_ in _CLAUSE_EDGES or word.head is word:
            return None
        word = word.head
    return None


def _relative_clause_noun(word: Token) -> Token | None:
    """The noun the relative clause of ``word`` is on (the clause's verb itself, or one it is joined to or
    completes), or None when ``word`` is in no relative clause."""
    for _ in range(4):
        if word.dep_ == "relcl":
            return word.head
        if word.dep_ not in ("conj", "xcomp") or word.head is word:
            return None
        word = word.head
    return None


def _part_of_an_agreement(noun: Token, accord_nouns: frozenset[str], part_nouns: frozenset[str]) -> bool:
    """Whether a noun is a ``part_noun`` of an agreement ("terms", "provisions") whose possessor is a pronoun for one
    ("its terms") or an ``accord_noun`` ("the deal's terms"), or whose "of" object is one ("the terms of the
    accord")."""
    if noun.lemma_.lower() not in part_nouns:
        return False

    def agreement(word: Token) -> bool:
        return word.lemma_.lower() in accord_nouns or word.lower_ in _POSSESSIVES

    for child in noun.children:
        if child.dep_ == "poss" and agreement(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" \
                and any(o.dep_ == "pobj" and (agreement(o) or o.lower_ in _PRONOUNS) for o in child.children):
            return True
    return False


def under_agreement_below(verb: Token, accord_nouns: frozenset[str], saying: Token | None = None) -> Token | None:
    """The ``accord_noun`` after an "under" in a clause the verb's act is done for, below it: a purpose or
    complement clause with no clause on a noun in between ("will donate two boats to help Palau watch its waters under
    an agreement signed Thursday": the agreement, whatever verb of the purpose clause the parser hangs it on), or a
    participle describing the object of such a clause, where the parser hangs a closing "under" phrase ("will ...
    train its crews to stop boats bound for Australian waters under an agreement signed in Colombo on Tuesday"); and,
    with ``saying``, the reporting verb the act's clause is the complement of, when the "under" phrase stands between
    that clause and the saying ("will lend Iran 500 million euros ..., under an agreement the two governments signed
    on Wednesday, the ministry said") (session 61, h-date61). The phrase may hang on any noun of the clause's objects
    and their phrases, or on a participle or "to" infinitive describing one ("will lend another USD 100 million for a
    hospital in Addu City under agreements signed in Riyadh on Monday", "will give Pakistan 60 million euros to
    rebuild schools in districts hit by floods under an agreement signed on Wednesday"), never on a clause with a
    subject of its own (session 66, h-date66). None when none or two."""
    found = []
    words = list(verb.subtree)
    if saying is not None:
        words += [p for p in saying.children if verb.right_edge.i < p.i < saying.i]
    for prep in words:
        if prep.dep_ != "prep" or prep.lower_ != "under" or prep.head.i == verb.i:
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in accord_nouns]
        word = prep.head
        if saying is not None and word.i == saying.i:
            found.extend(objects)
            continue
        while word.i != verb.i:
            if word.dep_ in ("xcomp", "advcl", "ccomp", "conj") and word.pos_ in ("VERB", "AUX"):
                word = word.head
            elif _describes_a_noun(word):
                word = word.head  # (a participle or "to" infinitive on a noun of the act's clause)
            elif word.dep_ in _OBJECT_LINKS and word.pos_ in ("NOUN", "PROPN", "NUM", "PRON") \
                    or word.dep_ == "prep" and word.pos_ == "ADP":
                word = word.head  # (a noun of the act's objects and phrases, down to where the parser hangs "under")
            else:
                break
        if objects and word.i == verb.i:
            found.extend(objects)
    return found[0] if len(found) == 1 else None


def _describes_a_noun(word: Token) -> bool:
    """Whether a verb with no subject of its own describes the noun it hangs on: a participle ("boats bound for
    Australian waters", "districts hit by floods") or a "to" infinitive the parser hangs on the object as a relative
    clause ("150 million euros to modernise its grid": the purpose of the act)."""
    if word.pos_ not in ("VERB", "AUX") or word.head.pos_ not in ("NOUN", "PROPN", "NUM") \
            or any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in word.children):
        return False
    if word.dep_ == "acl":
        return word.tag_ in ("VBN", "VBG")
    return word.dep_ == "relcl" and word.tag_ == "VB" \
        and any(d.dep_ == "aux" and d.lower_ == "to" for d in word.children)


def paper_named(noun: Token, papers: frozenset[str], exchanges: frozenset[str] = frozenset()) -> bool:
    """Whether a noun names an agreement or a paper signed: one of ``papers`` by its lemma, or an ``exchanges`` noun
    whose "of" object is one ("the exchange of notes", "an exchange of notes signed in Male"; session 65)."""
    if noun.lemma_.lower() in papers:
        return True
    return noun.lemma_.lower() in exchanges and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in papers
                                                      for o in p.children)
        for p in noun.children)


def retells_the_making(verb: Token, accord_nouns: frozenset[str], accord_verbs: frozenset[str],
                       exchanges: frozenset[str] = frozenset()) -> Token | None:
    """The agreement a verb tells made again, as one named before: an ``accord_verb`` whose object or passive subject
    is an ``accord_noun`` with "the", "this" or "that" ("The memorandum was signed in Sofia by ...", "signed the
    accord at the ministry"), or an ``exchanges`` noun of one (:func:`paper_named`: "The exchange of notes was
    signed by ..."); None otherwise."""
    if verb.lemma_.lower() not in accord_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "oprd") and paper_named(child, accord_nouns, exchanges) \
                and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in child.children):
            return child
    return None


def occasion_of_a_making(noun: Token, occasion_nouns: frozenset[str], accord_nouns: frozenset[str],
                         accord_verbs: frozenset[str]) -> Token | None:
    """The agreement whose making, told again, a ``making_occasion_noun`` is the occasion of: the noun after "at",
    "during" or "in" on a verb that retells the making of "the" agreement (:func:`retells_the_making`: "The agreement
    was reached during a video call between ...", "The accord was reached ... at talks between ..."); None otherwise
    (session 62, h-date62)."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in occasion_nouns or prep.dep_ != "prep" \
            or prep.lower_ not in _OCCASION_PREPS:
        return None
    return retells_the_making(prep.head, accord_nouns, accord_verbs)


def tells_a_making(words: list[Token], accord_nouns: frozenset[str], accord_verbs: frozenset[str],
                   exchanges: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence's words tell an agreement made: an ``accord_verb`` heading its main clause or a clause
    joined to it or said ("Chile and Peru agreed on Monday to ...", "signed a pact, the ministry said"), or an
    ``accord_noun`` that is an argument of an ``accord_verb`` ("signed a defence pact", "the memorandum was signed",
    whatever label the parser gives it, up through a compound or a conjunct: "signed a trade and transit accord"),
    or that a participle of such a verb tells more of ("a deal signed in Accra"); with ``exchanges``, also a paper
    that a participle of one of them makes ("under notes exchanged in Vientiane") and an exchange of papers
    (:func:`paper_named`: "an exchange of notes signed in Male"; session 65). Not a noun after a preposition
    ("accused Peru of breaking the pact")."""
    for word in words:
        if word.pos_ == "VERB" and word.lemma_.lower() in accord_verbs and word.dep_ in ("ROOT", "conj", "ccomp"):
            return True
        if not paper_named(word, accord_nouns, exchanges):
            continue
        if any(child.dep_ == "acl" and child.lemma_.lower() in accord_verbs | exchanges for child in word.children):
            return True
        noun = word
        for _ in range(3):
            if noun.dep_ not in ("compound", "conj", "amod", "nmod") or noun.head is noun:
                break
            noun = noun.head
        if noun.dep_ not in ("prep", "pobj", "agent") and noun.head is not noun \
                and noun.head.lemma_.lower() in accord_verbs:
            return True
    return False
