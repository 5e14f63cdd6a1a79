"""Bounded work per sentence (issue 9): run-on sentences are cut at clause boundaries or capped."""

from __future__ import annotations

import datetime as dt
import json

from detente.nlp import CLAUSE_TOKENS, MAX_SENTENCE_TOKENS, unmark, unwrap

# Synthetic wire copy, scraped without full stops (as feeds lose them).
CLAUSE = ("Kenya accused Uganda of shelling border villages near Busia on Monday, and Uganda denied the "
          "claims in a statement from its foreign ministry; Kenyan officials said the talks would resume, ")
NO_BREAKS = "officials in the region said the border talks between the two neighbours would go on " * 40


def test_nlp_run_on_sentence_is_cut_at_clause_boundaries(nlp):
    doc = nlp.parse(CLAUSE * 30)
    sentences = list(doc.sents)
    assert len(sentences) > 10
    assert max(len(s) for s in sentences) <= MAX_SENTENCE_TOKENS
    for sentence in sentences[1:]:
        before = doc[sentence.start - 1].text
        after = doc[sentence.start].lower_
        assert before in {";", ".", "!", "?"} or (before == "," and after == "and") or len(sentence) < CLAUSE_TOKENS \
            or doc[sentence.start - 1].is_space, (before, after)


def test_nlp_run_on_without_clause_boundaries_is_capped(nlp):
    doc = nlp.parse(NO_BREAKS)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    assert doc.text == NO_BREAKS


def test_nlp_ordinary_sentences_are_left_to_the_parser(nlp):
    text = ("Kenya and Uganda signed a trade agreement in Nairobi on Monday, officials said. "
            "The deal, which cuts tariffs on maize, sugar and fuel, follows months of talks; "
            "it takes effect in March.")
    assert [s.text.strip() for s in nlp.parse(text).sents] == [
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday, officials said.",
        "The deal, which cuts tariffs on maize, sugar and fuel, follows months of talks; it takes effect in March."]


def test_nlp_60kb_run_on_gives_a_small_store_and_bounded_output(coder, tmp_path):
    """Issue 9: a 60 KB run-on sentence gave a 110 MB store and 107 MB of output."""
    from detente.model import Article
    from detente.store import Store

    text = (CLAUSE * 400)[:60_000]
    coded = coder.code(Article(id="run-on", title=None, date=dt.date(2021, 3, 1), text=text))
    # the whole text is coded, and the same clause told 300 times is one act carrying its mentions
    # (events/acts.py: restatements join their act), not 300 events
    assert sum(len(e.mentions) for e in coded.events) > 100
    assert len(coded.events) < 20
    assert max(len(e.sentence.text) for e in coded.events) < 2_000
    output = json.dumps(coded.to_dict())
    assert len(output) < 40 * len(text)  # was about 1,800 times the text
    path = tmp_path / "d.duckdb"
    with Store.open(path) as store:
        store.add([coded], "test")
        counts = store.counts()
        assert counts["sentences"] <= len(text) // 200
        stored = sum(len(m.sentence) for m in store.mentions([e.id for e in coded.events]))
        assert stored == sum(len(e.sentence.text) for e in coded.events)
    assert path.stat().st_size < 20_000_000


# -- copy wrapped at a fixed width (archives, e-mailed wires) ---------------------------------------------
WRAPPED = ("KYIV, May 4 (Reuters) - Russia launched a large drone attack on\n"
           "Ukraine's energy grid overnight, Ukrainian officials said on Monday,\n"
           "hours after Kyiv had accused Moscow of stalling peace talks.\n"
           "\n"
           "President Volodymyr Zelenskiy urged Western allies to send more air\n"
           "defence systems and condemned the strikes as \"terror against civilians\".\n")


def test_nlp_unwrap_reads_the_breaks_of_wrapped_paragraphs_as_spaces():
    expected = ("KYIV, May 4 (Reuters) - Russia launched a large drone attack on "
                "Ukraine's energy grid overnight, Ukrainian officials said on Monday, "
                "hours after Kyiv had accused Moscow of stalling peace talks.\n"
                "\n"
                "President Volodymyr Zelenskiy urged Western allies to send more air "
                "defence systems and condemned the strikes as \"terror against civilians\".\n")
    assert unwrap(WRAPPED) == expected  # one for one: the paragraph break and the last line's break stay


def test_nlp_unwrap_leaves_paragraphs_one_a_line_lists_and_short_lines():
    one_a_line = ("Russia launched a large drone attack on Ukraine's energy grid overnight, Ukrainian officials "
                  "said on Monday.\nPresident Volodymyr Zelenskiy urged Western allies to send more air defence "
                  "systems.\nThe Kremlin did not comment on the strikes, which it says target military sites.\n")
    assert unwrap(one_a_line) == one_a_line  # lines longer than any wrapping width
    listed = ("The ministers agreed on three steps at the meeting in Geneva on Monday:\n"
              "- a ceasefire along the line of contact from Friday at noon local time\n"
              "- an exchange of all prisoners of war held by either side before June\n"
              "- talks on the border commission to resume in Vienna next month\n")
    assert unwrap(listed) == listed  # items of a list keep their breaks


def test_nlp_wrapped_copy_codes_as_the_same_copy_unwrapped(code):
    unwrapped = WRAPPED.replace(" on\nUkraine", " on Ukraine").replace("air\ndefence", "air defence")
    unwrapped = unwrapped.replace("Monday,\nhours", "Monday, hours")
    def sides(text):
        return sorted((e.cameo, tuple(p.code for p in e.source), tuple(p.code for p in e.target))
                      for e in code(text).events)
    assert sides(WRAPPED) == sides(unwrapped)
    assert any(e.trigger.text.startswith("launched") and [p.code for p in e.target] == ["UKR"]
               for e in code(WRAPPED).events)


# -- markdown, as scrapers and page readers write it ------------------------------------------------------
def test_nlp_unmark_blanks_markdown_syntax_one_for_one():
    text = ("## Kenya and Uganda\n> **Kenya** accused [Uganda](https://example.org/uganda_(country)) of *shelling* "
            "![a photo](https://example.org/a.jpg) the town.")
    copy = unmark(text)
    assert len(copy) == len(text)
    assert copy.split() == ["Kenya", "and", "Uganda", "Kenya", "accused", "Uganda", "of", "shelling", "the", "town."]
    plain = "Q&A on the 3*4 grid: snake_case words and a > b stay; #hashtags too."
    assert unmark(plain) == plain


def test_nlp_markdown_copy_codes_as_the_plain_copy(code):
    marked = code("KYIV, May 4 (Reuters) - **Russia struck** [Ukraine](https://example.org/ukraine)'s power grid "
                  "overnight, officials said.")
    [strike] = [e for e in marked.events if e.trigger.text == "struck"]
    assert [p.code for p in strike.source] == ["RUS"] and [p.text for p in strike.target] == ["Ukraine"]


# Invented leads: the small model cut the second sentence after the first name ("Abdoulaye" as a one-word
# sentence), leaving the verb with no subject in its sentence.
LEAD_AFTER_BACKGROUND = ("KHARTOUM, June 8 (Reuters) - Fighting resumed in the south on Sunday. "
                         "Abdoulaye Bathily late on Friday accused neighbouring states of arming the rebels.")


def test_nlp_no_sentence_ends_on_a_word_inside_a_line(nlp):
    sentences = [s.text.strip() for s in nlp.parse(LEAD_AFTER_BACKGROUND).sents if s.text.strip()]
    assert sentences == ["Fighting resumed in the south on Sunday.",
                         "Abdoulaye Bathily late on Friday accused neighbouring states of arming the rebels."]


def test_nlp_word_joins_keep_breaks_after_punctuation_and_at_line_ends(nlp):
    text = ("Tehran said the offer came at 3 a.m. The foreign ministry called it a ploy.\n"
            "- Oman offered to mediate\n"
            "Iraq closed the crossing on Monday\n"
            "Kenya and Uganda signed the accord; it takes effect in March.")
    sentences = [s.text.strip() for s in nlp.parse(text).sents if s.text.strip()]
    assert sentences == ["Tehran said the offer came at 3 a.m.", "The foreign ministry called it a ploy.",
                         "- Oman offered to mediate", "Iraq closed the crossing on Monday",
                         "Kenya and Uganda signed the accord; it takes effect in March."]


def test_nlp_gerund_after_for_with_a_phrase_of_its_own_is_read_as_a_verb(nlp):
    # session 34 (h-for2): the tagger takes "mediating" here for a noun; with an object or a preposition of its
    # own and no determiner it is the verb, hung as the clause of "for"
    doc = nlp.parse("KYIV, June 9 (Reuters) - Ukraine on Monday thanked Qatar for mediating between Hamas and Israel.")
    [word] = [t for t in doc if t.text == "mediating"]
    assert (word.tag_, word.pos_, word.lemma_, word.dep_) == ("VBG", "VERB", "mediate", "pcomp")


def test_nlp_noun_in_ing_after_for_stays_a_noun(nlp):
    doc = nlp.parse("PARIS, June 9 (AFP) - France on Monday condemned Israel for the bombing of a school in Gaza.")
    [word] = [t for t in doc if t.text == "bombing"]
    assert word.pos_ == "NOUN"


def test_nlp_hyphen_after_an_abbreviation_is_split_off(nlp):
    # issue 11 (session 38): "a U.S.-flagged tanker" is the United States' as "a Liberian-flagged tanker" is Liberia's
    text = "Kiribati police seized a U.S.-flagged fishing boat and a U.N.-backed truce held."
    words = [t.text for t in nlp.parse(text)]
    assert words[4:7] == ["U.S.", "-", "flagged"] and words[11:14] == ["U.N.", "-", "backed"]


def test_nlp_abbreviation_hyphen_before_dollar_stays_one_word(nlp):
    words = [t.text for t in nlp.parse("The bank signed a 2.4-billion-U.S.-dollar loan with Kenya.")]
    assert "U.S.-dollar" in words


def test_nlp_flag_given_by_an_abbreviation_names_the_ship_s_country(code):
    result = code("Kiribati police seized a U.S.-flagged fishing boat on Monday.")
    event = next(e for e in result.events if "seized" in e.trigger.text)
    assert {p.country for p in event.target if p.actor is not None} == {"USA"}
