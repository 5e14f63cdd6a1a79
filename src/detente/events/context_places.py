"""The targets of acts whose clause names none, taken from where they happen: a protest aimed at the body
of a state it is held at or at the state it makes demands of, or at the protesters' own government when
they protest at home; a show of force aimed at the country it is held near. Run by
:func:`detente.events.context.counterparts` before the story's other party is tried.

A protest (CAMEO 14) whose clause names no known target is aimed at the body of a state it is held
at, named after a ``seat_prep`` of ``data/lexicon/words.tsv`` ("rallied outside parliament", "protested
outside the Chilean embassy", "in front of the ministry"; or on the noun of a light verb: "staged a protest
outside the Chilean embassy"), else at the state its participle of demand is
addressed to ("marched through Rome, urging the government to cut fuel taxes"; :func:`protests`) — a purpose clause
too, which the nonevents step drops as the protest's aim: the state body its appeal verb asks ("blocked the highway to
demand that the government scrap the fees": :func:`_asked`) — else,
when the protesters are people of one country (not its state) and the protest's own clause names a place
of that country and no actor or place of another, at their own government ("Kenyan protesters marched
through Nairobi against tax increases"). A place ("marched to Warsaw") or a country is no seat, and a
body the article's context alone gave a country other than the protesters' is left alone ("Fijians
marched outside the parliament", told from Canberra). The seat and the demand serve anonymous people too, who
have no known doer ("Several hundred people rallied outside the Ukrainian embassy"); for them the home rule is
narrower: a protest against a thing (a ``grievance_prep``: "marched through Calais against the new policy", also in
its purpose clause of protest: "to protest against the new policy") held
at places of one country whose clause names no actor or place of another (:func:`_grievance_at_home`), or one that
says what it demands in a participle or purpose clause naming no one ("blocked the road near Tema to demand
compensation"), not a release (:func:`_demand_at_home`): people who protest at home to demand an act of no named
party ask it of their own government. A seat after "in protest" hangs on the noun ("walked in protest to the
consulate"). People who gather or assemble to demand or to protest demonstrate (:func:`gathered_to_demand`, coded
by the extractor); people gathered to watch or celebrate do not.

A show of force (CAMEO 15) by a state with no known target is aimed at the one other country whose
ground a ``vicinity_prep`` phrase of its own clause names, as itself, its possessor or a demonym on it
("held drills east of Taiwan", "fired shells into the sea near the South Korean island of X"; not a
border, "near the Colombian border": :func:`shows_of_force`). It runs after the acts step has read drills
with a target as joint ones, so this target is no partner. A show of force takes no other party from the
story (root 15 has no ``counterpart``): a missile test or a deployment in a two-party story is as often
aimed at no one.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.doers import known
from detente.events.ground import from_context, own_clause, state_force

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.actors.resolve import ActorFinder, ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.ground import Side
    from detente.events.lexicon import Lexicon, Words
    from detente.parse_view import ParseView

PROTEST = "14"  # CAMEO root: protest
POSTURE = "15"  # CAMEO root: a show of force or a deployment
DEMANDS = frozenset({"02", "10", "11"})  # appeals, demands, disapproval: what a protest's participle says to a state
# CAMEO: appeal for, demand release of persons or property (their target: whoever holds them, events/replies.py)
RELEASE_CALLS = frozenset({"0253", "1053"})


def protests(candidates: list[Candidate], found: DocActors, lexicon: Lexicon, finder: ActorFinder) -> list[Candidate]:
    """Give a protest whose clause names no known target the body of a state it is held at ("rallied
    outside parliament", "outside the U.S. embassy": :func:`_seat`), else the state its participle of
    demand is addressed to ("rallied in Seoul, demanding that the government resign": :func:`_demanded`),
    else the protesters' own government when they protest at home (:func:`_held_at_home`)."""
    if not any(c.cameo.startswith(PROTEST) for c in candidates):
        return candidates
    words = lexicon.words
    by_head = {c.head.i: c for c in candidates if not c.nominal}
    out = []
    for candidate in candidates:
        if candidate.cameo.startswith(PROTEST) and not candidate.nominal and candidate.sources \
                and not any(r.code for _, r in candidate.targets):
            taken = _seat(candidate, found, words) or _demanded(candidate, found, by_head, words) \
                or _held_at_home(candidate, found, finder) or _grievance_at_home(candidate, found, words, finder) \
                or _demand_at_home(candidate, found, lexicon, finder, by_head)
            if taken:
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *taken))
        out.append(candidate)
    return out


def _seat(candidate: Candidate, found: DocActors, words: Words) -> list[Side]:
    """The body of a state a protest is held at, named after a ``seat_prep`` of its verb ("outside
    parliament", "to the U.S. embassy", "in front of the ministry"): not a place ("marched to Warsaw"),
    nor a country, nor the protesters themselves, nor a body given a country other than theirs from the
    article's context only ("Cook Islanders marched outside the parliament" in a story told from
    Wellington: the article's country is no clue whose parliament it is)."""
    view = found.view(candidate.head.doc)
    dep, children, lower = view.dep, view.children, view.lower
    own = {r.key for _, r in candidate.sources}
    countries = {r.country for _, r in candidate.sources}
    # "walked in protest to the embassy": the parser hangs the seat on the noun "protest"
    heads = [candidate.head.i, *(o for p in children[candidate.head.i] if dep[p] == "prep" and lower[p] == "in"
                                 for o in children[p] if dep[o] == "pobj" and view.lemma[o] in words.complain_verb),
             *_light_objects(candidate)]
    for prep in (p for h in heads for p in children[h]):
        if dep[prep] != "prep":
            continue
        objects = [p for p in children[prep] if dep[p] == "pobj"]
        if lower[prep] == "in":  # "in front of parliament"
            objects = [o for front in objects if view.lemma[front] == "front" for of in children[front]
                       if dep[of] == "prep" and lower[of] == "of" for o in children[of] if dep[o] == "pobj"]
        elif lower[prep] not in words.seat_prep:
            continue
        for thing in objects:
            ref = found.by_token.get(thing)
            if ref is not None and ref.code and ref.kind != "country" and state_force(ref) \
                    and thing not in found.places and ref.key not in own:
                token = candidate.head.doc[thing]
                if ref.country not in countries and from_context(found, token, ref):
                    continue
                return [(token, ref)]
    return []


def _light_objects(candidate: Candidate) -> list[int]:
    """The event nouns of a protest told by a light verb and its object ("staged a protest outside the embassy",
    "held a rally at the consulate"), on which the parser hangs the seat (session 51, h-tgt51)."""
    head = candidate.head
    return [t.i for t in candidate.trigger if t.i != head.i and t.dep_ == "dobj" and t.head.i == head.i]


def shows_of_force(candidates: list[Candidate], found: DocActors, words: Words) -> list[Candidate]:
    """Give a show of force (CAMEO 15) by a state with no known target the country whose ground its clause
    says it was held near ("held drills east of Taiwan", "fired shells into the sea near the South Korean
    island of X", "flew bombers off Japan's coast"): :func:`_near`. Run after the acts step's reading of
    drills with a target as joint ones (extract.joint_exercises): this target is no partner."""
    out = []
    for candidate in candidates:
        doers = known(candidate.sources)
        if candidate.cameo.startswith(POSTURE) and not candidate.nominal and doers \
                and all(state_force(r) for _, r in doers) and not any(r.code for _, r in candidate.targets):
            taken = _near(candidate, found, words, {r.country for _, r in doers})
            if taken:
                candidate = dataclasses.replace(candidate, targets=(*candidate.targets, *taken))
        out.append(candidate)
    return out


def _near(candidate: Candidate, found: DocActors, words: Words, own: set[str | None]) -> list[Side]:
    """The one country (a mention of it) whose ground a ``vicinity_prep`` phrase of the act's own clause
    names, as itself ("east of Taiwan"), its possessor ("near Taiwan's Kinmen islands") or a demonym on it
    ("near the South Korean island"), when it is not the doer's; none for a border ("near the Venezuelan
    border": the other side of a line is no aim) or for places of several countries."""
    view = found.view(candidate.head.doc)
    dep, children, lower = view.dep, view.children, view.lower
    named: dict[str, tuple[int, ActorRef]] = {}
    for token in own_clause(view, candidate.head.i):
        if lower[token] not in words.vicinity_prep or dep[token] not in ("prep", "advmod", "npadvmod"):
            continue
        heads = [token] if dep[token] == "prep" else \
            [p for p in children[token] if dep[p] == "prep" and lower[p] == "of"]  # "east of Taiwan"
        for ground in (o for p in heads for o in children[p] if dep[o] == "pobj"):
            if view.lemma[ground] in words.border_noun:
                continue
            for t in (ground, *(c for c in children[ground] if dep[c] in ("poss", "amod", "compound"))):
                for ref in found.refs_at(t):
                    if ref.code and ref.country and ref.country not in own and state_force(ref):
                        named.setdefault(ref.country, (t, ref))
    if len(named) != 1:
        return []
    [(t, ref)] = named.values()
    return [(candidate.head.doc[t], ref)]


def _held_at_home(candidate: Candidate, found: DocActors, finder: ActorFinder) -> list[Side]:
    """The protesters' own state, when they are people of one country (a sector of it, not its state nor a
    named group), and the protest's
    own clause names a place of that country and nothing of another ("Kenyan protesters marched through
    Nairobi against tax increases": Kenya's government, standing with the place's words); none when the
    clause names a foreign actor or place ("marched in Nairobi against the war in Sudan")."""
    doers = known(candidate.sources)
    countries = {r.country for _, r in doers}
    if len(countries) != 1 or None in countries or any(r.kind != "sector" or state_force(r) for _, r in doers):
        return []  # people of a country: not its state, nor a named group ("the RSF looted ...": riots, 145)
    country = next(iter(countries))
    home = _one_country_clause(candidate, found)
    if home is None or home[1] != country:
        return []
    # the article's own mention of that government when it has one, else made as the actors step makes a sector
    government = found.refs.get(f"{country}GOV") or finder.sector_ref(doers[0][1], "GOV")
    return [(candidate.head.doc[home[0]], government)]


def _one_country_clause(candidate: Candidate, found: DocActors) -> tuple[int, str] | None:
    """The first place a protest's own clause names and its country, when every place the clause names is of that
    one country and no actor it names is of another (nor of none); None otherwise."""
    view = found.view(candidate.head.doc)
    clause = own_clause(view, candidate.head.i)
    places = [t for t in clause if t in found.places]
    countries = {found.places[t][1] for t in places}
    country = next(iter(countries)) if len(countries) == 1 else None
    if country is None or any(r.code and r.country != country for t in clause for r in found.refs_at(t)):
        return None
    return places[0], country


def _home_government(candidate: Candidate, found: DocActors, finder: ActorFinder) -> list[Side]:
    """The government of the one country whose places a protest's own clause names (:func:`_one_country_clause`),
    standing with the first such place's words; none when the clause names places or actors of several."""
    home = _one_country_clause(candidate, found)
    entry = finder.kb.get(home[1]) if home is not None else None
    if home is None or entry is None:
        return []
    government = found.refs.get(f"{home[1]}GOV") or finder.sector_ref(finder.entity_ref(entry, None), "GOV")
    return [(candidate.head.doc[home[0]], government)]


def _grievance_at_home(candidate: Candidate, found: DocActors, words: Words, finder: ActorFinder) -> list[Side]:
    """The government of the one country whose places a protest by people the text gives no country is held at,
    when the protest is against a thing, no actor (a ``grievance_prep`` of ``words.tsv`` on its verb or on its purpose
    clause of protest, a ``complain_verb``: "marched through Calais against the new policy", "marched through Calais
    to protest against the new policy": France's), and its own clause names no actor or place of another country (nor
    a body of none: "against the UN's decision"). People of a known country or a named group are
    :func:`_held_at_home`'s; a protest with no grievance named ("marched through Amapala carrying banners")
    is as often against a foreign state holding their own people, and gets none."""
    if known(candidate.sources):
        return []
    view = found.view(candidate.head.doc)
    dep, children, lower = view.dep, view.children, view.lower
    # the protest's own verb, or its purpose clause of protest ("held a sit-in ... to protest against the closure")
    verbs = [candidate.head.i, *(c for c in demand_clauses(view, candidate.head.i)
                                 if view.lemma[c] in words.complain_verb)]
    things = [o for v in verbs for p in children[v] if dep[p] == "prep" and lower[p] in words.grievance_prep
              for o in children[p] if dep[o] == "pobj"]
    if not things or any(found.refs_at(o) or o in found.places for o in things):
        return []
    return _home_government(candidate, found, finder)


def demand_clauses(view: ParseView, head: int) -> list[int]:
    """The clauses hung on a verb that say what its doers want: a participle ("rallied in Seoul, demanding that ...")
    or a purpose infinitive ("marched to the ministry to demand ...", "blocked the road to press the government to
    act") with no subject of its own."""
    dep, children, tag, lower = view.dep, view.children, view.tag, view.lower
    return [child for child in children[head]
            if dep[child] in ("advcl", "xcomp") and not any(dep[c] in ("nsubj", "nsubjpass") for c in children[child])
            and (tag[child] == "VBG" or tag[child] == "VB" and any(dep[c] == "aux" and lower[c] == "to"
                                                                   for c in children[child]))]


def gathered_to_demand(i: int, view: ParseView, words: Words) -> bool:
    """Whether the verb at ``i``, one of people coming together (an ``assembly_verb`` of ``words.tsv``: "gathered",
    "assembled"), says in a participle or purpose clause that they did so to demand or to protest (an
    ``appeal_verb`` or a ``complain_verb``: "to demand protection", "demanding the release of ...", "to protest
    against the levy"): a demonstration (CAMEO 141; events/extract.py codes it, events/nonevents.py drops its aim);
    people gathered for anything else ("crowds gathered to watch the parade") stage none."""
    wanting = words.appeal_verb | words.complain_verb
    return view.lemma[i] in words.assembly_verb and any(view.lemma[c] in wanting for c in demand_clauses(view, i))


def _demanded(candidate: Candidate, found: DocActors, by_head: dict[int, Candidate], words: Words) -> list[Side]:
    """The state a protest's participle or purpose clause of demand or blame is addressed to ("demanding that the
    government resign", "urging the government to act", "to press the government to act"): that act's known
    targets that are a state or its body (CAMEO roots ``DEMANDS``); for a purpose clause the nonevents step dropped
    as the protest's aim ("blocked the highway to demand that the government scrap the fees"), the state body its
    ``appeal_verb`` names as the one asked (:func:`_asked`)."""
    view = found.view(candidate.head.doc)
    for child in demand_clauses(view, candidate.head.i):
        other = by_head.get(child)
        if other is None:
            taken = _asked(view, child, found, candidate.head.doc) if view.lemma[child] in words.appeal_verb else []
        elif other.cameo[:2] not in DEMANDS:
            continue
        else:
            taken = [(t, r) for t, r in known(other.targets) if r.code and state_force(r)]
        if taken:
            return taken
    return []


def _asked(view: ParseView, verb: int, found: DocActors, doc: Doc) -> list[Side]:
    """The state bodies an appeal verb names as the one asked: its object ("to press the ministry to reopen it"), the
    object of its particle ("to call on the ministry to act") or the subject of its "that" clause ("to demand that
    the government scrap the fees"); not a country itself (whose people may be the ones asked for)."""
    dep, children = view.dep, view.children
    asked = [c for c in children[verb] if dep[c] == "dobj"]
    asked += [o for p in children[verb] if dep[p] == "prep" for o in children[p] if dep[o] == "pobj"]
    asked += [s for c in children[verb] if dep[c] == "ccomp" for s in children[c] if dep[s] in ("nsubj", "nsubjpass")]
    taken = []
    for token in asked:
        ref = found.by_token.get(token)
        if ref is not None and ref.code and ref.kind != "country" and state_force(ref):
            taken.append((doc[token], ref))
    return taken


def _demand_at_home(candidate: Candidate, found: DocActors, lexicon: Lexicon, finder: ActorFinder,
                    by_head: dict[int, Candidate]) -> list[Side]:
    """The government of the one country whose places a protest by people the text gives no country is held at,
    when the protest says what it demands in a participle or purpose clause (an ``appeal_verb`` of ``words.tsv``,
    or an act of demand: "assembled at the pier in Tema to ask for armed escorts", "blocked the ring road in Ruritania's
    capital, demanding cheaper fuel") that names no one, and its own clause names no actor or place of another country:
    people who gather at home to demand an act of no named party ask it of their own government. Not a demand of
    release (``RELEASE_CALLS``: "walked through Kisumu to demand the jailed traders' release"), made of whoever holds
    the people, as often a foreign state; nor a protest whose clause names no place (where it was held is no clue)."""
    if known(candidate.sources):
        return []
    view, doc = found.view(candidate.head.doc), candidate.head.doc
    demands = [child for child in demand_clauses(view, candidate.head.i)
               if view.lemma[child] in lexicon.words.appeal_verb
               or (child in by_head and by_head[child].cameo[:2] in DEMANDS)]
    codes = [by_head[child].cameo if child in by_head else getattr(lexicon.match_verb(doc[child], view), "cameo", None)
             for child in demands]  # the code of a demand the candidates no longer hold, from the lexicon
    if not demands or RELEASE_CALLS.intersection(codes):
        return []
    return _home_government(candidate, found, finder)
