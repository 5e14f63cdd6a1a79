"""The ``assemble`` step: acts become output events with their participants' phrases, every
mention (``Event.mentions``), deterministic ids and a confidence (``events/confidence.py``); the
article's actors and quotes are listed. A target that is the act itself, its instrument, or words or a document
the knowledge base does not know ("handed the envoy a protest note") is left out of the event (``_own_noun``);
so are the hardware or counted forces a show of force is made "with" (``_means``), the units it sends, moves or
readies and a time it names (``_units_sent``: "sent riot police to X on Sunday night"), and the state a committee
or talks are "on" (``_forum_topic``: the topic, no party). An act done to reports the media carried ("denied reports in
the local press that ...") keeps no target (``_media_hearsay``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from detente.actors.kb import Period, role_date
from detente.actors.sets import own_side_of_set
from detente.events import cameo
from detente.events.confidence import (
    ArticleParties,
    Earlier,
    Evidence,
    confidence,
    evidence,
    sentence_parties,
)
from detente.events.explain import explain
from detente.events.ground import state_force
from detente.events.roles import TIME_ENTITIES
from detente.model import (
    Actor,
    CodedArticle,
    Event,
    EventDate,
    EventMention,
    Participant,
    Quote,
    SentenceRef,
    Span,
    Speaker,
    content_id,
)
from detente.records import Act, Grouped, Knowledge

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from detente.actors.kb import KnowledgeBase
    from detente.actors.resolve import ActorFinder, ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Words
    from detente.parse_view import ParseView


def assemble(judged: Grouped, knowledge: Knowledge) -> CodedArticle:
    """Step ``assemble``: the coded article, one event per act. Duplicate events (same trigger, code and
    sides) are dropped; an actor does not act on itself, nor a leader on the body he speaks for (but a chief minister
    who resolves to his state's government does address "the Centre": ``DocActors.home_level``), nor a doer on its own
    side among the members of a set it acts on (:func:`detente.actors.sets.own_side_of_set`)."""
    return assemble_with_evidence(judged, knowledge)[0]


def _own_noun(token: Token, ref: ActorRef, candidate: Candidate, kb: KnowledgeBase, words: Words) -> bool:
    """Whether a target is the noun the lexicon's phrase matched with the verb, the act itself or its instrument
    ("used batons", "declared a state of siege", "stopped work", "launched an operation"), which the knowledge
    base does not know: no one the act is done to. A noun of people or bodies stays ("expelled aid workers",
    "banned national newspapers"), and so does the ground the act is done on ("threatened to close the border":
    its words stand with the neighbour it shuts out; "seized the capital"). Words or a document the knowledge base does
    not resolve (``speech_noun``, ``authored_noun``: "handed the envoy a protest note", "sent a note of protest to the
    embassy", "rejected the statement") are what the act carries or answers, never a party. It is left out here, not
    when the sides are read, because it is still the clause's object: no rule guesses a target in its place
    ("declared a state of emergency along its border with X" is not aimed at X)."""
    lemma = token.lemma_.lower()
    if ref.kind == "unresolved" and _instrument(token, kb, words):
        return True
    if ref.kind == "unresolved" and (lemma in words.speech_noun or lemma in words.authored_noun):
        return True  # words or a document ("handed him a protest note", "rejected the report"): what the act carries
    return ref.kind == "unresolved" and any(t.i == token.i for t in candidate.trigger) \
        and token.lower_ not in kb.sectors \
        and not any(lemma in ground for ground in (words.territory_noun, words.border_noun, words.place_noun,
                                                   words.capital_noun))


MEDIUM_DEPS = ("compound", "amod", "nmod")  # "press reports", "media reports": the medium before the noun


def _media_hearsay(candidate: Candidate, words: Words) -> frozenset[int] | None:
    """Whether an act is done to what the media carried: its trigger or its verb's object is a ``hearsay_noun``
    (words.tsv) the media told, by a ``medium_noun`` before it or as the object of a preposition on it ("denied press
    reports that Patrian ships had entered its waters", "denied claims in the Patrian media that its troops had crossed
    the border", "denied reports on social media"). Such an act is aimed at no one: the gold gives a denial of press
    reports no target (the reporters are nobody it codes), and the parties the report's content names, which the side
    rules, the attacher or the answer rules of ``events/context.py`` may have taken, are none of it (session 59). A
    state's own medium (``official_medium_word``: "reports in Patrian state media") is a party, and the rule leaves
    it. The tokens returned are the only targets such an act keeps: the medium the text names, when the resolver made
    it a party ("denied Patrian media reports": the gold names Patria's media); None when the rule does not apply."""
    head = candidate.frame_token if candidate.frame_token is not None else candidate.head
    nouns = {t.i: t for t in (*candidate.trigger, *(c for c in head.children if c.dep_ == "dobj"))}
    for noun in nouns.values():
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in words.hearsay_noun:
            continue
        media = [c for c in noun.children if c.dep_ in MEDIUM_DEPS and c.lemma_.lower() in words.medium_noun]
        media += [o for p in noun.children if p.dep_ == "prep" for o in p.children
                  if o.dep_ == "pobj" and (o.lemma_.lower() in words.medium_noun
                                           or any(c.dep_ in MEDIUM_DEPS and c.lemma_.lower() in words.medium_noun
                                                  for c in o.children))]
        modifiers = [c for m in media for c in m.children] + [c for c in noun.children if c.dep_ in MEDIUM_DEPS]
        if media and not any(c.lower_ in words.official_medium_word for c in modifiers):
            # "state media reports": "state" may hang on the noun itself
            return frozenset({noun.i, *(m.i for m in media), *(c.i for c in modifiers)})
    return None


ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})  # a state's organs a pronoun can stand for (own_state_pronoun)


def _state_antecedent(token: Token, found: DocActors, words: Words) -> bool:
    """Whether the pronoun ``token`` stands for a state itself or one of its organs: its antecedent (followed through
    pronouns) is a country, its capital, its government, ministry, army, police or intelligence service, told by a
    name or a singular noun ("Kyiv", "the government", "the army"); never a person (a name, an
    ``office_holder_noun``), people told by a plural common noun ("officers", "lawmakers", "protesters"), a person
    noun, with or without a demonym ("a Kenyan trader"; "the Iraqi government" is a body) or a body that is no state
    organ (a party, a group, citizens)."""
    at, seen = token.i, set()
    while at in found.antecedents and at not in seen:
        seen.add(at)
        at = found.antecedents[at]
    if at == token.i:
        return False
    head = token.doc[at]
    ref = found.by_token.get(at)
    if head.pos_ == "PRON" or ref is None:  # a person's name resolves to kind "person"
        return False
    lemma = head.lemma_.lower()
    if lemma in words.office_holder_noun or words.is_person_noun(lemma):
        return False  # "the minister", "a Kenyan trader": a person ("the Iraqi government" is a body)
    if head.pos_ == "NOUN" and head.tag_ in ("NNS", "NNPS"):
        return False  # "officials", "Ukrainian lawmakers": people
    return ref.kind == "country" or (ref.kind == "sector" and ref.sector in ORGAN_SECTORS)


def own_state_pronoun(token: Token, ref: ActorRef, candidate: Candidate, found: DocActors, words: Words) -> bool:
    """Whether a target told by a pronoun ("it", "them", "its"; not a noun a possessive pronoun owns, "its
    fishermen", "their crew": people of the state) is the doer's own state read through an antecedent that is that
    state or one of its organs (:func:`_state_antecedent`): a state body does not act on its own state ("Army sappers
    destroyed it" with "it" read as Kyiv; "Police dispersed them" with "them" read as the government); the pronoun
    stands for a party the resolver missed (a thing, foreign crews), and the act keeps no target rather than a false
    dyad (session 54 h-fd54, retaken in session 55). A pronoun whose antecedent is a person, a party, a group,
    citizens or people told by a person noun stays: people and groups of the doer's own state are real targets
    ("police arrested the opposition leader and charged him")."""
    if token.pos_ != "PRON":
        return False  # "its fishermen", "their crew": the people a pronoun owns are no state organ
    if not ref.country or not state_force(ref):
        return False
    if not any(r.country == ref.country and state_force(r) for _, r in candidate.sources):
        return False
    return _state_antecedent(token, found, words)


def _instrument(token: Token, kb: KnowledgeBase, words: Words) -> bool:
    """Whether a noun is hardware (``asset`` and ``craft`` words of ``sectors.tsv``: "tanks", "warships", "a ballistic
    missile") that its verb sends, moves or fires (``dispatch_verb``, ``aim_verb``: "moved tanks to the border",
    "deployed fighter jets", "fired a missile"), or a conjunct of such hardware: the doer's instrument, no one the
    act is done to, whatever the verb's pattern matched."""
    if token.lower_ not in kb.assets:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:  # "sent warships and fighter jets"
        token = token.head
    lemma = token.head.lemma_.lower()
    return token.dep_ == "dobj" and (lemma in words.dispatch_verb or lemma in words.aim_verb)


def _forum_topic(token: Token, words: Words) -> bool:
    """Whether a target is what a committee, a conference or talks are about: the object (or a conjunct of it) of
    a ``topic_prep`` on a ``forum_noun`` (words.tsv): "agreed to create a committee on X", "held talks on X",
    "a conference about X". X, named there by its name, is the subject matter, no party to the act, whichever rule
    or the attacher gave it (talks with X, or between X and Y, name the parties; so does a noun after the
    preposition whose own complement names a party: "talks on normalising ties with X")."""
    while token.dep_ in ("conj", "compound", "appos") and token.head.i != token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and token.pos_ == "PROPN" and prep.lower_ in words.topic_prep \
        and prep.head.lemma_.lower() in words.forum_noun


def _means(token: Token, candidate: Candidate, kb: KnowledgeBase) -> bool:
    """Whether a noun is what a show of force is made with: the object of a "with" on the trigger's verb that is
    hardware (an ``asset`` or ``craft`` word of ``sectors.tsv``, or a noun it modifies: "a patrol boat") or counted
    forces ("40 marines", "two battalions"), or a conjunct of such a noun. "The navy reinforced its base on the
    atoll with 40 marines and two boats": the means, no one the act is aimed at (a partner named with a demonym or a
    state's name, "held drills with Russian warships", stays)."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "with 40 marines and a patrol boat"
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "with" or not any(t.i == prep.head.i for t in candidate.trigger):
        return False
    hardware = token.lower_ in kb.assets or any(c.dep_ == "compound" and c.lower_ in kb.assets for c in token.children)
    counted = token.lower_ in kb.sectors and any(c.dep_ == "nummod" for c in token.children)
    named = any(c.ent_type_ in ("NORP", "GPE") for c in token.subtree if c.i < token.i)
    return (hardware or counted) and not named


def _units_sent(token: Token, candidate: Candidate, words: Words) -> bool:
    """Whether a target of a show of force is the forces it sends, moves or readies: the object (or a conjunct of it,
    or the forces an "of" after it counts) of a ``dispatch_verb`` or a ``forces_verb`` (words.tsv) among the act's
    trigger words, with no name or demonym before it ("sent riot police to the border", "will deploy three more
    companies to the province", "moved some of its vehicles toward X", "sent thousands of soldiers", "put its air
    defence units on alert", "sent soldiers to reinforce the police"). Those are the doer's own or its side's, its
    instrument: the resolver may have given them the story's other state, but they are no one the act is aimed at.
    Units a text names as another's ("sent Patrian police officers") stay, and so does where the forces went ("to
    Patria")."""
    while token.dep_ in ("conj", "pobj") and token.head.i != token.i:  # "sent gendarmes and soldiers"
        if token.dep_ == "pobj" and (token.head.lower_ != "of" or token.head.head.dep_ not in ("dobj", "conj")):
            break  # "thousands of soldiers", "a contingent of 300 soldiers": the forces counted, not a place
        token = token.head.head if token.dep_ == "pobj" else token.head
    verb = token.head
    if token.dep_ != "dobj" or token.pos_ not in ("NOUN", "PRON", "NUM") \
            or not any(t.i == verb.i for t in (candidate.head, *candidate.trigger)):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in words.dispatch_verb and lemma not in words.forces_verb:
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") for t in token.subtree if t.i < token.i)


def assemble_with_evidence(judged: Grouped, knowledge: Knowledge) -> tuple[CodedArticle, list[Evidence]]:
    """The coded article and, for each of its events in order, the evidence its confidence was computed
    from (``scripts/fit_confidence.py`` fits the confidence model on these)."""
    article, doc, found = judged.article, judged.doc, judged.actors
    finder = knowledge.finder
    sentences = found.sentences
    parsed = found.view(doc).text  # the parse copy (nlp.parse_copy)
    events: list[Event] = []
    evidences: list[Evidence] = []
    per_sentence = Counter(item.candidate.sentence for act in judged.acts for item in act.mentions)
    seen: set[tuple[object, ...]] = set()
    parties: dict[int, frozenset[str]] = {}  # the sentence_parties of each sentence, worked out once for its events
    # the events output so far, as evidence reads them (a set: each event asks whether it is among them, and a list
    # was scanned once per event)
    earlier: set[Earlier] = set()
    article_parties = ArticleParties.of(found)
    for act in judged.acts:
        candidate, status = act.judged.candidate, act.judged.status
        code = cameo.lookup(status.cameo)
        sent = sentences[candidate.sentence]
        trigger = _TriggerChars(*_chars(candidate.trigger))
        day = event_day(status.date, article.date)
        sides = [("source", tok, ref, participant(finder, doc, found, tok, ref, day)) for tok, ref in candidate.sources]
        sources = [side[3] for side in sides]
        own = {p.actor for p in sources} | {finder.speaks_for(ref, day).key for _, ref in candidate.sources}
        countries = {ref.country for _, ref in candidate.sources if ref.kind == "country"}
        # a show of force is made with the doer's own forces: "the government mobilized police and soldiers"
        forces_of = {ref.country for _, ref in candidate.sources if ref.country and state_force(ref)}
        hearsay = _media_hearsay(candidate, knowledge.lexicon.words)  # aimed at no one (the media's reports)
        sides += [("target", tok, ref, participant(finder, doc, found, tok, ref, day)) for tok, ref in candidate.targets
                  if (hearsay is None or tok.i in hearsay) and (ref.key not in own or tok.i in found.home_level)
                  and not (ref.country in countries and ref.kind in ("country", "sector"))
                  and not own_side_of_set(tok.i, ref, candidate.targets, candidate.sources)
                  and not _own_noun(tok, ref, candidate, knowledge.kb, knowledge.lexicon.words)
                  and not own_state_pronoun(tok, ref, candidate, found, knowledge.lexicon.words)
                  and not _forum_topic(tok, knowledge.lexicon.words)
                  and not (code.root == cameo.POSTURE_ROOT and ref.country in forces_of and state_force(ref))
                  and not (code.root == cameo.POSTURE_ROOT and _means(tok, candidate, knowledge.kb))
                  and not (code.root == cameo.POSTURE_ROOT and (_units_sent(tok, candidate, knowledge.lexicon.words)
                                                           or tok.ent_type_ in TIME_ENTITIES))]
        targets = [side[3] for side in sides[len(sources):]]
        key = (trigger.start_char, code.code, tuple(p.actor for p in sources), tuple(p.actor for p in targets))
        if key in seen:
            continue
        seen.add(key)
        event_id = content_id(article.id, str(candidate.sentence), str(trigger.start_char), code.code,
                              *[p.actor or p.text for p in sources], "->", *[p.actor or p.text for p in targets],
                              prefix="e")
        if candidate.sentence not in parties:
            parties[candidate.sentence] = sentence_parties(found, candidate.sentence)
        this = Earlier.of(code.code[:2], sources, targets)
        why = evidence(candidate, sources, targets, found, status.modality, status.negated, status.historical,
                       status.attribution is not None,
                       bool(status.attribution and status.attribution.anonymous), code.quad_class,
                       lead=candidate.sentence == 0,
                       quoted=any(q.start <= trigger.start_char < q.end for q in judged.quotes),
                       crowded=per_sentence[candidate.sentence] - 1, nearby=parties[candidate.sentence],
                       this=this, earlier=earlier, parties=article_parties)
        earlier.add(this)
        evidences.append(why)
        events.append(Event(
            id=event_id, plover=code.plover, cameo=code.code, mode=code.mode, context=list(code.context),
            source=sources, target=targets,
            trigger=Span(text=article.text[trigger.start_char:trigger.end_char], start=trigger.start_char,
                         end=trigger.end_char),
            sentence=SentenceRef(index=candidate.sentence, text=sentence_text(article.text, parsed, sent)),
            negated=status.negated, modality=status.modality, historical=status.historical,
            date=None if status.context_date else status.date, location=status.location,
            attribution=status.attribution, quad_class=code.quad_class, goldstein=code.goldstein,
            confidence=confidence(why, knowledge.confidence),
            mentions=mentions(article.text, parsed, found, act),
            explanation=explain(candidate, status, sides, found, knowledge.lexicon, finder, day, act.why)
            if knowledge.explain else None,
        ))
    quotes = [Quote(text=article.text[q.start:q.end], start=q.start, end=q.end,
                    speaker=Speaker(text=q.speaker.text, actor=q.speaker.ref.key if q.speaker.ref else None)
                    if q.speaker else None)
              for q in judged.quotes]
    used = {p.actor for e in events for p in (*e.source, *e.target)} | \
        {e.attribution.actor for e in events if e.attribution} | \
        {q.speaker.actor for q in quotes if q.speaker}
    actors = []
    for actor_id, ref in found.refs.items():
        if ref.entry is None and ref.kind in ("person",) and actor_id not in used:
            continue
        actors.append(Actor(id=actor_id, name=ref.name, code=ref.code, country=ref.country, sector=ref.sector,
                            kind=ref.kind, wikidata=ref.wikidata, mentions=found.mentions.get(actor_id, [])))
    return CodedArticle(
        id=article.id, title=article.title, date=article.date.isoformat() if article.date else None,
        text=article.text, source=article.source, url=article.url, actors=actors, events=events,
        quotes=quotes), evidences


def sentence_text(text: str, parsed: str, sent: SpacySpan) -> str:
    """A sentence as written (``text``), without the furniture blanked after it in the parse copy
    (``parsed``; detente.furniture: a credit line after the last sentence is read as its trailing blank)."""
    end = sent.start_char + len(parsed[sent.start_char:sent.end_char].rstrip())
    return text[sent.start_char:end].strip()


def mentions(text: str, parsed: str, found: DocActors, act: Act) -> list[EventMention]:
    """Each mention of an act once, in text order: its trigger (or anaphoric noun) and its sentence."""
    spans = [(_chars(item.candidate.trigger), item.candidate.sentence) for item in act.mentions]
    spans += [(_chars((token,)), found.sentence_of.get(token.i, 0)) for token in act.anaphors]
    out: dict[tuple[int, int], EventMention] = {}
    for (start, end), index in spans:
        sent = found.sentences[index]
        out.setdefault((start, end), EventMention(
            trigger=Span(text=text[start:end], start=start, end=end),
            sentence=SentenceRef(index=index, text=sentence_text(text, parsed, sent))))
    return [out[key] for key in sorted(out)]


def participant(finder: ActorFinder, doc: Doc, found: DocActors, token: Token, ref: ActorRef,
                day: dt.date | Period | None) -> Participant:
    """One side of an event: the whole noun phrase ("US Secretary of State Rex Tillerson") and its actor."""
    view, i = found.view(doc), token.i
    start, end = found.spans.get(i, (i, i + 1))
    if ref.kind == "unresolved" or found.by_token.get(i) not in (ref, None) or i not in found.by_token:
        # the object phrase an actor is named in, or the unknown doer's words
        start, end = noun_phrase(token, view, finder.words)
    elif group := found.groups.get(i):
        start = min(start, view.edges(i)[0]) if len(group) > 1 else start  # token.left_edge.i
    elif view.dep[i] not in ("compound", "amod", "poss") and view.pos[i] != "PRON":
        start = min(start, view.edges(i)[0])  # token.left_edge.i: determiners and titles belong to the phrase
        end = max(end, i + 1)
    end = with_apposition(doc, view, token, end)
    while start < end - 1 and view.text[view.idx[start]:view.end[start]].isspace():  # Token.is_space
        start += 1  # a blanked dateline before the first subject (nlp.parse_copy)
    # start < end: the characters of doc[start:end], without the Span
    start_char, end_char = view.idx[start], view.end[end - 1]
    dated = finder.dated(ref, day)
    actor = None if ref.kind == "unresolved" else ref.key
    text = doc.user_data.get("text")  # the text as written (nlp.parse_copy, nlp.source_text)
    if text is None:  # not as get()'s default: Doc.text joins every token's text on each call
        text = view.text
    return Participant(text=text[start_char:end_char], actor=actor, code=dated.code,
                       country=dated.country, sector=dated.sector, start=start_char, end=end_char)


class _TriggerChars(NamedTuple):
    start_char: int
    end_char: int


def _chars(tokens: Iterable[Token]) -> tuple[int, int]:
    """The characters from the first to the last of some tokens (as their ``doc[first:last + 1]``
    would give, without making the Span: spaCy makes a Python object for every token it walks)."""
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def with_apposition(doc: Doc, view: ParseView, token: Token, end: int) -> int:
    """Extend a phrase over what renames it: "Amnesty International (AI)", "X, an Afghan spokesman"."""
    def text(k: int) -> str:  # doc[k].text
        return view.text[view.idx[k]:view.end[k]]

    if end + 2 < len(view.head) and text(end) == "(" and text(end + 2) == ")" and text(end + 1).isupper():
        return end + 3  # Token.is_upper is str.isupper of its text
    for child in view.children[token.i]:
        if view.dep[child] == "appos" and child >= end and text(end) == ",":
            right = view.edges(child)[1]  # doc[child].right_edge.i
            if right - end < 12:
                return right + 1
    return end


def noun_phrase(token: Token, view: ParseView, words: Words | None = None) -> tuple[int, int]:
    """A noun phrase: its head with what precedes it and one following "of/from/in/to" phrase
    ("a weapons store of the Iraqi army", "support from PA Leader Mahmoud Abbas"), but not an
    accusation's content the parser hung on the accused ("accused Western countries of double
    standards": Western countries)."""
    i = token.i
    end = i + 1
    following = [c for c in view.children[i] if c > i]
    accused = words is not None and view.dep[i] == "dobj" and view.lemma[view.head[i]] in words.accusation_verb \
        and bool(following) and view.lower[following[0]] in words.accusation_prep
    if following and view.dep[following[0]] == "prep" \
            and view.lower[following[0]] in ("of", "from", "in", "to", "for", "at") and not accused:
        pobj = next((c for c in view.children[following[0]] if view.dep[c] == "pobj"), None)
        if pobj is not None:
            end = pobj + 1
    return view.edges(i)[0], end  # token.left_edge.i


def event_day(date: EventDate | None, published: dt.date | None) -> dt.date | Period | None:
    """The day (or, for a date known to the month, week or year, the period) against which roles are
    resolved: the event's own date, else publication (``actors.kb.role_date``)."""
    return role_date(date.value if date else None, published)
