"""Whose word an act is: whether a speaker is the doer or speaks for it (its body, office, organ,
spokesperson or its own pronoun; for a word act, also a named speaker nothing places), or speaks for the side
acted on; and whether an act of a court or of the criminal process is a deed its own side reports (``legal_deed``).
A state body the knowledge base does not know, named with its own country ("the Freedonian Eastern Command said" of
Freedonian troops), speaks for its state's deeds too (``_country_body_of_the_doer``, session 42).
A speaker named as every side ("officials on both sides said", "the two armies said": ``each_side`` cues) vouches
for an act between two or more countries (``_each_side``, session 43): asserted, its attribution kept.
An unnamed official or source of one doer's own state, placed by its own words ("a Peruvian official"), relaying a
word act or plan is the doer's own word: no attribution (``official_of_a_word_act``, session 47); so is a plan of a
deed (an act still to come) relayed by such an official or by a statement or text nothing places ("Madrid will give
the navy two boats, according to the text of the pact": ``plan_rule``, asked by ``status.judge``), and so
is a plan relayed by the named side of one of its doers ("Chile and Peru will patrol the river together, Peru's
defence minister said": ``speaker_of_one_doer``, session 48). A part of a state body, or its head, owned in its own
words by a body the resolver placed ("the army's eastern command said", "its regional director said") speaks for its
state's deeds (``_unit_of_the_doer``, session 48). The rule that found a speaker the doer's own names itself in the
explanation (``vouching_rule``, ``plan_rule``, session 49). An unnamed official voice nothing places ("..., officials
said", "..., a security source said") sourcing an act its sentence tells first vouches for it as a party's voice:
asserted, its attribution kept (``unplaced_voice_after``, asked by ``status.judge``, session 49).
A part of the status step, like
``dating.py`` and ``places.py``; cue words come from ``data/lexicon/cues.tsv``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from detente.events.cameo import REQUEST_ROOTS, lookup
from detente.events.places_home import STATE_SECTORS, state_actor
from detente.events.speakers import Speaker, Speakers, country_word

if TYPE_CHECKING:
    from collections.abc import Callable

    from detente.actors.resolve import ActorRef, DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon, Words


class VouchRules:
    """The speaker rules of the status step; the judge provides the lexicon, actors and speakers."""

    lex: Lexicon
    found: DocActors
    words: Words
    cues: dict[str, frozenset[str]]
    speakers: Speakers
    org_of: Callable[[ActorRef], str | None]

    def cue(self, kind: str, word: str) -> bool:
        raise NotImplementedError

    def speaks_for_source(self, speaker: Speaker, c: Candidate, every: bool = False, unnamed: bool = True) -> bool:
        """Whether the speaker is the doer or speaks for it: the same actor or body, an office holder
        or organ of the doer's state ("Peskov said Moscow ..."), "we" inside the speaker's own quote,
        or an unnamed spokesperson of the doer ("X summoned Y, a spokesman said"). With ``every``, it
        must speak for every doer: one side of "Indian and Pakistani troops clashed, the two armies
        said" asserts the clash (modality) but does not make it its own word (attribution). With
        ``unnamed``, an unnamed official of the doer's own state vouches for it too (an unnamed source of
        the side acted on does not: "a Togolese army official" of Togo's envoy summoned)."""
        return self.vouching_rule(speaker, c, every, unnamed) is not None

    def vouching_rule(self, speaker: Speaker, c: Candidate, every: bool = False, unnamed: bool = True) -> str | None:
        """The rule by which the speaker is the doer or speaks for it (:meth:`speaks_for_source`), said for
        ``--explain``: what the rule found and its name in this module; None when no rule does."""
        if not c.sources:
            return None
        first = self.words.pronoun_first_plural | self.words.pronoun_first_singular
        inside = any(start <= c.head.idx < end for start, end in self.speakers.quote_spans)
        view = self.found.view(c.head.doc)
        if inside and any(t.lower_ in first or any(view.dep[d] == "poss" and view.lower[d] in first
                                                   for d in view.children[t.i])
                          for t, _ in c.sources):
            return _rule("'we' or 'our' in the speaker's own quote", "speaks_for_source")
        rule = self._named_rule(speaker, c, every, unnamed)
        if rule is not None:
            return rule
        ref = speaker.ref if speaker.ref is not None else self._country_word(speaker)
        if ref is None:
            return None
        if speaker.anonymous:
            # an unnamed official of the doer's own state ("..., a Kenyan official said" of Kenyan police)
            # vouches for it (asserted), but an unnamed source keeps the attribution
            resolved = [s for _, s in c.sources if s.kind != "unresolved"]
            own_state = unnamed and not every and bool(ref.country) and state_actor(ref) and bool(resolved) and all(
                state_actor(s) and s.country == ref.country for s in resolved)
            return _rule("an unnamed official of the doer's own state", "speaks_for_source") if own_state else None
        # so does a state's organ of an extended sector: its media ("Iranian state media said", GOVMED)
        organ = (ref.sector or "")[:3] in STATE_SECTORS
        body, country = self.org_of(ref), ref.country if state_actor(ref) or organ else None
        resolved = [s for _, s in c.sources if s.kind != "unresolved"]
        same = bool(resolved) and (all if every else any)(
            s.key in (ref.key, body) or (s.kind == "organisation" and self.org_of(s) in (ref.key, body))
            or (ref.code is not None and s.code == ref.code)
            or (country is not None and s.country == country and state_actor(s)) for s in resolved)
        return _rule("the doer itself, its body, or an organ of its state", "speaks_for_source") if same else None

    def _named_rule(self, speaker: Speaker, c: Candidate, every: bool, unnamed: bool) -> str | None:
        """The first of the speaker rules of this class that finds the speaker the doer's own (in the order
        :meth:`vouching_rule` asks them), as :func:`_rule` says it; None when none does."""
        if self._spokesperson(speaker):
            return _rule("an unnamed spokesperson whose words name no body", "_spokesperson")
        if self._office_of_the_government(speaker, c):
            return _rule("a holder of a state office speaking of the bare government", "_office_of_the_government")
        if self._body_of_the_doer(speaker, c):
            return _rule("a bare state body of the doers' one state", "_body_of_the_doer")
        if self._country_body_of_the_doer(speaker, c):
            return _rule("a state body its own words place in the doers' state", "_country_body_of_the_doer")
        if self._unit_of_the_doer(speaker, c, every):
            return _rule("a part of a body of the doer's state, owned by it in its own words", "_unit_of_the_doer")
        if not every and self._official_of_the_doer(speaker, c):
            return _rule("an unnamed official named by the doer's own body noun", "_official_of_the_doer")
        if not every and self._each_side(speaker, c):
            return _rule("a speaker named as every side of the act", "_each_side")
        if self._pronoun_of_the_speaker(speaker, c):
            return _rule("the speaker's own pronoun as the doer", "_pronoun_of_the_speaker")
        if self._office_of_the_doer(speaker, c):
            return _rule("the doer's office or spokesperson, by its possessive", "_office_of_the_doer")
        if unnamed and self._unplaced_of_a_word_act(speaker, c):
            return _rule("a speaker nothing places, relaying a word act", "_unplaced_of_a_word_act")
        return None

    def plan_rule(self, speaker: Speaker, c: Candidate) -> str | None:
        """The rule by which the speaker relays a plan of the doer's own side, a deed's included (the caller asks it
        of acts still to come, ``future`` or ``intended``), said for ``--explain``; None when no rule does: a
        statement or text nothing places ("Madrid will also give the navy 20 million euros, according to the pact as
        published", ``_unplaced_of_a_word_act``) or an unnamed official of a doer's state (``official_of_a_word_act``)
        or a named speaker of one of its doers (``speaker_of_one_doer``, session 48) or of the side the plan is made
        with, the lender's loan told by the borrower's ministry (``_speaks_for_target``, session 66). A stated plan
        relayed by the doer's side is its own word (eval/wire/README.md), whatever act is planned; a deed done and so
        relayed keeps its speaker. (Until session 49 a yes/no ``plan_of_its_own_side``.)"""
        if self._unplaced_of_a_word_act(speaker, c, plan=True):
            return _rule("a statement or text nothing places", "_unplaced_of_a_word_act")
        if self.official_of_a_word_act(speaker, c, plan=True):
            return _rule("an unnamed official of a doer's own state", "official_of_a_word_act")
        if self.speaker_of_one_doer(speaker, c):
            return _rule("a named speaker of one of its doers", "speaker_of_one_doer")
        if not speaker.anonymous and self._speaks_for_target(speaker, c):
            return _rule("a named speaker of the side the plan is made with", "_speaks_for_target")
        return None

    def speaker_of_one_doer(self, speaker: Speaker, c: Candidate) -> bool:
        """Whether a named speaker speaks for one of the doers of a plan, each doer checked alone (the caller asks it
        of acts still to come): "Chile and Peru agreed to hold joint patrols, Peru's defence ministry said", "Spanish
        and Moroccan officers will begin joint patrols in May, the Spanish minister said". A stated plan relayed by
        one of its doers' side is that side's word (eval/wire/README.md), a deed planned included; the doer's side
        vouching for a deed done keeps its attribution (``speaks_for_source``, ``every``), and an unnamed source is
        left to ``official_of_a_word_act``."""
        if speaker.anonymous:
            return False
        return any(self.speaks_for_source(speaker, replace(c, sources=(side,)), unnamed=False) for side in c.sources)

    def official_of_a_word_act(self, speaker: Speaker, c: Candidate, plan: bool = False) -> bool:
        """Whether an unnamed official or source of one doer's own state relays a word act or plan (not a deed or a
        signing, ``CameoCode.is_deed``): "Lima had asked Quito to extradite him, a Peruvian official said",
        "the two ministers will meet in Lima next week, a Chilean diplomat said". The doer's side relaying its own
        word act has no attribution (eval/wire/README.md); in the dev gold such acts have none far more often than
        one (session 47: 38 to 4). An unnamed source of every side ("officials on both sides", ``_each_side``) or
        of the side acted on keeps it, as does one of a third party, and so does an official named only by the
        doer's body noun ("Ghana's foreign ministry summoned ..., a ministry official said": ``_official_of_the_doer``,
        an unnamed source of the body itself)."""
        if not speaker.anonymous or (lookup(c.cameo).is_deed and not plan) or self._each_side(speaker, c) \
                or self._official_of_the_doer(speaker, c):
            return False
        # the speaker's own words must place it ("a Peruvian official", "a State Department official"): a bare
        # "diplomats said" the resolver placed from the context may be anyone's
        view = self.found.view(speaker.token.doc)
        first, last = view.edges(speaker.token.i)
        by_token = self.found.by_token
        if self._country_word(speaker) is None \
                and not any(i != speaker.token.i and i in by_token for i in range(first, last + 1)):
            return False
        # of one doer's state, as the modality reads it (asserted): each doer checked alone
        return any(self.speaks_for_source(speaker, replace(c, sources=(side,))) for side in c.sources)

    def legal_deed(self, c: Candidate) -> bool:
        """Whether the act is a step of the criminal process or of a court (``criminal_verb`` in words.tsv, or any
        act whose known doers are all a state's judiciary): "a court sentenced two men to three years, court officials
        said", "prosecutors opened an investigation, the prosecution authority said". Told and then sourced to the
        doer's own side it is a deed (attributed, as eval/wire/README.md has a court's sentence), whatever its
        class in PLOVER's quads (a charge, a sentence, an investigation are verbal there); not a court's order or
        demand (its word), nor, by the caller, a step told as the past behind the news (historical)."""
        if lookup(c.cameo).root in REQUEST_ROOTS:
            return False  # a court's order or demand is its word ("ordered the bank to pay")
        if c.head.lemma_.lower() in self.words.criminal_verb:
            return True
        doers = [ref for _, ref in c.sources if ref.known]
        return bool(doers) and all(ref.sector == "JUD" for ref in doers)

    def unplaced_voice_after(self, speaker: Speaker, c: Candidate) -> bool:
        """Whether an unnamed official voice nothing places sources, after it, an act the sentence tells first
        ("Freedonian patrol boats shadowed the trawler for an hour, a security source said", "..., officials said",
        "..., diplomats said": a ``voice`` cue noun of cues.tsv, session 49). The article tells the act as fact and
        names where it had it; such a voice is one of the parties far more often than an outsider (on the dev
        articles, 19 such acts are asserted to 4 reported), so it vouches for the act (asserted), its attribution
        kept. A voice whose words place it ("a Freedonian official", "officials in Ruritania"), or that says more of
        who it is ("two diplomats familiar with the talks"), keeps its own reading, and so does a witness or resident,
        a third party (eval/wire/README.md: "..., residents said" is reported), or a voice an ``outsider`` word of
        cues.tsv makes one ("medical sources", "aid officials")."""
        token = speaker.token
        view = self.found.view(token.doc)
        if not self.cue("voice", view.lemma[token.i]) or token.i <= c.head.i \
                or view.sent[token.i] != view.sent[c.head.i] or self._country_word(speaker) is not None:
            return False
        first, last = view.edges(token.i)
        if any(view.dep[d] not in ("det", "amod", "compound") for d in view.children[token.i]):
            return False  # "two diplomats familiar with the talks", "officials in Ruritania", "its officials"
        by_token, places = self.found.by_token, self.found.places
        # (a capital word places it too: "a Western diplomat", "Gulf sources"; an outsider's word makes it a third
        # party's: "medical sources", "aid officials")
        return not any(i != token.i and (view.pos[i] == "PROPN" or i in by_token or i in places
                                         or view.dep[i] != "det" and view.capitalised(i)
                                         or self.cue("outsider", view.lemma[i]))
                       for i in range(first, last + 1))

    def _country_word(self, speaker: Speaker) -> ActorRef | None:
        """The country an unnamed source the knowledge base cannot place is named by ("two Egyptian security
        sources", "Thai military sources"): the country of a country word modifying it or the body noun in compound
        before it (session 48), or none."""
        if not speaker.anonymous:
            return None
        view, i = self.found.view(speaker.token.doc), speaker.token.i
        ref = country_word(self.found, view, i, ("amod", "compound"))
        if ref is not None:
            return ref
        # or of the body noun in compound before it ("a Tajik security source": "Tajik" parsed on "security")
        return next((word for d in view.children[i] if view.dep[d] == "compound"
                     and (word := country_word(self.found, view, d, ("amod", "compound"))) is not None), None)

    def _speaks_for_target(self, speaker: Speaker, c: Candidate) -> bool:
        """Whether the speaker speaks for the side acted on: as :meth:`speaks_for_source` of the targets,
        or a state organ, its media included, speaking of its own country's people or places ("two Georgian
        farmers", Georgia's police; "a car in south Lebanon", Lebanese state media), or the local officials of
        the places and people acted on ("people were killed in a strike on Sumy, regional officials said")."""
        if self.speaks_for_source(speaker, replace(c, sources=c.targets), unnamed=False):
            return True
        ref = speaker.ref
        if speaker.anonymous:
            return False
        if ref is None:
            view = self.found.view(speaker.token.doc)
            # officials, not witnesses: "local residents said" is a third party
            local = self.cue("on_record", view.lemma[speaker.token.i]) and any(
                view.dep[d] in ("amod", "compound") and self.cue("local", view.lower[d])
                for d in view.children[speaker.token.i])
            return local and any(s.kind == "country" for _, s in c.targets)
        if not ref.country or not (state_actor(ref) or (ref.sector or "")[:3] in STATE_SECTORS):
            return False
        return any(s.kind != "unresolved" and s.country == ref.country for _, s in c.targets)

    def _body_of_the_doer(self, speaker: Speaker, c: Candidate) -> bool:
        """A bare state body placed by no knowledge ("the foreign ministry", "the defence ministry") speaking
        of acts whose doers are all state actors of one country: that state's own body. Its own words name no
        country, so a country the resolver gave it from the context (the last one named before it, often the
        target's: "Austria summoned the Czech envoy ..., the foreign ministry said") does not make it another's, for
        a word act (``CameoCode.is_deed``); of a deed the side acted on may well be the one speaking ("Russian
        forces shelled Chernihiv, the ministry said" after Kyiv's news)."""
        if speaker.anonymous or (speaker.ref is not None and speaker.ref.country and lookup(c.cameo).is_deed):
            return False
        token = speaker.token
        view = self.found.view(token.doc)
        if not self.cue("state_body", view.lemma[token.i]):
            return False
        first, last = view.edges(token.i)
        if view.lower[first] != "the" or view.dep[first] != "det":
            return False
        # a proper name of its own ("the National Prosecution Authority", "the Prosecutor General's Office") is
        # still bare when it names no actor or place the article knows
        named = view.pos[token.i] == "PROPN"
        if any(view.pos[i] == "PROPN" and not named or view.dep[i] == "poss" and view.pos[i] != "PROPN"
               or i in self.found.by_token or i in self.found.places for i in range(first, last + 1) if i != token.i):
            return False  # "Turkey's foreign ministry", "the Turkish ministry" name their own state
        if any(self.cue("outsider", view.lemma[i]) for i in range(first, last + 1)):
            return False  # a third party's body: "the International Maritime Bureau", "the humanitarian agency"
        resolved = [s for _, s in c.sources if s.kind != "unresolved"]
        return bool(resolved) and all(state_actor(s) for s in resolved) and len({s.country for s in resolved}) == 1

    def _country_body_of_the_doer(self, speaker: Speaker, c: Candidate) -> bool:
        """A named state body the knowledge base does not know, whose own words name its country ("the Freedonian
        Eastern Command", "Ruritania's State Customs Committee": a ``state_body`` noun with a country word in
        compound, as adjective or possessive), speaking of acts whose doers are all state actors of that country:
        the doer's own body, a deed included (eval/wire/README.md: a deed told by the doer's own state organ is
        asserted, with its attribution). Its words must name no other actor or place."""
        if speaker.anonymous or speaker.ref is not None:
            return False
        token = speaker.token
        view = self.found.view(token.doc)
        if not self.cue("state_body", view.lemma[token.i]):
            return False
        country = country_word(self.found, view, token.i, ("amod", "compound", "poss"))
        if country is None:
            return False
        first, last = view.edges(token.i)
        by_token = self.found.by_token
        if any(i in self.found.places or i in by_token and by_token[i].country != country.country
               for i in range(first, last + 1)):
            return False
        resolved = [s for _, s in c.sources if s.kind != "unresolved"]
        return bool(resolved) and all(state_actor(s) and s.country == country.country for s in resolved)

    def _unit_of_the_doer(self, speaker: Speaker, c: Candidate, every: bool = False) -> bool:
        """A named part of a state body the knowledge base does not know, or its head, owned in its own words by a
        body the resolver placed ("the army's eastern command", "the Philippine Navy's Western Command", "the
        police's anti-terror unit", "its regional director": a ``state_body``, ``body_part`` or ``spokesperson``
        noun with a possessive that resolves to a state actor), speaking of acts whose doers are state actors of
        that body's state (each of them with ``every``): the doer's own organ, a deed included (eval/wire/README.md:
        the doer's side includes its state organs; session 48). Its words must name no other state's actor or
        place; a body of another state or a third party's ("the UN agency's office") keeps the act reported."""
        if speaker.anonymous or speaker.ref is not None:
            return False
        token = speaker.token
        view = self.found.view(token.doc)
        lemma = view.lemma[token.i]
        if not (self.cue("state_body", lemma) or self.cue("body_part", lemma) or self.cue("spokesperson", lemma)):
            return False
        by_token = self.found.by_token
        first, last = view.edges(token.i)
        owners = [by_token[i] for i in range(first, last + 1) if view.dep[i] == "poss" and i in by_token]
        countries = {ref.country for ref in owners}
        if not owners or len(countries) != 1 or not all(ref.country and state_actor(ref) for ref in owners):
            return False
        places = self.found.places
        if any(i in places and places[i][1] not in countries or i in by_token and by_token[i].country not in countries
               for i in range(first, last + 1)):
            return False  # a place of its own state may name its seat ("its Kelantan director")
        resolved = [s for _, s in c.sources if s.kind != "unresolved"]
        return bool(resolved) and (all if every else any)(state_actor(s) and s.country in countries
                                                          for s in resolved)

    def _office_of_the_government(self, speaker: Speaker, c: Candidate) -> bool:
        """A named holder of a state office the knowledge base does not place ("Defence Minister X said")
        speaking of the article's bare "the government" or "the ministry": one of its own."""
        if speaker.anonymous or (speaker.ref is not None and speaker.ref.country):
            return False
        token = speaker.token
        view = self.found.view(token.doc)
        office = self.cues.get("office", ())
        first, last = view.edges(token.i)
        if not any(lemma in office for lemma in view.lemma[first:last + 1]):
            return False
        return any(t.pos_ == "NOUN" and any(view.lower[d] == "the" for d in view.children[t.i])
                   and not any(view.dep[d] in ("amod", "compound", "poss") for d in view.children[t.i])
                   and ref.country and state_actor(ref) for t, ref in c.sources)

    def _official_of_the_doer(self, speaker: Speaker, c: Candidate) -> bool:
        """An unnamed official named by the doer's own body noun ("Kenya's foreign ministry summoned
        the envoys, a ministry official said"; "Police detained two protesters, a police official
        said"), with no other name or country in the speaker's words: the doer's side vouches for the
        act (asserted), but an unnamed source keeps the attribution."""
        token = speaker.token
        view = self.found.view(token.doc)
        bodies = {view.lemma[d] for d in view.children[token.i] if view.dep[d] == "compound"}
        if not bodies:
            return False
        first, last = view.edges(token.i)
        if any(view.pos[i] == "PROPN" or view.dep[i] in ("amod", "poss") and i in self.found.by_token
               for i in range(first, last + 1)):
            return False
        return any(view.lemma[t.i] in bodies for t, _ in c.sources)

    def _each_side(self, speaker: Speaker, c: Candidate) -> bool:
        """A speaker whose words name it as every side (an ``each_side`` cue of cues.tsv in its words: "officials on
        both sides", "officials of both countries", "the two armies") of an act between two or more countries
        (doers and targets together): the participants vouch for it ("Freedonian and Ruritanian negotiators met in
        Geneva, officials on both sides said": asserted). Not every side's own word, so the attribution stays. The
        speaker must be a voice of the sides: an official, source or diplomat (an ``anonymous`` cue noun) or a state
        actor or organ, not a third party who stands on both sides ("aid workers on both sides of the border")."""
        view = self.found.view(speaker.token.doc)
        ref = speaker.ref
        if not (self.cue("anonymous", view.lemma[speaker.token.i])
                or ref is not None and (state_actor(ref) or (ref.sector or "")[:3] in STATE_SECTORS)):
            return False
        first, last = view.edges(speaker.token.i)
        words = f" {' '.join(view.lower[first:last + 1])} "
        if not any(f" {cue} " in words for cue in self.cues.get("each_side", ())):
            return False
        sides = {s.country for _, s in (*c.sources, *c.targets) if s.kind != "unresolved" and s.country}
        return len(sides) >= 2

    def _pronoun_of_the_speaker(self, speaker: Speaker, c: Candidate) -> bool:
        """Every doer is a third-person pronoun ("it", "its troops") agreeing with the speaker and
        subject of what the speaker's own verb says ("the border service said it had detained ...",
        "X said ... and that its troops had repelled ..."): the speaker's claim about itself, whatever
        an earlier sentence the pronoun was resolved to."""
        if not c.sources or speaker.anonymous:
            return False
        view, words = self.found.view(speaker.token.doc), self.words
        who = speaker.token.i
        # the speaker's own reporting verb, or one joined to its verb ("UNHCR and the IOM urged ... and said they
        # had delivered ...")
        verb = view.head[who]
        said = {v for v in (verb, *(d for d in view.children[verb] if view.dep[d] == "conj"))
                if self.lex.says(view.lemma[v])}
        if view.dep[who] not in ("nsubj", "nsubjpass") or not said:
            return False
        if view.tag[who] in ("NNS", "NNPS") or any(view.dep[d] == "conj" for d in view.children[who]):
            # (speakers joined by "and" are plural: "UNHCR and the IOM said they had delivered ...")
            agree = words.pronoun_plural
        elif speaker.ref is not None and speaker.ref.kind == "person" or self.cue("office", view.lemma[who]):
            # "Hungary's foreign minister said he would meet ...": an office holder is a person
            agree = words.person_pronouns
        else:
            agree = words.pronoun_thing
        if speaker.ref is not None and speaker.ref.kind != "person" and speaker.ref.country:
            # "North Korea's state media said its army had fired ...": "its" is the country the speaker is of
            agree = agree | words.pronoun_thing
        for token, _ in c.sources:
            i = token.i
            if view.lower[i] not in agree and not any(view.dep[d] == "poss" and view.lower[d] in agree
                                                      for d in view.children[i]):
                return False
            if view.dep[i] not in ("nsubj", "nsubjpass"):
                return False
            clause = view.coordination_head(view.head[i])
            if view.dep[clause] != "ccomp" or view.head[clause] not in said:
                return False
        return True

    def _office_of_the_doer(self, speaker: Speaker, c: Candidate) -> bool:
        """A speaker named by a third-person possessive that agrees with every doer, all subjects told before it
        in the same sentence ("Chile's president is due to travel to Lima, his office said"; "the army ...,
        its spokesman said"): the doer's own office or spokesperson."""
        if not c.sources or speaker.anonymous:
            return False
        token = speaker.token
        view, words = self.found.view(token.doc), self.words
        owned = [d for d in view.children[token.i] if view.dep[d] == "poss" and view.pos[d] == "PRON"]
        owners = [view.lower[d] for d in owned]
        if len(owners) != 1 or owners[0] not in words.person_pronouns | words.pronoun_thing | words.pronoun_plural:
            return False
        first, last = view.edges(token.i)
        # (the owner itself may be resolved: "their" of the miners in "their union said")
        # (the speaker's own noun may be resolved through its owner: "his office" of a president's office)
        if any(view.pos[i] == "PROPN" or i in self.found.by_token and i != token.i
               for i in range(first, last + 1) if i != owned[0]):
            return False  # "his Chilean counterpart", "its Kremlin spokesman" name someone else
        sentence = view.sent[token.i]
        for source, ref in c.sources:
            i = source.i
            # the subject itself, or what a quantity subject counts ("hundreds of miners ..., their union said")
            counted = view.dep[i] == "pobj" and view.lower[view.head[i]] == "of" \
                and view.dep[view.head[view.head[i]]] in ("nsubj", "nsubjpass")
            if view.sent[i] != sentence or i > token.i or view.dep[i] not in ("nsubj", "nsubjpass") and not counted:
                return False
            person = ref.kind == "person" or self.cue("office", view.lemma[i])
            plural = view.tag[i] in ("NNS", "NNPS")
            agree = words.person_pronouns if person else words.pronoun_plural if plural else words.pronoun_thing
            if owners[0] not in agree:
                return False
        return True

    def _unplaced_of_a_word_act(self, speaker: Speaker, c: Candidate, plan: bool = False) -> bool:
        """A named speaker nothing places, relaying a word act (a statement, protest, request, meeting, agreement or
        plan: not a deed or a signing, ``CameoCode.is_deed``): a body, office, outlet or statement the knowledge
        base does not know and whose words name no actor of another country than the doer's ("the palace said the
        king is due to visit ...", "a joint statement said the two sides agreed ...", "State House said ..."). Such a
        speaker is the doer's own side far more often than a third party (on the dev articles 31 such word acts have
        no attribution, 4 one), and a word act relayed by the doer's side is its own word (eval/wire/README.md). An
        unnamed source keeps its attribution; a deed keeps its speaker (a deed planned, ``plan``, is a word act
        here)."""
        if speaker.anonymous or speaker.ref is not None or (lookup(c.cameo).is_deed and not plan):
            return False
        countries = {s.country for _, s in c.sources if s.kind != "unresolved"}
        if not countries:
            return False
        token = speaker.token
        view = self.found.view(token.doc)
        first, last = view.edges(token.i)
        by_token = self.found.by_token
        return not any(i in by_token and by_token[i].country not in countries for i in range(first, last + 1))

    def _spokesperson(self, speaker: Speaker) -> bool:
        """An unnamed spokesperson whose words name no body ("a spokesman", not "a Kremlin spokesman")."""
        token = speaker.token
        if not self.cue("spokesperson", token.lemma_.lower()):
            return False
        view = self.found.view(token.doc)
        first, last = view.edges(token.i)
        return not any(i != token.i and (view.pos[i] == "PROPN" or i in self.found.by_token)
                       for i in range(first, last + 1))


def _rule(found: str, name: str) -> str:
    """A speaker rule said for ``--explain``: what it found and where it lives."""
    return f"{found}: events/vouching.py, VouchRules.{name}"
