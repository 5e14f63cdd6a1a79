"""CAMEO codes with their Goldstein score, quad class and PLOVER 2.0 type, mode and context.

The table ``data/cameo.tsv`` re-keys the CAMEO code list, the Goldstein scale
and the official CAMEO->PLOVER conversion table (see scripts/build_cameo_table.py).
``data/cameo_roots.tsv`` says what the coder's rules need to know of each of the twenty roots
(quad class, frame, whether its object is a target, ...); :class:`CameoCode` answers from it,
so no rule does arithmetic on code strings.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# Quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
COOPERATIVE_QUADS = frozenset({1, 2})
CONFLICTUAL_QUADS = frozenset({3, 4})
MATERIAL_QUADS = frozenset({2, 4})  # deeds (material cooperation or conflict), not words
MATERIAL_COOPERATION = 2
MATERIAL_CONFLICT = 4
COMPLAIN = "114"  # CAMEO 114: complain officially (a protest lodged, an envoy summoned: a summons is done, not said)
CASE_CODES = frozenset({COMPLAIN, "115"})  # complain officially, bring a lawsuit: acts a case brings to a court
DETAIN = "173"  # CAMEO 173: arrest, detain or charge (people held are sent before a judge or prosecutor)
# deny responsibility or an accusation (PLOVER REJECT in data/cameo.tsv): a statement (01) that answers whoever
# accused the denier, as the root's acts of conflict answer an act (``answers_an_act``)
ANSWERING_CODES = frozenset({"016"})
# appeal (02) and demand (10): asking acts (what they ask for is no side of them; a statement "urging" or "demanding"
# something is one; a grant answers the latest of them)
REQUEST_ROOTS = frozenset({2, 10})
MEDIATE = "045"  # CAMEO 045: engage in mediation; its target is the parties mediated between
# CAMEO 039, 045: express intent to mediate, engage in mediation: an offer or act of mediation, whose sides are the
# parties mediated between (events/context.py, mediations)
MEDIATION = frozenset({"039", MEDIATE})
CONSULT_ROOT = 4  # CAMEO 04: consult (a visit, a meeting, a call: with whom, told in its words or by the story)
COOPERATIVE_ROOTS = frozenset({3, 4, 5, 6, 7, 8})  # CAMEO 03-08: intend to cooperate ... yield
RELEASE_PEOPLE = "0841"  # CAMEO 0841: return or release persons
# sign a formal agreement: a verbal act in PLOVER's quads (AGREE). Sessions 40-54 read a signing told and then sourced
# to the signers' own side as a deed (attributed); the gold of the newer dev batches (578-737: 57 to 0) reads it as a
# word act relayed by a participant ("signings, visits, meetings, plans and decisions relayed by a participant's
# ministry, officials or state media have none", eval/wire/README.md), so since session 55 it is no told deed
# (``CameoCode.is_deed``)
SIGNING = "057"  # the code itself, for the rules that test a code by its prefix
DEMAND = "100"  # CAMEO 100: demand, not specified (a demand whose content has no combined code of its own)
CRITICIZE = "111"  # CAMEO 111: criticize or denounce ("called the decision baseless", "called the expulsion hasty")
REJECT = "120"  # CAMEO 120: reject, not specified ("called the accusations baseless")
SIGNING_CODES = frozenset({SIGNING})
DEMAND_ROOT = 10  # CAMEO 10: demand (one made in a summons, a call or a meeting is an act of its own)
DISAPPROVE_ROOT = 11  # CAMEO 11: disapprove (criticize, accuse, complain): the words a denial answers
REJECT_ROOT = 12  # CAMEO 12: reject (a rejection of words answers their author)
THREAT_ROOT = 13  # CAMEO 13: threaten
PROTEST_ROOT = 14  # CAMEO 14: political dissent (protests, rallies, strikes, blockades)
POSTURE_ROOT = 15  # CAMEO 15: exhibit military posture, a show of force ("deployed troops", "sent warships")
REDUCE_RELATIONS_ROOT = 16  # CAMEO 16: reduce relations (break off, recall, cut aid)
COERCE_ROOT = 17  # CAMEO 17: coerce (seize, arrest, ban, sanction by force of law)
FORCE_ROOTS = frozenset({18, 19, 20})  # CAMEO 18-20: assault, fight, mass violence (not coercion: seizures, sanctions)
VISIT = "042"  # make a visit: where it goes is whom it visits, where it takes place
# meet, consult, visit, told or planned: an envoy abroad who calls on his own country's people held there does it to
# the state holding them (``CodeSideRules.host_asked``)
CALL_ON_CODES = frozenset({"036", "040", "042"})


@dataclass(frozen=True, slots=True)
class Root:
    """One CAMEO root (01-20) and its row of ``data/cameo_roots.tsv``."""

    root: str
    label: str
    quad_class: int
    plover_quad: int
    plover: tuple[str, ...]
    goldstein_min: float
    goldstein_max: float
    frame: str | None  # appeal, demand, refuse, threaten, intend
    speech: bool
    reported_content: bool
    unresolved_target: bool
    refusable: bool  # refusable "yes" or "refused": refused (a negating frame verb), it is a refusal (12)
    intendable: bool
    place_target: bool = False
    counterpart: bool = False
    named_counterpart: bool = False
    answers: bool = False
    directed: bool = False
    home_critic: bool = False
    # refusable "yes" only: negated in the future too ("will not ease sanctions") it is a refusal; a plan of a
    # "refused" root told negated ("will not finance the plant") stays the act, negated (session 64), but for the
    # PLOVER contexts its "except" list names ("refused except asylum": "will not accept more refugees" is a refusal)
    plan_refusable: bool = False
    plan_refusable_contexts: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    plover: str | None
    mode: str | None
    context: tuple[str, ...]
    # the row of its root, looked up once by :func:`table` (the rules ask tens of thousands of times an
    # article); None: looked up when asked
    row: Root | None = field(default=None, compare=False, repr=False)
    root: int = field(init=False, compare=False, repr=False)  # the root as a number (19 for "190"), read once

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", int(self.code[:2]))  # frozen: set once, as the constructor would

    @property
    def info(self) -> Root:
        """The row of this code's root in ``data/cameo_roots.tsv``."""
        row = self.row
        return row if row is not None else roots()[self.code[:2]]

    @property
    def quad_class(self) -> int:
        """GDELT's quad class: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
        3 verbal conflict (09-13), 4 material conflict (14-20)."""
        return self.info.quad_class

    @property
    def is_cooperative(self) -> bool:
        return self.info.quad_class in COOPERATIVE_QUADS

    @property
    def is_material_conflict(self) -> bool:
        return self.info.quad_class == MATERIAL_CONFLICT

    @property
    def is_deed(self) -> bool:
        """Done, not said, in PLOVER's own quads (material cooperation or conflict): a cut in relations (16:
        expelling or recalling envoys, suspending talks, sanctions) is verbal conflict there, a government's
        decision its side announces, though GDELT counts it as material conflict. It is also what the status rules
        (``events/status.py``, ``events/vouching.py``) take as a deed told: the doer's own side sources it as a done
        act, not as its own word. A signing is no deed since session 55: relayed by one signer's side it is that
        side's word, like an agreement (``SIGNING`` above)."""
        return self.info.plover_quad in MATERIAL_QUADS

    @property
    def frame(self) -> str | None:
        """The frame a verb of this code is (appeal, demand, refuse, threaten, intend), if any."""
        return self.info.frame

    @property
    def is_speech(self) -> bool:
        """A statement or appeal (01-02): what it governs is its content."""
        return self.info.speech

    @property
    def reports_content(self) -> bool:
        """An act about what happened (05, 09, 11): the event noun it governs is an event of its own."""
        return self.info.reported_content

    @property
    def keeps_unresolved_target(self) -> bool:
        """The object is whom the act is done to even when the knowledge base does not know it."""
        return self.info.unresolved_target

    @property
    def may_be_refused(self) -> bool:
        """Negated in the future or refused, this act is a refusal (CAMEO 12)."""
        return self.info.refusable

    @property
    def negated_plan_is_refusal(self) -> bool:
        """Negated in the future ("will not ease sanctions"), this act is a refusal (CAMEO 12); a plan of
        aid told negated ("will not finance the plant") is not: it stays the act, negated (``refusable``
        "refused" in ``data/cameo_roots.tsv``), refused only by a negating frame verb ("failed to pay"), unless its
        context is one the root's "except" list names ("will not accept more refugees": asylum, a refusal)."""
        return self.info.plan_refusable or bool(set(self.context) & self.info.plan_refusable_contexts)

    @property
    def targets_places(self) -> bool:
        """An act of force or a cut in relations, or a deployment: the country of the place or things it
        hit, or went to, is its target (15-20)."""
        return self.info.place_target

    @property
    def needs_counterpart(self) -> bool:
        """An act of conflict done to someone (11-13, 15-20): with no target named, the other party of
        a two-party story may be it (``events/context.py``)."""
        return self.info.counterpart

    @property
    def needs_named_counterpart(self) -> bool:
        """An appeal or demand (02, 10): with no addressee named in its clause, a state's takes the other party of
        a two-party story when its sentence names that party and no other (``events/context.py``)."""
        return self.info.named_counterpart

    @property
    def answers_an_act(self) -> bool:
        """An act done to someone in answer to what it did (02, 08, 09-20): with no party named in its
        sentence, the other party of an earlier act of its doer's may be its target (``events/context.py``); so does a
        denial (``ANSWERING_CODES``)."""
        return self.info.answers or self.code in ANSWERING_CODES

    @property
    def is_directed(self) -> bool:
        """An act one party does to another, never two together (11-12: a complaint, a lawsuit, a rejection):
        told of a pair, one of the two did it to the other (``events/mutual.py``)."""
        return self.info.directed

    @property
    def is_home_critic_act(self) -> bool:
        """An act a country's own critics aim at their own country when they make it about a deal or "the
        government" (02, 10, 11, 14: an appeal, a demand, a criticism, a protest; ``events/home_targets.py``)."""
        return self.info.home_critic

    @property
    def is_cooperative_act(self) -> bool:
        """Said in the future (or agreed to), this act is an intention (CAMEO 03)."""
        return self.info.intendable


def quad_class(code: str) -> int:
    """The quad class of a CAMEO code (by its root)."""
    return roots()[code[:2]].quad_class


def _read(name: str) -> Iterator[dict[str, str]]:
    path = resources.files("detente") / "data" / name
    with path.open(encoding="utf-8") as handle:
        yield from csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")


@lru_cache(maxsize=1)
def roots() -> dict[str, Root]:
    """The twenty CAMEO roots by their two digits ("04")."""
    out: dict[str, Root] = {}
    for row in _read("cameo_roots.tsv"):
        refusable, _, excepted = row["refusable"].partition(" except ")
        out[row["root"]] = Root(
            root=row["root"], label=row["label"], quad_class=int(row["quad_class"]),
            plover_quad=int(row["plover_quad"]), plover=tuple(p for p in row["plover"].split(";") if p),
            goldstein_min=float(row["goldstein_min"]), goldstein_max=float(row["goldstein_max"]),
            frame=row["frame"] or None, speech=row["speech"] == "yes",
            reported_content=row["reported_content"] == "yes",
            unresolved_target=row["unresolved_target"] == "yes", refusable=refusable in ("yes", "refused"),
            intendable=row["intendable"] == "yes", place_target=row["place_target"] == "yes",
            counterpart=row["counterpart"] == "yes",
            named_counterpart=row["counterpart"] == "named", answers=row["answers"] == "yes",
            directed=row["directed"] == "yes", home_critic=row["home_critic"] == "yes",
            plan_refusable=refusable == "yes",
            plan_refusable_contexts=frozenset(c for c in excepted.split(",") if c))
    return out


@lru_cache(maxsize=1)
def table() -> dict[str, CameoCode]:
    """All CAMEO codes by code string ("043")."""
    codes: dict[str, CameoCode] = {}
    by_root = roots()
    for row in _read("cameo.tsv"):
        codes[row["cameo"]] = CameoCode(
            code=row["cameo"], label=row["label"], goldstein=float(row["goldstein"]),
            plover=row["plover"] or None, mode=row["mode"] or None,
            context=tuple(c for c in (row["context"] or "").split(";") if c), row=by_root.get(row["cameo"][:2]),
        )
    return codes


@cache  # the table never changes; the rules look codes up tens of thousands of times an article
def lookup(code: str) -> CameoCode:
    """The CAMEO entry for ``code``; a two-digit root maps to its ``X0`` code ("04" -> "040")."""
    codes = table()
    if len(code) == 2:
        code = code + "0"
    if code not in codes:
        raise KeyError(f"unknown CAMEO code {code!r}")
    return codes[code]


@lru_cache(maxsize=1)
def _apart_pairs() -> tuple[tuple[str, str], ...]:
    """The rows of ``data/conjoined_apart.tsv``: (first, second) codes or starts of codes."""
    return tuple((row["first"], row["second"]) for row in _read("conjoined_apart.tsv"))


@cache
def conjoined_apart(a: str, b: str) -> bool:
    """Whether codes ``a`` and ``b`` of one PLOVER type are two acts when one subject's conjoined verbs tell them
    (``data/conjoined_apart.tsv``: "agreed to hold joint patrols and to share intelligence", COOPERATE 062 and 064)."""
    return any((a.startswith(x) and b.startswith(y)) or (a.startswith(y) and b.startswith(x))
               for x, y in _apart_pairs())
