"""Phrases that name no act of the story (issue 11, session 50, h-spur50): the conduct a thanks or a praise is for, held
by a possessive ("thanked Chile for its cooperation": ``nonevents.thanked_for``), the reporter's formula "analysts
consulted by <agency>", "firing warning shots" read with "warning" a verb, and a byline ("an AP writer ...
contributed to this report"): lexicon lines of the code "-"; and "sought their arrest through Interpol", a request
for judicial cooperation (0213), not the threat the intend frame made of the arrest. Acts next to them stay: the
thanks itself, "thanked X for the aid it had sent" (no possessive), "for its cooperation" after a verb that is no
thanks ("asked Chile for its cooperation"), "consulted Ankara", "contributed troops".

All sentences here are synthetic, written for the tests; the parses of the rule's tests are built by hand
(``tests/conftest.py`` ``tree``) so that the rule, not the model's parse, is what is tested."""

from tests.conftest import code_tree, events_of, tree

from detente.events.lexicon import load_default
from detente.events.nonevents import thanked_for
from detente.parse_view import ParseView

# synthetic: "Peru thanked Chile for its swift cooperation."
THANKED_FOR_ITS = """
    Peru         Peru         PROPN NNP  nsubj    1   B-GPE
    thanked      thank        VERB  VBD  ROOT     1   O
    Chile        Chile        PROPN NNP  dobj     1   B-GPE
    for          for          ADP   IN   prep     1   O
    its          its          PRON  PRP$ poss     6   O
    swift        swift        ADJ   JJ   amod     6   O
    cooperation  cooperation  NOUN  NN   pobj     3   O
    .            .            PUNCT .    punct    1   O
"""


def _view(blank_nlp, table: str, word: str) -> tuple[int, ParseView]:
    doc = tree(blank_nlp.language.vocab, table)
    [token] = [t for t in doc if t.text == word]
    return token.i, ParseView.of(doc)


def test_nonevents50_thanked_for_its_cooperation_is_the_ground(blank_nlp):
    words = load_default().words
    assert thanked_for(*_view(blank_nlp, THANKED_FOR_ITS, "cooperation"), words)
    praised = THANKED_FOR_ITS.replace("thanked      thank ", "praised      praise")
    assert thanked_for(*_view(blank_nlp, praised, "cooperation"), words)
    # "for" hung on the one thanked, as the parser often does
    on_object = THANKED_FOR_ITS.replace("for          for          ADP   IN   prep     1",
                                        "for          for          ADP   IN   prep     2")
    assert thanked_for(*_view(blank_nlp, on_object, "cooperation"), words)


def test_nonevents50_no_possessive_or_no_thanks_stays(blank_nlp):
    words = load_default().words
    the_aid = THANKED_FOR_ITS.replace("its          its          PRON  PRP$ poss",
                                      "the          the          DET   DT   det ")
    assert not thanked_for(*_view(blank_nlp, the_aid, "cooperation"), words)  # "for the cooperation": an act told
    asked = THANKED_FOR_ITS.replace("thanked      thank ", "asked        ask  ")
    assert not thanked_for(*_view(blank_nlp, asked, "cooperation"), words)  # an appeal for it, no thanks
    during = THANKED_FOR_ITS.replace("for          for          ADP", "during       during       ADP")
    assert not thanked_for(*_view(blank_nlp, during, "cooperation"), words)


def test_nonevents50_thanks_stays_and_its_ground_goes(blank_coder):
    result = code_tree(blank_coder, THANKED_FOR_ITS, date="2026-04-08")
    assert [e.cameo for e in result.events] == ["051"]
    assert not events_of(result, "COOPERATE")


def _cameos(code, text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.trigger.text) for e in code(text, date="2026-05-12").events]


def test_nonevents50_consulted_by_an_agency_is_a_formula(code):
    text = "BEIJING, May 12 (Xinhua) - Analysts consulted by Xinhua said the new railway would cut costs."
    assert not [c for c, _ in _cameos(code, text) if c.startswith("04")]
    text = "ANKARA, May 12 (Reuters) - Greece consulted Ankara on Monday before it announced the survey."
    assert [c for c, _ in _cameos(code, text) if c.startswith("04")]  # a consultation between states stays


def test_nonevents50_warning_shots_are_no_threat(code):
    text = ("MANILA, May 12 (Reuters) - A Philippine coast guard vessel seized a Vietnamese boat on Sunday after firing"
            " warning shots to stop it from escaping.")
    assert not [c for c, t in _cameos(code, text) if c.startswith("13")]


def test_nonevents50_a_byline_is_no_aid(code):
    for byline in ("Associated Press writer contributed from Lilongwe, Malawi.",
                   "Associated Press writer Jane Doe in Lilongwe, Malawi, contributed to this report."):
        text = "LUSAKA, Zambia (AP) - Zambia closed its border with Malawi on Monday. " + byline
        assert not [c for c, _ in _cameos(code, text) if c.startswith("07")], byline
    text = "LUSAKA, Zambia (AP) - Zambia has contributed troops to the African Union mission in Somalia."
    assert [c for c, _ in _cameos(code, text) if c.startswith("07")]  # troops contributed: aid


def test_nonevents50_seeking_an_arrest_is_a_request_not_a_threat(code):
    text = ("SINGAPORE, May 12 (Reuters) - Singapore police arrested two Indonesian men on Monday after Indonesian"
            " authorities sought their arrest through Interpol, the police said.")
    cameos = [c for c, t in _cameos(code, text) if t.startswith("sought")]
    assert cameos == ["0213"], cameos


def test_nonevents50_a_market_price_is_no_trade(code):
    text = "LONDON, May 12 (Reuters) - Benchmark Brent crude traded at about 71 dollars a barrel on Thursday."
    assert not _cameos(code, text)
    text = "LONDON, May 12 (Reuters) - India and Russia traded oil worth 50 billion dollars last year."
    assert [c for c, _ in _cameos(code, text) if c == "061"]  # trade between states stays


def test_nonevents50_a_ground_that_names_another_party_stays(code):
    text = "MUSCAT, May 12 (Reuters) - Iran thanked Oman for its mediation with Washington."
    assert [c for c, t in _cameos(code, text) if t == "mediation"]
    text = "MUSCAT, May 12 (Reuters) - Iran thanked Oman for its cooperation."
    assert not [c for c, t in _cameos(code, text) if t == "cooperation"]
