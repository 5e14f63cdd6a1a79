"""The ``acts`` step: mentions of the same act in one article become one act (docs/design.md, "Acts").

Wire copy states an act in its lead, restates it in the background ("the attack"), and quotes
someone about it; each is a candidate of its own. A later candidate joins the latest earlier act
whose every mention it is compatible with:

- the same act: CAMEO codes equal or one refining the other ("083" and "0832"); an anaphoric
  event noun ("the attack", "this decision": a definite determiner and no doer of its own) may
  also be the general code of the other's root ("190" and "195"), and a generic anaphor ("the
  move") any code; a meeting ("met": "040") may be the talks or call it was ("held talks": "046";
  "041", "044"), not a visit or a mediation;
- the same sides: the resolved sources are the same actors (a country and its state bodies or
  officials count as the same: "Israel" and "the Israeli military", not "Indian rebels"), the
  targets too, or one of them has none; for meetings and talks (no direction) the participants
  pooled, one set inside the other (a state and its bodies and officials one party: "Qatar mediated
  talks between Afghanistan and Pakistan" / "Qatari officials shuttled between the two delegations").
  For force, a country's ground hit ("hit a car in southern Lebanon": the country) and an armed group of
  that country ("killing two Hezbollah members") are the same target: who was on the ground hit.
  Only an anaphoric noun, or a verb sharing another's subject in one sentence ("The Department of
  Foreign Affairs summoned the ambassador and lodged a protest"), may lack a resolved doer;
- the same status: negation equal; the historical flag too, unless both carry the same date;
  both modalities realis (asserted or
  reported) or equal (a threat or a plan is not the act); dates equal, one inside the other ("a year
  ago": 2025, and "in March 2025"; the act takes the more exact) or one missing; places equal or one
  missing, or, for someone's account (reported speech), one the name of the country the other is in
  ("struck hideouts in Afghanistan" / "the Taliban said ... had bombed homes in Khost province");
- one statement: within a sentence, mentions said by different speakers ("X launched an assault
  even as the Kurds said X had attacked them") are two claims; a verbal act (quad classes 1 and
  3) about other things or actors than another ("rejected a military solution and warned against
  scrapping the deal with Iran"), or addressed to others ("called on Kyiv's partners to ... and urged
  the United States to ..."), is another act, unless it is what a trip is for ("will travel to
  Washington to meet ...": one visit, shown by the meeting, whatever the codes and modalities of the
  trip and of the meeting or will to meet it is for), or both are meetings (whom one names as met is
  told by the participants pooled); two verbal acts on a noun of the same lemma
  ("signed a treaty" / "signed the border treaty"), or two appeals for acts of related codes (event
  nouns: "asked its allies for urgent consultations" / "had formally requested talks"), are about the
  same thing;
- a mention two sentences or more after every mention of the act that is neither anaphoric nor an
  event noun ("Russia's attack on Kharkiv") joins only when it carries the date or the place of one
  of them ("said its forces had hit facilities in Kharkiv"), or says the same words again (a verbal
  act or an appeal of the same code, by the same doer to the same resolved target: "called on the
  Security Council to act" / "'We call on the Security Council ...'"), or is someone's account of it
  (reported speech, the clause of any neutral reporting frame: "..., a spokesman told reporters"; with a
  resolved doer and the code of a realis mention at most ``ANAPHOR_WINDOW`` sentences before: "the
  military said its soldiers had arrested ..."; an attack with weapons, ``ATTACK``, may be told by
  another of its codes: "bombed a depot" / "said it had targeted a supply line"; such an account may
  join in the next sentence too): a verb restated paragraphs later is as often a further act as the
  same one, while the next sentence often details the lead's act ("cut diplomatic ties on Tuesday." /
  "..., recalling its ambassador and closing its embassy");
- a mention that names no known actor on either side ("Two missiles hit the building, witnesses
  said") is a detail of an act already reported: it joins the latest act of known actors of a
  related code (the root's general code included) begun at most ``ANAPHOR_WINDOW`` sentences
  before, with a compatible status. Having no sides, it never keeps a later mention from joining;
  an act none of whose mentions names a known actor on either side (one that joined no act of known
  actors, and was joined by none: "trade through the crossing was halted", "the road had been closed",
  "members are due to discuss the letter") is no event (``no_actor``: it is no edge between actors,
  almost always a detail of the scene), unless a doer the knowledge base does not know has a name or a
  nationality in its phrase ("the Karavan Brotherhood", "Croatian experts") or does an act of material
  conflict ("saboteurs set fire to a depot"); no anaphoric noun points back to such an act;
- a participle with no subject hung on the verb of an act of force in its sentence, coding another
  kind of force ("stormed the town, torching the police station", "shadowed the ship, forcing it back
  to port"), by the same doer or none, with a compatible status, says what that force did: a mention
  of that act, never the one it is shown by;
- in one sentence, a verb of force whose subject is no doer of it but an act (the trigger of a mention
  of an act of force: "fighting between the army and the RSF in March 2024 killed 30 people"; or the
  one subject of two verbs of force naming the same doers: "the war between the army and the RSF has
  killed tens of thousands and forced 12 million from their homes"; or, by a relative pronoun, the noun
  the act's verb is done "in": "has been fighting the RSF since 2023 in a war that has killed tens of
  thousands") says what that act did, whatever its code, tense or date (they are the act's): a mention of
  that act, by the same doers or none, of the same negation and a compatible modality;
- an event noun that is the object of the verb of a mention ("is expected to hold the first of its two
  annual drills"), of a related code (the root's general code included) and the same negation, is what
  that verb does: a mention of its act, shown by the verb, plural or not;
- in one sentence, an act of force with no doer and one with a doer in a "when"/"after" clause of
  its verb ("seven soldiers were killed when gunmen stormed the post"), their targets the same or one
  missing, are one act;
- one side's account of a fight (a "mutual" act of force of two parties or more and no target:
  "exchanged fire"): an act of force in reported speech whose every resolved doer and target is one of
  the fight's parties or their civilians ("India's army said Pakistani troops had opened fire", "said two
  soldiers had been killed", "killing three Pakistani civilians"), at most ``ANAPHOR_WINDOW`` sentences
  after it, with a compatible status, is a mention of the fight, whatever the other side's account says;
  the act is shown by the fight, and takes no place from an account;
- a plural event noun ("Russia's attacks on energy facilities") is a series, joined only
  anaphorically ("the strikes"); nothing on the trigger may mark a further act ("another strike",
  "struck again": ``new_act_marker`` in words.tsv).

A definite event noun that is no candidate itself (no doer or target of its own: "The attack was
the deadliest this year", "condemned the strike") is an anaphor of the latest act of a related
code (as above, the root's general code included), asserted or reported and not negated, begun
at most ``ANAPHOR_WINDOW`` sentences before it: a mention of that act, not an act
(``resolve_event_anaphora`` in ``events/article_sides.py`` gives "condemned the strike" its target;
this step records "the strike" as a mention of the strike).

So two strikes on different days or places, a threat and the attack it threatened, and an
accusation and its denial stay apart. The act is shown by its most informative mention (both
sides resolved, a date, not reported speech, the earliest), whose missing sides, date and place
are taken from the other mentions (they are compatible by construction).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, NamedTuple

from detente.events.cameo import lookup
from detente.events.phrases import definite
from detente.events.places import state_actor
from detente.records import Act, Grouped, Judged, JudgedCandidate, Knowledge

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from spacy.tokens import Token

    from detente.actors.resolve import ActorRef
    from detente.events.extract import Side
    from detente.events.lexicon import Words
    from detente.model import Location
    from detente.parse_view import ParseView

REALIS = ("asserted", "reported")
SYMMETRIC_ROOTS = ("04",)  # consultations and meetings: who met whom has no direction (store.rows.SYMMETRIC)
MEETING = ("036", "04")  # the will to meet, and meetings: what a trip is for ("travel to Washington to meet ...")
ATTACK = ("190", "193", "194", "195")  # force with weapons (general, small arms, artillery, from the air): one attack
OCCASION_MARKS = ("when", "after")  # "were killed when gunmen stormed the post": the clause says how it happened
ANAPHOR_WINDOW = 8  # sentences, as for event anaphora in events/extract.py
NAMING_ENTITIES = ("NORP", "GPE", "ORG", "PERSON")  # a doer phrase with one of these names whose it is
NO_ACTOR = "no actor on either side"  # why an act that joins no act of known actors is no event (no_actor)


def group_acts(judged: Judged, knowledge: Knowledge) -> Grouped:
    """Step ``acts``: the article's candidates grouped into acts, in the order of their first mention."""
    words, view = knowledge.lexicon.words, judged.actors.view(judged.doc)
    saying = frozenset(lemma for lemma, kind in knowledge.lexicon.reporting.items() if kind == "say")
    article = _Article(_countrywide(judged, knowledge), knowledge.lexicon.nouns)
    groups: list[list[JudgedCandidate]] = []
    fights: list[list[JudgedCandidate]] = []  # the mentions of each group that are fights (_mutual), in order
    reasons: list[list[str]] = []
    for item in judged.judged:
        anaphoric = _anaphoric(item, words)
        # what depends on the item alone is judged once, not once per earlier act
        faceless = _faceless(item)
        held = _held(item, view)
        # a plural noun is a series, unless it is the object of another mention's verb ("hold its drills")
        joinable = not _marked_new(item, words, view) \
            and (anaphoric or faceless or not _plural(item) or held is not None)
        alone = _Alone(faceless, _participle_host(item, view) if joinable else None,
                       _act_subject(item, view) if joinable else None,
                       _trip_host(item, words) if joinable else None,
                       joinable and (item.status.modality == "reported" or _told(item, words, saying, view)),
                       held if joinable else None)
        # an item that only the rule of codes and sides can join (it details no act, is told by no act, names
        # actors, is no generic anaphor) joins no act whose first mention's code is unrelated to its own
        # (_joins's first test): told here, without calling _joins for every earlier act
        by_code = alone.host is None and alone.act is None and alone.trip is None and alone.held is None \
            and not faceless \
            and not (anaphoric and _generic(item, words))
        cameo = item.status.cameo
        for number in range(len(groups) - 1, -1, -1) if joinable else ():
            if by_code and not related(groups[number][0].status.cameo, cameo, anaphoric) \
                    and not _one_meeting(groups[number][0], item) \
                    and not _one_attack(groups[number][0], item, alone):
                continue
            why = _joins(groups[number], fights[number], item, words, anaphoric, alone, view, article)
            if why is not None:
                groups[number].append(item)
                if _mutual(item):
                    fights[number].append(item)
                reasons[number].append(why)
                break
        else:
            groups.append([item])
            fights.append([item] if _mutual(item) else [])
            reasons.append([])
    # an act no mention of which names a known actor is no event (``no_actor``): it is left out, and an
    # anaphoric noun does not point back to it
    kept = [no_actor(group) is None for group in groups]
    anaphors: list[list[Token]] = [[] for _ in groups]
    for token, number in _anaphors(judged, groups, kept, knowledge):
        anaphors[number].append(token)
        first = groups[number][0]
        reasons[number].append(f"sentence {judged.actors.sentence_of.get(token.i, 0)} {token.text!r}: anaphoric "
                               f"event noun, mention of sentence {first.candidate.sentence} {_words(first)!r}")
    acts = tuple(Act(judged=_primary(group, words, view), mentions=tuple(group),
                     why=tuple(why) if knowledge.explain else (), anaphors=tuple(nouns))
                 for group, why, nouns, keep in zip(groups, reasons, anaphors, kept) if keep)
    return Grouped(article=judged.article, doc=judged.doc, actors=judged.actors, quotes=judged.quotes, acts=acts)


def _anaphors(judged: Judged, groups: list[list[JudgedCandidate]], kept: list[bool],
              knowledge: Knowledge) -> Iterator[tuple[Token, int]]:
    """(definite event noun that codes nothing itself, number of the act it points back to); only acts
    ``kept`` (events) are pointed back to."""
    lexicon, words, found = knowledge.lexicon, knowledge.lexicon.words, judged.actors
    used = {t.i for item in judged.judged for t in item.candidate.trigger}
    starts = [(min(t.i for t in group[0].candidate.trigger), group[0].candidate.sentence) for group in groups]
    view = found.view(judged.doc)  # a Token only for a definite event noun
    for i, pos in enumerate(view.pos):
        if pos != "NOUN" or i in used:
            continue
        lemma = lexicon.event_noun_at(view, i)
        if lemma is None or not definite(token := judged.doc[i], words):
            continue
        if any(view.lower[c] in words.new_act_marker or view.dep[c] == "poss" or c in found.by_token
               for c in view.children[i]):
            continue  # "another attack"; "Russia's attack" is a candidate of its own when it codes anything
        code, sentence = lexicon.nouns[lemma], found.sentence_of.get(i, 0)
        for number in range(len(groups) - 1, -1, -1):
            if not kept[number]:
                continue
            start, first_sentence = starts[number]
            status = groups[number][0].status
            if start < token.i and 0 <= sentence - first_sentence <= ANAPHOR_WINDOW \
                    and related(status.cameo, code, general=True) and not status.negated and status.modality in REALIS:
                yield token, number
                break


# -- when a candidate is a mention of an earlier act ---------------------------------------------
class _Alone(NamedTuple):
    """What :func:`_joins` reads of the item alone, worked out once per item, not once per earlier act."""

    faceless: bool  # _faceless(item)
    host: int | None  # _participle_host(item)
    act: int | None  # _act_subject(item)
    trip: int | None  # _trip_host(item)
    told: bool  # reported speech (its modality, or the clause of a reporting verb: _told)
    held: int | None  # _held(item)


class _Article(NamedTuple):
    """What :func:`_joins` reads of the article and the lexicon, worked out once per article."""

    countrywide: frozenset[str]  # _countrywide
    nouns: Mapping[str, str]  # the lexicon's event nouns: lemma -> CAMEO code


def _joins(group: list[JudgedCandidate], fight: list[JudgedCandidate], item: JudgedCandidate, words: Words,
           anaphoric: bool, alone: _Alone, view: ParseView, article: _Article) -> str | None:
    """Why ``item`` is a mention of the act of ``group`` (compatible with every mention), or None.
    The caller has checked that ``item`` may join an earlier act at all (not marked new; not a plural
    unless anaphoric or faceless); ``anaphoric`` is :func:`_anaphoric` of it; ``fight``: the mentions of
    ``group`` that are fights (:func:`_mutual`), in order; ``view``: the parse view of the doc."""
    detail = _detail_of(group, item, alone.host, frozenset())
    if detail is None:
        detail = _done_by_act(group, item, alone.act, view)
    if detail is None:
        detail = _trip_purpose(group, item, alone.trip)
    if detail is None:
        detail = _object_of(group, item, alone.held)
    if detail is not None:
        return detail
    if alone.faceless:
        return _joins_faceless(group, item, frozenset())
    # someone's account may name the place more exactly than the country the copy named ("struck hideouts in
    # Afghanistan" / "said ... had bombed homes in Khost province"); the copy's own verbs, a country apart ("has
    # built up its forces in Japan since 2016, when it stationed a unit on Yonaguni"), may be two acts
    countrywide = article.countrywide if alone.told else frozenset()
    account = bool(fight) and _account(item) and all(_within(item, _resolved(m.candidate.sources)) for m in fight)
    for member in group:
        if not (related(member.status.cameo, item.status.cameo, anaphoric) or _one_attack(member, item, alone)
                or _one_meeting(member, item)
                or (anaphoric and _generic(item, words))):
            return None
        if not _same_status(member, item, countrywide) or not (_faceless(member) or account or _occasion(member, item)
                                                  or _same_sides(member, item, anaphoric)):
            return None  # one side's account of a fight need not agree with the other side's
        if not anaphoric and member.candidate.sentence == item.candidate.sentence \
                and _said_by(member) != _said_by(item):
            return None  # "X launched an assault even as the Kurds said X had attacked them": two claims
        if not anaphoric and _verbal(item) and not _both_meetings(member, item) \
                and _other_objects(member, item, article.nouns) \
                and not _trip(member, item, words):
            return None  # "rejected a military solution and warned against scrapping the deal with Iran"
    if not anaphoric and not item.candidate.nominal \
            and all(item.candidate.sentence - m.candidate.sentence > 1 for m in group) \
            and not any(_same_day(m, item) or _same_place(m, item, countrywide) or _same_words(m, item)
                        for m in group) \
            and not (account and item.candidate.sentence - fight[0].candidate.sentence <= ANAPHOR_WINDOW) \
            and not (alone.told and _retold(group, item)):
        return None  # a verb restated paragraphs later: the same act only on the same day or ground
    first = group[0]
    how = f"anaphoric {_words(item)!r}" if anaphoric else "same code, sides and status"
    return (f"sentence {item.candidate.sentence} {_words(item)!r} ({item.status.cameo}): {how}, "
            f"mention of sentence {first.candidate.sentence} {_words(first)!r} ({first.status.cameo})")


def _held(item: JudgedCandidate, view: ParseView) -> int | None:
    """The verb (its index) whose object ``item``'s event noun is, directly or after "of" ("is expected to hold
    the first of its two annual drills"), when ``item`` is a nominal event, else None."""
    nouns = _nouns(item)
    if len(nouns) != 1:
        return None
    i = nouns[0].i
    if view.dep[i] == "pobj" and view.lower[view.head[i]] == "of" and view.head[view.head[i]] != view.head[i]:
        i = view.head[view.head[i]]  # "the first of its drills", "a series of strikes"
    return view.head[i] if view.dep[i] == "dobj" and view.head[i] != i else None


def _object_of(group: list[JudgedCandidate], item: JudgedCandidate, verb: int | None) -> str | None:
    """Why ``item`` is the act of ``group`` a verb of it does ("hold" its "drills"), or None: ``verb``
    (:func:`_held`) is the verb of a mention of the group, of a related code (the root's general code
    included), neither negated unlike the other."""
    if verb is None:
        return None
    for member in group:
        if verb in _verbs(member) and related(member.status.cameo, item.status.cameo, general=True) \
                and member.status.negated == item.status.negated:
            return (f"sentence {item.candidate.sentence} {_words(item)!r} ({item.status.cameo}): the object of "
                    f"{_words(member)!r} ({member.status.cameo}), mention of sentence "
                    f"{group[0].candidate.sentence} {_words(group[0])!r} ({group[0].status.cameo})")
    return None


def _participle_host(item: JudgedCandidate, view: ParseView) -> int | None:
    """The verb (its index) an act of force's participle details, when ``item`` is one with no subject of
    its own ("attacked the ship, [setting] it ablaze and [forcing] its crew to abandon it"), else None."""
    if item.candidate.nominal or lookup(item.status.cameo).quad_class != 4:
        return None
    head, dep, tag = view.head, view.dep, view.tag
    verb = item.candidate.head.i
    while dep[verb] == "conj" and head[verb] != verb and tag[head[verb]] == "VBG":
        verb = head[verb]  # "setting it ablaze and forcing ...": the first participle hangs on the act
    if tag[verb] != "VBG" or dep[verb] != "advcl" or head[verb] == verb \
            or any(dep[c] in ("nsubj", "nsubjpass") for c in view.children[verb]):
        return None
    return head[verb]


def _detail_of(group: list[JudgedCandidate], item: JudgedCandidate, host: int | None,
               countrywide: frozenset[str]) -> str | None:
    """Why ``item`` is what the force of an act of ``group`` did, or None: a participle with no subject
    of its own hung on the verb of an act of force of the group in its sentence ("stormed the town,
    torching a police station", "shadowed the survey ship, forcing it back to port"), by the same doer
    (or none resolved), with a compatible status. Its own code is another kind of force; the act keeps
    the code of the verb it details (:func:`_primary`). ``host``: :func:`_participle_host` of ``item``."""
    if host is None or all(related(m.status.cameo, item.status.cameo, False) for m in group):
        return None  # of the same code: the ordinary rule judges it
    for member in group:
        if member.candidate.sentence == item.candidate.sentence and host in _verbs(member) \
                and lookup(member.status.cameo).quad_class == 4 and _same_status(member, item, countrywide) \
                and _same_doer(member, item):
            return (f"sentence {item.candidate.sentence} {_words(item)!r} ({item.status.cameo}): what "
                    f"{_words(member)!r} ({member.status.cameo}) did, mention of sentence "
                    f"{group[0].candidate.sentence} {_words(group[0])!r} ({group[0].status.cameo})")
    return None


def _act_subject(item: JudgedCandidate, view: ParseView) -> int | None:
    """The subject of ``item``'s verb (its index) when ``item`` is a verb of force whose subject is not
    among its doers, so perhaps an act told by what it did ("fighting in the capital in May killed dozens",
    "the war has killed tens of thousands and forced millions from their homes": a conjunct shares the
    first verb's subject; "in a war that has killed tens of thousands": a relative pronoun stands for the
    noun its clause hangs on), else None. :func:`_done_by_act` checks that it is an act."""
    if item.candidate.nominal or lookup(item.status.cameo).quad_class != 4:
        return None
    verb = item.candidate.head.i
    subject = _subject(verb, view)
    if subject is not None and view.tag[subject] == "WDT" and view.dep[verb] == "relcl" and view.head[verb] != verb:
        return view.head[verb] if view.pos[view.head[verb]] == "NOUN" else None
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


def _within_act(member: JudgedCandidate, act: int, view: ParseView) -> bool:
    """The noun ``act`` names the act ``member``'s verb is done in ("has been fighting the RSF since 2023 in a
    war that has killed ..."): the object of an "in" on that verb."""
    prep = view.head[act]
    return view.dep[act] == "pobj" and view.lower[prep] == "in" and view.head[prep] != prep \
        and view.head[prep] in _verbs(member) and not member.candidate.nominal


def _one_subject_act(member: JudgedCandidate, item: JudgedCandidate, act: int, view: ParseView) -> bool:
    """Two verbs of force with one subject that is neither's doer, both naming the same doers by the same
    words: the subject is an act ("the war between the army and the RSF has killed ... and forced ...")."""
    if member.candidate.nominal or _subject(member.candidate.head.i, view) != act or view.pos[act] != "NOUN":
        return False
    mine, theirs = {t.i for t, _ in member.candidate.sources}, {t.i for t, _ in item.candidate.sources}
    return bool(mine) and mine == theirs


def _done_by_act(group: list[JudgedCandidate], item: JudgedCandidate, act: int | None,
                 view: ParseView) -> str | None:
    """Why ``item`` is what an act of force of ``group`` did, or None: in one sentence, its verb's subject
    (``act``: :func:`_act_subject`) is that act's event noun ("fighting ... killed dozens"), or the
    subject of that act's verb too ("the war has killed ... and forced ..."), by the same doers (or
    none resolved), neither negated unlike the other, both realis or of one modality. The verb's own
    tense and date do not count: they are the noun's ("fighting in May 2025 killed dozens")."""
    if act is None:
        return None
    for member in group:
        if member.candidate.sentence != item.candidate.sentence or lookup(member.status.cameo).quad_class != 4:
            continue
        if act not in _verbs(member) and not _one_subject_act(member, item, act, view) \
                and not _within_act(member, act, view):
            continue
        x, y = member.status, item.status
        if x.negated == y.negated and (x.modality == y.modality or x.modality in REALIS and y.modality in REALIS) \
                and _same_doer(member, item):
            return (f"sentence {item.candidate.sentence} {_words(item)!r} ({item.status.cameo}): what the act "
                    f"{item.candidate.head.doc[act].text!r} did, mention of sentence {group[0].candidate.sentence} "
                    f"{_words(group[0])!r} ({group[0].status.cameo})")
    return None


def _verbs(item: JudgedCandidate) -> set[int]:
    return {item.candidate.head.i, *(t.i for t in item.candidate.trigger)}


def _same_doer(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """``b`` names no resolved doer, or the same as ``a``."""
    mine, theirs = _resolved(a.candidate.sources), _resolved(b.candidate.sources)
    return not theirs or bool(mine) and _same_actors(mine, theirs)


def _faceless(item: JudgedCandidate) -> bool:
    """Names nobody the coder knows, on either side: "the ship had been hit", "two bombs struck a building"."""
    return not _resolved(item.candidate.sources) and not _targets(item)


def no_actor(mentions: Sequence[JudgedCandidate]) -> str | None:
    """Why the act of ``mentions`` is no event (as :func:`detente.events.nonevents.not_an_act` says why a
    candidate is none), else None: no mention names a known actor on either side ("trade through the
    crossing was halted", "the attacks violated international law"): it is no edge between actors. A doer
    the knowledge base does not know keeps the act when its phrase has a name or a nationality
    (:func:`_named_doer`), or when the act is one of material conflict ("saboteurs set fire to a depot")."""
    if any(not _faceless(m) or _named_doer(m) or (m.candidate.sources and lookup(m.status.cameo).quad_class == 4)
           for m in mentions):
        return None
    return NO_ACTOR


def _named_doer(item: JudgedCandidate) -> bool:
    """Whether a doer the knowledge base does not know has a name or a nationality in its phrase ("the Karavan
    Brotherhood", "Croatian experts"), not only common nouns ("gunmen", "the attacks")."""
    return any(ref.kind == "unresolved"
               and any(t.pos_ == "PROPN" or t.ent_type_ in NAMING_ENTITIES for t in token.subtree)
               for token, ref in item.candidate.sources)


def _joins_faceless(group: list[JudgedCandidate], item: JudgedCandidate, countrywide: frozenset[str]) -> str | None:
    """Why a faceless mention is one of the act of ``group`` (an act of known actors, begun at most
    ``ANAPHOR_WINDOW`` sentences before, of a related code and a compatible status), or None."""
    first = group[0]
    if not any(_resolved(m.candidate.sources) or _targets(m) for m in group) \
            or not 0 <= item.candidate.sentence - first.candidate.sentence <= ANAPHOR_WINDOW:
        return None
    for member in group:
        if not related(member.status.cameo, item.status.cameo, general=True) \
                or not _same_status(member, item, countrywide):
            return None
    return (f"sentence {item.candidate.sentence} {_words(item)!r} ({item.status.cameo}): names no known actor, "
            f"mention of sentence {first.candidate.sentence} {_words(first)!r} ({first.status.cameo})")


def _words(item: JudgedCandidate) -> str:
    return " ".join(t.text for t in sorted(item.candidate.trigger, key=lambda t: t.i))


def related(a: str, b: str, general: bool) -> bool:
    """The same act by its codes: equal, one refining the other, or (``general``) one its root's general code."""
    if a.startswith(b) or b.startswith(a):
        return True
    return general and a[:2] == b[:2] and (a[2:] == "0" or b[2:] == "0")


def _days(a: JudgedCandidate, b: JudgedCandidate) -> tuple[str | None, str | None]:
    return (a.status.date.value if a.status.date else None, b.status.date.value if b.status.date else None)


def _within_date(a: str, b: str) -> bool:
    """One date value equal to the other or inside it ("2025" and "2025-03", "2025-03" and "2025-03-11"):
    the same time said more or less exactly ("signed a treaty a year ago" / "signed it in March 2025")."""
    short, long = sorted((a, b), key=len)
    return long == short or long.startswith(short + "-")


def _same_day(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    days = _days(a, b)
    return days[0] is not None and days[1] is not None and _within_date(days[0], days[1])


def _same_place(a: JudgedCandidate, b: JudgedCandidate, countrywide: frozenset[str]) -> bool:
    x, y = _place(a.status.location, countrywide), _place(b.status.location, countrywide)
    return x is not None and x == y


def _same_words(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """The same statement said again: a verbal act or an appeal (CAMEO 02-13, not an act of force
    or aid) with the same code, by the same doer to the same resolved target ("called on the
    Security Council to act ..." / "'We call on the Security Council to act,' she said")."""
    if a.status.cameo != b.status.cameo or lookup(a.status.cameo).quad_class not in (0, 1, 3) \
            or a.status.cameo[:2] == "01":
        return False
    sources_a, sources_b, targets_a, targets_b = (_resolved(a.candidate.sources), _resolved(b.candidate.sources),
                                                  _targets(a), _targets(b))
    return bool(sources_a and sources_b and targets_a and targets_b) and _same_actors(sources_a, sources_b) \
        and _same_actors(targets_a, targets_b)


def _one_attack(member: JudgedCandidate, item: JudgedCandidate, alone: _Alone) -> bool:
    """An account of an attack with weapons may name it by the general code of force, or the act's may be
    the general one ("Pakistani jets struck hideouts ..." / "the Taliban said Pakistani aircraft had bombed
    homes ..."); a blockade, an occupation or an arrest is another kind of act than an attack."""
    return alone.told and item.status.cameo in ATTACK and member.status.cameo in ATTACK


def _retold(group: list[JudgedCandidate], item: JudgedCandidate) -> bool:
    """Someone's account (``item``, reported speech: the caller checks it) of an act stated before ("the army
    said its soldiers had arrested ..."): by a resolved doer, of the code of a realis mention with a resolved
    doer (for an act of force, or its root's general code: "struck" / "said ... had bombed"; for a meeting, the
    talks or call it was: :func:`_one_meeting`) at most ``ANAPHOR_WINDOW`` sentences before it; a further act
    the copy itself tells ("later arrested") stays apart."""
    if not _resolved(item.candidate.sources):
        return False
    force = item.status.cameo in ATTACK  # the account may name an attack by the general code of force
    return any((m.status.cameo == item.status.cameo or force and m.status.cameo in ATTACK or _one_meeting(m, item))
               and m.status.modality in REALIS and _resolved(m.candidate.sources)
               and 0 < item.candidate.sentence - m.candidate.sentence <= ANAPHOR_WINDOW for m in group)


def _told(item: JudgedCandidate, words: Words, saying: frozenset[str], view: ParseView) -> bool:
    """A verb someone is said to have done: the clause of a reporting verb ("said its soldiers had arrested
    ...", "said the drones had targeted ... and that ...", "bombed the camps ..., the spokesman told reporters"),
    whoever says it; ``saying``: the lemmas of reporting.tsv's neutral frames ("say", "tell", "add")."""
    if item.candidate.nominal:
        return False
    verb, dep, head = view.coordination_head(item.candidate.head.i), view.dep, view.head
    return dep[verb] == "ccomp" and head[verb] != verb \
        and (view.lemma[head[verb]] in words.speech_verb or view.lemma[head[verb]] in saying)


def _said_by(item: JudgedCandidate) -> tuple[str | None, str | None] | None:
    attribution = item.status.attribution
    return (attribution.actor, attribution.text) if attribution else None


def _verbal(item: JudgedCandidate) -> bool:
    """Said, not done (quad classes 1 and 3): what it is about makes the act."""
    return lookup(item.status.cameo).quad_class in (1, 3)


def _other_objects(a: JudgedCandidate, b: JudgedCandidate, nouns: Mapping[str, str]) -> bool:
    """Both say whom or what the act is about (a target, or the verb's object: "condemned the
    arrest"), and not the same resolved actors."""
    if not (_about(a) and _about(b)):
        return False
    mine, theirs = _resolved(a.candidate.targets), _resolved(b.candidate.targets)
    if mine and theirs and not _same_actors(mine, theirs):
        return True
    if _objects(a) & _objects(b):
        return False  # the same thing: "signed a treaty a year ago" / "signed the border treaty in March 2025"
    if any(related(x, y, general=True) for x in _asked(a, nouns) for y in _asked(b, nouns)):
        return False  # the same kind of act asked for: "asked its allies for consultations" / "requested talks"
    return not (mine and theirs) or len(mine) != len(a.candidate.targets) or len(theirs) != len(b.candidate.targets)


def _asked(item: JudgedCandidate, nouns: Mapping[str, str]) -> set[str]:
    """The codes of the event nouns an appeal (CAMEO 02) asks for: its verb's object or what it asks "for"
    ("requested talks", "asked its allies for urgent consultations")."""
    if not item.status.cameo.startswith("02"):
        return set()
    verb = item.candidate.head
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj"]
    return {nouns[t.lemma_.lower()] for t in asked if t.pos_ == "NOUN" and t.lemma_.lower() in nouns}


def _objects(item: JudgedCandidate) -> set[str]:
    """The lemmas of the nouns the verb acts on (its direct objects: "signed the border treaty")."""
    return {c.lemma_.lower() for c in item.candidate.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}


def _about(item: JudgedCandidate) -> bool:
    """Says whom or what it is about: a target, the verb's object, or whom it is addressed to ("called
    on Kyiv's partners", whom the knowledge base does not know)."""
    head = item.candidate.frame_token if item.candidate.frame_token is not None else item.candidate.head
    return bool(item.candidate.targets) or any(c.dep_ == "dobj" for c in item.candidate.head.children) \
        or any(c.dep_ == "prep" and c.lower_ in ("on", "to") and any(p.dep_ == "pobj" for p in c.children)
               for c in head.children)


def _plural(item: JudgedCandidate) -> bool:
    return any(noun.tag_ in ("NNS", "NNPS") for noun in _nouns(item))


def _nouns(item: JudgedCandidate) -> list[Token]:
    candidate = item.candidate
    return [t for t in candidate.trigger if t.pos_ in ("NOUN", "PROPN")] if candidate.nominal else []


def _anaphoric(item: JudgedCandidate, words: Words) -> bool:
    """A definite event noun with no resolved doer of its own: "the attack", "this decision"."""
    if _resolved(item.candidate.sources):
        return False
    return any(definite(noun, words) for noun in _nouns(item))


def _generic(item: JudgedCandidate, words: Words) -> bool:
    return any(noun.lemma_.lower() in words.generic_anaphor for noun in _nouns(item))


def _marked_new(item: JudgedCandidate, words: Words, view: ParseView) -> bool:
    """"another strike", "a second round of talks", "struck again": a further act, not a mention."""
    heads = {item.candidate.head.i, *(t.i for t in item.candidate.trigger)}
    return any(view.lower[child] in words.new_act_marker for i in heads for child in view.children[i])


def _same_status(a: JudgedCandidate, b: JudgedCandidate, countrywide: frozenset[str]) -> bool:
    x, y = a.status, b.status
    if x.negated != y.negated or (x.historical != y.historical and not _same_day(a, b)):
        return False  # background or news: the same date says more than tenses ("had struck ..., killing")
    if x.modality != y.modality and not (x.modality in REALIS and y.modality in REALIS):
        return False
    days = _days(a, b)
    if days[0] is not None and days[1] is not None and not _within_date(days[0], days[1]):
        return False
    places = (_place(x.location, countrywide), _place(y.location, countrywide))
    return None in places or places[0] == places[1]


def _place(location: Location | None, countrywide: frozenset[str]) -> str | None:
    """A place by its name; a common noun ("homes", "camps", "the refineries") names no place to tell acts apart,
    nor does a ground given by its country's code (a state's force at home where the text names no place:
    events/places.py), nor a country's own name (``countrywide``: "struck hideouts in Afghanistan" and "bombed
    homes in Khost province" may be one strike; the province says where in the country)."""
    if location is None or location.text == location.country or location.text.lower() in countrywide \
            or not any(word[:1].isupper() for word in location.text.split()):
        return None
    return location.text.lower()


def _countrywide(judged: Judged, knowledge: Knowledge) -> frozenset[str]:
    """The places of the article's candidates that are the names of their countries ("in Afghanistan"),
    lowercased."""
    names = set()
    for item in judged.judged:
        location = item.status.location
        entry = knowledge.kb.get(location.country) if location is not None else None
        if location is not None and entry is not None and entry.kind == "country" \
                and location.text.lower() in {name.lower() for name in entry.names}:
            names.add(location.text.lower())
    return frozenset(names)


def _resolved(sides: tuple[Side, ...]) -> list[ActorRef]:
    return [ref for _, ref in sides if ref.kind != "unresolved"]


def _targets(item: JudgedCandidate) -> list[ActorRef]:
    """The resolved targets that are not the doer's own side ("recalled its ambassador": the
    ``assemble`` step drops them from the event too)."""
    sources = _resolved(item.candidate.sources)
    keys, countries = {r.key for r in sources}, {r.country for r in sources if r.kind == "country"}
    return [r for r in _resolved(item.candidate.targets)
            if r.key not in keys and not (r.country in countries and r.kind in ("country", "sector"))]


def _same_actors(a: list[ActorRef], b: list[ActorRef], people: bool = False) -> bool:
    """The same actors; a country and its own bodies or officials count as the same ("Israel", "the
    Israeli army"), and, with ``people`` (targets), its civilians too, with the country or one of
    its state bodies ("struck a district of Kharkiv, killing four people", "struck central Kampala
    (its government), killing four people": the ground hit and the people killed there)."""
    keys_a, keys_b = {r.key for r in a}, {r.key for r in b}
    if keys_a == keys_b:
        return True
    countries_a, countries_b = {r.country for r in a}, {r.country for r in b}
    if None in countries_a or None in countries_b or countries_a != countries_b:
        return False
    if people and all(state_actor(r) or r.sector == "CVL" for r in a + b):
        return True  # "struck central Kampala (the capital: its government), killing four people"
    return any(all(r.kind == "country" for r in one)
               and all(state_actor(r) or (people and r.sector == "CVL") for r in other)
               for one, other in ((a, b), (b, a)))


def _same_sides(a: JudgedCandidate, b: JudgedCandidate, anaphoric: bool) -> bool:
    sources_a, sources_b = _resolved(a.candidate.sources), _resolved(b.candidate.sources)
    targets_a, targets_b = _targets(a), _targets(b)
    if a.status.cameo[:2] in SYMMETRIC_ROOTS and b.status.cameo[:2] in SYMMETRIC_ROOTS:
        # a state and its bodies and officials are one party, as in :func:`_same_actors` ("Qatar mediated talks
        # between Afghanistan and Pakistan" / "Qatari officials shuttled between the two delegations")
        pooled_a, pooled_b = {_party(r) for r in sources_a + targets_a}, {_party(r) for r in sources_b + targets_b}
        if not (pooled_a and pooled_b):
            return anaphoric
        return pooled_a <= pooled_b or pooled_b <= pooled_a
    if not (sources_a and sources_b):
        if not (anaphoric or _one_subject(a, b)):
            return False
    elif not _same_actors(sources_a, sources_b):
        return False
    return not (targets_a and targets_b) or _same_actors(targets_a, targets_b, people=True) \
        or _ground_and_group(a, b, targets_a, targets_b)


def _both_meetings(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """Meetings or talks, both: who met whom is told by the participants pooled (:func:`_same_sides`), not by
    whom one of them names as met ("met Ethiopian Prime Minister Abiy Ahmed" / "Ruto and Abiy held talks")."""
    return a.status.cameo[:2] in SYMMETRIC_ROOTS and b.status.cameo[:2] in SYMMETRIC_ROOTS


def _one_meeting(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """A meeting ("met", the general code) and the talks or call it was ("held talks", "spoke by phone"): one
    meeting by its codes; a visit, or mediation, is another act than a meeting during it."""
    codes = {a.status.cameo, b.status.cameo}
    return "040" in codes and codes <= {"040", "041", "044", "046"}


def _ground_and_group(a: JudgedCandidate, b: JudgedCandidate, targets_a: list[ActorRef],
                      targets_b: list[ActorRef]) -> bool:
    """Two mentions of force, one hitting a country's ground ("hit a car in southern Lebanon": the country), the
    other an armed group of that country ("killing two Hezbollah members"): who was on the ground hit."""
    if not all(lookup(x.status.cameo).quad_class == 4 for x in (a, b)):
        return False
    return any(len(ground) == 1 and ground[0].kind == "country" and all(
        r.kind == "group" and r.country == ground[0].country for r in group)
        for ground, group in ((targets_a, targets_b), (targets_b, targets_a)))


def _one_subject(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """Both verbs of one sentence say who did it by the same words, named or not ("The Department of
    Foreign Affairs summoned the ambassador and lodged a protest": the second verb shares the first's
    subject): one doer, known to the knowledge base or not."""
    if a.candidate.sentence != b.candidate.sentence or a.candidate.nominal or b.candidate.nominal:
        return False
    mine, theirs = {t.i for t, _ in a.candidate.sources}, {t.i for t, _ in b.candidate.sources}
    return bool(mine) and mine == theirs


def _trip(a: JudgedCandidate, b: JudgedCandidate, words: Words) -> bool:
    """One a trip ("will travel to Washington"), the other what the trip is for, in a "to" clause of its
    verb ("to meet the trade representative"): one visit."""
    return _trip_for(a, b, words) or _trip_for(b, a, words)


def _trip_host(item: JudgedCandidate, words: Words) -> int | None:
    """The trip verb (its index) whose purpose ``item`` is, in a "to" clause ("will travel to Washington
    on Monday to meet ..."), when it codes a meeting or the will to meet (CAMEO 036, 04), else None."""
    if item.candidate.nominal or not item.status.cameo.startswith(MEETING):
        return None
    return _trip_of(item.candidate.head, words)


def _trip_purpose(group: list[JudgedCandidate], item: JudgedCandidate, trip: int | None) -> str | None:
    """Why ``item`` is the meeting a trip of ``group`` is for, or None: the trip's verb is ``trip``
    (:func:`_trip_host`), a visit (CAMEO 03 or 04) by the same doer (or none resolved), neither negated
    unlike the other. Its code and modality need not be the trip's: "will travel (a visit) ... to meet (the
    will to meet)" is one visit, intended or planned."""
    if trip is None:
        return None
    for member in group:
        if trip in _verbs(member) and member.status.cameo[:2] in ("03", "04") \
                and member.status.negated == item.status.negated and _same_doer(member, item):
            return (f"sentence {item.candidate.sentence} {_words(item)!r} ({item.status.cameo}): what the trip "
                    f"{_words(member)!r} ({member.status.cameo}) is for, mention of sentence "
                    f"{group[0].candidate.sentence} {_words(group[0])!r} ({group[0].status.cameo})")
    return None


def _trip_for(trip: JudgedCandidate, act: JudgedCandidate, words: Words) -> bool:
    return _trip_of(act.candidate.head, words) == trip.candidate.head.i


def _trip_of(purpose: Token, words: Words) -> int | None:
    """The trip verb (its index) a "to" clause is the purpose of ("will travel to Washington to meet ..."),
    else None."""
    verb = purpose.head
    if purpose.dep_ not in ("advcl", "xcomp") or verb.i == purpose.i or verb.lemma_.lower() not in words.trip_verb \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in purpose.children):
        return None
    return verb.i


def _occasion(a: JudgedCandidate, b: JudgedCandidate) -> bool:
    """Two acts of force of one sentence, one with no doer of its own in a clause of the other's verb that
    says when it happened ("seven soldiers were killed on Thursday when gunmen stormed the post"): the
    killing is what the storming did, whether or not its doer is known ("gunmen" have no country). Their
    targets are the same or one has none."""
    if a.candidate.sentence != b.candidate.sentence or a.candidate.nominal or b.candidate.nominal \
            or not all(lookup(x.status.cameo).quad_class == 4 for x in (a, b)):
        return False
    for one, other in ((a, b), (b, a)):
        clause = other.candidate.head
        if not _resolved(one.candidate.sources) and other.candidate.sources \
                and clause.dep_ == "advcl" and clause.head.i in _verbs(one) \
                and any(c.dep_ in ("advmod", "mark") and c.lower_ in OCCASION_MARKS for c in clause.children):
            mine, theirs = _targets(one), _targets(other)
            return not (mine and theirs) or _same_actors(mine, theirs, people=True)
    return False


def _mutual(item: JudgedCandidate) -> bool:
    """An act of force of two parties or more against each other, with no target ("Indian and
    Pakistani troops exchanged fire", "fighting between the army and the rebels")."""
    parties = _resolved(item.candidate.sources)
    return lookup(item.status.cameo).quad_class == 4 and not _targets(item) \
        and len({_party(r) for r in parties}) >= 2


def _party(ref: ActorRef) -> str:
    """The party an actor belongs to in a fight: its state for a state actor, else itself."""
    return f"state:{ref.country}" if state_actor(ref) and ref.country else ref.key


def _account(item: JudgedCandidate) -> bool:
    """Someone's account of an act of force (reported speech: "India's army said Pakistani troops had
    opened fire"), not the narrative's own ("Pakistan hit back with drones", a further act)."""
    return lookup(item.status.cameo).quad_class == 4 and item.status.modality == "reported"


def _within(item: JudgedCandidate, parties: list[ActorRef]) -> bool:
    """Every resolved doer and target of ``item`` is one of ``parties`` or civilians of a party state (one
    side's account of a fight: "Pakistani troops had opened fire on its posts", "two soldiers had been
    killed", "targeting civilians in the Neelum valley")."""
    mine = _resolved(item.candidate.sources) + _targets(item)
    sides = {_party(r) for r in parties}
    return bool(mine) and all(_party(r) in sides or (r.sector == "CVL" and f"state:{r.country}" in sides)
                              for r in mine)  # a party's civilians are on its side: "targeting civilians"


# -- the mention an act is shown by ------------------------------------------------------------
def _informative(item: JudgedCandidate) -> tuple[int, int, int, int]:
    """Both sides resolved, a date, not reported speech, asserted (the earliest wins ties: max is stable)."""
    status = item.status
    sides = bool(_resolved(item.candidate.sources)) + bool(_targets(item))
    dated = bool(status.date and status.date.value)
    return (sides, dated, status.attribution is None, status.modality == "asserted")


def _detailing(item: JudgedCandidate, group: list[JudgedCandidate], words: Words, view: ParseView) -> bool:
    """A participle detailing the verb of another mention of the act, a verb saying what another mention
    (its subject) did, or a trip whose purpose is another mention ("travel to Washington to meet ...": the
    meeting): never the mention shown."""
    host = _participle_host(item, view)
    if host is not None and any(host in _verbs(other) for other in group if other is not item):
        return True
    act = _act_subject(item, view)  # "fighting in May 2024 killed 30 people": shown by the fighting, not "killed"
    if act is not None and any(act in _verbs(other) or _within_act(other, act, view)
                               for other in group if other is not item):
        return True
    held = _held(item, view)  # "hold its annual drills": shown by the verb, not its object
    if held is not None and any(held in _verbs(other) for other in group if other is not item):
        return True
    return any(_trip_for(item, other, words) for other in group if other is not item)


def _primary(group: list[JudgedCandidate], words: Words, view: ParseView) -> JudgedCandidate:
    """The most informative mention, with the sides, date and place it lacks from the others."""
    shown = [m for m in group if not _detailing(m, group, words, view)] or group
    best = max([m for m in shown if _mutual(m)] or shown, key=_informative)  # a fight, not one side's account
    if len(group) == 1:
        return best
    candidate, status = best.candidate, best.status
    if not _resolved(candidate.sources):
        donor = next((m for m in group if _resolved(m.candidate.sources)), None)
        if donor is not None:
            candidate = dataclasses.replace(candidate, sources=donor.candidate.sources)
    if not _resolved(candidate.targets) and not _mutual(best):
        donor = next((m for m in group if _resolved(m.candidate.targets)), None)
        if donor is not None:
            candidate = dataclasses.replace(candidate, targets=donor.candidate.targets)
    if status.date is None or status.date.value is None:
        dated = next((m.status.date for m in group if m.status.date and m.status.date.value), None)
        if dated is not None:
            status = dataclasses.replace(status, date=dated)
    if status.date is not None and status.date.value is not None:
        # a mention saying the same time more exactly dates the act ("a year ago" / "in March 2025")
        day = status.date.value
        exact = [m.status.date for m in group if m.status.date and m.status.date.value
                 and len(m.status.date.value) > len(day) and _within_date(day, m.status.date.value)]
        if exact:
            status = dataclasses.replace(status, date=max(exact, key=lambda d: len(d.value or "")))
    if status.location is None:
        fight = _mutual(best)  # one side's account places the clash on its own side ("fired on its posts in ...")
        place = next((m.status.location for m in group if m.status.location and not (fight and _account(m))), None)
        if place is not None:
            status = dataclasses.replace(status, location=place)
    return JudgedCandidate(candidate, status)
