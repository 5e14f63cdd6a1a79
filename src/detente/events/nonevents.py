"""Candidates that assert no act of their own, dropped before their status is judged.

- Cooperation alleged in an accusation: "accused Freedonia of harbouring militants" is one accusation
  by the speaker; the harbouring is what is alleged, not an act of aid the text asserts, and coding it
  would add a cooperative edge to a hostile exchange. Cooperative acts (quad classes 1 and 2) anywhere
  in the accusation's content phrase go; alleged attacks and threats stay (their class agrees with the
  accusation, and the status step marks them reported). So does a rejection (CAMEO 12) alleged there ("accused
  Austria of breaching the Schengen code", "accused the government of ignoring warnings"): the defiance charged is
  the accusation's content, and the dev gold codes none of 31 such gerunds as an act of its own; coded, it came out
  as a repeat of the accusation or took the act of a rejection the story tells later (session 65, h-rep65: dev
  repeats 1456 -> 1444, false dyads 1273 -> 1269, strict precision .71406 -> .71439, two acts found only by such a
  wrong event lost). So is cooperation a legal act or a penalty is for
  ("charged two men with helping the rebels", "sanctioned two firms for supplying drones to Russia"; ``legal_verb``).
  A relative clause on a ``summary_noun`` that the parser hung inside the content phrase ("accused X of arming
  rebels near Gondar, a charge X rejects", the noun on "Gondar") answers the accusation and stays (session 46).
- A show of force a legal act is for: "sentenced two Chinese nationals to four years for flying drones over a
  U.S. carrier": the people a court charges, tries or sentences are no state's forces; what they did is the
  offence, not a military posture (CAMEO 15). Nor is a show of force done by private people the knowledge base
  places by their sector ("three Chinese students flew a drone over the carrier"; ``PRIVATE_SECTORS``).
- Any act an arrest, a charge or a sentence is for (session 40): "police arrested a Ruritanian sailor on suspicion
  of stabbing a dock worker", "prosecutors charged three men with setting fire to a depot", "jailed two fishermen
  for poaching": the arrest, the charge or the sentence is the event; what the ones it is done to are held to have
  done is its ground, no act of its own, whatever its class (the dev gold leaves 59 of 60 such grounds uncoded; an
  accusation the authorities make is coded on its own verb). Only the criminal process on people
  (``criminal_verb``): what a state, a firm or a unit is sanctioned, fined or expelled for stays (cooperation
  aside, above). Not an act told inside the ground with a doer of its own, in a relative clause or an apposition
  ("charged two men with aiding rebels who attacked a post": the attack; "sentenced four men for war crimes, a
  verdict Zagreb called too lenient": the calling) (:func:`charged_act`).
- Cooperation a complaint is about: "complained that donors had not delivered the promised funds",
  "lamented that the allies had not sent air defences": the complaint (an accusation, 11) is the act; the
  cooperation in its "that" clause (``complaint_verb``), mostly what was not done, is its content, as in an
  accusation. Attacks and threats in it stay.
- Agreements in force as the frame of another act: "has 10,000 troops in Congo under a bilateral deal",
  "requested consultations under Article 4 of the alliance's founding treaty", "a review of their trade
  pact": an agreement noun after a ``framework_prep`` (through "of" phrases) or held by a possessor inside a
  phrase names a standing agreement, not its signing; the act it frames is coded on its own verb. One dated by a
  year of its own ("under a 1998 patrol agreement") is told as its signing, a background act of its parties
  (``events/pacts.py``; session 45: the dev gold codes most such nouns as a historical 057).
- Purpose clauses that state an aim: "will respond by all means to protect its territory", "met to try to
  ease tensions", "expanded the mandate so that ships could be escorted": what the act is for, not a
  second act. Only clauses with a purpose mark, or infinitives of an aim verb (protect, defend, try, ...),
  go: "crossed the border to reinforce the rebels" still reports the reinforcing. A complement that the
  parser hangs as a clause of an appeal or frame verb ("called on the bloc to impose sanctions") is
  not a purpose.
- Purposes denied in a contrast: "crossed the river to sell cattle, not to fight anyone", "came to talk, not to
  threaten", "went to sea to feed their families and not to provoke Australia": a "to" infinitive negated by a
  ``negation`` cue (``cues.tsv``) that is a purpose clause of a verb, or stands beside a purpose infinitive as its
  contrast, says what an act was not for; it reports no act, done or refused (the gold lists it among
  ``not_events``). A negated complement of a verb of intent or of an appeal ("agreed not to attack", "warned Finland
  not to deploy troops") is no purpose: the commitment or the appeal is coded on its own verb.
- Acts still to be done: "has yet to deploy outside the capital", "is yet to be ratified", "has still to sign": the
  "to" infinitive of "have" or "be" with a ``pending_adverb`` has not happened; it is no act (nor a refusal). Nor
  is an event noun after a ``pending_prep`` ("ordered him held pending extradition", "detained pending trial"): the
  holding is the act, the extradition awaited (``awaited``; the light verb before it codes nothing from it either).
- Acts kept from happening: "barred travel agencies from selling tours", "refrained from attacking the
  port", "prevented the ship from docking": what a ban or a restraint keeps from happening is not done.
  The ban is coded on its own verb; the "from" gerund under a ``prevention_verb`` codes nothing.
- Acts warned or argued against: "warned NATO against sending troops to Ukraine", "cautioned Washington against
  attacking its nuclear sites", "urged Islamabad against backing the militants", "a warning against any move to
  annex the territory": the "against" gerund of a ``dissuasion_verb`` is what the one warned would do, a course of
  action the warning is about, not an act anyone did (nor one by the warner). The warning or appeal, coded on its
  own verb with the one warned as its target, is the act (the README's convention for what an appeal or warning
  asks: part of that act).
- The aim of a protest: "marched on Monday to protest against the deal and call on the minister to
  resign", "gathered outside the embassy to support the jailed leader": the PLOVER manual codes the
  topic of a protest (typically a REQUEST) as no separate event; the protest is the act. Acts in a
  "to" clause of a verb coded as a protest (CAMEO 14), or of people gathered to demand ("gathered at the pier to
  demand escorts": ``context_places.gathered_to_demand``), go, unless they are protests themselves.
- The content of an appeal: "called on Tehran to release the tanker", "urged the bloc to compel Israel to
  stop its attacks", "asked the OAS to send observers to monitor the vote", "demanded that Beijing stop
  ...": what one party asks of another (an ``appeal_verb``) has not been done; the appeal, coded on its own
  verb with its addressee, is the act (the README's convention: the content is part of the REQUEST). Verbs
  only, through infinitive and subjunctive complements: an event noun in the content ("urged the council
  to condemn the attack") names an act that happened, and a gerund ("demanded that Beijing stop harassing
  its boats") one going on. Orders to one's own agents are no appeal ("ordered troops to seal the border":
  the sealing is reported), nor is a phrasal verb ("called up reservists to attack the rebels").
- Stances that leave an act open: "did not rule out talks", "refused to rule out military strikes": a
  negated or refused verb of excluding (cues.tsv ``open_stance``) is neither a rejection nor its negation.
  It goes; the act it is about stays, as its own candidate or, when the lexicon coded it into the verb's
  pattern ("rule out +talk"), rewritten as that act; the status step makes it hypothetical, not negated
  (force refused to be ruled out, a threat). Measures of no named kind left open ("did not rule out further
  measures": a ``response_measure`` of words.tsv) are the threat of a countermeasure (nouns.tsv), 1312.
- Open questions: "did not say how many fighters had been killed", "the right to decide how civilians
  should be protected", "asked whether Russia would attack again": a clause opened by a wh-word or
  "whether"/"if" (``question_mark``) under a negated verb or a verb that leaves it open
  (``open_question_verb``: decide, ask, wonder, ...) asserts nothing. "did not say when they would be freed" is
  one too, though the parser hangs the wh-clause as an adverbial clause: under a negated verb of speech
  (``reporting.tsv``) only, since under another verb it is a time clause ("did not retaliate when the rebels
  attacked": the attack happened). Under a frame the act is combined with, the frame's complement is what
  is asked ("did not say whether it would recall its envoy": no threat).
- Resolve stated as a refusal to suffer an act: "we will not be intimidated", "we will not be
  blackmailed": a negated future passive with "we" or "I" as its subject and no doer ("by X") names
  no act anyone did or will do; it is the speaker's stance.
- Conditions set by the doer: "will block the talks until Belgrade hands over the files", "will not admit
  inspectors until European powers reverse the sanctions": what the condition asks of another party has
  not happened; it is the doer's demand on that party (CAMEO 10, the demand combined with the act asked
  for), with the doer of the conditioned act as source and the condition's subject as target. A
  condition in the present tense (``condition_mark``: until, unless) is rewritten so; when the rules
  found no doer of the conditioned act, the demand has no sides.
- What a condition supposes: "would keep selling gas to Kyiv if Kyiv paid its debts", "tariffs could be dropped if
  Ottawa opened its dairy market", "would stage walkouts unless the government raised salaries": the verb of an "if",
  "unless" or "as long as" clause (``protasis_mark``, ``protasis_adverb``), or a verb it governs ("if Fiji agreed to cut
  its deficit"), names an act supposed, not one done or announced; the act of the main clause (the offer, the threat) is
  the event, and the condition gives it its other party (``context.conditions``, ``code_sides``). A present-tense
  "unless" clause stays the demand it is (above). Event nouns in it stay ("if the attacks continue": the attacks
  happened).
- Names and venues: an event noun that is part of a name ("the United States-Mexico-Canada Agreement",
  "the Genocide Convention") names a treaty or body, not an act; a "news conference" or "press
  briefing" is where something was said, not a meeting between actors.
- No doer and no known actor done to ("trade through the crossing was halted", "the road had been
  closed"): judged not here but by the ``acts`` step (``acts.no_actor``, after grouping), since such a
  candidate may still be a mention of an act of known actors ("the ship was hit on Monday") and add its date
  and place; one that joins no such act is no event.
- Situations and onlookers as doers: "the war has displaced millions", "the insurgency has killed 7,000 people", "the
  unrest raised questions", "economists warn that ...": a verb whose only doer is a situation, a process or a
  commentator (no actor resolved) describes, it is no actor's act, in the passive too ("millions have been displaced
  by the war"). The toll of a war or an insurgency is no act (the gold lists it among ``not_events``). Nor is the
  effect of a measure told with the measure as its doer ("the closure has halted fuel deliveries", "the decision
  violated the 1961 treaty"): the measure is coded on its own verb. So is one whose only doer is nobody in particular
  ("the treaty allows any ally to request consultations", "no country has recognised it"). So is an act of force done
  by a natural hazard or an animal (a ``natural`` cue of ``cues.tsv``: "Hurricane Marco struck eastern Cuba, killing
  19 people", "the strongest storm on record to hit the island", "a cyclone that hit Mozambique", "a magnitude 7.4
  tremor killed", "homes destroyed by a landslide", "swarms of locusts destroyed crops"), whatever actor the text
  names near it; a weapon is no hazard (a bomb with no doer named is an act with no source in the gold, "a Russian
  missile" is Russia's), nor is fire a demonym names the shooter of ("Russian artillery fire killed two civilians").
  The hazard is found where the parser lost it too: "where floods and landslides caused by rain have killed 60
  people", read with "floods" the subject of "caused" and "have killed" a clause with no subject, takes the subject
  before it whose verb lies between (``_lost_subject``). Nor is a thing that undergoes a verb with no object ("two
  warehouses burned overnight": an ``ergative_verb`` whose
  subject is no actor, ``undergone``).
  So is the effect of a thing that gave way or of the weather (``natural`` leak, snow, ...: "a leak in the cooling
  circuit forced an emergency shutdown", "the pass is blocked by snow"), and of a measure raised from the verb's "to"
  clause ("the levy was expected to hit small exporters", ``_doer_of``); nor is a traders' forecast an act ("traders
  warned that a lengthy closure would lift prices": ``not_doer_noun``).
- What an act cost: a participle of consequence of obliging or uprooting (``obligation_verb``, ``uprooting_verb``)
  whose object names no actor ("shut the crossing in 2019, forcing truckers onto a long detour", "gangs hold the
  capital, displacing half a million people"): the act is the clause's; "forcing it back to port" (a pronoun, someone's
  boat) and ", killing two soldiers" (no verb of obliging) stay (:func:`consequence`).
- Habits, wishes and the scene: a verb in an absolute "with" clause measured by a recurring unit of time ("rows have
  gone on for years, with crews detained every season": ``habit_det``, :func:`habit_with`); a wish to join a body
  ("both countries hope to join the union": ``aspiration_verb`` with a ``membership_verb``, :func:`wished`; "hope to
  sign the deal" stays an intent); a perfect progressive measured since a date with no actor named on either side ("a
  stabilisation force has been deploying since the spring", :func:`ongoing_since`).
- Standing states (session 42): a present perfect with a ``standing_adverb`` ("fishermen have long complained of being
  robbed at sea"), measured by how long it has lasted ("traders have for years protested") or the "to" complement of a
  ``persistence_verb`` ("exile groups have continued to hold rallies"), with no actor named on either side, tells what
  has gone on, no act on a day (:func:`standing_perfect`; the gold lists such states among ``not_events``); "Ethiopia
  has long accused Egypt of ..." names its doer and stays, as the gold codes it.
- A rise to power as background (session 42): taking or coming to power (a ``power_noun`` object) in a relative clause
  whose relative word is its subject ("three states, all ruled by colonels who took power between 2019 and 2024", "the
  junta, which took power in 2022") or in a "since" clause ("since he took power in 2016") tells who rules and since
  when (:func:`rise_to_power`). A relative clause that names where power was seized ("the council that seized power
  in Niamey in 2023": the seizing of a capital, which the gold codes), one whose subject is a noun ("whose elite unit
  seized power") and a main clause stay.

- Standing descriptions: "backing rebels who attack it from Congo", "one of a dozen countries that
  recognize Taiwan", "the mechanism that monitors the truce": a restrictive relative clause in the simple
  present with no auxiliary defines a kind of thing; it reports no act. A clause set off by a comma
  ("Costa Rica, which shelters thousands of exiles") tells what a named actor does and stays, as do past
  and perfect clauses ("the rebels who attacked the town on Monday") and verbs of speech ("a charge the
  Emirates deny"), unless its verb carries a ``joint_word`` ("Chad and Niger, which also fight the jihadists together
  under a regional force": a standing joint undertaking).
- Changes in relations: "relations had warmed", "relations hit a low": with relations or ties (``tie_noun``) as its
  subject and no actor resolved, a verb tells how relations stand and names no dyad. Between named actors, relations
  as they stand now ("relations between Kenya and Uganda have been strained since 2024", "ties between the two have
  soured before", a present or a present perfect: ``_up_to_now``) are no act either: the gold lists them among
  ``not_events`` and codes none. A change told in the past ("relations between Hamas and Damascus had deteriorated
  ... in 2012") stays a break or a rapprochement of that pair, the turning point the relations graph reads (the
  user's seed article), though the gold lists those among ``not_events`` too. "Cut ties with X", ties as an object,
  is an act, and so is "ties were cut by Managua", a doer named after "by". Nor is a change told in the past whose
  "when" clause, on the verb or on its date phrase, tells the act that made it ("relations between Ruritania and
  Freedonia had soured in June 2019, when Freedonia closed the border": ``told_by_its_act``, session 44): the act is
  coded on its own verb, and the state verb would count that turning point twice.
- Standing duties as the scene: "the patrol boat was escorting fishing boats when ...", "the mission, whose
  monitors patrol the line, said ...", "a survey ship, escorted by two warships, entered the zone": a verb of
  a standing duty (``routine_verb``: patrol, escort, guard, ...) in the progressive, in the simple present or
  as a participle on a noun tells what was going on, not an act of the story. A finite past or a future
  ("escorted the trawler to port", "will patrol alongside Palauan officers") stays an act.
- A unit named by its act's noun: "a Saudi patrol opened fire on shepherds", "the detention of two farmers by a
  Kuwaiti army patrol", "rebels ambushed an Egyptian patrol": a ``unit_noun`` as the subject of a verb that is not
  its act's (no ``carrier_verb`` nor ``act_subject_verb``), as the agent after "by", as the object of a verb that
  neither carries nor codes it, or with a determiner after a target or aim preposition on a verb is the unit (its
  owner's forces, ``sectors.tsv``), no act of patrolling. "Carried out joint patrols", "stepped up patrols",
  "patrols resumed", "the patrol took place" and "were on patrol" stay the act.
- A stance held as background: a relative clause negated by "never" ("the 2016 award, a decision that China has
  never accepted") describes its noun by a standing refusal; it tells no act of the story.
- A record or a kind of act: a relative clause on a noun made a class by "every", "any", "all", "each" or "such",
  or by a superlative ("in violation of every commitment it has signed", "the first such pact Tokyo had concluded",
  "the largest package it has offered to a Southeast Asian country", ``class_determiner``) says what kind of act the
  noun is or how it ranks among the doer's acts; it restates the act of the clause it comments on, or none, and
  tells no act of its own. A relative clause on one thing ("two drivers its police detained last week", "a deal
  Spain signed with Morocco") stays an act.
- What a text lets be done: "a law allowing the army to suspend asylum", "a legal term that could allow Tokyo to
  deploy its military", "a deal that would see troops pull back", "Article 5 allows any ally to request talks": the
  complement of a verb of letting (``permit_verb``) whose subject, or the noun it describes, is a text or an
  arrangement (``instrument_noun``) tells what the text provides for, no act. In the past ("a plan that saw
  Russia withdraw its troops in 2004") what was let be done may have been done, and stays.
- Bodies not yet set up: "decided to form a border commission that would convene in Kassala to oversee border
  security", "will form a commission to investigate the killings": a clause on the object of a verb that creates a
  body (``creation_verb``), with a modal of the future or the hypothetical (``cues.tsv``) or as a "to" infinitive,
  tells what the body is to do once it exists; the creating (the agreement) is the act, and the body does nothing
  yet. A past clause ("set up a committee that met twice") stays an act; so does the aim of a creation told on its
  own ("formed a common platform in 2017 to pool their exports"), which codes nothing itself.
- Coercion a text provides for: "the foreign agents scheme, which would force every agent of Moscow to declare
  their work", "a bill that would compel foreign-funded groups to register": a verb of obliging (``obligation_verb``)
  whose subject, or the noun it describes, is a text or an arrangement (``instrument_noun``), not in the past, is
  what the text provides, no act of coercion (and what it obliges, like what a text lets be done, is none).
- Displacement as a toll: "shelling and drone strikes killed scores and forced some 90,000 to flee", "GPS
  interference that has forced many flights to reroute", "a surge swamped farms, forcing thousands to move
  to higher ground": an ``obligation_verb`` whose complement is a verb of leaving (``displacement_verb``) and whose
  doers are all unresolved (a weapon, a fight, a process: no actor) tells the toll of what happened, which the gold
  lists among not_events; the attack itself is coded on its own verb. "Troops forced 300 villagers to leave" stays.
- Trade as a standing relation: "China, which buys most of Angola's oil", "the dam supplies most of Paraguay's
  power", "Chile sells most of its copper to China": a verb of trade (``trade_verb``) in the simple present with
  no auxiliary tells who trades with whom as a rule, background to the story; so does a perfect measured by how
  long it has lasted ("Kazakhstan has sold wheat to Afghanistan since 2002", "herders who had sold cattle there for
  decades": a "since" phrase or a "for" phrase of plural ``span_noun``), and a bare "-ing" clause on a simple
  present ("X is Y's largest trading partner, buying most of its copper": ``_present_participle``; session 53).
  A past, a perfect or a future ("bought 40 million barrels in March", "has bought two frigates", "will buy wheat")
  stays an act. So does hosting or recognising (``standing_verb``), in the simple present only:
  "Djibouti, which hosts bases of four powers", "Oman, which hosts the Houthis' negotiator", "the breakaway north,
  which only Ankara recognises" tell what a country keeps, no visit hosted; "hosted talks", "will host" and a clause
  with a date ("which recognises X's sovereignty under the 2006 treaty": the act that set it up) stay acts.

- Places described by a participle: "in Belarus, Russia and occupied Ukraine", "talks in occupied Crimea": a
  participle that is an adjective on a place (a GPE or LOC entity), or the parser's verb for one after the "and" of a
  list of nouns, tells what the place is, no act of the sentence's subject. "Russia invaded Georgia and occupied
  Abkhazia" stays an act.
- What a thanks or a praise is for (session 50): "thanked Chile for its cooperation", "praised Kampala for its swift
  support", "thanked the president for her personal commitment": an event noun held by a possessive after the "for" of
  a ``gratitude_verb`` names what the one thanked did, the ground of the thanks (coded on its own verb, 051); the gold
  codes no act for it (the act thanked for, where the story tells it, is coded on its own verb). "Thanked Tehran for
  the aid" and "for the jets it had sent" name an act of the story and stay, and so does a noun that names another
  party the act was done with or to ("thanked Oman for its mediation with Washington": a target resolved).
- What happens as a rule: "suspects are usually turned over to a court once they have been charged",
  "a trek that often ends in clashes with villagers": a word under an adverb of what happens as a rule
  (``rule_adverb``: usually, often, typically, ...) on it or on a word it depends on is a generic or habitual
  statement, no act on a day. Acts done many times ("has repeatedly seized tankers", "regularly detains fishermen")
  are acts: the gold codes them.

The words these rules test are data (``words.tsv``: ``accusation_verb``, ``accusation_prep``, ``complaint_verb``,
``framework_prep``, ``prevention_verb``, ``dissuasion_verb``, ``question_mark``, ``open_question_verb``,
``stance_aux``, ``condition_mark``, ``protasis_mark``, ``protasis_adverb``,
``purpose_mark``, ``purpose_verb``, ``venue_modifier``, ``name_entity``, ``not_doer_noun``, ``nobody_det``,
``tie_noun``, ``ergative_verb``, ``appeal_verb``, ``onset_verb``, ``routine_verb``, ``trade_verb``, ``standing_verb``,
``permit_verb``, ``obligation_verb``, ``creation_verb``, ``displacement_verb``,
``fire_noun``, ``unit_noun``, ``act_subject_verb``, ``carrier_verb``, ``cues.tsv``'s ``natural``,
``instrument_noun``, ``pending_adverb``, ``pending_prep``, ``span_noun``, ``rule_adverb``, ``uprooting_verb``,
``habit_det``, ``aspiration_verb``, ``membership_verb``, ``joint_word``, ``gratitude_verb``;
``object_control_verb`` and the frames of ``reporting.tsv``).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.events.cameo import DEMAND, POSTURE_ROOT, PROTEST_ROOT, REJECT_ROOT, SIGNING, lookup
from detente.events.context_places import gathered_to_demand
from detente.events.doers import legal_act, legal_ground
from detente.events.extract import Candidate
from detente.events.history import opened_by_when
from detente.events.lexicon import RELATIVE_WORDS, Lexicon, Words
from detente.events.pacts import own_year
from detente.events.phrases import awaited
from detente.parse_view import ParseView

if TYPE_CHECKING:
    from spacy.tokens import Token

VENUE_ROOTS = frozenset({1, 4})  # statements and meetings have venues; "anti-government protests" do not
OFFSET_MARKS = frozenset({",", "(", "—", "–", "-", "--"})  # marks that set off a non-restrictive relative clause
# sectors of private people (data/actors/README.md): whatever they fly or parade is no state's show of force
PRIVATE_SECTORS = frozenset({"CVL", "EDU", "BUS", "LAB", "AGR", "MED", "REL", "HLH", "REF"})


def alleged(i: int, view: ParseView, words: Words) -> bool:
    """True when the token at ``i`` lies inside the content of an accusation ("accused X of [harbouring
    ...]") or of a legal act (:func:`charged_with`): it or one of its ancestors (``Token.ancestors``, up to the
    root) is the object of such a preposition. A relative clause on a ``summary_noun`` the parser hung inside that
    content ("accused X of training militias in Gedo, a charge X rejects", the noun on "Gedo") is the answer to it,
    not part of it."""
    dep, heads = view.dep, view.head
    for node in (i, *view.ancestors(i)):
        if dep[node] == "relcl" and view.lemma[heads[node]] in words.summary_noun:
            return False
        prep = heads[node]
        if dep[node] in ("pcomp", "pobj") and dep[prep] == "prep" and view.lower[prep] in words.accusation_prep \
                and view.lemma[heads[prep]] in words.accusation_verb and heads[prep] != node:
            return True
    return charged_with(i, view, words)


def charged_with(i: int, view: ParseView, words: Words) -> bool:
    """True when the token at ``i`` lies inside what a legal act is for ("charged two men with [setting fire to
    ...]", "sentenced X to four years for [flying drones over ...]", "indicted over [...]"): the object of an
    ``accusation_prep`` or ``reason_prep`` of a ``legal_verb`` (:func:`detente.events.doers.legal_ground`)."""
    return legal_ground(view, i, words) is not None


def charged_act(i: int, view: ParseView, words: Words) -> bool:
    """True when the token at ``i`` is itself what an act of the criminal process (a ``criminal_verb``) is for
    (:func:`charged_with`, the nearest legal act above it): the object of its ``accusation_prep`` or ``reason_prep``
    or a word under it, not one in a relative clause or an apposition there, which tells an act with a doer of its
    own ("charged two men with aiding rebels who attacked a post")."""
    dep = view.dep
    for node in (i, *view.ancestors(i)):
        if dep[node] in ("relcl", "appos"):
            return False
        if dep[node] in ("pcomp", "pobj"):
            legal = legal_act(view, view.head[node], words)
            if legal is not None:
                return view.lemma[legal] in words.criminal_verb
    return False


def complained_of(i: int, view: ParseView, words: Words) -> bool:
    """True when the token at ``i`` lies inside the clause a complaint is about ("complained that donors
    had not delivered the promised funds"): it or one of its ancestors is the ``ccomp`` of a
    ``complaint_verb``."""
    dep, heads = view.dep, view.head
    return any(dep[node] == "ccomp" and heads[node] != node and view.lemma[heads[node]] in words.complaint_verb
               for node in (i, *view.ancestors(i)))


def standing_agreement(token: Token, words: Words) -> bool:
    """True when the agreement noun ``token`` names an agreement in force as the frame of another act: the
    object of a ``framework_prep`` ("troops in Congo under a bilateral deal", "consultations under Article 4
    of the treaty", through "of" phrases) or one a possessor holds, inside a phrase ("a review of their trade
    pact", "Article 4 of the alliance's founding treaty")."""
    if token.dep_ == "pobj" and any(c.dep_ == "poss" for c in token.children):
        return True
    for _ in range(3):  # "under Article 4 of NATO's founding treaty": a few "of" phrases up
        if token.dep_ != "pobj" or token.head.i == token.i:
            return False
        prep = token.head
        if prep.lower_ in words.framework_prep:
            return True
        if prep.lower_ != "of" or prep.head.i == prep.i:
            return False
        token = prep.head
    return False


def purpose(i: int, view: ParseView, lexicon: Lexicon) -> bool:
    """True when the token at ``i`` (or the verb it is a conjunct of) heads a purpose clause of another verb
    that states an aim: one with a purpose mark ("so that it could escort") or an infinitive of an aim verb
    ("to protect its territory"), also as the complement of a verb of means ("take measures to defend")."""
    words = lexicon.words
    dep, heads, children = view.dep, view.head, view.children
    i = view.coordination_head(i)
    head = heads[i]
    means = dep[i] == "xcomp" and any(dep[c] == "dobj" for c in children[head])  # "take measures to defend"
    if not (dep[i] == "advcl" or means) or view.pos[head] not in ("VERB", "AUX"):
        return False
    lemma = view.lemma[head]
    if lemma in words.object_control_verb or lexicon.reporting.get(lemma, "say") != "say":
        return False  # "called on the bloc to impose sanctions", "planned to ...": a complement, not a purpose
    if any(dep[c] == "mark" and view.lower[c] in words.purpose_mark for c in children[i]):
        return True
    return (view.lemma[i] in words.purpose_verb
            and any(dep[c] == "aux" and view.tag[c] == "TO" for c in children[i]))


def denied_purpose(i: int, view: ParseView, lexicon: Lexicon) -> bool:
    """True when the verb at ``i`` is a negated "to" infinitive that says what another act was not for: a purpose
    clause ("came to talk, not to threaten") or the contrast of a purpose infinitive beside it ("sailed out to catch
    tuna, not to attack anybody"), the verb it depends on being no frame of intent nor of an appeal."""
    dep, heads, children = view.dep, view.head, view.children
    negation = lexicon.cues.get("negation", frozenset())

    def infinitive(j: int) -> bool:
        return view.tag[j] == "VB" and any(dep[c] == "aux" and view.tag[c] == "TO" for c in children[j])

    def negated(j: int) -> bool:
        return any(dep[c] == "neg" and view.lower[c] in negation for c in children[j])

    if not (infinitive(i) and negated(i)) or heads[i] == i:
        return False
    head = heads[i]
    if dep[i] in ("conj", "dep", "advcl", "xcomp") and infinitive(head) and not negated(head) and heads[head] != head:
        # "to catch tuna, not to attack anybody": the contrast of the purpose before it
        if dep[head] not in ("advcl", "xcomp") or dep[i] == "xcomp" and dep[head] != "advcl":
            return False
        i, head = head, heads[head]
    elif dep[i] != "advcl":
        return False
    if view.pos[head] not in ("VERB", "AUX"):
        return False
    lemma = view.lemma[head]
    # "urged Tehran to talk, not to fight": what is asked; "drove to Caracas to sell coffee": no one driven
    controls = lemma in lexicon.words.object_control_verb and any(
        dep[c] in ("dobj", "nsubjpass") for c in children[head])
    return not controls and lexicon.reporting.get(lemma, "say") == "say"


def protest_aim(token: Token, lexicon: Lexicon, view: ParseView) -> bool:
    """True when ``token`` (or the verb it is a conjunct or a complement of) is a "to" clause of a verb
    that the lexicon codes as a protest ("marched to demand ...", "took to the streets to call on the
    minister to resign"). ``view``: the parse view of its doc (a ``Token`` is made only for a verb matched)."""
    dep, heads, children, i = view.dep, view.head, view.children, token.i
    for _ in range(8):  # a clause is a few levels deep at most
        i = view.coordination_head(i)
        head = heads[i]
        if dep[i] not in ("advcl", "xcomp", "ccomp") or head == i or view.pos[head] != "VERB":
            return False
        if dep[i] != "ccomp" and any(dep[c] == "aux" and view.tag[c] == "TO" for c in children[i]):
            pattern = lexicon.match_verb(token.doc[head], view)
            if pattern is not None and lookup(pattern.cameo).root == PROTEST_ROOT \
                    or gathered_to_demand(head, view, lexicon.words):
                return True
        i = head  # the complement of an appeal in the aim ("call on the minister to resign")
    return False


def _protest(candidate: Candidate, lexicon: Lexicon) -> bool:
    """A protest itself, by its code or by its verb's sense ("to protest against the deal", which the doer
    may turn into a diplomatic protest, still restates the march)."""
    if lookup(candidate.cameo).root == PROTEST_ROOT:
        return True
    pattern = None if candidate.nominal else lexicon.match_verb(candidate.head)
    return pattern is not None and lookup(pattern.cameo).root == PROTEST_ROOT


def appeal_content(i: int, view: ParseView, words: Words) -> int | None:
    """The index of the verb of an appeal (``appeal_verb``) whose content the verb at ``i`` is, else None: an
    infinitive or subjunctive complement of the appeal, directly or through other infinitives ("urged
    Iran to withdraw", "called on the bloc to compel Israel to stop ...", "asked the OAS to send observers
    to monitor ...", "demanded that Beijing stop ...", a subjunctive the tagger reads as a present: "demanded that
    the government go further and withdraw ..."), also through the gerund of a verb of starting (``onset_verb``:
    "press X to start building the pipeline", not yet begun). Another gerund ("stop harassing": going on), a finite
    verb or a modal ("said it would ask") ends the climb: what it reports is not what the appeal asks."""
    dep, heads, tag = view.dep, view.head, view.tag
    for _ in range(6):  # a content is a few infinitives deep at most
        # a finite verb is no conjunct of an infinitive: "called on X to speed up Y and urged Z to ..."
        while dep[i] == "conj" and heads[i] != i and tag[i] == "VB":
            i = heads[i]
        head = heads[i]
        if head != i and dep[i] == "xcomp" and tag[i] == "VBG" and view.lemma[head] in words.onset_verb:
            i = head  # "to start building": the starting is what is asked
            continue
        subjunctive = tag[i] == "VBP" and dep[i] == "ccomp"  # "demanded that the government go ..."
        if head == i or dep[i] not in ("xcomp", "ccomp", "advcl") or not (tag[i] == "VB" or subjunctive):
            return None
        children = view.children[i]
        if any(dep[c] == "aux" and tag[c] == "MD" for c in children):
            return None
        if dep[i] == "advcl" and not any(dep[c] == "aux" and tag[c] == "TO" for c in children):
            return None  # "... before they leave": a clause of its own
        if view.lemma[head] in words.appeal_verb:
            # a phrasal verb is another verb: "called up reservists to defend ...", "pressed on to capture ..."
            return None if any(dep[c] == "prt" for c in view.children[head]) else head
        i = head
    return None


def left_open(i: int, view: ParseView, lexicon: Lexicon) -> bool:
    """True when the verb at ``i`` is a verb of excluding (cues.tsv ``open_stance``: "rule out") that is
    negated or refused ("did not rule out", "never ruled out", "refused to rule out"): what it is about is
    left open."""
    stances = lexicon.cues.get("open_stance", ())
    dep, lower, children, lemma = view.dep, view.lower, view.children[i], view.lemma[i]
    if view.pos[i] not in ("VERB", "AUX") or (
            lemma not in stances
            and (not any(s.startswith(lemma + " ") for s in stances)  # no stance of this verb with a particle
                 or " ".join([lemma, *(lower[c] for c in children if dep[c] == "prt")]) not in stances)):
        return False
    if view.negated(i, lexicon.cues.get("negation", ())):
        return True
    head = view.head[i]
    return dep[i] == "xcomp" and head != i and view.lemma[head] in lexicon.cues.get("negating", ())


def stance_content(i: int, view: ParseView, lexicon: Lexicon) -> int | None:
    """The index of the negated verb of excluding whose content the word at ``i`` (or the word it is a
    conjunct of) is ("did not rule out [sending] troops", "did not rule out a [call]"), else None."""
    dep, heads = view.dep, view.head
    i = view.coordination_head(i)
    head = heads[i]
    if dep[i] in ("xcomp", "ccomp", "dobj") and head != i and left_open(head, view, lexicon):
        return head
    return None


def stance(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` is a negated future passive of the speaker with no doer ("we will
    not be intimidated")."""
    children, dep = view.children[i], view.dep
    return (any(dep[c] == "nsubjpass" and view.lower[c] in words.first_person for c in children)
            and any(dep[c] == "neg" for c in children)
            and any(dep[c] == "aux" and view.lemma[c] in words.stance_aux for c in children)
            and not any(dep[c] == "agent" for c in children))


def open_question(i: int, view: ParseView, lexicon: Lexicon) -> bool:
    """True when the token at ``i`` (or the verb it is a conjunct of) heads a wh- or whether-clause that a
    negated verb (or one under "declined to", "refused to") or a verb of deciding or asking leaves open ("did not
    say how many were killed"); a
    wh-clause the parser hangs as an adverbial clause counts under a negated verb of speech ("did not say
    when they would be freed"), where a time clause of another verb stays an act ("did not retaliate when
    the rebels attacked")."""
    words = lexicon.words
    dep, heads, children = view.dep, view.head, view.children
    i = view.coordination_head(i)
    head = heads[i]
    if head == i or dep[i] not in ("ccomp", "xcomp", "advcl"):
        return False
    negated = any(dep[c] == "neg" for c in children[head]) or (
        # "declined to say whether", "refused to confirm how many": a speech verb under a negating frame
        dep[head] == "xcomp" and view.lemma[head] in lexicon.reporting
        and view.lemma[heads[head]] in lexicon.cues.get("negating", ()))
    if dep[i] == "advcl":
        return negated and view.lemma[head] in lexicon.reporting and view.tag[view.edges(i)[0]] == "WRB"
    opened = view.tag[view.edges(i)[0]] in ("WRB", "WP", "WDT") or any(
        dep[c] == "mark" and view.lower[c] in words.question_mark for c in children[i])
    return opened and (negated or view.lemma[head] in words.open_question_verb)


def permitted(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` (or the verb it is a conjunct of) is what a text or an arrangement
    (``instrument_noun``) lets be done (``permit_verb``, not in the past): "a law allowing the army to suspend
    asylum", "a deal that would see troops pull back", "Article 5 allows any ally to request talks"."""
    dep, heads, tag = view.dep, view.head, view.tag
    i = view.coordination_head(i)
    verb = heads[i]
    if verb == i or dep[i] not in ("ccomp", "xcomp") or view.lemma[verb] not in words.permit_verb \
            or tag[verb] not in ("VB", "VBZ", "VBP", "VBG"):
        return False  # "a deal that allowed Kyiv to export grain": what was let be done may have been done
    if dep[verb] in ("relcl", "acl") and heads[verb] != verb:
        return view.lemma[heads[verb]] in words.instrument_noun
    return any(dep[c] == "nsubj" and view.lemma[c] in words.instrument_noun for c in view.children[verb])


def obliged_by_text(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` (or the verb it is a conjunct of) obliges, and a text or an arrangement
    (``instrument_noun``) does it, not in the past ("a scheme which would force every agent of Moscow to
    declare", "a law that will oblige charities to register"); or is what such a verb obliges to be done."""
    dep, heads, tag = view.dep, view.head, view.tag
    i = view.coordination_head(i)
    verb = i
    if view.lemma[i] not in words.obligation_verb:
        verb = heads[i]
        if verb == i or dep[i] not in ("ccomp", "xcomp") or view.lemma[verb] not in words.obligation_verb:
            return False
    if tag[verb] not in ("VB", "VBZ", "VBP", "VBG"):
        return False  # "the law forced 40 groups to close": it was done
    if dep[verb] in ("relcl", "acl") and heads[verb] != verb:
        return view.lemma[heads[verb]] in words.instrument_noun
    return any(dep[c] == "nsubj" and view.lemma[c] in words.instrument_noun for c in view.children[verb])


def displaced(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` obliges (``obligation_verb``) and its complement is a verb of leaving
    (``displacement_verb``): "forced some 90,000 to flee", "forcing many flights to reroute"."""
    return view.lemma[i] in words.obligation_verb and any(
        view.dep[c] in ("xcomp", "ccomp") and view.lemma[c] in words.displacement_verb for c in view.children[i])


def not_yet_set_up(i: int, view: ParseView, lexicon: Lexicon) -> bool:
    """True when the verb at ``i`` is what a body still to be created is to do: a clause with a modal of the future or
    the hypothetical, or a "to" infinitive, on the object of a ``creation_verb`` ("agreed to set up a committee that
    would meet next month to coordinate ...", "will form a commission to investigate the killings"), or a verb
    such a clause governs."""
    dep, heads, children, lemma = view.dep, view.head, view.children, view.lemma
    modals = lexicon.cues.get("future", frozenset()) | lexicon.cues.get("hypothetical", frozenset())

    def creates(verb: int) -> bool:
        return lemma[verb] in lexicon.words.creation_verb

    def infinitive(clause: int) -> bool:
        return any(dep[c] == "aux" and view.lower[c] == "to" for c in children[clause])

    for _ in range(4):  # "would meet ... to coordinate": up through the clauses the body's clause governs
        i = view.coordination_head(i)
        if heads[i] == i:
            return False
        if dep[i] in ("relcl", "acl"):
            break
        if dep[i] == "advcl" and infinitive(i) and creates(heads[i]) and dep[heads[i]] == "xcomp" \
                and any(dep[c] in ("dobj", "nsubjpass") for c in children[heads[i]]):
            # "agreed to set up a commission to investigate the killings", where the parser hangs the infinitive on
            # the verb: the agreement is the act. A creation told on its own ("formed a common platform in 2017
            # to pool their exports") codes nothing itself, and the aim stands for it.
            return True
        if dep[i] not in ("xcomp", "advcl", "ccomp"):
            return False
        i = heads[i]
    else:
        return False
    if not (infinitive(i) or any(dep[c] == "aux" and lemma[c] in modals for c in children[i])):
        return False  # "set up a committee that met twice": it acted
    body = view.coordination_head(heads[i])
    verb = heads[body]
    return dep[body] in ("dobj", "nsubjpass") and verb != body and creates(verb)


def pending(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` (or the verb it is a conjunct of) is still to be done: the "to" infinitive
    of "have" or "be" with a ``pending_adverb`` ("has yet to deploy", "is yet to be ratified")."""
    dep, heads = view.dep, view.head
    i = view.coordination_head(i)
    head = heads[i]
    return (dep[i] == "xcomp" and head != i and view.lemma[head] in ("have", "be")
            and any(dep[c] == "advmod" and view.lower[c] in words.pending_adverb for c in view.children[head]))


def prevented(i: int, view: ParseView, words: Words) -> bool:
    """True when the token at ``i`` (or the verb it is a conjunct of) is the "from" gerund of a verb that
    keeps an act from happening ("barred X from selling", "refrained from attacking")."""
    dep, heads = view.dep, view.head
    i = view.coordination_head(i)
    prep = heads[i]
    return (dep[i] in ("pcomp", "pobj") and dep[prep] == "prep" and view.lower[prep] == "from"
            and heads[prep] != prep and view.lemma[heads[prep]] in words.prevention_verb)


def thanked_for(i: int, view: ParseView, words: Words) -> bool:
    """True when the noun at ``i`` (or the noun it is a conjunct of) is held by a possessive ("its", "her") and is the
    object of the "for" of a ``gratitude_verb``, on the verb or on its object ("thanked Chile for its cooperation",
    "praised the Lao government for its swift action"): the ground of the thanks."""
    dep, heads = view.dep, view.head
    i = view.coordination_head(i)
    prep = heads[i]
    if not (dep[i] == "pobj" and dep[prep] == "prep" and view.lower[prep] == "for" and heads[prep] != prep
            and any(dep[c] == "poss" and view.tag[c] == "PRP$" for c in view.children[i])):
        return False
    head = heads[prep]
    if dep[head] == "dobj" and heads[head] != head:
        head = heads[head]
    return view.lemma[head] in words.gratitude_verb


def dissuaded(i: int, view: ParseView, words: Words) -> bool:
    """True when the token at ``i`` (or the verb it is a conjunct of) is the "against" gerund of a verb or noun of
    warning or appeal (``dissuasion_verb``): "warned X against sending troops", "a warning against attacking", and
    of the verb such a noun is the object of, where the parser hangs it ("issued a warning to X against invading")."""
    dep, heads = view.dep, view.head
    i = view.coordination_head(i)
    prep = heads[i]
    if not (dep[i] == "pcomp" and view.tag[i] == "VBG" and dep[prep] == "prep" and view.lower[prep] == "against"
            and heads[prep] != prep):
        return False
    head = heads[prep]
    return view.lemma[head] in words.dissuasion_verb or any(
        dep[c] == "dobj" and view.lemma[c] in words.dissuasion_verb for c in view.children[head])


def named_or_venue(token: Token, words: Words, cameo: str = "040") -> bool:
    """True when the event noun ``token`` is part of a name (a treaty, a body) or a venue of speech (a
    meeting or statement noun, coded ``cameo``: "a cabinet meeting", but "anti-government protests")."""
    if token.ent_type_ in words.name_entity or (token.tag_ in ("NNP", "NNPS") and token.i > token.sent.start):
        return True
    return lookup(cameo).root in VENUE_ROOTS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in words.venue_modifier for c in token.children)


def no_doer(candidate: Candidate, words: Words) -> bool:
    """True when every doer of a verb's act is an unresolved situation or commentator noun, or a noun
    that names nobody in particular ("any ally", "no country"). A verb joined to a copula does not share its
    subject ("said the decision was regrettable, and called on Russia to ...": the parser's misreading)."""
    if candidate.nominal or not candidate.sources:
        return False
    verb = candidate.head
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.lemma_ != "be":
        verb = verb.head  # "the war has killed thousands and displaced millions"
    # a war told by what it did in a relative clause ("in a war that has killed thousands") is an account of the
    # fight, joined to it by the acts step; any other thing or event there is no doer ("an explosion that damaged")
    return all(ref.kind == "unresolved"
               and _doer_of(token, (verb.i, candidate.head.i), token.lemma_.lower() not in words.war_word)
               and (token.lemma_.lower() in words.not_doer_noun
                    or any(c.dep_ == "det" and c.lower_ in words.nobody_det for c in token.children))
               for token, ref in candidate.sources)


def undergone(candidate: Candidate, view: ParseView, words: Words) -> bool:
    """True when the candidate is an ``ergative_verb`` with no object, no "by" phrase and no actor resolved as its
    subject ("two warehouses burned overnight"): its subject undergoes it."""
    i = candidate.head.i
    return not candidate.nominal and view.lemma[i] in words.ergative_verb \
        and not any(view.dep[c] in ("dobj", "agent", "nsubjpass", "auxpass") for c in view.children[i]) \
        and all(ref.kind == "unresolved" for _, ref in candidate.sources)


def natural_doer(i: int, view: ParseView, natural: frozenset[str], shooting: frozenset[str] = frozenset()) -> bool:
    """True when the verb at ``i`` is done by a natural hazard (``natural`` cues: storm, hurricane, earthquake, locust,
    ...): its subject ("the storm hit", "Hurricane Marco struck": a name whose compound is one; "a magnitude 7.4
    tremor killed", the parser making the hazard an apposition of "magnitude"; "swarms of locusts destroyed", a
    hazard in an "of" phrase), the object of its "by" phrase ("homes destroyed by a landslide", "frescoes damaged by
    erosion"), the noun a relative or "to" clause is on ("a cyclone that hit Mozambique", "the strongest storm on
    record to hit the island", wherever the parser hangs the "to" clause), or, for a participle or a verb joined with
    no subject of its own, its head's ("struck eastern Cuba, killing 19 people"). A noun of shooting (``shooting``:
    fire, gunfire) that a demonym names the shooter of ("Russian artillery fire killed two civilians") is an act of
    that side's forces, no hazard."""
    dep, head, children, lemma = view.dep, view.head, view.children, view.lemma

    def named_shooter(n: int) -> bool:
        mods = [c for c in children[n] if dep[c] in ("amod", "compound")]
        mods += [g for c in mods for g in children[c] if dep[g] in ("amod", "compound")]
        return lemma[n] in shooting and any(view.ent_type[m] == "NORP" for m in mods)

    def hazard(n: int) -> bool:
        if named_shooter(n):
            return False
        return lemma[n] in natural or any(dep[c] in ("compound", "appos") and lemma[c] in natural
                                          for c in children[n]) \
            or any(dep[c] == "prep" and view.lower[c] == "of" and lemma[o] in natural
                   for c in children[n] for o in children[c] if dep[o] == "pobj")

    for _ in range(4):  # a short chain of joined verbs and participles
        agents = [o for c in children[i] if dep[c] == "agent" for o in children[c] if dep[o] == "pobj"]
        if agents:
            return hazard(agents[0])
        subjects = [c for c in children[i] if dep[c] in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if view.pos[subject] == "PRON" and dep[i] == "relcl":
                subject = head[i]  # "a cyclone that hit ...": the relative pronoun stands for the noun
            return hazard(subject)
        if dep[i] in ("relcl", "acl"):
            return hazard(head[i])
        to = [c for c in children[i] if dep[c] == "aux" and view.lower[c] == "to"]
        if to and to[0] > 0:
            n = to[0] - 1  # the word before "to": the nouns from it up to the one the clause is said of
            chain = [n]
            while dep[n] in ("pobj", "prep", "amod", "compound") and head[n] != n and head[n] < to[0]:
                n = head[n]
                chain.append(n)
            return any(view.pos[m] in ("NOUN", "PROPN") and hazard(m) for m in chain)
        lost = _lost_subject(i, view)
        if lost is not None:
            return hazard(lost)
        if dep[i] in ("conj", "advcl") and view.tag[i] in ("VBG", "VBD", "VBN") and head[i] != i:
            i = head[i]
            continue
        return False
    return False


def _lost_subject(i: int, view: ParseView) -> int | None:
    """The subject the parser took from the finite verb at ``i`` and gave to a clause on it, else None: "where floods
    and landslides triggered by heavy rain have killed 40 people", read with "triggered" as the verb of "floods" and
    "have killed" as a clause with no subject. The verb has a finite auxiliary ("have", "has", "had", a modal) and no
    subject; the subject is the nearest one before it whose verb lies between the two."""
    dep, head, children = view.dep, view.head, view.children[i]
    if not any(dep[c] == "aux" and view.tag[c] in ("VBP", "VBZ", "VBD", "MD") and c < i for c in children):
        return None
    for n in range(i - 1, -1, -1):
        if dep[n] in ("nsubj", "nsubjpass"):
            return n if n < head[n] < i else None
    return None


def consequence(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` is a participle of consequence on a clause, a verb of obliging or uprooting
    (``obligation_verb``, ``uprooting_verb``) with an object: "shut the crossing in 2019, forcing truckers onto a
    detour", "gangs hold most of the capital, displacing half a million people" (what the act cost; whether its object
    is an actor is the caller's test)."""
    dep, head = view.dep, view.head
    return view.tag[i] == "VBG" and dep[i] == "advcl" and head[i] != i and view.pos[head[i]] in ("VERB", "AUX") \
        and view.lemma[i] in words.obligation_verb | words.uprooting_verb \
        and any(dep[c] == "dobj" and view.pos[c] != "PRON" for c in view.children[i])  # "forcing it back": that one


ACTOR_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # entity types that can name an actor


def unnamed_object(i: int, view: ParseView) -> bool:
    """True when the object of the verb at ``i`` names no actor in its own words: no proper noun and no entity of a
    type that names actors anywhere in it ("forcing hundreds of truck drivers onto a detour", whoever the rules
    attached as its target from elsewhere in the clause)."""
    objects = [c for c in view.children[i] if view.dep[c] == "dobj"]
    if not objects:
        return False
    start, end = view.edges(objects[0])
    return not any(view.tag[n] in ("NNP", "NNPS") or view.ent_type[n] in ACTOR_ENTITIES for n in range(start, end + 1))


def wished(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` (or the verb it is a conjunct of) is a ``membership_verb`` in the "to" clause of a
    ``aspiration_verb`` ("both countries hope to join the union", "aspires to join NATO"): a standing aspiration, no
    act."""
    i = view.coordination_head(i)
    head = view.head[i]
    return view.dep[i] == "xcomp" and head != i and view.lemma[head] in words.aspiration_verb \
        and view.lemma[i] in words.membership_verb


def habit_with(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` (or the verb it is a conjunct of) heads an absolute "with" clause measured by a
    recurring unit of time (a ``habit_det`` on it: "rows have gone on for years, with crews detained every season",
    "with boats seized each summer"): a habit told with the clause, no act on a day."""
    dep, head, lower = view.dep, view.head, view.lower
    i = view.coordination_head(i)
    h = head[i]
    absolute = (dep[i] == "pcomp" and lower[h] == "with") or (
        dep[i] == "acl" and dep[h] == "pobj" and lower[head[h]] == "with")
    # the unit of time a ``span_noun`` or a date, which the parser may also take for an object ("seized every season")
    return absolute and any(dep[c] in ("npadvmod", "advmod", "obl", "dobj")
                            and (view.lemma[c] in words.span_noun or view.ent_type[c] in ("DATE", "TIME"))
                            and any(dep[d] == "det" and lower[d] in words.habit_det for d in view.children[c])
                            for c in view.children[i])


def standing_perfect(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` is a present perfect told as a standing state: with a ``standing_adverb``
    ("fishermen have long complained of being robbed"), measured by how long it has lasted ("traders have for years
    protested", :func:`_lasting`), or as the "to" complement of a ``persistence_verb`` in the present perfect ("exile
    groups have continued to hold rallies"). What has gone on, no act on a day (the caller asks that no actor be named
    on either side: "Kigali has long denied it" stays)."""
    dep, head, children = view.dep, view.head, view.children
    if dep[i] == "xcomp" and head[i] != i and view.lemma[head[i]] in words.persistence_verb:
        return _present_perfect(head[i], view)
    return _present_perfect(i, view) and (
        any(dep[c] == "advmod" and view.lower[c] in words.standing_adverb for c in children[i])
        or _lasting(i, view, words))


def _present_perfect(i: int, view: ParseView) -> bool:
    """Whether the verb at ``i`` is a present perfect: a past participle with "have" or "has" ("have complained")."""
    return view.tag[i] == "VBN" and any(view.dep[c] == "aux" and view.lemma[c] == "have"
                                         and view.tag[c] in ("VBP", "VBZ") for c in view.children[i])


def rise_to_power(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` takes or comes to power (its object, or the object of its "to", a ``power_noun``)
    in a relative clause whose relative word is its subject ("three states, all ruled by colonels who took power
    between 2019 and 2024", "the junta, which took power in 2022") or in a "since" clause ("trade has grown since he
    took power in 2016"): who rules a country and since when, background to the story, no act. A clause whose subject
    is a noun ("whose elite unit seized power in October"), a relative clause that names where power was seized ("the
    council that seized power in Niamey in 2023": the seizing of a capital) and a main clause ("the army seized power
    on Monday") stay."""
    dep, lower, children = view.dep, view.lower, view.children
    powered = any((dep[c] == "dobj" and view.lemma[c] in words.power_noun) or (
        dep[c] == "prep" and lower[c] == "to"
        and any(dep[o] == "pobj" and view.lemma[o] in words.power_noun for o in children[c])) for c in children[i])
    if not powered:
        return False
    if dep[i] == "relcl":
        # "the council that seized power in Niamey in 2023": where it was seized named, the seizing is told
        # (the parser may hang the place on "power")
        placed = any(dep[c] == "prep" and lower[c] in words.place_prep and any(
            dep[o] == "pobj" and view.ent_type[o] in ("GPE", "LOC") for o in children[c])
            for n in (i, *(c for c in children[i] if dep[c] == "dobj")) for c in children[n])
        return not placed and any(dep[c] == "nsubj" and lower[c] in ("who", "which", "that") for c in children[i])
    return dep[i] == "advcl" and any(dep[c] == "mark" and lower[c] == "since" for c in children[i])


def ongoing_since(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` is a perfect progressive measured by how long it has lasted ("a stabilisation force
    has been deploying in stages since the spring", :func:`_lasting`): what has been going on, the scene (the
    caller asks that no actor be named on either side)."""
    return view.tag[i] == "VBG" and any(view.dep[c] == "aux" and view.lower[c] == "been" for c in view.children[i]) \
        and _lasting(i, view, words)


def private_doers(candidate: Candidate) -> bool:
    """True when the act's doers are all private people the knowledge base places by their country (a sector of
    ``PRIVATE_SECTORS``: "three Chinese students", "Japanese tourists", "Russian businessmen"): they fly drones
    or sail boats, but display no state's or armed group's force."""
    return bool(candidate.sources) and all(ref.kind != "unresolved" and ref.sector in PRIVATE_SECTORS
                                           for _, ref in candidate.sources)


def _doer_of(token: Token, verbs: tuple[int, int], relative: bool = False) -> bool:
    """Whether ``token`` is the subject of one of ``verbs`` or the object of its "by" phrase ("were displaced by
    the war"), the noun of a relative clause whose subject is the relative pronoun ("an explosion that damaged a
    bridge", when ``relative``), or the subject the verb's "to" clause is raised from ("the levy was expected to hit
    exporters")."""
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return token.head.head.i in verbs
    if token.dep_ == "nsubj" and token.head.i in verbs:
        return True
    if relative and any(c.dep_ == "relcl" and c.i in verbs
                        and any(g.dep_ == "nsubj" and g.tag_ in ("WDT", "WP") for g in c.children)
                        for c in token.children):
        return True
    # raised from the verb's clause: "the levy was expected to hit exporters", "the measure is likely to hit them"
    return token.dep_ in ("nsubj", "nsubjpass") and any(
        (c.dep_ == "xcomp" and c.i in verbs) or (c.dep_ == "acomp" and any(g.dep_ == "xcomp" and g.i in verbs
                                                                             for g in c.children))
        for c in token.head.children)


def generic_relative(i: int, view: ParseView, lexicon: Lexicon) -> bool:
    """True when the verb at ``i`` (or the verb it is a conjunct or a "to" complement of) heads a relative clause
    in the simple present with no auxiliary ("rebels who attack it", "the island, which hosts the base"): a
    standing description of the noun, not an act. Verbs of speech ("a charge the Emirates deny") and naming verbs ("a
    verdict Vilnius calls arbitrary": ``naming_verb``) stay, and so does a clause on a ``summary_noun`` with a subject
    of its own ("a charge Freedonia rejects": the answer to the clause the noun sums up). A clause set off
    by a comma counts when its verb carries a ``joint_word`` ("Chad and Niger, which also fight the jihadists together
    under a regional force"): what the two do together as a rule, background."""
    tag, dep = view.tag, view.dep
    for _ in range(4):  # "which aims to train and deploy": a complement or a conjunct, a few levels up
        if tag[i] not in ("VBZ", "VBP", "VB") or view.lemma[i] in lexicon.reporting \
                or view.lemma[i] in lexicon.words.naming_verb:
            # "which overlap and which both sides agreed ...": a past conjunct is an act; "a verdict Vilnius calls
            # arbitrary": a naming verb says what its subject holds, words like a verb of speech
            return False
        if dep[i] not in ("conj", "xcomp") or view.head[i] == i:
            break
        i = view.head[i]
    if dep[i] != "relcl" or tag[i] not in ("VBZ", "VBP") or any(dep[c] in ("aux", "auxpass") for c in view.children[i]):
        return False
    if view.lemma[view.head[i]] in lexicon.words.summary_noun and any(
            dep[c] == "nsubj" and view.lower[c] not in RELATIVE_WORDS for c in view.children[i]):
        # "..., a charge Freedonia rejects": a named party's answer to the clause the noun sums up, an act ("a
        # decision that blocks their extradition" tells what the decision does)
        return False
    if any(dep[c] == "advmod" and view.lower[c] in lexicon.words.joint_word for c in view.children[i]):
        return True  # "Chad and Niger, which fight the jihadists together": a joint undertaking, set off or not
    start = view.edges(i)[0]
    # only a restrictive clause defines a kind of thing; one set off by a comma ("Costa Rica, which shelters
    # thousands of exiles") tells what a named actor does, which can be an act
    return start == 0 or view.text[view.idx[start - 1]:view.end[start - 1]] not in OFFSET_MARKS


def never_relative(i: int, view: ParseView) -> bool:
    """True when the verb at ``i`` heads a relative clause negated by "never" ("a ruling Caracas has never
    accepted", "a border Beijing never recognised", and ", which Belgrade has never recognised" after a clause,
    which the parser may hang on the verb before as its complement): a stance the noun is described by, told as
    background, not an act."""
    dep, lower, children = view.dep, view.lower, view.children[i]
    relative = dep[i] == "relcl" or any(dep[c] in ("dobj", "nsubj") and lower[c] == "which" for c in children)
    return relative and any(dep[c] == "neg" and lower[c] == "never" for c in children)


def class_relative(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` (or the verb it is a conjunct of) heads a relative clause on a noun made a class
    of acts by a ``class_determiner`` or a superlative: "every agreement it has signed", "any offer Algeria made",
    "the first such pact Tokyo had concluded", "the largest package it has offered". The clause tells a record or
    a kind the noun belongs to, no act of the story: the act it restates, if any, is coded on its own clause."""
    dep, heads = view.dep, view.head
    if dep[i] == "conj" and heads[i] != i:
        i = heads[i]  # "every deal it has signed and ratified"
    if dep[i] == "relcl" and heads[i] != i:
        return _class_marked(heads[i], view, words)
    # the parser may take the noun and its clause after a comma for a sentence of their own, the clause before it
    # its complement ("signed a contract on Tuesday, the biggest arms deal Warsaw has signed": "deal" the subject
    # of the second "signed", the first its ccomp): a class-marked noun opens the words between the comma and the verb
    before = [c for c in view.children[i] if dep[c] == "ccomp" and c < i]
    if heads[i] != i or not before:
        return False
    comma = view.edges(before[-1])[1] + 1
    return comma < i and view.lower[comma] == "," and any(
        _class_marked(n, view, words) for n in range(comma + 1, i) if view.pos[n] in ("NOUN", "PROPN"))


def _class_marked(noun: int, view: ParseView, words: Words) -> bool:
    """The noun has a ``class_determiner`` ("every", "any", "such") or a superlative ("the largest") on it."""
    return any((view.dep[c] in ("det", "predet", "amod") and view.lower[c] in words.class_determiner)
               or (view.tag[c] == "JJS" and view.dep[c] == "amod") for c in view.children[noun])


def effect_comment(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` is a participle after a clause that says what the clause's act does to
    a relation (its object an ``effect_noun``): "imposed sanctions on X, stepping up pressure on Caracas",
    "recalled its envoy, deepening a rift with Y": the act is the clause's, the participle comments on it."""
    return view.tag[i] == "VBG" and view.dep[i] == "advcl" and view.pos[view.head[i]] in ("VERB", "AUX") \
        and any(view.dep[c] == "dobj" and view.lemma[c] in words.effect_noun for c in view.children[i])


def unit(i: int, view: ParseView, lexicon: Lexicon) -> bool:
    """True when the event noun at ``i`` names the unit doing the act, not the act (``unit_noun``): the subject of
    a verb that is not its act's ("a Saudi patrol opened fire"), the agent after "by", the object of a verb that
    neither carries nor codes it ("ambushed an Egyptian patrol"), or with a determiner after a target or aim
    preposition on a verb ("fired on a Yemeni patrol")."""
    words, lemma = lexicon.words, view.lemma
    head, dep = view.head[i], view.dep[i]
    if lemma[i] not in words.unit_noun or head == i:
        return False
    if dep in ("nsubj", "nsubjpass"):
        return lemma[head] not in words.carrier_verb and lemma[head] not in words.act_subject_verb
    if dep == "dobj":
        verb = lemma[head]
        carried = verb in lexicon.light_verbs or verb in words.carrier_verb or verb in words.dispatch_verb
        return not carried and not any(p.obj and lemma[i] in p.obj for p in lexicon.verbs.get(verb, ()))
    if dep == "pobj" and view.lower[head] == "by":
        return True
    return dep == "pobj" and view.lower[head] in words.target_prep | words.aim_prep \
        and view.pos[view.head[head]] == "VERB" and any(view.dep[c] in ("det", "poss") for c in view.children[i])


def routine(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` is a standing duty (``routine_verb``) told as the scene: progressive ("was
    escorting"), simple present with no auxiliary ("whose guards patrol the line") or a participle on a noun
    ("a ship, escorted by two warships,")."""
    if view.lemma[i] not in words.routine_verb:
        return False
    if view.dep[i] == "acl" and view.tag[i] in ("VBN", "VBG"):
        return True
    if view.tag[i] == "VBG":
        return any(view.dep[c] in ("aux", "auxpass") and view.lemma[c] == "be" for c in view.children[i])
    return _simple_present(i, view)



def standing_trade(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` is a verb of trade (``trade_verb``) or of a standing arrangement
    (``standing_verb``) in the simple present with no auxiliary ("China, which buys most of Angola's oil",
    "Chile sells most of its copper to China", "Djibouti, which hosts bases of four powers", "the north, which only
    Ankara recognises": a standing arrangement with no date in its clause), or of trade in a perfect
    measured by how long it has lasted ("Brazil has bought gas from Bolivia since 1999", "traders who had
    sold cattle there for decades": :func:`_lasting`)."""
    if view.lemma[i] in words.standing_verb:
        # "has hosted talks between them since May": talks, each an act; a date in the clause ties it to the act that
        # set it up ("which recognises X under the 2006 treaty")
        return _simple_present(i, view) and not _dated(i, view)
    return view.lemma[i] in words.trade_verb and (_simple_present(i, view) or _lasting(i, view, words)
                                                  or _present_participle(i, view))


def _present_participle(i: int, view: ParseView) -> bool:
    """A bare "-ing" participle clause on a simple present with no auxiliary of its own ("China is Chile's largest
    partner, buying most of its copper", "the dam, which feeds the grid, supplying half its power"): it describes
    what the present clause holds as a rule, no act on a day (session 53)."""
    head = view.head[i]
    return view.tag[i] == "VBG" and view.dep[i] == "advcl" and head != i \
        and not any(view.dep[c] in ("aux", "auxpass", "mark") for c in view.children[i]) \
        and _simple_present(head, view)


def _dated(i: int, view: ParseView) -> bool:
    """A date entity in the clause of the verb at ``i``, not in a clause joined to it or inside it ("which hosts the
    rebels and cut ties with Rabat in 2021": the date is the cutting's)."""
    stack = list(view.children[i])
    while stack:
        n = stack.pop()
        if view.dep[n] in ("conj", "relcl", "advcl", "ccomp", "acl"):
            continue  # another clause, with dates of its own ("hosts 200,000 refugees who have fled since 2018")
        if view.ent_type[n] == "DATE":
            return True
        stack.extend(view.children[n])
    return False


def _lasting(i: int, view: ParseView, words: Words) -> bool:
    """A perfect ("has bought", "had traded") with a "since" phrase or a "for" phrase of plural units of
    time (``span_noun``: "for decades", "for 20 years"): how long a state has lasted, not an act on a day."""
    dep, children = view.dep, view.children
    if not any(dep[c] == "aux" and view.lemma[c] == "have" for c in children[i]):
        return False
    for prep in (c for c in children[i] if dep[c] == "prep"):
        objects = [o for o in children[prep] if dep[o] == "pobj"]
        if view.lower[prep] == "since" and objects:
            return True
        if view.lower[prep] == "for" and any(view.lemma[o] in words.span_noun and view.tag[o] == "NNS"
                                             for o in objects):
            return True
    return False


def as_a_rule(i: int, view: ParseView, words: Words) -> bool:
    """True when the word at ``i``, or a word it depends on, carries an adverb of what happens as a rule
    (``rule_adverb``: "suspects are usually turned over to a court once they have been charged", "a trek that often
    ends in clashes"): a generic or habitual statement, no act on a day."""
    dep, lower, children = view.dep, view.lower, view.children
    return any(dep[c] == "advmod" and lower[c] in words.rule_adverb
               for node in (i, *view.ancestors(i)) for c in children[node])


def _simple_present(i: int, view: ParseView) -> bool:
    """A finite present with no auxiliary: what is done as a rule ("patrol the line", "buys most of its oil"),
    not on a day ("does not buy" and "is buying" have one)."""
    return view.tag[i] in ("VBZ", "VBP") and not any(view.dep[c] in ("aux", "auxpass") for c in view.children[i])


PLACE_ENTITIES = frozenset({"GPE", "LOC"})  # entity types of places: a participle on one describes it


def place_participle(i: int, view: ParseView) -> bool:
    """True when the participle at ``i`` is an adjective on a place ("occupied Ukraine", "Russian-occupied parts of
    Ukraine", "in Belarus, Russia and occupied Ukraine", which the parser may read as a verb joined to the list with
    the place as its object): it tells what the place is, no act of the sentence's subject."""
    dep, head, tag = view.dep, view.head, view.tag
    if tag[i] not in ("VBN", "VBD") or head[i] == i:
        return False
    if dep[i] == "amod":
        return view.ent_type[head[i]] in PLACE_ENTITIES
    # "in Belarus, Russia and occupied Ukraine": a verb with no subject of its own after the "and" of a list of
    # nouns (the word before it a noun joined to another), its object the place right after it. "invaded Georgia
    # and occupied Abkhazia" (the noun before "and" an object, no list member) stays an act.
    return dep[i] == "conj" and i > 1 and dep[i - 1] == "cc" and view.pos[i - 2] in ("NOUN", "PROPN") \
        and dep[i - 2] == "conj" and not any(dep[c] in ("nsubj", "nsubjpass") for c in view.children[i]) \
        and any(dep[c] == "dobj" and c == i + 1 and view.ent_type[c] in PLACE_ENTITIES for c in view.children[i])


def _up_to_now(i: int, view: ParseView) -> bool:
    """A present perfect or a present ("have been strained since 2019", "have soured before", "are tense"): how
    things stand now, not a turning point told in the past ("relations collapsed in 2019, when ...", "had
    deteriorated after the war began")."""
    auxiliaries = [c for c in view.children[i] if view.dep[c] in ("aux", "auxpass")]
    if not auxiliaries:
        return view.tag[i] in ("VBZ", "VBP")
    return view.tag[auxiliaries[0]] in ("VBZ", "VBP")


def told_by_its_act(i: int, view: ParseView) -> bool:
    """Whether a change of relations told in the past (the verb at ``i``) has a "when" clause that tells the act which
    changed them, on the verb or on its date phrase ("relations soured in June 2019, when Freedonia closed the
    border", "ties had cooled when Ruritania recalled its envoy"): that act is coded on its own verb, so the state
    verb would only count the same turning point twice (the gold codes the act and lists the state among its
    ``not_events``). A change told with no act of its own ("relations had deteriorated after the war began") stays
    the turning point the relations graph reads."""
    def when_clause(head: int) -> bool:
        return any(view.dep[c] in ("advcl", "relcl") and view.pos[c] in ("VERB", "AUX") and opened_by_when(view, c)
                   for c in view.children[head])

    return when_clause(i) or any(view.dep[p] == "prep" and any(view.dep[o] == "pobj" and when_clause(o)
                                                               for o in view.children[p])
                                 for p in view.children[i])


def state_of_ties(i: int, view: ParseView, words: Words) -> bool:
    """True when the subject of the verb at ``i`` (or of the verb it is a conjunct of) is the relations
    between actors ("relations had warmed", "ties between the two capitals deteriorated")."""
    subjects = ("nsubj", "nsubjpass")
    dep, heads, children = view.dep, view.head, view.children
    while dep[i] == "conj" and heads[i] != i and not any(dep[c] in subjects for c in children[i]):
        i = heads[i]  # "relations warmed and [the two countries] signed a declaration": its own doer
    if any(dep[c] == "agent" for c in children[i]):
        return False  # "ties were cut by Managua in 2018": the doer is named, an act
    return any(dep[c] in subjects and view.lemma[c] in words.tie_noun for c in children[i])


def not_an_act(candidate: Candidate, lexicon: Lexicon, view: ParseView) -> str | None:
    """Why the candidate asserts no act of its own (a short reason), else None. ``view``: the parse view
    of the candidate's doc."""
    if lookup(candidate.cameo).quad_class in (1, 2) and alleged(candidate.head.i, view, lexicon.words):
        return "alleged in an accusation"
    # a rejection charged in an accusation only; the ground of a penalty stays ("expelled X for breaching ...")
    if lookup(candidate.cameo).root == REJECT_ROOT and alleged(candidate.head.i, view, lexicon.words) \
            and not charged_with(candidate.head.i, view, lexicon.words):
        return "alleged in an accusation"
    if lookup(candidate.cameo).root == POSTURE_ROOT and charged_with(candidate.head.i, view, lexicon.words):
        return "an offence, no show of force"
    if charged_act(candidate.head.i, view, lexicon.words):
        return "what a legal act is for"
    if lookup(candidate.cameo).quad_class in (1, 2) and complained_of(candidate.head.i, view, lexicon.words):
        return "what a complaint is about"
    if not candidate.nominal and stance(candidate.head.i, view, lexicon.words):
        return "the speaker's stance"
    if not candidate.nominal and (open_question(candidate.head.i, view, lexicon) or any(
            open_question(t.i, view, lexicon) for t in candidate.trigger
            if t.i != candidate.head.i and view.head[t.i] == candidate.head.i and view.dep[t.i] == "ccomp")):
        # also the act a frame combines with ("did not say whether it would recall its envoy": no threat)
        return "an open question"
    if not candidate.nominal and prevented(candidate.head.i, view, lexicon.words):
        return "kept from happening"
    if not candidate.nominal and dissuaded(candidate.head.i, view, lexicon.words):
        return "warned against"
    if not candidate.nominal and pending(candidate.head.i, view, lexicon.words):
        return "still to be done"
    if candidate.nominal and awaited(candidate.head.i, view, lexicon.words):
        return "still to be done"
    if not candidate.nominal and permitted(candidate.head.i, view, lexicon.words):
        return "what a text lets be done"
    if not candidate.nominal and obliged_by_text(candidate.head.i, view, lexicon.words):
        return "what a text obliges"
    if not candidate.nominal and displaced(candidate.head.i, view, lexicon.words) \
            and all(ref.kind == "unresolved" for _, ref in candidate.sources):
        return "a toll of displacement"
    if not candidate.nominal and consequence(candidate.head.i, view, lexicon.words) and (
            all(ref.kind == "unresolved" for _, ref in candidate.targets) or unnamed_object(candidate.head.i, view)):
        return "a consequence on no actor"
    if not candidate.nominal and ongoing_since(candidate.head.i, view, lexicon.words) \
            and all(ref.kind == "unresolved" for _, ref in (*candidate.sources, *candidate.targets)):
        return "going on since, no actor named"
    if not candidate.nominal and standing_perfect(candidate.head.i, view, lexicon.words) \
            and all(ref.kind == "unresolved" for _, ref in (*candidate.sources, *candidate.targets)):
        return "a standing state, no actor named"
    if not candidate.nominal and rise_to_power(candidate.head.i, view, lexicon.words):
        return "a rise to power as background"
    if not candidate.nominal and not_yet_set_up(candidate.head.i, view, lexicon):
        return "what a body not yet set up is to do"
    if candidate.nominal and thanked_for(candidate.head.i, view, lexicon.words) \
            and all(ref.kind == "unresolved" for _, ref in candidate.targets):
        return "what a thanks is for"
    if candidate.nominal and unit(candidate.head.i, view, lexicon):
        return "the unit, not its act"
    if candidate.nominal and named_or_venue(candidate.head, lexicon.words, candidate.cameo):
        return "a name or a venue"
    if candidate.nominal and candidate.cameo == SIGNING and standing_agreement(candidate.head, lexicon.words) \
            and own_year(candidate.head) is None:
        return "an agreement in force as the frame"
    if no_doer(candidate, lexicon.words):
        return "no actor does it"
    if undergone(candidate, view, lexicon.words):
        return "a thing it happens to"
    if not candidate.nominal and lookup(candidate.cameo).is_material_conflict \
            and natural_doer(candidate.head.i, view, lexicon.cues.get("natural", frozenset()), lexicon.words.fire_noun):
        return "done by a natural hazard"
    if lookup(candidate.cameo).root == POSTURE_ROOT and private_doers(candidate):
        return "no show of force by private people"
    if not candidate.nominal and state_of_ties(candidate.head.i, view, lexicon.words) and (
            all(ref.kind == "unresolved" for _, ref in candidate.sources) or _up_to_now(candidate.head.i, view)
            or told_by_its_act(candidate.head.i, view)):
        return "a change in relations"
    if not candidate.nominal and place_participle(candidate.head.i, view):
        return "a participle describing a place"
    top = candidate.frame_token if candidate.frame_token is not None else candidate.head
    if not candidate.nominal and generic_relative(top.i, view, lexicon):
        return "a standing description"
    if not candidate.nominal and never_relative(top.i, view):
        return "a standing stance"
    if not candidate.nominal and class_relative(top.i, view, lexicon.words):
        return "a record or a kind of act"
    if not candidate.nominal and effect_comment(candidate.head.i, view, lexicon.words):
        return "a comment on the act before it"
    if not candidate.nominal and routine(candidate.head.i, view, lexicon.words):
        return "a standing duty as the scene"
    if as_a_rule(candidate.head.i, view, lexicon.words):
        return "what happens as a rule"
    if not candidate.nominal and habit_with(candidate.head.i, view, lexicon.words):
        return "a habit in a with clause"
    if not candidate.nominal and any(wished(t.i, view, lexicon.words) for t in (candidate.head, *candidate.trigger)):
        return "a wish to join"
    if not candidate.nominal and standing_trade(candidate.head.i, view, lexicon.words):
        return "a standing trade relation or arrangement"
    if not candidate.nominal and appeal_content(top.i, view, lexicon.words) is not None:
        return "the content of an appeal"
    if not candidate.nominal and denied_purpose(top.i, view, lexicon):
        return "a purpose denied"
    if purpose(top.i, view, lexicon):
        return "purpose clause"
    if not candidate.nominal and protasis(top.i, view, lexicon.words) and condition(top, lexicon.words) is None:
        return "what a condition supposes"
    if protest_aim(top, lexicon, view) and not _protest(candidate, lexicon):  # the cheaper test first (both pure)
        return "the aim of a protest"
    return None


def protasis(i: int, view: ParseView, words: Words) -> bool:
    """True when the verb at ``i`` (or the verb it is a conjunct or a complement of) heads an "if", "unless" or "as long
    as" clause of another verb (``protasis_mark``): "would keep selling gas if Kyiv paid its debts", "will drop the
    tariffs if Ottawa opens its dairy market", "if Caracas decides to expel the envoy", "will not restore ties as long
    as Lima shelters him": what a condition supposes, no act."""
    dep, head = view.dep, view.head
    for _ in range(4):  # "if Fiji agreed to cut its deficit": a complement or a conjunct, a few levels up
        if dep[i] not in ("conj", "xcomp", "ccomp") or head[i] == i:
            break
        i = head[i]
    if dep[i] != "advcl" or head[i] == i:
        return False
    lower, top = view.lower, head[i]
    # "as long as it shelters them": the parser hangs the clause, marked "as", on the adverb
    as_long_as = lower[top] in words.protasis_adverb and any(
        dep[c] == "advmod" and lower[c] in ("as", "so") and c < top for c in view.children[top])
    return any(dep[c] == "mark" and (lower[c] in words.protasis_mark or as_long_as and lower[c] == "as")
               for c in view.children[i])


def condition(token: Token, words: Words) -> Token | None:
    """The verb whose act is conditioned, when ``token`` (or the verb it is a conjunct of) heads a
    present-tense condition of it ("block the talks [until Belgrade hands over the files]")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "advcl" or token.head.i == token.i \
            or not any(c.dep_ == "mark" and c.lower_ in words.condition_mark for c in token.children):
        return None
    present = token.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in token.children)
    return token.head if present else None


def _demand(candidate: Candidate, candidates: list[Candidate], lexicon: Lexicon) -> Candidate:
    """A condition's act as the demand of whoever sets the condition (no sides when the rules found no
    setter); any other candidate as it is."""
    top = candidate.frame_token if candidate.frame_token is not None else candidate.head
    conditioned = condition(top, lexicon.words)
    if conditioned is None:
        return candidate
    for other in candidates:
        if other is candidate or not other.sources:
            continue
        verbs = {other.head.i, *(t.i for t in other.trigger)}
        if other.frame_token is not None:
            verbs.add(other.frame_token.i)
        if conditioned.i in verbs or any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == conditioned.i
                                         for t, _ in other.sources):
            return _as_demand(candidate, other.sources, lexicon)
    # a demand all the same (its code says so), but with no setter found it names no sides: whom a condition
    # is set on is a party only relative to who sets it ("the walkout goes on until the members approve the deal")
    return dataclasses.replace(_as_demand(candidate, (), lexicon), targets=())


def _as_demand(candidate: Candidate, setters: tuple, lexicon: Lexicon) -> Candidate:
    code = lexicon.combine("demand", candidate.cameo) or DEMAND
    return dataclasses.replace(candidate, cameo=code, sources=setters, targets=candidate.sources,
                               frame="demand", frame_token=None)


def _left_open(candidate: Candidate, candidates: list[Candidate], lexicon: Lexicon,
               view: ParseView) -> Candidate | None:
    """A negated verb of excluding ("did not rule out ...") is no act, neither a rejection nor its negation:
    None when its content is a candidate of its own ("did not rule out sending troops"), else the act its
    object names ("did not rule out talks": the talks, left open for the status step), else None."""
    verb = next((t for t in candidate.trigger if left_open(t.i, view, lexicon)), None)
    if verb is None:
        return candidate
    if any(other is not candidate and stance_content(other.head.i, view, lexicon) == verb.i
           for other in candidates):
        return None
    for content in (c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")):
        if content.pos_ in ("VERB", "AUX"):  # "did not rule out sending troops"
            pattern = lexicon.match_verb(content)
            if pattern is not None:
                return dataclasses.replace(candidate, cameo=pattern.cameo, head=content, trigger=(content,),
                                           nominal=False, frame=None, frame_token=None, specific=False)
            continue
        if content.lemma_.lower() in lexicon.words.response_measure and (
                threat := lexicon.combine("threaten", lexicon.nouns.get("countermeasure", ""))):
            # "did not rule out further measures": measures of no named kind left open against another are a threat
            # to sanction (the code of a threatened countermeasure, nouns.tsv), not an act done
            return dataclasses.replace(candidate, cameo=threat, head=content, trigger=(content,), nominal=True,
                                       frame=None, frame_token=None, specific=False)
        lemma = lexicon.event_noun(content)
        if lemma is not None:  # "did not rule out talks"
            return dataclasses.replace(candidate, cameo=lexicon.nouns[lemma], head=content, trigger=(content,),
                                       nominal=True, frame=None, frame_token=None, specific=False)
    return None


def drop_nonevents(candidates: list[Candidate], lexicon: Lexicon, view: ParseView) -> list[Candidate]:
    """The candidates that assert an act of their own, in order (a condition set on another party
    becomes the demand it is; a negated "rule out", the act it leaves open). ``view``: the parse view of
    their doc."""
    kept = [c for c in candidates if not_an_act(c, lexicon, view) is None]
    opened = [c for c in (_left_open(c, kept, lexicon, view) for c in kept) if c is not None]
    return [_demand(c, opened, lexicon) for c in opened]
