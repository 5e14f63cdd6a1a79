"""What a third-person pronoun stands for ("he", "she", "it", "they", "them"): the latest salient person of
matching gender, with speaker continuity across quotes; "it said" after a quote, the last speaking body; "it" in
what a body says, that body (the body in apposition to a speaker's unknown name: "X, Ruritania's foreign ministry,
said it ...");
a joined verb's subject; the head of the relative clause the parser joined the pronoun's verb to ("detained two
fishermen who had crossed the boundary and charged them"); the ones last detained, for the object of a custody order
("ordered them held"); the owner of ground a state says was entered; the people last acted on; the one chased or
ordered; expletive "it" is nobody. Session 41: "he" after an unnamed office holder who spoke
(``office_holder_noun``: "Zambia's foreign minister said ... He also accused ..."), a place's name the NER read as a
person being no person; "him" after a private suspect ("arrested a port worker ... charged him": the worker, not the
official who spoke); "it" as the object of a reaction repeated after another's to an act ("India welcomed the
agreement. The UN also welcomed it": the agreement, no actor); "it" in what a spokesperson adds after saying what a
state would do ("... and that Botswana would not apologise, but added that it ...": that state). Session 42: a plural
pronoun after a set named after a singular pick ("The Commission said it had spoken to both capitals and urged
them ...": the pair, :func:`_named_set`). Session 43: "it" after ", and" that the parser joined to a reported clause
about a thing is the subject of the verb that clause hangs on ("Iran has long feared that the pipeline would cut its
supply, and in 2022 it held drills": Iran, :func:`_governing_subject`); "them" after a state and the people it held
in its own sentence is those people ("Cuba detained nine Jamaican fishermen, and a court in Holguin fined them");
"its" on an organisation's officer is the organisation (:func:`_office_owner`); "Its ..." opening a sentence after
"..., the bloc ECOWAS said" is the name in apposition to the speaker; a plural pronoun after the plural people its
own sentence made the subject is those people, not a singular common noun found since ("Hundreds of students marched
to the embassy before police dispersed them": the students, nobody identifiable).
Session 46: a subject "it" never stands for a lowercase plural common noun outside any name ("Ruritania's defence
ministry said its jets had struck a depot, which it accused militants of using": the ministry, not the jets).
Session 47: "them" that no rule above resolves, after plural people named with a demonym or a state's possessive, is
their state ("detained six Freedonian traders ... Ruritania freed them": ``PersonRules._nationals_again``).
Session 48: "they" said of a speaker that names a set ("The three Baltic states, all members of NATO, announced that
they ...") is the whole set; such a speaker is found when the parser reads the speech verb as a participle on it or
its apposition (``antecedents._apposed_speaker``).
Session 51: a plural pronoun after the plural people its own sentence made the subject is those people also when the
singular actor found is a name or was found in a sentence before ("Bolivian farmers blocked the road, and Chilean
police detained six of them": the farmers, not the ministry that spoke before; a joined verb with a subject of its
own stops the climb to the verbs that are the pronoun's own); a subject "they" after plural people acted on in its own
sentence is those people ("the navy said its patrol had arrested six fishermen after they resisted").
Session 52: "he" after an unnamed office holder who spoke is that office also when a person was named before the
title (only one named after it stands between: "Russia's foreign minister Sergei Lavrov accused Finland ... Finland's
defence minister said ... He urged ..."); so is "he" after such a title that is the subject of the pronoun's own
sentence, whatever its verb ("Croatia's interior minister drove to Vukovar, where he accused Belgrade ...").
Session 55: an object "them" after a sentence whose plural people did what a singular body only says is those
people, not the speaker ("Thirty nurses staged a sit-in, the health ministry said. Police detained them":
:func:`_reported_people`).

The resolver (:class:`detente.actors.doc_resolver.DocResolver`) calls :func:`pronoun` for each pronoun;
these rules only read its tables. Words are passed as token indices and read off the resolver's parse view
(``resolver.v``). Split from ``actors/antecedents.py`` (session 23), which keeps institutions and speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.actors.antecedents import saying_subject
from detente.events.roles import relative_clause_conjunct

if TYPE_CHECKING:
    from detente.actors.doc_resolver import DocResolver
    from detente.actors.resolve import ActorRef


def pronoun(resolver: DocResolver, at: int, lower: str) -> ActorRef | None:
    """What the third-person pronoun ("he", "she", "it", "they") at ``at`` stands for, or None (expletive
    "it")."""
    relative = _relative_head(resolver, at) or _held_in_custody(resolver, at)
    if relative is not None:
        return relative[0]
    excluded = resolver._clause_subjects(at)
    history = [(i, ref) for i, ref in resolver.history if ref.key not in excluded]
    if lower in resolver.words.person_pronouns:
        # the latest person of that gender who was a subject in this or the last two sentences
        # (the speaker a quote continues), else the latest such person at all (for an object, in
        # this or the last sentence)
        wanted = "m" if lower in resolver.words.pronoun_masculine else "f"
        here = resolver.sentence_of[at]
        dep, head, ent_type = resolver.v.dep, resolver.v.head, resolver.v.ent_type
        # a person named with a title ("Congo's foreign minister X") stands as the office
        # (a place's name the NER read as a person is no person: "asked Honiara for an explanation")
        people = [(i, ref) for i, ref in reversed(history[-20:])
                  if (ref.kind == "person" or ent_type[i] == "PERSON" or _named_in_apposition(resolver, i))
                  and i not in resolver.found.places
                  and getattr(resolver.f.kb.get(ref.entry), "gender", None) in (None, wanted)]
        # "He thanked New Delhi for ...": not a person of the state his verb is done to (no one thanks or asks
        # his own government), however salient ("Modi said ... He thanked New Delhi": the visitor)
        done_to = _states_done_to(resolver, at)
        persons = people  # (every person named, for the titles below: one named after a title stands between)
        people = [(i, ref) for i, ref in people if ref.country is None or ref.country not in done_to]
        # (a name in apposition to a title earlier in the pronoun's own sentence is as salient, however the parser
        # hangs the title: "..., and its secretary-general, Jane Doe, said she")
        salient = [(i, ref) for i, ref in people if here - resolver.sentence_of[i] <= 2
                   and (dep[i] in ("nsubj", "nsubjpass") or (dep[i] in ("appos", "compound")
                                                             and dep[head[i]] in ("nsubj", "nsubjpass"))
                        or (dep[i] == "appos" and resolver.sentence_of[i] == here and i < at))]
        if _quoted(resolver, at) and not _named_speaker_after(resolver, at):
            speakers = {ref.key for i, ref in people if here - resolver.sentence_of[i] <= 1 and dep[i] == "nsubj"
                        and resolver.v.lemma[head[i]] in resolver.words.speech_verb}
            people = [(i, ref) for i, ref in people if ref.key not in speakers]
            salient = [(i, ref) for i, ref in salient if ref.key not in speakers]
        suspect = _private_person_before(resolver, at, people)
        if suspect is not None:
            return suspect[1]
        if dep[at] not in ("nsubj", "nsubjpass", "poss"):
            # "a court later jailed him": an object is someone this or the last sentence names (often a
            # suspect the knowledge base does not know), not the story's lead named paragraphs before;
            # a possessive is still the lead ("his office said ...")
            people = [(i, ref) for i, ref in people if here - resolver.sentence_of[i] <= 1]
        titled = _titled_speaker(resolver, at)
        if titled is not None and not any(resolver.sentence_of[i] == here for i, _ in salient):
            # "Latvia's prime minister said her government ...": the unnamed office holder who says the clause,
            # not a person named sentences before nor the government named last ("her government" is the speaker's)
            resolver.found.antecedents[at] = titled[0]
            return titled[1]
        spoken = _spoken_title(resolver, at, persons)
        if spoken is not None:
            # "Zambia's foreign minister said ... He also accused ...": the unnamed office holder who spoke last
            resolver.found.antecedents[at] = spoken[0]
            return spoken[1]
        for i, ref in _patient(resolver, at, people)[:1] or salient[:1] or people[:1]:
            resolver.found.antecedents[at] = i
            return ref
        return None
    if lower in resolver.words.pronoun_thing or lower in resolver.words.pronoun_plural:
        dep = resolver.v.dep
        if dep[at] in ("expl",) or (dep[at] == "nsubj" and resolver.lemma_as_tagged(resolver.v.head[at])
                                    in ("be", "seem", "appear") and lower == "it"
                                    and not _feels(resolver, resolver.v.head[at])):
            return None  # "it was clear that ...": nobody; "said it was worried about ...": the speaker (below)
        if lower == "it" and dep[at] == "nsubjpass" \
                and any(dep[c] == "ccomp" for c in resolver.v.children[resolver.v.head[at]]):
            return None  # "it has been agreed that ...", "it was reported that ...": nobody
        if _repeated_reaction(resolver, at, lower) is not None:
            return None  # "India welcomed the agreement. The UN also welcomed it": the agreement, no actor
        chased = _chased_object(resolver, at, lower)
        if chased is not None:
            return chased[0] if chased else None  # (a thing no actor names moved away: not the chasers)
        joined = _joined_object(resolver, at, lower)
        if joined is not None:
            if len(joined) > 1:
                resolver.found.groups[at] = joined
            return joined[0]
        said = _speaker_of_clause(resolver, at, lower)
        if said is not None:
            return said[1]
        parallel = _conjunct_subject(resolver, at, lower)
        if parallel is not None:
            return parallel[1]
        ground = _entered_ground_owner(resolver, at, lower)
        if ground is not None:
            return ground
        accused = _accused_owner(resolver, at, lower)
        if accused is not None:
            return accused[1]
        owner = _reason_owner(resolver, at, lower) or _joined_doers_own(resolver, at, lower) \
            or _controlled_doer(resolver, at, lower) or _patient_owner(resolver, at, lower)
        if owner is not None:
            return owner
        office = _office_owner(resolver, at, lower, history)
        if office is not None:
            return office
        if lower == "them":  # "detained six Freedonian traders ... Ruritania freed them": Freedonia's people
            nationals = resolver._nationals_again(at)
            if nationals is not None:
                return nationals
        return _salient(resolver, at, history)
    return None


def _relative_head(resolver: DocResolver, at: int) -> tuple[ActorRef | None] | None:
    """"detained two fishermen who had crossed the boundary and charged them with ...": the object pronoun of a verb
    the parser joined to a relative clause is the clause's head (:func:`detente.events.roles.relative_clause_conjunct`
    says when), taken up as a noun naming it again is (``DocResolver._taken_up``: the demonym's country of "two Greek
    fishermen"; nobody known for "two men", never the main clause's doer); None when the rule does not apply."""
    view = resolver.v
    if view.dep[at] != "dobj":
        return None
    found = relative_clause_conjunct(view, view.head[at], resolver.words)
    if found is None:
        return None
    return (resolver._taken_up(at, found[1])[0],)


def _held_in_custody(resolver: DocResolver, at: int) -> tuple[ActorRef | None] | None:
    """"Police detained three Bosnian drivers on Sunday. A judge ordered them held for 40 days": the one a custody
    order keeps held (the object of a ``command_verb`` whose bare participle is a ``custody_verb``, or that
    participle's subject: "ordered them held", "ordered him kept in custody") is the one last detained: the nearest
    object or passive subject of a ``legal_verb`` or ``custody_verb`` ("detained", "were arrested"; also the object the
    parser gives a verb of saying whose complement is such a verb with no subject: "said the suspect was detained")
    of the pronoun's number before it, in its sentence or the one before, as a demonym's
    people are (``_people_ref``: nobody known for "the suspect"), never the court's own side named since. None when
    the pronoun is no such object."""
    view = resolver.v
    dep, head, children, tag, words = view.dep, view.head, view.children, view.tag, resolver.words
    if view.lower[at] not in words.pronoun_object | words.pronoun_feminine:
        return None
    if dep[at] == "dobj":
        order, held = head[at], [c for c in children[head[at]] if dep[c] == "xcomp"]
    elif dep[at] == "nsubj" and dep[head[at]] in ("ccomp", "xcomp"):
        order, held = head[head[at]], [head[at]]
    else:
        return None
    if view.lemma[order] not in words.command_verb \
            or not any(tag[c] in ("VBN", "VBD") and view.lemma[c] in words.custody_verb for c in held):
        return None
    plural, here = view.lower[at] in words.pronoun_plural, resolver.sentence_of[at]
    detaining = words.legal_verb | words.custody_verb

    def detained(k: int) -> bool:  # "were detained", "arrested X"; "said X ... was detained" read as "said X"
        return dep[k] in ("dobj", "nsubjpass") and view.lemma[head[k]] in detaining or dep[k] == "dobj" and any(
            dep[c] == "ccomp" and view.lemma[c] in detaining and c > k
            and not any(dep[d] in ("nsubj", "nsubjpass") for d in children[c]) for c in children[head[k]])

    for k in range(at - 1, -1, -1):
        if here - resolver.sentence_of[k] > 1:
            break
        if view.pos[k] in ("NOUN", "PROPN") and detained(k) \
                and (tag[k] in ("NNS", "NNPS") or any(dep[c] == "conj" for c in children[k])) == plural:
            resolver.found.antecedents[at] = k
            return (_people_ref(resolver, k),)
    return None


def _repeated_reaction(resolver: DocResolver, at: int, lower: str) -> int | None:
    """"Nepal and Bhutan agreed to reopen talks. India welcomed the agreement. The UN also welcomed it": "it" as the
    object of a verb is what the same verb was last done to in its sentence or the one before, when that is a
    singular common noun that names no actor (an act: "the agreement", "the move", "the decision"): its index (kept
    as the pronoun's antecedent, so that the act's doers are its target as they are the noun's:
    ``events/referents.py``), and the pronoun stands for no actor, never the last one named ("India"). None
    otherwise."""
    v = resolver.v
    if lower != "it" or v.dep[at] != "dobj":
        return None
    verb, here = v.lemma[v.head[at]], resolver.sentence_of[at]
    for k in range(at - 1, -1, -1):
        if here - resolver.sentence_of[k] > 1:
            break
        if v.dep[k] == "dobj" and v.lemma[v.head[k]] == verb and v.head[k] != v.head[at]:
            if v.pos[k] != "NOUN" or v.tag[k] != "NN" or k in resolver.found.by_token or k in resolver.found.groups:
                return None  # ("Russia criticised Kyiv. The EU also criticised it": the general rules)
            resolver.found.antecedents[at] = k
            return k
    return None


def _titled_speaker(resolver: DocResolver, at: int) -> tuple[int, ActorRef] | None:
    """The unnamed holder of a state's office ("Latvia's prime minister", "the Kenyan foreign minister") who says the
    clause whose subject is the person pronoun at ``at``, or whose subject it owns ("... said her government
    stood ...", "... said he would travel ..."): (the title's index, the state's body it resolves to); None when
    the speaker is a named person (the person rules find them), no title, or of no known state."""
    v = resolver.v
    subject = v.head[at] if v.dep[at] == "poss" else at
    speaker = saying_subject(resolver, subject)
    if speaker is None or speaker not in resolver.sector_at or v.ent_type[speaker] == "PERSON" \
            or v.tag[speaker] != "NN":
        return None
    ref = resolver.resolve(speaker)
    if ref is None or ref.kind != "sector" or ref.sector != "GOV" or not ref.country:
        return None  # ("his lawyer said he would appeal": the lawyer's client, not the lawyer)
    return speaker, ref


def _spoken_title(resolver: DocResolver, at: int,
                  people: list[tuple[int, ActorRef]]) -> tuple[int, ActorRef] | None:
    """"In Lusaka, Zambia's foreign minister said his cabinet had summoned the envoy. He also accused ...": the
    subject pronoun ("he", "she") of a sentence is the unnamed holder of a state's office (``office_holder_noun``, a
    singular title with no name, resolved to a state's government) who said something (a verb with a reported clause)
    in this or the two previous sentences, or who is the subject of a verb of the pronoun's own sentence ("Croatia's
    interior minister drove to Vukovar, where he accused ..."), when no person named later stands between
    (``people``: the persons named, latest first; one named before the title does not count): (the title's index,
    the government it resolves to); else None. A state or its capital named in between ("asked Harare for an
    explanation") is not who "he" is."""
    v = resolver.v
    if v.dep[at] != "nsubj":
        return None
    here = resolver.sentence_of[at]
    latest_person = people[0][0] if people else -1
    for i, ref in reversed(resolver.history):
        if i >= at:
            continue
        if here - resolver.sentence_of[i] > 2 or i < latest_person:
            return None
        if v.tag[i] == "NN" and v.lemma[i] in resolver.words.office_holder_noun and v.ent_type[i] != "PERSON" \
                and ref.kind == "sector" and ref.sector == "GOV" and ref.country \
                and (_says(resolver, i) or (v.dep[i] == "nsubj" and resolver.sentence_of[i] == here)) \
                and not any(v.dep[c] in ("appos", "compound") and v.pos[c] == "PROPN" for c in v.children[i]):
            return i, ref
    return None


def _private_person_before(resolver: DocResolver, at: int,
                           people: list[tuple[int, ActorRef]]) -> tuple[int, ActorRef | None] | None:
    """"Police arrested a port worker, the minister said. Prosecutors have charged him with treason": an object
    pronoun ("him", "her"; an object-case pronoun the parser makes a subject: "ordered him held") is the private
    person (a singular ``private_person_noun`` or ``general_person_noun``: "a port worker", "the suspect"; not a
    modifier, "a student-led uprising") named in
    its sentence or the one before, when no person named later stands between (``people``, latest first; one who
    only says the sentence, "..., the minister X said", is no such person): (the noun's index, its actor: his
    country only when the text gives one, else None), never the official who spoke nor the state that arrested
    him. None when there is no such noun."""
    v, words = resolver.v, resolver.words
    if not (v.dep[at] in ("dobj", "pobj", "dative") or v.lower[at] in words.pronoun_object):
        return None  # (a subject or a possessive: the general rules)
    here = resolver.sentence_of[at]
    latest_person = next((i for i, _ in people if not _says(resolver, i)), -1)
    for k in range(at - 1, latest_person, -1):
        if here - resolver.sentence_of[k] > 1:
            break
        if v.pos[k] == "NOUN" and v.tag[k] == "NN" and v.ent_type[k] == "" \
                and v.dep[k] in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "attr", "conj") \
                and words.is_person_noun(v.lemma[k]):
            resolver.found.antecedents[at] = k
            return k, resolver.found.by_token.get(k)
    return None


def _says(resolver: DocResolver, i: int) -> bool:
    """Whether the word at ``i`` is the subject of a verb of saying (``speech_verb``, or a verb with a reported
    clause: "told reporters that ...")."""
    v = resolver.v
    verb = v.head[i]
    return v.dep[i] == "nsubj" and (resolver.lemma_as_tagged(verb) in resolver.words.speech_verb
                                    or any(v.dep[c] == "ccomp" for c in v.children[verb]))


def _named_in_apposition(resolver: DocResolver, i: int) -> bool:
    """Whether the title at ``i`` has a person's name in apposition that the NER did not read as a person:
    a proper noun with a given name (or a rank) compounded on it, matched as no actor ("Congo's army spokesman,
    Major General Jean-Pierre Kasongo, said ...", the name an organisation to the NER). The title then stands for
    that person, and "he" later can be him."""
    v = resolver.v
    return any(v.dep[c] == "appos" and v.pos[c] == "PROPN" and c not in resolver.by_match
               and any(v.dep[g] == "compound" and v.pos[g] == "PROPN" for g in v.children[c])
               for c in v.children[i])


def _states_done_to(resolver: DocResolver, at: int) -> set[str]:
    """The countries of the states named as the direct object of the verb the subject pronoun at ``at`` does
    ("He thanked New Delhi", "She asked Tokyo to ..."): a country or its capital, not a person or a body of it."""
    view = resolver.v
    if view.dep[at] != "nsubj":
        return set()
    out = set()
    for obj in view.children[view.head[at]]:
        if view.dep[obj] not in ("dobj", "dative") or obj not in resolver.by_match:
            continue
        ref = resolver.resolve(obj)
        if ref is not None and ref.country and (ref.kind == "country" or (ref.kind, ref.sector) == ("sector", "GOV")):
            out.add(ref.country)
    return out


def _patient(resolver: DocResolver, at: int, people: list[tuple[int, ActorRef]]) -> list[tuple[int, ActorRef]]:
    """"A court jailed the writer X for five years; he was pardoned in 2025 at the request of President Y": the
    subject of a passive verb is the one an earlier verb of its sentence was done to (its object, of the
    pronoun's gender: ``people``, latest first), when no person is a subject between them; else []. Who
    undergoes the second act is who underwent the first, not the subject named paragraphs before."""
    view, here = resolver.v, resolver.sentence_of[at]
    dep = view.dep
    if dep[at] != "nsubjpass":
        return []
    done_to = [(i, ref) for i, ref in people if i < at and resolver.sentence_of[i] == here and dep[i] == "dobj"]
    if not done_to or any(done_to[0][0] < i < at and dep[i] in ("nsubj", "nsubjpass") and view.pos[i] != "PRON"
                          for i in range(done_to[0][0], at)):
        return []
    return done_to[:1]


def _conjunct_subject(resolver: DocResolver, at: int, lower: str) -> tuple[int, ActorRef | None] | None:
    """"Vietnam has lodged a protest after a Chinese ship rammed a boat, and it would ask Beijing to ...": "it"
    (or "they") as the subject of a verb joined to an earlier one is that verb's subject, when it is a known
    actor of the pronoun's number and no person, not a subject inside a clause between them: (its index, its
    actor); a common noun of the pronoun's number that names no known actor ("the men had crossed the line,
    and that they had resisted") leaves the pronoun nobody known, ``(index, None)``, not the latest other
    actor; else None."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    verb = head[at]
    if dep[at] != "nsubj" or dep[verb] != "conj" or head[verb] == verb:
        return None
    first = head[verb]
    subject = next((c for c in children[first] if dep[c] in ("nsubj", "nsubjpass") and c < at), None)
    ref = resolver.found.by_token.get(subject) if subject is not None else None
    plural = lower in resolver.words.pronoun_plural
    if subject is not None and ref is None and view.pos[subject] == "NOUN" \
            and (view.tag[subject] == "NNS") == plural:
        governing = _governing_subject(resolver, first, at, plural)
        if governing is not None:
            resolver.found.antecedents[at] = governing[0]
            return governing
        resolver.found.antecedents[at] = subject
        return subject, None
    if subject is None or not _agrees(resolver, subject, ref, plural):
        return None
    resolver.found.antecedents[at] = subject
    return subject, ref


def _governing_subject(resolver: DocResolver, first: int, at: int, plural: bool) -> tuple[int, ActorRef] | None:
    """"Ruritania has long feared that the pipeline would cut its supply, and in 2022 it held naval drills": a
    pronoun subject after ", and" that the parser joined to the verb of a reported or subordinate clause (``ccomp``,
    ``advcl``) whose own subject names no actor (a thing: "the pipeline") stands for the subject of the verb that
    clause hangs on, when that subject is a known actor of the pronoun's number and no person (:func:`_agrees`):
    the coordination is the sentence's, not the inner clause's. (index, actor), else None."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    if dep[first] not in ("ccomp", "advcl") or head[first] == first:
        return None
    if not any(dep[c] == "cc" and c < at and c > 0 and view.lower[c - 1] == "," for c in children[first]):
        return None
    main = head[first]
    subject = next((c for c in children[main] if dep[c] in ("nsubj", "nsubjpass") and c < first), None)
    ref = resolver.found.by_token.get(subject) if subject is not None else None
    if subject is None or ref is None or not _agrees(resolver, subject, ref, plural):
        return None
    return subject, ref


def _agrees(resolver: DocResolver, subject: int, ref: ActorRef | None, plural: bool) -> bool:
    """Whether the subject at ``subject`` can be what a joined verb's pronoun stands for: a known actor, no person,
    of the pronoun's number (a plural noun or a group for "they"/"their")."""
    view = resolver.v
    return ref is not None and ref.kind != "person" \
        and (view.tag[subject] in ("NNS", "NNPS") or subject in resolver.found.groups) == plural


def _entered_ground_owner(resolver: DocResolver, at: int, lower: str) -> ActorRef | None:
    """"Estonia said a Russian jet had entered its airspace", "Japan said Chinese warships sailed into its
    waters": "its" on a country's ground, air or sea (``territory_noun``) in a reported clause whose subject is
    another state's forces is the speaking state's, not the forces'. None otherwise (the general rules decide:
    "the army said it had reinforced its border")."""
    view = resolver.v
    dep, children = view.dep, view.children
    if lower != "its" or dep[at] != "poss" or view.lemma[view.head[at]] not in resolver.words.territory_noun:
        return None
    verb = view.clause_verb(at)
    subject = next((c for c in children[verb] if dep[c] in ("nsubj", "nsubjpass")), None)
    forces = resolver.resolve(subject) if subject is not None else None
    speaker = saying_subject(resolver, subject) if subject is not None else None
    state = resolver.resolve(speaker) if speaker is not None else None
    if speaker is None or forces is None or state is None or forces.sector not in ("MIL", "COP") \
            or state.kind == "person" or not state.country or forces.country == state.country:
        return None
    resolver.found.antecedents[at] = speaker
    return state


def _object_owner_verb(view, at: int) -> int | None:
    """The verb whose direct object the possessive at ``at`` is on ("closed its airspace": "closed"), else None."""
    noun = view.head[at]
    if view.dep[at] != "poss" or view.dep[noun] != "dobj":
        return None
    return view.head[noun]


def _accused_owner(resolver: DocResolver, at: int, lower: str) -> tuple[int, ActorRef | None] | None:
    """"Ruritania ordered the force out, accusing its soldiers of ...": the possessive on the object of an
    accusation participle (``accusation_verb``, with no subject of its own) hung on a verb done to something is that
    thing's ("ordered it out, accusing its soldiers": what "it" stands for), the party the doer acted on and
    accuses, not the doer's own: (the object's index, its actor, None when the knowledge base does not know it).
    None when the object has another number, is a person or a thing of the doer's own ("recalled its envoy, accusing
    its neighbour": the general rules), or is of the doer's party."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    verb = _object_owner_verb(view, at)
    if verb is None:
        return None
    if view.lemma[verb] not in resolver.words.accusation_verb or view.tag[verb] != "VBG" or dep[verb] != "advcl" \
            or any(dep[c] in ("nsubj", "nsubjpass") for c in children[verb]):
        return None
    above = head[verb]
    while dep[above] == "xcomp" and head[above] != above and not any(dep[c] == "dobj" for c in children[above]):
        above = head[above]  # "told it to go, accusing ...": the parser may hang the participle on "go"
    obj = next((c for c in children[above] if dep[c] == "dobj" and c < verb), None)
    plural = lower in resolver.words.pronoun_plural
    if obj is None or not (view.pos[obj] in ("NOUN", "PROPN") and (view.tag[obj] in ("NNS", "NNPS")) == plural
                           or view.pos[obj] == "PRON" and (view.lower[obj] in resolver.words.pronoun_plural) == plural
                           and view.lower[obj] in resolver.words.pronoun_thing | resolver.words.pronoun_plural) \
            or any(dep[c] == "poss" for c in children[obj]):
        return None
    ref = resolver.resolve(obj)
    doers = [r for r in (resolver.resolve(c) for c in children[above] if dep[c] == "nsubj") if r is not None]
    if ref is not None and (ref.kind == "person" or any(r.country and r.country == ref.country for r in doers)):
        return None
    resolver.found.antecedents[at] = obj
    return obj, ref


def _reason_owner(resolver: DocResolver, at: int, lower: str) -> ActorRef | None:
    """"Thanked Oman for its mediation", "blamed the rebels for their attack": the possessive of the reason
    a verb gives its object ("for ...") is that object, when it is a known actor of the pronoun's number."""
    view = resolver.v
    dep, head = view.dep, view.head
    noun = head[at]
    if dep[at] != "poss" or dep[noun] != "pobj" or view.lower[head[noun]] != "for":
        return None
    verb = head[head[noun]]
    obj = next((c for c in view.children[verb] if dep[c] == "dobj" and c < at), None)
    if obj is None:
        return None
    members = list(dict.fromkeys(resolver._members(obj)))  # "thanked Kenya and Uganda for their support"
    plural = view.tag[obj] in ("NNS", "NNPS") or len(members) > 1
    if not members or plural != (lower in resolver.words.pronoun_plural) or members[0].kind == "person":
        return None
    resolver.found.antecedents[at] = obj
    if len(members) > 1:
        resolver.found.groups[at] = members
    return members[0]


def _joined_doers_own(resolver: DocResolver, at: int, lower: str) -> ActorRef | None:
    """"Ankara froze the process after Baku objected, and closed its airspace": the possessive on the object of a
    verb joined to an earlier one, with no subject of its own, is that verb's subject (the doer's own), when it is
    a known non-person actor of the pronoun's number; not a subject inside a clause between them. Else None."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    verb = _object_owner_verb(view, at)
    if verb is None:
        return None
    if dep[verb] != "conj" or head[verb] == verb or any(dep[c] in ("nsubj", "nsubjpass") for c in children[verb]):
        return None
    subject = next((c for c in children[head[verb]] if dep[c] == "nsubj" and c < at), None)
    ref = resolver.found.by_token.get(subject) if subject is not None else None
    plural = lower in resolver.words.pronoun_plural
    if subject is None or not _agrees(resolver, subject, ref, plural):
        return None
    resolver.found.antecedents[at] = subject
    return ref


def _controlled_doer(resolver: DocResolver, at: int, lower: str) -> ActorRef | None:
    """"Urged China to stop sending its warships", "asked Russia to withdraw its peacekeepers", "accused Moscow of
    moving its troops": the possessive on the object of a verb with no subject of its own, whose doer is the
    object of the verb of ordering it completes (``object_control_verb``, through verbs that share their subject:
    "to stop sending") or of the verb whose "of"/"against"/"from" clause it is, or the owner of the noun whose "to"
    clause it is ("Pyongyang's decision to send its troops"; not a noun of asking another, ``appeal_verb``,
    ``command_verb``, ``object_control_verb``: "Somalia's request to close its embassy"), is that doer, when it
    is a known actor of the pronoun's number and no person: a possessive is its own clause's doer's before an
    earlier subject's. Not on a verb of force or coercion (``harm_verb``: "warned Israel against attacking its nuclear
    sites", the warner's). Else None."""
    view = resolver.v
    dep, head, children, lemma = view.dep, view.head, view.children, view.lemma
    noun = head[at]
    if dep[at] != "poss" or dep[noun] != "dobj":
        return None
    verb = head[noun]
    if lemma[verb] in resolver.words.harm_verb:
        return None

    def doer_of(v: int) -> int | None:
        return next((c for c in children[v] if dep[c] in ("nsubj", "nsubjpass", "dobj") and c < at
                     and (dep[c] != "dobj" or view.pos[c] in ("NOUN", "PROPN"))), None)

    while dep[verb] == "xcomp" and head[verb] != verb and doer_of(verb) is None \
            and doer_of(head[verb]) is None and lemma[head[verb]] not in resolver.words.object_control_verb:
        verb = head[verb]  # "to stop sending": the doer of "stop"
    if any(dep[c] in ("nsubj", "nsubjpass") for c in children[verb]) or head[verb] == verb:
        return None
    above = head[verb]
    words = resolver.words
    if dep[verb] == "acl" and lemma[above] not in words.appeal_verb | words.command_verb | words.object_control_verb:
        # "Pyongyang's decision to send its troops", "Moscow's offer to withdraw its forces": the noun's owner
        # (not one who asks another: "Somalia's request to close its embassy")
        doer = next((c for c in children[above] if dep[c] == "poss" and c < at), None)
    elif dep[verb] == "xcomp" and lemma[above] in words.object_control_verb:
        doer = next((c for c in children[above] if dep[c] == "dobj" and c < at), None)
    elif dep[verb] == "pcomp" and dep[above] == "prep" and view.lower[above] in ("of", "against", "from") \
            and head[above] != above:
        doer = next((c for c in children[head[above]] if dep[c] == "dobj" and c < at), None)
    else:
        return None
    ref = resolver.resolve(doer) if doer is not None else None
    if doer is None or ref is None or not _agrees(resolver, doer, ref, lower in resolver.words.pronoun_plural):
        return None
    resolver.found.antecedents[at] = doer
    return ref


def _quoted(resolver: DocResolver, i: int) -> bool:
    """Whether the word at ``i`` is inside quotation marks opened in its paragraph."""
    start = resolver.v.idx[i]
    text = resolver.text[resolver.text.rfind("\n\n", 0, start) + 1:start]
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _named_speaker_after(resolver: DocResolver, i: int) -> bool:
    """Whether a speech verb after the word at ``i``, in its sentence or the next, has a subject that is not a
    pronoun ("“He is wrong,” the minister said": a new speaker, not the one who spoke before)."""
    view, words = resolver.v, resolver.words
    here = resolver.sentence_of[i]
    for j in range(i + 1, len(view.dep)):
        if resolver.sentence_of[j] > here + 1:
            break
        if view.dep[j] == "nsubj" and view.lemma[view.head[j]] in words.speech_verb and view.pos[j] != "PRON":
            return True
    return False


def _speaker_of_clause(resolver: DocResolver, at: int, lower: str) -> tuple[int, ActorRef | None] | None:
    """"The mission said it was sheltering ...", "Serbia's office called the arrest illegal and said it had
    asked ...": "it" as the subject of what a singular body says is that body ("they" after a plural
    one), named by the speaker's phrase, its apposition ("the U.N. mission in X, UNMISS") or its owner; a body
    the knowledge base does not know leaves the pronoun unknown (``(speaker, None)``), never the
    latest other actor. None when the pronoun is not such a subject or the speaker is a person,
    a pronoun or of the other number."""
    # "called the arrest illegal and said it ...": the subject of "called"
    speaker = saying_subject(resolver, at, through_conjuncts=True)
    plural = lower in resolver.words.pronoun_plural
    view = resolver.v
    if speaker is None or view.pos[speaker] not in ("NOUN", "PROPN") \
            or (view.tag[speaker] in ("NNS", "NNPS")) != plural:
        return None
    reported = _reported_state(resolver, speaker, at, lower)
    if reported is not None:
        resolver.found.antecedents[at] = reported[0]
        return reported
    ref = resolver.resolve(speaker)
    body = _body_in_apposition(resolver, speaker, ref)
    if body is not None:
        ref = body
    elif view.ent_type[speaker] == "PERSON":
        return None
    elif ref is None:  # its apposition ("the U.N. mission, UNMISS"), else its owner ("Serbia's office for X")
        ref = next((r for dep in ("appos", "poss", "compound") for c in view.children[speaker] if view.dep[c] == dep
                    for r in [resolver.resolve(c)] if r is not None), None)
    if ref is not None and ref.kind == "person":
        return None
    if ref is not None:
        resolver.found.antecedents[at] = speaker
        if plural and len(resolver.found.groups.get(speaker, ())) > 1:
            # "The three Baltic states ... announced that they ...": the whole set the speaker's phrase names
            resolver.found.groups[at] = resolver.found.groups[speaker]
    return speaker, ref


def _reported_state(resolver: DocResolver, speaker: int, at: int, lower: str) -> tuple[int, ActorRef] | None:
    """"A government spokeswoman said the troops had acted lawfully and that Ruritania would not apologise, but added
    that it would hand over its report": "it" as the subject of what a person says (a singular
    ``office_holder_noun``: "spokeswoman", "official", "minister") is the latest state (a country named as such)
    the same speaker made the subject of a clause said before it, through the speaker's joined verbs of saying: (its
    index, its actor); a person is no "it". None when the speaker is no such title or said no such clause."""
    v = resolver.v
    dep, children = v.dep, v.children
    if lower != "it" or v.tag[speaker] != "NN" or v.lemma[speaker] not in resolver.words.office_holder_noun:
        return None
    verbs = [v.head[speaker]]
    verbs += [c for c in children[verbs[0]] if dep[c] == "conj"]
    clauses = [c for verb in verbs for c in children[verb] if dep[c] == "ccomp"]
    clauses += [c for clause in clauses for c in children[clause] if dep[c] == "conj"]
    subjects = sorted(c for clause in clauses for c in children[clause]
                      if dep[c] in ("nsubj", "nsubjpass") and c < at and v.tag[c] in ("NNP", "NN"))
    for subject in reversed(subjects):
        ref = resolver.found.by_token.get(subject)
        if ref is not None and ref.kind == "country":
            return subject, ref
    return None


def _body_in_apposition(resolver: DocResolver, speaker: int, ref: ActorRef | None) -> ActorRef | None:
    """"Palacio Verde, Ruritania's foreign ministry, said it ...": the state body named in apposition to a speaker's
    name the knowledge base does not know (no actor, or a person the NER guessed from the name, which no entry
    holds), by a common noun of a body (``body_word``: "ministry", "department", "agency") that resolves to a
    body of a state; else None. "It" said of such a speaker is that body, not an actor named before."""
    if ref is not None and (ref.kind != "person" or ref.entry is not None):
        return None
    view = resolver.v
    for c in view.children[speaker]:
        if view.dep[c] == "appos" and view.pos[c] == "NOUN" and view.lemma[c] in resolver.words.body_word:
            body = resolver.resolve(c)
            if body is not None and body.kind == "sector" and body.country:
                return body
    return None


def _chased_object(resolver: DocResolver, at: int, lower: str) -> list[ActorRef] | None:
    """"Coast guard boats shadowed two patrol boats until they withdrew", "escorted the ship until it left": the
    subject pronoun of an "until" clause on a verb of keeping after something (``chase_verb`` in words.tsv), or
    of a verb of answering an order (``yield_verb``) joined to such a verb or to one of ordering
    (``object_control_verb``: "ordered the ship to leave, and it complied"), is that verb's object (the one
    that moves away, or obeys) when the object has the pronoun's number: [its actor], or [the
    actor of the latest word of the same noun named before ("shadowed the Iraqi boats" after "Iraqi coast guard
    boats"), not the chasers], or [the country its demonym names: "a Vietnamese fishing boat"], or [] (a thing
    no actor names: never the chasers). None when the pronoun is not in such a clause."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    verb = head[at]
    above = head[verb]
    until = dep[verb] == "advcl" and view.lemma[above] in resolver.words.chase_verb \
        and any(dep[c] == "mark" and view.lower[c] == "until" for c in children[verb])
    answer = dep[verb] == "conj" and view.lemma[verb] in resolver.words.yield_verb \
        and view.lemma[above] in resolver.words.object_control_verb | resolver.words.chase_verb
    if dep[at] != "nsubj" or not (until or answer):
        return None
    first = next((c for c in children[above] if dep[c] == "dobj" and c < at), None)
    if first is None or view.pos[first] not in ("NOUN", "PROPN"):
        return None
    if (lower in resolver.words.pronoun_plural) != (view.tag[first] in ("NNS", "NNPS")):
        return None
    ref = resolver.resolve(first)
    if ref is None:
        doers = {r.key for r in (resolver.resolve(c) for c in children[above] if dep[c] == "nsubj") if r is not None}
        ref = next((r for i, r in reversed(resolver.history) if i < first and view.lemma[i] == view.lemma[first]
                    and r.key not in doers), None) or next(
            (r for r in (resolver.resolve(c) for c in children[first] if dep[c] in ("amod", "compound"))
             if r is not None and r.kind == "country" and r.key not in doers), None)
    resolver.found.antecedents[at] = first
    return [ref] if ref is not None else []


def _feels(resolver: DocResolver, verb: int) -> bool:
    """True when the copula at ``verb`` has a complement its subject feels or has (``feeling_adjective``: "was
    worried", "is concerned"; ``readiness_adjective``: "was ready to", "is unable to"), or a state it is in with
    others ("said it was in contact with all three capitals", "it had been in touch with X": "in" a noun "with"
    someone)."""
    view, words = resolver.v, resolver.words
    dep, children = view.dep, view.children
    return any(dep[c] == "acomp" and (view.lemma[c] in words.feeling_adjective
                                      or view.lemma[c] in words.readiness_adjective)
               or dep[c] == "prep" and view.lower[c] == "in" and any(
                   dep[o] == "pobj" and any(dep[w] == "prep" and view.lower[w] == "with" for w in children[o])
                   for o in children[c])
               for c in children[verb])


def _joined_object(resolver: DocResolver, at: int, lower: str) -> list[ActorRef] | None:
    """"X left ECOWAS, accusing it of ...", "spoke to X and Y and urged them to ...", "seized a tanker,
    accusing it of ...": the object of a conjunct or participle with no subject of its own is what
    the verb it is joined to was done to (or, for a verb with no such object, what the clause it says was done to:
    "announced that they were leaving ECOWAS, accusing it"; for a thing that names no actor, its partner after
    "with": "suspended its cooperation with the watchdog, accusing it"; for a penalty's noun, whom it is aimed at:
    "imposed sanctions on nine Ruritanian officers, accusing them"), when that verb's object has the pronoun's
    number and names known actors (all its conjuncts for "them") of another party than the doers'. None otherwise
    (a thing, "seized a tanker, accusing it": the general rules decide)."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    verb = head[at]
    if dep[at] != "dobj" or any(dep[c] in ("nsubj", "nsubjpass", "csubj") for c in children[verb]) \
            or not (dep[verb] == "conj" or (dep[verb] == "advcl" and view.tag[verb] == "VBG")) \
            or view.pos[head[verb]] not in ("VERB", "AUX"):
        return None
    above = head[verb]
    objects = [c for c in children[above] if dep[c] == "dobj" and c < at] or [
        o for c in children[above] if dep[c] == "prep" and view.lower[c] in ("to", "with") and c < at
        for o in children[c] if dep[o] == "pobj"] or [
        # "announced that they were leaving ECOWAS, accusing it of ...": what the clause it announces is done to
        o for c in children[above] if dep[c] == "ccomp" and c < at for o in children[c] if dep[o] == "dobj"]
    if objects and view.pos[objects[0]] == "NOUN" and resolver.resolve(objects[0]) is None:
        # "suspended its work with the U.N. watchdog, accusing it of bias": the partner of a thing; "imposed
        # sanctions on nine Ruritanian officers, accusing them of ...": whom a penalty's noun (a legal_verb) is aimed at
        # (on the noun, or on the verb as the parser may hang it: "imposed sanctions on Thursday on ...")
        penalty = view.lemma[objects[0]] in resolver.words.legal_verb
        holders = (objects[0], above) if penalty else (objects[0],)
        partner = ("with", "on", "against") if penalty else ("with",)
        objects = [o for h in holders for c in children[h] if dep[c] == "prep" and view.lower[c] in partner
                   and (h == objects[0] or c > objects[0]) and c < at
                   for o in children[c] if dep[o] == "pobj" and (not penalty or resolver.resolve(o) is not None)] \
            or objects
    if not objects or view.pos[objects[0]] not in ("NOUN", "PROPN"):
        return None
    first = objects[0]
    named = [first, *(c for c in children[first] if dep[c] == "conj")]
    plural = lower in resolver.words.pronoun_plural
    if plural != (len(named) > 1 or view.tag[first] in ("NNS", "NNPS")):
        return None  # "accused two tankers ... and escorted it": some other thing
    refs = [r for r in (resolver.resolve(i) for i in named) if r is not None]
    doers, clause = [], above
    for _ in range(4):  # the doers: the subject of the verb joined to, or of the one it is joined to
        doers = [c for c in children[clause] if dep[c] in ("nsubj", "nsubjpass")]
        if doers or dep[clause] not in ("conj", "advcl") or head[clause] == clause:
            break
        clause = head[clause]
    own = [r for r in (resolver.resolve(i) for i in doers) if r is not None]
    if not refs or any(r.key == o.key or (r.country and r.country == o.country) for r in refs for o in own):
        return None
    resolver.found.antecedents[at] = first
    return refs


def _patient_owner(resolver: DocResolver, at: int, lower: str) -> ActorRef | None:
    """"Chinese coast guard ships seized two Filipino fishing boats. Their catch was confiscated": a plural possessive
    on the subject of a passive verb (what was done to) is the owner of the plural object last done to in its sentence
    or the one before, when an actor is found for it (the boats' country), not the doers named as subject."""
    view = resolver.v
    noun = view.head[at]
    if lower not in resolver.words.pronoun_plural or view.dep[at] != "poss" or view.dep[noun] != "nsubjpass":
        return None
    here = resolver.sentence_of[at]
    for k in range(at - 1, -1, -1):
        if here - resolver.sentence_of[k] > 1:
            break
        if view.tag[k] == "NNS" and view.dep[k] == "dobj":
            ref = _people_ref(resolver, k)
            if ref is not None:
                resolver.found.antecedents[at] = k
            return ref
    return None


def _office_owner(resolver: DocResolver, at: int, lower: str,
                  history: list[tuple[int, ActorRef]]) -> ActorRef | None:
    """"The customs union said ... Its secretary-general called on both members": "its" on a title only an
    organisation's officer holds (a sector word of sectors.tsv in the IGO sector: "secretary-general") is the latest
    organisation named in this or the two sentences before, not a state named in between; else None."""
    view = resolver.v
    title = view.head[at]
    if lower != "its" or view.dep[at] != "poss" or resolver.sector_at.get(title, ("",))[0] != "IGO":
        return None
    here = resolver.sentence_of[at]
    for i, ref in reversed(history):
        if i < at and here - resolver.sentence_of[i] <= 2 and ref.kind == "organisation":
            resolver.found.antecedents[at] = i
            return ref
    return None


def _salient(resolver: DocResolver, at: int, history: list[tuple[int, ActorRef]]) -> ActorRef | None:
    """The antecedent of "it"/"they": the latest non-person subject of this or the previous
    sentence (subjects are what a text is about), else the latest non-person actor. Nobody for an
    "its" whose noun so found is plural ("EU governments adopted sanctions on the anniversary of its
    invasion", "allied warplanes struck over one of its members"): the text means some other party,
    and the latest singular actor is as often a bystander or a thing the knowledge base does not know.
    Nobody either for a plural object ("them") when a plural object the knowledge base does not know
    stands between it and the singular name found ("handed four children back to Kyiv after Russia
    released them": the children)."""
    view, words = resolver.v, resolver.words
    plural = view.lower[at] in words.pronoun_plural
    # a pronoun never stands for a pronoun of the other number ("They said it would ... The US criticised
    # them": not "it")
    other = words.pronoun_thing if plural else words.pronoun_plural
    # nor for the noun its own relative clause describes ("Washington said the troops it sent would stay": not the
    # troops, but who sent them)
    described = view.head[view.head[at]] if view.dep[view.head[at]] == "relcl" else None
    # nor, for "it" as a subject, a plural common noun outside any name ("The command said its forces had struck a
    # convoy whose leader it accused of ...": the command, not the forces; an object "it" is often a thing no
    # actor stands for, and a possessive "its" on such a noun is nobody, below)
    doer_it = view.lower[at] in words.pronoun_thing and view.dep[at] == "nsubj"
    recent = [(i, ref) for i, ref in history[-12:] if ref.kind != "person" and view.lower[i] not in other
              and i != described and not (doer_it and view.tag[i] == "NNS" and not view.ent_type[i]
                                          and view.text[view.idx[i]:view.end[i]].islower())]
    if plural:
        # "they"/"them" is not one country named alone as a place ("strikes on targets in Yemen. ... accused
        # them of"): such a name is "it", and a place is where, not who; the other actors named before, if any
        actors = [(i, ref) for i, ref in recent if ref.kind != "country" or i in resolver.found.groups
                  or view.dep[i] != "pobj" or view.lower[view.head[i]] not in words.place_prep
                  or len(resolver._members(view.coordination_head(i))) > 1]
        recent = actors or recent
    picked = _salient_pick(resolver, at, recent)
    if plural and picked is not None:
        picked = _named_set(resolver, at, recent, picked) or picked
    if picked is None or (view.dep[at] == "poss" and view.lower[at] in resolver.words.pronoun_thing
                          and view.tag[picked[0]] == "NNS"):
        return None
    found = picked[0]
    while view.pos[found] == "PRON" and resolver.found.antecedents.get(found, found) != found:
        found = resolver.found.antecedents[found]  # a pronoun found: the noun it stands for
    singular = view.tag[found] not in ("NNS", "NNPS") and found not in resolver.found.groups \
        and len(resolver._members(view.coordination_head(found))) <= 1
    if plural and view.dep[at] != "poss" and singular:
        # "Dozens of students marched to the embassy ... before police dispersed them": a plural pronoun after the
        # plural people its own sentence made the subject, not the singular actor found since or before (the
        # embassy, the ministry that spoke in the sentence before, a dateline's body; session 51: not only a common
        # noun; a possessive, "their demands", is left to the rules below)
        # (not the subject of the pronoun's own verb or of the verbs it is joined to: "Police stormed the embassy and
        # arrested them" is no one of the police)
        here, verb = resolver.sentence_of[at], view.head[at]
        while view.pos[verb] not in ("VERB", "AUX") and view.head[verb] != verb:
            verb = view.head[verb]  # "detained four of them": the verb, not the preposition (session 51)
        own = {view.head[at], verb}
        # (a joined verb with a subject of its own stops the climb: "Supporters gathered ..., and police detained
        # three of them": the supporters, whose verb the police's is only joined to; session 51)
        while view.dep[verb] == "conj" and view.head[verb] != verb \
                and not any(view.dep[c] in ("nsubj", "nsubjpass") for c in view.children[verb]):
            verb = view.head[verb]
            own.add(verb)
        # (the subject before the pronoun in its own sentence, also when what was found is in a sentence before)
        subjects = [k for k in range(at - 1, -1, -1) if resolver.sentence_of[k] == here
                    and view.tag[k] == "NNS"
                    and view.dep[k] in ("nsubj", "nsubjpass") and view.head[k] not in own]
        if subjects:
            k = subjects[0]
            ref = resolver.found.by_token.get(k)
            if ref is None and view.dep[at] != "nsubj" and not (k < found and resolver.sentence_of[found] == here) \
                    and (k in resolver.found.people or words.is_person_noun(view.lemma[k])):
                # (people the knowledge base does not know, found past the singular actor: for an object, the latest
                # plural people acted on in this or the last sentence whose state is known are they, "Malaysia
                # deported 120 Indonesian workers. Two deported men said police had beaten them"; not things,
                # "Attacks on peacekeepers are unacceptable, whoever carries them out": no one; session 51)
                known = [(j, r) for j in _people_done_to(resolver, picked[0], at)
                         for r in [_people_ref(resolver, j)] if r is not None]
                if known:
                    k, ref = known[-1]
            resolver.found.antecedents[at] = k
            if k in resolver.found.people:
                resolver.found.people.add(at)
            return ref
        reported = _reported_people(resolver, at, found)
        if reported is not None:
            k, ref = reported
            resolver.found.antecedents[at] = k
            if k in resolver.found.people:
                resolver.found.people.add(at)
            return ref
    # (an object pronoun the parser made a subject, "refused them bail", is still an object)
    # (a state named in the pronoun's own sentence likewise, "Cuba detained nine Jamaican fishermen, and a court in
    # Holguin fined them": the fishermen, not Cuba; "dative" is the parser's object of "fined them $500")
    own_sentence_name = view.tag[found] == "NNP" and resolver.sentence_of[found] == resolver.sentence_of[at]
    between = _people_done_to(resolver, picked[0], at) if plural and (
        view.dep[at] in ("dobj", "pobj", "dative") or view.lower[at] == "them") \
        and (view.tag[found] == "NN" or own_sentence_name) and found not in resolver.found.groups else []
    if plural and not between and view.dep[at] == "nsubj" and view.lower[at] not in words.pronoun_object \
            and view.tag[found] == "NN" and found not in resolver.found.groups:
        # "The ministry said the coast guard had ordered the volunteers to hand over the migrants they had rescued":
        # a plural subject is not the singular body found, but the plural people acted on after it in its own
        # sentence (not the noun its own relative clause describes; session 51)
        between = [k for k in _people_done_to(resolver, picked[0], at)
                   if resolver.sentence_of[k] == resolver.sentence_of[at] and k != described]
    if between:
        # "A court charged three managers of a firm and refused them bail, a month after police had arrested them":
        # a plural pronoun is not the singular body found ("the court"), but the plural people done to after it
        # (their demonym's country when no sector word names them: "three Chinese managers"; else nobody known)
        # (people, not a thing done to after them: "detained 12 Vietnamese fishermen, accusing them of poaching
        # giant clams. A court ordered them held": the fishermen)
        done_to = [(k, _people_ref(resolver, k)) for k in between]
        last, ref = next((p for p in reversed(done_to) if p[1] is not None or p[0] in resolver.found.people),
                         done_to[-1])
        resolver.found.antecedents[at] = last
        if last in resolver.found.people:
            resolver.found.people.add(at)  # anonymous people: "them" is nobody identifiable either
        return ref
    if view.lower[at] in resolver.words.pronoun_plural and view.dep[at] in ("dobj", "pobj") \
            and view.tag[picked[0]] == "NNP" and resolver.sentence_of[picked[0]] == resolver.sentence_of[at] \
            and any(view.tag[k] == "NNS" and view.dep[k] in ("dobj", "pobj") for k in range(picked[0] + 1, at)):
        return None  # "handed four children back to Kyiv after Russia released them": the children, not Kyiv
    # "ordered them held": an object the parser made the subject of the verb's complement
    made_subject = view.dep[at] == "nsubj" and view.lower[at] in words.pronoun_object
    if plural and (view.dep[at] in ("dobj", "pobj") or made_subject):
        people = [k for k in range(picked[0] + 1, at) if view.tag[k] == "NNS" and view.dep[k] in ("dobj", "pobj")
                  and (k in resolver.sector_at or getattr(resolver.found.by_token.get(k), "kind", None) == "group"
                       or (made_subject and resolver.sentence_of[k] == resolver.sentence_of[at]
                           and any(view.dep[c] == "det" and view.lower[c] == "the" for c in view.children[k])))
                  and resolver.sentence_of[at] - resolver.sentence_of[k] <= 1]
        if people:
            # "Police arrested eight opposition leaders. A court later sentenced them": the people last done to,
            # not the doers (nobody known when they are counted anonymous people)
            ref = resolver.found.by_token.get(people[-1])
            if ref is not None:
                resolver.found.antecedents[at] = people[-1]
            elif people[-1] in resolver.found.people:
                resolver.found.people.add(at)  # anonymous people: "them" is nobody identifiable either
            return ref
    resolver.found.antecedents[at] = picked[0]
    if plural:
        # "Russia and China vetoed the resolution. The United States criticised them": all of them
        members = resolver.found.groups.get(picked[0]) \
            or list(dict.fromkeys(resolver._members(view.coordination_head(picked[0]))))
        if len(members) > 1 and picked[1] in members:
            resolver.found.groups[at] = members
            return members[0]
    return picked[1]


def _reported_people(resolver: DocResolver, at: int, found: int) -> tuple[int, ActorRef | None] | None:
    """"Five Ugandan opposition lawmakers tried to march to parliament, the interior ministry said. Soldiers
    detained them": an object "them" after a sentence whose plural people did what a singular body (``found``, the
    one the pronoun was first read as) only says is those people, not the speaker (session 55): the plural subject
    of that sentence before the speaker ("lawmakers", or "drivers" in "Hundreds of truck drivers blocked ..."),
    people by a sector word, a known actor or a person noun. Their actor, their demonym's country, or nobody known."""
    view, words = resolver.v, resolver.words
    if view.lower[at] not in words.pronoun_object or view.dep[at] not in ("dobj", "pobj", "dative") \
            or resolver.sentence_of[found] != resolver.sentence_of[at] - 1 or not _says(resolver, found):
        return None
    for k in range(found - 1, -1, -1):
        if resolver.sentence_of[k] != resolver.sentence_of[found]:
            break
        head = view.head[view.head[k]] if view.dep[k] == "pobj" and view.lower[view.head[k]] == "of" else k
        if view.tag[k] != "NNS" or view.dep[head] not in ("nsubj", "nsubjpass") or view.head[head] == found:
            continue
        ref = _people_ref(resolver, k)
        if ref is not None or k in resolver.found.people or words.is_person_noun(view.lemma[k]):
            return k, ref
    return None


def _named_set(resolver: DocResolver, at: int, recent: list[tuple[int, ActorRef]],
               picked: tuple[int, ActorRef]) -> tuple[int, ActorRef] | None:
    """"The Commission said it had spoken to both capitals and urged them to ...": a plural pronoun whose
    salient pick is one singular actor (a body, a state) stands for the set named after that pick in its sentence
    or the one before (a set noun ``sets.resolve_set`` gave two or more parties: "both capitals", "the two
    sides"), not for that one actor. None when there is no such set or the pick is itself a set."""
    view = resolver.v
    groups, here = resolver.found.groups, resolver.sentence_of[at]
    if picked[0] in groups or view.tag[picked[0]] in ("NNS", "NNPS") or view.pos[picked[0]] == "PRON" \
            or len(resolver._members(view.coordination_head(picked[0]))) > 1:
        return None  # (a set, people, a pronoun, or one of names joined: "X and Y urged both sides ... them")
    return next(((i, ref) for i, ref in reversed(recent) if picked[0] < i < at and len(groups.get(i, ())) > 1
                 and here - resolver.sentence_of[i] <= 1), None)


def _people_ref(resolver: DocResolver, k: int) -> ActorRef | None:
    """Whom the plural noun at ``k`` stands for: its actor, else its demonym's country when no sector word names
    them ("three Chinese managers")."""
    view = resolver.v
    return resolver.found.by_token.get(k) or next(
        (r for c in view.children[k] if view.dep[c] in ("amod", "compound")
         for r in [resolver.found.by_token.get(c)] if r is not None and r.kind == "country"), None)


def _people_done_to(resolver: DocResolver, after: int, at: int) -> list[int]:
    """The plural common nouns (objects, not dates or amounts, nor a country's ground or waters: ``territory_noun``)
    between the words at ``after`` and ``at``, in the pronoun's sentence or the one before: people an act was done
    to, whom a later "them" can stand for."""
    view = resolver.v
    here = resolver.sentence_of[at]
    return [k for k in range(after + 1, at) if view.tag[k] == "NNS" and view.dep[k] in ("dobj", "pobj")
            and view.ent_type[k] in ("", "NORP", "PERSON") and here - resolver.sentence_of[k] <= 1
            and not {view.lemma[k], view.lower[k]} & resolver.words.territory_noun]


def _salient_pick(resolver: DocResolver, at: int,
                  recent: list[tuple[int, ActorRef]]) -> tuple[int, ActorRef] | None:
    """The noun :func:`_salient` takes among ``recent`` (the latest non-person actors), with its token."""
    here, dep, head = resolver.sentence_of[at], resolver.v.dep, resolver.v.head
    subject = head[at] if dep[at] == "poss" else at  # "Its spokeswoman said ...": the owner of the subject
    if dep[subject] == "nsubj" and dep[head[subject]] == "ROOT" and not any(
            resolver.sentence_of[i] == here for i, _ in recent):
        # "It called the raid a violation" (or "Its spokeswoman said") opening a sentence: the main subject of
        # the sentence before ("X asked the council to meet after Y's troops raided a village"), not a
        # subject inside it
        # (or the name in apposition to that subject: "..., the regional bloc ECOWAS said. Its president ...")
        for i, ref in reversed(recent):
            main = head[i] if dep[i] == "appos" else i
            if here - resolver.sentence_of[i] == 1 and dep[main] == "nsubj" and dep[head[main]] == "ROOT":
                return i, ref
    for i, ref in reversed(recent):
        if here - resolver.sentence_of[i] <= 1 and dep[i] in ("nsubj", "nsubjpass"):
            return i, ref
    return recent[-1] if recent else None
