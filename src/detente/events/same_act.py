"""Whether two mentions may be one act (the ``acts`` step, ``events/acts.py``): the tests of codes, sides,
status and statement it applies to a candidate and each mention of an earlier act.

Codes related (one refining the other, a meeting and the talks it was); the same sides (a state with its
bodies and officials, the ground hit and the group on it; meetings by their participants pooled); a
compatible status (negation, history, modality, date, place); one statement (the same speaker, the same
objects, the same words said again, someone's account of an act told before); and what a mention is (a
fight of two parties, one side's account of it, a mention naming no known actor). No parse relation
between two verbs is read here: that is ``events/act_links.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from detente.events.cameo import SIGNING, lookup
from detente.events.phrases import definite
from detente.events.places_home import state_actor
from detente.events.roles import TIME_ENTITIES

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef
    from detente.events.extract import Side
    from detente.events.lexicon import Words
    from detente.records import JudgedCandidate, Status

REALIS = ("asserted", "reported")
SYMMETRIC_ROOTS = ("04",)  # consultations and meetings: who met whom has no direction (store.rows.SYMMETRIC)
ATTACK = ("190", "193", "194", "195")  # force with weapons (general, small arms, artillery, from the air): one attack
ANAPHOR_WINDOW = 8  # sentences, as for event anaphora in events/extract.py
ORGANISATION_OF_STATES = "IGO"  # the code prefix of an intergovernmental organisation (actors/phoenix.py NON_STATE)
APPEAL = "02"  # the CAMEO root of appeals (requests): said again with less by the root's general code, 020


def same_doer(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """``b`` names no resolved doer, or the same as ``a``."""
    mine, theirs = resolved(a.candidate.sources), resolved(b.candidate.sources)
    return not theirs or bool(mine) and same_actors(mine, theirs)


def names_nobody(item: JudgedCandidate) -> bool:
    """Names nobody the coder knows, on either side: "the ship had been hit", "two bombs struck a building"."""
    return not resolved(item.candidate.sources) and not other_side_targets(item)


def trigger_words(item: JudgedCandidate) -> str:
    return " ".join(t.text for t in sorted(item.candidate.trigger, key=lambda t: t.i))


def mention(item: JudgedCandidate) -> str:
    """A mention as the explanations of merged acts name it: its sentence, its words and its code ("sentence 3
    'seized' (171)")."""
    return f"sentence {item.candidate.sentence} {trigger_words(item)!r} ({item.status.cameo})"


def related(a: str, b: str, general: bool) -> bool:
    """The same act by its codes: equal, one refining the other, or (``general``) one its root's general code."""
    if a.startswith(b) or b.startswith(a):
        return True
    return general and a[:2] == b[:2] and (a[2:] == "0" or b[2:] == "0")


def _days(a: JudgedCandidate, b: JudgedCandidate) -> tuple[str | None, str | None]:
    return (a.status.date.value if a.status.date else None, b.status.date.value if b.status.date else None)


def within_date(a: str, b: str) -> bool:
    """One date value equal to the other or inside it ("2025" and "2025-03", "2025-03" and "2025-03-11", an ISO
    week and a day of it: "2026-W15" and "2026-04-08"): the same time said more or less exactly ("signed a treaty a
    year ago" / "signed it in March 2025"; "expelled two diplomats last week" / "ordered them out on April 8")."""
    short, long = sorted((a, b), key=len)
    return long == short or long.startswith(short + "-") or _week_of(long) == short


def _week_of(value: str) -> str | None:
    """The ISO week ("2026-W15") of a day's value ("2026-04-08"), else None."""
    if len(value) != len("2026-04-08"):
        return None
    try:
        year, week, _ = dt.date.fromisoformat(value).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def same_day(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    days = _days(a, b)
    return days[0] is not None and days[1] is not None and within_date(days[0], days[1])


def same_place(a: JudgedCandidate, b: JudgedCandidate, countrywide: frozenset[str],
               capitals: Mapping[str, str] | None = None) -> bool:
    x, y = _place(a.status, countrywide, capitals), _place(b.status, countrywide, capitals)
    return x is not None and x == y


def same_words(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """The same statement said again: a verbal act or an appeal (CAMEO 02-13, not an act of force
    or aid) with the same code, by the same doer to the same resolved target ("called on the Security Council
    to act ..." / "'We call on the Security Council to act,' she said"); an appeal (CAMEO 02) may also be said
    again with less, by its root's general code ("asked the Security Council to hold an emergency meeting", 026 /
    "urged the council to act", 020; not a disapproval, 110, after a protest, 114: "summoned the envoy" /
    "has objected to the fencing" are two acts). Said again with less, not with more: a later appeal ``b`` of a
    more exact code than ``a`` asks something ``a`` did not say ("made a request" / paragraphs later "has asked Spain
    to extradite him": two requests; session 58)."""
    appeals = a.status.cameo[:2] == b.status.cameo[:2] == APPEAL
    less = a.status.cameo.startswith(b.status.cameo) or b.status.cameo[2:] == "0"
    if not (a.status.cameo == b.status.cameo or appeals and less) \
            or lookup(a.status.cameo).quad_class not in (0, 1, 3) \
            or a.status.cameo[:2] == "01":
        return False
    sources_a, sources_b, targets_a, targets_b = (resolved(a.candidate.sources), resolved(b.candidate.sources),
                                                  other_side_targets(a), other_side_targets(b))
    return bool(sources_a and sources_b and targets_a and targets_b) and same_actors(sources_a, sources_b) \
        and same_actors(targets_a, targets_b)


def retold_act(group: list[JudgedCandidate], item: JudgedCandidate, undone: bool = False) -> bool:
    """Someone's account (``item``, reported speech: the caller checks it) of an act stated before ("the army
    said its soldiers had arrested ..."): by a resolved doer (with ``undone``, or by a passive verb with no doer
    phrase at all, which says nothing of who did it: "told reporters that the envoy had been handed a protest
    note", after "summoned the envoy"; :func:`_unsaid_doer`), of the code of a realis mention with a resolved
    doer (for an act of force, or its root's general code: "struck" / "said ... had bombed"; for a meeting, the
    talks or call it was: :func:`one_meeting`), the act mentioned at most ``ANAPHOR_WINDOW`` sentences before it
    (by that mention or a later one: a detail keeps the act told); a further act the copy itself tells ("later
    arrested") stays apart."""
    if not resolved(item.candidate.sources) and not (undone and _unsaid_doer(item)):
        return False
    force = item.status.cameo in ATTACK  # the account may name an attack by the general code of force
    return any((m.status.cameo == item.status.cameo or force and m.status.cameo in ATTACK or one_meeting(m, item))
               and m.status.modality in REALIS and resolved(m.candidate.sources) for m in group) \
        and any(0 < item.candidate.sentence - m.candidate.sentence <= ANAPHOR_WINDOW for m in group)


def said_by(item: JudgedCandidate) -> tuple[str | None, str | None] | None:
    attribution = item.status.attribution
    return (attribution.actor, attribution.text) if attribution else None


def verbal(item: JudgedCandidate) -> bool:
    """Said, not done (quad classes 1 and 3): what it is about makes the act."""
    return lookup(item.status.cameo).quad_class in (1, 3)


def other_objects(a: JudgedCandidate, b: JudgedCandidate, nouns: Mapping[str, str], words: Words) -> bool:
    """Both say whom or what the act is about (a target, or the verb's object: "condemned the
    arrest"), and not the same resolved actors."""
    if not (_about(a) and _about(b)):
        return False
    if _signed_again(a, b, words):
        # "Greece signed an agreement with Israel" / "The deal was signed in Athens by Dendias and the director-general
        # of the Israeli Defence Ministry": the text signed before, whom its signers and targets name compared pooled
        # (:func:`same_sides`), not target by target
        return False
    mine, theirs = resolved(a.candidate.targets), resolved(b.candidate.targets)
    if mine and theirs and not same_actors(mine, theirs):
        return True
    if _objects(a) & _objects(b):
        return False  # the same thing: "signed a treaty a year ago" / "signed the border treaty in March 2025"
    if any(related(x, y, general=False) for x in _object_codes(a, nouns) for y in _object_codes(b, nouns, words)):
        return False  # the same thing by other words: "signed an agreement" / "signed the accord" (not "a trade deal")
    if any(related(x, y, general=True) for x in _asked(a, nouns) for y in _asked(b, nouns)):
        return False  # the same kind of act asked for: "asked its allies for consultations" / "requested talks"
    asked_a, asked_b = _things_asked(a, words), _things_asked(b, words)
    if asked_a and asked_b and not asked_a & asked_b:
        return True  # "asked for consular access" / "asked the North to return the fishermen": two requests
    return not (mine and theirs) or len(mine) != len(_named_targets(a)) or len(theirs) != len(_named_targets(b))


def signed_back(item: JudgedCandidate, words: Words) -> bool:
    """A signing whose signed text, its verb's object or passive subject, is a definite noun naming no text of its
    own ("signed the document", "The accord was signed in the foreign ministry by ...", "the exchange of notes was
    signed"): it points back to a text told before, as "the attack" points back to an attack; a named text ("signed
    the Prespa Agreement") or an indefinite one ("signed a memorandum") may be another."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and definite(c, words)
               and not any(t.pos_ == "PROPN" for t in c.subtree if t.i < c.i)
               for c in item.candidate.head.children)


def _signed_again(a: JudgedCandidate, b: JudgedCandidate, words: Words) -> bool:
    """Two signings by the same verb, the later on a definite noun pointing back to the text signed
    (:func:`signed_back`): "signed an agreement" / "signed the document"; a ratification ("the treaty was
    ratified") is another act on the text."""
    return _both_signings(a, b) and a.candidate.head.lemma_.lower() == b.candidate.head.lemma_.lower() \
        and signed_back(b, words)


def _named_targets(item: JudgedCandidate) -> list[Side]:
    """The targets that may name whom the act is about: not the object its lexicon pattern names ("handed a protest
    note to the ambassador", ``hand +protest``: the note is the act's own noun, and the ambassador its target)."""
    if not item.candidate.specific:
        return list(item.candidate.targets)
    return [(token, ref) for token, ref in item.candidate.targets
            if ref.kind != "unresolved" or token.dep_ != "dobj" or token.head.i != item.candidate.head.i]


def _asked(item: JudgedCandidate, nouns: Mapping[str, str]) -> set[str]:
    """The codes of the event nouns an appeal (CAMEO 02) asks for: its verb's object or what it asks "for"
    ("requested talks", "asked its allies for urgent consultations")."""
    if not item.status.cameo.startswith("02"):
        return set()
    verb = item.candidate.head
    asked = [c for c in verb.children if c.dep_ == "dobj"] + _asked_for(item)
    return {nouns[t.lemma_.lower()] for t in asked if t.pos_ == "NOUN" and t.lemma_.lower() in nouns}


def _object_codes(item: JudgedCandidate, nouns: Mapping[str, str], words: Words | None = None) -> set[str]:
    """The codes of the event nouns among the verb's direct objects ("signed the accord": 057); with ``words``, only
    of those with a definite determiner, which point back to a thing told before ("the accord", not "a trade
    agreement")."""
    return {nouns[c.lemma_.lower()] for c in item.candidate.head.children
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns
            and (words is None or definite(c, words))}


def _objects(item: JudgedCandidate) -> set[str]:
    """The lemmas of the nouns the verb acts on (its direct objects: "signed the border treaty"; of an appeal, also
    what it asks "for": "asked for consular access" asks for what "requested consular access" does)."""
    return {c.lemma_.lower() for c in item.candidate.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"} \
        | {o.lemma_.lower() for o in _asked_for(item) if o.pos_ == "NOUN"}


def _asked_for(item: JudgedCandidate) -> list[Token]:
    """The objects of the "for" phrase of an appeal's (CAMEO 02) verb ("asked for consular access": access)."""
    if not item.status.cameo.startswith(APPEAL):
        return []
    return [o for p in item.candidate.head.children if p.dep_ == "prep" and p.lower_ == "for"
            for o in p.children if o.dep_ == "pobj"]


def _things_asked(item: JudgedCandidate, words: Words) -> set[str]:
    """What an appeal (CAMEO 02) asks, by lemma: the nouns asked for (its verb's object when no deed follows, what
    it asks "for"), and each deed asked to be done with the nouns it acts on ("asked the DPRK side to return the
    fishermen": return, fisherman; an appeal frame on the deed, "asked Spain to extradite him": extradite; not a
    ``vague_deed``, "urged the council to act"). Empty for another code or an appeal that names nothing asked ("made a
    request", "urged Seoul", "urged the council to act": said again with less)."""
    if not item.status.cameo.startswith(APPEAL):
        return set()
    head, framed = item.candidate.head, item.candidate.frame_token is not None
    deeds = [head] if framed else [c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    deeds += [c for d in deeds for c in d.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    named = [d for d in deeds if d.lemma_.lower() not in words.vague_deed]
    if deeds and not named:
        return set()
    deeds = named
    addressed = {token.i for token, _ in item.candidate.targets}
    nouns = [] if framed or deeds else [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                                        and c.i not in addressed]
    nouns += _asked_for(item) if not framed else []
    nouns += [c for d in deeds for c in d.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return {t.lemma_.lower() for t in nouns if t.pos_ == "NOUN"} | {d.lemma_.lower() for d in deeds}


def _about(item: JudgedCandidate) -> bool:
    """Says whom or what it is about: a target, the verb's object (of an appeal, also what it asks "for", session
    58), or whom it is addressed to ("called on Kyiv's partners", whom the knowledge base does not know; "meet in
    Brussels on March 3" says when, not to whom)."""
    head = item.candidate.frame_token if item.candidate.frame_token is not None else item.candidate.head
    return bool(item.candidate.targets) or any(c.dep_ == "dobj" for c in item.candidate.head.children) \
        or bool(_asked_for(item)) \
        or any(c.dep_ == "prep" and c.lower_ in ("on", "to")
               and any(p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTITIES for p in c.children)
               for c in head.children)


def same_status(a: JudgedCandidate, b: JudgedCandidate, countrywide: frozenset[str],
                grounds: frozenset[str] = frozenset(), capitals: Mapping[str, str] | None = None) -> bool:
    """Negation, history, modality, date and place that may be one act's; with ``grounds`` (the country names the
    article's acts are placed at: ``acts._countrywide``), a country's name that a mention's own sentence does not
    name is a ground inferred for it (:func:`_unnamed_ground`), no place to tell it apart from another mention, and
    two meetings or visits, one told in a country and the other in a place of it ("a visit to Mozambique" / "who
    arrived in Maputo"), may be one; ``capitals``: :func:`_place`."""
    x, y = a.status, b.status
    if x.negated != y.negated or (x.historical != y.historical and not same_day(a, b)):
        return False  # background or news: the same date says more than tenses ("had struck ..., killing")
    if x.modality != y.modality and not (x.modality in REALIS and y.modality in REALIS):
        return False
    days = _days(a, b)
    if days[0] is not None and days[1] is not None and not within_date(days[0], days[1]) \
            and not (x.date_guessed or y.date_guessed):
        return False  # a day guessed for an undated act of the lead keeps no mention with a day of its own apart
    # a meeting or visit told in a country and the same one told in a place of it ("a visit to Mozambique" / "Boko,
    # who arrived in the Mozambican capital"): the country's name says where in the world, not which place in it
    named = countrywide | grounds if grounds and both_meetings(a, b) else countrywide
    places = tuple(None if _unnamed_ground(item, grounds) else _place(item.status, named, capitals)
                   for item in (a, b))
    return None in places or places[0] == places[1]


def _unnamed_ground(item: JudgedCandidate, grounds: frozenset[str]) -> bool:
    """The place of an act of force or coercion (quad class 4) is a country's name (``grounds``) that its own
    sentence does not name: the ground a rule inferred for it, not where the text says it was (police and a state's
    organs hold people at home, ``places_home._police_ground``, named by the country's name when the article names
    the country: "Thai police arrested three Cambodian men at a market in Bangkok" / "The three were held
    overnight"). A country the sentence names ("stationed troops in Japan") is a place of its own."""
    location = item.status.location
    if location is None or location.text.lower() not in grounds or lookup(item.status.cameo).quad_class != 4:
        return False  # (a visit's or meeting's place is where the party went: events/places.py, not inferred)
    sentence = item.candidate.head.sent.text.lower()
    return re.search(rf"(?<!\w){re.escape(location.text.lower())}(?!\w)", sentence) is None


def _place(status: Status, countrywide: frozenset[str], capitals: Mapping[str, str] | None = None) -> str | None:
    """A place by its name; a common noun ("homes", "camps", "the refineries") names no place to tell acts apart,
    nor does a ground given by its country's code (a state's force at home where the text names no place:
    events/places.py) or inferred where the text names none (``Status.location_inferred``), nor a country's own name
    (``countrywide``: "struck hideouts in Afghanistan" and "bombed homes in Khost province" may be one strike; the
    province says where in the country). A capital told by description (``capitals``, lowercased: "the Chilean capital",
    "Chile's capital") is the capital by its name ("Santiago"): one place said two ways."""
    location = None if status.location_inferred else status.location
    if location is None or location.text == location.country or location.text.lower() in countrywide \
            or not any(word[:1].isupper() for word in location.text.split()):
        return None
    text = location.text.lower()
    return (capitals or {}).get(text, text)


def resolved(sides: tuple[Side, ...]) -> list[ActorRef]:
    return [ref for _, ref in sides if ref.kind != "unresolved"]


def other_side_targets(item: JudgedCandidate) -> list[ActorRef]:
    """The resolved targets that are not the doer's own side ("recalled its ambassador": the
    ``assemble`` step drops them from the event too)."""
    sources = resolved(item.candidate.sources)
    keys, countries = {r.key for r in sources}, {r.country for r in sources if r.kind == "country"}
    return [r for r in resolved(item.candidate.targets)
            if r.key not in keys and not (r.country in countries and r.kind in ("country", "sector"))]


def same_actors(a: list[ActorRef], b: list[ActorRef], people: bool = False, state: bool = False) -> bool:
    """The same actors; a country and its own bodies or officials count as the same ("Israel", "the
    Israeli army"), and, with ``people`` (targets), its civilians too, with the country or one of
    its state bodies ("struck a district of Kharkiv, killing four people", "struck central Kampala
    (its government), killing four people": the ground hit and the people killed there); with ``state`` (the
    doers of word acts), two bodies or officials of one state too ("the Russian embassy said Moscow would
    respond" / "the foreign ministry's spokeswoman said Russia would take retaliatory measures": the state's
    voice; its acts of force are told apart by who did them)."""
    keys_a, keys_b = {r.key for r in a}, {r.key for r in b}
    if keys_a == keys_b:
        return True
    countries_a, countries_b = {r.country for r in a}, {r.country for r in b}
    if None in countries_a or None in countries_b or countries_a != countries_b:
        return False
    if (people or state) and all(state_actor(r) or (people and r.sector == "CVL") for r in a + b):
        return True  # "the Russian embassy" / "the foreign ministry's spokeswoman": one state's voice; "struck central
        # Kampala (the capital: its government), killing four people": the ground hit and the people killed there
    return any(all(r.kind == "country" for r in one)
               and all(state_actor(r) or (people and r.sector == "CVL") for r in other)
               for one, other in ((a, b), (b, a)))


def same_sides(a: JudgedCandidate, b: JudgedCandidate, anaphoric: bool) -> bool:
    sources_a, sources_b = resolved(a.candidate.sources), resolved(b.candidate.sources)
    targets_a, targets_b = other_side_targets(a), other_side_targets(b)
    if both_meetings(a, b) or _both_signings(a, b):
        # a state and its bodies and officials are one party, as in :func:`same_actors` ("Qatar mediated talks
        # between Afghanistan and Pakistan" / "Qatari officials shuttled between the two delegations"); who signed
        # with whom likewise ("Kenya and Uganda signed an accord" / "Ruto signed it with Museveni")
        pooled_a = {participant(r) for r in sources_a + targets_a}
        pooled_b = {participant(r) for r in sources_b + targets_b}
        # a participant the knowledge base knows with no code on the act's date (a person with no office it knows
        # of: "signed by Trade Minister X and Chile's mining minister") tells no party when the others tell some:
        # it is left out of the pool
        coded_a = {participant(r) for r in sources_a + targets_a if r.code}
        coded_b = {participant(r) for r in sources_b + targets_b if r.code}
        if coded_a and coded_b:
            pooled_a, pooled_b = coded_a, coded_b
        if not (pooled_a and pooled_b):
            return anaphoric
        return pooled_a <= pooled_b or pooled_b <= pooled_a
    if not (sources_a and sources_b):
        if not (anaphoric or _one_subject(a, b) or _done_to_others(a, b) or _done_to_others(b, a)):
            return False
    elif not same_actors(sources_a, sources_b, state=_said(a) and _said(b)) \
            and not _one_of_joint(a, b, sources_a, sources_b):
        return False
    return not (targets_a and targets_b) or same_actors(targets_a, targets_b, people=True) \
        or _ground_and_group(a, b, targets_a, targets_b)


def _said(item: JudgedCandidate) -> bool:
    """A word act (quad classes 0, 1 and 3: statements, appeals, verbal cooperation and conflict), not one done."""
    return lookup(item.status.cameo).quad_class in (0, 1, 3)


def _one_of_joint(a: JudgedCandidate, b: JudgedCandidate, sources_a: list[ActorRef], sources_b: list[ActorRef]) -> bool:
    """``a`` an act of force of two parties or more together against a target ("Malian and Russian forces attacked
    a rebel base"), ``b``, later, an act of force by some of them ("Russian helicopters bombed the base"): what
    that party did in the joint act (its target, status and place must agree; the caller checks them)."""
    if not all(lookup(x.status.cameo).quad_class == 4 for x in (a, b)) or len({party(r) for r in sources_a}) < 2 \
            or not other_side_targets(a):
        return False  # two parties with no target fight each other ("India and Pakistan fought"): no joint act
    return all(any(same_actors([mine], [theirs]) for theirs in sources_a) for mine in sources_b) \
        and len({party(r) for r in sources_b}) < len({party(r) for r in sources_a})


def both_meetings(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """Meetings or talks, both: who met whom is told by the participants pooled (:func:`same_sides`), not by
    whom one of them names as met ("met Ethiopian Prime Minister Abiy Ahmed" / "Ruto and Abiy held talks")."""
    return a.status.cameo[:2] in SYMMETRIC_ROOTS and b.status.cameo[:2] in SYMMETRIC_ROOTS


def _both_signings(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """Formal agreements signed, both (``SIGNING``): who signed is told by the parties pooled, as for meetings."""
    return a.status.cameo.startswith(SIGNING) and b.status.cameo.startswith(SIGNING)


VISITS = ("042", "043")  # a visit made or hosted
MEETINGS = ("040", "041", "044", "046")  # a meeting, a call, talks at a meeting, negotiations


def one_meeting(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """A meeting ("met", the general code) and the talks or call it was ("held talks", "spoke by phone"): one
    meeting by its codes. A visit, or mediation, is another act than a meeting during it told apart; in one
    sentence, a visit and a meeting are the one visit and what was done in it ("touring the island and meeting
    relatives of prisoners", "raised the canal with a delegation that visited Tashkent"); but an arrival whose host
    only the dateline gives (its target stands with the verb, ``code_sides._visited``: "arrived on Tuesday and met
    X", "X, who arrived on Tuesday, held talks with Y") is told apart from the meeting, as wire gold codes both."""
    codes = {a.status.cameo, b.status.cameo}
    if a.candidate.sentence == b.candidate.sentence and len(codes) == 2 and codes <= {*VISITS, *MEETINGS} \
            and any(code in VISITS for code in codes) and any(code in MEETINGS for code in codes) \
            and not any(_hosted_by_dateline(x) for x in (a, b)):
        return True
    return "040" in codes and codes <= set(MEETINGS)


def _hosted_by_dateline(item: JudgedCandidate) -> bool:
    """A visit whose host is the dateline's country given to an arrival that names no place: its target stands with
    its own verb (``code_sides._visited``)."""
    return item.status.cameo in VISITS and any(t.i == item.candidate.head.i for t, _ in item.candidate.targets)


def _ground_and_group(a: JudgedCandidate, b: JudgedCandidate, targets_a: list[ActorRef],
                      targets_b: list[ActorRef]) -> bool:
    """Two mentions of force, one hitting a country's ground ("hit a car in southern Lebanon": the country), the
    other an armed group of that country ("killing two Hezbollah members"): who was on the ground hit."""
    if not all(lookup(x.status.cameo).quad_class == 4 for x in (a, b)):
        return False
    return any(len(ground) == 1 and ground[0].kind == "country" and all(
        r.kind == "group" and r.country == ground[0].country for r in group)
        for ground, group in ((targets_a, targets_b), (targets_b, targets_a)))


def _unsaid_doer(item: JudgedCandidate) -> bool:
    """``item`` a passive verb with no doer phrase at all ("the soldiers were handed over at the bridge"), saying
    nothing of who did it, as an anaphoric noun does not."""
    return not item.candidate.sources and not item.candidate.nominal \
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in item.candidate.head.children)


def _done_to_others(item: JudgedCandidate, other: JudgedCandidate) -> bool:
    """``item`` a passive verb with no doer phrase at all (:func:`_unsaid_doer`), and ``other`` names a doer none of
    whose countries is the country of a target of ``item`` ("police officers were killed" is no act of the
    police's own helicopter)."""
    if not _unsaid_doer(item):
        return False
    doers = {r.country for r in resolved(other.candidate.sources)}
    return bool(doers) and not any(r.country in doers for r in resolved(item.candidate.targets))


def _one_subject(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """Both verbs of one sentence say who did it by the same words, named or not ("The Department of
    Foreign Affairs summoned the ambassador and lodged a protest": the second verb shares the first's
    subject): one doer, known to the knowledge base or not; or, passive with no doer phrase, share one subject
    ("he was pardoned and released": one doer, unsaid)."""
    if a.candidate.sentence != b.candidate.sentence or a.candidate.nominal or b.candidate.nominal:
        return False
    mine, theirs = {t.i for t, _ in a.candidate.sources}, {t.i for t, _ in b.candidate.sources}
    if not mine and not theirs:  # "he was pardoned and released": passive verbs of one subject, no doer phrase
        subject = _passive_subject(a)
        return subject is not None and subject == _passive_subject(b)
    return bool(mine) and mine == theirs


def _passive_subject(item: JudgedCandidate) -> int | None:
    """The passive subject (its index) of a verb or of the verb it is a conjunct of ("was pardoned and [released]"),
    else None."""
    verb = item.candidate.head
    for _ in range(8):  # a few conjuncts at most
        subject = next((c.i for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None or any(c.dep_ == "nsubj" for c in verb.children):
            return subject
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def mutual(item: JudgedCandidate) -> bool:
    """An act of force of two parties or more against each other, with no target ("Indian and
    Pakistani troops exchanged fire", "fighting between the army and the rebels")."""
    parties = resolved(item.candidate.sources)
    return lookup(item.status.cameo).quad_class == 4 and not other_side_targets(item) \
        and len({party(r) for r in parties}) >= 2


def participant(ref: ActorRef) -> str:
    """The party a participant of a meeting or signing stands for (:func:`same_sides`): its state, as :func:`party`
    says; an organisation of states, or an official holding its office, that no state owns, by its code ("The
    European Union and the Philippines signed a partnership" / "The document was signed by EU foreign policy chief
    Kaja Kallas and Foreign Secretary Theresa Lazaro": the bloc and its office-holder are one party)."""
    if ref.country is None and ref.code and ref.code.startswith(ORGANISATION_OF_STATES):
        return f"code:{ref.code}"
    return party(ref)


def party(ref: ActorRef) -> str:
    """The party an actor belongs to in a fight: its state for a state actor, else itself."""
    return f"state:{ref.country}" if state_actor(ref) and ref.country else ref.key


def force_account(item: JudgedCandidate, told: bool = False) -> bool:
    """Someone's account of an act of force (reported speech: "India's army said Pakistani troops had
    opened fire"; with ``told``, the clause of a reporting verb, also a party's account of its own deed, asserted
    and attributed to no one: "Syria's defence ministry said its forces had responded"), not the narrative's own
    ("Pakistan hit back with drones", a further act, nor "Afghan forces then shelled a post, it said", where the
    copy's source tells the next step)."""
    status = item.status
    return lookup(status.cameo).quad_class == 4 \
        and (status.modality == "reported" or told and status.modality == "asserted" and status.attribution is None)


def within(item: JudgedCandidate, parties: list[ActorRef]) -> bool:
    """Every resolved doer and target of ``item`` is one of ``parties`` or civilians of a party state (one
    side's account of a fight: "Pakistani troops had opened fire on its posts", "two soldiers had been
    killed", "targeting civilians in the Neelum valley")."""
    mine = resolved(item.candidate.sources) + other_side_targets(item)
    sides = {party(r) for r in parties}
    return bool(mine) and all(party(r) in sides or (r.sector == "CVL" and f"state:{r.country}" in sides)
                              for r in mine)  # a party's civilians are on its side: "targeting civilians"
