"""Institutions and speakers an article names without their country: "the foreign ministry in
Algiers", "the ministry said in a statement issued in Algiers" (whatever the dateline), "Brown's office",
"his office", "a spokesperson said" after a body spoke; the dateline's
country; hardware a state body reports on; which bare common nouns take the article's country;
a country noun a demonym names ("the Ruritanian state": Ruritania, ``_named_by_modifier``);
"I" and "we" inside a speaker's quote (for the ``quotes`` step); a bare court or judge deep in a clause a town
opens ("In Lisbon, ... the appeals court, where a judge freed him": Portugal's; so too police, ``court_seat``,
session 47).

The resolver (:class:`detente.actors.doc_resolver.DocResolver`) calls these before its general rules
(the same noun named earlier with its country, the dateline's country); they only read its tables.
Words are passed as token indices and read off the resolver's parse view (``resolver.v``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from detente.actors.kb import folded
from detente.actors.set_phrases import collectives, modifier_collective
from detente.events.dates import cardinal
from detente.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.actors.doc_resolver import DocResolver
    from detente.actors.resolve import ActorFinder, ActorRef, DocActors
    from detente.events.lexicon import Words
    from detente.parse_view import ParseView

INDEFINITE = ("a", "an")
# typographic apostrophes a dateline's place may be written with, read as the knowledge base writes its names
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'"})


def leading_copy(doc: Doc) -> str:
    """The parse copy (``Doc.text``) up to and with its first word that is not blank: all of it that
    :func:`dateline_country` reads, without joining the text of every token as ``Doc.text`` does."""
    parts = []
    for token in doc:
        parts.append(token.text_with_ws)
        if not token.text_with_ws.isspace():
            break
    return "".join(parts)


def dateline_names(text: str, parsed: str) -> list[str]:
    """The names a copy's dateline may give its place by, lower-cased: its first two parts and what comes
    before a full stop ("NAIROBI, Kenya (AFP) —": "nairobi", "kenya"; Interfax's "MOSCOW. March 3"), read
    from the words the parser sees as blanks (nlp.parse_copy); none when the copy has no dateline."""
    lead, blank = len(text) - len(text.lstrip()), len(parsed) - len(parsed.lstrip())
    if blank <= lead or parsed[:blank] == text[:blank]:
        return []
    dateline = text[lead:blank].rstrip()  # under a headline and a byline (detente.furniture): its own line
    dateline = dateline[dateline.rfind("\n") + 1:]
    if dateline.startswith("(") and ")" in dateline:  # the tag before the city: "(ANSA) - ROME, JAN 10 -"
        dateline = dateline[dateline.index(")") + 1:].lstrip(" -—–:.")
    if not dateline.split(",")[0].isupper() and not any(mark in dateline for mark in "(-—–:/"):
        return []  # a headline blanked over the story ("Ukraine"), not a dateline
    dateline = dateline.translate(_APOSTROPHES)  # "NUKU‘ALOFA, Oct 8 (AAP) -" is Nuku'alofa
    parts = re.split(r"[,(\[]", dateline)[:2]  # "NEW DELHI [India], April 22 (ANI):" too
    # "WASHINGTON —", "NEW DELHI (PTI):", and Interfax's "MOSCOW. March 3 (Interfax) -"
    return [part.strip().rstrip("-—–:").strip().lower() for part in [*parts, dateline.split(". ")[0]]]


def dateline_country(finder: ActorFinder, text: str, parsed: str, day: dt.date | None) -> ActorRef | None:
    """The country of the copy's dateline ("BERLIN, Feb 4 (Reuters) -"; "NAIROBI, Kenya (AFP) —"): the home
    of "the Government", "the ministry"."""
    homes = finder.homes()
    for name in map(folded, dateline_names(text, parsed)):
        if name in homes:
            home = homes[name]
            return finder.entity_ref(home, day) if home is not None else None
    return None


def office_of(resolver: DocResolver, i: int) -> ActorRef | None:
    """"Brown's office", "his office", "the president's office" (the noun at ``i``): the body its holder
    speaks for (their government, or their organisation), which "it said" can then refer to."""
    view = resolver.v
    if view.lemma[i] not in resolver.words.office_noun:
        return None
    holder = next((c for c in view.children[i] if view.dep[c] == "poss"), None)
    ref = resolver.resolve(holder) if holder is not None else None
    if ref is None or ref.kind != "person":
        return None
    body = resolver._org_of(ref)
    if body is not None:
        return body
    country = resolver.f.kb.get(ref.country) if ref.country else None
    if country is None:
        return None
    sector = ref.sector if ref.sector and ref.sector != "ELI" else "GOV"
    return resolver.f.sector_ref(resolver.f.entity_ref(country, resolver.day), sector)


def seated_in(resolver: DocResolver, i: int) -> ActorRef | None:
    """"The foreign ministry in Algiers", "the government in Port Sudan", "In Moscow, the ministry said", "the
    ministry said in a statement issued in Moscow" (:func:`statement_place`): the country whose seat of government
    the phrase, its clause's opening place or the place it spoke from names (not for
    offices abroad and the people posted to them, ``envoy_noun``: "the embassy in Berlin" is not Germany's, nor is
    "a diplomat in Vienna" Austria's)."""
    view = resolver.v
    dep, children = view.dep, view.children
    if view.lemma[i] in resolver.words.abroad_noun or view.lemma[i] in resolver.words.envoy_noun:
        return None
    preps = list(children[i])
    subject = i  # "In Nairobi, a government spokesman said ...": the title's noun is a compound on the subject
    while dep[subject] == "compound" and view.head[subject] != subject:
        subject = view.head[subject]
    if subject != i and any(c in resolver.by_match for c in children[subject]):
        return None  # "In Warsaw, Germany's government spokesman said": the phrase names its own state
    if dep[subject] in ("nsubj", "nsubjpass"):  # "In Moscow, the defence ministry denied ...": the clause's place
        preps += [c for c in children[view.head[subject]] if c < subject]
        preps += statement_place(resolver, subject)
    for prep in preps:
        if dep[prep] == "prep" and view.lower[prep] in ("in", "at"):
            seat = seat_government(resolver, prep)
            if seat is not None:
                return seat[1]
    return None


def statement_place(resolver: DocResolver, subject: int) -> list[int]:
    """The "in" prepositions after its speech verb that tell where the subject at ``subject`` spoke: "the ministry
    said in Bravo City ..." or "said in a statement issued in Bravo City" (a document, ``authored_noun``, with an
    ``issue_verb`` participle on it; both lists in data/lexicon/words.tsv). A body that speaks from a seat of
    government is that state's, whatever the dateline's country; not a person (a name, an ``office_holder_noun``),
    who may speak abroad. The prepositions are the ones whose object
    :func:`seated_in` reads as a seat of government."""
    view = resolver.v
    dep, children, verb = view.dep, view.children, view.head[subject]
    if dep[subject] != "nsubj" or resolver.lemma_as_tagged(verb) not in resolver.words.speech_verb:
        return []
    if view.lemma[subject] in resolver.words.office_holder_noun or resolver.doc[subject].ent_type_ == "PERSON":
        return []  # "the foreign minister said in Moscow", "Foreign Minister X said ...": a person may speak abroad
    preps = []
    for prep in children[verb]:
        if prep < subject or dep[prep] != "prep" or view.lower[prep] != "in":
            continue
        preps.append(prep)  # "said in Bravo City"
        for document in children[prep]:
            if dep[document] == "pobj" and view.lemma[document] in resolver.words.authored_noun:
                preps += [place for participle in children[document]
                          if dep[participle] == "acl" and view.lemma[participle] in resolver.words.issue_verb
                          for place in children[participle] if dep[place] == "prep" and view.lower[place] == "in"]
    return preps


def seat_government(resolver: DocResolver, prep: int) -> tuple[int, ActorRef] | None:
    """The government whose seat the object of the preposition at ``prep`` names ("in Moscow": Russia's), with that
    object's index; None when it names no seat of government."""
    view = resolver.v
    for pobj in view.children[prep]:
        match = resolver.by_match.get(pobj)
        if view.dep[pobj] == "pobj" and match is not None and match[0].startswith("S|"):
            entry = resolver.f.kb.get(match[0][2:])
            if entry is not None:
                return pobj, resolver.f.sector_ref(resolver.f.entity_ref(entry, resolver.day), "GOV")
    return None


def opening_place(resolver: DocResolver, i: int) -> ActorRef | None:
    """The country of the town or capital that opens the clause of the word at ``i`` ("In Kathmandu, several
    hundred students marched ..., and riot police fired tear gas": Nepal, whatever the dateline's country),
    through the verbs its clause is joined to; None when the clause opens with no such place."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    verb = head[head[i]] if dep[i] == "pobj" else head[i]  # "fired at protesters": the verb of "at"
    for _ in range(4):
        for prep in children[verb]:
            if prep < i and dep[prep] == "prep" and view.lower[prep] == "in" and view.sent[prep] == view.sent[i]:
                for pobj in children[prep]:
                    match = resolver.by_match.get(pobj)
                    if dep[pobj] == "pobj" and match is not None and match[0][:2] in ("S|", "P|"):
                        entry = resolver.f.kb.get(match[0][2:])
                        return resolver.f.entity_ref(entry, resolver.day) if entry is not None else None
        if dep[verb] != "conj" or head[verb] == verb:
            return None
        verb = head[verb]
    return None


def court_seat(resolver: DocResolver, i: int) -> ActorRef | None:
    """The country of the town or capital an "in" phrase on any word above a bare court's, judge's or police noun
    names, before the noun in its sentence, however deep the noun sits ("In Lisbon, the ministry said the case was
    before the high court, where a judge freed him on bail": Portugal, not the country the story is about; "In
    Lisbon, the ministry said he had been told to report to police": Portugal's police): a court or a police force
    works where its town is, whoever asked it to act. The caller asks it for a new court, judge or police noun
    (``doc_resolver.PLACED_SECTORS``); None when no word above the noun has such a phrase."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    up = i
    while head[up] != up:
        up = head[up]
        for prep in children[up]:
            if prep < i and dep[prep] == "prep" and view.lower[prep] == "in" and view.sent[prep] == view.sent[i]:
                for pobj in children[prep]:
                    match = resolver.by_match.get(pobj)
                    if dep[pobj] == "pobj" and match is not None and match[0][:2] in ("S|", "P|"):
                        entry = resolver.f.kb.get(match[0][2:])
                        if entry is not None:
                            return resolver.f.entity_ref(entry, resolver.day)
    return None


def venue_party(resolver: DocResolver) -> ActorRef | None:
    """"DOHA - Congo's government and the M23 rebels signed an agreement in Doha ...", "HAVANA - Colombia's government
    and the ELN opened talks in Havana": the country of the parties that the lead tells met, talked or signed in the
    dateline's country, when they are its joined subjects (two or more, after a reporting verb's clause too) and all
    of one country that is not the dateline's. The dateline then names the venue: a bare body ("the army", "the
    defence ministry") is that party's, not the host's. None otherwise (two states' parties: no one country)."""
    view, home = resolver.v, resolver.home
    if home is None or not home.country or not view.sent_start:
        return None
    def joined_subject(verb: int) -> int | None:
        return next((c for c in view.children[verb] if view.dep[c] == "nsubj"
                     and any(view.dep[k] == "conj" for k in view.children[c])), None)

    verb = view.root(view.sent_start[0], view.sent_end[0])
    for _ in range(2):  # "..., the two sides said": the reported clause
        clause = next((c for c in view.children[verb] if view.dep[c] == "ccomp"), None)
        if joined_subject(verb) is not None or clause is None:
            break
        verb = clause
    subject = joined_subject(verb)
    if subject is None:
        return None
    parties = resolver._members(subject)
    countries = {ref.country for ref in parties}
    if len(parties) < 2 or len(countries) != 1 or None in countries or home.country in countries:
        return None
    # where they did it ("signed an agreement in Doha", "opened a round of talks in Havana", "agreed at talks in
    # Kunming"): a town or capital of the dateline's country after "in" or "at", outside the subject
    first, last = view.edges(subject)
    if not any(view.dep[o] == "pobj" and view.lower[view.head[o]] in ("in", "at") and not first <= o <= last
               and resolver.by_match.get(o, ("",))[0] in (f"S|{home.country}", f"P|{home.country}")
               for o in view.subtree(verb)):
        return None
    country = resolver.f.kb.get(next(iter(countries)))
    return resolver.f.entity_ref(country, resolver.day) if country is not None else None


def last_speaker(resolver: DocResolver, at: int) -> ActorRef | None:
    """"A spokesperson said ..." right after a body spoke ("China's foreign ministry said ... A
    spokesperson urged ..."): that body, the subject of a reporting verb in this or the previous
    sentence. Only for an indefinite singular noun, or a bare title on a name ("Spokesman Lin Jian urged
    ..."): "the spokesperson" points back by its own noun."""
    view = resolver.v
    dep, lower = view.dep, view.lower
    titled = dep[at] == "compound" and view.pos[view.head[at]] == "PROPN" and view.tag[at] in ("NN", "NNP") \
        and not any(dep[c] in ("det", "poss") for c in (*view.children[at], *view.children[view.head[at]]))
    if not titled and (view.tag[at] not in ("NN", "NNP") or not any(dep[c] == "det" and lower[c] in INDEFINITE
                                                                     for c in view.children[at])):
        return None
    here = resolver.sentence_of[at]
    for i, ref in reversed(resolver.history):
        if i >= at:
            continue
        if here - resolver.sentence_of[i] > 1:
            break
        # (a bare title also after a body's act, the main verb of the sentence before: "China's foreign ministry
        # rejected the protest. Spokesperson Mao Ning told ...")
        acted = titled and (ref.kind, ref.sector) == ("sector", "GOV") and view.pos[i] != "PRON" \
            and view.dep[view.head[i]] == "ROOT" and resolver.sentence_of[i] < here
        if dep[i] == "nsubj" and (acted or resolver.lemma_as_tagged(view.head[i]) in resolver.words.speech_verb):
            body = resolver._org_of(ref) if ref.kind == "person" else ref
            if body is not None:
                resolver.found.antecedents[at] = i
                return body
    return None


def definite_at(view: ParseView, i: int, words: Words) -> bool:
    """Whether the noun at ``i`` has a definite determiner ("the court", "this decision": ``definite_det``), read
    off the parse view (``events.phrases.definite`` reads a ``Token``)."""
    return any(view.dep[c] == "det" and view.lower[c] in words.definite_det for c in view.children[i])


def counted(view: ParseView, i: int) -> bool:
    """Whether the noun at ``i`` is counted ("three people", "some 3,000 civilians", "tens of thousands of
    refugees"): a number on the noun itself, or the "of" of a number the NER reads as a cardinal."""
    dep, head, children = view.dep, view.head, view.children
    if any(dep[c] in ("nummod", "quantmod") for c in children[i]):
        return True
    if dep[i] != "pobj" or view.lower[head[i]] != "of":
        return False
    amount = head[head[i]]
    return view.tag[amount] == "CD" or view.ent_type[amount] in ("CARDINAL", "QUANTITY") \
        or any(dep[c] in ("nummod", "quantmod") for c in children[amount])


def recounted(resolver: DocResolver, i: int) -> int | None:
    """The people a bare cardinal after "the" takes up again ("Police arrested nine Guatemalan nationals ... A judge
    ordered the nine held"; "detained 12 Vietnamese fishermen ... the 12 were released"): the latest plural noun
    counted with that same number (its ``nummod``) in this sentence or the two before, whom the resolver found an
    actor for or counted anonymous people. Not a cardinal on a noun, nor a part ("two of the men": its noun is
    the head), nor a cardinal named with no noun before ("the two" after "two Turkish nationals and a Greek"
    still counts them)."""
    view = resolver.v
    dep, children = view.dep, view.children
    if dep[i] in ("nummod", "quantmod", "compound", "npadvmod") \
            or not any(dep[c] == "det" and view.lower[c] == "the" for c in children[i]) \
            or any(dep[c] == "prep" and view.lower[c] == "of" for c in children[i]):
        return None
    value = cardinal(view.lower[i].replace(",", ""))  # "the 1,200"
    if value is None or value < 2:
        return None
    here = resolver.sentence_of[i]
    for k in range(i - 1, -1, -1):
        if here - resolver.sentence_of[k] > 2:
            break
        if view.tag[k] == "NNS" and any(dep[c] == "nummod" and cardinal(view.lower[c].replace(",", "")) == value
                                        for c in children[k]):
            return k
    return None


def saying_subject(resolver: DocResolver, i: int, through_conjuncts: bool = False) -> int | None:
    """The subject (its index) of the speech verb whose reported clause the word at ``i`` is the subject of
    ("Russia's defence ministry said air defences had ..."), or None; ``through_conjuncts``: of the first
    verb of a coordination when the speech verb has no subject of its own ("called the arrest illegal and
    said it ...")."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    verb = head[i]
    if dep[verb] == "conj" and dep[head[verb]] == "ccomp" \
            and any(dep[c] == "mark" and view.lower[c] == "that" for c in children[verb]):
        verb = head[verb]  # "said X had been detected, and that it had dispatched ...": reported as well
    saying = head[verb]
    if dep[verb] == "acl" and view.lemma[saying] in resolver.words.speech_noun and dep[saying] == "pobj" \
            and any(dep[c] == "mark" and view.lower[c] == "that" for c in children[verb]):
        # "added in a second statement that it had handed ...": the parser hangs the reported clause on the
        # statement the speech verb is said in; it is the speech verb's all the same
        saying, verb = head[head[saying]], saying
        if resolver.lemma_as_tagged(saying) not in resolver.words.speech_verb:
            return None
    elif dep[verb] != "ccomp" or resolver.lemma_as_tagged(saying) not in resolver.words.speech_verb:
        return None
    if dep[i] not in ("nsubj", "nsubjpass"):
        return None
    while through_conjuncts and dep[saying] == "conj" and not any(dep[c] == "nsubj" for c in children[saying]):
        saying = head[saying]
    subject = next((c for c in children[saying] if dep[c] == "nsubj"), None)
    if subject is None:
        subject = _apposed_speaker(view, saying)
    return subject


def _apposed_speaker(view: ParseView, saying: int) -> int | None:
    """"The three Baltic states, all members of NATO, announced that they ...": the parser may read a speech verb
    after a subject and a phrase set off by commas as a participle (``acl``, VBN) on the subject or on its apposition,
    leaving the sentence with a noun for its root; that noun is the speaker (session 48). None otherwise."""
    dep, head = view.dep, view.head
    noun = head[saying]
    if dep[saying] != "acl" or view.tag[saying] not in ("VBN", "VBD") or noun == saying:
        return None
    if dep[noun] == "appos":
        noun = head[noun]
    if dep[noun] != "ROOT" or view.pos[noun] not in ("NOUN", "PROPN") or not noun < saying \
            or view.lower[saying - 1] != ",":
        return None
    return noun


def reporting_state(resolver: DocResolver, i: int) -> ActorRef | None:
    """The state whose body reports the clause the word at ``i`` is the subject of ("Russia's defence
    ministry said air defences had ..."; "It said ..." after such a body), else None."""
    speaker = saying_subject(resolver, i)
    if speaker is not None and any(resolver.v.dep[c] == "det" and resolver.v.lower[c] in INDEFINITE
                                   for c in resolver.v.children[speaker]):
        return None  # "drones struck the airport, an army spokesman said": a witness, not the drones' owner
    ref = resolver.resolve(speaker) if speaker is not None else None
    if ref is None or ref.kind not in ("country", "sector") or not ref.country:
        return None
    country = resolver.f.kb.get(ref.country)
    return resolver.f.entity_ref(country, resolver.day) if country is not None else None


# sectors of a state's forces: "the army", "the military", "the navy", "the police"
FORCE_SECTORS = ("MIL", "COP")


def forces_of_speaker(resolver: DocResolver, i: int) -> ActorRef | None:
    """"A spokesman for Cambodia's defence ministry denied that the army had fired ...", "Sudan's army said the
    military had not shelled ...": a definite forces noun ("the army", "the army's artillery") with no owner of
    its own, the subject (or the subject's possessor) of a clause a state's body or official says, denies or
    insists on (any verb with a clause object), is that state's (its country's reference), not the dateline's
    nor the latest forces named; else None."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    if not any(dep[c] == "det" and view.lower[c] == "the" for c in children[i]) \
            or any(dep[c] in ("poss", "compound", "amod", "prep") for c in children[i]):
        return None
    subject = head[i] if dep[i] == "poss" else i  # "the army's artillery had fired"
    verb = head[subject]
    if dep[subject] not in ("nsubj", "nsubjpass") or dep[verb] != "ccomp" or view.pos[head[verb]] != "VERB":
        return None
    saying = head[verb]
    while dep[saying] == "conj" and head[saying] != saying and not any(dep[c] == "nsubj" for c in children[saying]):
        saying = head[saying]  # "blamed the rebels and denied that the army had fired"
    speaker = next((c for c in children[saying] if dep[c] == "nsubj"), None)
    ref = resolver.resolve(speaker) if speaker is not None else None
    if ref is not None and ref.kind == "person":
        ref = resolver.f.speaks_for(ref, resolver.day)
    # a person the knowledge base lacks, whose title gave him a state's office ("Cambodia's defence ministry
    # spokeswoman, Maly Socheata, ... She denied that the army had fired"), speaks for that state as the office does
    titled = ref is not None and ref.kind == "person" and ref.entry is None
    if ref is None or not ref.country or (ref.kind not in ("country", "sector", "government") and not titled) \
            or (ref.kind in ("sector", "person") and ref.sector not in STATE_SPEAKER_SECTORS + FORCE_SECTORS):
        return None
    country = resolver.f.kb.get(ref.country)
    if country is None or speaker is None:
        return None
    resolver.found.antecedents[i] = speaker
    return resolver.f.entity_ref(country, resolver.day)


# sectors a bare common noun never takes the article's country for: "reporters" are an audience,
# "all parties" and "any third party" are rarely political parties; "gunmen", "assailants" (UAF) and
# "gangs", "criminals" (CRM) are whoever they are: where they struck says nothing of who they are; "rights groups"
# (HRI) with no demonym are as often foreign watchdogs as the country's own (session 47)
NO_FOCUS_SECTORS = ("MED", "PTY", "UAF", "CRM", "HRI")
# sectors of anonymous people: plural ("protesters", "residents", "students") or counted ("83 people"), they are
# nobody identifiable and get no country the text does not give (a demonym, a possessive, an antecedent): where
# they marched or were detained is not who they are (eval/wire/README.md, "Sides"; issue 11)
ANONYMOUS_SECTORS = ("CVL", "OPP", "REF", "EDU", "LAB")


def _plural(view: ParseView, i: int) -> bool:
    """Whether the noun at ``i`` is plural, also where the tagger read a capitalised plural as a name
    ("LIMA (Reuters) - Protesters blocked ...": NNP)."""
    return view.tag[i] in ("NNS", "NNPS") or (view.tag[i] == "NNP" and view.lower[i].endswith("s")
                                              and not view.lower[i].endswith("ss"))


def anonymous_people(view: ParseView, i: int, sector: str) -> bool:
    """Whether a bare sector noun at ``i`` names anonymous people: plural or counted people of a private sector
    (``ANONYMOUS_SECTORS``: "protesters", "83 people", "students"), who get no country the text does not give
    (a demonym, a possessive or an antecedent gives one before this is asked): where they marched or were
    detained is not who they are (eval/wire/README.md, "Sides"; issue 11)."""
    return sector in ANONYMOUS_SECTORS and (_plural(view, i) or counted(view, i))


def takes_focus(view: ParseView, i: int, sector: str) -> bool:
    """Whether a bare sector noun ("police", "security forces"; anonymous people are asked first,
    :func:`anonymous_people`) at ``i`` is the article's country's: as a subject, object or prepositional object,
    unless its sector never is (``NO_FOCUS_SECTORS``).
    Forces named as objects ("sent troops") are sometimes another country's; leaving them without a
    country loses more targets ("attacked troops") on the development sentences than it saves. A plural
    noun a collective's word modifies ("Western intelligence services") is many countries', never the
    article's."""
    if view.tag[i] == "NNS" and modifier_collective(view, i) is not None:
        return False  # "Western intelligence services", "Gulf investors": many countries', not the article's
    return sector not in NO_FOCUS_SECTORS and view.dep[i] in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")


def _owners_country(resolver: DocResolver, possessor: int) -> ActorRef | None:
    """The country of a person or body a possessive pronoun points to ("the minister denied that his
    country was arming rebels"): that country, or None."""
    if resolver.v.tag[possessor] != "PRP$":
        return None
    owner = resolver.resolve(possessor)
    entry = resolver.f.kb.get(owner.country) if owner is not None and owner.country else None
    return resolver.f.entity_ref(entry, resolver.day) if entry is not None else None


def country_nominal(resolver: DocResolver, at: int) -> ActorRef | None:
    """"Its neighbour", "the neighbouring country", "the island nation": a definite singular noun for
    a country (``country_noun`` in words.tsv) that a possessive or a modifier sets apart from the
    story's own country points back to the latest country named before it, as itself or through its
    envoy ("the UAE's ambassador": ``abroad_noun``), that is not its own clause's doer nor its
    possessor, and that is of the kind and region the noun and its modifiers name ("the Gulf state", "the
    Himalayan kingdom": ``data/actors/collectives.tsv``). A bare "the country" is left alone: as often as not it is the
    subject's own ("interference in the country's affairs"). A bare noun that names a kind of country of its own
    ("the kingdom", "the sultanate", "the emirate": a kind row of collectives.tsv) sets itself apart: "Jordan shut a
    crossing with Syria. Syrian truckers threatened to halt deliveries to the kingdom": Jordan, the latest kingdom;
    capitalised as copy often has it ("the Kingdom", "The Sultanate": a name's tag, read as the lowercase noun when
    no compound makes it a name's part), it is first the story's own country (the resolver's focus) when that is
    of its kind;
    in what a state's official says it is first the speaker's (:func:`speakers_country`); "the Kingdom of X" (a
    name) and "his kingdom" are left to the other rules. One a possessive pronoun owns and nothing sets apart ("his
    country") is its owner's (``_owners_country``), else the titled speaker's whose words it is in. A neighbour
    ("its neighbour", "the neighbouring country") is, of the candidates, the latest one that borders its owner when
    one does (:func:`_bordering`, ``data/actors/borders.tsv``)."""
    words, view = resolver.words, resolver.v
    dep, children = view.dep, view.children
    lemma = view.lemma[at]
    if view.tag[at] == "NNP" and view.lower[at] in words.country_noun and view.lower[at] in collectives() \
            and not any(dep[c] == "compound" for c in children[at]):
        lemma = view.lower[at]  # "the Kingdom", "The Sultanate": copy capitalises a kind of country, tagged a name
    elif view.tag[at] != "NN":
        return None
    if lemma not in words.country_noun:
        return None
    described = _described(resolver, at) or _named_by_modifier(resolver, at)
    if described is not None:
        return described
    possessor = next((c for c in children[at] if dep[c] == "poss"), None)
    definite = possessor is not None or any(dep[c] == "det" and view.lower[c] == "the" for c in children[at])
    # the kind of country the noun names ("the kingdom", "the island") and the region its modifiers name ("the
    # Gulf state", "the Central Asian republic"): the antecedent is one of their members
    kind, region = collectives().get(lemma), modifier_collective(view, at)
    members = [c.members for c in (kind, region) if c is not None]
    # a noun that names a kind of country of its own ("the kingdom", "the sultanate": a row of collectives.tsv) sets
    # itself apart, bare, unless it opens a name ("the Kingdom of Bahrain") or a possessive owns it ("his kingdom")
    kind_named = kind is not None and possessor is None and not any(
        dep[c] == "prep" and view.lower[c] == "of" for c in children[at])
    marked = lemma in words.neighbour_noun or kind_named or any(dep[c] in ("amod", "compound")
                                                                for c in children[at])
    if not definite or not marked:
        if possessor is not None and not marked and lemma not in words.neighbour_noun:
            # "his country", "their nation": the owner's; "X's foreign minister said his country would ...":
            # the speaker's, when "his" names nobody the knowledge base knows
            return _owners_country(resolver, possessor) or reporting_state(resolver, at)
        return speakers_country(resolver, at) if definite and possessor is None else None
    if kind_named and (spoken := speakers_country(resolver, at)) is not None:
        return spoken  # "Saudi Arabia's foreign minister said the kingdom had asked ...": the speaker's, as a bare noun
    if kind_named and view.tag[at] == "NNP" and kind is not None:
        focus = resolver._focus()  # "the Kingdom" capitalised: the story's own kingdom when it is one
        if focus is not None and focus.country in kind.members:
            return focus
    excluded: set[str] = set()
    owners: set[str] = set()  # the countries a neighbour noun is a neighbour of: its possessor's, else its doers'
    if possessor is not None:
        owner = resolver.resolve(possessor)
        excluded |= {owner.country or owner.key} if owner is not None else set()
        owners |= {owner.country} if owner is not None and owner.country else set()
    verb = view.head[at]
    for _ in range(4):  # the doers of its clause and of the clauses it hangs on ("..., accusing its neighbour")
        doers = [r for c in children[verb] if dep[c] in ("nsubj", "nsubjpass")
                 for r in [resolver.found.by_token.get(c)] if r is not None]
        excluded |= {(r.country or r.key) for r in doers}
        if possessor is None:
            owners |= {r.country for r in doers if r.country}
        if view.head[verb] == verb:
            break
        verb = view.head[verb]
    candidates = [(i, ref) for i, ref in reversed(resolver.history)
                  if i < at and ref.country and ref.country not in excluded and all(ref.country in m for m in members)
                  and (ref.kind == "country" or (ref.kind == "sector" and view.lemma[i] in words.abroad_noun))]
    neighbours = _bordering(resolver, at, owners, candidates)
    if candidates:
        # the subject of the sentence that named the latest one, over an object after it ("Bahrain restored
        # ties with Qatar. Egypt welcomed the Gulf kingdom's step": Bahrain)
        latest = resolver.sentence_of[candidates[0][0]]
        subjects = [c for c in candidates if resolver.sentence_of[c[0]] == latest and dep[c[0]] == "nsubj"]
        if subjects and dep[candidates[0][0]] != "nsubj":
            candidates = subjects
    if neighbours and candidates[0] not in neighbours:
        candidates = neighbours  # never a country that does not border the owner over one that does
    for i, ref in candidates:
        # a country, or its envoy ("summoned the UAE's ambassador over claims that the Gulf state had
        # armed ..."): the country
        if ref.kind != "country":
            entry = resolver.f.kb.get(ref.country)
            if entry is None:
                continue
            ref = resolver.f.entity_ref(entry, resolver.day)
        resolver.found.antecedents[at] = i
        return ref
    return None


def _bordering(resolver: DocResolver, at: int, owners: set[str],
               candidates: list[tuple[int, ActorRef]]) -> list[tuple[int, ActorRef]]:
    """Of the ``candidates`` (latest first) the country noun at ``at`` may point back to, those whose country shares a
    land border with one of its ``owners`` (``data/actors/borders.tsv``), when the noun is a neighbour ("its
    neighbour", "the neighbouring country": ``neighbour_noun``, ``neighbour_adjective``): "Somalia accused Kenya ...,
    and Egypt backed the complaint. Kenya urged its neighbour to ...": Somalia, not Egypt. [] for any other noun, or
    when no candidate borders an owner (the search then goes on as before)."""
    view, words = resolver.v, resolver.words
    if view.lemma[at] not in words.neighbour_noun and not any(view.dep[c] in ("amod", "compound")
                                                              and view.lower[c] in words.neighbour_adjective
                                                              for c in view.children[at]):
        return []
    kb = resolver.f.kb
    return [(i, ref) for i, ref in candidates if any(kb.bordering(owner, ref.country) for owner in owners)]


def _named_by_modifier(resolver: DocResolver, at: int) -> ActorRef | None:
    """"The Colombian state", "the Ukrainian nation": a country noun a demonym or a country's name modifies names
    that country, whatever country was named before it or the dateline's; else None (a region's word, "the Gulf
    state", is left to the antecedent search)."""
    view = resolver.v
    for c in view.children[at]:
        if view.dep[c] in ("amod", "compound") and view.pos[c] in ("ADJ", "PROPN"):
            ref = resolver.found.by_token.get(c)
            if ref is not None and ref.kind == "country":
                return ref
    return None


def _described(resolver: DocResolver, at: int) -> ActorRef | None:
    """"Bhutan became the first country to recognise ...": a country noun that is the attribute of its clause's
    subject (``copula_verb`` in words.tsv) is that subject, when it is a country; else None. (An apposition, "X,
    the fourth state on the river, said", is left to the mention's span: resolved, it joins the name's.)"""
    view = resolver.v
    dep, head = view.dep, view.head
    described = None
    if dep[at] == "attr" and resolver.lemma_as_tagged(head[at]) in resolver.words.copula_verb:
        described = next((c for c in view.children[head[at]] if dep[c] == "nsubj"), None)
    ref = resolver.resolve(described) if described is not None else None
    if ref is None or ref.kind != "country" or described is None:
        return None
    resolver.found.antecedents[at] = described
    return ref


# sectors of a state speaking for itself: its government, leaders, forces, parliament and courts
STATE_SPEAKER_SECTORS = ("GOV", "ELI", "MIL", "LEG", "JUD")


def speakers_country(resolver: DocResolver, at: int) -> ActorRef | None:
    """"Romania's president said the country would ask the EU ...": a bare "the country" as the
    subject of what a state's body or official says is the speaker's country, when no other country
    is named before it in the sentence ("the U.S. envoy to Haiti said the country needed elections"
    is left alone), else None."""
    view = resolver.v
    dep, head, children = view.dep, view.head, view.children
    verb = head[at]
    if dep[at] not in ("nsubj", "nsubjpass") or dep[verb] != "ccomp" \
            or resolver.lemma_as_tagged(head[verb]) not in resolver.words.speech_verb:
        return None
    said = head[verb]
    saying = head[said] if dep[said] == "conj" and not any(
        dep[c] == "nsubj" for c in children[said]) else said  # "thanked the allies and said ..."
    speaker = next((c for c in children[saying] if dep[c] == "nsubj"), None)
    if speaker is None:
        return None
    ref = resolver.resolve(speaker)
    if ref is None or not ref.country or not (ref.kind == "country" or ref.sector in STATE_SPEAKER_SECTORS):
        return None
    here = resolver.sentence_of[at]
    named = {r.country for i, r in resolver.history if i < at and resolver.sentence_of[i] == here}
    country = resolver.f.kb.get(ref.country)
    if named - {ref.country} or country is None:
        return None
    resolver.found.antecedents[at] = speaker
    return resolver.f.entity_ref(country, resolver.day)
def first_person(actors: DocActors, doc: Doc, start: int, end: int, speaker: ActorRef, body: ActorRef,
                 words: Words) -> list[tuple[int, ActorRef, Mention, tuple[int, int]]]:
    """Inside the quote at characters ``start:end``, "I" is the speaker and "we" the body the speaker
    speaks for: the mentions to add (head, actor, mention, token span) for :meth:`DocActors.adding`."""
    added: list[tuple[int, ActorRef, Mention, tuple[int, int]]] = []
    view = actors.view(doc)  # the words' text and offsets without a Token for each
    span = view.char_span(start, end)  # doc.char_span(start, end, alignment_mode="expand"), without the Span
    for i in range(*span) if span is not None else ():
        lower = view.lower[i]
        if i in actors.by_token or lower not in words.first_person:
            continue
        ref = speaker if lower in words.pronoun_first_singular else body
        added.append((i, ref, Mention(text=view.text[view.idx[i]:view.end[i]], start=view.idx[i], end=view.end[i],
                                      sentence=actors.sentence_of.get(i, 0), via="pronoun"), (i, i + 1)))
    return added


def remention(resolver: DocResolver, i: int) -> int | None:
    """The people a definite person noun with no actor of its own names again: the latest noun of its number in its
    sentence or the three before that is the same ``private_person_noun`` ("detained 15 Turkish fishermen ... A court
    charged the fishermen": the fishermen), or, for a ``general_person_noun`` ("the men", "the detainees"), any private
    person noun (a ``private_person_noun`` or ``general_person_noun``: "arrested two Estonian citizens ... charged the
    two men"), not a state's people named by a sector word ("a Saudi patrol ... the three men", who were shot at, are
    not the patrol's). The noun so found decides, whether or not it has an actor (a "the men" after "three men
    arrested", who have none, is nobody known). A counted one ("the two men") takes the nearest counted with the same
    number, if any ("two Russian citizens recruited Kazakh men ... The two men were arrested": the citizens), and then
    one named by the same word before another ("Unidentified men kidnapped three engineers ... The men": the
    kidnappers). None when the noun is not such a noun, not definite, or owned ("its crew": :func:`ship_crew`)."""
    view, words = resolver.v, resolver.words
    lemma = view.lemma[i]
    general = lemma in words.general_person_noun
    if view.pos[i] != "NOUN" or not (general or lemma in words.private_person_noun) \
            or not definite_at(view, i, words) or any(view.dep[c] == "poss" for c in view.children[i]):
        return None
    plural, here = view.tag[i] == "NNS", resolver.sentence_of[i]
    found = []
    for k in range(i - 1, -1, -1):
        if here - resolver.sentence_of[k] > 3:
            break
        if not (view.pos[k] == "NOUN" or _noun_read_as_adjective(view, k, words)) \
                or (view.tag[k] == "NNS") != plural or view.dep[k] == "compound":
            continue
        if view.lemma[k] == lemma or (general and (view.lemma[k] in words.private_person_noun
                                                   or view.lemma[k] in words.general_person_noun)):
            found.append(k)
    number = _count_of(view, i)
    if number is not None:  # "two Russian citizens recruited Kazakh men ... The two men": the two citizens
        found = [k for k in found if _count_of(view, k) == number] or found
    # the same word before another ("Unidentified men kidnapped three Chinese engineers ... The men fired": the
    # kidnappers)
    found = [k for k in found if view.lemma[k] == lemma] or found
    return found[0] if found else None


def _noun_read_as_adjective(view: ParseView, k: int, words: Words) -> bool:
    """Whether the word at ``k`` is a ``private_person_noun`` the tagger read as an adjective although an indefinite
    article makes it a noun ("arrested a Chinese national suspected of spying": "national" tagged JJ, with "a" on it
    as its determiner). Session 60, h-tgt60b."""
    return view.pos[k] == "ADJ" and view.lower[k] in words.private_person_noun \
        and any(view.dep[c] == "det" and view.lower[c] in ("a", "an") for c in view.children[k])


def _count_of(view: ParseView, i: int) -> int | None:
    """The number a noun is counted with ("two Russian citizens": 2), or None."""
    return next((n for c in view.children[i] if view.dep[c] == "nummod"
                 for n in [cardinal(view.lower[c].replace(",", ""))] if n is not None), None)


CREW_PREPS = ("from", "of", "aboard", "on")  # "sailors from HMS Kent", "the crew of USS Halsey"


def warship_crew(resolver: DocResolver, i: int) -> ActorRef | None:
    """The people aboard (``crew_noun``) a ship named with a state navy's prefix ("sailors from HMS Kent", "the crew
    of KRI Bung Tomo"): that state's forces (``NominalRules.prefixed_ship``), before any sector reading of the noun
    ("sailors" alone are the article's state's navy)."""
    view, crew = resolver.v, resolver.words.crew_noun
    if view.lemma[i] not in crew and view.lower[i].removesuffix("s") not in crew:
        return None  # (the tagger takes a capitalised plural opening a sentence, "Sailors from ...", for a name)
    return next((ref for c in view.children[i] if view.dep[c] == "prep" and view.lower[c] in CREW_PREPS
                 for g in view.children[c] if view.dep[g] == "pobj"
                 for ref in [resolver.prefixed_ship(g)] if ref is not None), None)


def ship_crew(resolver: DocResolver, i: int) -> ActorRef | None:
    """"Seized a Chinese-flagged longliner and detained its crew", "the trawler's captain": the people aboard
    (``crew_noun``) whose possessive is a ship (a ``vessel_noun``), or a thing pronoun ("its", "their") after one
    named in the same sentence or the one before, are the country of that ship: the latest such ship with an actor on
    it or its modifiers. None for any other possessive ("Russia's sailors" are its own navy's). A crew noun may stand
    as the compound of a plain noun of members ("detained its six crew members": a ``crew_member_noun``)."""
    view = resolver.v
    if view.lemma[i] not in resolver.words.crew_noun and not (
            view.lemma[i] in resolver.words.crew_member_noun
            and any(view.dep[c] == "compound" and view.lemma[c] in resolver.words.crew_noun for c in view.children[i])):
        return None
    owner = next((c for c in view.children[i] if view.dep[c] == "poss"), None)
    if owner is None:
        return None
    here = resolver.sentence_of[i]
    if view.lemma[owner] in resolver.words.vessel_noun:  # "the trawler's captain": that trawler, or the one before
        ships = [owner, *(k for k in range(owner - 1, -1, -1)
                          if here - resolver.sentence_of[k] <= 3 and view.lemma[k] == view.lemma[owner])]
    elif view.lower[owner] in resolver.words.pronoun_thing or view.lower[owner] in resolver.words.pronoun_plural:
        ships = [k for k in range(owner - 1, -1, -1)
                 if here - resolver.sentence_of[k] <= 1 and view.lemma[k] in resolver.words.vessel_noun
                 and view.pos[k] == "NOUN"]
    else:
        return None
    for ship in ships:  # the ship's own actor, else one in the words before it ("a Chinese-flagged longliner")
        for j in (ship, *range(ship - 1, view.edges(ship)[0] - 1, -1)):
            ref = resolver.resolve(j)
            if ref is not None and ref.country:
                return ref
    return None
