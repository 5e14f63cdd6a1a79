"""The other party of a two-party story for a step a state takes with its own means and that names no one it is
aimed at (issue 11, session 48, h-tgtm48): "recalled its ambassador", "withdrew its troops", "closed its airspace",
"put its army on alert".

Such a step moves the doer's own envoy, forces, border or airspace: its object is a thing of the doer's own (the output
leaves it out) and the text does not name whom it is aimed at, which is the other state of the quarrel the story is
about. ``events/context.py`` gives the story's other party to words told late (a cut in relations among them) but
leaves deeds alone, as a deed of a side told later is as often aimed at someone else ("has launched a dozen missiles
since January"). A step of ``OWN_MEANS_CODES`` is not such a deed: an envoy recalled is recalled from someone, troops
withdrawn are withdrawn from someone's ground. :func:`own_means_counterparts` gives it the story's other main party
(``context.main_parties``) when

- the article is a story, of two parties by far (``context.of_two_parties``);
- the act is told by a verb, not as not done (``context.negated``), by known doers all of one state
  (``context.not_state``: not rebels), one of the story's two main parties, with no known target;
- the verb's object, when it has one, is owned by a possessive pronoun ("its ambassador", "their troops"): a step
  with another's thing or people ("closed the crossing", "withdrew the bill") is not one with its own means;
- its sentence names, as a party of a clause, no party but the two (``context.parties``), nor the two as partners of
  a joint act (``context.partners``), nor, in any role, a known actor of a third party
  (``nominal_sides.names_a_third_party``);
- the other main party is named as a party of a clause in the sentence, or before it: its mention in the sentence,
  else its latest one before, is the target.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.context import (
    as_sides,
    earlier_mentions,
    negated,
    not_state,
    parties,
    partners,
    party,
    pronoun_owned,
)
from detente.events.doers import known
from detente.events.nominal_sides import names_a_third_party, two_party_story

if TYPE_CHECKING:
    from detente.actors.resolve import DocActors
    from detente.events.context import Claim
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon, Words

# CAMEO: de-escalate (a bare withdrawal), retreat militarily, increase military alert, reduce or break diplomatic
# relations (an envoy recalled), impose a blockade or restrict movement (a border or airspace closed)
OWN_MEANS_CODES = frozenset({"087", "0874", "152", "161", "191"})


def own_means_counterparts(candidates: list[Candidate], found: DocActors, lexicon: Lexicon,
                           story: set[str]) -> list[Candidate]:
    """Give each step a state of a two-party story takes with its own means, aimed at no one named, the story's other
    party when its sentence names no third (see the module's docstring; ``story``:
    ``nominal_sides.two_party_story``)."""
    words = lexicon.words
    if not story:
        return candidates
    out = []
    for candidate in candidates:
        taken = _taken(candidate, found, words, story)
        if taken:
            candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *as_sides(found, taken)))
        out.append(candidate)
    return out


def own_step_taken(candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether :func:`own_means_counterparts` gave ``candidate`` its target (for ``--explain``: it runs before the
    counterpart rules of ``events/context.py``, so a candidate it fits got its side here, whatever its targets now)."""
    story = two_party_story(found, words) if candidate.cameo in OWN_MEANS_CODES else set()
    own = {party(r) for _, r in known(candidate.sources)}
    before = dataclasses.replace(candidate, targets=tuple(
        (t, r) for t, r in candidate.targets if r.kind == "unresolved" or party(r) not in story - own))  # as it was
    return bool(story) and bool(_taken(before, found, words, story))


def _taken(candidate: Candidate, found: DocActors, words: Words, story: set[str]) -> list[Claim]:
    """The other main party's mention a step with its own means takes (see the module's docstring), or none."""
    if not _own_step(candidate, found, story):
        return []
    own = {party(r) for _, r in known(candidate.sources)}
    named = parties(found, candidate.sentence, words)
    if not set(named) <= story or partners(found, candidate.sentence, words) & story \
            or names_a_third_party(found, candidate.sentence, story):
        return []
    other = story - own
    here = [claim for key, claim in named.items() if key in other]
    before = [claim for key, claim in earlier_mentions(found, candidate.sentence, words, party) if key in other]
    return here or before[-1:]


def _own_step(candidate: Candidate, found: DocActors, story: set[str]) -> bool:
    """Whether a candidate is a verb's act of ``OWN_MEANS_CODES``, not told as not done, whose known doers are all one
    state of the story's two, with no known target and no object but a thing of its own."""
    doers = known(candidate.sources)
    if candidate.nominal or candidate.cameo not in OWN_MEANS_CODES or not doers \
            or any(not_state(r) for _, r in doers) or negated(candidate, found):
        return False
    own = {party(r) for _, r in doers}
    if any(party(r) not in own or not pronoun_owned(t) for t, r in known(candidate.targets)):
        return False  # a known target; a thing of the doer's own ("its ambassador", which the output drops) is none
    objects = [c for c in candidate.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return len(own) == 1 and own < story \
        and all(any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children) for o in objects)
