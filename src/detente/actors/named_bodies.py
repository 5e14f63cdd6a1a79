"""Bodies the knowledge base does not know, named by their text (session 48).

A noun of a body of people (``body_noun`` of words.tsv: "lobby", "group", "party", "union", "association") with a
name on it that the knowledge base does not know is an actor of its own, named by that name:

- the name in apposition right after the noun: "the farm lobby Shamba Bora", "the exiled opposition group Al-Nour";
- the name as the noun's capitalised compounds: "the nationalist Zora party", "the United Autoworkers union";
- a capitalised name that ends in such a noun, as the NER reads it: "the opposition Justice Party", "the Tonga
  Dockers' Association", "the Farmers' Association of Chad".

The actor has no code (the knowledge base gives none), so it matches only a side named by the same text; its
country is the one a country's name in an "of" phrase of the name gives ("the Farmers' Association of Chad"), else
none. Left to the other rules are: a name any other word of which the finder matched (a known body or person; a
country or demonym opening it, "the Namibian Dockers' Union", "the Kenya Solidarity Network", which the sector rules
and ``_opens_body_name`` read); a phrase with a country's possessive or demonym on it ("Portugal's Socialist Party",
"the Tunisian Olive Growers Association": that country's party or body, by the sector and nominal rules); generic
words of parties alone before a lower-case noun ("the Socialist party": no name); a name on another noun ("Zora
party leader X": the title rules); a name that is only part of a longer one the NER reads. A capitalised generic
name ("the opposition Democratic Party") the knowledge base leaves to no party of its own (another country's party
it is not: actors/resolve.py) is named by its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.actors.people import slug
from detente.actors.refs import ActorRef

if TYPE_CHECKING:
    from detente.actors.doc_resolver import DocResolver

BODY_KEY = "body:"  # the key of such a body's actor begins with it: ``body:<slug of its name>``
_INNER = frozenset({"-", "‑", "–", "'s", "’s", "'", "’", "de", "del", "la", "of", "&"})  # inside a name
_LINKS = frozenset({"of", "for", "with", "in", "and"})  # small words a body's long name goes on with
_NAME_ENTITIES = frozenset({"ORG", "NORP", ""})  # not a person, place or date the NER reads
_APPOSED_ENTITIES = _NAME_ENTITIES | {"PERSON"}  # a name in apposition to a body noun is no person's ("group Al-Nour")


def named_body(resolver: DocResolver, i: int) -> ActorRef | None:
    """The body a noun phrase headed at ``i`` names by a name the knowledge base does not know (see the module's
    docstring), or None."""
    v = resolver.v
    words = resolver.words
    if v.dep[i] == "compound":
        return None  # "Zora party leader X": the name on another noun is that noun's (a title's) business
    if v.lemma[i] in words.body_noun or v.lower[i] in words.body_noun:
        span = _entity_name(resolver, i) or _apposed_name(resolver, i) or _compound_name(resolver, i)
    else:
        span = _name_after_noun(resolver, i)
    if span is None:
        return None
    start, end = span
    country = None
    for k in range(start, end):
        if k in resolver.by_match:  # a country's name in an "of" phrase holds it ("the Farmers' Association of Chad")
            key = resolver.by_match[k][0]
            entry = resolver.f.kb.get(key.partition("|")[2])
            if k < i or key[0] != "E" or entry is None or entry.kind != "country":
                return None  # one opening the name ("the Namibian Dockers' Union") is left to the sector rules
            country = entry.id
    tokens = [k for k in range(start, end) if v.lower[k] not in _INNER]
    if not tokens or (end <= i and all(v.lower[k] in words.party_word for k in tokens)):
        return None  # "the Democratic party", "the Socialist party": generic words before the noun, no name
    if _country(resolver, i, span) is not None:
        return None  # "Portugal's Socialist Party", "the Tunisian Olive Growers Association": the sector rules
    name = v.text[v.idx[start]:v.end[end - 1]]
    if name in resolver.outlet_words or name in resolver.f.kb.outlets:
        return None
    return ActorRef(key=f"{BODY_KEY}{slug(name)}", name=name, code=None, country=country,
                    sector=None, kind="group")


def named_by_text(ref: ActorRef) -> bool:
    """Whether an actor is a body :func:`named_body` made from its name (for ``--explain``)."""
    return ref.key.startswith(BODY_KEY)


def _apposed_name(resolver: DocResolver, i: int) -> tuple[int, int] | None:
    """"the farm lobby Shamba Bora": a capitalised proper name in apposition right after the noun at ``i``, as its
    token span."""
    v = resolver.v
    if v.pos[i] != "NOUN":
        return None
    for c in v.children[i]:
        if v.dep[c] == "appos" and v.pos[c] == "PROPN" and c > i and v.ent_type[c] in _APPOSED_ENTITIES \
                and _is_name(resolver, i + 1, c + 1):
            return i + 1, c + 1
    return None


def _compound_name(resolver: DocResolver, i: int) -> tuple[int, int] | None:
    """"the Zora party" (a lower-case body noun: the compounds before it) or "the Justice Party" (a capitalised one:
    the compounds and the noun), as a token span."""
    v = resolver.v
    start = i
    while start > 0 and start <= v.head[start - 1] <= i and v.dep[start - 1] == "compound" \
            and v.pos[start - 1] == "PROPN" and v.text[v.idx[start - 1]][:1].isupper():
        start -= 1
    if start == i:
        return None
    if v.ent_iob[start] == "I" and v.pos[start - 1] != "DET":
        return None  # part of a longer name ("the Senegalese Union of Traders Association in Mali")
    if v.text[v.idx[i]][:1].isupper() and v.pos[i] == "PROPN":
        return (start, i + 1) if v.ent_type[i] in _NAME_ENTITIES else None
    return start, i


def _entity_name(resolver: DocResolver, i: int) -> tuple[int, int] | None:
    """"the opposition Justice Party", "the Namibian Dockers' Union", "the Farmers' Association of Chad": the
    organisation name the NER reads that a capitalised body noun at ``i`` ends or heads (an "of" phrase on it
    within), without "the", and on through small words (``_LINKS``) and capitalised names inside the noun's phrase
    where the NER stops short ("the Movement of Solidarity with Cuba"), as a token span."""
    v = resolver.v
    if v.pos[i] != "PROPN" or v.ent_type[i] != "ORG" or not v.text[v.idx[i]][:1].isupper():
        return None
    start = i
    while start > 0 and v.ent_iob[start] == "I" and v.ent_type[start - 1] == "ORG":
        start -= 1
    while start < i and v.pos[start] == "DET":
        start += 1
    end = i + 1
    while end < len(v.lower) and v.ent_iob[end] == "I" and v.ent_type[end] == "ORG":
        end += 1
    first, last = v.edges(i)
    while end + 1 <= last and v.lower[end] in _LINKS and v.pos[end + 1] == "PROPN" \
            and v.text[v.idx[end + 1]][:1].isupper():  # "the Movement of Solidarity with Cuba": past the NER's end
        end += 2
        while end <= last and v.pos[end] == "PROPN" and v.text[v.idx[end]][:1].isupper():
            end += 1
    if start == i or not first <= start or end > last + 1:
        return None  # a body noun alone ("the Party") is no name; nor is a name running past the phrase
    if not _is_name(resolver, start, i + 1):
        return None
    return start, end


def _name_after_noun(resolver: DocResolver, i: int) -> tuple[int, int] | None:
    """"the farm lobby Shamba Bora" as the parser often reads it: a capitalised proper name headed at ``i`` whose
    compounds open with a lower-case body noun ("lobby"); the name is the words after that noun."""
    v = resolver.v
    if v.pos[i] != "PROPN" or v.ent_type[i] not in _APPOSED_ENTITIES:
        return None
    noun = next((c for c in v.children[i] if c < i and v.dep[c] == "compound" and v.pos[c] == "NOUN"
                 and (v.lemma[c] in resolver.words.body_noun or v.lower[c] in resolver.words.body_noun)
                 and v.text[v.idx[c]][:1].islower()), None)
    if noun is None or not _is_name(resolver, noun + 1, i + 1):
        return None
    return noun + 1, i + 1


def _is_name(resolver: DocResolver, start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` are one capitalised name (proper nouns, with the small words and
    marks a name may hold inside)."""
    v = resolver.v
    if not v.text[v.idx[start]][:1].isupper():
        return False
    return all((v.pos[k] == "PROPN" and v.text[v.idx[k]][:1].isupper()) or v.lower[k] in _INNER
               for k in range(start, end))


def _country(resolver: DocResolver, i: int, span: tuple[int, int]) -> str | None:
    """The country a possessive or demonym on the phrase at ``i`` gives ("Kenya's farm lobby"), outside the name."""
    v = resolver.v
    for c in v.children[i]:
        if v.dep[c] in ("poss", "amod", "compound") and not span[0] <= c < span[1]:
            ref = resolver.resolve(c)
            if ref is not None and ref.kind in ("country", "sector") and ref.country:
                return ref.country
    return None

