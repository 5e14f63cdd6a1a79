"""Receivers of relief told in a story datelined in the country that gets it (issue 11, session 48, h-aid48:
aid acts found with the target empty).

Copy about a flood, a quake or a shortage told from the stricken country names the donors one by one and
leaves the receiver to the dateline: "KATHMANDU (AFP) - ... Japan's foreign ministry said it would provide
tents and water purifiers" (Nepal). :func:`aid_here` gives a gift of money, relief or asylum, or the pledge
of one (``article_sides.GIFT_CODES``), still with no known target after the article-level rules, the
dateline's country (``DocActors.home``), standing with the act's word, when

- the article names the dateline's country by an actor of it ("BRUSSELS - The EU will send aid": the story is
  the bloc's, not Belgium's; "MEXICO CITY - ... Russia will send fuel" to a third country the story is about);
- the act names no receiver by a country noun the resolver left unresolved ("pledged aid to the island nation":
  someone the text names, not the dateline's country; ``words.tsv`` ``country_noun``);
- the act has known doers, none of them of the dateline's country (a state giving at home is no gift to itself)
  nor a firm (``coop_targets.state_firm``: a firm's cargo is trade, not a gift);
- the same doers' other aid in the article went to no other country than the dateline's (``article_sides.aid_act``:
  "SUVA - Australia gave relief to Fiji and to Samoa ... Canberra also promised funding": both, not Fiji alone);
- it is not told as not done (``context.negated``), nor as the content of a denial or an accusation
  (``coop_targets.denied_or_charged``: "denied that its embassy had given money to anyone");
- its sentence names no actor of a third country, and no place of another country than the dateline's
  ("... said it would send aid to the camps in Chad": Chad's, not the dateline's): the receiver would be that.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.article_sides import GIFT_CODES, aid_act
from detente.events.context import negated, party
from detente.events.coop_targets import denied_or_charged, state_firm
from detente.events.doers import known

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.refs import ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon

def aid_here(candidates: list[Candidate], found: DocActors, lexicon: Lexicon) -> list[Candidate]:
    """Give each gift with no known target the dateline's country when its sentence leaves no other (see the
    module's docstring)."""
    home = found.home
    if home is None or not home.country:
        return candidates
    country = home.country
    if not any(r.country == country for r in found.by_token.values() if r.code):
        return candidates
    out = []
    for candidate in candidates:
        if _receives(candidate, found, country, lexicon) and not _given_elsewhere(candidate, candidates, country):
            candidate = dataclasses.replace(candidate, targets=(*candidate.targets, (candidate.head, home)))
        out.append(candidate)
    return out


def _receives(candidate: Candidate, found: DocActors, country: str, lexicon: Lexicon) -> bool:
    """Whether the dateline's country ``country`` is the gift's receiver."""
    doers = [r for _, r in known(candidate.sources)]
    if candidate.cameo not in GIFT_CODES or not doers or known(candidate.targets):
        return False
    if _country_noun_receiver(candidate, lexicon):
        return False  # "pledged aid to the island nation": a receiver named, which the resolver did not find
    if any(r.country == country or state_firm(r) for r in doers):
        return False
    if negated(candidate, found) or denied_or_charged(candidate, lexicon):
        return False
    span = found.sentences[candidate.sentence]
    own = {r.country for r in doers if r.country}
    if any(r.code and r.country and r.country not in own and r.country != country
           for t in range(span.start, span.end) for r in found.refs_at(t)):
        return False
    places = {found.places[t][1] for t in range(span.start, span.end) if t in found.places}
    return not any(p is not None and p != country and p not in own for p in places)


def _country_noun_receiver(candidate: Candidate, lexicon: Lexicon) -> bool:
    """Whether the act's verb names its receiver by a country noun ("to the island nation", "gave the kingdom ..."),
    whatever the resolver made of it."""
    nouns = lexicon.words.country_noun
    heads = [c for c in candidate.head.children if c.dep_ in ("dative", "dobj")]
    holders = [candidate.head, *heads]  # "pledged aid to X": the parser hangs "to" on the object as often
    heads += [g for h in holders for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in nouns for h in heads)


def _given_elsewhere(candidate: Candidate, candidates: list[Candidate], country: str) -> bool:
    """Whether the gift's doers gave other aid in the article (``article_sides.aid_act``) to a party that is not the
    dateline's country ``country``."""
    doers = {party(r) for _, r in known(candidate.sources)}
    return any(party(r) != country for e in candidates if e is not candidate and aid_act(e.cameo)
               and doers & {party(ref) for _, ref in known(e.sources)} for _, r in known(e.targets) if r.code)


def dateline_receiver(candidate: Candidate, token: Token, ref: ActorRef, found: DocActors) -> str | None:
    """How a target came in when :func:`aid_here` gave it (for ``--explain``): the dateline's country standing with
    the act's own word, not named there."""
    if candidate.cameo not in GIFT_CODES or found.home is None or ref != found.home or token.i != candidate.head.i \
            or found.by_token.get(token.i) == ref:
        return None
    return "the dateline's country, which a foreign donor's relief told from there goes to (events/aid_here.py)"
