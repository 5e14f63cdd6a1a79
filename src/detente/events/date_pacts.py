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
# the dependency labels that end an act's clause going up: a clause of its own hung on another
_CLAUSE_EDGES = frozenset({"ROOT", "ccomp", "relcl", "advcl", "parataxis", "acl", "csubj", "pcomp"})


def under_agreement(verb: Token, accord_nouns: frozenset[str]) -> Token | None:
    """The word naming the agreement a verb's clause is done under: the object of an "under" on the verb or on a verb
    it is joined to or completes, up to its clause's head ("Under the accord, Chile will grant ... and Peru will
    open ...": the accord, for both), when it is an ``accord_noun`` ("the rail accord", "the memorandum") or a
    pronoun for one ("Under it"); None otherwise."""
    word = verb
    for _ in range(8):
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ != "under":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in accord_nouns or obj.lower_ in _PRONOUNS):
                    return obj
        if word.dep_ in _CLAUSE_EDGES or word.head is word:
            return None
        word = word.head
    return None


def under_agreement_below(verb: Token, accord_nouns: frozenset[str]) -> Token | None:
    """The ``accord_noun`` after an "under" in a clause the verb's act is done for, below it: a purpose or
    complement clause with no clause on a noun in between ("will donate two boats to help Palau watch its waters under
    an agreement signed Thursday": the agreement, whatever verb of the purpose clause the parser hangs it on); None
    when none or two."""
    found = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "under" or prep.head.i == verb.i:
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in accord_nouns]
        word = prep.head
        while word.i != verb.i and word.dep_ in ("xcomp", "advcl", "ccomp", "conj") and word.pos_ in ("VERB", "AUX"):
            word = word.head
        if objects and word.i == verb.i:
            found.extend(objects)
    return found[0] if len(found) == 1 else None


def retells_the_making(verb: Token, accord_nouns: frozenset[str], accord_verbs: frozenset[str]) -> Token | None:
    """The agreement a verb tells made again, as one named before: an ``accord_verb`` whose object or passive subject
    is an ``accord_noun`` with "the", "this" or "that" ("The memorandum was signed in Sofia by ...", "signed the
    accord at the ministry"); None otherwise."""
    if verb.lemma_.lower() not in accord_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "oprd") and child.lemma_.lower() in accord_nouns \
                and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in child.children):
            return child
    return None


def tells_a_making(words: list[Token], accord_nouns: frozenset[str], accord_verbs: frozenset[str]) -> bool:
    """Whether a sentence's words tell an agreement made: an ``accord_verb`` heading its main clause or a clause
    joined to it or said ("Chile and Peru agreed on Monday to ...", "signed a pact, the ministry said"), or an
    ``accord_noun`` that is an argument of an ``accord_verb`` ("signed a defence pact", "the memorandum was signed",
    whatever label the parser gives it, up through a compound or a conjunct: "signed a trade and transit accord"),
    or that a participle of such a verb tells more of ("a deal signed in Accra"). Not a noun after a preposition
    ("accused Peru of breaking the pact")."""
    for word in words:
        if word.pos_ == "VERB" and word.lemma_.lower() in accord_verbs and word.dep_ in ("ROOT", "conj", "ccomp"):
            return True
        if word.lemma_.lower() not in accord_nouns:
            continue
        if any(child.dep_ == "acl" and child.lemma_.lower() in accord_verbs for child in word.children):
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
