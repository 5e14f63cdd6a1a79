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
only reads its history and tables. It holds the order of evidence above and the rules of its own kinds of set (the
sides of a war, neighbours, members of a body, alliances, collectives) and :func:`own_side_of_set`. The phrases are
recognised in :mod:`detente.actors.set_phrases` (how many a plural names, which collective a word names); the
parties the article named, and the finders that pick them (``_anchor``, ``_named_together``, ``_lead_pair``,
``_most_named``, ...), are in :mod:`detente.actors.set_parties`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from detente.actors.set_parties import (
    OWN_PARTY_SECTORS,
    STATE_KINDS,
    STATE_ORGANS,
    _acted_on,
    _anchor,
    _conjuncts,
    _lead_pair,
    _most_named,
    _named_in_sentence,
    _named_in_sentence_before,
    _named_together,
    _numbered,
    _role,
    _speaks_for_state,
    _state_of,
    _third_parties,
    _verb_of_object,
    party,
)
from detente.actors.set_phrases import DEMONYM, closed_members, collective_members, collectives, set_size

if TYPE_CHECKING:
    from detente.actors.doc_resolver import DocResolver
    from detente.actors.resolve import ActorRef

STATE_OR_PERSON_KINDS = frozenset({*STATE_KINDS, "person"})  # the members a collective counts (:func:`_collective`)
MIN_COLLECTIVE = 2  # members a collective ("Western countries") needs named before it to stand for them


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
