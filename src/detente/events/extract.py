"""Clause frames: who did what to whom, read off the dependency parse.

For each sentence, verbs matched by the lexicon and event nouns become candidates with their
sources (subjects, agents of passives, possessors of nominal events, controllers of ``xcomp``
chains, heads of relative clauses; a doer the knowledge base does not know is kept as words)
and targets (objects, prepositional targets, subjects of passives). Frame verbs (intend,
consider, enact, appeal, demand, refuse, threaten) combine with the event in their complement
into one code: "X vowed to send aid" is one event, 033. What a speaker says of their own side
("said it would strike", "claimed it had attacked") is a threat or a claim; "Y must ..." is a
demand (those frames are read by the base class :class:`detente.events.frames.FrameRules`).
After a whole article is read, "condemned the strikes" finds whose strikes they were
(:func:`resolve_event_anaphora`), and an act between two sides takes them as its doers
(``events/mutual.py``). A word act the clause it hangs on went ahead against ("approved the plan over the
objections of X", "despite protests from X") is done by X to the clause's subject (:meth:`Extractor._overridden`).
Forces sent to another state "to help" it, at its request or under an agreement with it, are aid to that state,
not a show of force (``CodeSideRules.sent_to_help``). A verb of people coming together that no lexicon line codes
is a demonstration (141) when its purpose clause or
participle demands or protests ("gathered at the pier to demand escorts": ``context_places.gathered_to_demand``).
The sides of a clause or an event noun are read by the mixin
:class:`detente.events.participants.ParticipantRules`, those particular codes and frames take (the ground an
act of force hit, whom a visit goes to, whom a frame verb speaks to) by its subclass
:class:`detente.events.code_sides.CodeSideRules`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.actors.resolve import ActorRef, DocActors
from detente.events.addressed import addressed_targets
from detente.events.aid_here import aid_here
from detente.events.article_sides import aid_receivers, resolve_event_anaphora, victims
from detente.events.cameo import (
    COMPLAIN,
    CONSULT_ROOT,
    CRITICIZE,
    DETAIN,
    DISAPPROVE_ROOT,
    FORCE_ROOTS,
    MEDIATE,
    POSTURE_ROOT,
    REDUCE_RELATIONS_ROOT,
    REJECT,
    REJECT_ROOT,
    REQUEST_ROOTS,
    THREAT_ROOT,
    VISIT,
    lookup,
)
from detente.events.complement_sides import complement_sides, named_complement
from detente.events.context import conditions, counterparts, party, sentence_claims
from detente.events.context_places import gathered_to_demand
from detente.events.coop_targets import cooperative_counterparts
from detente.events.doers import known, unique
from detente.events.frames import AID_ROOT, CLAIM_RESPONSIBILITY, FrameRules
from detente.events.ground import CountryOf, Ground, Side
from detente.events.held_here import held_here
from detente.events.home_targets import home_targets
from detente.events.joined_targets import joined_targets
from detente.events.joint_bodies import body_parties, of_joint_body
from detente.events.lexicon import JOINED_DEPS, NO_CODE, RELATIVE_WORDS, Lexicon, Words
from detente.events.made_by import controller, maker_of_object, provoker_above, reactors_on_verb
from detente.events.mutual import mutual
from detente.events.nominal_sides import nominal_counterparts, two_party_story
from detente.events.object_receivers import object_receivers
from detente.events.occasion_talks import met_body, occasion_talks, talks_parties
from detente.events.own_means import own_means_counterparts
from detente.events.pacts import dated_pact, pact_parties
from detente.events.phrases import awaited, carrier_of, contained
from detente.events.referents import referents
from detente.events.replies import granted_requests, release_holders
from detente.events.requested import asked_by_request
from detente.events.restated import family, restated_doers
from detente.events.roles import shared_patient
from detente.events.told_by import told_doers
from detente.records import Candidate, Extracted, Knowledge, Quoted

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Span, Token

STATEMENT_ROOT = 1  # "its statements" is not news: a statement needs a verb
JOINT_EXERCISE = "062"
PROTEST = "141"  # demonstrate or rally
STATE_SECTORS = {"GOV", "ELI"}
WORD_ROOTS = (2, 10, 11, 12, 13, 14)  # appeal, demand, disapprove, reject, threaten, protest: acts of words
COMMENT_ON_PROSPECTS = ("012", "013")  # CAMEO 012, 013: a pessimistic or optimistic comment: on whom its content names
CONDOLENCES = "018"  # CAMEO 018: express condolences, to those the loss befell
DENIAL = "016"  # CAMEO 016: deny responsibility or an accusation; what is denied is coded negated
PESSIMISTIC_COMMENT = "012"  # CAMEO 012: concern, alarm, regret voiced at what another did is aimed as a complaint is


class Extractor(FrameRules):
    """Reads event candidates off one parsed, actor-resolved doc (who does what to whom: the
    :class:`~detente.events.participants.ParticipantRules`,
    :class:`~detente.events.code_sides.CodeSideRules`, :class:`~detente.events.stances.StanceRules` and
    :class:`~detente.events.frames.FrameRules` it inherits)."""

    # the code, triggers and specificity of each verb (:meth:`_code_verb`), by its index: fixed for the doc, so read
    # once per instance (one doc per instance)
    _verb_codes: dict[int, tuple[str | None, list[Token], bool]] | None = None

    def __init__(self, lexicon: Lexicon, found: DocActors,
                 country: CountryOf | None = None) -> None:
        self.lex, self.found = lexicon, found
        self.words = lexicon.words
        self.ground = Ground(found, lexicon.words, country or (lambda code, sector=None: None))
        self._anonymity = lexicon.anonymity_openings()  # how a copy formula's words may start

    # -- candidates -------------------------------------------------------------------------
    def candidates(self, sent: Span, index: int) -> list[Candidate]:
        """Every event candidate of one sentence."""
        out: list[Candidate] = []
        consumed: set[int] = set()
        coded: dict[int, Candidate] = {}  # coded verbs of this sentence
        doc, view = sent.doc, self.found.view(sent.doc)
        tags, poses = view.tag, view.pos
        for i in range(sent.start, sent.end):
            tag, pos = tags[i], poses[i]
            if i in consumed or (tag != "VBG" and pos not in ("VERB", "AUX", "NOUN", "PROPN")):
                continue  # only a gerund, a verb or a noun can be a candidate (the branches below)
            noun = self.lex.event_noun_at(view, i) if pos in ("NOUN", "PROPN") else None  # looked up once
            if tag != "VBG" and pos in ("NOUN", "PROPN") and noun is None:
                continue  # a noun is one only as an event noun (the last branch)
            token = doc[i]
            if self._gerund_noun(token):
                candidate = self._noun(token, index)
            elif pos in ("VERB", "AUX") and view.dep[i] != "aux":
                if self._copy_formula(token):
                    continue
                candidate = self._verb(token, index, consumed)
                if candidate is not None:
                    if _restates(token, candidate, coded.get(token.head.i)):
                        continue  # "met in Nairobi to discuss trade": the purpose restates the act
                    if _aims_measure(token, self._carried_code(token.head, coded), self.words):
                        continue  # "adopted sanctions, targeting its shadow fleet": what the measure is aimed at
                    coded[token.i] = candidate
            elif pos in ("NOUN", "PROPN") and noun:
                if view.dep[i] == "pobj" and view.lower[view.head[i]] == "of" \
                        and view.lower[view.head[view.head[i]]] == "ahead":
                    continue  # "massing troops ahead of an expected offensive": not yet an act
                candidate = self._noun(token, index)
            else:
                continue
            if candidate is not None and not candidate.sources and candidate.cameo.startswith(DETAIN):
                # "the crew will be brought before a magistrate": the judge is no target (``at_court``)
                c = candidate
                candidate = Candidate(c.cameo, c.head, c.trigger, c.sources, self.at_court(c.cameo, c.targets),
                                      c.sentence, c.frame, c.frame_token, c.nominal, c.specific)
            if candidate is not None and not candidate.sources and candidate.targets and not candidate.nominal \
                    and (self._has_child(candidate.head, ("nsubjpass",))
                         or shared_patient(candidate.head) is not None
                         or self.gapped_patient(candidate.head) is not None):
                out.append(candidate)  # "political prisoners were released": the doer is not named
            elif candidate is not None and not candidate.sources and not candidate.targets and not candidate.nominal \
                    and family(candidate.cameo) == "custody" and self._has_child(candidate.head, ("nsubjpass",)):
                # "all eleven were freed": kept for the story of custody (restated.py), which drops it if it finds none
                out.append(candidate)
            elif candidate is not None and not known(candidate.sources) and dated_pact(candidate):
                out.append(candidate)  # "a 1992 readmission agreement": its parties come from the story (pacts.py)
            elif candidate is not None and of_joint_body(candidate, self.words) is not None:
                # "a joint commission will meet", "the next joint session will be held": the story's two parties
                out.append(candidate)  # (joint_bodies.py)
            elif candidate is not None and occasion_talks(candidate, self.words) is not None:
                out.append(candidate)  # "agreed ... after talks in X": the act's parties (occasion_talks.py)
            elif candidate is not None and candidate.sources:
                targets = candidate.targets
                if not candidate.nominal and not known(targets):  # "protested to X and sent frigates"
                    # the doer's own side is not whom it acts on: "withdrew the bill and dissolved his cabinet"
                    doers = {ref.country or ref.code for _, ref in candidate.sources}
                    targets += tuple((t, r) for t, r in self.conjunct_targets(candidate.frame_token or candidate.head,
                                                                              candidate.trigger)
                                     if (r.country or r.code) not in doers)
                refused = not candidate.nominal and lookup(candidate.cameo).may_be_refused \
                    and self._has_child(candidate.head, ("neg",))  # "would not accept any plan that ...": a refusal
                own = {party(r) for _, r in candidate.sources}  # "would not send a delegation": its own, no target
                if (lookup(candidate.cameo).root == REJECT_ROOT or refused) \
                        and not any(party(r) not in own for _, r in known(targets)):
                    verb = candidate.frame_token or candidate.head
                    targets += tuple(self.forum(verb)) if not refused else ()  # "vetoed it at the council"
                    if not any(party(r) not in own for _, r in known(targets)):
                        targets += tuple(self.refused_company(verb))  # "refused to attend any meeting at which X is"
                    if not any(party(r) not in own for _, r in known(targets)):  # "despite X's calls"
                        targets += tuple(self.answered(verb, candidate.trigger, candidate.cameo))
                if not candidate.nominal and (lookup(candidate.cameo).root == REJECT_ROOT
                                              or self._has_child(candidate.head, ("neg",))) \
                        and not {r.key for _, r in known(targets)} - {r.key for _, r in candidate.sources}:
                    # "will not lift its veto until X restores ...": a refusal, told as such or as a negated
                    # act, that names no one but its doer ("its veto")
                    targets += tuple(self.refused_until(candidate.head))
                if not lookup(candidate.cameo).keeps_unresolved_target:  # "provided tents": the thing, not whom
                    targets = tuple((t, r) for t, r in targets if r.kind != "unresolved")
                targets = self.hit(candidate.head, candidate.trigger, candidate.nominal, candidate.cameo,
                                   candidate.sources, targets)
                targets = self.off_own_ground(targets, candidate.sources)
                targets = self.others_first(targets, candidate.sources)
                if lookup(candidate.cameo).root == DISAPPROVE_ROOT or candidate.cameo == PESSIMISTIC_COMMENT:
                    # "complained to the council about X"; "voiced concern at X's missile launches"
                    targets = self.complained_of(candidate.frame_token or candidate.head, targets, candidate.sources,
                                                 candidate.trigger)
                targets = self.at_court(candidate.cameo, targets)  # "sued X at the EU Court of Justice": no target
                # "demanded the release of X", "an inquiry into the killing of X": X is no side of it
                targets = self.given_up(candidate.cameo, candidate.trigger, targets, candidate.sources)
                targets = self.befallen(candidate.frame_token or candidate.head, candidate.trigger, targets)
                targets = self.founded(candidate.head, targets)  # "formed the X Union": the body made
                targets = self.host_asked(candidate.cameo, candidate.frame_token or candidate.head, candidate.sources,
                                          targets)  # "the embassy in Baku asked", "its consul ... visit the crew"
                keys = {ref.key for _, ref in candidate.sources}
                c = candidate  # the same record with its sides deduplicated (the constructor: no dataclasses.replace)
                kept = Candidate(c.cameo, c.head, c.trigger, tuple(unique(c.sources)),
                                 tuple((t, r) for t, r in unique(targets)
                                       if r.key not in keys or t.i in self.found.home_level), c.sentence, c.frame,
                                 c.frame_token, c.nominal, c.specific)
                if coded.get(token.i) is candidate:
                    coded[token.i] = kept
                out.append(kept)
        return out

    def _gerund_noun(self, token: Token) -> str | None:
        """A gerund the parser tags as a verb but that stands as a noun with no subject of its own:
        "Fighting between M23 rebels and Congolese troops spread": the event noun "fighting"."""
        view, i = self.found.view(token.doc), token.i
        if view.tag[i] != "VBG" or view.dep[i] not in ("nsubj", "nsubjpass", "dobj", "pobj") \
                or view.lower[i] not in self.lex.nouns:
            return None
        if self._has_child(token, ("nsubj", "nsubjpass", "dobj", "aux")):
            return None
        return view.lower[i]

    def _copy_formula(self, verb: Token) -> bool:
        """Verbs that describe the copy, not an act: a source "who spoke on condition of anonymity",
        "who requested anonymity", "asked not to be named"; "without providing evidence" (nobody gave
        anything)."""
        view, i = self.found.view(verb.doc), verb.i
        head = view.head[i]
        if view.dep[i] == "pcomp" and view.lower[head] == "without":
            return True
        for c in view.children[i]:
            if view.dep[c] == "dobj" and view.lemma[c] == "anonymity":
                return True
        end = min(i + 7, view.sent_end[view.sent[i]])
        if self._anonymity.may_open(view.lower[i + 1] if i + 1 < end else ""):  # before slicing the text
            after = view.text[view.idx[i + 1]:view.end[end - 1]].lower() if i + 1 < end else ""  # doc[i + 1:end]
            if after.startswith(self._anonymity.phrases):
                return True
        # "spoke on condition of anonymity to discuss the talks": the purpose belongs to the formula
        return view.dep[i] in ("xcomp", "advcl") and head != i and view.pos[head] == "VERB" \
            and i > head and self._copy_formula(verb.doc[head])

    def _code_verb(self, verb: Token) -> tuple[str | None, list[Token], bool]:
        """The verb's own code, its trigger tokens and whether a specific pattern matched (read once per verb: it
        depends on the doc alone, and the frame, doer and side rules ask for the codes of verbs the extractor codes
        again; each caller gets its own list of triggers)."""
        memo = self._verb_codes
        if memo is None:
            memo = self._verb_codes = {}
        known = memo.get(verb.i)
        if known is None:
            known = memo[verb.i] = self._read_verb_code(verb)
        code, trigger, specific = known
        return code, list(trigger), specific

    def _read_verb_code(self, verb: Token) -> tuple[str | None, list[Token], bool]:
        """:meth:`_code_verb`, read off the verb's clause."""
        best = self.lex.verb_pattern(verb, self.found.view(verb.doc))
        member = best is None and verb.lemma_.lower() in self.words.membership_verb
        bodies = self._named_bodies(verb) if member else frozenset()
        if bodies:  # "joined NATO", "left ECOWAS": as "join +organization", "leave +organization"
            best = self.lex.verb_pattern(verb, self.found.view(verb.doc), bodies)
        silenced = best is not None and best.cameo == NO_CODE  # "make +announcement": its noun codes nothing either
        pattern = None if silenced else best
        judgment = self.judgment(verb) if verb.lemma_.lower() in self.words.naming_verb and not silenced else None
        if judgment is not None:  # "called the decision baseless": a criticism, not a naming nor a call
            # "called the accusations baseless": a rejection of the charge, aimed at its author (events/replies.py)
            return (REJECT if self.judged_charge(verb) else CRITICIZE), [verb], True
        if pattern is not None and (pattern.obj or pattern.comp):
            # after a verb particle the object is the verb's own ("broke off relations": the relations are the act's
            # word, no one it is done to), as after no preposition
            particle = pattern.obj_prep is not None and any(c.lower_ == pattern.obj_prep
                                                            for c in self._children(verb, ("prt",)))
            objects = [o for c in self._children(verb, ("dobj", "nsubjpass")) if not pattern.obj_prep or particle
                       for o in (contained(c, self.words),) if pattern.obj and _object_named(o, pattern.obj)]
            # "was skeptical about the plan": the adjective the pattern names is the act's word
            objects += [c for c in self._children(verb, ("acomp",))
                        if pattern.comp and c.lemma_.lower() in pattern.comp]
            # "helped guard the airspace" (``help ~guard``): the complement is its word (events/complement_sides.py)
            named = named_complement(verb, pattern.cameo, pattern.comp, objects)
            return pattern.cameo, [verb, *objects[:1], *named], True
        lemma = verb.lemma_.lower()
        if lemma in self.lex.light_verbs and not silenced:
            for child in (contained(c, self.words) for c in self._children(verb, ("dobj", "nsubjpass"))):
                # "held a new round of talks": the talks (events/phrases.py)
                view = self.found.view(child.doc)
                if awaited(child.i, view, self.words):
                    continue  # "held him pending extradition": the extradition is awaited, no act of the verb
                suspended = self.lex.suspended_code(view, child.i)
                if suspended is not None:  # "announced a suspension of aid": a cut in aid (162), what is suspended
                    return suspended, [verb, child], True
                noun = self.lex.event_noun(child, view)
                if noun is not None:
                    return self.lex.nouns[noun], [verb, child], True
        if pattern is not None:
            return pattern.cameo, [verb], False
        if not silenced and gathered_to_demand(verb.i, self.found.view(verb.doc), self.words):
            return PROTEST, [verb], True  # "gathered at the port to demand protection": a demonstration
        return None, [], silenced  # (a sense that codes nothing is a specific match: no fallback of its kind either)

    def _verb(self, verb: Token, index: int, consumed: set[int]) -> Candidate | None:
        code, trigger, specific = self._code_verb(verb)
        kind = self.lex.reporting.get(verb.lemma_.lower())
        if code is None or kind == "intend":  # "told Finland not to join", "wants Manila to withdraw"
            directive = self.directed(verb)
            if directive is not None:
                code, trigger, specific = directive, [verb], False
        if kind == "intend" and code and lookup(code).is_cooperative_act and not self.expected_at(verb):
            # "agreed to a ceasefire": intent (0356); "is expected in Apia" is a visit, whom it goes to found below
            code = self.lex.combine("intend", code) or code
        frame = lookup(code).frame if code else (kind if kind in ("intend", "consider", "enact") else None)
        if kind == "enact" and code is not None and frame is None and not specific:
            frame = "enact"  # "approved the extradition": the approval is the act its noun names, not praise (051)
        if frame is None and code is None and self._willing(verb):
            frame = "intend"  # "Germany is willing to provide support"
        if frame == "intend" and self.attempt_done(verb):
            frame = "attempt"  # "troops tried to board the vessel": the act tried, done (words.tsv attempt_verb)
        if frame is not None:
            combined = self._combine(verb, frame, index, consumed, code) or \
                self._combine_noun(verb, frame, index, consumed)
            if combined is not None:
                return combined
        if code is None and kind == "say" and verb.lemma_.lower() in self.words.claim_verb:
            # "the group claimed the attack on X": the claimed act is its own, told by its doer
            claimed = self._combine_noun(verb, "enact", index, consumed)
            if claimed is not None:
                return claimed
        speakers: list[Side] | None = None  # the verb's subjects, found once for all that reads them below
        if kind == "say" and (code is None or verb.lemma_.lower() in self.words.claim_verb):
            speakers = self.subjects(verb)
            threat = self._own_act(verb, index, consumed, speakers) or self._must(verb, index, consumed, speakers) \
                or self._judged(verb, index, speakers)
            if threat is not None:
                return threat
        if code is None and kind == "deny" and not specific:  # ("-  dispute +bay": a territorial dispute)
            code, trigger = DENIAL, [verb]  # the denial itself; what is denied is coded as negated
        if code is None:
            return None
        sent_to_help = self.sent_to_help(verb) if lookup(code).root == POSTURE_ROOT else None
        code = sent_to_help or code  # "sent troops to X to help it ...": aid to X, no show of force
        entry = lookup(code)  # (the code is fixed from here on: its row read once for the rules below)
        targets = self.others_act(verb, trigger, self.objects(verb) + self._noun_targets(trigger))
        if code in (CRITICIZE, REJECT) and verb.dep_ == "relcl" and (word := self.judgment(verb)) is not None:
            # "a deployment the government called a provocation": what the noun is called is no one it is aimed at
            called = {word.i, *(t.i for t in word.ancestors if t.i != verb.i and verb.is_ancestor(t))}
            targets = [(t, r) for t, r in targets if t.i not in called]
        steered = self._steered_from(verb) if entry.root == REDUCE_RELATIONS_ROOT else None
        if steered is not None:  # "advised its citizens against travelling to Niger": Niger, not the citizens
            targets = steered
        if code == VISIT and not known(targets):  # "arrived in Havana": the host
            targets += self._visited(verb)
            if not known(targets) and self.bare_arrival(verb):
                return None  # "the reinforcements arrived on Monday": no one visited, no visit
        if entry.root == CONSULT_ROOT and not known(targets):
            targets += self.in_touch_with(verb)  # "said it was in contact with all three capitals"
        if (code == MEDIATE or entry.root == AID_ROOT) and not known(targets):
            # "agreed a truce in talks mediated by Qatar"; "agreed to a policing plan funded by X": the parties
            targets += self._mediated_parties(verb)
        if entry.root == AID_ROOT and not self.others_named(verb, targets):
            targets += self._helped(verb)  # "sent aid to help X cope with the floods"
            if verb.lemma_.lower() in self.words.dispatch_verb and not self.others_named(verb, targets):
                # "sent helicopters, relief supplies and a team to X": where it went (not "through Syria")
                targets += self._sent_to_state(verb, kept=False)
        if sent_to_help and not self.others_named(verb, targets):  # "deployed troops to an oilfield inside X"
            targets += self._sent_to_state(verb)
        if entry.root == POSTURE_ROOT:  # "X accused Y of massing troops on the border": aimed at X
            targets += self.accuser_threatened(verb)
        if entry.root in (DISAPPROVE_ROOT, REJECT_ROOT) and not known(targets):
            # "dismissed the Egyptian letter", "rejected the Russian claims": whose word or deed it is,
            # standing with the words of the thing in place of the thing unresolved; not the doer's own country
            speakers = self.subjects(verb) if speakers is None else speakers
            own = {ref.country for _, ref in speakers}
            inside = [(t, r) for c in self._children(verb, ("dobj",)) for t, r in self._inside(c, True)
                      if not (r.kind == "country" and r.country in own)]
            things = {t.i for t, _ in inside}
            targets = [(t, r) for t, r in targets if r.kind != "unresolved" or t.i not in things] + inside
            if not self.others_named(verb, targets):  # "a treaty X signed that Y rejected": X (events/made_by.py)
                targets += maker_of_object(self, verb, party)
        if frame is not None and not targets:  # "pledged to hire Pakistani workers"
            for child in self._children(verb, ("xcomp",)):
                targets = self.objects(child)
        targets = self.aided_ground(verb, code, targets)  # "agreed to build a hospital in Kabul": where the aid goes
        if not known(targets) and (entry.reports_content or entry.root == REJECT_ROOT
                                    or entry.may_be_refused):
            # "will not accept that Russia brings its war to German soil", "welcomed that Iran had
            # agreed": the one whose conduct the that-clause reports
            targets += [a for c in self._children(verb, ("ccomp",))
                        if any(m.lower_ == "that" for m in self._children(c, ("mark",)))
                        for a in known(self.subjects(c)) if a[0].pos_ != "PRON"]
        if not known(targets) and entry.root == THREAT_ROOT and trigger == [verb]:
            # "warned that Ruritania would pay a price", "warned that it would cut gas if Patria ...": the
            # warning's that-clause names whom it is aimed at (FrameRules.warned_of)
            targets += self.warned_of(verb)
        if not known(targets):  # "agreed to let Kenyan trucks use the port": the one let
            targets += self._permitted(verb)
        if not known(targets):  # "told France that it would not accept ...": the one told
            targets += self.told_of(verb)
        if not self.others_named(verb, targets):  # "rejected accusations by X", "X's calls": whose words
            targets += self.answered(verb, trigger, code)
        if not self.others_named(verb, targets):  # "accepted an invitation to visit X"
            targets += self.proposed_with(verb, trigger)
        if code == CLAIM_RESPONSIBILITY and not self.others_named(verb, targets):
            targets += self._claimed_ground(verb, trigger)  # "claimed responsibility for the attack in X"
        if code[:3] == CONDOLENCES and not self.others_named(verb, targets):
            targets += self._bereaved_ground(verb, trigger)  # "expressed condolences over the earthquake in X"
        if not self.others_named(verb, targets):  # "opened an investigation into war crimes in X"
            targets += self._inquired_ground(verb, trigger, code)
        if code[:3] in COMMENT_ON_PROSPECTS and not self.others_named(verb, targets):
            targets += self.commented_on(verb, trigger)  # "voiced hope that X will ...", "pessimism over talks with X"
        if not known(targets) and entry.root in REQUEST_ROOTS:
            # "demanded that Algiers halt the expulsions" (a content with no code of its own): the one asked to act
            targets += [a for c in self._children(verb, ("ccomp", "advcl")) for a in self._complement_subjects(verb, c)]
            # "urged partners like X to move toward ...": the members the addressee gives as examples
            targets += [] if known(targets) else [a for c in self._children(verb, ("dobj",))
                                                  for a in self._addressed_inside(c)]
        if specific and not self.others_named(verb, targets):  # "helped Kenya patrol its coast": whom it helped
            targets += complement_sides(self, verb, trigger)
        consumed.update(t.i for t in trigger[1:])
        view = self.found.view(verb.doc)  # (the subtrees below as indices: no Token made for each word)
        if entry.frame in ("appeal", "demand"):  # "asked X for assurances that ...": no act asked for
            consumed.update(t for c in self.pledged(verb) for t in view.subtree(c.i))
        if entry.is_speech:  # a statement or appeal: all it speaks of is its content
            consumed.update(t for c in view.children[verb.i] if view.dep[c] in ("dobj", "prep", "dative")
                            for t in view.subtree(c) if view.pos[t] in ("NOUN", "PROPN"))
        elif not entry.reports_content:
            consumed.update(self._content_nouns(verb))
        sources = tuple(self.subjects(verb) if speakers is None else speakers)
        if not known(sources):  # "were arrested in Grodno": the state whose ground it was
            doers, targets = self.state_doers(verb, targets)
            sources += tuple(doers)
        if code[:3] == PROTEST:
            targets = self.made_with(targets)  # "protest against the China deal": not at China
        if code[:3] == PROTEST and sources and all(_state(ref) and not _people(token) for token, ref in sources) \
                and verb.lemma_.lower() in self.words.complain_verb:
            # a government that "protested" complained officially; it did not march (one that "marched" or
            # "rallied" is people the demonym names: "Dozens of Honduran fishermen marched to the embassy")
            code = COMPLAIN
        return Candidate(cameo=code, head=verb, trigger=tuple(trigger), sources=sources,
                         targets=tuple(targets), sentence=index, specific=specific)

    def _named_bodies(self, verb: Token) -> frozenset[int]:
        """The verb's objects (its own or a preposition's, or the noun a relative clause with a subject of its own is
        on) the knowledge base knows as an intergovernmental body (an organisation of sector ``IGO``): "joined NATO",
        "withdrew from the WHO", "ECOWAS, which Mali quit" (for a ``membership_verb``)."""
        view = self.found.view(verb.doc)
        heads = [c for c in view.children[verb.i] if view.dep[c] == "dobj"]
        heads += [p for c in view.children[verb.i] if view.dep[c] in ("prep", "prt")
                  for p in view.children[c] if view.dep[p] == "pobj"]
        if view.dep[verb.i] == "relcl" and any(view.dep[c] == "nsubj" and view.lower[c] not in RELATIVE_WORDS
                                               for c in view.children[verb.i]):
            heads.append(view.head[verb.i])  # "ECOWAS, which Mali quit in 2025": the body the clause is on
        refs = self.found.by_token
        return frozenset(i for i in heads if i in refs and refs[i].kind == "organisation" and refs[i].sector == "IGO")

    def _content_nouns(self, verb: Token) -> list[int]:
        """Event nouns that are what a coded verb is about ("requested mediation"): not events of their own; not
        one a ``means_prep`` of words.tsv says the act came about by ("agreed — through Omani mediation — to stop":
        the mediation is an act of its own, done to the clause's doers), nor a ``trip_noun`` after "during" or "on"
        (the trip the act was done on is a visit of its own)."""
        view = self.found.view(verb.doc)  # read by index: no Token made for the words looked at
        dep, lower, children = view.dep, view.lower, view.children
        nouns = [c for c in children[verb.i] if dep[c] in ("dobj", "nsubjpass")]
        # (nor a trip the act was done during or on: "made the pledge during a visit to X", a visit of its own)
        nouns += [p for c in children[verb.i] if dep[c] in ("prep", "prt") and lower[c] not in self.words.means_prep
                  for p in children[c] if dep[p] == "pobj"
                  and not (lower[c] in ("during", "on") and view.lemma[p] in self.words.trip_noun)]
        # "expressed concern about an escalation of hostilities": what the object is about
        about = self.words.about_prep
        nouns += [p for n in list(nouns) for c in children[n] if dep[c] == "prep" and lower[c] in about
                  for p in children[c] if dep[p] == "pobj"]
        nouns += [p for n in list(nouns) for c in children[n] if dep[c] == "prep" and lower[c] == "of"
                  for p in children[c] if dep[p] == "pobj"]
        return [n for n in nouns if self.lex.event_noun_at(view, n)]

    def _go_between(self, noun: Token) -> list[Side]:
        """The known doers of the verb an event noun is the object of when that verb brings parties together on its
        subject's ground or through its good offices (a ``host_verb``, or a verb the lexicon codes as mediation, 045:
        "offered to host talks", "will host negotiations", "brokered talks"); none otherwise. A "between" pair on
        such a consultation noun is whom the host brings together, not the act's doers (session 48)."""
        def brings(verb: Token) -> bool:
            return verb.lemma_.lower() in self.words.host_verb or self._code_verb(verb)[0] == MEDIATE

        if noun.dep_ != "dobj":
            # "Turkey hosted talks between ...", which the parser may read as a noun phrase with the verb as a
            # modifier and the host as that modifier's subject
            return [a for verb in self._children(noun, ("amod",)) if verb.pos_ == "VERB" and brings(verb)
                    for c in self._children(verb, ("nsubj", "npadvmod")) for a in known(self.actors_at(c))]
        verb = noun.head
        if not brings(verb):
            return []  # (the parser may tag "offered to host talks" a noun: the lemma decides)
        for _ in range(4):  # up an "offered to host" chain to whoever offers, or the noun an offer is a modifier of
            doers = known(self.subjects(verb))
            if doers or verb.dep_ not in ("xcomp", "acl") or verb.head.i == verb.i:
                return doers
            if verb.dep_ == "acl":  # "the minister, ..., offered to host talks": the parser's participle
                return known(self.actors_at(verb.head))
            verb = verb.head
        return []

    def _carried_code(self, verb: Token, coded: dict[int, Candidate]) -> str | None:
        """The code of the act a verb tells: its own, else that of the event noun it carries as its object
        ("adopted a package of sanctions": 163), else None."""
        if verb.i in coded:
            return coded[verb.i].cameo
        view = self.found.view(verb.doc)
        for obj in (c for c in view.children[verb.i] if view.dep[c] == "dobj"):
            nouns = [obj, *(p for prep in view.children[obj] if view.dep[prep] == "prep" and view.lower[prep] == "of"
                            for p in view.children[prep] if view.dep[p] == "pobj")]
            for noun in nouns:
                lemma = self.lex.event_noun_at(view, noun)
                if lemma is not None:
                    return self.lex.nouns[lemma]
        return None

    def _noun_code(self, noun: Token) -> str:
        """The code of an event noun (or of a gerund standing as one)."""
        return self.lex.nouns[self.lex.event_noun(noun, self.found.view(noun.doc)) or self._gerund_noun(noun) or ""]

    def _overridden(self, noun: Token, code: str) -> bool:
        """Whether an act noun of words (appeal, demand, disapproval, rejection, threat, protest: ``WORD_ROOTS``) is
        what the clause it hangs on went ahead against: the object of an ``overriding_prep`` ("despite",
        "notwithstanding") or, for an ``overridden_noun`` ("objection", "opposition"), of "over" ("approved the plan
        over the objections of X"), on a verb or a clause's head."""
        prep = noun.head
        clause = prep.head.pos_ in ("VERB", "AUX") or prep.head.dep_ in ("ROOT", "ccomp", "xcomp")  # "dock" as a noun
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or not clause or lookup(code).root not in WORD_ROOTS:
            return False
        return prep.lower_ in self.words.overriding_prep or (
            prep.lower_ == "over" and noun.lemma_.lower() in self.words.overridden_noun)

    def _provoker(self, verb: Token) -> list[Side]:
        """Whose act drew a reaction (``reaction_verb``): the known subject of the verb ("Russia vetoed the text,
        drawing criticism": Russia), or the doer of the act noun that is its subject ("Israel's strike sparked
        protests": Israel); nobody for a thing ("the decision drew condemnation")."""
        subjects = known(self.subjects(verb))
        if subjects:
            return subjects
        return [a for s in self._children(verb, ("nsubj",)) for c in self._children(s, ("poss", "compound", "amod"))
                for a in known(self.actors_at(c))]

    def _noun(self, noun: Token, index: int) -> Candidate | None:
        """A nominal event: "X's attack on Y", "talks between X and Y", "Russian mediation"."""
        if noun.dep_ == "compound":
            return None
        sources: list[Side] = []
        targets: list[Side] = []
        for child in self._children(noun, ("poss", "compound", "amod")):
            if child.i in self.found.by_token:
                sources.extend(self.actors_at(child))
        owners = bool(known(sources))
        preps = list(self._children(noun, ("prep",)))
        if noun.dep_ == "nsubj" and not self._has_child(noun.head, ("dobj",)):
            # "fighting broke out between X and Y", "clashes erupted between ...": the parser hangs the
            # parties on the verb the event noun is the subject of
            preps += [c for c in self._children(noun.head, ("prep",)) if c.lower_ in self.words.reciprocal_prep]
        # "Kyiv came under attack from Russian drones": the verb's subject undergoes the act, "from" names its doer
        undergone = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in self.words.exposure_prep \
            and noun.head.head.pos_ in ("VERB", "AUX") and self._code_verb(noun.head.head)[0] is None
        if undergone:
            targets.extend(self.subjects(noun.head.head))
        # "vetoed the text, drawing criticism from Britain": a reaction an act drew, "from" naming who reacted
        reaction = not undergone and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.words.reaction_verb
        if reaction:  # "X's move drew criticism from Y": the parser's "from" on the verb (events/made_by.py)
            preps += reactors_on_verb(noun)
        code = self._noun_code(noun)
        # "adopted the text over the objections of X", "went ahead despite protests from X": a word act overridden
        # by the clause it hangs on; its "of" or "from" names who did it, the clause's subject whom it was aimed at
        overridden = not undergone and not reaction and self._overridden(noun, code)
        objects: list[Side] = []  # the actors of "of" phrases not yet taken as targets
        # "Oman offered to host talks between X and Y", "Qatar brokered talks between X and Y": the pair a host or
        # go-between brings to a consultation is whom the act is done to, its doer the host (``_go_between``); a
        # "deal between X and Y" stays the pair's own
        go_between = self._go_between(noun) if not owners and lookup(code).root == CONSULT_ROOT else None
        # "Fiji's loans from its Export-Import Bank": help given "from" someone is that one's; the owner received it
        given = lookup(code).root == AID_ROOT
        for child in preps:
            for pobj in self._children(child, ("pobj",)):
                actors = self.actors_at(pobj)
                givers = known(actors or self._inside(pobj, False)) if given and child.lower_ == "from" else []
                if givers:
                    targets.extend(s for s in sources if s not in targets)
                    sources = list(givers)
                    continue
                if (undergone or reaction) and child.lower_ == "from" \
                        or overridden and child.lower_ in ("from", "of") and not known(sources):
                    sources.extend(actors)
                    continue
                if child.lower_ in self.words.reciprocal_prep and len(actors) == 1:
                    # "fighting between the army and the RSF": a side the knowledge base does not know
                    # still makes the act mutual (the RSF is a party, not the target)
                    actors += [a for c in (pobj, *self._children(pobj, ("conj",)))
                               if c.i not in self.found.by_token and c.i not in self.found.groups
                               for a in self.unresolved(c)]
                if child.lower_ in self.words.reciprocal_prep and len(actors) > 1 and owners \
                        and code == MEDIATE:
                    targets.extend(actors)  # "Turkey's mediation between Russia and Ukraine": whom it goes between
                elif child.lower_ in self.words.reciprocal_prep and len(actors) > 1 and go_between:
                    targets.extend(actors)
                    sources.extend(s for s in go_between if s not in sources)
                elif child.lower_ == "by" or child.lower_ in self.words.reciprocal_prep and len(actors) > 1:
                    sources.extend(actors)
                elif child.lower_ in self.words.target_prep:
                    # "attacks on Ukrainian energy facilities", "tariffs on its steel": the actor inside
                    loose = child.lower_ in self.words.aim_prep
                    targets.extend(actors or self._inside(pobj, loose))
                elif child.lower_ == "of" and sources and actors:
                    targets.extend(actors)  # "Russia's invasion of Ukraine": after a doer, "of" is the object
                elif child.lower_ == "of":
                    objects.extend(actors or self._inside(pobj, True))
        # "the detention of nine Vietnamese fishermen by the Chinese coast guard": a doer named after "by" behind
        # the "of" phrase (or before it, when "of" holds people or things a demonym or possessor gives a country:
        # "China's seizure of a Philippine boat") makes "of" whom the act was done to; the doer's own country is
        # left out (an act on one's own people is rare in this copy, a doer resolved to the wrong state is not)
        own = {ref.country for _, ref in sources if ref.country}
        targets.extend(o for o in objects if sources and o[1].country not in own and o not in targets)
        targets.extend(self._aimed_by_participle(noun))
        if not sources and not targets and lookup(code).root == CONSULT_ROOT:
            targets.extend(met_body(noun, objects, self.words))  # "at a meeting of EU ministers" (occasion_talks.py)
        if reaction and known(sources) and not targets:
            # whose act drew it; above the participle's clause when that names no doer (events/made_by.py)
            targets.extend(self._provoker(noun.head) or provoker_above(noun.head, self._provoker, self.lex))
        if overridden and known(sources) and not known(targets):
            # whoever went ahead: the subject of the clause, or of the verb that let it ("let the ship dock despite X")
            verb = noun.head.head
            while verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i and (
                    verb.dep_ == "xcomp" or verb.head.lemma_.lower() in self.words.permit_verb):
                verb = verb.head
            own = {ref.country for _, ref in sources if ref.country}
            targets.extend(s for s in self.subjects(verb) if not s[1].country or s[1].country not in own)
        if known(sources) and not known(targets):
            # "issued the notices at Patria's request": whoever did the act it was the occasion of (events/requested.py)
            targets.extend(asked_by_request(self, noun, code, self.words, party, sources))
        if known(sources) and not known(targets) and lookup(code).root in REQUEST_ROOTS:
            # "rejected a Ruritanian demand that Patria recall its envoy": the one its that-clause asks to act
            targets.extend(a for c in self._children(noun, ("acl", "relcl"))
                           for a in self._complement_subjects(noun, c, sources))
        if not sources and noun.dep_ in ("dobj", "pobj", "attr"):
            # "began talks", "worked for rapprochement": the subject of a verb that is no event itself;
            # a coded verb's object ("condemned the strikes") is what it is about, not its doer's act
            governor = carrier_of(noun, self.words)
            carriers = self.lex.light_verbs | self.words.carrier_verb
            if governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in carriers \
                    and self._code_verb(governor)[0] is None:
                sources = self.subjects(governor)
        done_on = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("during", "on") else None
        if done_on is not None and done_on.pos_ == "PUNCT":
            done_on = done_on.head  # "the minister, on his first visit to X, and ...": the parser's comma
        # (only a trip "to" somewhere: "met X in Moscow on a visit that ..." may be either party's)
        gone_to = any(c.lower_ == "to" for c in self._children(noun, ("prep",)))
        if not known(sources) and code == VISIT and gone_to and done_on is not None:
            if done_on.pos_ in ("VERB", "AUX") and done_on.lemma_.lower() != "be" \
                    and done_on.lemma_.lower() not in self.words.trip_verb and self._code_verb(done_on)[0] != VISIT:
                # "signed a deal on her second trip to Riga", "spoke during a trip to Lima": a trip the clause's act
                # was done on, with no "by" or owner named, is its subject's (the visit is an act of its own; not the
                # trip a clause of going or being somewhere tells again: "arrived in X on his third visit", "is due
                # in X on a visit", "who is on a visit to X, met ...")
                # ("urged X to speed up work ... during a visit to Baku": the urger went)
                sources = known(self.subjects(controller(done_on))) or sources
            elif done_on.pos_ in ("NOUN", "PROPN"):
                # "the minister, on her second trip to Riga, and his counterpart signed ...": the one it is told of
                sources = known(self.actors_at(done_on)) or sources
        if code == VISIT and known(sources) and not known(targets):
            # "during a visit to Mostar": the country of the place it goes to, not the visitor's own
            targets += self.places_after([noun], ("to",), {party(r) for _, r in known(sources)})
        if not sources and targets and noun.dep_ in ("nsubj", "nsubjpass") and len(targets) > 1:
            sources, targets = targets, []
        if not sources:  # "X was responsible for the killing of Y": X did it
            sources = self.culpable(noun, code)
            if sources and not targets:
                targets = [a for c in self._children(noun, ("prep",)) if c.lower_ == "of"
                           for p in self._children(c, ("pobj",)) for a in self.actors_at(p)]
        if code == MEDIATE and known(sources) and not known(targets):
            targets.extend(self._means_parties(noun, sources))  # "signed a pact under Saudi mediation": the signers
        if lookup(code).root == STATEMENT_ROOT:
            return None  # "its statements" is not news; a statement needs a verb ("issued a statement")
        if reaction and code[:3] == PROTEST and sources \
                and all(_state(ref) and not _people(token) for token, ref in sources):
            code = COMPLAIN  # "sparked protests from Jordan", as "Jordan protested": a complaint, not a march
        return Candidate(cameo=code, head=noun, trigger=(noun,), sources=tuple(sources),
                         targets=tuple(targets), sentence=index, nominal=True)


def _aims_measure(token: Token, head: str | None, words: Words) -> bool:
    """Whether a participle of aim ("targeting", "aimed at": ``aiming_verb``) hung on an act (``head``, its
    code) that is no act of force says what that act is aimed at ("adopted a package of sanctions,
    targeting its shadow fleet"), not a strike of its own."""
    return head is not None and token.tag_ == "VBG" and token.dep_ in ("advcl", "acl", "conj") \
        and token.lemma_.lower() in words.aiming_verb and int(head[:2]) not in FORCE_ROOTS


def _restates(token: Token, candidate: Candidate, head: Candidate | None) -> bool:
    """A purpose clause of the same kind of act between the same sides adds no event."""
    if head is None or head.cameo[:2] != candidate.cameo[:2] or token.dep_ not in ("advcl", "xcomp"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    sides = {r.key for _, r in head.sources + head.targets}
    return {r.key for _, r in candidate.targets if r.kind != "unresolved"} <= sides


def _people(token: Token) -> bool:
    """A plural demonym ("Georgians", "thousands of Serbs"): the people of a country, not its state (a
    country's plural name is the state: "the Philippines protested", "the Netherlands")."""
    return (token.tag_ == "NNPS" and token.ent_type_ != "GPE") or (token.tag_ == "NNS" and token.ent_type_ == "NORP")


def _object_named(token: Token, alternatives: frozenset[str]) -> bool:
    """Whether a pattern's object alternatives name the object: its lemma, or joined to a modifier of it as the
    matcher joins them ("war games": wargame, "legal action": legalaction)."""
    lemma = token.lemma_.lower()
    return lemma in alternatives or any(c.lemma_.lower() + lemma in alternatives for c in token.children
                                        if c.dep_ in JOINED_DEPS)


def _state(ref: ActorRef) -> bool:
    """A state acting as such: a country, a capital or a government body or office holder."""
    return ref.kind == "country" or (ref.country is not None and ref.sector in STATE_SECTORS)


def joint_exercises(candidates: list[Candidate], words: Words) -> list[Candidate]:
    """Military exercises held by several countries, or with another, are military cooperation (062); so are
    patrols held by several countries ("agreed to resume joint military patrols along their border"), and an
    exercise or patrol its own words call joint ("the two navies will hold their first joint exercise", "a bilateral
    exercise": ``joint_adjective``), whoever the clause names (session 64)."""
    out = []
    for candidate in candidates:
        lemmas = {t.lemma_.lower() for t in candidate.trigger}
        exercise = bool(words.exercise_noun & lemmas)
        if lookup(candidate.cameo).root == POSTURE_ROOT and (exercise or words.patrol_noun & lemmas):
            countries = {ref.country for _, ref in candidate.sources if ref.country}
            joint = any(c.dep_ == "amod" and c.lower_ in words.joint_adjective for t in candidate.trigger
                        if t.lemma_.lower() in words.exercise_noun | words.patrol_noun for c in t.children)
            if len(countries) > 1 or (candidate.targets and exercise) or joint:
                candidate = dataclasses.replace(candidate, cameo=JOINT_EXERCISE)
        out.append(candidate)
    return out


def frame_clause(c: Candidate) -> Token | None:
    """The that-clause (``ccomp``) under the candidate's frame verb that holds its act: the candidate's head when it is
    that clause's verb ("agreed that Ukrainian specialists will train ...": "train"), or the clause the frame verb
    takes when the act is coded on the frame verb with its complement ("agreed their ministers would meet": 036);
    None when there is no frame verb or no such clause. Read by the status rules (the act agreed on:
    ``StatusJudge._agreed_in_the_future``) and the acts step (no agreeing a signing makes: ``acts._signs_agreed``)."""
    frame = c.frame_token
    if frame is None:
        return None
    if c.head.i == frame.i:
        return next((t for t in frame.children if t.dep_ == "ccomp"), None)
    return c.head if c.head.dep_ == "ccomp" and c.head.head.i == frame.i else None


def countries(knowledge: Knowledge, day: dt.date | None) -> CountryOf:
    """A country's actor by its code on ``day`` (what the ground rules need to name whose ground was hit), or its body
    of a sector (the state that arrests or summons: "GOV")."""
    def country(code: str, sector: str | None = None) -> ActorRef | None:
        entry = knowledge.kb.get(code)
        ref = knowledge.finder.entity_ref(entry, day) if entry is not None and entry.kind == "country" else None
        return knowledge.finder.sector_ref(ref, sector) if ref is not None and sector else ref
    return country


def extract(quoted: Quoted, knowledge: Knowledge) -> Extracted:
    """Step ``events``: the event candidates of every sentence, with event anaphora resolved."""
    extractor = Extractor(knowledge.lexicon, quoted.actors, countries(knowledge, quoted.article.date))
    candidates: list[Candidate] = []
    for index, sent in enumerate(quoted.actors.sentences):
        candidates.extend(extractor.candidates(sent, index))
    from detente.events.nonevents import drop_nonevents  # imports this module: import here, not at the top

    # candidates that assert no act of their own
    candidates = drop_nonevents(candidates, knowledge.lexicon, quoted.actors.view(quoted.doc))
    candidates = joint_exercises(resolve_event_anaphora(candidates, knowledge.lexicon, quoted.actors.view(quoted.doc),
                                                        found=quoted.actors),
                                 knowledge.lexicon.words)
    candidates = referents(candidates, quoted.actors, knowledge.lexicon)  # named through an act or an owner
    candidates = mutual(candidates, extractor)  # acts between two sides: their doers, no venue as a party
    candidates = pact_parties(candidates, quoted.actors, knowledge.lexicon.words, quoted.article.date)
    candidates = body_parties(candidates, quoted.actors, knowledge.lexicon.words)  # "a joint commission will meet"
    candidates = talks_parties(candidates, knowledge.lexicon.words)  # "agreed ... following talks in X"
    candidates = release_holders(candidates, quoted.actors)  # "demanded their release": whoever holds them
    # "the men were later charged": who arrested them; "the crew were freed": the story of taking
    candidates = restated_doers(candidates, quoted.actors, knowledge.lexicon.words)
    # "Turkey said 40 migrants had been deported": the state that tells it, when no earlier act gave the doer
    candidates = told_doers(candidates, extractor)
    candidates = granted_requests(candidates, quoted.actors)  # "asked X to fund ..., and X agreed": the askers
    # each sentence's parties of its clauses, read once for the three steps that weigh the story's parties (the actor
    # table no longer changes)
    claims = sentence_claims(quoted.actors, knowledge.lexicon.words)
    # "recalled its ambassador": a step with one's own means, aimed at the story's other party (before the rules that
    # would take it for an answer to another act)
    story = two_party_story(quoted.actors, knowledge.lexicon.words, claims)  # read once for the two steps that use it
    candidates = own_means_counterparts(candidates, quoted.actors, knowledge.lexicon, story)
    # "summoned X's envoy and demanded an apology": the word takes the joined act's target
    candidates = joined_targets(candidates, quoted.actors, knowledge.lexicon.words)
    candidates = counterparts(conditions(candidates, quoted.actors), quoted.actors, knowledge.lexicon,
                              knowledge.finder, claims)
    candidates = object_receivers(candidates, quoted.actors)  # "boats built for X's navy": the object's receiver
    candidates = aid_receivers(candidates)  # "... has promised more help": whom the doer's earlier gifts went to
    candidates = cooperative_counterparts(candidates, quoted.actors, knowledge.lexicon, claims)  # "welcomed the move"
    candidates = aid_here(candidates, quoted.actors, knowledge.lexicon)  # a gift told from the stricken country: to it
    candidates = nominal_counterparts(candidates, quoted.actors, knowledge.lexicon, story)  # "its own tariffs"
    # "40 people were arrested": the state whose ground the story is on (after counterparts: no other party added)
    candidates = held_here(candidates, quoted.actors, knowledge.lexicon, extractor.ground,
                           countries(knowledge, quoted.article.date))
    # "the opposition criticised the deal": its own state, not the deal's parties (after the targets from context)
    candidates = home_targets(candidates, quoted.actors, knowledge.lexicon.words,
                              countries(knowledge, quoted.article.date))
    candidates = victims(candidates, extractor.ground, knowledge.lexicon.words)  # after targets from context
    # "urged its partners to ratify the accord with X": the addressee is asked, not X (after all targets are found)
    candidates = addressed_targets(candidates, quoted.actors)
    return Extracted(article=quoted.article, doc=quoted.doc, actors=quoted.actors, quotes=quoted.quotes,
                     candidates=tuple(candidates))
