"""Sets named by a number: "the two sides", "both countries", "all three countries", "the two leaders"; and
pairs named by a definite plural that is a pair by itself (``pair_alone_noun``: "the nuclear-armed
neighbours", "the rivals"), by "all" ("all sides", ``pair_all_noun``) or by an adjective that sets them
against each other ("the warring parties", ``pair_adjective``). A set of groups or communities
(``pair_noun_nonstate``: "the two groups", "the two communities") points back only to actors that are no
state or organ of one (named groups, rebels, movements): after "herders and fishermen clashed near the
border of X and Y", "fighting between the two groups" is the unnamed people's, not X's and Y's.

Such a phrase points back to actors the article named before. Which ones, in order of evidence:

A pair named as the sides of a war ("the warring parties", "both warring sides": a ``pair_adjective``; "the two sides
of the war": an "of" phrase on a ``war_word``) is first the pair the text tells fighting: the sides of a ``war_word``
(its subject and object, "X invaded Y", "the militia seized the town from the army", "the army attacked rebel
positions"; its owner and the objects of "between", "with", "against": "the war between X and Y", "X's war against
Y"), the latest of the set's own sentence, before or after it, else of the latest sentence before it that tells no
past ("a brief war between the two in 2012" is another war); not the story's pair, which may be the war's mediators or
its neighbours (:func:`_at_war`, session 56). Failing that, the steps below.

0. for a pair that is the subject of a relative clause on the object of another clause's verb, that
   clause's doer and the party named most often besides it ("Berlin would send police under an
   agreement the two governments signed": Germany and the story's other party; :func:`_anchor`), or the one
   party that verb acts on when it names exactly one ("X will sell wheat to Y through Z's railways under a deal
   the two governments signed": Y, not Z; :func:`_acted_on`); for "the two presidents", "the two leaders" the
   doer's state stands through its most-named person (session 51);
1. a recent phrase that named exactly that many actors of the right kind together: "talks between
   the army and the RSF", "Indian and Pakistani troops", "Britain, France and Germany" (for two, only
   a "between" pair, one phrase naming both or the subjects of a ``mutual_verb``, "the army and the RSF
   fought", "X and Y met", counts: "X and Y offered to mediate" are as often third parties as the sides; a pair
   must be named in the last few sentences, a larger group anywhere before; a ``mutual_verb``'s subject and its
   "with" partner, "Bhutan has been negotiating its boundary with Beijing", in the set's own sentence or the one
   before; a demonym on the set, "the two Sudanese sides", admits only that country's parties; a pair of another
   sentence about the past does not count when the lead names the story's pair: "X and Y signed a deal ...
   Relations between Y and Z have been tense since 2024 ... The two sides will meet": X and Y), but a group of three
   or more told of in the sentence right before is the set of the sentence that goes on telling it ("... when X, Y
   and Z recalled their envoys from W. W responded by recalling its own from the three capitals"), even when the
   parser hangs it on a word that names no actor ("near Kidal and X, Y and Z": seen from its first actor; session 48);
   a set that gives no number ("the neighbours", "the warring parties") is the latest such group of any
   size in the last few sentences; a pair with none named since is the lead's pair, however far back
   (:func:`_lead_pair`): its ``mutual_verb`` subjects ("Zambia and Tanzania signed a concession ..." then "if the two
   governments did not ..."), not those of a clause its act follows ("X recalled its envoy from Y a day after Y and Z
   signed a pact": a ``prior_mark`` on the verb; they come after its doer and target, session 48); else two states
   its main verb names together as subject or object ("the bloc called on X and Y to ...", not their people nor "a
   pipeline that links X and Y"); else its doer and the state it acts on when its main verbs name exactly two
   parties, both states, not counting its speaker nor a pronoun ("X demanded that Y free ...": not "Y and Z signed a
   pact in 2023" of a background sentence, nor a third state named only by
   a person's nationality; "the two neighbours" only if they share a border, ``borders.tsv``); with the lead's pair
   known, another pair of another sentence is no "two sides" ("Z and W said they might follow ... Q urged both
   sides"), but a ``mutual_verb``'s subjects in the sentence before, not about the past, still are. Session 46; a
   set of
   three or more is, failing that, the parties its own sentence names before it other than its clauses' doers,
   when exactly that many ("X said it would fund a railway through A and B to C, a project the three neighbours
   agreed on": A, B and C; :func:`_named_in_sentence`), else the parties the sentence right before names one by
   one, its doers and a demonym on a word that names no actor too, when exactly that many ("X is building a
   pipeline that would carry Yian gas across Z. The three countries signed a memorandum on it in 2022": X, Y and Z;
   :func:`_named_in_sentence_before`, session 56);
2. else the parties the article has named most often so far (the parties a story is about; a subject
   counts three times, an object twice, a conjunct as its first conjunct: "X and Y met in Brussels"
   names Y as a subject, not as a place after a preposition), the latest first on a tie; never the
   subjects of the set's own clause ("the US urged both sides"), nor a third party that stood between or
   spoke to a pair before (the subject of "mediated between X and Y", "urged both sides": a mediator or
   a host, however often named, is not one of the sides; one of the pair speaking of "talks between the
   two countries" stays a side; a group of a sector phrase is no pair spoken to: "the US sanctioned firms in A and
   B" makes the US no mediator).

"The two neighbours", "both neighbours" (a ``neighbour_noun`` with its number) are two states that share a border
(``borders.tsv``), or both border the doer ("Guatemala urged both neighbours"), at every step: a pair a step finds
that is neither is passed over for the next step, and the parties named most often are then the most-named one with
the most-named of those that border it, those of the set's own sentence first; a pair that borders not is kept only
when no step finds one that does (session 53: "Norway pays for demining on Peru's frontier with Ecuador, where the
two neighbours clashed" is no Norway and Ecuador).

Members of a body named by a number ("the two NATO members", "both members", "the three EU members": a
``member_noun`` with nothing on it but a body's or a collective's name, :func:`_members_of_body`) are such a set of
the body's members, not the body, found only as a group named together (step 1) or in the set's own sentence, never
as the parties named most (step 2: "the four members who had supported the motion" are not the story's parties).

A party is a state with all its organs and its officials ("Guyana", "the foreign ministry in
Caracas", "President Ali"), or a non-state actor of its own: a named group, an organisation, or the
rebels or opposition of a country ("a rival militia" is not the government it fights). "The two
leaders" are the most-named person of each of the two parties (the parties chosen as for "both
countries", so that the officials of a mediator never stand in for a side).

Collectives named by a word, not a number: "Western countries", "European powers", "the
Europeans" (``data/actors/collectives.tsv``) stand for the member countries the article named
before them, in the order first named, other than the subjects of their own clause ("Iran
accused the Europeans of ..." after "Britain, France and Germany restored sanctions": the three),
when it named at least ``MIN_COLLECTIVE`` of them. Else the phrase stays unresolved: it names the
target, only not one the text lets us know (one member named is not the many it speaks of). A
collective whose membership is closed ("the Baltic states", "the five Central Asian republics", "the
Gulf Arab states"; scope ``all`` in the table) stands for all its members, named or not. A possessive owner of a
``relation_noun`` collective is none of it: "Qatar's Gulf partners", "its European allies" leave out the owner's
country (:func:`_owners`, session 56).

A doer acting on a set it is one of acts on the others: "Manila said Hanoi had broken that agreement", the agreement
"the two sides" signed, is aimed at the Philippines alone (:func:`own_side_of_set`, which ``events/assemble.py``
applies to an act's targets; only a doer that acts for its whole side, not its firms or people; session 49).

The resolver (:class:`detente.actors.doc_resolver.DocResolver`) calls :func:`resolve_set`; this module
only reads its history and tables.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from detente.actors.doc_resolver import DocResolver
    from detente.actors.resolve import ActorRef
    from detente.parse_view import ParseView

DEMONYM = "D|"  # the prefix of a demonym's key in the name index ("Sudanese": "D|SDN")
# number words that make a plural noun a set of that many actors ("both" is a determiner)
SET_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
RECENT_SENTENCES = 4  # how far back a named pair still counts as "the two sides" (a named trio: any distance)
STATE_KINDS = ("country", "sector")
# the kinds of actor that stand for their state (:func:`_state_of`; made once, not for each of its calls)
STATE_SIDE_KINDS = frozenset({*STATE_KINDS, "government", "person"})
STATE_OR_PERSON_KINDS = frozenset({*STATE_KINDS, "person"})  # the members a collective counts (:func:`_collective`)
# a sector that is a party of its own, not an organ of its state: rebels, insurgents, the opposition,
# unidentified armed forces ("the army and the rebels" are two sides)
OWN_PARTY_SECTORS = frozenset({"REB", "INS", "OPP", "UAF", "SEP"})
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})  # sectors that act for their state
ROLE_WEIGHT = {"nsubj": 3, "nsubjpass": 3, "dobj": 2}  # how much a mention makes a party salient
MIN_COLLECTIVE = 2  # members a collective ("Western countries") needs named before it to stand for them
# words that make a closed collective's phrase some of its members ("some Gulf states")
SOME = frozenset({"some", "several", "many", "few", "certain", "most", "various", "individual"})


def set_size(view: ParseView, i: int, nouns: frozenset[str], alone: frozenset[str] = frozenset(),
             every: frozenset[str] = frozenset(), opposed: frozenset[str] = frozenset()) -> int:
    """How many actors the plural noun at index ``i`` stands for ("both sides": 2, "all three
    countries": 3; a noun of ``alone`` that names a pair by itself: "the nuclear-armed neighbours", "the
    rivals": 2; a noun of ``every`` after "all": "all sides", "all parties": 2; a noun an adjective of
    ``opposed`` sets against each other: "the warring parties", "all warring sides": 2), else 0."""
    if view.tag[i] != "NNS" or view.lemma[i] not in nouns:
        return 0
    definite = all_of = against = False
    for child in view.children[i]:
        dep, lower = view.dep[child], view.lower[child]
        if dep == "nummod":
            return SET_NUMBERS.get(lower, 0)
        if dep in ("det", "predet") and lower == "both":
            return 2
        definite = definite or (dep == "det" and lower == "the")
        all_of = all_of or (dep in ("det", "predet") and lower == "all")
        against = against or (dep == "amod" and lower in opposed)
    lemma = view.lemma[i]
    if (definite and lemma in alone) or ((definite or all_of) and against) or (all_of and lemma in every):
        return 2
    return 0


def _pair_set_size(resolver: DocResolver, i: int) -> int:
    """How many actors the plural noun at ``i`` stands for as a set phrase of the article's set nouns
    (:func:`set_size` with the resolver's ``pair_nouns`` and the ``pair_*`` words of words.tsv), 0 for none."""
    words = resolver.words
    return set_size(resolver.v, i, resolver.pair_nouns, words.pair_alone_noun, words.pair_all_noun,
                    words.pair_adjective)


def generic_plural(resolver: DocResolver, at: int) -> bool:
    """Whether the plural noun at ``at`` is nobody in particular: a word of ``generic_word`` on it ("all navies",
    "other Gulf governments", "any foreign troops", "foreign navies") with no "the", possessive or number ("the
    other Nordic states", "all three countries" are sets), no name on it ("all Russian troops", "other EU members":
    whose they are is named) and no "of" or "from" phrase; never "all" on a noun that names a set ("all
    countries", "all Baltic states": the sets' rules read them); never a set ("all sides", "all warring parties":
    :func:`set_size`), whom the article named. A "foreign" that is a word of its sector phrase ("foreign
    ministers") does not count."""
    v, words = resolver.v, resolver.words
    if v.tag[at] != "NNS" or _pair_set_size(resolver, at):
        return False
    sector = resolver.sector_at.get(at)
    generic: set[str] = set()
    for c in v.children[at]:
        if c in resolver.by_match or v.dep[c] in ("poss", "nummod") \
                or (v.dep[c] == "det" and v.lower[c] in words.definite_det) \
                or (v.dep[c] == "prep" and v.lower[c] in ("of", "from")):
            return False
        if v.dep[c] in ("det", "predet", "amod") and v.lower[c] in words.generic_word \
                and (sector is None or not sector[1] <= c < sector[2]):
            generic.add(v.lower[c])
    # "all countries", "all parties", "all Baltic states": a noun that names a set (``pair_noun``, ``pair_noun_any``)
    # is the sets' and collectives' to read after "all" ("other Baltic states" are nobody in particular)
    return bool(generic) and not (generic == {"all"} and v.lemma[at] in resolver.collective_nouns)


def resolve_set(resolver: DocResolver, at: int) -> list[ActorRef]:
    """The actors the set phrase headed at index ``at`` stands for, in the order they were named, or []
    when unsure."""
    closed = _closed(resolver, at)
    if closed:
        return closed
    if resolver.v.tag[at] not in ("NNS", "NNPS"):
        return []  # only a plural names a set or a collective (set_size, collective_members)
    words = resolver.words
    alliance = _alliance(resolver, at) if resolver.v.lemma[at] in words.ally_noun else []
    if alliance:
        return alliance
    members_of_body = _members_of_body(resolver, at)
    nouns = resolver.pair_nouns | ({resolver.v.lemma[at]} if members_of_body else set())
    size = set_size(resolver.v, at, frozenset(nouns), words.pair_alone_noun, words.pair_all_noun, words.pair_adjective)
    if not size:
        return _collective(resolver, at)
    lemma = resolver.v.lemma[at]
    wanted: tuple[str, ...] | None = ("country", "sector", "government")
    body = {ref.key for c in resolver.v.children[at] if c in resolver.by_match for ref in [resolver.resolve(c)]
            if ref is not None}  # "the two NATO members": not NATO
    if lemma in words.pair_noun_person:
        wanted = ("person",)
    elif lemma in words.pair_noun_any:
        wanted = None
    excluded = resolver._clause_subjects(at) | _subject_conjuncts(resolver, at) | _clause_objects(resolver, at) | body
    found = resolver.found
    # a subject the set phrase modifies is one of the sides ("officials on both sides said")
    holders = {found.by_token[a].key for a in resolver.v.ancestors(at) if a in found.by_token}
    named = [(i, member) for i, ref in resolver.history if i < at
             for member in found.groups.get(i, [ref]) if member.key not in excluded]
    outside = {party(ref) for ref in _third_parties(resolver, at)}
    if _verb_of_object(resolver.v, at, through_noun=False) is not None:
        # the whole state of the one who urged both sides or appealed to them ("US officials urged
        # both sides"); not of one who speaks of "talks between the two sides", often a side itself
        outside |= {party(found.refs[key]) for key in excluded - holders
                    if key in found.refs and _speaks_for_state(found.refs[key])}

    narrowed = _demonym(resolver, at)

    nonstate = lemma in words.pair_noun_nonstate  # "the two groups": no state nor organ of one

    def fits(ref: ActorRef) -> bool:
        if ref.key in excluded or party(ref) in outside or (narrowed is not None and ref.country != narrowed):
            return False
        if nonstate and (ref.kind in ("country", "government") or not ref.sector or ref.sector in STATE_ORGANS):
            return False  # (a people of a country, "Chadian herders", stays: no state)
        return ref.kind != "person" if wanted is None else ref.kind in wanted

    # "the warring parties", "the two sides of the war": the pair the text tells at war, before any other step
    chosen: list[ActorRef] = _at_war(resolver, at, fits, outside) if size == 2 and _warring(resolver, at) else []
    anchor = _anchor(resolver, at) if size == 2 and not chosen else None
    if anchor is not None and (fits(anchor) or wanted == ("person",)) and party(anchor) not in outside:
        # "Berlin would send police under an agreement the two governments signed": Berlin is one of them
        # ("the two presidents": its state's most-named person, or the state when no person of it was named; s. 51)
        if not fits(anchor):
            anchor = next(iter(_most_named([(i, ref, _role(resolver.v, i)) for i, ref in named
                                            if party(ref) == party(anchor)], 1, fits)), anchor)
        # (the one the doer's verb acts on when it names exactly one other party: "Kazakhstan will sell wheat to
        # Tajikistan through Uzbekistan's railways under a deal the two governments signed": Tajikistan, not the
        # transit state named since; session 51)
        pool = [(i, ref, _role(resolver.v, i)) for i, ref in named if party(ref) not in outside | {party(anchor)}]
        partner = _acted_on(resolver, at, party(anchor))
        others = _most_named([m for m in pool if party(m[1]) == partner], 1, fits) or _most_named(pool, 1, fits)
        chosen = [anchor, *others] if others else []
    neighbours = size == 2 and lemma in words.neighbour_noun and _numbered(resolver.v, at)  # (not "the neighbours")
    # "the two neighbours" are two states that share a border (or both border the doer: "Guatemala urged both
    # neighbours"), whichever step below finds them ("Norway pays for demining along Peru's frontier with Ecuador,
    # where the two neighbours clashed": Peru and Ecuador, not the donor); a pair that shares none is kept only when
    # no step finds one that does (the border table may miss a sea border; session 53)
    doers = {state for key in excluded if key in found.refs for state in [_state_of(found.refs[key])] if state}
    unbordered: list[ActorRef] = []

    def bordering(pair: list[ActorRef]) -> list[ActorRef]:
        """The pair a step found, or [] for "the two neighbours" that share no border (kept, the first such, in
        ``unbordered``)."""
        nonlocal unbordered
        if neighbours and pair and not _bordering(resolver, pair, doers):
            unbordered = unbordered or pair
            return []
        return pair

    chosen = bordering(chosen)
    if not chosen:
        lead = _lead_pair(resolver, at, fits, outside) if size == 2 else []
        # (the parties named most often are counted only when no group, lead or sentence gives the set: one set
        # phrase in ten gets that far, and the count reads every party named before it)
        # ("Chile and Ecuador ..., as Santiago backed Lima in a war between the two neighbours": Peru and Ecuador)
        together = bordering(_named_together(resolver, at, size, fits, party, any_size=not _numbered(resolver.v, at),
                                             lead=lead))
        chosen_lead = bordering(lead)

        @cache
        def counted() -> list[tuple[int, ActorRef, str]]:
            """The mentions before the set that may be counted (made only when the count is read, and once when both
            counts read it; neither count changes the list)."""
            return [(i, ref, _role(resolver.v, i)) for i, ref in named if party(ref) not in outside
                    and (narrowed is None or ref.country == narrowed) and (not nonstate or fits(ref))]

        chosen = together or chosen_lead or _named_in_sentence(resolver, at, size, fits, outside) \
            or _named_in_sentence_before(resolver, at, size, fits, outside)
        if not chosen and neighbours and not members_of_body:
            chosen = _bordering_most_named(resolver, at, counted(), fits, doers)
            if chosen:
                resolver.found.set_rules[at] = ("the most-named states that share a border, or both border the doer"
                                                + (", not the pair named before" if unbordered else "")
                                                + " (actors/sets.py, _bordering_most_named)")
        chosen = chosen or unbordered or (_most_named(counted(), size, fits) if not members_of_body else [])
    if unbordered and chosen and chosen is not unbordered:
        resolver.found.set_rules.setdefault(at, "two states that share a border, or both border the doer, not the pair "
                                                "named before (actors/sets.py, _bordering)")
    if not chosen:
        return []
    out = []
    for ref in chosen:
        # "the two countries" are the countries themselves, whichever of their parts was named; a
        # side named only through its officials is their state; rebels stay themselves
        as_state = not nonstate and (ref.kind in STATE_KINDS or (wanted is not None and "country" in wanted) or
                                     (ref.kind == "person" and wanted != ("person",)))
        country = resolver.f.kb.get(ref.country) if as_state and ref.country and \
            ref.sector not in OWN_PARTY_SECTORS else None
        out.append(resolver.f.entity_ref(country, resolver.day) if country is not None else ref)
    return out


def _warring(resolver: DocResolver, at: int) -> bool:
    """Whether the set phrase at ``at`` names the sides of a war: a ``pair_adjective`` on it ("the warring parties",
    "both warring sides") or an "of" phrase on a ``war_word`` ("the two sides of the war")."""
    view, words = resolver.v, resolver.words
    for c in view.children[at]:
        if view.dep[c] == "amod" and view.lower[c] in words.pair_adjective:
            return True
        if view.dep[c] == "prep" and view.lower[c] == "of" \
                and any(view.dep[g] == "pobj" and view.lemma[g] in words.war_word for g in view.children[c]):
            return True
    return False


WAR_PREPS = frozenset({"between", "with", "against", "on", "of", "from", "by"})  # whose objects are a war's sides


def _at_war(resolver: DocResolver, at: int, fits, outside: set[str]) -> list[ActorRef]:
    """The pair a ``war_word`` names as the two sides of a fight, for "the warring parties" at ``at``: its subject and
    object ("Russia invaded Ukraine", "the militia seized the town from the army", "the army threatened to strike
    them"), its owner and the object of a preposition on it ("the war between X and Y", "X's war with Y"); the latest
    such pair of the set's own sentence (before or after it: "... since X invaded Y"), else of the latest sentence
    before it that tells no past (``background_sentences``: "a brief war between the two in 2012" is another war).
    Exactly two parties that fit; [] when none (session 56, set2)."""
    view, words = resolver.v, resolver.words
    here = resolver.sentence_of[at]
    background = resolver.background_sentences
    chosen: list[ActorRef] = []
    for w in range(len(view.lemma)):
        sentence = resolver.sentence_of.get(w)
        if sentence is None or sentence > here:
            break
        if view.lemma[w] not in words.war_word or (sentence in background and sentence != here) \
                or at in (w, view.head[w]):  # (not "warring" itself)
            continue
        sides: list[int] = []
        for c in view.children[w]:
            if view.dep[c] in ("nsubj", "nsubjpass", "dobj", "poss"):
                sides.append(c)
            elif view.dep[c] in ("prep", "agent") and view.lower[c] in WAR_PREPS:
                sides.extend(g for g in view.children[c] if view.dep[g] == "pobj")
            if view.dep[c] == "dobj":  # "seized a ridge from X"
                sides.extend(g for p in view.children[c] if view.dep[p] == "prep" and view.lower[p] in WAR_PREPS
                             for g in view.children[p] if view.dep[g] == "pobj")
        verb = w
        while view.pos[w] in ("VERB", "AUX") and not any(view.dep[c] == "nsubj" for c in view.children[verb]) \
                and view.dep[verb] in ("xcomp", "conj") and view.head[verb] != verb:
            verb = view.head[verb]  # "the army threatened to strike them": the army strikes
            sides.extend(c for c in view.children[verb] if view.dep[c] == "nsubj")
        distinct: dict[str, ActorRef] = {}
        for t in (m for side in sides for m in (side, *_conjuncts(view, side))):
            refs = _side_refs(resolver, t)
            if not refs:  # "attacked rebel positions", "shelled Guyanese border posts": the owner named on a thing
                refs = [r for c in view.children[t] if view.dep[c] in ("compound", "amod", "poss", "nmod")
                        for r in _side_refs(resolver, c)]
            for member in refs:
                if fits(member) and party(member) not in outside:
                    distinct.setdefault(party(member), member)
        if len(distinct) == 2:
            chosen = list(distinct.values())
    if chosen:
        resolver.found.set_rules[at] = "the pair the text tells at war (actors/sets.py, _at_war)"
    return chosen


def _side_refs(resolver: DocResolver, t: int) -> list[ActorRef]:
    """The actors the word at ``t`` names as a side of a fight (:func:`_at_war`): its group's members, else the actor
    it stands for, resolved now if its turn has not come ("... days after X and Y troops clashed"); [] for none."""
    found = resolver.found
    ref = found.by_token.get(t)
    if ref is None:
        ref = resolver.resolve(t)
    return list(found.groups.get(t, [ref] if ref is not None else []))


def _bordering(resolver: DocResolver, pair: list[ActorRef], doers: set[str]) -> bool:
    """Whether the two parties of ``pair`` are states that share a border (``borders.tsv``), or both border one of
    ``doers`` (the states of the set's own clause's subjects: "Guatemala urged both neighbours"): what "the two
    neighbours" must be."""
    if len(pair) != 2:
        return False
    first, second = _state_of(pair[0]), _state_of(pair[1])
    bordering = resolver.f.kb.bordering
    return bordering(first, second) or any(bordering(d, first) and bordering(d, second) for d in doers)


def _bordering_most_named(resolver: DocResolver, at: int, named: list[tuple[int, ActorRef, str]], fits,
                          doers: set[str]) -> list[ActorRef]:
    """"The two neighbours" as the parties named most often (:func:`_most_named`) that share a border
    (:func:`_bordering`), those of the set's own sentence first ("..., when Y backed Z in fighting between the two
    neighbours": X and Z of that sentence, not the party the story names most): the most-named party with the
    most-named of those that border it, else the next party so paired; [] when no two parties named border each
    other (session 53)."""
    here = resolver.sentence_of[at]
    for pool in ([m for m in named if resolver.sentence_of[m[0]] == here], list(named)):
        while pool:
            first = _most_named(pool, 1, fits)
            if not first:
                break
            partners = [m for m in pool if party(m[1]) != party(first[0])
                        and _bordering(resolver, [first[0], m[1]], doers)]
            partner = _most_named(partners, 1, fits)
            if partner:
                order = {party(ref): i for i, ref, _ in reversed(pool)}  # (each party's first mention)
                return sorted([first[0], partner[0]], key=lambda ref: order.get(party(ref), 0))
            pool = [m for m in pool if party(m[1]) != party(first[0])]
    return []


def _members_of_body(resolver: DocResolver, at: int) -> bool:
    """Whether the plural ``member_noun`` at ``at`` names member states ("the two NATO members", "both members",
    "the three EU members"): no word on it but determiners, a number, a body's or a collective's name (the body is
    not one of the set) and clauses or phrases on no noun ("of preparing ..."); not "two crew members", "both members
    of the panel", "the two opposition members". Such a set is only a group named together (:func:`_named_together`,
    :func:`_lead_pair`, :func:`_named_in_sentence`), never the parties named most."""
    view = resolver.v
    if view.lemma[at] not in resolver.words.member_noun:
        return False
    for c in view.children[at]:
        dep = view.dep[c]
        if dep in ("det", "predet", "nummod", "punct", "cc", "conj", "relcl", "acl", "appos"):
            continue
        if dep == "prep" and not any(view.dep[g] == "pobj" for g in view.children[c]):
            continue  # "accused the two NATO members of arming ...": the charge, no body they are members of
        # (a body the parser reads as a modifier noun, "the two NATO and EU members": ``nmod``, session 49)
        ref = resolver.resolve(c) if dep in ("compound", "amod", "nmod") and c in resolver.by_match else None
        if ref is not None and ref.kind == "organisation":
            continue
        if dep in ("compound", "amod", "nmod") and view.lower[c] in collectives():
            continue
        return False
    return True


def _demonym(resolver: DocResolver, at: int) -> str | None:
    """The country a demonym on the set phrase at ``at`` gives ("talks between the two Sudanese sides": the sides are
    Sudan's, its state and the Sudanese rebels it fights, not the mediators named around them), else None."""
    view = resolver.v
    for c in view.children[at]:
        match = resolver.by_match.get(c)
        if view.dep[c] == "amod" and match is not None and match[0].startswith(DEMONYM):
            return match[0][len(DEMONYM):]
    return None


def _alliance(resolver: DocResolver, at: int) -> list[ActorRef]:
    """"The allies" (definite, no number) after an alliance was named ("NATO agreed to ... Russia accused the
    allies of ..."): the latest organisation named before whose nominal is "alliance"; else none ("allies",
    "its allies": whoever they are)."""
    view = resolver.v
    if not any(view.dep[c] == "det" and view.lower[c] == "the" for c in view.children[at]) \
            or any(view.dep[c] in ("nummod", "poss") for c in view.children[at]):
        return []
    alliances = set(resolver.f.nominals.get("alliance", ()))
    for i, ref in reversed(resolver.history):
        if i < at and ref.kind == "organisation" and ref.entry in alliances:
            resolver.found.antecedents[at] = i
            return [ref]
    return []


def _subject_conjuncts(resolver: DocResolver, at: int) -> set[str]:
    """The actors coordinated with the subject of the clause of the set phrase at ``at`` ("Egypt and Qatar
    urged both parties": Qatar, which, like Egypt, is none of the parties it urges)."""
    view, found = resolver.v, resolver.found
    dep = view.dep
    if dep[at] in ("nsubj", "nsubjpass", "poss"):
        return set()
    verb = view.clause_verb(at)
    return {found.by_token[c].key for s in view.children[verb] if dep[s] in ("nsubj", "nsubjpass")
            for c in _conjuncts(view, s) if c in found.by_token}


def _clause_objects(resolver: DocResolver, at: int) -> set[str]:
    """The actors a pronoun object of the clause of a subject set at ``at`` stands for ("both sides had asked
    it to arrange a swap": not the mediator "it" stands for): no side of a set acts on itself. Only
    pronouns: a noun object resolved ahead of its turn cost development matches (546 of 550)."""
    view = resolver.v
    dep = view.dep
    if dep[at] not in ("nsubj", "nsubjpass"):
        return set()
    verb = view.head[at]
    objects = [c for c in view.children[verb] if dep[c] in ("dobj", "dative") and c > at
               and view.pos[c] == "PRON"]
    return {ref.key for ref in (resolver.resolve(c) for c in objects) if ref is not None}


def own_side_of_set(at: int, ref: ActorRef, targets: Sequence[tuple[Any, ActorRef]],
                    sources: Sequence[tuple[Any, ActorRef]]) -> bool:
    """Whether the target ``ref``, given by the word at index ``at``, is the doer's own side among the members of a
    set phrase the act is done to (one word that gave more than one of ``targets``, (token, actor) pairs): its
    :func:`party` is that of one of the ``sources`` that acts for its whole side (:func:`_speaks_for_state`: a state,
    its organs, an official) and another member's is not. "Manila had broken that agreement" after "the two sides
    signed an agreement" is aimed at the other side, not at the Philippines as well; a third party's act keeps every
    member, and so does a set all of whose members are doers, or one a country's people or firms act on ("a shipping
    association in Piraeus urged both governments": Greece's as well). Session 49."""
    doers = {party(r) for _, r in sources if r.kind != "unresolved" and _speaks_for_state(r)}
    members = [r for t, r in targets if t.i == at]
    return len(members) > 1 and party(ref) in doers and any(party(r) not in doers for r in members)


def party(ref: ActorRef) -> str:
    """The side an actor belongs to in a set: its state for a state's organs and officials, else itself."""
    if ref.sector in OWN_PARTY_SECTORS:
        return ref.code or ref.key  # "the rebels" fight the state they belong to
    return _state_of(ref) or ref.key


def _state_of(ref: ActorRef) -> str | None:
    """The state an actor stands for: a state, one of its organs or its officials (not its rebels, nor a body or a
    group), else None."""
    if ref.sector not in OWN_PARTY_SECTORS and ref.kind in STATE_SIDE_KINDS and ref.country:
        return ref.country
    return None


def _anchor(resolver: DocResolver, at: int) -> ActorRef | None:
    """The doer of the clause a pair's own act is told to back: "Berlin would send police under an
    agreement the two governments signed", "Israel withdrew under a deal both sides reached" (the set
    is the subject of a relative clause on the object of that doer's verb): that doer is one of the
    pair. None for any other set phrase."""
    view, found = resolver.v, resolver.found
    head, dep, pos = view.head, view.dep, view.pos
    clause = head[at]
    if dep[at] not in ("nsubj", "nsubjpass") or dep[clause] not in ("relcl", "acl"):
        return None
    noun = head[clause]
    verb = head[head[noun]] if dep[noun] == "pobj" else head[noun] if dep[noun] == "dobj" else noun
    if verb == noun or pos[verb] not in ("VERB", "AUX"):
        return None
    subjects = [found.by_token[c] for c in view.children[verb] if dep[c] in ("nsubj", "nsubjpass")
                and c in found.by_token and c not in found.groups]
    return subjects[0] if len(subjects) == 1 else None


def _acted_on(resolver: DocResolver, at: int, doer: str) -> str | None:
    """The one party (:func:`party`) other than ``doer`` that the verb of :func:`_anchor`'s clause acts on, as its
    object or the object of a preposition on it ("will supply Kyrgyzstan with power", "sell wheat to Tajikistan"; not
    a state that only owns such an object, "through Uzbekistan's grid"); None when none or more than one."""
    view, found = resolver.v, resolver.found
    head, dep = view.head, view.dep
    noun = head[head[at]]
    verb = head[head[noun]] if dep[noun] == "pobj" else head[noun]
    objects = [c for c in view.children[verb] if dep[c] in ("dobj", "dative")]
    objects += [g for c in view.children[verb] if dep[c] in ("prep", "dative") and c != head[noun]
                for g in view.children[c] if dep[g] == "pobj"]
    parties = {party(found.by_token[m]) for c in objects for m in [c, *_conjuncts(view, c)]
               if m in found.by_token and m < at} - {doer}
    return parties.pop() if len(parties) == 1 else None


def _speaks_for_state(ref: ActorRef) -> bool:
    """Whether an actor acts for its whole side: a state, its government, its forces or an official
    ("the US urged both sides": no part of the US is a side), unlike its civilians ("people were killed
    on both sides")."""
    return ref.kind in ("country", "government", "person") or ref.sector in STATE_ORGANS


def _third_parties(resolver: DocResolver, at: int) -> list[ActorRef]:
    """Actors that stood between or spoke to a pair before the word at ``at``: the subjects of the verb whose
    object is an earlier set phrase or "between" pair ("Qatar urged both sides", "Oman, which has
    mediated between X and Y", "Norway hosted talks between X and Y")."""
    found, view = resolver.found, resolver.v
    head, lower, dep = view.head, view.lower, view.dep
    out: list[ActorRef] = []
    for i, _ref in resolver.history:
        if i >= at:
            break
        # a set phrase ("urged both sides"), a pronoun for one ("urged them") or a "between" pair; not a group a
        # sector phrase names ("blacklisted companies in X and Y": no pair it stood between)
        spoken_to = i in found.groups and (view.pos[i] == "PRON" or _pair_set_size(resolver, i))
        if spoken_to or lower[head[i]] == "between":
            verb = _verb_of_object(view, i)
            if verb is None:
                continue
            members = found.groups.get(i) or [found.by_token[t] for t in (i, *_conjuncts(view, i))
                                                if t in found.by_token]
            sides = {party(ref) for ref in members}
            subjects = [found.by_token[c] for c in view.children[verb] if dep[c] == "nsubj" and c in found.by_token]
            # a mediator is a state, an official or a body, not the people on whom something fell,
            # and not one of the pair ("Ethiopia proposed talks between the two countries")
            out.extend(ref for ref in subjects if party(ref) not in sides
                       and (_speaks_for_state(ref) or ref.kind in ("organisation", "group")))
    return out


def _verb_of_object(view: ParseView, i: int, through_noun: bool = True) -> int | None:
    """The verb (its index) the word at ``i`` is the object of, directly or through a preposition on the
    verb or (with ``through_noun``) on its object ("urged both sides", "appealed to both sides",
    "mediated between", "hosted talks between")."""
    dep, head, pos = view.dep, view.head, view.pos
    if dep[i] in ("dobj", "dative"):
        return head[i]
    if dep[i] != "pobj":
        return None
    attached = head[head[i]]
    if pos[attached] in ("VERB", "AUX"):
        return attached
    if through_noun and dep[attached] == "dobj" and pos[head[attached]] in ("VERB", "AUX"):
        return head[attached]
    return None


def _named_together(resolver: DocResolver, at: int, size: int, fits, identity,
                    any_size: bool = False, lead: list[ActorRef] | None = None) -> list[ActorRef]:
    """The latest group of exactly ``size`` actors named together in the last few sentences before ``at`` (with
    ``any_size``, of two or more: "Kenya, Uganda and Tanzania ... the neighbours", all three), not a group of the
    past (:func:`_of_the_past`), nor another pair named in another sentence when the lead names the story's pair
    (``lead``, :func:`_lead_pair`: "X and Y signed a deal ... Relations between Y and Z have been tense since 2024 ...
    The two sides will meet in March": X and Y, the pair that acted together), unless the sentence before, not
    about the past, names it as a ``mutual_verb``'s subjects; a pair of the set's own sentence still counts: "the
    treaty X and Z signed in 1996 expires, and officials from the two countries will meet")."""
    story = {party(ref) for ref in lead or []}
    found, view = resolver.found, resolver.v
    here = resolver.sentence_of[at]
    for i, ref in reversed(resolver.history):
        if i >= at:
            continue
        if (size == 2 or any_size) and here - resolver.sentence_of[i] > RECENT_SENTENCES:
            break
        if view.dep[i] == "conj" and view.head[i] in found.by_token:
            # (one hung on a word that names no actor is seen from its first actor: "near Kidal and X, Y and Z")
            continue  # a group is seen from its first member
        members = found.groups.get(i) or [ref] + [found.by_token[c] for c in _conjuncts(view, i)
                                                  if c in found.by_token]
        # a pair a clause names only as its subject and partner is named together less plainly: it counts only
        # in the set's own sentence or the one before
        partner = _mutual_subject(resolver, i) if len(members) == 1 and here - resolver.sentence_of[i] <= 1 else None
        if partner is not None:
            members = [partner, ref]  # "Bhutan has been negotiating its boundary with Beijing"
        if len(members) < 2 or _of_the_past(resolver, i, at, members, identity):
            continue
        # with the story's pair known, another pair of another sentence is no "two sides" ("X demanded that Y ...
        # Z and W said they would do the same ... Q urged both sides": X and Y); in a sentence about the past not even
        # as the subjects of a ``mutual_verb`` in the sentence before ("Y and Z signed a pact in 2023"), elsewhere
        # those still are ("Z and W agreed on Tuesday to reopen the crossings. The two countries will also ...")
        acted = view.dep[i] == "nsubj" and view.lemma[view.head[i]] in resolver.words.mutual_verb \
            and here - resolver.sentence_of[i] <= 1 and resolver.sentence_of[i] not in resolver.background_sentences
        if story and resolver.sentence_of[i] != here and {party(m) for m in members} != story and not acted:
            continue
        if (len(members) == 2 if any_size else size == 2) \
                and not (partner is not None or view.lower[view.head[i]] == "between" or i in found.groups
                         or (view.dep[i] == "nsubj" and view.lemma[view.head[i]] in resolver.words.mutual_verb)):
            continue
        distinct: dict[str, ActorRef] = {}
        for member in members:
            if fits(member):
                distinct.setdefault(identity(member), member)
        if len(distinct) == len(members) and (len(members) == size or any_size):
            return list(distinct.values())
    return []


def _named_in_sentence(resolver: DocResolver, at: int, size: int, fits, outside: set[str]) -> list[ActorRef]:
    """A set of three or more that its own sentence names, in no one phrase, before it, other than the doers of its
    clauses: "X said it would fund a railway through A and B to C, a project the three neighbours agreed on in 2022":
    A, B and C, not X (a numbered set is the parties named around it, not the sentence's speaker). Only when exactly
    ``size`` parties that fit are so named; [] otherwise, and for a pair (which ``_named_together`` and the parties
    named most often read)."""
    if size < 3:
        return []
    view = resolver.v
    here = resolver.sentence_of[at]
    doers: set[int] = set()  # the subjects of the sentence's clauses with their words ("Russian officials said")
    for i in range(at):
        if resolver.sentence_of.get(i) == here and view.dep[i] in ("nsubj", "nsubjpass"):
            doers.update(view.subtree(i))
    distinct = _parties_named(resolver, at, here, fits, outside, doers)
    return list(distinct.values()) if len(distinct) == size else []


def _parties_named(resolver: DocResolver, at: int, sentence: int, fits, outside: set[str],
                   skip: Collection[int] = frozenset()) -> dict[str, ActorRef]:
    """The parties that fit and are not ``outside``, one actor a party in the order first named, of the mentions
    before ``at`` in ``sentence`` (a group's members for a group), less the mentions at ``skip``
    (:func:`_named_in_sentence`, :func:`_named_in_sentence_before`)."""
    distinct: dict[str, ActorRef] = {}
    for i, ref in resolver.history:
        if i >= at or resolver.sentence_of[i] != sentence or i in skip:
            continue
        for member in resolver.found.groups.get(i, [ref]):
            if fits(member) and party(member) not in outside:
                distinct.setdefault(party(member), member)
    return distinct


def _named_in_sentence_before(resolver: DocResolver, at: int, size: int, fits, outside: set[str]) -> list[ActorRef]:
    """A set of three or more that the sentence right before its own names, in no one phrase, its doers too: "X is
    building a pipeline that would carry Yian gas across Z. The three countries signed a memorandum on it in 2022": X,
    Y and Z, whom the set's sentence goes on telling of, not the parties the story names most. Only when exactly
    ``size`` parties that fit are named there (a people by its demonym stands for its state); [] otherwise, and for a
    pair (session 56)."""
    if size < 3:
        return []
    before = resolver.sentence_of[at] - 1
    distinct = _parties_named(resolver, at, before, fits, outside)
    named = {i for i, _ in resolver.history}
    for i, match in resolver.by_match.items():
        # a demonym on a word that names no actor ("Yian gas") names its state here
        if i < at and i not in named and resolver.sentence_of.get(i) == before and match[0].startswith(DEMONYM):
            country = resolver.f.kb.get(match[0][len(DEMONYM):])
            state = resolver.f.entity_ref(country, resolver.day) if country is not None else None
            if state is not None and fits(state) and party(state) not in outside:
                distinct.setdefault(party(state), state)
    if len(distinct) == size:
        resolver.found.set_rules.setdefault(at, "the parties the sentence before names, as many as the set's number "
                                                "(actors/sets.py, _named_in_sentence_before)")
        return list(distinct.values())
    return []


def _lead_pair(resolver: DocResolver, at: int, fits, outside: set[str]) -> list[ActorRef]:
    """The story's two parties as the lead names them, which a set many paragraphs on still means when no pair was
    named since: the subjects of a ``mutual_verb`` of its main clause ("Zambia and Tanzania signed a concession ...";
    those of a clause opened by a ``prior_mark``, "X recalled its envoy from Y a day after Y and Z signed a pact", only
    when it names no other pair); failing that, the first two states it names together as its main verb's subject or
    object or after "between" ("the bloc urged Ruritania and Freedonia to pull back"; not their people, "arrested five
    Ruritanians and two Freedonians", nor a
    pair of a clause on a noun, "a pipeline linking X and Y"); failing that, its doer and the state it acts on, when
    its main verbs name exactly two parties (not its speaker, "..., the ministry said", nor a pronoun) and both are
    states ("Ruritania demanded that Freedonia free ..."; "the two neighbours" only if the two share a border). []
    when the lead names no such pair or one of it is excluded or stood between the sides."""
    view, found = resolver.v, resolver.found
    together: list[ActorRef] = []
    subordinate: list[ActorRef] = []  # the subjects of a ``mutual_verb`` of no main clause (session 48)
    parties: dict[str, ActorRef | None] = {}  # each party the lead names -> a mention of it that fits, if any
    for i, ref in resolver.history:
        if i >= at or resolver.sentence_of[i] > 0:
            break
        usable = fits(ref) and party(ref) not in outside
        # the lead's doer and the one it acts on: named by the main verbs, not the speaker ("..., the ministry said")
        # nor a pronoun for one ("Laos said that X had kept it informed": Laos, the speaker)
        speaker = view.dep[i] == "nsubj" and resolver.lemma_as_tagged(view.head[i]) in resolver.words.speech_verb
        if _of_main_verb(view, i) and not speaker and view.pos[i] != "PRON" and parties.get(party(ref)) is None:
            parties[party(ref)] = ref if usable else None
        if view.dep[i] == "conj":
            continue  # a group is seen from its first member
        members = found.groups.get(i) or [ref] + [found.by_token[c] for c in _conjuncts(view, i) if c in found.by_token]
        distinct: dict[str, ActorRef] = {}
        for member in members:
            if fits(member) and party(member) not in outside:
                distinct.setdefault(party(member), member)
        if len(members) != 2 or len(distinct) != 2:
            continue
        if view.dep[i] == "nsubj" and view.lemma[view.head[i]] in resolver.words.mutual_verb:
            if _of_main_verb(view, i) and not any(view.dep[m] == "mark" and view.lower[m] in resolver.words.prior_mark
                                                  for m in view.children[view.head[i]]):
                return list(distinct.values())
            # a pair that acted together in a clause the lead's act follows ("X recalled its envoy from Y a day
            # after Y and Z signed a pact") is the story's pair only when the lead's doer and target are none
            subordinate = subordinate or list(distinct.values())
            continue
        people = any(resolver.by_match.get(t, ("",))[0].startswith(DEMONYM) for t in (i, *_conjuncts(view, i)))
        if not together and not people and all(m.kind in ("country", "government") for m in members) \
                and (view.lower[view.head[i]] == "between" or _of_main_verb(view, i)):
            together = list(distinct.values())  # states named together ("urged X and Y"), not their people
    pair = [ref for ref in parties.values() if ref is not None]
    if together or len(parties) != 2 or len(pair) != 2 or not all(_state_of(ref) for ref in pair):
        return together or subordinate  # (a body or an armed group the lead acts on or with is no state of a pair)
    if view.lemma[at] in resolver.words.neighbour_noun \
            and not resolver.f.kb.bordering(pair[0].country, pair[1].country):
        return []  # "the two neighbours" are no doer and target that share no border
    return pair


def _of_main_verb(view: ParseView, i: int) -> bool:
    """Whether the word at ``i`` is the subject or object of its sentence's main verb, directly or through a
    preposition on it ("the bloc called on X and Y", "X and Y summoned ..."): a verb reached from the root through
    conjoined, reported or complement clauses only, not a clause on a noun ("a cable linking X and Y", "a draft
    written by X and Y")."""
    dep, head = view.dep, view.head
    if dep[i] == "pobj" and view.pos[head[head[i]]] in ("VERB", "AUX"):
        verb = head[head[i]]
    elif dep[i] in ("nsubj", "nsubjpass", "dobj", "dative"):
        verb = head[i]
    else:
        return False
    for _ in range(len(head)):
        if dep[verb] == "ROOT" or head[verb] == verb:
            return True
        if dep[verb] not in ("conj", "ccomp", "xcomp"):
            return False
        verb = head[verb]
    return False


def _mutual_subject(resolver: DocResolver, i: int) -> ActorRef | None:
    """The subject of the ``mutual_verb`` whose "with" phrase (on the verb or on its object) the word at ``i`` is the
    object of: the other of the pair the clause names ("Bhutan has been negotiating its boundary with Beijing",
    "the army clashed with the rebels"); else None, and None when the subject is itself a pair named together."""
    view, found = resolver.v, resolver.found
    dep, head = view.dep, view.head
    if dep[i] != "pobj" or view.lower[head[i]] != "with":
        return None
    verb = head[head[i]]
    if dep[verb] == "dobj":
        verb = head[verb]  # "negotiating the crossings with Beijing"
    if view.pos[verb] not in ("VERB", "AUX") or view.lemma[verb] not in resolver.words.mutual_verb:
        return None
    subjects = [c for c in view.children[verb] if dep[c] == "nsubj" and c in found.by_token]
    if len(subjects) != 1 or _conjuncts(view, subjects[0]):
        # "Uganda and Tanzania signed a deal with TotalEnergies": the pair is the subjects named together, its
        # partner a third party
        return None
    subject = found.by_token[subjects[0]]
    return subject if party(subject) != party(found.by_token[i]) else None


def _of_the_past(resolver: DocResolver, i: int, at: int, members: list[ActorRef], identity) -> bool:
    """Whether the group named at ``i`` is one of the story's past only ("the border was drawn by an 1890 treaty
    between Britain and Germany"): named in a sentence about the past (``background_sentences``), with a member
    the text names nowhere else before ``at``; never a group of the set's own sentence, which tells of the same past,
    as its clause's subjects ("X and Y signed a memorandum in 2025, and Z has pressed both sides to ...") or in
    another role ("the bloc lost X, Y and Z when the three states quit it in 2025", session 47), nor a group of three
    or more of the sentence right before, which the set's sentence goes on telling (session 48)."""
    here = resolver.sentence_of[i]
    if here not in resolver.background_sentences or here == resolver.sentence_of[at]:
        return False
    if len(members) >= 3 and resolver.sentence_of[at] - here == 1:
        # a group of three or more told of in the sentence right before, which the set's sentence goes on telling
        # ("... when X, Y and Z recalled their ambassadors from W. W responded by recalling its envoys from the three
        # capitals"; session 48)
        return False
    elsewhere = {identity(ref) for k, ref in resolver.history if k < at and resolver.sentence_of[k] != here}
    return any(identity(member) not in elsewhere for member in members)


def _numbered(view: ParseView, i: int) -> bool:
    """Whether the set phrase headed at ``i`` gives its number ("the two sides", "both countries")."""
    return any(view.dep[c] == "nummod" or (view.dep[c] in ("det", "predet") and view.lower[c] == "both")
               for c in view.children[i])


def _conjuncts(view: ParseView, i: int) -> list[int]:
    """The indices of the conjuncts of the token at ``i``, depth first in document order."""
    out = []
    for child in view.children[i]:
        if view.dep[child] == "conj":
            out.append(child)
            out.extend(_conjuncts(view, child))
    return out


def _role(view: ParseView, i: int) -> str:
    """The dependency that weighs the mention at ``i``: a conjunct's is its first conjunct's ("Serbia and
    Kosovo resumed talks in Brussels": Kosovo is a subject as Serbia is, not a word after a preposition)."""
    seen = {i}
    while view.dep[i] == "conj" and view.head[i] not in seen:
        i = view.head[i]
        seen.add(i)
    return view.dep[i]


def _most_named(named: list[tuple[int, ActorRef, str]], size: int, fits) -> list[ActorRef]:
    """The ``size`` parties named most often (the latest first on a tie), in the order first named,
    each shown by its most-named mention that ``fits`` (a state named only through others: the state);
    a subject counts more than an object, an object more than a phrase after a preposition (a topic)."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    first: dict[str, int] = {}
    shown: dict[str, dict[str, int]] = {}  # party -> its fitting mentions' keys -> weight
    refs: dict[str, ActorRef] = {}
    for i, ref, dep in named:
        key, weight = party(ref), ROLE_WEIGHT.get(dep, 1)
        counts[key] = counts.get(key, 0) + weight
        last[key] = i
        first.setdefault(key, i)
        if fits(ref):
            shown.setdefault(key, {})
            shown[key][ref.key] = shown[key].get(ref.key, 0) + weight
            refs.setdefault(ref.key, ref)
        elif ref.country == key:
            refs.setdefault(key, ref)  # stands for its state when none of its mentions fits
    usable = [k for k in counts if k in shown or k in refs]
    if len(usable) < size:
        return []
    top = sorted(usable, key=lambda k: (-counts[k], -last[k]))[:size]
    out = []
    for k in sorted(top, key=lambda k: first[k]):
        if k in shown:  # the most-named (the first on a tie: dicts keep order)
            out.append(refs[max(shown[k], key=lambda r: shown[k][r])])
        else:
            out.append(refs[k])
    return out


class Collective(NamedTuple):
    """A row of ``data/actors/collectives.tsv``: its member country ids, and whether the membership is closed
    (the phrase stands for all of them, named or not)."""

    members: frozenset[str]
    closed: bool


@lru_cache(maxsize=1)
def collectives() -> dict[str, Collective]:
    """Each word (or two) that names a collective ("western", "europeans", "central asian") -> its members
    (``data/actors/collectives.tsv``; read once, it is immutable)."""
    path = resources.files("detente") / "data" / "actors" / "collectives.tsv"
    out: dict[str, Collective] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            entry = Collective(frozenset(row["countries"].split()), row["scope"] == "all")
            for word in row["words"].split(","):
                out[word.strip()] = entry
    return out


def modifier_collective(view: ParseView, i: int) -> Collective | None:
    """The collective the words before the noun at ``i`` name ("the Gulf Arab states", "the five Central
    Asian republics", "the Himalayan kingdom"): its adjectival and compound modifiers with their own
    modifiers, the longest run of them first ("gulf arab" before "arab"), else None."""
    dep, children = view.dep, view.children
    words: set[int] = set()
    stack = [c for c in children[i] if c < i and dep[c] in ("amod", "compound", "nmod")]
    while stack:
        j = stack.pop()
        words.add(j)
        stack.extend(c for c in children[j] if dep[c] in ("amod", "compound"))
    run: list[int] = []
    for j in range(i - 1, -1, -1):  # the modifiers right before the noun, as one run
        if j not in words:
            break
        run.insert(0, j)
    table = collectives()
    for length in range(len(run), 0, -1):  # "Western intelligence services": "western", one word of two
        for start in range(len(run) - length + 1):
            phrase = " ".join(view.lower[j] for j in run[start:start + length])
            if phrase in table:
                return table[phrase]
    return None


def collective_members(view: ParseView, i: int, nouns: frozenset[str]) -> frozenset[str]:
    """The member countries the plural phrase headed at index ``i`` names as a whole ("Western
    countries", "European powers", "the Europeans"), else none; a number makes it a set of that
    many, not a collective."""
    children, dep, lower = view.children[i], view.dep, view.lower
    if view.tag[i] not in ("NNS", "NNPS") or any(dep[c] == "nummod" for c in children):
        return frozenset()
    table = collectives()
    if lower[i] in table and any(dep[c] == "det" and lower[c] == "the" for c in children):
        return table[lower[i]].members  # "the Europeans"
    if view.lemma[i] in nouns:
        found = modifier_collective(view, i)
        if found is not None:
            return found.members  # "Western countries", "European powers"
    return frozenset()


def closed_members(view: ParseView, i: int, nouns: frozenset[str]) -> frozenset[str]:
    """The members of a closed collective the plural phrase headed at ``i`` names ("the Baltic states", "the
    three Sahel states", "the five Central Asian republics", "the two Koreas"), else none: with a number, only its own
    number of members ("two Baltic states" are some of them)."""
    plural = view.tag[i] in ("NNS", "NNPS")
    # "the two Koreas", "the Baltics" (which the tagger may read as a singular name): a plural of its own
    found = collectives().get(view.lower[i]) if plural or view.lower[i].endswith("s") else None
    if found is None and plural and view.lemma[i] in nouns:
        found = modifier_collective(view, i)
    if found is None or not found.closed:
        return frozenset()
    numbers = [view.lower[c] for c in view.children[i] if view.dep[c] == "nummod"]
    if numbers and SET_NUMBERS.get(numbers[0]) != len(found.members):
        return frozenset()
    if any(view.lower[c] in SOME for c in view.children[i] if view.dep[c] in ("det", "amod", "predet")):
        return frozenset()  # "some Gulf states", "several Nordic countries": some of them
    return found.members


def _closed(resolver: DocResolver, at: int) -> list[ActorRef]:
    """The countries of a closed collective headed at ``at``, all of them; "Finland and the other Nordic
    states": the others, without the countries the phrase is coordinated with."""
    view, found = resolver.v, resolver.found
    members = closed_members(view, at, resolver.collective_nouns)
    if not members:
        return []
    members = members - _owners(resolver, at)  # "Qatar's Gulf partners": not Qatar
    if any(view.dep[c] == "amod" and view.lower[c] == "other" for c in view.children[at]):
        first = view.coordination_head(at)
        named = {found.by_token[t].country for t in (first, *_conjuncts(view, first)) if t in found.by_token}
        members = members - named
    entries = [resolver.f.kb.get(country) for country in sorted(members)]
    return [resolver.f.entity_ref(entry, resolver.day) for entry in entries if entry is not None]


def _owners(resolver: DocResolver, at: int) -> set[str]:
    """The countries of the possessive owner of a ``relation_noun`` collective at ``at`` ("Qatar's Gulf partners",
    "its European allies"), which are none of their own partners; empty for another noun (session 56, set2)."""
    view = resolver.v
    if view.lemma[at] not in resolver.words.relation_noun:
        return set()
    return {ref.country for c in view.children[at] if view.dep[c] == "poss" for ref in [resolver.resolve(c)]
            if ref is not None and ref.country}


def _collective(resolver: DocResolver, at: int) -> list[ActorRef]:
    """The countries of a collective (headed at ``at``) named before it in the article, in the order first named."""
    view = resolver.v
    members = collective_members(view, at, resolver.collective_nouns)
    if not members:
        return []
    excluded = set(resolver._clause_subjects(at)) | _owners(resolver, at)  # ("Italy's European partners")
    excluded |= {ref.country for ref in (resolver.found.by_token.get(c) for c in view.children[view.head[at]]
                                         if view.dep[c] in ("nsubj", "nsubjpass")) if ref is not None and ref.country}
    chosen: dict[str, ActorRef] = {}
    for i, ref in resolver.history:
        if i >= at:
            break
        for member in resolver.found.groups.get(i, [ref]):
            country = member.country
            if member.kind in STATE_OR_PERSON_KINDS and country in members and country not in excluded \
                    and member.key not in excluded and country not in chosen:
                entry = resolver.f.kb.get(country)
                if entry is not None:
                    chosen[country] = resolver.f.entity_ref(entry, resolver.day)
    # one member named is not the many the phrase speaks of ("New Zealand paused aid ... Western
    # governments have criticised ...": Western governments at large, not New Zealand)
    return list(chosen.values()) if len(chosen) >= MIN_COLLECTIVE else []
