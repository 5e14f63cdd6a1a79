"""The parties of an article a set phrase ("the two sides", "the three neighbours") may point back to, and the
finders :func:`detente.actors.sets.resolve_set` asks in turn (the order of evidence is told in
:mod:`detente.actors.sets`): what a party is, a state with its organs and officials or a non-state actor of its own
(:func:`party`); the doer of the clause a pair's act is told to back and the one party its verb acts on
(:func:`_anchor`, :func:`_acted_on`); a pair or group named together, in the set's own sentence or the one before
(:func:`_named_together`, :func:`_named_in_sentence`, :func:`_named_in_sentence_before`); the lead's pair
(:func:`_lead_pair`); a third party that stood between or spoke to a pair (:func:`_third_parties`); and the parties
named most (:func:`_most_named`), with the parse helpers they share (:func:`_conjuncts`, :func:`_role`, ...).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from detente.actors.set_phrases import DEMONYM, _pair_set_size

if TYPE_CHECKING:
    from detente.actors.doc_resolver import DocResolver
    from detente.actors.resolve import ActorRef
    from detente.parse_view import ParseView

RECENT_SENTENCES = 4  # how far back a named pair still counts as "the two sides" (a named trio: any distance)
STATE_KINDS = ("country", "sector")
# the kinds of actor that stand for their state (:func:`_state_of`; made once, not for each of its calls)
STATE_SIDE_KINDS = frozenset({*STATE_KINDS, "government", "person"})
# a sector that is a party of its own, not an organ of its state: rebels, insurgents, the opposition,
# unidentified armed forces ("the army and the rebels" are two sides)
OWN_PARTY_SECTORS = frozenset({"REB", "INS", "OPP", "UAF", "SEP"})
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})  # sectors that act for their state
ROLE_WEIGHT = {"nsubj": 3, "nsubjpass": 3, "dobj": 2}  # how much a mention makes a party salient


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
