"""Places of session 57 (h-pl57): "here" anywhere in a sentence under a dateline, outside a quotation, gives the
dateline's country to the word acts of that sentence told as done, not only "here" on its verb of saying
(``PlaceRules._said_here``; eval/wire/README.md, "Location": "here" in its sentence, for the word acts of that
sentence, like "In <city>,"). A pledge of the sentence is not placed by a "here" on another verb, and a word act is
not placed with no "here" ("again" in its stead).

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand (the dateline blanked, as the parse copy has it): the rule reads where "here" hangs, not how the
model parses the sentence."""

import datetime as dt

from tests.conftest import NO_SPACE_AFTER, NO_SPACE_BEFORE, code_tree

DATE = "2026-09-10"
DATELINE = "ROME, Sept. 10 (Xinhua) -- "

# (DATELINE) Italy signed a pact here on Thursday, while Greece criticized Turkey.
CRITICIZED = """
    Italy      Italy      PROPN NNP nsubj    1 B-GPE
    signed     sign       VERB  VBD ROOT     1 O
    a          a          DET   DT  det      3 O
    pact       pact       NOUN  NN  dobj     1 O
    here       here       ADV   RB  advmod   1 O
    on         on         ADP   IN  prep     1 O
    Thursday   Thursday   PROPN NNP pobj     5 B-DATE
    ,          ,          PUNCT ,   punct    1 O
    while      while      SCONJ IN  mark     10 O
    Greece     Greece     PROPN NNP nsubj    10 B-GPE
    criticized criticize  VERB  VBD advcl    1 O
    Turkey     Turkey     PROPN NNP dobj     10 B-GPE
    .          .          PUNCT .   punct    1 O
"""

# (DATELINE) Italy signed a pact here on Thursday, while Greece pledged to help Turkey.
PLEDGED = """
    Italy      Italy      PROPN NNP nsubj    1 B-GPE
    signed     sign       VERB  VBD ROOT     1 O
    a          a          DET   DT  det      3 O
    pact       pact       NOUN  NN  dobj     1 O
    here       here       ADV   RB  advmod   1 O
    on         on         ADP   IN  prep     1 O
    Thursday   Thursday   PROPN NNP pobj     5 B-DATE
    ,          ,          PUNCT ,   punct    1 O
    while      while      SCONJ IN  mark     10 O
    Greece     Greece     PROPN NNP nsubj    10 B-GPE
    pledged    pledge     VERB  VBD advcl    1 O
    to         to         PART  TO  aux      12 O
    help       help       VERB  VB  xcomp    10 O
    Turkey     Turkey     PROPN NNP dobj     12 B-GPE
    .          .          PUNCT .   punct    1 O
"""


def _code(coder, table: str):
    """The coded article of DATELINE and the sentence of ``table`` (``tests.conftest.tree``'s columns), parsed as
    the table says, the dateline blanked before it as the parse copy blanks it."""
    from spacy.tokens import Doc

    from detente.model import Article

    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and words[i] not in NO_SPACE_AFTER
              for i in range(len(words))]
    root = next(int(r[5]) for r in rows if r[4] == "ROOT")
    # the blanked dateline is one blank word ahead of the sentence, hung on its root as the model hangs it
    doc = Doc(coder.nlp.language.vocab, words=[" " * (len(DATELINE) - 1), *words], spaces=[True, *spaces],
              lemmas=[" ", *(r[1] for r in rows)], pos=["SPACE", *(r[2] for r in rows)],
              tags=["_SP", *(r[3] for r in rows)], deps=["dep", *(r[4] for r in rows)],
              heads=[root + 1, *(int(r[5]) + 1 for r in rows)], ents=["O", *(r[6] for r in rows)])
    text = DATELINE + doc.text[len(DATELINE):]
    return coder.code_doc(Article(text=text, date=dt.date.fromisoformat(DATE)), doc)


def _countries(result, word: str) -> list[str | None]:
    return [e.location.country if e.location is not None else None for e in result.events
            if e.trigger.text.startswith(word)]


def test_places_pl57_here_on_another_verb_places_the_word_acts_of_its_sentence(blank_coder):
    result = _code(blank_coder, CRITICIZED)
    assert _countries(result, "signed") and set(_countries(result, "signed")) == {"ITA"}  # "here" on its own verb
    assert _countries(result, "criticized") and set(_countries(result, "criticized")) == {"ITA"}
    # with no "here" in the sentence ("again" in its stead), the word act has no place
    result = _code(blank_coder, CRITICIZED.replace("    here       here       ADV   RB  advmod   1 O",
                                                   "    again      again      ADV   RB  advmod   1 O"))
    assert _countries(result, "criticized") and set(_countries(result, "criticized")) == {None}
    # nor is a pledge of the sentence placed by the "here" on another verb
    result = _code(blank_coder, PLEDGED)
    places = _countries(result, "pledged") + _countries(result, "help")
    assert places and set(places) == {None}, [(e.trigger.text, e.location) for e in result.events]


# Armenia and Azerbaijan initialled the text of a peace treaty at the Kremlin on Friday.
INITIALLED = """
    Armenia    Armenia    PROPN NNP nsubj    3 B-GPE
    and        and        CCONJ CC  cc       0 O
    Azerbaijan Azerbaijan PROPN NNP conj     0 B-GPE
    initialled initial    VERB  VBD ROOT     3 O
    the        the        DET   DT  det      5 O
    text       text       NOUN  NN  dobj     3 O
    of         of         ADP   IN  prep     5 O
    a          a          DET   DT  det      9 O
    peace      peace      NOUN  NN  compound 9 O
    treaty     treaty     NOUN  NN  pobj     6 O
    at         at         ADP   IN  prep     9 O
    the        the        DET   DT  det      12 O
    Kremlin    Kremlin    PROPN NNP pobj     10 B-FAC
    on         on         ADP   IN  prep     3 O
    Friday     Friday     PROPN NNP pobj     13 B-DATE
    .          .          PUNCT .   punct    3 O
"""


def test_places_pl57_a_place_on_the_pact_named_in_what_is_signed_places_the_signing(blank_coder):
    # "initialled the text of a peace treaty at X": the parser hangs the place on the pact of the "of" phrase
    result = code_tree(blank_coder, INITIALLED, date=DATE)
    assert _countries(result, "initialled") and set(_countries(result, "initialled")) == {"RUS"}
    # not a thing of another kind named there ("the text of a speech at X" is no pact)
    result = code_tree(blank_coder, INITIALLED.replace("    treaty     treaty     NOUN  NN  pobj     6 O",
                                                       "    speech     speech     NOUN  NN  pobj     6 O"), date=DATE)
    assert set(_countries(result, "initialled")) <= {None}


# Algerian soldiers killed two Mauritanian crew members on Monday.
KILLED = """
    Algerian   Algerian   ADJ   JJ  amod     1 B-NORP
    soldiers   soldier    NOUN  NNS nsubj    2 O
    killed     kill       VERB  VBD ROOT     2 O
    two        two        NUM   CD  nummod   6 O
    Mauritanian Mauritanian ADJ JJ  amod     6 B-NORP
    crew       crew       NOUN  NN  compound 6 O
    members    member     NOUN  NNS dobj     2 O
    on         on         ADP   IN  prep     2 O
    Monday     Monday     PROPN NNP pobj     7 B-DATE
    .          .          PUNCT .   punct    2 O
"""


def test_places_pl57_force_on_crew_members_of_a_country_is_not_on_its_ground(blank_coder):
    # people a demonym names are hit where they are, which their country does not say (session 47's people nouns);
    # "crew members" are people too, a crew_member_noun under a crew_noun compound
    result = code_tree(blank_coder, KILLED, date=DATE)
    assert _countries(result, "killed") and set(_countries(result, "killed")) == {None}
