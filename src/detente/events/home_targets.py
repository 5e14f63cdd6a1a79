"""Home critics: a country's own opposition, parties, lawmakers, unions or activists acting on their own government
(issue 11, session 49, h-dom49).

A story of a deal between two states goes on with what the opposition at home made of it: "In Sylvania, the
opposition Green Party criticised the deal", "Freedonian opposition lawmakers criticised the agreement and demanded
that the government publish its terms", "the dockers' union staged a walkout over the accord". Such a criticism,
demand or protest is aimed at the doers' own state, not at the deal's parties (which the event anaphora of
``events/article_sides.py`` and ``events/referents.py`` give "criticised the deal"), nor at the other state whose
capital the article named last ("the government" read as that state's). :func:`home_targets` gives an act

- an appeal, a demand, a criticism or a protest (CAMEO 02, 10, 11, 14: ``home_critic`` in data/cameo_roots.tsv)
- whose known doers are all home critics: of a ``home_critic_sector`` of ``data/lexicon/words.tsv`` (opposition,
  party, legislature, labour), a party of the knowledge base, or a body it does not know whose name ends in a
  ``body_noun`` ("the Zora Party", ``actors/named_bodies.py``); lawmakers, not the legislature itself named by a
  ``home_state_noun`` ("Patria's parliament demanded ...": the body speaks for its state),
- of one country: their own, else the country of an "In <place>," that opens the sentence ("In Sylvania, the Green
  Party ..."; a capital's or a town's country), else, for a body with no country, the dateline's; that country's state
  must be named in the article (it is a party of the story, not a bystander),

its own country as its target in place of

- the targets it has from another sentence (the deal's parties, the other party of the act it answers), and
- a bare ``home_state_noun`` of its sentence ("the government", "parliament") resolved to another country's: that
  country's own body of the same sector,

and, for an act with no known target whose clause names no actor of another country nor people the knowledge base
does not know ("criticised the concession", "demanded that the government go further", "a walkout by opposition
lawmakers"), its own country. An actor of another country named in its sentence as its target ("urged Patria's
foreign minister to explain ...") leaves the act as it is: the addressee is named. A body the rule gave a country
from the opener or the dateline keeps it as a doer.

An act of such doers of any other root ("welcomed the package but accused the government of ...": the welcome shares
"the government" with the joined accusation before this rule reads it) keeps all its sides but one: a bare
``home_state_noun`` of its sentence read as another country's is their own state's body (:func:`_own_state_nouns`;
session 65, h-fd65).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import lookup
from detente.events.doers import known
from detente.events.phrases import opening_in

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.refs import ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import CountryOf, Side
    from detente.events.lexicon import Words

PARTY_KIND = "party"  # the knowledge base's kind of a political party
BODY_KIND = "group"  # the kind of a body the knowledge base does not know (actors/named_bodies.py)


def home_targets(candidates: list[Candidate], found: DocActors, words: Words,
                 country: CountryOf) -> list[Candidate]:
    """Give each appeal, demand, criticism or protest of home critics their own country as its target (see the
    module's docstring)."""
    out = []
    for candidate in candidates:
        home = home_of(candidate, found, words)
        if home is not None:
            candidate = _retarget(candidate, home, found, words, country)
        elif (home := home_of(candidate, found, words, any_act=True)) is not None:
            candidate = _own_state_nouns(candidate, home, found, words, country)
        out.append(candidate)
    return out


def home_of(candidate: Candidate, found: DocActors, words: Words, any_act: bool = False) -> str | None:
    """The one country of an act's home-critic doers (their own, the sentence's "In <place>," opener's, or for bodies
    with no country the dateline's), when the act's root is ``home_critic`` (data/cameo_roots.tsv), or with
    ``any_act`` whatever its root, and that country's state is named in the article; else none."""
    doers = [r for _, r in known(candidate.sources)]
    if not (any_act or lookup(candidate.cameo).is_home_critic_act) or not doers \
            or not all(critic(r, words) for r in doers):
        return None
    if any(t.lemma_.lower() in words.home_state_noun for t, _ in known(candidate.sources)):
        return None  # "Iran's parliament demanded ...": the legislature as a whole speaks for its state
    opener = opener_country(candidate, found)
    countries = {r.country for t, r in known(candidate.sources) if r.country and not (opener and _bare(t, r))}
    if len(countries) > 1:
        return None
    home = next(iter(countries), None) or opener
    if home is None and found.home is not None and all(r.kind == BODY_KIND for r in doers):
        home = found.home.country
    if home is None or not any(r.country == home and (r.kind == "country" or r.sector == "GOV")
                               for r in found.by_token.values()):
        return None
    return home


def critic(ref: ActorRef, words: Words) -> bool:
    """Whether an actor is a country's own actor outside its government who acts on it (see the module's
    docstring)."""
    if ref.country and (ref.kind == PARTY_KIND or (ref.sector or "").lower() in words.home_critic_sector):
        return True
    last = ref.name.split()[-1].lower() if ref.name else ""
    return ref.kind == BODY_KIND and ref.code is None and last in words.body_noun


def _bare(token: Token, ref: ActorRef) -> bool:
    """Whether a doer is a sector's bare noun whose country the resolver took from the context ("opposition
    lawmakers", "the opposition"): no name, demonym or possessive in its phrase, which an "In <place>," opener of its
    sentence overrides."""
    return ref.kind == "sector" and not any(t.ent_type_ in ("NORP", "GPE") or t.pos_ == "PROPN" or t.dep_ == "poss"
                                            for t in token.subtree)


def opener_country(candidate: Candidate, found: DocActors) -> str | None:
    """The country of an "In <place>," that opens the act's sentence ("In Sylvania, ...", "In Freedon, ..."), or
    none."""
    span = found.sentences[candidate.sentence]
    view = found.view(span.doc)
    place = next(iter(opening_in(view, view.sent[span.start])), None)
    if place is None:
        return None
    if place in found.places:
        return found.places[place][1]
    ref = found.by_token.get(place)
    return ref.country if ref is not None and ref.kind in ("country", "capital") else None


def _retarget(candidate: Candidate, home: str, found: DocActors, words: Words, country: CountryOf) -> Candidate:
    """The act with its own country ``home`` as its target in place of the others (see the module's docstring)."""
    targets: list[Side] = []
    changed = False
    for token, ref in candidate.targets:
        if ref.kind == "unresolved" or ref.country == home:
            targets.append((token, ref))
        elif found.sentence_of.get(token.i) != candidate.sentence:
            changed = True  # a side from another sentence: the deal's parties, whom an earlier act was done to
        elif _bare_state_noun(token, words) and (own := country(home, ref.sector or "GOV")) is not None:
            targets.append((token, own))
            changed = True
        else:
            return candidate  # an actor of another country named in its sentence: the addressee
    if not any(r.kind != "unresolved" and r.country == home for _, r in targets):
        if not changed and (known(candidate.targets) or not _aimed_nowhere(candidate, home, found, words)):
            return candidate
        state = country(home)
        if state is None:
            return candidate
        targets.append((candidate.head, state))
    sources = [(t, _own_doer(t, r, home, country)) for t, r in candidate.sources]
    return dataclasses.replace(candidate, sources=tuple(sources), targets=tuple(targets))


def _own_state_nouns(candidate: Candidate, home: str, found: DocActors, words: Words,
                     country: CountryOf) -> Candidate:
    """An act of home critics of ``home`` whatever its root ("welcomed the package but accused the government of
    ..."): a bare ``home_state_noun`` of its own sentence read as another country's is ``home``'s body of its sector,
    and a body with no country among its doers gets ``home`` (as :func:`_retarget` gives them); nothing else
    changes."""
    targets: list[Side] = []
    for token, ref in candidate.targets:
        if ref.kind != "unresolved" and ref.country not in (None, home) \
                and found.sentence_of.get(token.i) == candidate.sentence and _bare_state_noun(token, words) \
                and (own := country(home, ref.sector or "GOV")) is not None:
            ref = own
        targets.append((token, ref))
    if targets == list(candidate.targets):
        return candidate
    sources = [(t, _own_doer(t, r, home, country)) for t, r in candidate.sources]
    return dataclasses.replace(candidate, sources=tuple(sources), targets=tuple(targets))


def _own_doer(token: Token, ref: ActorRef, home: str, country: CountryOf) -> ActorRef:
    """A doer of the home country ``home``: a body with no country given it, a bare sector noun of another country's
    (:func:`_bare`) made ``home``'s body of that sector."""
    if ref.kind == BODY_KIND and ref.country is None:
        return dataclasses.replace(ref, country=home)
    if ref.country not in (None, home) and _bare(token, ref) and ref.sector:
        return country(home, ref.sector) or ref
    return ref


def _bare_state_noun(token: Token, words: Words) -> bool:
    """Whether a target is a ``home_state_noun`` with nothing on it but an article ("the government",
    "parliament")."""
    return token.lemma_.lower() in words.home_state_noun and token.dep_ != "pobj" \
        and all(c.dep_ == "det" for c in token.children)


def _aimed_nowhere(candidate: Candidate, home: str, found: DocActors, words: Words) -> bool:
    """Whether the clause of an act with no known target names no actor of another country than ``home`` and no
    people the knowledge base does not know as its unresolved targets."""
    if any(words.is_person_noun(t.lemma_.lower()) or t.lemma_.lower() in words.pair_nouns
           for t, r in candidate.targets if r.kind == "unresolved"):
        return False
    verb = candidate.frame_token if candidate.frame_token is not None else candidate.head
    doers = {t.i for t, _ in candidate.sources}
    return not any(r.kind != "unresolved" and r.country not in (None, home) for t in verb.subtree
                   if t.i not in doers for r in found.refs_at(t.i))


def home_target_from(candidate: Candidate, token: Token, ref: ActorRef, found: DocActors,
                     words: Words) -> str | None:
    """How a target came in when :func:`home_targets` gave it (for ``--explain``): the doers' own country, not
    named there as such."""
    bare = _bare_state_noun(token, words)
    if not ref.country or found.by_token.get(token.i) == ref \
            or home_of(candidate, found, words, any_act=bare) != ref.country \
            or not (token.i == candidate.head.i or bare):
        return None
    return "the own country of home critics (opposition, party, lawmakers, union) acting on their state " \
           "(events/home_targets.py)"
