"""Doers of an act told in the passive with no agent by a state's speaker (issue 11, session 54, h-pass54).

A government that reports its own deeds tells them in the passive: "Turkey said 40 migrants had been deported",
"the ministry said the envoy had been asked to explain", "the next round will be held in Tokyo, the ministry said",
"the men were detained last week, according to the coast guard". The doer is the state whose speaker says it,
when the clause names no one else who did it. :func:`told_doers` gives it (the events step, after
``restated_doers``), on the parse alone:

- the act is a verb in the passive with no agent (:func:`detente.events.roles.agentless_passive`: its own passive,
  a conjunct sharing one, a participle on a noun), and the clause rules left it with no known doer;
- its clause is the content of a verb of saying or denying (the ccomp chain up to "said", "denied"), or its sentence
  is told by one ("..., the ministry said": a saying verb hung on the clause's top as a parataxis or complement),
  or it carries "according to" on its own clause's verbs;
- it runs after the doers an act told again takes from the earlier one (``events/restated.py``): "Belgian police
  arrested two Russians ... The two men were detained on Monday, prosecutors said" is the police's act, once;
- the speaker is one state body or a state's official (:func:`detente.events.ground.state_force`) of one country;
- the act is no act of force nor a charge or threat by words (CAMEO 11, 13, 18-20): "the two men were killed, the
  ministry said" tells of another's deed (often one done to the speaker's own people), and so does "was accused";
- the act is done to a known party, none of the speaker's own country: "New Delhi had not been consulted, an Indian
  official said" and "our citizens were refused entry, the ministry said" are done to the speaker by another, and
  "the boat was escorted to port, officials said" or "all seven were freed, a minister said", done to no one the
  text names, as often retell an earlier act (whose doer ``events/restated.py`` gives, or none).

The doer stands with the speaker's words and actor. :func:`told_doer_from` says so for ``--explain``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Protocol

from detente.events.cameo import DISAPPROVE_ROOT, FORCE_ROOTS, THREAT_ROOT, lookup
from detente.events.doers import known
from detente.events.ground import state_force
from detente.events.roles import agentless_passive

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from detente.actors.refs import DocActors
    from detente.events.ground import Side
    from detente.events.lexicon import Lexicon
    from detente.records import Candidate

OTHERS_ROOTS = frozenset(FORCE_ROOTS | {DISAPPROVE_ROOT, THREAT_ROOT})  # acts a speaker tells as done by others
CLIMB = ("ccomp", "conj")  # a clause that is a saying verb's content, or joined to one
TOLD_ON_TOP = ("parataxis", "ccomp")  # "..., the ministry said": the saying verb the parser hangs on the clause


class Speakers(Protocol):
    """What the rule reads from the extractor: the lexicon, the doc's actors, doers and the actors of a phrase."""

    lex: Lexicon
    found: DocActors

    def subjects(self, verb: Token, depth: int = 0) -> list[Side]: ...

    def actors_at(self, token: Token, depth: int = 0) -> list[Side]: ...


def _saying(lexicon: Lexicon, token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and lexicon.says(token.lemma_.lower())


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def speakers_of(rules: Speakers, verb: Token) -> list[Side]:
    """Who tells the clause ``verb`` heads: the subject of the saying verb it is the content of (up through
    complements and conjuncts), else of a saying verb hung on the top of that chain ("..., the ministry said"), else
    the object of "according to" on a verb of the chain. Known actors only; [] when none."""
    chain = [verb]
    token = verb
    while token.dep_ in CLIMB and token.head.i != token.i:
        token = token.head
        if _saying(rules.lex, token):
            return known(rules.subjects(token))
        chain.append(token)
    for child in token.children:
        if child.dep_ in TOLD_ON_TOP and _saying(rules.lex, child) and child.i > verb.i:
            return known(rules.subjects(child))
    return [side for v in chain for prep in v.children if prep.dep_ == "prep" and prep.lower_ == "according"
            for to in prep.children if to.dep_ == "prep" for o in to.children if o.dep_ == "pobj"
            for side in known(rules.actors_at(o))]


def told_doers(candidates: list[Candidate], rules: Speakers) -> list[Candidate]:
    """Give a verb's candidate with no known doer the state speaker who tells it (:func:`speaker_doers`)."""
    out: list[Candidate] = []
    for candidate in candidates:
        head = candidate.head
        if not known(candidate.sources) and not candidate.nominal and head.pos_ in ("VERB", "AUX"):
            doers = speaker_doers(rules, head, candidate.cameo, candidate.targets)
            if doers:
                candidate = dataclasses.replace(candidate, sources=(*candidate.sources, *doers))
        out.append(candidate)
    return out


def speaker_doers(rules: Speakers, verb: Token, code: str, targets: Sequence[Side]) -> list[Side]:
    """The doer of an act told in the passive with no agent by one state's speaker (the module's rule), or []."""
    if int(code[:2]) in OTHERS_ROOTS or not agentless_passive(verb, rules.found.view(verb.doc)):
        return []
    speakers = speakers_of(rules, verb)
    countries = {ref.country for _, ref in speakers}
    if not speakers or len(countries) != 1 or None in countries or not all(state_force(r) for _, r in speakers):
        return []
    if not known(targets) or any(ref.country in countries for _, ref in known(targets)):
        # done to no one named ("the boat was escorted to port", "all seven were freed"): as often the story's earlier
        # act told again, whose doer the restated acts' rules give; done to the speaker's own side: by another
        return []
    return speakers[:1]


def told_doer_from(candidate: Candidate, token: Token, lexicon: Lexicon) -> str | None:
    """For ``--explain``: the rule's words when the doer ``token`` is the speaker of the saying verb its passive act
    is told by (not the act's own subject), else None."""
    head = candidate.head
    if candidate.nominal or head.pos_ not in ("VERB", "AUX") or lookup(candidate.cameo).root in OTHERS_ROOTS:
        return None
    if not _passive(head) and not (head.dep_ == "acl" and head.tag_ == "VBN") \
            and not (head.dep_ == "conj" and _passive(head.head)) or any(c.dep_ == "agent" for c in head.children):
        return None
    base = token
    while base.dep_ in ("conj", "appos") and base.head.i != base.i:
        base = base.head
    if base.dep_ == "nsubj" and _saying(lexicon, base.head) or base.dep_ == "pobj" and base.head.lower_ == "to" \
            and base.head.head.lower_ == "according":
        return "the state speaker who tells the act, told in the passive with no agent (events/told_by.py, told_doers)"
    return None
