"""Background that goes on through a denial (session 63, h-hist63):

- a denial told in the simple past after a sentence of background is the answer of a party to that background act,
  a step of the story: it does not bring the story back to the news as a report does ("Ruritania accused Freedonia in
  May 2024 of shelling its posts. Freedonia denied that its troops had fired.": the denial is background;
  ``HistoryRules._answer_in_story``), while a report ("said") still does, and a denial dated in the news week is news.

The parses are built by hand (tests.conftest.code_tree): the construction is the point, not the model's reading.
The sentences are synthetic, written for these tests; none comes from an evaluation set or a real article."""

from tests.conftest import code_tree

# synthetic: "Ruritania accused Freedonia in May 2024 of shelling its posts. Freedonia <verb> that its troops had
# fired <when>."
DENIED = """
        Ruritania    Ruritania    PROPN NNP nsubj    1 B-GPE
        accused      accuse       VERB  VBD ROOT     1 O
        Freedonia    Freedonia    PROPN NNP dobj     1 B-GPE
        in           in           ADP   IN  prep     1 O
        May          May          PROPN NNP pobj     3 B-DATE
        2024         2024         NUM   CD  nummod   4 I-DATE
        of           of           ADP   IN  prep     1 O
        shelling     shell        VERB  VBG pcomp    6 O
        its          its          PRON  PRP$ poss    9 O
        posts        post         NOUN  NNS dobj     7 O
        .            .            PUNCT .   punct    1 O
        Freedonia    Freedonia    PROPN NNP nsubj    12 B-GPE
        {verb}       {lemma}      VERB  VBD ROOT     12 O
        that         that         SCONJ IN  mark     17 O
        its          its          PRON  PRP$ poss    15 O
        troops       troop        NOUN  NNS nsubj    17 O
        had          have         AUX   VBD aux      17 O
        fired        fire         VERB  VBN ccomp    12 O
        {when}
        .            .            PUNCT .   punct    12 O
"""
ON_MONDAY = """on           on           ADP   IN  prep     12 O
        Monday       Monday       PROPN NNP pobj     18 B-DATE"""


def _table(verb: str, lemma: str, when: str = "") -> str:
    table = DENIED.format(verb=verb, lemma=lemma, when=when)
    return "\n".join(line for line in table.splitlines() if line.strip())


def _denial(result):
    return next(e for e in result.events if e.trigger.text.startswith("denied"))


def test_history63_denial_goes_on_with_the_background(blank_coder):
    result = code_tree(blank_coder, _table("denied", "deny"), date="2026-05-11")
    denial = _denial(result)
    assert denial.historical and denial.cameo == "016", denial


def test_history63_denial_of_the_news_week_stays_news(blank_coder):
    # "denied on Monday": a date of the news week makes the sentence news
    table = _table("denied", "deny", ON_MONDAY)
    result = code_tree(blank_coder, table, date="2026-05-13")
    assert not _denial(result).historical


def test_history63_report_still_brings_the_story_back(blank_coder):
    # "Freedonia said that its troops had fired": a report of the news, not an answer in the story
    result = code_tree(blank_coder, _table("said", "say"), date="2026-05-11")
    fired = [e for e in result.events if e.trigger.text.startswith("said")]
    assert all(not e.historical for e in fired), fired


# synthetic: "Freedonia closed the border. Ruritania protested. Ruritania has expelled two diplomats, the ministry said
# <when>."
DETAINED = """
        Freedonia    Freedonia    PROPN NNP nsubj    1 B-GPE
        closed       close        VERB  VBD ROOT     1 O
        the          the          DET   DT  det      3 O
        border       border       NOUN  NN  dobj     1 O
        .            .            PUNCT .   punct    1 O
        Ruritania    Ruritania    PROPN NNP nsubj    6 B-GPE
        protested    protest      VERB  VBD ROOT     6 O
        .            .            PUNCT .   punct    6 O
        Ruritania    Ruritania    PROPN NNP nsubj    10 B-GPE
        has          have         AUX   VBZ aux      10 O
        expelled     expel        VERB  VBN ccomp    16 O
        two          two          NUM   CD  nummod   12 O
        diplomats    diplomat     NOUN  NNS dobj     10 O
        ,            ,            PUNCT ,   punct    16 O
        the          the          DET   DT  det      15 O
        ministry     ministry     NOUN  NN  nsubj    16 O
        said         say          VERB  VBD ROOT     16 O
        {when}
        .            .            PUNCT .   punct    16 O
"""
ON_WEDNESDAY = """on           on           ADP   IN  prep     16 O
        Wednesday    Wednesday    PROPN NNP pobj     17 B-DATE"""


def test_history63_present_perfect_reported_this_week_is_news(blank_coder):
    # "the ministry said on Wednesday": the day's news told in the present perfect (README, wire 188)
    table = "\n".join(line for line in DETAINED.format(when=ON_WEDNESDAY).splitlines() if line.strip())
    result = code_tree(blank_coder, table, date="2026-05-14")
    expelled = next(e for e in result.events if e.trigger.text.startswith("expelled"))
    assert not expelled.historical, expelled


def test_history63_present_perfect_background_with_no_news_date_stays_background(blank_coder):
    table = "\n".join(line for line in DETAINED.format(when="").splitlines() if line.strip())
    result = code_tree(blank_coder, table, date="2026-05-14")
    expelled = next(e for e in result.events if e.trigger.text.startswith("expelled"))
    assert expelled.historical, expelled


# synthetic: "Kenya and Uganda have <been negotiating|negotiated> a trade pact since 2024."
NEGOTIATING = """
        Kenya        Kenya        PROPN NNP nsubj    {root} B-GPE
        and          and          CCONJ CC  cc       0 O
        Uganda       Uganda       PROPN NNP conj     0 B-GPE
        have         have         AUX   VBP aux      {root} O
        {been}
        {verb}       negotiate    VERB  {tag} ROOT     {root} O
        a            a            DET   DT  det      {pact} O
        trade        trade        NOUN  NN  compound {pact} O
        pact         pact         NOUN  NN  dobj     {root} O
        since        since        ADP   IN  prep     {root} O
        2024         2024         NUM   CD  pobj     {since} B-DATE
        .            .            PUNCT .   punct    {root} O
"""
BEEN = "been         be           AUX   VBN aux      5 O"


def _negotiation(running: bool):
    root = 5 if running else 4
    table = NEGOTIATING.format(root=root, been=BEEN if running else "", verb="negotiating" if running else "negotiated",
                               tag="VBG" if running else "VBN", pact=root + 3, since=root + 4)
    table = "\n".join(line for line in table.splitlines() if line.strip())
    return table


def test_history63_progressive_since_runs_into_the_news(blank_coder):
    # "have been negotiating since 2024": an activity running into the news, not background
    result = code_tree(blank_coder, _negotiation(True), date="2026-05-14")
    talks = next(e for e in result.events if e.trigger.text.startswith("negotiating"))
    assert not talks.historical, talks


def test_history63_present_perfect_since_long_ago_stays_background(blank_coder):
    result = code_tree(blank_coder, _negotiation(False), date="2026-05-14")
    talks = next(e for e in result.events if e.trigger.text.startswith("negotiated"))
    assert talks.historical, talks
