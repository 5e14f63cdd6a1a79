"""Why an event came out as it did: the lexicon lines that coded it, the frame combination, the
rule behind each status field and how each side was resolved (``detente code --explain``).

Built by the ``assemble`` step only when the coder explains; it reads what the earlier steps
recorded (the candidate's trigger, the status rules, the actor table's mentions and antecedents)
and asks the lexicon where each decision comes from, so coding without it costs nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from detente.actors.named_bodies import named_by_text
from detente.actors.sets import own_side_of_set
from detente.events.addressed import addressed_note
from detente.events.aid_here import dateline_receiver
from detente.events.context import outside
from detente.events.denied_acts import victim_from
from detente.events.doers import accord_doer, event_noun_doer, hyphened_doer
from detente.events.frames import warned_from
from detente.events.home_targets import home_target_from
from detente.events.joined_targets import joined_from
from detente.events.joint_bodies import body_doer
from detente.events.made_by import made_by_from
from detente.events.occasion_talks import met_body_from, talks_doer
from detente.events.participants import demonym_object_from
from detente.events.requested import asked_from
from detente.events.told_by import told_doer_from
from detente.model import Explanation, Participant

if TYPE_CHECKING:
    from spacy.tokens import Token

    from detente.actors.kb import Period
    from detente.actors.resolve import ActorFinder, ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon
    from detente.records import Status


def explain(candidate: Candidate, status: Status, sides: list[tuple[str, Token, ActorRef, Participant]],
            found: DocActors, lexicon: Lexicon, finder: ActorFinder, day: dt.date | Period | None,
            mentions: tuple[str, ...] = ()) -> Explanation:
    """The explanation of one event; ``sides`` holds (role, head token, actor, output participant);
    ``mentions`` why each other mention is the same act (the ``acts`` step)."""
    frame = None
    inner = candidate.trigger[1:] if candidate.frame_token is not None else candidate.trigger
    lines = [line for token in inner for line in _why_token(lexicon, token, inner)]
    if candidate.frame_token is not None:
        verb = candidate.frame_token
        own = lexicon.match_verb(verb)
        lemma = verb.lemma_.lower()
        said = lexicon.why_pattern(own) if own is not None else \
            lexicon.why_reporting(lemma) if lemma in lexicon.reporting else repr(verb.text)
        inner_code = _code_of(lexicon, inner)
        combined = lexicon.why_combine(candidate.frame or "", inner_code) if inner_code and candidate.frame else None
        frame = f"{candidate.frame} frame {verb.text!r} ({said})" + (f"; {combined}" if combined else "")
    return Explanation(lexicon=lines, frame=frame, status=dict(status.rules or {}),
                       sides=[_side(role, token, ref, part, found, finder, day)
                              + _outside(role, candidate, token, ref, found, lexicon)
                              + _doer_from(role, candidate, token, ref, lexicon)
                              for role, token, ref, part in sides] + addressed_note(candidate, found),
                       mentions=list(mentions))


def _code_of(lexicon: Lexicon, tokens: tuple[Token, ...]) -> str | None:
    """The code the first trigger token has by itself (a verb pattern, a light verb's noun or an event noun)."""
    for token in tokens:
        pattern = lexicon.match_verb(token) if token.pos_ in ("VERB", "AUX") else None
        if pattern is not None:
            return pattern.cameo
        noun = lexicon.event_noun(token)
        if noun is not None:
            return lexicon.nouns[noun]
    return None


def _why_token(lexicon: Lexicon, token: Token, trigger: tuple[Token, ...]) -> list[str]:
    """The lexicon lines a trigger token matches."""
    if token.pos_ in ("VERB", "AUX"):
        pattern = lexicon.match_verb(token)
        lemma = token.lemma_.lower()
        nouns = [t for t in trigger if t.head.i == token.i and lexicon.event_noun(t)]
        if lemma in lexicon.light_verbs and nouns and (pattern is None or not (pattern.obj or pattern.comp)):
            return [lexicon.why_light(lemma, lexicon.event_noun(nouns[0]) or "")]
        if pattern is not None:
            return [lexicon.why_pattern(pattern)]
        if lexicon.reporting.get(lemma):
            return [lexicon.why_reporting(lemma)]
        return []
    noun = lexicon.event_noun(token)
    if noun is not None and token.head.i not in {t.i for t in trigger}:  # an object is its verb's line
        return [lexicon.why_noun(noun)]
    return []


def _outside(role: str, candidate: Candidate, token: Token, ref: ActorRef, found: DocActors,
             lexicon: Lexicon) -> str:
    """For a target named in another sentence than the act's: where, and by which rule; for a member of a set whose
    other member, the doer's own side, was left out (:func:`detente.actors.sets.own_side_of_set`), that too."""
    if role != "target" or ref.kind == "unresolved":
        return ""
    if any(own_side_of_set(token.i, r, candidate.targets, candidate.sources)
           for t, r in candidate.targets if t.i == token.i):
        dropped = "; the doer's own side of the set left out (actors/sets.py, own_side_of_set)"
    else:
        dropped = ""
    home = home_target_from(candidate, token, ref, found, lexicon.words)
    why = outside(candidate, token, found, lexicon) or joined_from(candidate, token) or victim_from(candidate, token) \
        or dateline_receiver(candidate, token, ref, found) or home \
        or demonym_object_from(token, ref, found, lexicon) \
        or made_by_from(candidate, token, lexicon) or warned_from(candidate, token) \
        or asked_from(candidate, token, lexicon.words) or met_body_from(candidate, token, lexicon.words)
    if home is not None and why != home:
        why = f"{why}; {home}"  # a target shared with a joined act, then read as the home critics' own state
    if why is None and _between_pair(candidate, token, lexicon):
        why = "a party the doer hosts, brings to talks or mediates between (events/extract.py, _go_between; " \
              "events/mutual.py, between)"
    return (f"; {why}" if why else "") + dropped


def _doer_from(role: str, candidate: Candidate, token: Token, ref: ActorRef, lexicon: Lexicon) -> str:
    """For a doer named outside the act's own clause by a rule that reads it there: which rule."""
    if role != "source" or ref.kind == "unresolved":
        return ""
    why = event_noun_doer(candidate, token) or body_doer(candidate, token, lexicon.words) \
        or talks_doer(candidate, token, lexicon.words) or hyphened_doer(candidate, token, lexicon.words) \
        or accord_doer(candidate, token, lexicon.words) or told_doer_from(candidate, token, lexicon)
    return f"; {why}" if why else ""


def _between_pair(candidate: Candidate, token: Token, lexicon: Lexicon) -> bool:
    """Whether a target is one of a "between" pair (``reciprocal_prep``) on the act's own trigger: "hosted talks
    between X and Y", "mediated between X and Y"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in lexicon.words.reciprocal_prep \
        and prep.head.i in {t.i for t in candidate.trigger}


def _side(role: str, token: Token, ref: ActorRef, part: Participant, found: DocActors, finder: ActorFinder,
          day: dt.date | Period | None) -> str:
    """How one side was resolved: by name, alias, capital, demonym, title, pronoun -> antecedent, ..."""
    head = f"{role} {part.text!r}"
    if ref.kind == "unresolved":
        return f"{head}: words the knowledge base does not know"
    via = _via(token, ref, found)
    if named_by_text(ref):
        via += ", a body by a name the knowledge base does not know (actors/named_bodies.py, named_body)"
    how = f"{head} -> {ref.key}: {via}"
    antecedent = found.antecedents.get(token.i)
    if antecedent is not None:
        how += f" -> {token.doc[antecedent].text!r} (sentence {found.sentence_of.get(antecedent, 0)})"
    set_rule = found.set_rules.get(token.i)
    if set_rule is not None:
        how += f"; {set_rule}"
    if ref.kind == "person" and ref.entry:
        entry = finder.kb.get(ref.entry)
        role_then = entry.role_on(day) if entry is not None else None
        if role_then is not None:
            when = str(day) if day else "undated"
            how += f"; role on {when}: {role_then.title or 'office'} ({role_then.code})"
        elif entry is not None and entry.roles:
            how += "; out of office then: an elite of their last role's country"
    return how


def _place_of(token: Token, ref: ActorRef, found: DocActors) -> str | None:
    """The text of a place of ``ref``'s country in the phrase headed by ``token`` ("the Chaman border crossing"),
    if any: the target an act done to a thing there was given (:meth:`detente.events.ground.Ground.struck`)."""
    return next((found.places[t.i][0] for t in token.subtree
                 if t.i in found.places and found.places[t.i][1] == ref.country and ref.country), None)


def _named_inside(token: Token, ref: ActorRef, found: DocActors) -> bool:
    """Whether a word of the phrase headed by ``token`` names ``ref`` or its country ("Ukrainian energy facilities",
    "the interior ministers of Latvia"), not a set the phrase stands for nor a place outside it (session 55)."""
    return any((r := found.by_token.get(t.i)) is not None and (r.key == ref.key or bool(r.country)
                                                             and r.country == ref.country and r.kind == "country")
               for t in token.subtree if t.i != token.i)


def _via(token: Token, ref: ActorRef, found: DocActors) -> str:
    """The kind of mention at ``token`` (name, alias, capital, demonym, title, pronoun, nominal, ...)."""
    if found.by_token.get(token.i) != ref:
        if ref in found.groups.get(token.i, ()):
            return "a member of the set this phrase names"  # "the two countries" (actors/sets.py)
        if _named_inside(token, ref, found):
            return "named inside this phrase"
        place = _place_of(token, ref, found)
        if place is not None:  # events/ground.py: force or a blockade on a thing in a country's ground
            return f"the country of the place {place!r} in this phrase"
        if ref.key in found.refs:  # a side rule's: the ground of the act's clause, a party named in another phrase
            return "named outside this phrase"
        return "member of a group"
    start, end = found.spans.get(token.i, (token.i, token.i + 1))
    begin = token.doc[start].idx
    for mention in found.mentions.get(ref.key, ()):
        if mention.start == begin:
            return mention.via
    return "mention"
