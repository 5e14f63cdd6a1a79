"""The doer of an arrest told in a passive that names no doer and no place of its own: the state that says it was
made, else the state of the story's ground ("Two officers were injured and 40 people were arrested", "Thirty
students were detained overnight"; session 46, h-arrest46).

Wire copy tells the clashes, the march or the raid with its place, then the arrests in a short passive of
their own: the state whose ground the story is on holds the people. An arrest or charge (CAMEO ``DETAIN``, 173)
told by a ``state_act_verb`` of ``data/lexicon/words.tsv`` (not a ``summons_verb``) in an agentless passive
(:func:`detente.events.roles.agentless_passive`) that is still without a known doer after the clause rules
(``CodeSideRules.state_doers``: the places of its own clause, the person's own state) and the story of custody
(``events/restated.py``) is done by

0. the state body that says it was made, the subject of the saying verb the passive is the complement of
   (``HOLDING_SECTORS``: "Ruritanian police said 40 people had been arrested"), when the people held are of no
   known country or of another; else by the government of
1. the one country of the places its sentence names (not a sea's name, the far side of a border, nor a name that
   stands for an actor: "Kenya protested"), when the sentence names no actor of another country outside the people
   held ("Miners rallied in Potosi, and dozens were jailed"); else, for people the text gives no country,
2. the one country of the places the sentence before it in the same paragraph names ("Farmers blocked
   the highway near Cusco ... Thirty were detained"), else
3. the country of the dateline, unless the sentence before in the paragraph names an actor of another country.

A place of a country the story names no actor of (nor its dateline) is passed over: a town of the same name
elsewhere more often than the story's ground. People of a known country (a demonym on them or their apposition:
"two Egyptian men", "its driver, a Jordanian national") take the ground of their own sentence only: told of from
their own capital they are as often held abroad. The demonym's country is the act's target; people at home with
no nationality are no target, and this step runs after the story's other party is tried
(:func:`detente.events.context.counterparts`, which skips an act with no doer), so that party is not added.
A passive of no one that no rule gives a doer (kept by the extractor for the story of custody) is dropped here.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import DETAIN
from detente.events.context import same_paragraph
from detente.events.doers import known
from detente.events.roles import agentless_passive, gapped_patient, shared_patient

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.refs import DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import CountryOf, Ground, Side
    from detente.events.lexicon import Lexicon, Words

# the sectors of a state (CAMEO actor codes) whose saying that people were arrested tells that it arrested them:
# government, army, police, security service, courts (not a legislature nor an elite)
HOLDING_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


def held_here(candidates: list[Candidate], found: DocActors, lexicon: Lexicon, ground: Ground,
              country: CountryOf) -> list[Candidate]:
    """Give an agentless arrest with no known doer the government of the story's ground, and the country a demonym
    on the people held names as its target (see the module's docstring); drop a passive of no one left with neither
    doer nor target."""
    words = lexicon.words
    out: list[Candidate] = []
    for candidate in candidates:
        if not known(candidate.sources) and _held(candidate, found, words):
            subjects = _subjects(candidate.head)
            people = [(t, r) for t, r in _demonyms(subjects, found)
                      if all(r.code != k.code for _, k in candidate.targets)]
            held = {r.country for _, r in (*known(candidate.targets), *people) if r.country}
            home = _ground(candidate, found, ground, held, {t.i for s in subjects for t in s.subtree})
            doers = _reporting_holder(candidate.head, found, lexicon, held) or (
                [(candidate.head, g) for g in (country(home, "GOV") if home is not None else None,) if g is not None])
            if doers:
                candidate = dataclasses.replace(candidate, sources=tuple(doers),
                                                targets=(*candidate.targets, *people))
        if candidate.sources or candidate.targets:
            out.append(candidate)
    return out


def _held(candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether a candidate is an arrest or charge told by a state's verb in a passive with no agent."""
    view = found.view(candidate.head.doc)
    lemma = view.lemma[candidate.head.i]
    return candidate.cameo.startswith(DETAIN) and not candidate.nominal and lemma in words.state_act_verb \
        and lemma not in words.summons_verb and agentless_passive(candidate.head, view)


def _subjects(verb: Token) -> list[Token]:
    """The people a passive is told of: its subject, or the one it shares or leaves out
    (:func:`detente.events.roles.shared_patient`, :func:`detente.events.roles.gapped_patient`)."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    shared = shared_patient(verb) or gapped_patient(verb)
    return own or ([shared] if shared is not None else [])


def _demonyms(subjects: list[Token], found: DocActors) -> list[Side]:
    """The countries the demonyms on the people held name, on their noun or its apposition ("two Egyptian men",
    "its driver, a Jordanian national")."""
    nouns = [*subjects, *(a for s in subjects for a in s.children if a.dep_ == "appos")]
    return [(m, ref) for n in nouns for m in n.children if m.dep_ in ("amod", "compound")
            for ref in (found.by_token.get(m.i),) if ref is not None and ref.kind == "country"]


def _reporting_holder(verb: Token, found: DocActors, lexicon: Lexicon, held: set[str]) -> list[Side]:
    """The state body (``HOLDING_SECTORS``: government, forces, police, security service, courts; a body of a
    breakaway state too) that says the arrest was made, as the subject of the saying verb the passive is the
    complement of ("Ruritanian police said 40 people had been arrested"), when the people held are of no known
    country or of another than its."""
    token = verb
    while token.dep_ in ("ccomp", "conj") and token.head.i != token.i:
        token = token.head
        if lexicon.frames(token.lemma_.lower(), "say"):
            return [(s, r) for s in token.children if s.dep_ == "nsubj" for r in found.refs_at(s.i)
                    if r.kind != "person" and r.sector in HOLDING_SECTORS and r.country
                    and r.country not in held][:1]
    return []


def _ground(candidate: Candidate, found: DocActors, ground: Ground, held: set[str],
            subject: set[int]) -> str | None:
    """The country whose ground the arrest is told on (steps 1-3 of the module's docstring), or None; ``held``:
    the countries of the people held, ``subject``: the tokens that tell of them."""
    number = candidate.sentence
    here = _place_countries(number, found, ground)
    if len(here) == 1:
        [country] = here
        return country if not _foreign_actor(number, found, country, subject) else None
    if here or held:
        return None  # places of several countries, or people of a known country
    home = found.home.country if found.home is not None else None
    if number > 0 and same_paragraph(found, number - 1, number):
        before = _place_countries(number - 1, found, ground)
        if before:  # places of several countries give none
            there = next(iter(before)) if len(before) == 1 else None
            return there if there is not None and not _foreign_actor(number, found, there, subject) else None
        if home is not None and _foreign_actor(number - 1, found, home, set()):
            return None  # the paragraph so far is about another country's people or state
    return home if home is not None and not _foreign_actor(number, found, home, subject) else None


def _place_countries(number: int, found: DocActors, ground: Ground) -> set[str]:
    """The countries of the places a sentence names (not a sea's name nor the far side of a border; not a name
    that stands for an actor, "Kenya protested", "Moscow said") that the story is about (:func:`_story_country`)."""
    span = found.sentences[number]
    view = found.view(span.doc)
    countries = {found.places[t][1] for t in range(span.start, span.end)
                 if t in found.places and t not in found.by_token
                 and not ground.names_water(view, t) and not ground.across_border(view, t)}
    return {c for c in countries if c is not None and _story_country(found, c)}


def _story_country(found: DocActors, country: str) -> bool:
    """Whether the story is about a country: the dateline's, or one an actor it names belongs to (a place of a
    country the story names no actor of is as often a town of the same name elsewhere: it is passed over)."""
    home = found.home.country if found.home is not None else None
    return country == home or any(r.country == country for r in found.by_token.values())


def _foreign_actor(number: int, found: DocActors, country: str, subject: set[int]) -> bool:
    """Whether a sentence names an actor of another country than ``country``, outside the people held
    (``subject``: their nationality makes them no doer)."""
    span = found.sentences[number]
    return any(r.code and r.country and r.country != country
               for t in range(span.start, span.end) if t not in subject for r in found.refs_at(t))
