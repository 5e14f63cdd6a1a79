"""According to whom: the speaker an event candidate is attributed to. The subject of the reporting verb the act
hangs on, of a reporting verb set into its clause or closing the sentence as the parser's last conjunct of the acts
(:func:`trailing_source`), of an "according to" phrase, or the speaker of the quote it is in; none when the act is
the article's own narration (the "when" clause of a date, an event noun after a time preposition, a time clause, a
summary apposition, a non-restrictive relative clause, a definite event noun another act of the reported words acts
on or refers to: "will ask the EU to take up the detention of its guards", session 49). A part of the status step,
like ``dating.py`` and ``places.py``; whether the speaker speaks for the doer, so that no attribution is kept, is
``vouching.py``'s. Cue words come from ``data/lexicon/cues.tsv``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from detente.events.doers import legal_ground
from detente.events.speakers import SAY_KINDS

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Span, Token

    from detente.actors.resolve import DocActors
    from detente.events.extract import Candidate
    from detente.events.lexicon import Lexicon, Words
    from detente.events.speakers import Speaker, Speakers
    from detente.model import EventDate
    from detente.parse_view import ParseView
    from detente.records import FoundQuote

T = TypeVar("T")
# auxiliaries of reported speech: a joined clause with them goes on with what was said ("..., but X had refused")
BACKSHIFT_AUX = frozenset({"have", "would"})
# auxiliaries that put reported words in a tense of their own (perfect, future), against which a joined plain past
# is the article's narration (AttributionRules._article_tense_clause)
REPORTED_TENSE_AUX = frozenset({"had", "has", "have", "will", "would"})
# auxiliaries of an act told as done in a clause on a noun ("fishermen who were detained", "a ship that had been
# seized"): with them the act is background the speaker takes as known (AttributionRules._background_on_noun)
PAST_AUX = frozenset({"was", "were", "had", "been", "'d"})


class AttributionRules:
    """The attribution rules of the status step; the judge provides the lexicon, actors, quotes and speakers."""

    lex: Lexicon
    words: Words
    found: DocActors
    quotes: tuple[FoundQuote, ...]
    speakers: Speakers

    def _because(self, field: str, value: T, reason: str) -> T:
        raise NotImplementedError  # the judge notes the rule that set a field

    def cue(self, kind: str, word: str) -> bool:
        raise NotImplementedError

    def sentence_dates(self, sent: Span) -> list[tuple[int, int, EventDate]]:
        raise NotImplementedError

    def _when_of_date(self, head: Token, expressions: list[tuple[int, int, EventDate]]) -> EventDate | None:
        raise NotImplementedError

    def _presupposed(self, c: Candidate) -> bool:
        raise NotImplementedError  # the judge: an event noun after a time preposition

    def quoted(self, c: Candidate) -> bool:
        raise NotImplementedError  # the history rules: whether the event's head lies inside a quotation

    def _narrated(self, view: ParseView, clause: int) -> bool:
        """Whether a clause hung on a reporting verb is the article's own narration, not what was said:
        a time clause ("..., residents said, as Kinshasa called on the council to act"), a causing participle
        set after the verb ("..., prosecutors said, prompting Moscow to demand ..."), or one measured
        from a time preposition ("..., the army said, a day after the allies had wrapped up a drill")."""
        dep, lower, children = view.dep, view.lower, view.children
        if dep[clause] in ("advcl", "conj") and any(dep[m] == "mark" and self.cue("temporal", lower[m])
                                                    for m in children[clause]):
            # a conjunct with a time subordinator of its own is a time clause the parser joined to the act before
            # it ("closed the border and recalled its envoy, a day after a drone strike killed four people")
            return True
        said = view.head[clause]
        if dep[clause] == "advcl" and view.tag[clause] == "VBG" and clause > said \
                and view.lemma[clause] in self.words.implicative_verb \
                and self.lex.says(view.lemma[said]) \
                and not any(dep[d] in ("nsubj", "nsubjpass", "mark") for d in children[clause]):
            # what an act set after it brought about ("..., prosecutors said, prompting Moscow to demand ...",
            # words.tsv implicative_verb); "..., accusing Y of shelling ...", "..., adding that ..." are said
            return True
        return dep[clause] in ("advcl", "conj") and any(
            dep[m] == "npadvmod" and m < clause and any(dep[p] == "prep" and self.cue("temporal", lower[p])
                                                        for p in children[m]) for m in children[clause])

    def _saying(self, view: ParseView, verb: int) -> bool:
        """Whether a verb is used as a saying: a reporting verb's lemma with a clause of what is said, or with no
        object; "recalled its ambassador ..., after police detained two citizens" is an act (reporting.tsv:
        "recall +ambassador" is 161), and the time clause on it the article's narration."""
        children, dep = view.children[verb], view.dep
        return self.lex.says(view.lemma[verb]) and (
            any(dep[d] in ("ccomp", "xcomp", "parataxis") for d in children)
            or not any(dep[d] == "dobj" for d in children))

    def _own_further_act(self, view: ParseView, clause: int, judgement: int) -> bool:
        """Whether a clause is the speaker's own next act joined to what it judged: a finite conjunct with
        no subject of its own on a reported "X was Y" whose subject is no actor ("the E3 said Iran's
        decision was regrettable and called on it to resume cooperation": the appeal is the E3's)."""
        dep, children = view.dep, view.children
        return dep[clause] == "conj" and view.tag[clause] in ("VBD", "VBZ", "VBP") \
            and not any(dep[d] in ("nsubj", "nsubjpass", "expl") for d in children[clause]) \
            and dep[judgement] == "ccomp" and view.lemma[judgement] == "be" \
            and any(dep[d] in ("acomp", "attr") for d in children[judgement]) \
            and not any(dep[d] in ("nsubj", "nsubjpass") and d in self.found.by_token for d in children[judgement])

    def _grieved(self, view: ParseView, i: int) -> bool:
        """Whether the act at ``i`` is named in what a protest or demand is about (cues.tsv ``grievance``): after a
        preposition of its ("over the detention", "an inquiry into the strike") or in a clause on a noun of its
        object ("the release of drivers who were detained"), below any verb of saying. What is demanded itself
        ("demanded the release", "demanded that Fiji free them") is the demand's, not given."""
        dep, lower, pos = view.dep, view.lower, view.pos
        named = False
        while view.head[i] != i:
            child, i = i, view.head[i]
            if pos[i] == "VERB" and self.lex.says(view.lemma[i]):
                return False  # what someone said ("after police said soldiers had shot ...") keeps its speaker
            # (after a preposition of what it is about, words.tsv about_act_prep and grievance_prep: "a protest over",
            # "an inquiry into", "protested against")
            named = named or (dep[child] == "pobj" and (lower[i] in self.words.about_act_prep
                                                        or lower[i] in self.words.grievance_prep)) \
                or (dep[child] in ("relcl", "acl") and pos[i] in ("NOUN", "PROPN"))
            if named and self._grievance(view, i):
                return True
        return False

    def _thanked_for(self, view: ParseView, i: int) -> str | None:
        """The verb of thanks or praise (words.tsv ``gratitude_verb``) whose "for" names the act at ``i`` ("thanked
        Ankara for standing by Somalia and sending aid", "praised X for its help"), or None."""
        dep, head = view.dep, view.head
        i = view.coordination_head(i)  # "for standing by Somalia and sending aid"
        prep = head[i]
        if dep[i] not in ("pcomp", "pobj") or prep == i or view.lower[prep] != "for" or dep[prep] != "prep":
            return None
        verb = head[prep]
        if verb == prep or view.pos[verb] != "VERB" or view.lemma[verb] not in self.words.gratitude_verb:
            return None
        return view.text[view.idx[verb]:view.end[verb]]

    def _grievance(self, view: ParseView, i: int) -> bool:
        """Whether the word at ``i`` is a protest or demand: its lemma, a compound on it ("a protest note") or,
        for a verb, its object ("lodged a protest")."""
        def cued(k: int) -> bool:
            return self.cue("grievance", view.lemma[k])

        def compounded(k: int) -> bool:  # "a protest note"
            return any(view.dep[m] == "compound" and cued(m) for m in view.children[k])

        if cued(i) and view.pos[i] in ("VERB", "NOUN"):
            return True
        return compounded(i) or (view.pos[i] == "VERB" and any(
            view.dep[k] == "dobj" and (cued(k) or compounded(k)) for k in view.children[i]))

    def _act_referred_to(self, view: ParseView, c: Candidate) -> str | None:
        """The word whose act is about the candidate's event noun, when the noun is what another act of the sentence
        acts on or refers to, not the act told: the object of a verb or of a preposition (not a ``told_act_prep`` of
        words.tsv, whose object is the agent or the occasion of what is told: "were killed in a strike", "hit by a
        drone"), below a verb of saying: "said the incident broke the 2019 fishing accord", "will ask the EU to take
        up the detention of its guards", "challenged the Commission's approval of the merger". The noun must be
        definite ("the", "its", "China's": the speaker refers to an act it takes as known; eval/wire/README.md: an
        act named after a time preposition, or as what a protest or demand is about, is given); an indefinite one is
        news the speaker tells ("troops repelled an attack by Y's forces"). Not when the verb is the act's own (in
        its trigger, or its subjects are all the act's doers: "the EU adopted a package of sanctions", "Chile turned
        down the offer"), nor the object of a verb of saying ("confirmed the strike"), nor a subject ("a drone strike
        killed two people")."""
        if not c.nominal:
            return None
        dep, head, pos, lower = view.dep, view.head, view.pos, view.lower
        words = self.words
        if not any(dep[d] == "poss" or dep[d] == "det" and lower[d] in words.definite_det | words.possessive_det
                   for d in view.children[c.head.i]):
            return None  # an indefinite act is news the speaker tells: "troops repelled an attack by Y's forces"
        i = c.head.i
        while dep[i] == "conj" and head[i] != i:
            i = head[i]  # "the 2012 and 2018 agreements"
        if dep[i] == "pobj":
            prep = head[i]
            if dep[prep] == "agent" or lower[prep] in self.words.told_act_prep:
                return None
            up = head[prep]
            while lower[prep] == "of" and pos[up] == "NOUN" and dep[up] in ("dobj", "pobj", "conj") and head[up] != up:
                # through the measure or kind of the acts: "adopted a package of sanctions"
                prep, up = up, head[up]
                if dep[prep] == "pobj":
                    prep, up = up, head[up]
        elif dep[i] == "dobj":
            up = head[i]
        else:
            return None
        trigger = {t.i for t in c.trigger}
        verb = next((k for k in (up, *view.ancestors(up)) if pos[k] in ("VERB", "AUX")), None)
        if verb is None or verb in trigger or up in trigger:
            return None
        reporting = self.lex.reporting
        if reporting.get(view.lemma[verb]) is not None and verb == up:
            return None  # "confirmed the strike", "denied the attack": the saying's own content
        sources = {t.i for t, _ in c.sources}
        verbs = [verb]
        while dep[verbs[-1]] in ("xcomp", "conj") and head[verbs[-1]] != verbs[-1]:
            verbs.append(head[verbs[-1]])  # the subject of a controlling or joined verb: "agreed to extend sanctions"
        subjects = {d for v in verbs for d in view.children[v] if dep[d] in ("nsubj", "nsubjpass")}
        subjects |= {g for d in subjects for g in view.children[d] if dep[g] in ("conj", "appos")}
        if sources and sources <= subjects:
            # the verb is the act's own, its subject every doer: "the EU adopted a package of sanctions" (not one
            # party's doing about a joint act: "said Togo must respect the 2019 accord between the two countries")
            return None
        if not any(self.lex.says(view.lemma[k]) and pos[k] == "VERB" for k in view.ancestors(verb)):
            return None  # no speaker above it
        return view.text[view.idx[up]:view.end[up]]

    @staticmethod
    def _joined_clause(view: ParseView, clause: int, said: int) -> bool:
        """Whether a clause is joined to the verb of saying as a clause of its own, with its own subject and no
        "that": "Diplomats said Ruto had offered to host the talks, and the AU urged both sides to ...": the
        article's own voice, not what the diplomats said ("said ... and that the AU would send ..." is said)."""
        dep, children = view.dep, view.children
        return dep[clause] == "conj" and clause > said and view.pos[clause] in ("VERB", "AUX") \
            and any(dep[d] in ("nsubj", "nsubjpass", "expl") for d in children[clause]) \
            and not any(dep[d] == "mark" or (dep[d] == "aux" and view.lemma[d] in BACKSHIFT_AUX)
                        for d in children[clause])

    def _article_tense_clause(self, view: ParseView, clause: int, reported: int) -> bool:
        """Whether a clause joined to the reported clause of a verb of saying, with a subject of its own, is the
        article's own narration by its tense: a plain past after reported words in the past perfect or the
        present ("Diplomats said Ruto had offered to host the talks, and the AU urged both sides to ...", "said
        Washington stands with Palau, and Japan praised ..."). In the same tense it may still be said."""
        dep, children, tag = view.dep, view.children, view.tag
        said = view.head[reported]
        if dep[clause] != "conj" or dep[reported] != "ccomp" or clause < said or tag[clause] != "VBD" \
                or not self.lex.says(view.lemma[said]) \
                or not any(dep[d] in ("nsubj", "nsubjpass") for d in children[clause]) \
                or any(dep[d] in ("mark", "aux", "auxpass") for d in children[clause]) \
                or not any(view.lower[d] == "and" and dep[d] == "cc" for d in children[reported]):
            return False
        return tag[reported] in ("VBZ", "VBP") or any(
            dep[d] == "aux" and view.lower[d] in REPORTED_TENSE_AUX for d in children[reported])

    @staticmethod
    def _aside(view: ParseView, clause: int) -> bool:
        """Whether a relative clause is non-restrictive: set off by a comma, or opened by "which" (wire
        copy writes a restrictive one with "that"; "the rebels who had seized it" restricts)."""
        first = view.edges(clause)[0]
        return (first > 0 and view.lower[first - 1] == ",") or view.lower[first] == "which"

    def _background_on_noun(self, view: ParseView, child: int, noun: int) -> bool:
        """Whether ``child`` is a clause on a noun of the reported words that tells an act as done, background the
        speaker mentions as known: a restrictive relative clause or a participle on a noun other than the subject
        ("asked Tunisia to free fishermen whose trawlers were seized by its coast guard", "... a cargo ship that
        police detained on Saturday", "... 14 fishermen detained by the Jamaican coast guard", "the ministry said").
        Told as done: a simple past, a past participle with no auxiliary or with a past one ("were", "had"), not
        negated; a relative clause in the present or future, with a modal ("who would be tried"), or a present
        participle is told as news."""
        dep, children, lower = view.dep, view.children, view.lower
        if dep[child] not in ("relcl", "acl") or view.pos[noun] not in ("NOUN", "PROPN") \
                or view.tag[child] not in ("VBD", "VBN") \
                or dep[view.coordination_head(noun, ("conj", "appos"))] in ("nsubj", "nsubjpass"):
            # on the reported clause's subject the clause picks out whom it means ("said rebels who had seized
            # the town had fled"): said with it
            return False
        if view.negated(child, self.lex.cues.get("negation", ())):
            return False
        aux = [lower[d] for d in children[child] if dep[d] in ("aux", "auxpass")]
        if any(a not in PAST_AUX for a in aux) or (view.tag[child] == "VBN" and dep[child] == "relcl" and not aux):
            return False
        return any(self.lex.says(view.lemma[j]) and view.pos[j] == "VERB" for j in view.ancestors(noun))

    def attribution(self, c: Candidate) -> Speaker | None:
        """The speaker the candidate's act is attributed to, or None when the article says it in its own voice."""
        token = c.frame_token if c.frame_token is not None else c.head
        if self._when_of_date(c.head, self.sentence_dates(self.found.sentence(c.head))) is not None \
                and not self.quoted(c):
            # "X said ... since June, when Israel struck the sites": the date's act is given, not claimed
            return self._because("attribution", None, "a 'when' clause on a date: given, not claimed")
        if self._presupposed(c) and not self.quoted(c):
            # "the drones strayed into its airspace during a Russian attack on Izmail, the ministry said"
            return self._because("attribution", None, "an event noun after a time preposition or 'in response to', "
                                 "'in retaliation for': given, not claimed")
        doc = c.head.doc
        view = self.found.view(doc)
        if (thanks := self._thanked_for(view, c.head.i)) is not None:
            # "thanked Qatar for \"standing by Lebanon\"", "praised Belgrade for resisting pressure", the thanker's
            # words quoted or not: the thanks is the act told, what it is for is given (words.tsv gratitude_verb)
            return self._because("attribution", None,
                                 f"what the thanks or praise {thanks!r} is for: given, not claimed")
        if not self.quoted(c) and self._grieved(view, c.head.i):
            # "lodged a protest over the killing of two farmers by soldiers who opened fire, the ministry said"
            return self._because("attribution", None, "an act a protest or demand is about: given, not claimed")
        referred = None if self.quoted(c) else self._act_referred_to(view, c)
        if referred is not None:
            # "the ministry said the overflight broke the 2019 fishing accord", "X will ask the EU to look into
            # Y's seizure of its trawler, the minister said": an act another act of the
            # reported words is about is given, not claimed
            return self._because("attribution", None,
                                 f"an event noun that {referred!r} acts on or refers to: given, not claimed")
        dep, children, reporting = view.dep, view.children, self.lex.reporting
        i = token.i
        path = [i]
        own_act = False  # the speaker's own act joined to its judgement (below)
        while view.head[i] != i:
            child, i = i, view.head[i]
            own_act = own_act or self._own_further_act(view, child, i)
            if self._narrated(view, child) and not self._saying(view, i) \
                    and not self.quoted(c):
                # "..., lodged a protest after a Chinese ship blocked a vessel, the ministry said": an act
                # in a time clause is given, not claimed (as an event noun after a time preposition); in
                # the speaker's own quote it is the speaker's word
                return self._because("attribution", None, "an act in a time clause: given, not claimed")
            if dep[child] == "relcl" and dep[i] == "appos" and not self.quoted(c) and self._aside(view, i) \
                    and any(dep[s] in ("nsubj", "nsubjpass") and view.tag[s] not in ("WDT", "WP")
                            for s in children[child]):
                # "..., the ministry said, a claim Russia rejected on Friday": a summary set after the
                # reported words, with an act of its own doer, is the article's narration
                return self._because("attribution", None, "an act in a summary apposition: the article's own")
            if dep[child] == "relcl" and self._aside(view, child) and not self.quoted(c) \
                    and any(self.lex.says(view.lemma[j]) and view.pos[j] == "VERB"
                            for j in (i, *view.ancestors(i))):
                # "..., the gang, which had seized the town in October, ..., the commander said": a
                # non-restrictive relative clause is the article's narration, not what was said
                return self._because("attribution", None, "an act in a relative clause aside: the article's own")
            if self._background_on_noun(view, child, i) and not self.quoted(c) \
                    and not any(dep[k] == "conj" for k in path[:-1]):
                # "X asked Y to release fishermen detained by its navy last week, the ministry said": an act
                # (not a conjunct of the clause's verb: "detained two men who had crossed the border and charged
                # them", the parser's joining of the main act, roles.relative_clause_conjunct)
                # told as done in a clause on a noun of the reported words is given background, not claimed
                return self._because("attribution", None,
                                     "an act told as done in a clause on a noun of the reported words: given")
            if self._article_tense_clause(view, child, i) and not self.quoted(c):
                return self._because("attribution", None, "a clause joined in the article's tense")
            path.append(i)
            kind = reporting.get(view.lemma[i])
            if kind in SAY_KINDS and view.pos[i] == "VERB" \
                    and dep[child] in ("ccomp", "xcomp", "advcl", "conj", "parataxis", "dobj") \
                    and not self._narrated(view, child) and not object_fronted(view, child, i) \
                    and not (own_act and dep[child] == "ccomp") and not self._joined_clause(view, child, i):
                speaker = self._reported_by(doc[i], "reporting verb")
                if speaker is not None:
                    return speaker
        for i in path:
            # "X pounded Y overnight, Ukraine's air force said, cutting ...": a reporting verb set into the
            # clause it reports (no complement of its own) hangs under it as parataxis; one on the path is
            # the verb the event's own narration hangs on ("..., the army said, in the first such clash
            # since the two countries reached a deal": the deal is given). The parser may hang it on the
            # clause that follows it ("X fired missiles, the army said, a day after Y had wrapped up ..."):
            # set before that clause's verb, it closes the clause the event is in
            inserted = [*children[i], *(g for k in children[i] if dep[k] in ("conj", "advcl") and k > token.i
                                        for g in children[k] if g < k)]
            for child in inserted:
                if dep[child] == "parataxis" and view.pos[child] == "VERB" and child not in path \
                        and self.lex.says(view.lemma[child]) \
                        and not any(dep[d] in ("ccomp", "xcomp", "dobj") for d in children[child]):
                    speaker = self._reported_by(doc[child], "inserted")
                    if speaker is not None:
                        return speaker
        for i in path:
            for child in children[i]:
                if trailing_source(view, child, token.i, reporting):
                    # "X seized a trawler and arrested its crew, the ministry said": the source set after the last
                    # of the joined acts, which the parser made one more conjunct of them, reports all of them
                    speaker = self._reported_by(doc[child], "trailing")
                    if speaker is not None:
                        return speaker
        for i in path:
            for child in children[i]:
                if dep[child] == "prep" and view.lower[child] == "according":
                    speaker = self.speakers.according(doc[child])
                    if speaker is not None:
                        return self._because("attribution", speaker, "'according to'")
        for quote in self.quotes:
            if quote.start <= c.head.idx < quote.end and quote.speaker is not None:
                return self._because("attribution", quote.speaker, "inside a quote of this speaker")
        if own_act:
            return self._because("attribution", None, "the speaker's own act, joined to what it judged")
        author = self._legal_author(view, c)
        if author is not None:
            # "prosecutors charged three men with setting fire to a depot", "Britain sanctioned two units for
            # attacking civilians": what a legal act is for is its author's charge (eval/wire/README.md: an act
            # inside a charge keeps its speaker)
            return self._because("attribution", author, f"the ground of a legal act by {author.text!r}")
        return self._because("attribution", None, "no reporting verb, 'according to' or quote")

    def _reported_by(self, verb: Token, kind: str) -> Speaker | None:
        """The speaker of a reporting verb as the act's source, its rule naming the ``kind`` of verb it is (the
        reporting verb over the act, one inserted into its sentence, one trailing it); None when it has none."""
        speaker = self.speakers.of_verb(verb)
        if speaker is None:
            return None
        return self._because("attribution", speaker, f"subject of the {kind} {verb.text!r}")

    def _legal_author(self, view: ParseView, c: Candidate) -> Speaker | None:
        """Who charges or penalises when the candidate is what a legal act is for (``doers.legal_ground``): the
        active verb's subject, a passive's agent ("were charged by prosecutors with ..."); None for a passive
        with none, or inside a quote (the quote's speaker says it)."""
        if c.nominal or self.quoted(c):
            return None
        legal = legal_ground(view, c.head.i, self.words)
        if legal is None or legal == c.head.i:
            return None
        doc, children, dep = c.head.doc, view.children, view.dep
        if any(dep[k] in ("nsubjpass", "auxpass") for k in children[legal]):
            agent = next((o for a in children[legal] if dep[a] == "agent" for o in children[a] if dep[o] == "pobj"),
                         None)
            return self.speakers.speaker(doc[agent]) if agent is not None else None
        return self.speakers.of_verb(doc[legal])


def object_fronted(view: ParseView, clause: int, verb: int) -> bool:
    """Whether the parser hung a clause as the complement of a later verb that has its own object between
    them ("X accused Y of ..., [a charge] Z denies"): the clause is what that object refers back to, not
    what the verb says or denies."""
    return view.dep[clause] == "ccomp" and clause < verb and any(
        view.dep[d] == "dobj" and clause < d < verb for d in view.children[verb])


def trailing_source(view: ParseView, clause: int, act: int, reporting: Mapping[str, str]) -> bool:
    """Whether ``clause`` is a verb of saying (a ``say`` frame of ``reporting``: reporting.tsv's lemmas and kinds)
    that closes the sentence after the act at ``act`` as its source, though the parser joined it to the act's
    verb as one more conjunct: a conjunct after the act with a subject of its own and no complement, object or
    subordinating word, set off by a comma and no conjunction ("Senegal's navy seized a trawler and arrested its
    crew, the ministry said"). A conjunct opened by "and" ("..., and the ministry said on Monday") or one that
    says something ("..., the ministry said it would ...") is not."""
    dep, children = view.dep, view.children
    if dep[clause] != "conj" or clause < act or view.pos[clause] != "VERB" \
            or reporting.get(view.lemma[clause]) != "say" \
            or any(dep[d] in ("ccomp", "xcomp", "dobj", "mark", "cc", "advcl", "parataxis") for d in children[clause]):
        return False
    subjects = [d for d in children[clause] if dep[d] == "nsubj" and d < clause]
    if not subjects:
        return False
    start = view.edges(subjects[0])[0]
    if start == 0 or view.lower[start - 1] != ",":
        return False
    # the source closes the sentence: its words run to the sentence's end
    end = view.sent_end[view.sent[clause]]
    return all(view.pos[k] in ("PUNCT", "SPACE") for k in range(view.edges(clause)[1] + 1, end))
