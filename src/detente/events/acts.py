"""The ``acts`` step: mentions of the same act in one article become one act (docs/design.md, "Acts").

Wire copy states an act in its lead, restates it in the background ("the attack"), and quotes
someone about it; each is a candidate of its own. A later candidate joins the latest earlier act
whose every mention it is compatible with:

- the same act: CAMEO codes equal or one refining the other ("083" and "0832"); an anaphoric
  event noun ("the attack", "this decision": a definite determiner and no doer of its own) may
  also be the general code of the other's root ("190" and "195"), and so may a word act ("said it would respond"
  130 / "would take retaliatory measures" 132: ``_general``), and a generic anaphor ("the
  move") any code; a meeting ("met": "040") may be the talks or call it was ("held talks": "046";
  "041", "044"), not a visit or a mediation, except a visit in the same sentence ("touring the island and
  meeting relatives of prisoners");
- the same sides: the resolved sources are the same actors (a country and its state bodies or
  officials count as the same: "Israel" and "the Israeli military", not "Indian rebels"; for word acts
  two bodies or officials of one state too: "the Russian embassy" / "the foreign ministry's spokeswoman"), the
  targets too, or one of them has none; for meetings and talks (no direction) the participants
  pooled, one set inside the other (a state and its bodies and officials one party: "Qatar mediated
  talks between Afghanistan and Pakistan" / "Qatari officials shuttled between the two delegations").
  For force, a country's ground hit ("hit a car in southern Lebanon": the country) and an armed group of
  that country ("killing two Hezbollah members") are the same target: who was on the ground hit; and a later
  act of force by some of the doers of a joint one ("Malian and Russian forces attacked a rebel base" /
  "Russian helicopters bombed the base") has its doers: what that party did in it.
  Signings (057) pool their parties too ("Kenya and Uganda signed an accord" / "Ruto signed it with Museveni").
  A signing of a definite text naming none of its own after an agreement reached (CAMEO 03) by its doers or some of
  them, when no signing was told before, is how the agreement was made ("agreed on Monday to build a pipeline" / "the
  ministers signed the agreement": ``_signs_agreed``), one act shown by the agreement. A definite event noun whose
  doer is named in its own phrase ("the council will discuss the Iraqi complaint") is a mention of the latest act of
  its code by that doer (``_named_back``), whatever the tense and date of the word governing it.
  A mention that only details another (``_detailing``: a participle, what the act was for) is compared with a later
  mention by its sides alone: its code, status and words are its own ("signed an accord to cut tariffs").
  Only an anaphoric noun, a verb sharing another's subject in one sentence ("The Department of
  Foreign Affairs summoned the ambassador and lodged a protest"; passive verbs of one subject with no doer phrase:
  "he was pardoned and released"), or a passive verb with no doer phrase
  ("the soldiers were handed over at the bridge") not done to the other's doers' country, may lack a resolved doer;
  a mention with a doer whose trigger holds a definite event noun ("the BLA claimed the attack") joins an act no
  mention of which names a known doer ("gunmen attacked a bus"), and once a mention has named it, a mention without
  one is compared with later ones by its targets and status;
- the same status: negation equal; the historical flag too, unless both carry the same date;
  both modalities realis (asserted or
  reported) or equal (a threat or a plan is not the act); dates equal, one inside the other ("a year
  ago": 2025, and "in March 2025"; a day in an ISO week: "last week" and "on April 8"; the act takes the more
  exact) or one missing; places equal or one
  missing, or, for someone's account (reported speech), one the name of the country the other is in
  ("struck hideouts in Afghanistan" / "the Taliban said ... had bombed homes in Khost province"), and so for two
  meetings or visits ("a state visit to Mozambique" / "who arrived in Maputo"); a capital told by description is the
  capital by its name ("in the Chilean capital" / "in Santiago": ``_described_capitals``);
- one statement: within a sentence, mentions said by different speakers ("X launched an assault
  even as the Kurds said X had attacked them") are two claims; a verbal act (quad classes 1 and
  3) about other things or actors than another ("rejected a military solution and warned against
  scrapping the deal with Iran"), or addressed to others ("called on Kyiv's partners to ... and urged
  the United States to ..."), is another act, unless it is what a trip is for ("will travel to
  Washington to meet ...": one visit, shown by the meeting, whatever the codes and modalities of the
  trip and of the meeting or will to meet it is for), or both are meetings (whom one names as met is
  told by the participants pooled); two verbal acts on a noun of the same lemma
  ("signed a treaty" / "signed the border treaty"), or the later on a definite event noun of the code of the
  other's object ("signed an agreement" / "signed the accord"), or two signings by one verb, the later on a definite
  noun naming no text of its own ("signed an agreement" / "signed the document": ``same_act._signed_again``), or
  two appeals for acts of related codes (event
  nouns: "asked its allies for urgent consultations" / "had formally requested talks"), are about the
  same thing;
- a mention two sentences or more after every mention of the act that is neither anaphoric nor an
  event noun ("Russia's attack on Kharkiv") joins only when it carries the date or the place of one
  of them ("said its forces had hit facilities in Kharkiv"), or says the same words again (a verbal
  act or an appeal of the same code, by the same doer to the same resolved target: "called on the
  Security Council to act" / "'We call on the Security Council ...'"), or is someone's account of it
  (reported speech, the clause of any neutral reporting frame: "..., a spokesman told reporters"; with a
  resolved doer and the code of a realis mention, the act mentioned at most ``ANAPHOR_WINDOW`` sentences before: "the
  military said its soldiers had arrested ..."; an attack with weapons, ``ATTACK``, may be told by
  another of its codes: "bombed a depot" / "said it had targeted a supply line"; such an account may
  join in the next sentence too, and one that names no known target in its own sentence is compared by its
  doers alone, a target taken from the story around it being no sign of another act): a verb restated
  paragraphs later is as often a further act as the same one, while the next sentence often details the
  lead's act ("cut diplomatic ties on Tuesday." /
  "..., recalling its ambassador and closing its embassy");
- a mention that names no known actor on either side ("Two missiles hit the building, witnesses
  said") is a detail of an act already reported: it joins the latest act of known actors of a
  related code (the root's general code included) begun at most ``ANAPHOR_WINDOW`` sentences
  before, with a compatible status. Having no sides, it never keeps a later mention from joining;
  an act none of whose mentions names a known actor on either side (one that joined no act of known
  actors, and was joined by none: "trade through the crossing was halted", "the road had been closed",
  "members are due to discuss the letter") is no event (``no_actor``: it is no edge between actors,
  almost always a detail of the scene), unless a doer the knowledge base does not know has a name in its
  phrase ("the Karavan Brotherhood"), or a nationality on a state's body, office or office holder, on a body or
  alliance ("the Saudi-led coalition", "Western allies") or with a target
  with a name or a nationality ("the Malaysian maritime agency"; not "Chilean voters"), or does an act of material
  conflict ("saboteurs set fire to a depot"); no anaphoric noun points back to such an act;
- a visit (042) that names no one visited, to a place of the doers' own country ("Kenya's interior minister flew to
  Mombasa"), is a trip at home, no edge between actors: no event either (``home_trip``);
- a participle with no subject hung on the verb of an act of force in its sentence, coding another
  kind of force ("stormed the town, torching the police station", "shadowed the ship, forcing it back
  to port"), or the same kind when the rules above keep it apart and its victims are of a country of the
  verb's targets or no one known ("attacked a rebel camp, killing two Nigerian soldiers"), by the same doer
  or none, with a compatible status, says what that force did: a mention of that act, never the one it is
  shown by;
- in one sentence, a verb of force (CAMEO 18-20) that is a conjunct of another's verb and shares its subject
  ("surrounded the town and shelled its garrison", "blocked its path and rammed it"), with the same sides and a
  compatible status, is a mention of that act, whatever its code (two days or places stay apart); so is a verb of
  material cooperation (quad class 2) of the other's PLOVER type, or of verbal conflict (quad class 3) of its PLOVER
  type and another code, not a summons ("withdrew its troops and handed the town over", "called the veto a disgrace
  and accused Moscow of ..."), but for a criticism (111) of what a summons protests ("summoned Norway's ambassador and
  called the ban unjustified");
- in one sentence, a participle of disapproval (CAMEO 11) with no subject hung on the verb of a protest, summons or
  complaint (114, 115: "lodged a protest with Kabul, accusing it of ...", "filed a case, accusing Mexico of ...") or of
  a criticism or disapproval (110, 111: "criticised the agreement, accusing Lisbon of ...", but not a participle of a
  neutral reporting verb, "..., saying that ..."), by the same doer or none, to the same targets or none, with a
  compatible status, is what it charges: a mention of that act, never the one shown;
- a ship taken in to port (CAMEO 170 with a destination preposition on its verb: "the trawler was escorted to the
  port of X") is the last stage of a seizure, or of a detention of a ship, told in its sentence or at most
  ``ANAPHOR_WINDOW`` sentences before, realis, with a compatible status, of the same doer or none (a doer inside its
  own destination phrase is the place) and the same targets or none: a mention of that act, never the one shown;
  a seizure is looked for before a detention ("seized a boat and detained its crew"; ``act_links.taken_in``);
- in one sentence, a verb in a "to" clause hung on the verb of a realis mention says what that act was done for
  ("telephoned his counterpart to express his support", "summoned the ambassador to protest"): a mention of that
  act, whatever its code and modality, by the same doer or none, to the same targets or none, never the one shown;
  not an act of force or a signed agreement, nor a trip's purpose other than a meeting ("travelled to Kampala to sign
  an accord": a further act);
- in one sentence, a verb of material cooperation (quad class 2) or of an intent to cooperate that is the complement
  of the verb of an intent to cooperate (CAMEO 03, not the will to meet, 036), through "to" clauses and open
  complements ("Malaysia agreed to study selling water to Singapore", "offered to send a ship to escort trawlers"), by
  the same doer or none, is the act intended: one act, shown by it (the intent is its frame); talks agreed to and a
  trip's purpose stay apart;
- a verb in a relative clause on "the first time" ("shot down two drones, the first time the alliance had
  downed Russian aircraft") is a mention of the act told before it in its sentence, of a related code, by no doer
  of its own words or the same, to the same targets or none, whatever its tense and dates;
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
  "exchanged fire"): an act of force in reported speech (or a party's own account of its deed, asserted and
  attributed to no one: "said its forces had responded") whose every resolved doer and target is one of
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
this step records "the strike" as a mention of the strike). When no mention of the act names a place, such a noun
that is the subject of a verb in the past, or that a past participle hangs on, places the act where that verb says
("The agreement was signed at a ceremony in Kampala", "The talks took place in Almaty": ``_restated_place``); a
clause of a modal (words.tsv ``unreal_aux``: "will be ratified in X") or a negation gives no place, nor does one
naming a year other than the act's (an earlier act on the thing: "Under the treaty, signed in X in 2024"), and the
place of the act's own clause is never overridden; a ground only inferred where no place is named (a signing of the
day in the dateline's country, events/places_home.py ``hosted_home``) is. "The agreement" (a signing's noun) also points
back to an agreement told as reached ("agreed on Thursday to ...", coded as intended: ``_agreement_made``), and a
clause "during" an occasion gives the place named in it ("was reached during talks in X"; session 58).

So two strikes on different days or places, a threat and the attack it threatened, and an
accusation and its denial stay apart. The act is shown by its most informative mention (both
sides resolved, a date, not reported speech, the earliest), whose missing sides, date and place
are taken from the other mentions (they are compatible by construction).

This module holds the grouping and the choice of the mention shown; the tests of two mentions (codes, sides,
status, statement) are in ``events/same_act.py``, the parse relations between them (a participle, a trip's
purpose, an act as a verb's subject) in ``events/act_links.py``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, NamedTuple

from detente.events.act_links import (
    INTENT,
    MEET_INTENT,
    act_subject,
    anaphoric_noun,
    charge_host,
    charge_of,
    conjoined_force,
    conjunct_host,
    detail_of,
    done_by_act,
    first_time,
    first_time_host,
    generic,
    holding_verb,
    intended_by,
    intended_hosts,
    marked_new,
    object_holder,
    object_of,
    occasion,
    participle_host,
    plural,
    purpose_host,
    purpose_of,
    taken_in,
    taken_in_host,
    told_verb,
    trip_and_purpose,
    trip_for,
    trip_host,
    trip_purpose,
    verbs,
    within_act,
)
from detente.events.cameo import SIGNING, VISIT, conjoined_apart, lookup
from detente.events.extract import countries, frame_clause
from detente.events.occasions import host_visits, place_occasions, place_visits
from detente.events.phrases import definite
from detente.events.places import AGREE_ROOT
from detente.events.same_act import (
    ANAPHOR_WINDOW,
    ATTACK,
    REALIS,
    both_meetings,
    force_account,
    mention,
    mutual,
    names_nobody,
    one_meeting,
    other_objects,
    other_side_targets,
    party,
    related,
    resolved,
    retold_act,
    said_by,
    same_actors,
    same_day,
    same_place,
    same_sides,
    same_status,
    same_words,
    signed_back,
    trigger_words,
    verbal,
    within,
    within_date,
)
from detente.model import Location
from detente.records import Act, Grouped, Judged, JudgedCandidate, Knowledge

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from spacy.tokens import Token

    from detente.events.lexicon import Words
    from detente.parse_view import ParseView

NAMING_ENTITIES = ("GPE", "ORG", "PERSON")  # a doer phrase with one of these names whose it is
# a nationality alone ("Brazilian agents", "Indian refiners", "a Russian corvette") is no name: the people or things
# it marks are nobody the story is about unless they are a state's body or office holder, the act is one of force or
# its target has a name or a nationality (_named_doer)
NATIONALITY = "NORP"
NO_ACTOR = "no actor on either side"  # why an act that joins no act of known actors is no event (no_actor)
HOME_TRIP = "a trip at home"
# a crowd's acts (CAMEO 141 demonstrate, 144 obstruct or block, 145 protest violently): done by people the text gives
# no country, they are an edge only when aimed at a known actor; with none they are a detail of the scene (no_actor)
CROWD_CODES = ("141", "144", "145")
# the codes a doer named by common nouns alone keeps an act of (CAMEO 18 assault, 19 fight, 20 mass violence:
# "gunmen killed more than 60 people"; and, as before, 142 and 143 strikes: "workers stopped work"); a seizure, an
# arrest, a blockade, a show of force or a sanction (15-17) by such a doer on no known actor is a detail of the scene
# or of an act already coded (no_actor)
FORCE_ROOTS = ("18", "19", "20", "142", "143")
# the dependents of a doer's noun that say where it is from or what it did, not who it is: "residents of Mashhad",
# "fishermen in Mahebourg", "a company based in Miyagi" (_named_doer)
PHRASE_TAILS = ("prep", "relcl", "acl")
SEIZURE = "171"  # CAMEO 171 seize or damage property (1711 confiscate): a ship taken in to port is first one of these
AGREED = ("asserted", "reported", "intended")  # an agreement reached: told as done or as the intent it states


@dataclasses.dataclass
class _Building:
    """An act under construction in :func:`group_acts`: its mentions so far and what is kept with them as it grows
    (worked out once per mention joined, not once per item tried against the act)."""

    mentions: list[JudgedCandidate]  # in the order they joined; the first is the act's first mention
    fights: list[JudgedCandidate]  # the mentions that are fights (mutual), in order
    shown: list[JudgedCandidate]  # the mentions that show the act (_shown), as it stands
    doer_named: bool  # whether a mention names a known doer, as it stands
    reasons: list[str] = dataclasses.field(default_factory=list)  # why each later mention (or anaphor) joined
    anaphors: list[Token] = dataclasses.field(default_factory=list)  # the anaphoric event nouns pointing back to it
    kept: bool = True  # whether the act is an event (a known actor named, no trip home), set once all are grouped


def group_acts(judged: Judged, knowledge: Knowledge) -> Grouped:
    """Step ``acts``: the article's candidates grouped into acts, in the order of their first mention."""
    words, view = knowledge.lexicon.words, judged.actors.view(judged.doc)
    saying = frozenset(lemma for lemma, kind in knowledge.lexicon.reporting.items() if kind == "say")
    article = _Article(_countrywide(judged, knowledge), knowledge.lexicon.nouns,
                       _described_capitals(judged, knowledge), saying)
    building: list[_Building] = []  # the acts so far, in the order of their first mention
    for item in judged.judged:
        anaphoric = anaphoric_noun(item, words)
        # what depends on the item alone is judged once, not once per earlier act
        faceless = names_nobody(item)
        held = holding_verb(item, view)
        # a plural noun is a series, unless it is the object of another mention's verb ("hold its drills")
        joinable = not marked_new(item, words, view) \
            and (anaphoric or faceless or not plural(item) or held is not None)
        alone = _Alone(faceless, participle_host(item, view) if joinable else None,
                       act_subject(item, view) if joinable else None,
                       trip_host(item, words) if joinable else None,
                       joinable and (item.status.modality == "reported" or told_verb(item, words, saying, view)),
                       held if joinable else None, conjunct_host(item, view) if joinable else None,
                       first_time_host(item, view) if joinable else None,
                       purpose_host(item, words) if joinable else None, _general(item.status.cameo, anaphoric),
                       intended_hosts(item, view) if joinable else None,
                       charge_host(item, view) if joinable else None,
                       taken_in_host(item, words) if joinable else None,
                       joinable and _signs_back(item, words)
                       and not any(m.status.cameo.startswith(SIGNING) for b in building for m in b.mentions),
                       joinable and _named_noun(item, words))
        # an item that only the rule of codes and sides can join (it details no act, is told by no act, names
        # actors, is no generic anaphor) joins no act whose first mention's code is unrelated to its own
        # (_joins's first test): told here, without calling _joins for every earlier act
        by_code = alone.host is None and alone.act is None and alone.trip is None and alone.held is None \
            and alone.conjunct is None and alone.first is None and alone.purpose is None and alone.intended is None \
            and alone.charge is None and alone.taken is None and not alone.signs and not alone.named \
            and not faceless \
            and not (anaphoric and generic(item, words))
        cameo = item.status.cameo
        # a ship taken in to port is first the end of a seizure, then of a detention ("seized a boat and detained its
        # crew" / "the boat was escorted to port"): the latest act first within each
        latest = building[::-1]  # the latest act first
        order = sorted(latest, key=lambda b: not _seized(b.mentions)) if alone.taken is not None else latest
        for act in order if joinable else ():
            if by_code and not related(act.mentions[0].status.cameo, cameo, alone.general) \
                    and not one_meeting(act.mentions[0], item) \
                    and not _one_attack(act.mentions[0], item, alone):
                continue
            why = _joins(act.mentions, act.fights, act.shown, act.doer_named, item, words, anaphoric, alone, view,
                         article)
            if why is not None:
                act.mentions.append(item)
                if mutual(item):
                    act.fights.append(item)
                act.shown = _shown(act.mentions, words, view)
                act.doer_named = act.doer_named or bool(resolved(item.candidate.sources))
                act.reasons.append(why)
                break
        else:
            building.append(_Building(mentions=[item], fights=[item] if mutual(item) else [], shown=[item],
                                      doer_named=bool(resolved(item.candidate.sources))))
    # an act no mention of which names a known actor is no event (``no_actor``): it is left out, and an
    # anaphoric noun does not point back to it
    for act in building:
        act.kept = no_actor(act.mentions, words) is None and home_trip(act.mentions) is None
    for token, act in _anaphors(judged, building, knowledge):
        act.anaphors.append(token)
        first = act.mentions[0]
        act.reasons.append(f"sentence {judged.actors.sentence_of.get(token.i, 0)} {token.text!r}: anaphoric "
                           f"event noun, mention of sentence {first.candidate.sentence} {trigger_words(first)!r}")
    acts = tuple(Act(judged=_restated_place(_primary(act.mentions, act.shown), act.anaphors, view, judged, words),
                     mentions=tuple(act.mentions),
                     why=tuple(act.reasons) if knowledge.explain else (), anaphors=tuple(act.anaphors))
                 for act in building if act.kept)
    acts = place_occasions(acts)  # an occasion's acts told apart from its place (events/occasions.py)
    acts = place_visits(acts)  # a visit with no place: the visited party's ground (events/occasions.py)
    # a visit with no one visited: the country it took place in (events/occasions.py)
    acts = host_visits(acts, judged.actors, countries(knowledge, judged.article.date))
    return Grouped(article=judged.article, doc=judged.doc, actors=judged.actors, quotes=judged.quotes, acts=acts)


def _anaphors(judged: Judged, building: Sequence[_Building],
              knowledge: Knowledge) -> Iterator[tuple[Token, _Building]]:
    """(definite event noun that codes nothing itself, the act of ``building`` it points back to); only acts
    ``kept`` (events) are pointed back to."""
    lexicon, words, found = knowledge.lexicon, knowledge.lexicon.words, judged.actors
    used = {t.i for item in judged.judged for t in item.candidate.trigger}
    starts = [(min(t.i for t in act.mentions[0].candidate.trigger), act.mentions[0].candidate.sentence)
              for act in building]
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
        for act, (start, first_sentence) in zip(reversed(building), reversed(starts)):  # the latest act first
            if not act.kept:
                continue
            status = act.mentions[0].status
            if start < token.i and 0 <= sentence - first_sentence <= ANAPHOR_WINDOW \
                    and (related(status.cameo, code, general=True) and not status.negated
                         and status.modality in REALIS
                         or code == SIGNING and _agreement_made(act.mentions[0], words)):
                yield token, act
                break


def _agreement_made(item: JudgedCandidate, words: Words) -> bool:
    """Whether an act is an agreement told as reached (CAMEO 03 by an ``accord_verb`` in the past: "agreed on
    Thursday to set up a task force", "reached a deal to reopen the border"; coded as intended, what is agreed on
    being still to do), not negated nor background: "the agreement" said after it is the same agreement (session
    58, h-loc58: "The agreement was reached in X at talks between ...")."""
    status = item.status
    return status.cameo.startswith(AGREE_ROOT) and not status.negated and not status.historical \
        and status.modality in (*REALIS, "intended") \
        and any(t.lemma_ in words.accord_verb and t.tag_ in ("VBD", "VBN") for t in item.candidate.trigger)


def _restated_place(shown: JudgedCandidate, nouns: Sequence[Token], view: ParseView, judged: Judged,
                    words: Words) -> JudgedCandidate:
    """The act shown by ``shown``, placed where a later sentence restating it says it was, when no mention of the act
    names a place: an anaphoric event noun of the act (``nouns``) that is the subject of a verb in the past ("The
    agreement was signed at a ceremony in Bravo City", "The talks took place in X") or that a past participle hangs on
    ("The accord, signed in X, ...") gives the act the place named after a ``place_prep`` on that verb or participle, or
    one level inside what it names ("at a ceremony in X", "in the port town of X"). Never over a place a mention of the
    act names, never from a noun no act was found for; a ground only inferred where the text names none (a signing of
    the day in the dateline's country, events/places_home.py) gives way to it."""
    if shown.status.location is not None and not shown.status.location_inferred or not nouns:
        return shown
    for noun in nouns:
        place = _clause_place(noun.i, view, judged, words, shown.status.date.value if shown.status.date else None)
        if place is not None:
            return JudgedCandidate(shown.candidate, dataclasses.replace(shown.status, location=place,
                                                                        location_inferred=False))
    return shown


def _clause_place(noun: int, view: ParseView, judged: Judged, words: Words, day: str | None) -> Location | None:
    """The place named on the past verb whose subject is the event noun at ``noun``, or on a past participle hung on it
    (:func:`_restated_place`); not on a clause that names a year other than that of the act's date ``day`` (none
    when the act has no date): it tells an earlier act on the thing ("the treaty ratified today,
    signed in Paris in March 2024")."""
    dep, children = view.dep, view.children
    verb = view.head[noun]
    clauses = [verb] if dep[noun] in ("nsubj", "nsubjpass") and verb != noun and view.pos[verb] in ("VERB", "AUX") \
        and view.tag[verb] in ("VBD", "VBN") else []
    clauses += [c for c in children[noun] if dep[c] == "acl" and view.tag[c] == "VBN"]
    places = judged.actors.places
    for clause in clauses:
        if any(dep[a] in ("aux", "auxpass") and view.lower[a] in words.unreal_aux for a in children[clause]) \
                or any(dep[n] == "neg" for n in children[clause]):
            continue
        years = {view.lower[t] for p in children[clause] for o in (p, *children[p]) for t in (o, *children[o])
                 if view.ent_type[t] == "DATE" and len(view.lower[t]) == 4 and view.lower[t].isdigit()}
        if years and (day is None or day[:4] not in years):
            continue
        for prep in children[clause]:
            # (also the place of the occasion it was done during: "was reached during talks in X", session 58)
            during = view.lower[prep] == "during"
            if dep[prep] != "prep" or not (during or view.lower[prep] in words.place_prep):
                continue
            for pobj in (o for o in children[prep] if dep[o] == "pobj"):
                inner = [i for p in children[pobj] if dep[p] == "prep"
                         and (view.lower[p] in words.place_prep or view.lower[p] == "of")
                         for i in children[p] if dep[i] == "pobj"]
                for token in (*([] if during else [pobj]), *inner):
                    if token in places:
                        text, country = places[token]
                        return Location(text=text, country=country)
    return None


# -- when a candidate is a mention of an earlier act ---------------------------------------------
class _Alone(NamedTuple):
    """What :func:`_joins` reads of the item alone, worked out once per item, not once per earlier act."""

    faceless: bool  # names_nobody(item)
    host: int | None  # participle_host(item)
    act: int | None  # act_subject(item)
    trip: int | None  # trip_host(item)
    told: bool  # reported speech (its modality, or the clause of a reporting verb: told_verb)
    held: int | None  # holding_verb(item)
    conjunct: int | None  # conjunct_host(item)
    first: int | None  # first_time_host(item)
    purpose: int | None  # purpose_host(item)
    general: bool  # _general(its code, whether it is anaphoric): whether it may be its root's general code or have it
    intended: frozenset[int] | None  # intended_hosts(item)
    charge: int | None  # charge_host(item)
    taken: int | None  # taken_in_host(item)
    signs: bool  # _signs_back(item) and no act of the article told before is a signing
    named: bool  # _named_noun(item)


class _Article(NamedTuple):
    """What :func:`_joins` reads of the article and the lexicon, worked out once per article."""

    countrywide: frozenset[str]  # _countrywide
    nouns: Mapping[str, str]  # the lexicon's event nouns: lemma -> CAMEO code
    capitals: Mapping[str, str]  # _described_capitals
    saying: frozenset[str]  # the lemmas of neutral reporting verbs ("say"): a participle of them tells, not charges


def _joins(group: list[JudgedCandidate], fight: list[JudgedCandidate], coded: list[JudgedCandidate],
           doer_told: bool, item: JudgedCandidate, words: Words, anaphoric: bool, alone: _Alone, view: ParseView,
           article: _Article) -> str | None:
    """Why ``item`` is a mention of the act of ``group`` (:func:`_joins_by_rules`), or, failing that, a participle
    of the same kind of force saying whom the act's force hit (:func:`detail_of` with ``same_code``), or None."""
    why = _joins_by_rules(group, fight, coded, doer_told, item, words, anaphoric, alone, view, article)
    if why is None:
        why = detail_of(group, item, alone.host, frozenset(), same_code=True)
    return why


def _joins_by_rules(group: list[JudgedCandidate], fight: list[JudgedCandidate], coded: list[JudgedCandidate],
                    doer_told: bool, item: JudgedCandidate, words: Words, anaphoric: bool, alone: _Alone,
                    view: ParseView, article: _Article) -> str | None:
    """Why ``item`` is a mention of the act of ``group`` (compatible with every mention), or None.
    The caller has checked that ``item`` may join an earlier act at all (not marked new; not a plural
    unless anaphoric or faceless); ``anaphoric`` is :func:`anaphoric_noun` of it; ``fight``: the mentions of
    ``group`` that are fights (:func:`mutual`), in order; ``coded``: its mentions that show it (:func:`_shown`, kept
    with the group as it grows, not worked out again for every item tried against it); ``doer_told``: whether a
    mention of ``group`` names a known doer (kept with the group likewise); ``view``: the parse view of the doc."""
    detail = detail_of(group, item, alone.host, frozenset())
    if detail is None:
        detail = done_by_act(group, item, alone.act, view)
    if detail is None:
        detail = trip_purpose(group, item, alone.trip)
    if detail is None:
        detail = object_of(group, item, alone.held)
    if detail is None:
        detail = conjoined_force(group, item, alone.conjunct, frozenset(), view)
    if detail is None:
        detail = first_time(group, item, alone.first)
    if detail is None:
        detail = purpose_of(group, item, alone.purpose)
    if detail is None:
        detail = intended_by(group, item, alone.intended)
    if detail is None:
        detail = charge_of(group, item, alone.charge, article.saying)
    if detail is None:
        detail = taken_in(group, item, alone.taken, words)
    if detail is None and alone.signs:
        detail = _signs_agreed(group, item)
    if detail is None and alone.named:
        detail = _named_back(group, item)
    if detail is not None:
        return detail
    if alone.faceless:
        return _joins_faceless(group, item, frozenset())
    # someone's account may name the place more exactly than the country the copy named ("struck hideouts in
    # Afghanistan" / "said ... had bombed homes in Khost province"); the copy's own verbs, a country apart ("has
    # built up its forces in Japan since 2016, when it stationed a unit on Yonaguni"), may be two acts
    countrywide = article.countrywide if alone.told else frozenset()
    account = bool(fight) and force_account(item, alone.told) \
        and all(within(item, resolved(m.candidate.sources)) for m in fight)
    # someone's account of an act stated before that names no known target in its own sentence ("the military said
    # its soldiers had arrested suspects"): a target taken from the story around it is no sign of another act
    retold = alone.told and not anaphoric and retold_act(group, item) and not _own_targets(item, view)
    # "The BLA claimed the attack" after "gunmen attacked a bus": the definite noun points back, and its doer is
    # the one no mention of the act named
    pointing = anaphoric or _names_the_doer(doer_told, item, words)
    # once a mention has named the act's doer (``doer_told``), a mention that did not ("gunmen attacked") is compared
    # by its target and status, the doers by the mentions that name them ("its fighters had targeted ...")
    # a mention that only details another ("signed an accord to cut tariffs": what the signing was for; "attacked
    # the post, killing six soldiers") says what the act was for or did, in its own code, status and words: a
    # restatement of the act is compared with it by its sides alone (``coded``)
    for member in group:
        if member in coded and not (related(member.status.cameo, item.status.cameo, alone.general)
                                    or _one_attack(member, item, alone)
                                    or one_meeting(member, item)
                                    or (anaphoric and generic(item, words))):
            return None
        if member in coded and not same_status(member, item, countrywide, article.countrywide, article.capitals) \
                or not (names_nobody(member) or account or occasion(member, item)
                        or same_sides(member, item, pointing or doer_told and not resolved(member.candidate.sources))
                        or (retold and same_sides(member, _untargeted(item), anaphoric))):
            return None  # one side's account of a fight need not agree with the other side's
        if member not in coded:
            continue  # its sides are the act's too ("attacked the post, killing six soldiers": whom it hit)
        if not anaphoric and member.candidate.sentence == item.candidate.sentence \
                and said_by(member) != said_by(item):
            return None  # "X launched an assault even as the Kurds said X had attacked them": two claims
        if alone.conjunct is not None and alone.conjunct in verbs(member) \
                and conjoined_apart(member.status.cameo, item.status.cameo):
            return None  # "refused to recognise the vote and blocked the bid": data/conjoined_apart.tsv
        if not anaphoric and verbal(item) and not both_meetings(member, item) \
                and other_objects(member, item, article.nouns, words) \
                and not trip_and_purpose(member, item, words):
            return None  # "rejected a military solution and warned against scrapping the deal with Iran"
    if not anaphoric and not item.candidate.nominal \
            and all(item.candidate.sentence - m.candidate.sentence > 1 for m in group) \
            and not any(same_day(m, item) or same_place(m, item, countrywide, article.capitals) or same_words(m, item)
                        for m in group) \
            and not (account and item.candidate.sentence - fight[0].candidate.sentence <= ANAPHOR_WINDOW) \
            and not (alone.told and retold_act(group, item, undone=True)):
        return None  # a verb restated paragraphs later: the same act only on the same day or ground
    first = group[0]
    how = f"anaphoric {trigger_words(item)!r}" if anaphoric else "same code, sides and status"
    return f"{mention(item)}: {how}, mention of {mention(first)}"


def _signs_back(item: JudgedCandidate, words: Words) -> bool:
    """A signing (CAMEO 057), realis and not negated, of a definite text naming none of its own ("the ministers
    signed the agreement", "The accords were signed in Nairobi by ...": ``same_act.signed_back``)."""
    status = item.status
    return status.cameo.startswith(SIGNING) and not status.negated and status.modality in REALIS \
        and signed_back(item, words)


def _signs_agreed(group: list[JudgedCandidate], item: JudgedCandidate) -> str | None:
    """Why the signing ``item`` (:func:`_signs_back`) is how an agreement of ``group`` told before was made, or None:
    a mention of ``group`` in an earlier sentence, at most ``ANAPHOR_WINDOW`` before, is an agreement reached (an
    intent to cooperate, CAMEO 03, not the will to meet, 036: "Kenya and Uganda agreed on Monday to build a pipeline",
    "Japan agreed to lend Laos $200 million"; in its own words, not cooperation told with "will" that takes the
    intention, "China will donate boats": a commitment, session 57), told as done or as the intent it states, not
    negated, between the same parties as the signing or some of them (the signing's doers pooled, a state with its
    bodies and officials one party, two at least: "the two foreign ministers signed the accord"; the signing names no
    target outside its doers' parties, nor a time of its own that gave it no date: :func:`_own_time`), of the same
    time (historical flags equal, dates one inside the other or one missing). The caller has checked that no act of
    the article told before is a signing: a signed text told before is what "the agreement" points back to
    (``same_act._signed_again``). The agreement shows the act (:func:`_detailing`), whatever the signing's modality."""
    signers = {party(r) for r in resolved(item.candidate.sources)}
    if len(signers) < 2 or any(party(r) not in signers for r in resolved(item.candidate.targets)) \
            or _own_time(item):
        return None  # a signing names its parties as its doers ("X and Y signed"); a time of its own may be another day
    for member in group:
        status = member.status
        if not status.cameo.startswith(INTENT) or status.cameo.startswith(MEET_INTENT) or status.negated \
                or not member.candidate.cameo.startswith(INTENT) or frame_clause(member.candidate) is not None \
                or status.modality not in AGREED or status.historical != item.status.historical \
                or not 0 < item.candidate.sentence - member.candidate.sentence <= ANAPHOR_WINDOW:
            continue
        parties = {party(r) for r in resolved(member.candidate.sources) + resolved(member.candidate.targets)}
        days = (status.date.value if status.date else None, item.status.date.value if item.status.date else None)
        if parties and parties <= signers and (None in days or within_date(days[0] or "", days[1] or "")):
            return (f"{mention(item)}: the signing of the agreement {trigger_words(member)!r} ({status.cameo}) told "
                    f"before, mention of {mention(group[0])}")
    return None


OTHER_CLAUSES = ("relcl", "advcl", "ccomp", "conj", "parataxis")  # clauses of their own below a verb: not its phrase


NOUN_ROLES = ("dobj", "pobj", "nsubj", "nsubjpass")  # an event noun another word governs: its status is that word's
NAMING_DEPS = ("amod", "poss", "compound")  # a doer named inside the noun's own phrase: "the Iraqi complaint"


def _named_noun(item: JudgedCandidate, words: Words) -> bool:
    """A definite singular event noun governed by another word (``NOUN_ROLES``), its every resolved doer named inside
    its own phrase before it (``NAMING_DEPS``: "backed the Portuguese complaint", "would examine the Slovenian request",
    "the council will discuss Iraq's complaint"), not negated, no time in its own phrase (:func:`_phrase_time`: "the
    Jordanian complaint of 2024" is another): the act named back by the doer's name, its tense, date
    and modality those of the word governing it ("will discuss" is no future complaint)."""
    candidate = item.candidate
    if not candidate.nominal or item.status.negated:
        return False
    nouns = [n for n in candidate.trigger if n.pos_ == "NOUN" and n.tag_ == "NN" and n.dep_ in NOUN_ROLES]
    if len(nouns) != 1 or not (definite(nouns[0], words) or any(c.dep_ == "poss" for c in nouns[0].children)):
        return False
    noun, doers = nouns[0], [token for token, ref in candidate.sources if ref.kind != "unresolved"]
    return bool(doers) and all(t.head.i == noun.i and t.i < noun.i and t.dep_ in NAMING_DEPS for t in doers) \
        and not _phrase_time(noun)  # "the Jordanian complaint of 2024": another act of the doer's


def _named_back(group: list[JudgedCandidate], item: JudgedCandidate) -> str | None:
    """Why the named noun ``item`` (:func:`_named_noun`) is a mention of an act of ``group``, or None: a mention of
    ``group`` in an earlier sentence (anywhere before: the doer's name says which act, and the latest such act is
    tried first), not an event noun itself, realis, not negated and not historical, of the noun's code or one
    refining it or refined by it, by the same doers ("Iraq lodged a complaint with the Security Council" / "The council
    is expected to discuss the Iraqi complaint"), to the same targets or with none on one side.
    Its date and modality are the governing word's, not the act's: they are not compared.
    ``tests/events/test_acts_rep52.py``."""
    sources = resolved(item.candidate.sources)
    for member in group:
        status = member.status
        if member.candidate.nominal or status.modality not in REALIS or status.negated or status.historical \
                or not related(status.cameo, item.status.cameo, False) \
                or member.candidate.sentence >= item.candidate.sentence:
            continue
        mine, theirs = resolved(member.candidate.sources), other_side_targets(item)
        if mine and same_actors(mine, sources) \
                and (not theirs or not other_side_targets(member)
                     or same_actors(other_side_targets(member), theirs, people=True)):
            return (f"{mention(item)}: the act its doer {trigger_words(member)!r} ({status.cameo}) named back, "
                    f"mention of {mention(group[0])}")
    return None


def _own_time(item: JudgedCandidate) -> bool:
    """A time expression in the phrase of ``item``'s verb (not in a clause of its own below it: "Lin, who arrived on
    Monday") that gave it no date ("signed the agreement to build it in Beijing in June 2024" read as undated): the
    act may be of another time than the one it is compared with."""
    if item.status.date is not None and item.status.date.value is not None:
        return False
    return _phrase_time(item.candidate.head)


def _phrase_time(head: Token) -> bool:
    """A time expression in the phrase of ``head``, not in a clause of its own below it (``OTHER_CLAUSES``)."""
    stack = [c for c in head.children if c.dep_ not in OTHER_CLAUSES]
    while stack:
        token = stack.pop()
        if token.ent_type_ in ("DATE", "TIME"):
            return True
        stack.extend(c for c in token.children if c.dep_ not in OTHER_CLAUSES)
    return False


def _seized(group: list[JudgedCandidate]) -> bool:
    """Whether a mention of the act is a seizure (CAMEO 171, confiscation 1711 too), not a detention of people."""
    return any(m.status.cameo.startswith(SEIZURE) for m in group)


def _general(cameo: str, anaphoric: bool) -> bool:
    """Whether a mention of code ``cameo`` may be its root's general code or have it (:func:`related`): an anaphoric
    noun always; a word act (quad classes 1 and 3, not a meeting: "said it would respond" 130 / "would take
    retaliatory measures" 132): the general code says less of the same statement. Acts done are told apart by their
    codes ("blocked the road and detained 30 people": 191 and 173, two acts), but for a ship taken in to port, the last
    stage of its seizure (``act_links.taken_in``)."""
    return anaphoric or (lookup(cameo).quad_class in (1, 3) and cameo[:2] != "04")


def _names_the_doer(doer_told: bool, item: JudgedCandidate, words: Words) -> bool:
    """``item`` has a resolved doer of its own and its trigger a definite event noun ("The Balochistan Liberation Army
    claimed the attack", "carried out the raid"), and no mention of the act names a known doer (``doer_told`` false:
    "Gunmen attacked a bus ..."): the noun points back to the act and says who did it (an act whose doer is known,
    and another doer's "attack", stay apart)."""
    return bool(resolved(item.candidate.sources)) and not doer_told \
        and any(t.pos_ == "NOUN" and t.tag_ == "NN" and definite(t, words) for t in item.candidate.trigger)


def _own_targets(item: JudgedCandidate, view: ParseView) -> bool:
    """Whether a mention names a known target in its own sentence (not one taken from the story around it);
    ``view``: the parse view of the doc (its sentence bounds: ``Token.sent`` makes a Span)."""
    number = view.sent[item.candidate.head.i]
    start, end = view.sent_start[number], view.sent_end[number]
    return any(ref.kind != "unresolved" and start <= token.i < end for token, ref in item.candidate.targets)


def _untargeted(item: JudgedCandidate) -> JudgedCandidate:
    """The mention with no targets (to compare its doers alone)."""
    return dataclasses.replace(item, candidate=dataclasses.replace(item.candidate, targets=()))


def no_actor(mentions: Sequence[JudgedCandidate], words: Words) -> str | None:
    """Why the act of ``mentions`` is no event (as :func:`detente.events.nonevents.not_an_act` says why a
    candidate is none), else None: no mention names a known actor on either side ("trade through the
    crossing was halted", "the attacks violated international law"): it is no edge between actors. A doer
    the knowledge base does not know keeps the act when its own phrase has a name, or a nationality on a state's body
    or with a named target (:func:`_named_doer`), or when the act is one of force or a strike (``FORCE_ROOTS``:
    "gunmen killed 60 people");
    not a seizure, an arrest, a show of force or a crowd's act ("officers seized 40 kilos of cocaine", "saboteurs set
    fire to a depot", "several hundred people marched" aimed at no known actor)."""
    if any(not names_nobody(m) or _named_doer(m, words)
           or (m.candidate.sources and m.status.cameo.startswith(FORCE_ROOTS)) for m in mentions):
        return None
    return NO_ACTOR


def home_trip(mentions: Sequence[JudgedCandidate]) -> str | None:
    """Why the act of ``mentions`` is no event, else None: a visit (CAMEO 042) that names no one visited, made to a
    place of the doers' own country ("Pakistan's interior minister flew to Gwadar", "the president visited the
    islands" of his own country) is a trip at home, no edge between actors."""
    if any(m.status.cameo != VISIT or other_side_targets(m) for m in mentions):
        return None
    places = {m.status.location.country for m in mentions if m.status.location is not None}
    countries = {ref.country for m in mentions for ref in resolved(m.candidate.sources)}
    if len(places) == 1 and places == countries:
        return HOME_TRIP
    return None


def _named_doer(item: JudgedCandidate, words: Words) -> bool:
    """Whether a doer the knowledge base does not know has a name in its own phrase ("the Karavan Brotherhood", "the
    opposition coalition A Partnership for National Unity"), or a nationality on a state's body or office holder or
    with a target with a name or a nationality ("the Malaysian maritime agency"), not only common
    nouns ("gunmen", "the attacks"), nor a place or a body only in a tail of the phrase (``PHRASE_TAILS``: "residents
    of Mashhad", "fishermen in Mahebourg", "lawmakers of the Peronist bloc": a place alone gives people no country,
    eval/wire/README.md "Sides"); a tail holding the act's own words stays ("a committee that met in Nairobi")."""
    trigger = {t.i for t in item.candidate.trigger}
    doers = {token: list(_own_words(token, trigger)) for token, ref in item.candidate.sources
             if ref.kind == "unresolved"}
    if any(_name_word(t) for phrase in doers.values() for t in phrase):
        return True
    # a doer named by its nationality alone is a party of the story when it is a state's body, office or office holder
    # or a body or alliance of its people ("the Malaysian maritime agency", "the Philippine labour secretary", "the
    # Catalan government", "the Egyptian military council", "the Saudi-led coalition", "Western allies":
    # ``body_word``, ``office_holder_noun``, ``office_noun``, ``joint_body_noun``, ``body_noun``, ``ally_noun``) or
    # acts on a target with a name or a nationality ("a Russian corvette shadowed the Volna", "Freedonian patrol
    # boats seized Ruritanian trawlers"), not on its own ("Brazilian agents burned the dredges", "Indian refiners bought
    # gold")
    national = [token for token, phrase in doers.items() if any(t.ent_type_ == NATIONALITY for t in phrase)]
    bodies = (words.body_word | words.office_holder_noun | words.office_noun | words.joint_body_noun | words.body_noun
              | words.ally_noun)
    return any(token.lemma_.lower() in bodies for token in national) \
        or bool(national) and any(ref.kind == "unresolved"
                                  and any(_name_word(t) or t.ent_type_ == NATIONALITY
                                          for t in _own_words(token, trigger))
                                  for token, ref in item.candidate.targets)


def _name_word(token: Token) -> bool:
    """Whether ``token`` is a word of a name ("Republika Srpska", "the Volna"), not a nationality ("Brazilian",
    "Dominican" tagged a proper noun: ``NATIONALITY``)."""
    return token.ent_type_ in NAMING_ENTITIES or (token.pos_ == "PROPN" and token.ent_type_ != NATIONALITY)


def _own_words(token: Token, trigger: set[int]) -> Iterator[Token]:
    """The words of the phrase headed by ``token`` without its tails (``PHRASE_TAILS``), its appositions' included; a
    dependent holding a word of ``trigger`` (token indices) is kept whole."""
    yield token
    for child in token.children:
        if any(t.i in trigger for t in child.subtree):
            yield from child.subtree
        elif child.dep_ not in PHRASE_TAILS:
            yield from _own_words(child, trigger)


def _joins_faceless(group: list[JudgedCandidate], item: JudgedCandidate, countrywide: frozenset[str]) -> str | None:
    """Why a faceless mention is one of the act of ``group`` (an act of known actors, begun at most
    ``ANAPHOR_WINDOW`` sentences before, of a related code and a compatible status), or None."""
    first = group[0]
    if not any(resolved(m.candidate.sources) or other_side_targets(m) for m in group) \
            or not 0 <= item.candidate.sentence - first.candidate.sentence <= ANAPHOR_WINDOW:
        return None
    for member in group:
        if not related(member.status.cameo, item.status.cameo, general=True) \
                or not same_status(member, item, countrywide):
            return None
    return f"{mention(item)}: names no known actor, mention of {mention(first)}"


def _one_attack(member: JudgedCandidate, item: JudgedCandidate, alone: _Alone) -> bool:
    """An account of an attack with weapons may name it by the general code of force, or the act's may be
    the general one ("Pakistani jets struck hideouts ..." / "the Taliban said Pakistani aircraft had bombed
    homes ..."); a blockade, an occupation or an arrest is another kind of act than an attack."""
    return alone.told and item.status.cameo in ATTACK and member.status.cameo in ATTACK


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


def _described_capitals(judged: Judged, knowledge: Knowledge) -> dict[str, str]:
    """The places of the article's candidates that name a state's capital by description, a ``capital_noun`` of
    words.tsv with a word before it saying whose ("the Chilean capital", "Chile's capital"), each to the name of that
    capital (lowercased both: "chilean capital" -> "santiago"), so that "signed in the Chilean capital" and "signed in
    Santiago" name one place (``same_act._place``)."""
    capital_nouns = knowledge.lexicon.words.capital_noun
    out: dict[str, str] = {}
    for item in judged.judged:
        location = item.status.location
        entry = knowledge.kb.get(location.country) if location is not None else None
        if location is None or entry is None or entry.kind != "country" or not entry.capital:
            continue
        parts = location.text.lower().split()
        if len(parts) > 1 and parts[-1] in capital_nouns:
            out[location.text.lower()] = entry.capital.lower()
    return out


# -- the mention an act is shown by ------------------------------------------------------------
def _informative(item: JudgedCandidate) -> tuple[int, int, int, int]:
    """Both sides resolved, a date, not reported speech, asserted (the earliest wins ties: max is stable)."""
    status = item.status
    sides = bool(resolved(item.candidate.sources)) + bool(other_side_targets(item))
    dated = bool(status.date and status.date.value)
    return (sides, dated, status.attribution is None, status.modality == "asserted")


def _detailing(item: JudgedCandidate, group: list[JudgedCandidate], words: Words, view: ParseView) -> bool:
    """A participle detailing the verb of another mention of the act, a verb saying what another mention
    (its subject) did, a trip whose purpose is another mention ("travel to Washington to meet ...": the
    meeting), or an intent to cooperate whose complement is another mention ("agreed to study selling water": the
    selling): never the mention shown."""
    host = participle_host(item, view)
    if host is not None and any(host in verbs(other) for other in group if other is not item):
        return True
    act = act_subject(item, view)  # "fighting in May 2024 killed 30 people": shown by the fighting, not "killed"
    if act is not None and any(act in verbs(other) or within_act(other, act, view)
                               for other in group if other is not item):
        return True
    held = holding_verb(item, view)  # "hold its annual drills": shown by the verb, not its object
    if held is not None and any(held in verbs(other) for other in group if other is not item):
        return True
    if first_time_host(item, view) is not None:  # "shot down two drones, the first time the alliance had downed"
        return True
    if object_holder(item, group, view):  # "to jointly finance and build a plant": shown by the building
        return True
    purpose = purpose_host(item, words)  # "telephoned ... to express his support": shown by the call
    if purpose is not None and any(purpose in verbs(other) for other in group if other is not item):
        return True
    charge = charge_host(item, view)  # "lodged a protest, accusing Kabul of ...": shown by the protest
    if charge is not None and any(charge in verbs(other) for other in group if other is not item):
        return True
    intent = item.status.cameo.startswith(INTENT) and not item.status.cameo.startswith(MEET_INTENT)
    if intent and any(item.candidate.head.i in (intended_hosts(other, view) or ())
                      for other in group if other is not item):
        return True  # "agreed to study selling water": shown by the selling
    if _signs_back(item, words) and _signs_agreed([o for o in group if o is not item], item) is not None:
        return True  # "agreed on Tuesday to supply power" / "the ministers signed the agreement": shown by the agreeing
    if _named_noun(item, words) and _named_back([o for o in group if o is not item], item) is not None:
        return True  # "lodged a complaint" / "will discuss the Iraqi complaint": shown by the lodging
    taken = taken_in_host(item, words)  # "the trawler was escorted to port": shown by the seizure
    if taken is not None and taken_in([o for o in group if o is not item], item, taken, words) is not None:
        return True
    return any(trip_for(item, other, words, own_verb_only=True) for other in group if other is not item)


def _shown(group: list[JudgedCandidate], words: Words, view: ParseView) -> list[JudgedCandidate]:
    """The mentions of ``group`` that show the act, not only detail another of its mentions (:func:`_detailing`);
    all of them when none does (one mention shows itself)."""
    return [m for m in group if len(group) == 1 or not _detailing(m, group, words, view)] or group


def _primary(group: list[JudgedCandidate], shown: list[JudgedCandidate]) -> JudgedCandidate:
    """The most informative mention (of ``shown``, :func:`_shown` of the group), with the sides, date and place it
    lacks from the others."""
    best = max([m for m in shown if mutual(m)] or shown, key=_informative)  # a fight, not one side's account
    if len(group) == 1:
        return best
    candidate, status = best.candidate, best.status
    if not resolved(candidate.sources):
        donor = next((m for m in group if resolved(m.candidate.sources)), None)
        if donor is not None:
            candidate = dataclasses.replace(candidate, sources=donor.candidate.sources)
    if not resolved(candidate.targets) and not mutual(best):
        donor = next((m for m in group if resolved(m.candidate.targets)), None)
        if donor is not None:
            candidate = dataclasses.replace(candidate, targets=donor.candidate.targets)
    if status.date is None or status.date.value is None or status.date_guessed:
        # a mention's own day dates the act before a day guessed for the lead's undated act (Status.date_guessed)
        dated = next((m for m in group if m.status.date and m.status.date.value and not m.status.date_guessed), None)
        if dated is None and status.date_guessed is False:
            dated = next((m for m in group if m.status.date and m.status.date.value), None)
        if dated is not None:
            status = dataclasses.replace(status, date=dated.status.date, date_guessed=dated.status.date_guessed)
    if status.date is not None and status.date.value is not None:
        # a mention saying the same time more exactly dates the act ("a year ago" / "in March 2025")
        day = status.date.value
        exact = [m.status.date for m in group if m.status.date and m.status.date.value
                 and len(m.status.date.value) > len(day) and within_date(day, m.status.date.value)]
        if exact:
            status = dataclasses.replace(status, date=max(exact, key=lambda d: len(d.value or "")))
    if status.location is None or status.location_inferred:
        fight = mutual(best)  # one side's account places the clash on its own side ("fired on its posts in ...")
        # a place a mention names places the act before a ground inferred where one names none (events/places_home.py
        # ``struck_home``), which places no fight between two sides
        placed = [m for m in group if m.status.location and not (fight and force_account(m))]
        donor = next((m for m in placed if not m.status.location_inferred), None) or next(
            (m for m in placed if status.location is None and not fight), None)
        if donor is not None:
            status = dataclasses.replace(status, location=donor.status.location,
                                         location_inferred=donor.status.location_inferred)
    return JudgedCandidate(candidate, status)
