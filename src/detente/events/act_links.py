"""How one mention hangs on another in the parse (for the ``acts`` step, ``events/acts.py``), and what its
trigger's nouns say.

A participle detailing a verb of force ("stormed the town, torching ..."), a verb of force whose subject is
an act ("fighting ... killed dozens"), an event noun that is the object of a mention's verb ("hold its
drills"), the meeting a trip is for ("will travel to Washington to meet ..."), a clause saying when an act
of force happened ("were killed when gunmen stormed ..."), the clause of a reporting verb; and, of a
nominal mention, whether it is plural, anaphoric ("the attack"), generic ("the move") or marked as a
further act ("another strike").

A ship taken in to port ("the trawler was escorted to the port of X", CAMEO 170) is the last stage of its seizure, or
of its detention, told before (``taken_in``).

Conjoined verbs of one subject are one act when they are of force or of one kind (``_one_kind``), but not a summons
conjoined to a criticism ("condemned the raid and summoned the envoy"), codes ``data/conjoined_apart.tsv`` keeps
apart ("agreed to hold joint patrols and to share intelligence"), or a verb bounded by a "since" phrase ("has
besieged the town since May and has repeatedly shelled it"): two acts each. Two verbs sharing one object, told
once after the second ("has trained and equipped the coast guard", "will train and equip two brigades"), are one
act when both are of material cooperation or the intent to it, whatever their types (``_one_aid``), a "since"
phrase then bounding both; the verb holding the object shows the act (``object_holder``). A protest a summons is for
is the summons, its "to" clause hung as an open complement too ("summoned the envoy to protest": ``purpose_of``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.events.cameo import (
    CASE_CODES,
    COMPLAIN,
    CRITICIZE,
    DEMAND_ROOT,
    FORCE_ROOTS,
    SIGNING,
    conjoined_apart,
    lookup,
)
from detente.events.phrases import definite
from detente.events.same_act import (
    ANAPHOR_WINDOW,
    ATTACK,
    REALIS,
    mention,
    other_side_targets,
    related,
    resolved,
    same_actors,
    same_doer,
    same_sides,
    same_status,
    trigger_words,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.events.lexicon import Words
    from detente.parse_view import ParseView
    from detente.records import JudgedCandidate

MEETING = ("036", "04")  # the will to meet, and meetings: what a trip is for ("travel to Washington to meet ...")
OCCASION_MARKS = ("when", "after")  # "were killed when gunmen stormed the post": the clause says how it happened
ON_PERSONS = ("181", "182", "185", "186")  # abduction, physical assault, assassination: acts of their own on persons
MATERIAL_INTENTS = ("031", "033")  # the intent to cooperate materially, or to give aid: "will train", "will equip"
OBJECTS = ("dobj", "dative")  # a verb's own object: two conjoined verbs with one between them share it
# what may stand between two conjoined verbs that share one object ("trained and equipped", "will jointly finance
# and build", "trained, and then equipped"): a verb with a phrase of its own between ("will pay for the radars and
# train its officers") shares nothing
BETWEEN_CONJUNCTS = ("cc", "punct", "advmod", "aux", "neg")
PURPOSE_LINKS = ("advcl", "xcomp")  # how a "to" clause of purpose hangs on its verb in the parse
SUMMONS_PROTESTS = frozenset({(COMPLAIN, COMPLAIN), (COMPLAIN, CRITICIZE)})  # a summons and the protest it is for
# a demand (CAMEO 10, ``DEMAND_ROOT``) made in a word act or a meeting is an act of its own ("summoned the ambassador
# to demand an explanation", "telephoned his counterpart to demand that ..."), not what that act was done for; what a
# demonstration demands is the demonstration ("marched to demand ..."), and an appeal stays the meeting's ("met ... to
# press the case")
WORD_ACT_ROOTS = 13  # CAMEO roots 01-13: statements, appeals, meetings, demands, disapproval, threats
LASTING_MARK = "since"  # "has besieged the town since May": a state that lasts, not the act of a day
DISAPPROVAL = "11"  # the CAMEO root of disapproval: criticism, accusation, rejection of a charge
TAKEN_IN = "170"  # CAMEO 170 coerce, as a ship escorted to a port is coded (verbs.tsv "escort to", "escort into")
TAKING = ("171", "173")  # seizure (confiscation 1711 too) and detention: what a ship's being taken in to port ends
SEIZED = "171"  # a seizure: of a ship or goods; a detention (173) must be of a ship (_vessel_held)
# what a participle of disapproval may charge for: a protest, summons, complaint or case (``CASE_CODES``), and a
# criticism or disapproval in general ("criticised the agreement, accusing Lisbon of ...": the charge is what it says)
CHARGING = CASE_CODES | {DISAPPROVAL + "0", CRITICIZE}


def holding_verb(item: JudgedCandidate, view: ParseView) -> int | None:
    """The verb (its index) whose object ``item``'s event noun is, directly or after "of" ("is expected to hold
    the first of its two annual drills"), when ``item`` is a nominal event, else None."""
    nouns = _nouns(item)
    if len(nouns) != 1:
        return None
    i = nouns[0].i
    if view.dep[i] == "pobj" and view.lower[view.head[i]] == "of" and view.head[view.head[i]] != view.head[i]:
        i = view.head[view.head[i]]  # "the first of its drills", "a series of strikes"
    return view.head[i] if view.dep[i] == "dobj" and view.head[i] != i else None


def object_of(group: list[JudgedCandidate], item: JudgedCandidate, verb: int | None) -> str | None:
    """Why ``item`` is the act of ``group`` a verb of it does ("hold" its "drills"), or None: ``verb``
    (:func:`holding_verb`) is the verb of a mention of the group, of a related code (the root's general code
    included), neither negated unlike the other."""
    if verb is None:
        return None
    for member in group:
        if verb in verbs(member) and related(member.status.cameo, item.status.cameo, general=True) \
                and member.status.negated == item.status.negated:
            return (f"{mention(item)}: the object of {trigger_words(member)!r} ({member.status.cameo}), "
                    f"mention of {mention(group[0])}")
    return None


def participle_host(item: JudgedCandidate, view: ParseView) -> int | None:
    """The verb (its index) an act of force's participle details, when ``item`` is one with no subject of
    its own ("attacked the ship, [setting] it ablaze and [forcing] its crew to abandon it"), else None."""
    if lookup(item.status.cameo).quad_class != 4:
        return None
    return _bare_participle(item, view)


def _bare_participle(item: JudgedCandidate, view: ParseView) -> int | None:
    """The verb (its index) ``item``'s verb hangs on as a participle with no subject of its own ("attacked the
    ship, setting it ablaze"; "lodged a protest, accusing Kabul of ..."), else None."""
    if item.candidate.nominal:
        return None
    head, dep, tag = view.head, view.dep, view.tag
    verb = item.candidate.head.i
    while dep[verb] == "conj" and head[verb] != verb and tag[head[verb]] == "VBG":
        verb = head[verb]  # "setting it ablaze and forcing ...": the first participle hangs on the act
    if tag[verb] != "VBG" or dep[verb] != "advcl" or head[verb] == verb \
            or any(dep[c] in ("nsubj", "nsubjpass") for c in view.children[verb]):
        return None
    return head[verb]


def detail_of(group: list[JudgedCandidate], item: JudgedCandidate, host: int | None,
               countrywide: frozenset[str], same_code: bool = False) -> str | None:
    """Why ``item`` is what the force of an act of ``group`` did, or None: a participle with no subject
    of its own hung on the verb of an act of force of the group in its sentence ("stormed the town,
    torching a police station", "shadowed the survey ship, forcing it back to port"), by the same doer
    (or none resolved), with a compatible status. Its own code is another kind of force; the act keeps
    the code of the verb it details (:func:`_primary`). With ``same_code`` (asked once the rule of codes and
    sides has not joined it), a participle of the same code whose victims are the target's country's or no one
    known ("attacked a rebel camp, killing two Nigerian soldiers", "fired on a crab boat, killing a crew
    member"): whom it names are the force's victims, not another target ("..., killing three Afghan civilians"
    in a fight of two others stays apart). ``host``: :func:`participle_host` of ``item``."""
    if host is None or all(related(m.status.cameo, item.status.cameo, False) for m in group) != same_code:
        return None  # of the same code: the ordinary rule judges it first
    for member in group:
        if member.candidate.sentence == item.candidate.sentence and host in verbs(member) \
                and lookup(member.status.cameo).quad_class == 4 and same_status(member, item, countrywide) \
                and same_doer(member, item) and (not same_code or _victims_of(member, item)):
            return (f"{mention(item)}: what {trigger_words(member)!r} ({member.status.cameo}) did, "
                    f"mention of {mention(group[0])}")
    return None


def _victims_of(member: JudgedCandidate, item: JudgedCandidate) -> bool:
    """Whether every target ``item`` names is of a country of a target of ``member`` (or it names none)."""
    countries = {r.country for r in other_side_targets(member)}
    return all(r.country in countries for r in other_side_targets(item))


def charge_host(item: JudgedCandidate, view: ParseView) -> int | None:
    """The verb (its index) a participle of disapproval (CAMEO 11) with no subject of its own hangs on ("lodged a
    protest with Kabul, accusing it of ...", "brought a case against Myanmar, accusing it of genocide"), when ``item``
    is one, else None."""
    if not item.status.cameo.startswith(DISAPPROVAL):
        return None
    return _bare_participle(item, view)


def charge_of(group: list[JudgedCandidate], item: JudgedCandidate, host: int | None,
              saying: frozenset[str] = frozenset()) -> str | None:
    """Why ``item`` is what a protest or complaint of ``group`` charges, or None: ``host`` (:func:`charge_host`) is
    the verb of a mention of the group in its sentence that lodges a protest, summons an envoy or brings a complaint
    or case (``CASE_CODES``: "lodged a protest with Kabul's rulers, accusing them of failing to ...", "filed
    a case at the World Court, accusing Mexico of ..."), or that criticises or disapproves (110, 111: "criticised
    the agreement, accusing Lisbon of ...", session 61), by the same doer (or none resolved) to the same targets (or
    none), with a compatible status: the charge is the protest's or criticism's, one act shown by it. An accusation
    hung on another verb ("demanded the release of the drivers, accusing Kampala of ...", "closed the border,
    accusing Kigali of ...") is left to the other rules; so is one with a subject of its own. A criticism hosts no
    participle of a neutral reporting verb (``saying``, its lemmas: "condemned the raid, saying that the border region
    was unsafe"): what that tells is said, and whom it names is no side of the criticism."""
    if host is None:
        return None
    for member in group:
        if member.candidate.sentence == item.candidate.sentence and not member.candidate.nominal \
                and host in verbs(member) and member.status.cameo[:3] in CHARGING \
                and (member.status.cameo[:3] in CASE_CODES or item.candidate.head.lemma_ not in saying) \
                and same_status(member, item, frozenset()) and same_doer(member, item) \
                and _same_targets(member, item):
            return (f"{mention(item)}: what {trigger_words(member)!r} ({member.status.cameo}) charges, "
                    f"mention of {mention(group[0])}")
    return None


def conjunct_host(item: JudgedCandidate, view: ParseView) -> int | None:
    """The verb (its index) an act of force's verb is a conjunct of, sharing its subject ("blocked the boat and
    rammed it twice": "rammed", no subject of its own), when ``item`` is one (CAMEO 18-20), one of material
    cooperation or of verbal conflict (quad classes 2, 3: "withdrew its troops and handed the town over", "called the
    veto a disgrace and accused Moscow of ..."), else None. Neither verb may be bounded by a "since" phrase
    (``LASTING_MARK``): a state held since a time is not the act of a day conjoined to it ("has besieged the town
    since May and has repeatedly shelled its camps", "launched an offensive in March and has encircled the town since
    then": two acts each)."""
    if item.candidate.nominal or (int(item.status.cameo[:2]) not in FORCE_ROOTS
                                  and lookup(item.status.cameo).quad_class not in (2, 3)
                                  and not _aid(item.status.cameo)):
        return None
    verb = item.candidate.head.i
    if view.dep[verb] != "conj" or view.head[verb] == verb \
            or any(view.dep[c] in ("nsubj", "nsubjpass") for c in view.children[verb]):
        return None
    host = view.head[verb]
    shared = _shared_object(verb, host, view)
    if not shared and (_aid(item.status.cameo) and lookup(item.status.cameo).quad_class != 2):
        return None  # an intent of material cooperation joins only a verb it shares its object with
    if not shared and any(view.dep[c] == "prep" and view.lower[c] == LASTING_MARK
                          for v in (verb, host) for c in view.children[v]):
        return None
    return host


def _aid(code: str) -> bool:
    """Whether ``code`` is one of material cooperation (quad class 2) or of the intent to it (``MATERIAL_INTENTS``):
    what the verbs of one subject sharing one object may tell as one act ("has trained and equipped the coast
    guard", "will train and equip two brigades")."""
    return code.startswith(MATERIAL_INTENTS) or lookup(code).quad_class == 2


def _shared_object(verb: int, host: int, view: ParseView) -> bool:
    """Whether the conjunct ``verb`` has an object the verb it is a conjunct of, ``host``, has none of its own: the
    one object of both ("trained and equipped the coast guard", "will train and equip two brigades"); a "since"
    phrase on either then bounds both (a deed lasting since a time, done two ways)."""
    return host < verb and all(view.dep[i] in BETWEEN_CONJUNCTS for i in range(host + 1, verb)) \
        and any(view.dep[c] in OBJECTS for c in view.children[verb]) \
        and not any(view.dep[c] in OBJECTS for c in view.children[host])


def object_holder(item: JudgedCandidate, group: list[JudgedCandidate], view: ParseView) -> bool:
    """Whether another mention of ``group`` is a conjunct of ``item``'s verb that holds the object both share
    (:func:`_shared_object`): the act is shown by that verb, with its object ("to jointly finance and build a
    plant": the building of the plant; "has trained and equipped the coast guard": the equipping)."""
    verb = item.candidate.head.i
    return not item.candidate.nominal and any(
        not other.candidate.nominal and view.dep[other.candidate.head.i] == "conj"
        and view.head[other.candidate.head.i] == verb and _shared_object(other.candidate.head.i, verb, view)
        for other in group if other is not item)


def conjoined_force(group: list[JudgedCandidate], item: JudgedCandidate, host: int | None,
                     countrywide: frozenset[str], view: ParseView) -> str | None:
    """Why ``item`` is, with the verb it is a conjunct of, one act of force of ``group``, or None: ``host``
    (:func:`conjunct_host`) is the verb of a mention of the group in its sentence coding force too (CAMEO 18-20,
    of any code: "surrounded the town and shelled its garrison", "blocked its path and rammed it"), with the same
    sides (the targets the same or one missing) and a compatible status with every mention (another day or place
    is another act: "shelled Kherson on Tuesday and struck Odesa on Wednesday"). An arrest or a seizure (CAMEO
    17) after a raid is another act, and so is an act on persons (an abduction, an assault on someone, an
    assassination: ``ON_PERSONS``) in an attack of another code ("stormed the village and abducted 30 people")."""
    if host is None or not all(same_status(m, item, countrywide) for m in group):
        return None
    for member in group:
        codes = (member.status.cameo, item.status.cameo)
        if member.candidate.sentence == item.candidate.sentence and not member.candidate.nominal \
                and host in verbs(member) \
                and (_one_force(*codes) or _one_kind(*codes) or _one_aid(item, host, view, *codes)) \
                and same_sides(member, item, False):
            kind = "force" if _one_force(*codes) else "one kind" if _one_kind(*codes) else "aid to one object"
            return (f"{mention(item)}: a verb of {kind} sharing the "
                    f"subject of {trigger_words(member)!r} ({member.status.cameo}), mention of {mention(group[0])}")
    return None


def _one_aid(item: JudgedCandidate, host: int, view: ParseView, a: str, b: str) -> bool:
    """Whether ``item``'s verb and ``host``, the verb it is a conjunct of, are two ways of one aid to one object:
    both of material cooperation or the intent to it (``_aid``, whatever their PLOVER types: training is COOPERATE,
    equipping AID), the object told once, after the second verb (:func:`_shared_object`: "has funded and equipped
    the coast guard", "will train and equip two new brigades"), and the codes not of two fields
    ``data/conjoined_apart.tsv`` keeps apart. Verbs with an object each ("will give Sri Lanka's navy four drones and
    train its crews") are left to the other tests."""
    return _aid(a) and _aid(b) and _shared_object(item.candidate.head.i, host, view) and not conjoined_apart(a, b)


def _one_force(a: str, b: str) -> bool:
    """Two codes of force (CAMEO 18-20) one act may be told by, of one subject: not an act on persons in an attack
    of another code."""
    return int(a[:2]) in FORCE_ROOTS and int(b[:2]) in FORCE_ROOTS \
        and (related(a, b, False) or not any(code.startswith(ON_PERSONS) for code in (a, b)))


def _one_kind(a: str, b: str) -> bool:
    """Two codes of material cooperation (quad class 2) of one PLOVER type, or two codes of verbal conflict (quad
    class 3) of one PLOVER type, which one act of one subject may be told by ("withdrew its troops and handed the
    town over": RETREAT; "withdrew the bill and dissolved the cabinet": CONCEDE; "called the veto a disgrace and
    accused Moscow of ...": ACCUSE). Two word acts of one code, and verbal cooperation, are left to the test of what
    they are about (``same_act.other_objects``: "condemned the arrest ... and condemned Israel for the strikes",
    "called on Kyiv's partners ... and urged the United States ..." are two acts). Material conflict is not:
    "seized a boat and detained its crew", "suspended talks and recalled its ambassador", "detained three
    activists and deported them" are two acts; nor is a summons (``COMPLAIN``, done to an envoy, not said) and
    what else is said ("summoned the ambassador and accused Nairobi of ..."); but two acts of that code are one
    protest ("summoned the ambassador and handed him a protest note"), and so are a summons and the criticism of
    the act protested said with it (``CRITICIZE``: "summoned Norway's ambassador and called the ban
    unjustified"), the criticism conjoined to the summons (``a`` is the code of the verb ``b``'s is a conjunct of);
    a criticism the summons is conjoined to is a statement of its own ("condemned the raid and summoned Ruritania's
    envoy": two acts). Codes of one type that ``data/conjoined_apart.tsv`` says are two acts are not one kind
    ("agreed to hold joint patrols and to share intelligence": military cooperation and the sharing of
    intelligence)."""
    if a == b == COMPLAIN or (a, b) == (COMPLAIN, CRITICIZE):
        return True
    x, y = lookup(a), lookup(b)
    return x.quad_class == y.quad_class and x.quad_class in (2, 3) and x.plover is not None \
        and x.plover == y.plover and COMPLAIN not in (a, b) and (x.quad_class == 2 or a != b) \
        and not conjoined_apart(a, b)


def first_time_host(item: JudgedCandidate, view: ParseView) -> int | None:
    """The noun "time" (its index) when ``item``'s verb is a relative clause on "the first time" said of a clause
    ("shot down two Russian drones overnight, the first time the alliance had downed Russian aircraft"), else
    None. "The second time" tells another, earlier act."""
    if item.candidate.nominal:
        return None
    verb = item.candidate.head.i
    noun = view.head[verb]
    if view.dep[verb] != "relcl" or noun == verb or view.lemma[noun] != "time" \
            or view.dep[noun] not in ("npadvmod", "appos") or view.head[noun] == noun \
            or not any(view.lower[c] == "first" for c in view.children[noun]):
        return None
    return noun


def first_time(group: list[JudgedCandidate], item: JudgedCandidate, noun: int | None) -> str | None:
    """Why ``item`` is the act of ``group`` it calls the first of its kind, or None: ``noun`` (:func:`first_time_host`)
    comes after the verb of a mention of the group in its sentence (the parser hangs "the first time" on that
    verb or on the verb of the main clause), of a related code (the root's general code included, or two attacks
    with weapons: "shot down" / "downed"), by the same resolved doers (or none of its own) to the same targets
    (or none), neither negated unlike the other, both realis. The clause's tense and dates ("had downed ... since
    the war began") are the comparison's, not the act's."""
    if noun is None:
        return None
    for member in group:
        x, y = member.status, item.status
        if member.candidate.sentence == item.candidate.sentence and not member.candidate.nominal \
                and member.candidate.head.i < noun \
                and (related(x.cameo, y.cameo, True) or x.cameo in ATTACK and y.cameo in ATTACK) \
                and x.negated == y.negated and x.modality in REALIS and y.modality in REALIS \
                and same_doer(member, item) and _same_targets(member, item):
            return (f"{mention(item)}: the first time of {trigger_words(member)!r} ({member.status.cameo}), "
                    f"mention of {mention(group[0])}")
    return None


def _same_targets(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """The same resolved targets (a country's state bodies and its civilians one target), or one without any."""
    mine, theirs = other_side_targets(a), other_side_targets(b)
    return not (mine and theirs) or same_actors(mine, theirs, people=True)


def act_subject(item: JudgedCandidate, view: ParseView) -> int | None:
    """The subject of ``item``'s verb (its index) when ``item`` is a verb of force whose subject is not
    among its doers, so perhaps an act told by what it did ("fighting in the capital in May killed dozens",
    "the war has killed tens of thousands and forced millions from their homes": a conjunct shares the
    first verb's subject; "in a war that has killed tens of thousands": a relative pronoun stands for the
    noun its clause hangs on, which may lie inside the act's phrase: "a drone strike on a camp near the border
    that killed seven people"), else None. :func:`done_by_act` checks that it is an act."""
    if item.candidate.nominal or lookup(item.status.cameo).quad_class != 4:
        return None
    verb = item.candidate.head.i
    subject = _subject(verb, view)
    if subject is not None and view.tag[subject] == "WDT" and view.dep[verb] == "relcl" and view.head[verb] != verb:
        return view.head[verb] if view.pos[view.head[verb]] in ("NOUN", "PROPN") else None  # "near Kajo Keji that"
    if subject is None or view.pos[subject] in ("PRON", "PROPN") or subject in {t.i for t, _ in item.candidate.sources}:
        return None
    return subject


def _subject(verb: int, view: ParseView) -> int | None:
    """The one subject of a verb (an index), or of the verb it is a conjunct of ("has killed ... and
    forced ...")."""
    dep, head, children = view.dep, view.head, view.children
    subjects = [c for c in children[verb] if dep[c] == "nsubj"]
    while not subjects and dep[verb] == "conj" and head[verb] != verb:
        verb = head[verb]  # "broke out in April and has killed ... and forced ...": the first verb's subject
        subjects = [c for c in children[verb] if dep[c] == "nsubj"]
    return subjects[0] if len(subjects) == 1 else None


def within_act(member: JudgedCandidate, act: int, view: ParseView) -> bool:
    """The noun ``act`` names the act ``member``'s verb is done in ("has been fighting the RSF since 2023 in a
    war that has killed ..."): the object of an "in" on that verb."""
    prep = view.head[act]
    return view.dep[act] == "pobj" and view.lower[prep] == "in" and view.head[prep] != prep \
        and view.head[prep] in verbs(member) and not member.candidate.nominal


def _one_subject_act(member: JudgedCandidate, item: JudgedCandidate, act: int, view: ParseView) -> bool:
    """Two verbs of force with one subject that is neither's doer, both naming the same doers by the same
    words: the subject is an act ("the war between the army and the RSF has killed ... and forced ...")."""
    if member.candidate.nominal or _subject(member.candidate.head.i, view) != act or view.pos[act] != "NOUN":
        return False
    mine, theirs = {t.i for t, _ in member.candidate.sources}, {t.i for t, _ in item.candidate.sources}
    return bool(mine) and mine == theirs


def done_by_act(group: list[JudgedCandidate], item: JudgedCandidate, act: int | None,
                 view: ParseView) -> str | None:
    """Why ``item`` is what an act of force of ``group`` did, or None: in one sentence, its verb's subject
    (``act``: :func:`act_subject`) is that act's event noun ("fighting ... killed dozens"), or the
    subject of that act's verb too ("the war has killed ... and forced ..."), by the same doers (or
    none resolved), neither negated unlike the other, both realis or of one modality. The verb's own
    tense and date do not count: they are the noun's ("fighting in May 2025 killed dozens")."""
    if act is None:
        return None
    for member in group:
        if member.candidate.sentence != item.candidate.sentence or lookup(member.status.cameo).quad_class != 4:
            continue
        if act not in verbs(member) and not _one_subject_act(member, item, act, view) \
                and not within_act(member, act, view) and not _in_act_phrase(member, item, act, view):
            continue
        x, y = member.status, item.status
        if x.negated == y.negated and (x.modality == y.modality or x.modality in REALIS and y.modality in REALIS) \
                and (same_doer(member, item) or _parties_of(member, item, act, view)):
            return (f"{mention(item)}: what the act {item.candidate.head.doc[act].text!r} did, "
                    f"mention of {mention(group[0])}")
    return None


PHRASE_DEPS = ("pobj", "prep", "compound", "nmod", "appos")  # the links of a noun phrase's own parts


def _in_act_phrase(member: JudgedCandidate, item: JudgedCandidate, act: int, view: ParseView) -> bool:
    """``item``'s verb heads a relative clause ("that"/"which") on a noun inside the phrase of ``member``'s event noun
    ("a drone strike on a camp near the border that killed seven people": the parser hangs the clause on the nearest
    noun, "border"; the camp and the border kill no one, the strike does). Only an event noun's phrase: a relative
    clause on a verb's object says what that object did ("bombed a base of the group that had killed ...")."""
    if not member.candidate.nominal or view.dep[item.candidate.head.i] != "relcl":
        return False
    i = act
    for _ in range(12):  # a phrase of a few prepositional links at most
        if i in verbs(member):
            return True
        if view.dep[i] not in PHRASE_DEPS or view.head[i] == i or view.pos[i] in ("VERB", "AUX"):
            return False
        i = view.head[i]
    return False


def _parties_of(member: JudgedCandidate, item: JudgedCandidate, act: int, view: ParseView) -> bool:
    """Every doer ``item`` names is a word of the phrase of the act that is its verb's subject ("an Afghan Taliban
    attack on a Pakistani border post killed three soldiers": the Taliban and the post's country are the attack's
    parties, not other doers), and that act is ``member``'s event noun: whom it names is the act's business."""
    if not member.candidate.nominal or act not in verbs(member) or not item.candidate.sources:
        return False
    phrase = {t.i for t in item.candidate.head.doc[act].subtree}
    return all(token.i in phrase for token, _ in item.candidate.sources)


def verbs(item: JudgedCandidate) -> set[int]:
    return {item.candidate.head.i, *(t.i for t in item.candidate.trigger)}


def told_verb(item: JudgedCandidate, words: Words, saying: frozenset[str], view: ParseView) -> bool:
    """A verb someone is said to have done: the clause of a reporting verb ("said its soldiers had arrested
    ...", "said the drones had targeted ... and that ...", "bombed the camps ..., the spokesman told reporters"),
    whoever says it; ``saying``: the lemmas of reporting.tsv's neutral frames ("say", "tell", "add")."""
    if item.candidate.nominal:
        return False
    verb, dep, head = view.coordination_head(item.candidate.head.i), view.dep, view.head
    return dep[verb] == "ccomp" and head[verb] != verb \
        and (view.lemma[head[verb]] in words.speech_verb or view.lemma[head[verb]] in saying)


def plural(item: JudgedCandidate) -> bool:
    return any(noun.tag_ in ("NNS", "NNPS") for noun in _nouns(item))


def _nouns(item: JudgedCandidate) -> list[Token]:
    candidate = item.candidate
    return [t for t in candidate.trigger if t.pos_ in ("NOUN", "PROPN")] if candidate.nominal else []


def anaphoric_noun(item: JudgedCandidate, words: Words) -> bool:
    """A definite event noun with no resolved doer of its own: "the attack", "this decision"."""
    if resolved(item.candidate.sources):
        return False
    return any(definite(noun, words) for noun in _nouns(item))


def generic(item: JudgedCandidate, words: Words) -> bool:
    return any(noun.lemma_.lower() in words.generic_anaphor for noun in _nouns(item))


def marked_new(item: JudgedCandidate, words: Words, view: ParseView) -> bool:
    """"another strike", "a second round of talks", "struck again": a further act, not a mention."""
    heads = {item.candidate.head.i, *(t.i for t in item.candidate.trigger)}
    return any(view.lower[child] in words.new_act_marker for i in heads for child in view.children[i])


def trip_and_purpose(a: JudgedCandidate, b: JudgedCandidate, words: Words) -> bool:
    """One a trip ("will travel to Washington"), the other what the trip is for, in a "to" clause of its
    verb ("to meet the trade representative"): one visit."""
    return trip_for(a, b, words) or trip_for(b, a, words)


def trip_host(item: JudgedCandidate, words: Words) -> int | None:
    """The trip verb (its index) whose purpose ``item`` is, in a "to" clause ("will travel to Washington
    on Monday to meet ..."), when it codes a meeting or the will to meet (CAMEO 036, 04), else None."""
    if item.candidate.nominal or not item.status.cameo.startswith(MEETING):
        return None
    return _trip_of(item.candidate.head, words)


def trip_purpose(group: list[JudgedCandidate], item: JudgedCandidate, trip: int | None) -> str | None:
    """Why ``item`` is the meeting a trip of ``group`` is for, or None: the trip's verb is ``trip``
    (:func:`trip_host`), a visit (CAMEO 03 or 04) by the same doer (or none resolved), neither negated
    unlike the other. Its code and modality need not be the trip's: "will travel (a visit) ... to meet (the
    will to meet)" is one visit, intended or planned."""
    if trip is None:
        return None
    for member in group:
        if trip in verbs(member) and member.status.cameo[:2] in ("03", "04") \
                and member.status.negated == item.status.negated and same_doer(member, item):
            return (f"{mention(item)}: what the trip {trigger_words(member)!r} ({member.status.cameo}) is for, "
                    f"mention of {mention(group[0])}")
    return None


def purpose_host(item: JudgedCandidate, words: Words) -> int | None:
    """The verb (its index) whose purpose ``item`` is, in a "to" clause with no subject of its own hung on it
    ("telephoned his counterpart on Tuesday to express his support", "blocked the highway to protest against the
    fee"; an open complement too, "summoned Libya's charge d'affaires to protest", which :func:`purpose_of` takes
    only for a protest made in a summons), else None; a trip's purpose is told by :func:`trip_host` (a meeting) or
    is a further act ("travelled to Nairobi to sign an accord")."""
    if item.candidate.nominal:
        return None
    purpose = item.candidate.head
    verb = purpose.head
    if purpose.dep_ not in PURPOSE_LINKS or verb.i == purpose.i or verb.lemma_.lower() in words.trip_verb \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in purpose.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in purpose.children):
        return None
    return verb.i


def purpose_of(group: list[JudgedCandidate], item: JudgedCandidate, host: int | None) -> str | None:
    """Why ``item`` is what an act of ``group`` was done for, or None: ``host`` (:func:`purpose_host`) is the verb
    of a mention of the group in its sentence, by the same doer (or none resolved), to the same targets (or one
    without: "spoke by phone with X and with Y to brief them" is two calls when only X is the call's), neither
    negated unlike the other, the mention realis. The purpose is told by the act ("telephoned ... to express his
    support": the call; "summoned the ambassador to protest": the summons), whatever its code and modality; an act
    of force or an agreement is no act's purpose ("deployed troops to attack", "met to sign an accord": further
    acts). A purpose the parse hangs on the verb as an open complement ("summoned Libya's charge d'affaires to
    protest against ...", xcomp, as it hangs "asked Kyiv to negotiate") is taken only when it is the protest or
    criticism of a summons (``SUMMONS_PROTESTS``): a protest made in a summons is the summons (a demand made in it
    is an act of its own, "summoned the ambassador to demand ...", and is not joined this way). Nor is a demand
    (``DEMAND_ROOT``) made in a word act or a meeting, however the clause hangs ("summoned the ambassador on Monday
    to demand an explanation", "telephoned his counterpart to demand that ...": two acts), while the demand of a
    demonstration is the demonstration ("marched on Tuesday to demand ...")."""
    if host is None or int(item.status.cameo[:2]) in FORCE_ROOTS or item.status.cameo.startswith(SIGNING):
        return None
    complement = item.candidate.head.dep_ != "advcl"  # an open complement: "asked Kyiv to negotiate" is no purpose
    for member in group:
        if member.candidate.sentence == item.candidate.sentence and not member.candidate.nominal \
                and host in verbs(member) and member.status.modality in REALIS \
                and (not complement or (member.status.cameo, item.status.cameo) in SUMMONS_PROTESTS) \
                and not (int(item.status.cameo[:2]) == DEMAND_ROOT and int(member.status.cameo[:2]) <= WORD_ACT_ROOTS) \
                and member.status.negated == item.status.negated and same_doer(member, item) \
                and _same_targets(member, item):
            return (f"{mention(item)}: what {trigger_words(member)!r} ({member.status.cameo}) was done for, "
                    f"mention of {mention(group[0])}")
    return None


INTENT = "03"  # express intent to cooperate: "agreed to", "offered to", "pledged to" (CODING-GUIDE 3: intended)
MEET_INTENT = "036"  # the will to meet: a trip or a meeting, told by the rules of trips and meetings
INTENT_LINKS = ("xcomp", "advcl")  # "agreed to study selling water", "offered to send a ship to escort the trawlers"


def intended_hosts(item: JudgedCandidate, view: ParseView) -> frozenset[int] | None:
    """The verbs (their indices) whose complement ``item``'s verb is, through "to" clauses and other open
    complements, up to three links ("agreed to study [selling] water", "offered to send a navy ship to
    [escort] trawlers"), when ``item`` is a verb of material cooperation (quad class 2: CAMEO 06-08) or of an
    intent to cooperate itself ("agreed to set up a joint centre to [share] intelligence", 0314), else None. A
    meeting or talks intended ("agreed to keep discussing the platforms") are an act of their own."""
    code = item.status.cameo
    if item.candidate.nominal or not (lookup(code).quad_class == 2 or code.startswith(INTENT)) \
            or code.startswith(MEET_INTENT):
        return None
    hosts, verb = set(), item.candidate.head.i
    for _ in range(3):
        if view.dep[verb] not in INTENT_LINKS or view.head[verb] == verb:
            break
        verb = view.head[verb]
        hosts.add(verb)
    return frozenset(hosts) or None


def intended_by(group: list[JudgedCandidate], item: JudgedCandidate, hosts: frozenset[int] | None) -> str | None:
    """Why ``item`` is the act a mention of ``group`` expresses the intent to do, or None: in one sentence, the verb of
    an intent to cooperate (CAMEO 03, not the will to meet, 036, which is a trip's or a meeting's: "will travel to
    Nairobi to sign an accord" is two acts; "Malaysia agreed to study selling water to Singapore") is one of ``hosts``
    (:func:`intended_hosts`), by the same doer (or none resolved), neither negated unlike the other. The intent is
    the frame of the act it names (CODING-GUIDE 3): one act, shown by the act intended, whatever the two
    modalities ("agreed", asserted; "selling", intended)."""
    if hosts is None:
        return None
    for member in group:
        if member.candidate.sentence == item.candidate.sentence and not member.candidate.nominal \
                and member.status.cameo.startswith(INTENT) and not member.status.cameo.startswith(MEET_INTENT) \
                and member.candidate.head.i in hosts \
                and member.status.negated == item.status.negated and same_doer(member, item):
            return (f"{mention(item)}: the act {trigger_words(member)!r} ({member.status.cameo}) intends, "
                    f"mention of {mention(group[0])}")
    return None


def trip_for(trip: JudgedCandidate, act: JudgedCandidate, words: Words, own_verb_only: bool = False) -> bool:
    """Whether ``act`` is what ``trip`` is for (:func:`_trip_of`). With ``own_verb_only``, only a "to" clause on the
    trip's own verb (or a verb joined to it with no subject of its own) counts, not a clause hung on the frame
    nor a "where" clause: those are the shapes whose purpose reads its tense and date off the trip's clause and
    so may show the visit (a "where" clause or a clause hung on the frame reads its own: the trip shows the
    visit)."""
    return _trip_of(act.candidate.head, words, own_verb_only) == trip.candidate.head.i


def _trip_of(purpose: Token, words: Words, own_verb_only: bool = False) -> int | None:
    """The trip verb (its index) a "to" clause is the purpose of ("will travel to Washington to meet ..."),
    else None. A verb joined to the clause's with no subject of its own is for the trip too ("to inspect the port
    and meet local officials"); the clause may hang on the frame the trip is the open complement of ("is due to
    travel to Kampala next week to meet ..."); a "where" clause on the trip's destination tells what is done there
    ("will travel to Kampala on Monday, where it will meet ..."). With ``own_verb_only``, the two last shapes are
    not read: only a "to" clause on the trip verb itself (or its subjectless conjunct) is a purpose."""
    while purpose.dep_ == "conj" and purpose.head.i != purpose.i and not _own_subject(purpose):
        purpose = purpose.head
    verb = purpose.head
    if purpose.dep_ == "relcl" and not own_verb_only \
            and any(c.dep_ == "advmod" and c.lower_ == "where" for c in purpose.children):
        trip = verb.head.head  # the place, its preposition ("to", not "from"), the verb the preposition is on
        return trip.i if verb.dep_ == "pobj" and verb.head.dep_ == "prep" \
            and verb.head.lower_ in words.destination_prep and trip.lemma_.lower() in words.trip_verb else None
    if purpose.dep_ not in ("advcl", "xcomp") or verb.i == purpose.i \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in purpose.children):
        return None
    if verb.lemma_.lower() in words.trip_verb:
        return verb.i
    if own_verb_only:
        return None
    return next((t.i for t in _open_complements(verb, 2) if t.lemma_.lower() in words.trip_verb), None)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _open_complements(verb: Token, depth: int) -> list[Token]:
    """The open complements under ``verb``, ``depth`` links down ("is due to travel": "due", "travel")."""
    found, layer = [], [verb]
    for _ in range(depth):
        layer = [c for t in layer for c in t.children if c.dep_ in ("xcomp", "acomp")]
        found.extend(layer)
    return found


def occasion(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """Two acts of force of one sentence, one with no doer of its own in a clause of the other's verb that
    says when it happened ("seven soldiers were killed on Thursday when gunmen stormed the post"): the
    killing is what the storming did, whether or not its doer is known ("gunmen" have no country). Their
    targets are the same or one has none."""
    if a.candidate.sentence != b.candidate.sentence or a.candidate.nominal or b.candidate.nominal \
            or not all(lookup(x.status.cameo).quad_class == 4 for x in (a, b)):
        return False
    for one, other in ((a, b), (b, a)):
        clause = other.candidate.head
        if not resolved(one.candidate.sources) and other.candidate.sources \
                and clause.dep_ == "advcl" and clause.head.i in verbs(one) \
                and any(c.dep_ in ("advmod", "mark") and c.lower_ in OCCASION_MARKS for c in clause.children):
            return _same_targets(one, other)
    return False


def taken_in_host(item: JudgedCandidate, words: Words) -> int | None:
    """The destination preposition (its index) on the verb of a mention of coercion by the root's general code
    (170) that takes someone or something somewhere ("escorted the trawler to port", "the boat was escorted into
    Mytilene harbour": words.tsv ``destination_prep``), else None."""
    if item.status.cameo != TAKEN_IN or item.candidate.nominal:
        return None
    return next((c.i for c in item.candidate.head.children
                 if c.dep_ == "prep" and c.lower_ in words.destination_prep), None)


def taken_in(group: list[JudgedCandidate], item: JudgedCandidate, prep: int | None, words: Words) -> str | None:
    """Why ``item``, a ship or people taken in to port (``prep``: :func:`taken_in_host`), is the last stage of a
    seizure or detention of ``group`` (README of eval/wire: stages of one deed on one object are one act), or None.
    The seizure or detention (``TAKING``) is realis and not negated, told in the same sentence or at most
    ``ANAPHOR_WINDOW`` sentences before, with a compatible status; the mention's doers are none or the same, a
    doer named inside its own destination phrase ("was escorted to the port of Montevideo") being the place it was
    taken to, not who took it; its targets none or the same ("the trawler", "the crew"). A detention is one only of a
    ship (:func:`_vessel_held`): "the arrest of its captain" is another act than the boat taken in."""
    if prep is None:
        return None
    place = {t.i for t in item.candidate.head.doc[prep].subtree}
    doers = [ref for token, ref in item.candidate.sources if ref.kind != "unresolved" and token.i not in place]
    targets = other_side_targets(item)
    for member in group:
        if member.status.cameo.startswith(TAKING) and member.status.modality in REALIS \
                and (member.status.cameo.startswith(SEIZED) or _vessel_held(member, words)) \
                and not member.status.negated \
                and 0 <= item.candidate.sentence - member.candidate.sentence <= ANAPHOR_WINDOW \
                and same_status(member, item, frozenset()) \
                and (not doers or same_actors(resolved(member.candidate.sources), doers)) \
                and (not targets or not other_side_targets(member)
                     or same_actors(other_side_targets(member), targets, people=True)):
            return (f"{mention(item)}: taken in to port, the last stage of the taking of {mention(member)}, "
                    f"mention of {mention(group[0])}")
    return None


def _vessel_held(member: JudgedCandidate, words: Words) -> bool:
    """Whether what a mention of a detention holds is a ship (words.tsv ``vessel_noun``): a target, the object or
    passive subject of its verb, the noun its relative clause hangs on ("a trawler that the coast guard had detained"),
    or the noun after "of" ("the detention of a trawler")."""
    head = member.candidate.head
    held = [token for token, _ in member.candidate.targets] + list(member.candidate.trigger)
    held += [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    held += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if head.dep_ in ("relcl", "acl"):
        held.append(head.head)
    return any(token.lemma_.lower() in words.vessel_noun for token in held)
