"""The event lexicon: verb patterns, event nouns, light verbs, reporting frames and frame combinations.

Files and their format are documented in ``data/lexicon/README.md``. Precedence
when several verb patterns match one verb: a pattern with a required object or
complement beats one with only particles, which beats the bare verb; among equal
specificity the longer pattern wins, and a named object or complement beats a ``*`` wildcard; then an
object matched on its own head beats one matched
only on a modifier ("a supply vessel" is a vessel); remaining ties go to the earlier line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from detente.events.speakers import SAY_KINDS
from detente.parse_view import TokenView

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from detente.parse_view import ParseView


NO_CODE = "-"  # a verbs.tsv line whose sense codes nothing ("flew them to": transport, not a visit)
BODY_LEMMA = "organization"  # what an object naming an intergovernmental body is matched as ("joined NATO")
SAME_ACT = "="  # a combinations.tsv result: the frame leaves the act its own code ("plan a protest": the protest)


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Pattern:
    cameo: str
    verb: str
    particles: tuple[str, ...] = ()
    obj: frozenset[str] | None = None
    obj_prep: str | None = None  # the preposition whose object the ``+`` item constrains
    comp: frozenset[str] | None = None
    subj: frozenset[str] | None = None  # required subject head lemma: "relations deteriorated"
    line: int = 0
    text: str = ""  # the pattern as written in verbs.tsv

    @property
    def size(self) -> int:
        """How many items beside the verb the pattern requires (0: the bare verb)."""
        return len(self.particles) + bool(self.obj) + bool(self.comp) + bool(self.subj)

    @property
    def specificity(self) -> tuple[int, int, int, int]:
        constrained = 2 if (self.obj or self.comp or self.subj) else 1 if self.particles else 0
        size = self.size
        # a named object says more than "any object": "provide +weapon" (072) beats "provide +*" (070)
        named = int(not any("*" in alternatives for alternatives in (self.obj, self.comp) if alternatives))
        return (constrained, size, named, -self.line)


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb lemma's patterns, best first, with what of the clause they test (made once per lexicon,
    :meth:`Lexicon.verb_entries`): matching reads only what some pattern of the lemma names, so that a verb
    whose patterns name no particle never has its prepositions gathered, one whose patterns name no object
    never has its objects read."""

    patterns: tuple[Pattern, ...]
    ranks: tuple[tuple[int, int], ...]  # each pattern's specificity[:2] (its rank: constrained, size)
    bare: bool  # only bare patterns: nothing about the clause to look at
    particles: bool  # some pattern names a particle (and so, perhaps, a preposition's object)
    obj: bool  # some pattern names an object
    comp: bool  # some pattern names a complement
    subj: bool  # some pattern names a subject

    @classmethod
    def of(cls, patterns: Iterable[Pattern]) -> VerbEntry:
        """The entry of a lemma's patterns, given best first."""
        kept = tuple(patterns)
        return cls(patterns=kept, ranks=tuple(p.specificity[:2] for p in kept), bare=kept[0].size == 0,
                   particles=any(p.particles for p in kept), obj=any(p.obj is not None for p in kept),
                   comp=any(p.comp is not None for p in kept), subj=any(p.subj is not None for p in kept))


@dataclass(frozen=True, slots=True)
class Words:
    """The closed word classes of ``words.tsv`` (one attribute per kind; see its header)."""

    target_prep: frozenset[str] = frozenset()
    aim_prep: frozenset[str] = frozenset()
    fired_at_prep: frozenset[str] = frozenset()
    reciprocal_prep: frozenset[str] = frozenset()
    inner_prep: frozenset[str] = frozenset()
    about_prep: frozenset[str] = frozenset()
    about_act_prep: frozenset[str] = frozenset()
    place_prep: frozenset[str] = frozenset()
    destination_prep: frozenset[str] = frozenset()
    territory_noun: frozenset[str] = frozenset()
    host_verb: frozenset[str] = frozenset()
    vague_deed: frozenset[str] = frozenset()
    trip_verb: frozenset[str] = frozenset()
    arrival_verb: frozenset[str] = frozenset()
    trip_noun: frozenset[str] = frozenset()
    invitation_noun: frozenset[str] = frozenset()
    meeting_verb: frozenset[str] = frozenset()
    meeting_noun: frozenset[str] = frozenset()
    gathering_noun: frozenset[str] = frozenset()
    making_occasion_noun: frozenset[str] = frozenset()
    ceremony_noun: frozenset[str] = frozenset()
    ceremony_verb: frozenset[str] = frozenset()
    presence_verb: frozenset[str] = frozenset()
    dispatch_verb: frozenset[str] = frozenset()
    forces_verb: frozenset[str] = frozenset()
    object_control_verb: frozenset[str] = frozenset()
    chase_verb: frozenset[str] = frozenset()
    yield_verb: frozenset[str] = frozenset()
    harm_verb: frozenset[str] = frozenset()
    claim_verb: frozenset[str] = frozenset()
    hyphen_doer_verb: frozenset[str] = frozenset()  # "the Qatari-mediated talks": Qatar mediates
    accord_noun: frozenset[str] = frozenset()  # "signed a pact to build a bridge": the signers build
    accord_verb: frozenset[str] = frozenset()  # sign, reach, conclude: the verbs an accord_noun is made by
    signed_paper_noun: frozenset[str] = frozenset()  # "The notes were signed by ...": a paper signed, told again
    paper_exchange_verb: frozenset[str] = frozenset()  # "under notes exchanged in X": a verb that makes a paper
    accord_part_noun: frozenset[str] = frozenset()  # "Under its terms, ...": a part of an agreement named before
    contrast_mark: frozenset[str] = frozenset()  # "..., while Korea will lend ...": framed as the clause before
    carrier_verb: frozenset[str] = frozenset()
    exposure_prep: frozenset[str] = frozenset()
    goods_noun: frozenset[str] = frozenset()
    currency_noun: frozenset[str] = frozenset()
    month_noun: frozenset[str] = frozenset()
    reaction_verb: frozenset[str] = frozenset()
    overriding_prep: frozenset[str] = frozenset()
    overridden_noun: frozenset[str] = frozenset()
    effect_noun: frozenset[str] = frozenset()
    implicative_verb: frozenset[str] = frozenset()
    attempt_verb: frozenset[str] = frozenset()
    complain_verb: frozenset[str] = frozenset()
    tense_aux: frozenset[str] = frozenset()
    unreal_aux: frozenset[str] = frozenset()
    generic_anaphor: frozenset[str] = frozenset()
    summing_noun: frozenset[str] = frozenset()
    definite_det: frozenset[str] = frozenset()
    possessive_det: frozenset[str] = frozenset()
    other_occasion_adj: frozenset[str] = frozenset()
    new_act_marker: frozenset[str] = frozenset()
    exercise_noun: frozenset[str] = frozenset()
    patrol_noun: frozenset[str] = frozenset()
    joint_adjective: frozenset[str] = frozenset()
    unit_noun: frozenset[str] = frozenset()
    act_subject_verb: frozenset[str] = frozenset()
    not_actor_entity: frozenset[str] = frozenset()
    pronoun_masculine: frozenset[str] = frozenset()
    pronoun_feminine: frozenset[str] = frozenset()
    pronoun_thing: frozenset[str] = frozenset()
    pronoun_plural: frozenset[str] = frozenset()
    pronoun_object: frozenset[str] = frozenset()
    pronoun_first_singular: frozenset[str] = frozenset()
    pronoun_first_plural: frozenset[str] = frozenset()
    pair_noun: frozenset[str] = frozenset()
    pair_noun_person: frozenset[str] = frozenset()
    pair_noun_any: frozenset[str] = frozenset()
    sector_free_noun: frozenset[str] = frozenset()  # "customs fees": no body of the customs service
    pair_noun_nonstate: frozenset[str] = frozenset()
    plan_verb: frozenset[str] = frozenset()
    pair_alone_noun: frozenset[str] = frozenset()
    pair_all_noun: frozenset[str] = frozenset()
    pair_adjective: frozenset[str] = frozenset()
    war_word: frozenset[str] = frozenset()  # "the war between X and Y", "X invaded Y": whom "the warring parties" are
    ally_noun: frozenset[str] = frozenset()
    adverb_particle: frozenset[str] = frozenset()
    out_of_particle: frozenset[str] = frozenset()
    leaving_verb: frozenset[str] = frozenset()
    adjective_particle: frozenset[str] = frozenset()
    fire_noun: frozenset[str] = frozenset()
    aim_verb: frozenset[str] = frozenset()
    hit_place_prep: frozenset[str] = frozenset()
    seat_prep: frozenset[str] = frozenset()
    grievance_prep: frozenset[str] = frozenset()
    border_noun: frozenset[str] = frozenset()
    route_noun: frozenset[str] = frozenset()
    way_prep: frozenset[str] = frozenset()
    shore_noun: frozenset[str] = frozenset()
    crossing_noun: frozenset[str] = frozenset()
    island_noun: frozenset[str] = frozenset()
    vicinity_prep: frozenset[str] = frozenset()
    aiming_verb: frozenset[str] = frozenset()
    victim_verb: frozenset[str] = frozenset()
    owner_participle: frozenset[str] = frozenset()
    apposed_share: frozenset[str] = frozenset()
    no_share: frozenset[str] = frozenset()
    allegiance_word: frozenset[str] = frozenset()
    affiliation_word: frozenset[str] = frozenset()
    splinter_word: frozenset[str] = frozenset()
    armed_people_noun: frozenset[str] = frozenset()
    sideless_noun: frozenset[str] = frozenset()
    downed_craft_noun: frozenset[str] = frozenset()
    claimed_noun: frozenset[str] = frozenset()
    speech_verb: frozenset[str] = frozenset()
    briefing_verb: frozenset[str] = frozenset()
    office_noun: frozenset[str] = frozenset()
    office_verb: frozenset[str] = frozenset()
    quote_verb: frozenset[str] = frozenset()
    issue_verb: frozenset[str] = frozenset()
    raising_verb: frozenset[str] = frozenset()
    blamed_participle: frozenset[str] = frozenset()
    naming_verb: frozenset[str] = frozenset()
    abroad_noun: frozenset[str] = frozenset()
    opening_verb: frozenset[str] = frozenset()
    closing_verb: frozenset[str] = frozenset()
    visiting_envoy_noun: frozenset[str] = frozenset()
    seated_noun: frozenset[str] = frozenset()
    envoy_noun: frozenset[str] = frozenset()
    envoy_adjective: frozenset[str] = frozenset()
    visitor_noun: frozenset[str] = frozenset()
    visitor_modifier: frozenset[str] = frozenset()
    labour_body_noun: frozenset[str] = frozenset()
    civic_body_noun: frozenset[str] = frozenset()
    judging_body_noun: frozenset[str] = frozenset()
    capital_noun: frozenset[str] = frozenset()
    accusation_verb: frozenset[str] = frozenset()
    accusation_prep: frozenset[str] = frozenset()
    legal_verb: frozenset[str] = frozenset()
    criminal_verb: frozenset[str] = frozenset()
    prevention_verb: frozenset[str] = frozenset()
    dissuasion_verb: frozenset[str] = frozenset()
    question_mark: frozenset[str] = frozenset()
    open_question_verb: frozenset[str] = frozenset()
    stance_aux: frozenset[str] = frozenset()
    condition_mark: frozenset[str] = frozenset()
    protasis_mark: frozenset[str] = frozenset()
    protasis_adverb: frozenset[str] = frozenset()
    purpose_mark: frozenset[str] = frozenset()
    purpose_verb: frozenset[str] = frozenset()
    partner_prep: frozenset[str] = frozenset()
    joining_verb: frozenset[str] = frozenset()
    mutual_verb: frozenset[str] = frozenset()
    prior_mark: frozenset[str] = frozenset()
    name_suffix: frozenset[str] = frozenset()
    proxy_noun: frozenset[str] = frozenset()
    occasion_noun: frozenset[str] = frozenset()
    speech_occasion_noun: frozenset[str] = frozenset()
    time_occasion_noun: frozenset[str] = frozenset()
    force_operation_noun: frozenset[str] = frozenset()
    occasion_mark: frozenset[str] = frozenset()
    occasion_prep: frozenset[str] = frozenset()
    trip_prep: frozenset[str] = frozenset()
    meeting_party_prep: frozenset[str] = frozenset()
    granted_prep: frozenset[str] = frozenset()
    founding_partner_prep: frozenset[str] = frozenset()
    sitting_noun: frozenset[str] = frozenset()
    border_side_noun: frozenset[str] = frozenset()
    ground_prep: frozenset[str] = frozenset()
    held_place_prep: frozenset[str] = frozenset()
    own_ground_word: frozenset[str] = frozenset()
    joint_word: frozenset[str] = frozenset()
    state_side_noun: frozenset[str] = frozenset()
    joint_body_noun: frozenset[str] = frozenset()
    joint_body_mark: frozenset[str] = frozenset()
    venue_modifier: frozenset[str] = frozenset()
    name_entity: frozenset[str] = frozenset()
    not_doer_noun: frozenset[str] = frozenset()
    ergative_verb: frozenset[str] = frozenset()
    nobody_det: frozenset[str] = frozenset()
    generic_word: frozenset[str] = frozenset()
    container_noun: frozenset[str] = frozenset()
    effort_noun: frozenset[str] = frozenset()
    suspension_noun: frozenset[str] = frozenset()
    condemning_word: frozenset[str] = frozenset()
    response_verb: frozenset[str] = frozenset()
    measure_verb: frozenset[str] = frozenset()
    response_measure: frozenset[str] = frozenset()
    response_modifier: frozenset[str] = frozenset()
    befall_verb: frozenset[str] = frozenset()
    befall_bare_verb: frozenset[str] = frozenset()
    befall_noun: frozenset[str] = frozenset()
    unanswered_word: frozenset[str] = frozenset()
    country_noun: frozenset[str] = frozenset()
    neighbour_noun: frozenset[str] = frozenset()
    neighbour_adjective: frozenset[str] = frozenset()
    member_noun: frozenset[str] = frozenset()
    copula_verb: frozenset[str] = frozenset()
    blame_verb: frozenset[str] = frozenset()
    culpable_adjective: frozenset[str] = frozenset()
    relation_noun: frozenset[str] = frozenset()
    tie_noun: frozenset[str] = frozenset()
    appeal_verb: frozenset[str] = frozenset()
    assembly_verb: frozenset[str] = frozenset()
    onset_verb: frozenset[str] = frozenset()
    routine_verb: frozenset[str] = frozenset()
    trade_verb: frozenset[str] = frozenset()
    standing_verb: frozenset[str] = frozenset()
    span_noun: frozenset[str] = frozenset()
    rule_adverb: frozenset[str] = frozenset()
    aspiration_verb: frozenset[str] = frozenset()
    uprooting_verb: frozenset[str] = frozenset()
    habit_det: frozenset[str] = frozenset()
    standing_adverb: frozenset[str] = frozenset()
    persistence_verb: frozenset[str] = frozenset()
    power_noun: frozenset[str] = frozenset()
    permit_verb: frozenset[str] = frozenset()
    letting_verb: frozenset[str] = frozenset()
    obligation_verb: frozenset[str] = frozenset()
    creation_verb: frozenset[str] = frozenset()
    displacement_verb: frozenset[str] = frozenset()
    instrument_noun: frozenset[str] = frozenset()
    pending_adverb: frozenset[str] = frozenset()
    pending_prep: frozenset[str] = frozenset()
    class_determiner: frozenset[str] = frozenset()
    command_verb: frozenset[str] = frozenset()
    custody_verb: frozenset[str] = frozenset()
    directive_verb: frozenset[str] = frozenset()
    wish_verb: frozenset[str] = frozenset()
    expectation_verb: frozenset[str] = frozenset()
    pledge_noun: frozenset[str] = frozenset()
    acceptance_verb: frozenset[str] = frozenset()
    sought_verb: frozenset[str] = frozenset()
    benefit_verb: frozenset[str] = frozenset()
    relief_word: frozenset[str] = frozenset()
    consent_prep: frozenset[str] = frozenset()
    consent_noun: frozenset[str] = frozenset()
    posting_verb: frozenset[str] = frozenset()
    posted_prep: frozenset[str] = frozenset()
    building_verb: frozenset[str] = frozenset()
    aid_place_prep: frozenset[str] = frozenset()
    paying_verb: frozenset[str] = frozenset()
    complaint_verb: frozenset[str] = frozenset()
    feeling_adjective: frozenset[str] = frozenset()
    readiness_adjective: frozenset[str] = frozenset()
    feeling_verb: frozenset[str] = frozenset()
    framework_prep: frozenset[str] = frozenset()
    means_prep: frozenset[str] = frozenset()
    place_noun: frozenset[str] = frozenset()
    facility_noun: frozenset[str] = frozenset()
    water_noun: frozenset[str] = frozenset()
    vessel_noun: frozenset[str] = frozenset()
    generic_vessel_noun: frozenset[str] = frozenset()
    state_craft_word: frozenset[str] = frozenset()
    side_prefix: frozenset[str] = frozenset()
    designation_suffix: frozenset[str] = frozenset()
    namesake_noun: frozenset[str] = frozenset()
    region_word: frozenset[str] = frozenset()
    sale_verb: frozenset[str] = frozenset()
    giving_verb: frozenset[str] = frozenset()
    offering_verb: frozenset[str] = frozenset()
    topic_noun: frozenset[str] = frozenset()
    forum_noun: frozenset[str] = frozenset()
    topic_prep: frozenset[str] = frozenset()
    summary_noun: frozenset[str] = frozenset()
    decision_noun: frozenset[str] = frozenset()
    accusation_noun: frozenset[str] = frozenset()
    enacted_noun: frozenset[str] = frozenset()
    enact_verb: frozenset[str] = frozenset()
    speech_noun: frozenset[str] = frozenset()
    handover_noun: frozenset[str] = frozenset()
    fate_noun: frozenset[str] = frozenset()
    inquiry_noun: frozenset[str] = frozenset()
    misdeed_noun: frozenset[str] = frozenset()
    reason_prep: frozenset[str] = frozenset()
    removal_verb: frozenset[str] = frozenset()
    state_act_verb: frozenset[str] = frozenset()
    summons_verb: frozenset[str] = frozenset()
    absence_word: frozenset[str] = frozenset()
    traveller_noun: frozenset[str] = frozenset()
    membership_verb: frozenset[str] = frozenset()
    membership_noun: frozenset[str] = frozenset()
    principal_noun: frozenset[str] = frozenset()
    backing_noun: frozenset[str] = frozenset()
    conduit_noun: frozenset[str] = frozenset()
    forum_prep: frozenset[str] = frozenset()
    authored_noun: frozenset[str] = frozenset()
    party_word: frozenset[str] = frozenset()
    bound_prep: frozenset[str] = frozenset()
    same_day_span: frozenset[str] = frozenset()
    sequel_verb: frozenset[str] = frozenset()
    deadline_prep: frozenset[str] = frozenset()
    period_part_noun: frozenset[str] = frozenset()
    body_word: frozenset[str] = frozenset()
    junta_noun: frozenset[str] = frozenset()
    junta_head: frozenset[str] = frozenset()
    junta_modifier: frozenset[str] = frozenset()
    home_level_word: frozenset[str] = frozenset()
    centre_noun: frozenset[str] = frozenset()
    author_prep: frozenset[str] = frozenset()
    own_force_word: frozenset[str] = frozenset()
    former_word: frozenset[str] = frozenset()
    head_title: frozenset[str] = frozenset()
    court_noun: frozenset[str] = frozenset()
    venue_prep: frozenset[str] = frozenset()
    case_noun: frozenset[str] = frozenset()
    mission_prep: frozenset[str] = frozenset()
    honorific: frozenset[str] = frozenset()
    host_city: frozenset[str] = frozenset()
    birth_word: frozenset[str] = frozenset()
    private_person_noun: frozenset[str] = frozenset()
    general_person_noun: frozenset[str] = frozenset()
    national_body_noun: frozenset[str] = frozenset()
    crew_noun: frozenset[str] = frozenset()
    crew_member_noun: frozenset[str] = frozenset()
    office_holder_noun: frozenset[str] = frozenset()
    body_noun: frozenset[str] = frozenset()
    home_critic_sector: frozenset[str] = frozenset()
    home_state_noun: frozenset[str] = frozenset()
    told_act_prep: frozenset[str] = frozenset()
    gratitude_verb: frozenset[str] = frozenset()
    demonym_object_prep: frozenset[str] = frozenset()
    hearsay_noun: frozenset[str] = frozenset()
    medium_noun: frozenset[str] = frozenset()
    official_medium_word: frozenset[str] = frozenset()
    seat_noun: frozenset[str] = frozenset()

    @property
    def person_pronouns(self) -> frozenset[str]:
        return self.pronoun_masculine | self.pronoun_feminine

    @property
    def first_person(self) -> frozenset[str]:
        return self.pronoun_first_singular | self.pronoun_first_plural

    def is_person_noun(self, lemma: str) -> bool:
        """Whether a lemma names people of no sector: a ``private_person_noun`` or a ``general_person_noun``."""
        return lemma in self.private_person_noun or lemma in self.general_person_noun

    @property
    def signed_papers(self) -> frozenset[str]:
        """The nouns of a text signed, told again: an ``accord_noun`` or a ``signed_paper_noun`` ("The agreement was
        signed by ...", "The notes were signed by ...")."""
        return self.accord_noun | self.signed_paper_noun

    @property
    def pair_nouns(self) -> frozenset[str]:
        return self.pair_noun | self.pair_noun_person | self.pair_noun_any

    @property
    def capital_place_prep(self) -> frozenset[str]:
        """A capital after one of these is the place, not its government ("in Moscow", but
        "sanctions on Moscow" target the government)."""
        return self.place_prep - self.target_prep


WORD_KINDS = tuple(Words.__dataclass_fields__)


def load_words(path: Path) -> Words:
    """Read ``words.tsv``; an unknown kind is an error naming the line."""
    kinds: dict[str, set[str]] = {kind: set() for kind in WORD_KINDS}
    for number, row in _rows(path):
        kind, word = row.get("kind", "").strip(), row.get("word", "").strip()
        if kind not in kinds:
            raise LexiconError(f"{path.name} line {number}: unknown kind {kind!r} (known: {', '.join(WORD_KINDS)})")
        if not word:
            raise LexiconError(f"{path.name} line {number}: no word")
        kinds[kind].add(word)
    return Words(**{kind: frozenset(words) for kind, words in kinds.items()})


@dataclass
class Lexicon:
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)  # lemma -> patterns, best first
    nouns: dict[str, str] = field(default_factory=dict)  # event noun lemma -> CAMEO code
    light_verbs: frozenset[str] = frozenset()
    reporting: dict[str, str] = field(default_factory=dict)  # lemma -> say|deny|intend|hypothetical|question
    combinations: dict[tuple[str, str], str] = field(default_factory=dict)  # (frame, code prefix) -> code
    # event noun lemma -> the verb lemmas it is made from, where it is not the verb with a suffix (nominalisations.tsv)
    made_from: dict[str, frozenset[str]] = field(default_factory=dict)
    # event noun lemma -> codes of acts it names besides its own, what they were done to deciding (nominalisations.tsv)
    also_names: dict[str, frozenset[str]] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> cue words and phrases
    words: Words = field(default_factory=Words)  # closed word classes the rules test against
    lines: dict[tuple[str, str], int] = field(default_factory=dict)  # (file, key) -> line, for explanations
    # the anonymity cues' Openings with the cues they were made from (anonymity_openings)
    _anonymity: tuple[frozenset[str], Openings] | None = field(default=None, repr=False, compare=False)
    # the verbs table's entries with the table they were made from (verb_entries)
    _verb_entries: tuple[dict[str, list[Pattern]], dict[str, VerbEntry]] | None = field(default=None, repr=False,
                                                                                       compare=False)
    # the verb lemmas with a pattern of a code, by code, with the table they were made from (verbs_coded)
    _coded: tuple[dict[str, list[Pattern]], dict[str, frozenset[str]]] | None = field(default=None, repr=False,
                                                                                   compare=False)

    def says(self, lemma: str) -> bool:
        """Whether a lemma is a verb of saying: one that reporting.tsv files as ``say`` or ``deny`` ("said",
        "denied"), whose clause is what its speaker told; not ``intend``, ``hypothetical`` nor ``question``."""
        return self.reporting.get(lemma) in SAY_KINDS

    def frames(self, lemma: str, kind: str) -> bool:
        """Whether reporting.tsv files a lemma as a frame of this kind (``say``, ``deny``, ``intend``, ...): "said"
        is a ``say`` frame, "denied" a ``deny`` one."""
        return self.reporting.get(lemma) == kind

    def to_come(self, word: str) -> bool:
        """Whether a word (lower case) is a modal of a time to come: a ``future`` cue of cues.tsv ("will", "shall",
        "'ll", the "wo" of "won't"), or "would", the "will" of reported speech told in the past ("said it would
        strike"; cues.tsv files it as ``hypothetical``, which it is outside reported speech)."""
        return word in self.cues.get("future", ()) or word == "would"

    def anonymity_openings(self) -> Openings:
        """How a copy formula's words may start: the ``anonymity`` cues, also after "on" ("on condition of
        anonymity"). Made once for the cues (every article's extractor tests them), again if they change."""
        cues = self.cues.get("anonymity", frozenset())
        if self._anonymity is None or self._anonymity[0] is not cues:
            self._anonymity = (cues, Openings((*cues, *("on " + cue for cue in cues))))
        return self._anonymity[1]

    def verb_entries(self) -> dict[str, VerbEntry]:
        """The verbs table as :class:`VerbEntry` items by lemma (lemmas with no pattern left out). Made once for
        the table (every verb of every article is looked up in it), again if the table is replaced; the table is
        not changed in place once the lexicon is loaded."""
        if self._verb_entries is None or self._verb_entries[0] is not self.verbs:
            entries = {lemma: VerbEntry.of(patterns) for lemma, patterns in self.verbs.items() if patterns}
            self._verb_entries = (self.verbs, entries)
        return self._verb_entries[1]

    def verbs_coded(self, code: str) -> frozenset[str]:
        """The verb lemmas of which some pattern codes ``code`` ("receive", "welcome", "host" for 043). Made once a
        code for the table, as :meth:`verb_entries` (a rule asking it of every act would otherwise read the whole
        verbs table each time), again if the table is replaced."""
        if self._coded is None or self._coded[0] is not self.verbs:
            self._coded = (self.verbs, {})
        made = self._coded[1]
        if code not in made:
            made[code] = frozenset(lemma for lemma, patterns in self.verbs.items()
                                   if any(p.cameo == code for p in patterns))
        return made[code]

    def match_verb(self, token: Token, view: ParseView | None = None) -> Pattern | None:
        """The best pattern for a verb token, judged on its particles, object and complement; ``view``:
        the parse of the token's doc as lists (:class:`detente.parse_view.ParseView`), if the caller has it.

        None when no pattern matches or when the best one is a sense that codes nothing (NO_CODE)."""
        best = self.verb_pattern(token, view)
        return None if best is None or best.cameo == NO_CODE else best

    def verb_pattern(self, token: Token, view: ParseView | None = None,
                     bodies: frozenset[int] = frozenset()) -> Pattern | None:
        """The best pattern for a verb token, a sense that codes nothing (a ``-`` line, ``NO_CODE``) included:
        then its object codes nothing either, not even as a light verb's event noun ("make further
        announcements"); :meth:`match_verb` is this without such senses. ``bodies``: the indices of objects
        the caller knows name an intergovernmental body ("joined NATO"), matched as the lemma ``organization``
        as well as their own."""
        if bodies:
            return self._best_verb_pattern(token, view or TokenView(token.doc), bodies)
        if view is None:
            return self._best_verb_pattern(token, TokenView(token.doc))
        # kept on the doc's view, by token index, for this lexicon (held in the entry: its id is not reused while the
        # view lives); the events and the status steps ask for the same verbs
        mine = view.memo.get(("verb_pattern", id(self)))
        if mine is None or mine[0] is not self:
            mine = view.memo[("verb_pattern", id(self))] = (self, {})
        memo: dict[int, Pattern | None] = mine[1]
        i = token.i
        if i not in memo:
            memo[i] = self._best_verb_pattern(token, view)
        return memo[i]

    def _best_verb_pattern(self, token: Token, view: ParseView | TokenView,
                           bodies: frozenset[int] = frozenset()) -> Pattern | None:
        i, dep, lemma, kids = token.i, view.dep, view.lemma, view.children
        prefix = _hyphen_prefix(token, view)  # "test-fired" is looked up as "testfire" first
        entries = self.verb_entries()
        entry = (prefix and entries.get(prefix + lemma[i])) or entries.get(lemma[i])
        if entry is None:
            return None
        patterns = entry.patterns
        if entry.bare:
            return patterns[0]  # only bare patterns: nothing about the clause to look at
        children = kids[i]
        if lemma[i] in self.words.naming_verb and any(dep[c] == "oprd" for c in children):
            return None  # "called the strikes a clear violation": the strikes are named, not called (143)
        # what the lemma's patterns test, and only that, is read off the clause (``VerbEntry``): the particles (and
        # the objects of prepositions) only for a lemma with a pattern naming one, and so on
        preps, on_comp = self._particles(i, view) if entry.particles else ({}, {})
        objects = self._objects(token, view) if entry.obj else []
        # an adjective complement is one too: "was skeptical about the plan" (``be ~skeptical``)
        comps = {lemma[c] for c in children if dep[c] in ("xcomp", "ccomp", "acomp")} if entry.comp else set()
        # "called on President X to free ...": a to-infinitive with no subject or mark of its own that the parser hung
        # after the verb as an adverbial clause is some complement (``~*``), not a named one (a purpose clause may be)
        loose = entry.comp and any(dep[c] == "advcl" and c > i and _bare_infinitive(token.doc, view, c)
                                   for c in children)
        subjects: list[int] = []
        if entry.subj:
            subjects = [c for c in children if dep[c] in ("nsubj", "nsubjpass")]
            if not subjects and dep[i] == "xcomp":  # "troops have begun leaving": the governing verb's subject
                subjects = [c for c in kids[view.head[i]] if dep[c] in ("nsubj", "nsubjpass")]
        # the lemmas an object may be matched on, by the preposition whose object it is (None: the verb's own)
        matched: dict[str | None, tuple[bool, frozenset[str], frozenset[str]]] = {}
        # a pattern matched only on a modifier or a contained noun ("a supply vessel", "a round of
        # talks") gives way to one of the same rank matched on the object's own head ("vessel")
        indirect: Pattern | None = None
        indirect_rank = (0, 0)
        for pattern, rank in zip(patterns, entry.ranks):
            if indirect is not None and rank != indirect_rank:
                return indirect
            if pattern.particles and not all(map(preps.__contains__, pattern.particles)):  # one is missing
                continue
            if on_comp and any(p in on_comp and (pattern.comp is None or on_comp[p] not in pattern.comp)
                               for p in pattern.particles):
                continue  # a particle found on an adjective complement the pattern does not name
            if pattern.obj is not None:
                if pattern.obj_prep not in matched:
                    matched[pattern.obj_prep] = _object_lemmas(view, objects, preps, pattern.obj_prep,
                                                               self.words.suspension_noun, bodies,
                                                               self.words.vessel_noun)
                some, own, contained = matched[pattern.obj_prep]
                direct = True
                if "*" in pattern.obj:
                    if not some:
                        continue
                elif pattern.obj.isdisjoint(own):
                    if pattern.obj.isdisjoint(contained):
                        continue
                    direct = False
            if pattern.comp is not None and not (comps & pattern.comp or ((comps or loose) and "*" in pattern.comp)):
                continue
            if pattern.comp is not None and self._comp_codes_nothing(token, view, pattern.comp):
                continue  # "vowed to fight the charges": a "-" sense of the complement is no fight to vow
            if pattern.subj is not None and not any(lemma[c] in pattern.subj for c in subjects):
                continue
            if pattern.obj is not None and not direct:
                if indirect is None:
                    indirect, indirect_rank = pattern, rank
                continue
            return pattern
        return indirect

    def _particles(self, i: int, view: ParseView | TokenView) -> tuple[dict[str, int], dict[str, str]]:
        """What a verb's (index ``i``) patterns may name as particles, by word: its particles, prepositions, agent
        and dative, as the parser hangs them on it or on what it holds; and the particles found on an adjective
        complement, with that complement's lemma ("is due in Beirut")."""
        dep, lower, lemma, kids = view.dep, view.lower, view.lemma, view.children
        children = kids[i]
        preps = {lower[c]: c for c in children if dep[c] in ("prt", "prep", "agent", "dative")}
        # the parser often makes a particle an adverb ("hit back at", "stepped down")
        for c in children:
            if dep[c] == "advmod" and lower[c] in self.words.adverb_particle:
                preps.setdefault(lower[c], c)
        # the parser makes the particle of "set free" an adjective of the object: "set free 30 journalists"
        for o in children:
            if dep[o] == "dobj":
                preps.update({lower[c]: c for c in kids[o] if dep[c] == "amod" and (c == i + 1 or c > o)
                              and lower[c] in self.words.adjective_particle and lower[c] not in preps})
        # a fixed object counts as a particle: "take part in", "pay tribute to"
        preps.update({lemma[c]: c for c in children if dep[c] == "dobj" and lemma[c] not in preps})
        # "is due in Beirut": the parser hangs the preposition on the adjective complement, and it counts as the
        # verb's particle for a pattern naming that complement (``be in ~due``)
        on_comp = {lower[g]: lemma[c] for c in children if dep[c] == "acomp"
                   for g in kids[c] if dep[g] == "prep" and lower[g] not in preps}
        preps.update({lower[g]: g for c in children if dep[c] == "acomp"
                      for g in kids[c] if dep[g] == "prep" and lower[g] not in preps})
        for particle in list(preps.values()):  # "walk out of": "of" hangs under "out"
            for grand in kids[particle]:
                if dep[grand] == "prep":
                    preps.setdefault(lower[grand], grand)
        for c in children:  # "called for Serbia to recognise ...": the "for" is the mark of a clause with a subject
            if dep[c] == "advcl" and any(dep[g] == "nsubj" for g in kids[c]):
                for g in kids[c]:
                    if dep[g] == "mark" and lower[g] == "for":
                        preps.setdefault("for", g)
        return preps, on_comp

    def _objects(self, token: Token, view: ParseView | TokenView) -> list[int]:
        """What a verb's patterns match a ``+`` object on when it names no preposition: the verb's objects (a
        passive's subject, an attribute), or the noun a relative clause or a past participle is on."""
        i, dep, lower, kids = token.i, view.dep, view.lower, view.children
        children = kids[i]
        objects = [c for c in children if dep[c] in ("dobj", "nsubjpass", "attr", "oprd")]
        if dep[i] == "relcl" and any(dep[c] == "nsubj" and lower[c] not in RELATIVE_WORDS for c in children):
            # "the tariffs (that) Washington imposed on Canada": the noun the clause is on is its object
            objects = [c for c in objects if lower[c] not in RELATIVE_WORDS] or [view.head[i]]
        elif dep[i] == "acl" and not objects and token.tag_ == "VBN":
            # "video released by the coast guard": a past participle on a noun tells what was done to it
            objects = [view.head[i]]
        if dep[i] == "conj":  # "summoned the ambassador and ordered him to leave", "broke off relations and restored
            # them": an object pronoun ("him", "her", "them"; not "it", which the actor step may read as a country)
            # stands for the object of the verb it is joined to
            back = self.words.person_pronouns | self.words.pronoun_plural
            before = [c for c in kids[view.head[i]] if dep[c] == "dobj" and lower[c] not in back
                      and lower[c] not in self.words.pronoun_thing]
            objects = [o for c in objects for o in (before or [c] if dep[c] == "dobj" and lower[c] in back else [c])]
        return objects

    def _comp_codes_nothing(self, token: Token, view: ParseView | TokenView, comp: frozenset[str]) -> bool:
        """Whether every verb complement of ``token`` that a pattern's complement ``comp`` names is taken by a sense
        that codes nothing ("vowed to fight the charges", "vowed to fight corruption": ``-  fight +charge``)."""
        dep, lemma = view.dep, view.lemma
        named = [c for c in view.children[token.i] if dep[c] in ("xcomp", "ccomp")
                 and (lemma[c] in comp or "*" in comp) and token.doc[c].pos_ in ("VERB", "AUX")]
        if not named:
            return False
        # (on a doc's view the complement's pattern is kept with the view's: the events step asks for it again)
        patterns = [self._best_verb_pattern(token.doc[c], view) if isinstance(view, TokenView)
                    else self.verb_pattern(token.doc[c], view) for c in named]
        return all(p is not None and p.cameo == NO_CODE for p in patterns)

    def event_noun(self, token: Token, view: ParseView | None = None) -> str | None:
        """The lexicon lemma of an event noun, joining a compound ("cease-fire", "war game"); ``view``: the
        parse of the token's doc as lists, if the caller has it (read instead of the tokens)."""
        return self.event_noun_at(view if view is not None else TokenView(token.doc), token.i)

    def event_noun_at(self, view: ParseView | TokenView, i: int) -> str | None:
        """:meth:`event_noun` of the token at index ``i`` of a parse view: its lemma joined to the first of
        its compound modifiers on its left (in text order) that makes an event noun; for an ``effort_noun``, the
        event noun such a modifier is ("launched a mediation effort": mediation); else the lemma itself if it is one."""
        lemmas, nouns, dep = view.lemma, self.nouns, view.dep
        lemma = lemmas[i]
        effort = lemma in self.words.effort_noun  # "a mediation effort": the mediation
        for c in view.children[i]:
            if c >= i:
                break  # children are in document order: the rest are on its right
            if dep[c] == "compound" and lemmas[c] + lemma in nouns:
                return lemmas[c] + lemma
            if effort and dep[c] == "compound" and (inner := self.event_noun_at(view, c)) is not None:
                return inner
        if lemma in self.words.month_noun and view.capitalised(i):
            return None  # "accepted refugees in March": the month, not a protest march
        return lemma if lemma in nouns else None

    def suspended_code(self, view: ParseView | TokenView, i: int) -> str | None:
        """For a ``suspension_noun`` ("a suspension of aid to X"), the code of the verb "suspend" with the noun's
        "of" object as its object (162: a cut in aid, not aid; 164 for talks, 085 for sanctions), or None."""
        if view.lemma[i] not in self.words.suspension_noun:
            return None
        objects = [p for c in view.children[i] if view.dep[c] == "prep" and view.lower[c] == "of"
                   for p in view.children[c] if view.dep[p] == "pobj"]
        lemmas = {view.lemma[t] for t in _with_containers(view, objects)}
        for pattern in self.verbs.get("suspend", ()):
            if pattern.obj and not pattern.particles and pattern.comp is None and pattern.subj is None \
                    and "*" not in pattern.obj and pattern.obj & lemmas:
                return pattern.cameo if pattern.cameo != NO_CODE else None
        return None

    def combine(self, frame: str, code: str) -> str | None:
        """The code of ``frame`` (intend, appeal, ...) applied to an event coded ``code``, if any (``code`` itself
        where the table's result is ``=``)."""
        for length in (4, 3, 2, 1):
            found = self.combinations.get((frame, code[:length]))
            if found:
                return code if found == SAME_ACT else found
        return None

    # -- where a decision comes from (for explanations) ----------------------------------
    def why_pattern(self, pattern: Pattern) -> str:
        return f"verbs.tsv:{pattern.line} {pattern.cameo} {pattern.text}"

    def why_noun(self, noun: str) -> str:
        return f"nouns.tsv:{self.lines.get(('nouns.tsv', noun), 0)} {self.nouns.get(noun)} {noun}"

    def why_light(self, verb: str, noun: str) -> str:
        return f"light_verbs.txt:{self.lines.get(('light_verbs.txt', verb), 0)} {verb} + {self.why_noun(noun)}"

    def why_reporting(self, lemma: str) -> str:
        return f"reporting.tsv:{self.lines.get(('reporting.tsv', lemma), 0)} {lemma} {self.reporting.get(lemma)}"

    def why_combine(self, frame: str, code: str) -> str | None:
        """The combinations.tsv line that :meth:`combine` uses for ``frame`` and ``code``."""
        for length in (4, 3, 2, 1):
            found = self.combinations.get((frame, code[:length]))
            if found:
                line = self.lines.get(("combinations.tsv", f"{frame}\t{code[:length]}"), 0)
                return f"combinations.tsv:{line} {frame} + {code[:length]} -> {found}"
        return None


class Openings:
    """Phrases a text may start with, and :meth:`may_open`, the cheap test of whether it can; build once
    for a set of phrases that is tested many times."""

    __slots__ = ("phrases", "_prefixes")

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = tuple(phrases)
        # every phrase's prefixes: a phrase starts with a word exactly when the word is one of them
        self._prefixes = frozenset(p[:k] for p in self.phrases for k in range(len(p) + 1))

    def may_open(self, first: str) -> bool:
        """Whether a lower-case text whose first word is ``first`` may start with one of the phrases: a
        cheap test before making that text (False only when none can: ``first`` is a phrase's start or
        starts with a phrase; a word not in ASCII is never ruled out)."""
        return not first.isascii() or first in self._prefixes or first.startswith(self.phrases)


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})
# the modifiers an object is also named joined to ("war games": wargame, "legal action": legalaction)
JOINED_DEPS = frozenset({"compound", "nmod", "amod"})


def _object_lemmas(view: ParseView | TokenView, objects: list[int], preps: dict[str, int], obj_prep: str | None,
                   stops: frozenset[str] = frozenset(), bodies: frozenset[int] = frozenset(),
                   holds: frozenset[str] = frozenset()) -> tuple[bool, frozenset[str], frozenset[str]]:
    """What a pattern's ``+`` item is matched on: whether there is an object at all, the lemmas of the
    objects and their conjuncts, and those with their compound modifiers and contained nouns. The object
    is the verb's own (``objects``) or, with ``obj_prep``, that preposition's own object (after a verb
    particle, "called off the strike", the verb's). An object is also named joined to a compound or adjective
    modifier (``JOINED_DEPS``: "war games": wargame), so that a line can name the kind a modifier makes it
    ("a rescue operation", "legal action"). A ship (a noun of ``holds``) contains its load ("sent two ships loaded
    with food", "ships with water and medicine": :func:`_with_containers`)."""
    heads = objects
    if obj_prep:
        prep = preps.get(obj_prep)
        # a verb may hold the same preposition twice ("called on the king on Tuesday"): each one's object counts
        same = [] if prep is None else [c for c in view.children[view.head[prep]]
                                        if view.lower[c] == view.lower[prep] and view.dep[c] == view.dep[prep]]
        own = [c for p in same or ([prep] if prep is not None else []) for c in view.children[p]
               if view.dep[c] in ("pobj", "pcomp")]
        heads = own or objects
    conjoined = list(_with_conjuncts(view, heads))
    # a head with a modifier is matched joined too ("war games": wargame, "legal action": legalaction)
    named = {view.lemma[h] for h in conjoined}
    named.update(view.lemma[c] + view.lemma[h] for h in conjoined
                 for c in _with_conjuncts(view, (c for c in view.children[h] if view.dep[c] in JOINED_DEPS)))
    if bodies & set(conjoined):  # "joined NATO", "left ECOWAS": a body named by its name is an organization
        named.add(BODY_LEMMA)
    return (bool(heads), frozenset(named),
            frozenset(view.lemma[h] for h in _with_containers(view, conjoined, stops, holds)))


def _bare_infinitive(doc: Doc, view: ParseView | TokenView, i: int) -> bool:
    """Whether token ``i`` is a verb with the "to" of an infinitive and no subject or mark of its own."""
    kids = view.children[i]
    return (doc[i].pos_ in ("VERB", "AUX") and any(view.dep[c] == "aux" and doc[c].tag_ == "TO" for c in kids)
            and not any(view.dep[c] in ("nsubj", "nsubjpass", "mark") for c in kids))


def _hyphen_prefix(token: Token, view: ParseView | TokenView) -> str:
    """The word joined to a verb by a hyphen ("test" in "test-fired"), which the parser splits off."""
    if token.i < 2 or view.lower[token.i - 1] != "-":  # only "-" is "-" in lower case
        return ""
    hyphen, word = token.doc[token.i - 1], token.doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or not word.is_alpha or word.head.i != token.i:
        return ""
    return word.lower_


def _with_conjuncts(view: ParseView | TokenView, tokens: Iterable[int]) -> Iterator[int]:
    """Each token and its conjuncts; in a list the parser read as an apposition with conjuncts of its own ("sent two
    helicopters, 30 tonnes of relief supplies and a rescue team": "tonnes" apposed to "helicopters", "team" joined to
    "tonnes"), the apposed item and its conjuncts too."""
    for token in tokens:
        yield token
        for c in view.children[token]:
            if view.dep[c] == "conj":
                yield c
            elif view.dep[c] == "appos" and any(view.dep[g] == "conj" for g in view.children[c]):
                yield c
                yield from (g for g in view.children[c] if view.dep[g] == "conj")


def _with_containers(view: ParseView | TokenView, tokens: Iterable[int],
                     stops: frozenset[str] = frozenset(), holds: frozenset[str] = frozenset()) -> Iterator[int]:
    """A noun, its compound modifiers ("food supplies", "aid deliveries") and, for "a package of
    sanctions" or "a round of talks", the noun it contains; not what a noun of ``stops`` stops ("a
    suspension of aid" contains no aid: ``suspension_noun``). A noun of ``holds`` (a ship: ``vessel_noun``) contains
    its load (:func:`ship_load`: "sent three freighters loaded with rice" matches ``send +food``)."""
    dep, lower, kids = view.dep, view.lower, view.children
    for token in tokens:
        yield token
        for child in kids[token]:
            if dep[child] == "compound":
                yield child
            elif dep[child] == "prep" and lower[child] == "of" and view.lemma[token] not in stops:
                yield from (p for p in kids[child] if dep[p] == "pobj")
        if view.lemma[token] in holds:
            yield from ship_load(view, token)


def ship_load(view: ParseView | TokenView, ship: int) -> list[int]:
    """What a ship (its index) is told to carry, each thing of it: its "with" object ("ships with water and
    medicine") and what a clause on it is loaded with or carries ("a barge loaded with tents", "a freighter
    carrying wheat")."""
    dep, lower, kids = view.dep, view.lower, view.children
    loads: list[int] = []
    for child in kids[ship]:
        if dep[child] not in ("prep", "acl"):
            continue
        withs = [child] if dep[child] == "prep" else [g for g in kids[child] if dep[g] == "prep"]
        loads += [p for w in withs if lower[w] == "with" for p in kids[w] if dep[p] == "pobj"]
        if dep[child] == "acl":
            loads += [g for g in kids[child] if dep[g] == "dobj"]
    return list(_with_conjuncts(view, loads))


def parse_pattern(cameo: str, text: str, line: int, where: str) -> Pattern:
    items = text.split()
    if not items or not items[0].isalpha() or items[0] != items[0].lower():
        raise LexiconError(f"{where}: a pattern starts with a lowercase verb lemma, got {text!r}")
    particles: list[str] = []
    obj = comp = subj = None
    obj_prep = None
    for item in items[1:]:
        if item.startswith("+"):
            if obj is not None:
                raise LexiconError(f"{where}: at most one +object per pattern")
            obj = frozenset(a for a in item[1:].split("|") if a)
            obj_prep = particles[-1] if particles else None
        elif item.startswith("~"):
            comp = frozenset(a for a in item[1:].split("|") if a)
        elif item.startswith("^"):
            subj = frozenset(a for a in item[1:].split("|") if a)
        else:
            particles.append(item.lower())
    return Pattern(cameo=cameo, verb=items[0], particles=tuple(particles), obj=obj, obj_prep=obj_prep,
                   comp=comp, subj=subj, line=line, text=" ".join(items))


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    for number, line in lines[1:]:
        values = line.rstrip("\n").split("\t")
        yield number, dict(zip(header, values + [""] * (len(header) - len(values))))


def load_from(directory: Path) -> Lexicon:
    """Load a lexicon from a directory holding the four lexicon files."""
    from detente.events.cameo import table

    codes = table()
    lexicon = Lexicon()
    for number, row in _rows(directory / "verbs.tsv"):
        where = f"verbs.tsv line {number}"
        cameo = row.get("cameo", "").strip()
        if cameo not in codes and cameo != NO_CODE:
            raise LexiconError(f"{where}: unknown CAMEO code {cameo!r}")
        pattern = parse_pattern(cameo, row.get("pattern", ""), number, where)
        lexicon.verbs.setdefault(pattern.verb, []).append(pattern)
    for patterns in lexicon.verbs.values():
        patterns.sort(key=lambda p: p.specificity, reverse=True)
    for number, row in _rows(directory / "nouns.tsv"):
        cameo, noun = row.get("cameo", "").strip(), row.get("noun", "").strip().lower()
        if cameo not in codes:
            raise LexiconError(f"nouns.tsv line {number}: unknown CAMEO code {cameo!r}")
        lexicon.nouns.setdefault(noun, cameo)
        lexicon.lines.setdefault(("nouns.tsv", noun), number)
    light = directory / "light_verbs.txt"
    light_lines = {line.split("#")[0].strip().lower(): number
                   for number, line in enumerate(light.read_text(encoding="utf-8").splitlines(), 1)
                   if line.split("#")[0].strip()}
    lexicon.light_verbs = frozenset(light_lines)
    lexicon.lines.update({("light_verbs.txt", verb): number for verb, number in light_lines.items()})
    for number, row in _rows(directory / "reporting.tsv"):
        lemma = row["lemma"].strip().lower()
        lexicon.reporting.setdefault(lemma, row["kind"].strip())
        lexicon.lines.setdefault(("reporting.tsv", lemma), number)
    combos = directory / "combinations.tsv"
    if combos.exists():
        for number, row in _rows(combos):
            if row.get("result", "").strip() not in codes and row.get("result", "").strip() != SAME_ACT:
                raise LexiconError(f"combinations.tsv line {number}: unknown CAMEO code {row.get('result')!r}")
            lexicon.combinations[(row["frame"].strip(), row["prefix"].strip())] = row["result"].strip()
            lexicon.lines[("combinations.tsv", f"{row['frame'].strip()}\t{row['prefix'].strip()}")] = number
    # a lexicon of the user's without one uses the shipped table
    made = directory / "nominalisations.tsv"
    for number, row in _rows(made if made.exists() else _default_dir() / "nominalisations.tsv"):
        noun, verbs = row.get("noun", "").strip().lower(), row.get("verbs", "").strip().lower()
        also = row.get("codes", "").strip()
        if not noun or not verbs and not also:
            raise LexiconError(f"nominalisations.tsv line {number}: a noun and its verbs or codes are needed")
        if verbs:
            lexicon.made_from[noun] = frozenset(v.strip() for v in verbs.split("|"))
        if also:
            unknown = [c for c in also.split("|") if c not in codes]
            if unknown:
                raise LexiconError(f"nominalisations.tsv line {number}: unknown CAMEO code {unknown[0]!r}")
            lexicon.also_names[noun] = frozenset(also.split("|"))
    cues: dict[str, set[str]] = {}
    for _, row in _rows(directory / "cues.tsv"):
        cues.setdefault(row["kind"].strip(), set()).add(row["cue"].strip().lower())
    lexicon.cues = {kind: frozenset(words) for kind, words in cues.items()}
    words = directory / "words.tsv"  # a lexicon of the user's without one uses the shipped word classes
    lexicon.words = load_words(words if words.exists() else _default_dir() / "words.tsv")
    return lexicon


@lru_cache(maxsize=1)
def load_default() -> Lexicon:
    """The lexicon shipped with detente (cached: it is immutable)."""
    return load_from(_default_dir())


def _default_dir() -> Path:
    return Path(str(resources.files("detente") / "data" / "lexicon"))
