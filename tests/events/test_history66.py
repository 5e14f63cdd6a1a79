"""Background that goes on after a sentence that steps back with no date (session 66, h-hist66):

- an undated act told in the simple past after a sentence of its paragraph that has no date but a ``historical``
  phrase of its own ("at the time", cues.tsv) goes on with that background story ("Ruritania accused Freedonia at the
  time of shelling its posts. Freedonia denied that its troops had fired.": the denial is background;
  ``HistoryRules._steps_back``), while after a sentence with no such phrase, or one the news week dates, it is news.

The parses are built by hand (tests.conftest.code_tree): the construction is the point, not the model's reading.
The sentences are synthetic, written for these tests; none comes from an evaluation set or a real article."""

from tests.conftest import code_tree

# synthetic: "Ruritania accused Freedonia <at the time|in a statement> of shelling its posts. Freedonia denied that
# its troops had fired."
STORY = """
        Ruritania    Ruritania    PROPN NNP nsubj    1 B-GPE
        accused      accuse       VERB  VBD ROOT     1 O
        Freedonia    Freedonia    PROPN NNP dobj     1 B-GPE
        {prep}       {prep}       ADP   IN  prep     1 O
        {det}        {det}        DET   DT  det      5 O
        {noun}       {noun}       NOUN  NN  pobj     3 O
        of           of           ADP   IN  prep     1 O
        shelling     shell        VERB  VBG pcomp    6 O
        its          its          PRON  PRP$ poss    9 O
        posts        post         NOUN  NNS dobj     7 O
        .            .            PUNCT .   punct    1 O
        Freedonia    Freedonia    PROPN NNP nsubj    12 B-GPE
        denied       deny         VERB  VBD ROOT     12 O
        that         that         SCONJ IN  mark     17 O
        its          its          PRON  PRP$ poss    15 O
        troops       troop        NOUN  NNS nsubj    17 O
        had          have         AUX   VBD aux      17 O
        fired        fire         VERB  VBN ccomp    12 O
        .            .            PUNCT .   punct    12 O
"""


def _result(coder, prep: str, det: str, noun: str):
    table = "\n".join(line for line in STORY.format(prep=prep, det=det, noun=noun).splitlines() if line.strip())
    result = code_tree(coder, table, date="2026-05-11")
    return next(e for e in result.events if e.trigger.text.startswith("denied"))


def test_history66_act_after_a_step_back_is_background(blank_coder):
    denial = _result(blank_coder, "at", "the", "time")
    assert denial.historical and denial.cameo == "016", denial


def test_history66_act_after_a_plain_sentence_stays_news(blank_coder):
    # "accused Freedonia in a statement": no phrase of background, no date: the denial is the news
    assert not _result(blank_coder, "in", "a", "statement").historical


# synthetic: "Freedonia shelled the post <on May 9|in May 2024>. Ruritania accused Freedonia at the time of shelling
# its posts. Freedonia denied that its troops had fired."
DATED_STORY = """
        Freedonia    Freedonia    PROPN NNP nsubj    1 B-GPE
        shelled      shell        VERB  VBD ROOT     1 O
        the          the          DET   DT  det      3 O
        post         post         NOUN  NN  dobj     1 O
        {prep}       {prep}       ADP   IN  prep     1 O
        May          May          PROPN NNP pobj     4 B-DATE
        {number}     {number}     NUM   CD  nummod   5 I-DATE
        .            .            PUNCT .   punct    1 O
        Ruritania    Ruritania    PROPN NNP nsubj    9 B-GPE
        accused      accuse       VERB  VBD ROOT     9 O
        Freedonia    Freedonia    PROPN NNP dobj     9 B-GPE
        at           at           ADP   IN  prep     9 O
        the          the          DET   DT  det      13 O
        time         time         NOUN  NN  pobj     11 O
        of           of           ADP   IN  prep     9 O
        shelling     shell        VERB  VBG pcomp    14 O
        its          its          PRON  PRP$ poss    17 O
        posts        post         NOUN  NNS dobj     15 O
        .            .            PUNCT .   punct    9 O
        Freedonia    Freedonia    PROPN NNP nsubj    20 B-GPE
        denied       deny         VERB  VBD ROOT     20 O
        that         that         SCONJ IN  mark     25 O
        its          its          PRON  PRP$ poss    23 O
        troops       troop        NOUN  NNS nsubj    25 O
        had          have         AUX   VBD aux      25 O
        fired        fire         VERB  VBN ccomp    20 O
        .            .            PUNCT .   punct    20 O
"""


def _dated_denial(coder, prep: str, number: str):
    table = "\n".join(line for line in DATED_STORY.format(prep=prep, number=number).splitlines() if line.strip())
    result = code_tree(coder, table, date="2026-05-11")
    return next(e for e in result.events if e.trigger.text.startswith("denied"))


def test_history66_step_back_to_a_time_of_the_news_stays_news(blank_coder):
    # "at the time" points back to May 9, two days before the news: the story told is the news
    assert not _dated_denial(blank_coder, "on", "9").historical


def test_history66_step_back_to_background_is_background(blank_coder):
    # "at the time" points back to May 2024: background
    assert _dated_denial(blank_coder, "in", "2024").historical
