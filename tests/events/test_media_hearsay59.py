"""Acts done to what the media carried (session 59, h-fd59; ``assemble._media_hearsay``, ``hearsay_noun``,
``medium_noun`` and ``official_medium_word`` in words.tsv): a denial of reports in the press names no target,
neither a party the report's content names nor the other party of the act the denial would answer
(``events/context.py``); a state's own medium ("state media") is left to the other rules, and so is a denial of
an accusation ("denied that ...").

All sentences here are synthetic, written in agency style for these tests; none comes from a development set or
from a real article."""

from tests.conftest import tree

from detente.events.assemble import _media_hearsay
from detente.events.lexicon import load_default
from detente.records import Candidate

# "Ruritania denied press reports that Patria had fired ."
PRESS_BEFORE = """
Ruritania  Ruritania  PROPN  NNP  nsubj    1  B-GPE
denied     deny       VERB   VBD  ROOT     1  O
press      press      NOUN   NN   compound 3  O
reports    report     NOUN   NNS  dobj     1  O
that       that       SCONJ  IN   mark     7  O
Patria     Patria     PROPN  NNP  nsubj    7  B-GPE
had        have       AUX    VBD  aux      7  O
fired      fire       VERB   VBN  acl      3  O
.          .          PUNCT  .    punct    1  O
"""

# "Ruritania denied reports in the Patrian press that its ships had fired ."
PRESS_AFTER = """
Ruritania  Ruritania  PROPN  NNP  nsubj    1  B-GPE
denied     deny       VERB   VBD  ROOT     1  O
reports    report     NOUN   NNS  dobj     1  O
in         in         ADP    IN   prep     2  O
the        the        DET    DT   det      6  O
Patrian    Patrian    ADJ    JJ   amod     6  B-NORP
press      press      NOUN   NN   pobj     3  O
that       that       SCONJ  IN   mark     11 O
its        its        PRON   PRP$ poss     9  O
ships      ship       NOUN   NNS  nsubj    11 O
had        have       AUX    VBD  aux      11 O
fired      fire       VERB   VBN  acl      2  O
.          .          PUNCT  .    punct    1  O
"""

# "Ruritania denied reports in Patrian state media that its ships had fired ."
STATE_MEDIA = """
Ruritania  Ruritania  PROPN  NNP  nsubj    1  B-GPE
denied     deny       VERB   VBD  ROOT     1  O
reports    report     NOUN   NNS  dobj     1  O
in         in         ADP    IN   prep     2  O
Patrian    Patrian    ADJ    JJ   amod     6  B-NORP
state      state      NOUN   NN   compound 6  O
media      media      NOUN   NNS  pobj     3  O
that       that       SCONJ  IN   mark     11 O
its        its        PRON   PRP$ poss     9  O
ships      ship       NOUN   NNS  nsubj    11 O
had        have       AUX    VBD  aux      11 O
fired      fire       VERB   VBN  acl      2  O
.          .          PUNCT  .    punct    1  O
"""

# "Ruritania denied reports that Patria had fired ."
NO_MEDIUM = """
Ruritania  Ruritania  PROPN  NNP  nsubj    1  B-GPE
denied     deny       VERB   VBD  ROOT     1  O
reports    report     NOUN   NNS  dobj     1  O
that       that       SCONJ  IN   mark     6  O
Patria     Patria     PROPN  NNP  nsubj    6  B-GPE
had        have       AUX    VBD  aux      6  O
fired      fire       VERB   VBN  acl      2  O
.          .          PUNCT  .    punct    1  O
"""


def _kept(blank_nlp, table: str, trigger_words: tuple[str, ...] = ("denied",)):
    """The parse of ``table`` and what ``_media_hearsay`` keeps of a denial (016) on its verb "denied", the
    denial's trigger the words ``trigger_words``."""
    doc = tree(blank_nlp.language.vocab, table)
    verb = next(t for t in doc if t.text == "denied")
    trigger = tuple(t for t in doc if t.text in trigger_words)
    candidate = Candidate(cameo="016", head=verb, trigger=trigger, sources=(), targets=(), sentence=0)
    return doc, _media_hearsay(candidate, load_default().words)


def _told_by_media(blank_nlp, table: str, trigger_words: tuple[str, ...] = ("denied",)) -> bool:
    return _kept(blank_nlp, table, trigger_words)[1] is not None


def test_reports_the_press_carried_are_hearsay_before_or_after_the_noun(blank_nlp):
    assert _told_by_media(blank_nlp, PRESS_BEFORE)
    assert _told_by_media(blank_nlp, PRESS_BEFORE, ("denied", "press", "reports"))
    assert _told_by_media(blank_nlp, PRESS_AFTER)
    assert _told_by_media(blank_nlp, PRESS_AFTER, ("denied", "reports"))


def test_state_media_and_reports_of_no_medium_are_left_to_the_other_rules(blank_nlp):
    assert not _told_by_media(blank_nlp, STATE_MEDIA)
    assert not _told_by_media(blank_nlp, NO_MEDIUM)


LEAD = ("SANTIAGO, June 3 (Reuters) - Chile summoned Peru's ambassador on Monday over the detention of two Chilean "
        "fishermen near Arica. ")


def _denials(result):
    return [e for e in result.events if e.cameo == "016"]


def test_a_denial_of_press_reports_answers_no_one(code):
    for denial in ("Peru's foreign ministry denied reports in the local press that its coast guard had fired on "
                   "the fishing boat.",
                   "Peru's foreign ministry denied press reports that its coast guard had fired on the boat."):
        denials = _denials(code(LEAD + denial))
        assert denials and all(not e.target for e in denials)


def test_a_denial_of_the_charge_itself_still_answers_the_accuser(code):
    denials = _denials(code(LEAD + "Peru's foreign ministry denied that its coast guard had fired on the boat."))
    assert denials and any(p.country == "CHL" for e in denials for p in e.target)


# "Ruritania denied state media reports that Patria had fired ."
STATE_MEDIA_BEFORE = """
Ruritania  Ruritania  PROPN  NNP  nsubj    1  B-GPE
denied     deny       VERB   VBD  ROOT     1  O
state      state      NOUN   NN   compound 4  O
media      medium     NOUN   NNS  compound 4  O
reports    report     NOUN   NNS  dobj     1  O
that       that       SCONJ  IN   mark     8  O
Patria     Patria     PROPN  NNP  nsubj    8  B-GPE
had        have       AUX    VBD  aux      8  O
fired      fire       VERB   VBN  acl      4  O
.          .          PUNCT  .    punct    1  O
"""


def test_state_media_before_the_noun_are_a_party_too(blank_nlp):
    assert not _told_by_media(blank_nlp, STATE_MEDIA_BEFORE)
    assert _told_by_media(blank_nlp, STATE_MEDIA_BEFORE.replace("state      state", "local      local"))


def test_the_medium_named_is_the_one_target_kept(blank_nlp):
    doc, kept = _kept(blank_nlp, PRESS_AFTER)
    assert kept is not None and {doc[i].text for i in kept} == {"reports", "press", "the", "Patrian"}
