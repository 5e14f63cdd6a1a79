"""A name the tagger misread and the parser hung on its verb instead of making it the subject is the verb's doer
(events/roles.py ``misread_subject``, events/doers.py ``DoerRules._misread_subject``): "Abdoulaye Bathily on
Tuesday urged ..." with the rare surname tagged as an adverb of "urged", "Getachew Reda late on Friday accused
..." with the first name tagged as an auxiliary, a verb hung on a name the parser made the root. Wire leads open
"<Name> on <weekday> <verb>" all the time; before the rule such a verb had no doer and no event was coded
(``test_probe_names33`` measures the class on the model's own parses).

The parses are built by hand in the shapes en_core_web_sm gives (tests/conftest.py ``tree``); the sentences are
written for these tests."""

import pytest
from tests.conftest import code_tree, event_on, tree

BATHILY = """
Abdoulaye  Abdoulaye  PROPN NNP compound 1 B-PERSON
Bathily    bathily    ADV   RB  advmod   4 I-PERSON
on         on         ADP   IN  prep     4 O
Tuesday    Tuesday    PROPN NNP pobj     2 B-DATE
urged      urge       VERB  VBD ROOT     4 O
Libya      Libya      PROPN NNP poss     8 B-GPE
's         's         PART  POS case     5 O
rival      rival      ADJ   JJ  amod     8 O
governments government NOUN NNS dobj    4 O
to         to         PART  TO  aux     10 O
agree      agree      VERB  VB  xcomp    4 O
.          .          PUNCT .   punct    4 O
"""


def test_misread_subject_surname_read_as_an_adverb(blank_coder):
    result = code_tree(blank_coder, BATHILY, date="2024-03-06")
    event = event_on(result, "urged")
    assert [p.actor for p in event.source] == ["abdoulaye-bathily"]
    assert [p.country for p in event.target] == ["LBY"]


GETACHEW = """
Getachew getachew AUX   VB  aux    5 B-PERSON
Reda     Reda     PROPN NNP dobj   0 I-PERSON
late     late     ADV   RB  advmod 0 O
on       on       ADP   IN  prep   2 O
Friday   Friday   PROPN NNP pobj   3 B-DATE
accused  accuse   VERB  VBD ROOT   5 O
Eritrea  Eritrea  PROPN NNP dobj   5 B-GPE
of       of       ADP   IN  prep   5 O
sending  send     VERB  VBG pcomp  7 O
troops   troop    NOUN  NNS dobj   8 O
.        .        PUNCT .   punct  5 O
"""


def test_misread_subject_first_name_read_as_an_auxiliary_with_the_time_phrase_on_it(blank_coder):
    result = code_tree(blank_coder, GETACHEW, date="2025-02-08")
    assert [p.actor for p in event_on(result, "accused").source] == ["getachew-reda"]


ROOTED = """
Korir    Korir    PROPN NNP nsubj  1 B-PERSON
Sing'oei sing'oei VERB  VBP ROOT   1 I-PERSON
late     late     ADV   RB  advmod 5 O
on       on       ADP   IN  prep   2 O
Friday   Friday   PROPN NNP pobj   3 B-DATE
accused  accuse   VERB  VBD ccomp  1 O
Ethiopia Ethiopia PROPN NNP dobj   5 B-GPE
of       of       ADP   IN  prep   5 O
massing  mass     VERB  VBG pcomp  7 O
troops   troop    NOUN  NNS dobj   8 O
.        .        PUNCT .   punct  1 O
"""


def test_misread_subject_verb_hung_on_a_name_made_the_root(blank_coder):
    result = code_tree(blank_coder, ROOTED, date="2025-02-08")
    [doer] = event_on(result, "accused").source  # the whole name, which the knowledge base knows (Kenya's official)
    assert doer.text == "Korir Sing'oei" and doer.actor == "korir-singoei" and doer.code == "KENGOV"


SAID = """
Said      say       VERB  VBD ROOT     0 O
Abdullahi Abdullahi PROPN NNP compound 2 B-PERSON
Deni      Deni      PROPN NNP nsubj    0 I-PERSON
on        on        ADP   IN  prep     5 O
Tuesday   Tuesday   PROPN NNP pobj     3 B-DATE
accused   accuse    VERB  VBD ccomp    0 O
Somalia   Somalia   PROPN NNP poss     9 B-GPE
's        's        PART  POS case     6 O
federal   federal   ADJ   JJ  amod     9 O
government government NOUN NN dobj    5 O
of        of        ADP   IN  prep     5 O
rigging   rig       VERB  VBG pcomp   10 O
the       the       DET   DT  det     13 O
vote      vote      NOUN  NN  dobj    11 O
.         .         PUNCT .   punct    0 O
"""


def test_misread_subject_first_name_read_as_the_verb_the_rest_hangs_on(blank_coder):
    # "Said" opening the sentence is the first word of the name, not a report; the verb is the name's
    result = code_tree(blank_coder, SAID, date="2025-05-06")
    [doer] = event_on(result, "accused").source
    assert doer.text.endswith("Deni") and doer.actor is not None
    assert [p.country for p in event_on(result, "accused").target] == ["SOM"]


def _misread(blank_nlp, table: str, verb: int):
    from detente.events.roles import misread_subject
    from detente.parse_view import ParseView

    doc = tree(blank_nlp.language.vocab, table)
    view = ParseView.of(doc)
    spans = {e.end - 1: (e.start, e.end) for e in doc.ents if e.label_ in ("PERSON", "GPE")}
    return misread_subject(view, verb, spans.get)


def test_misread_subject_finds_the_misread_names(blank_nlp):
    assert _misread(blank_nlp, BATHILY, 4) == (0, 2)
    assert _misread(blank_nlp, GETACHEW, 5) == (0, 2)
    assert _misread(blank_nlp, ROOTED, 5) == (0, 2)
    assert _misread(blank_nlp, SAID, 5) == (0, 3)


@pytest.mark.parametrize("table, verb", [
    # a name inside a prepositional phrase hangs on its preposition: "In Nairobi on Tuesday, urged calm"
    ("""In In ADP IN prep 5 O
        Nairobi Nairobi PROPN NNP pobj 0 B-GPE
        on on ADP IN prep 5 O
        Tuesday Tuesday PROPN NNP pobj 2 B-DATE
        , , PUNCT , punct 5 O
        urged urge VERB VBD ROOT 5 O
        calm calm NOUN NN dobj 5 O
        . . PUNCT . punct 5 O""", 5),
    # a participle has no subject of its own: "the Iran-backed group"
    ("""the the DET DT det 4 O
        Iran Iran PROPN NNP npadvmod 3 B-GPE
        - - PUNCT HYPH punct 3 O
        backed back VERB VBN amod 4 O
        group group NOUN NN ROOT 4 O""", 3),
    # a verb with a subject keeps it: "Kenya on Tuesday urged calm"
    ("""Kenya Kenya PROPN NNP nsubj 3 B-GPE
        on on ADP IN prep 3 O
        Tuesday Tuesday PROPN NNP pobj 1 B-DATE
        urged urge VERB VBD ROOT 3 O
        calm calm NOUN NN dobj 3 O""", 3),
    # more than a time phrase between the name and the verb: "Bathily and the mission on Tuesday urged calm"
    ("""Bathily bathily ADV RB advmod 6 B-PERSON
        and and CCONJ CC cc 0 O
        the the DET DT det 3 O
        mission mission NOUN NN conj 0 O
        on on ADP IN prep 6 O
        Tuesday Tuesday PROPN NNP pobj 4 B-DATE
        urged urge VERB VBD ROOT 6 O
        calm calm NOUN NN dobj 6 O""", 6),
])
def test_misread_subject_leaves_other_constructions_alone(blank_nlp, table, verb):
    assert _misread(blank_nlp, table, verb) is None
