"""Reactions done to a free relative that labels an earlier act (session 54, h-ctx54; ``events/labelled.py``).

The detector is tested on trees built by hand (the parse the model gives these sentences: the naming verb as the
reaction's clause, "what" its object, the label its object complement or the object of its "as"); the targets on
invented two-sentence stories coded end to end."""

from __future__ import annotations

from tests.conftest import actors_of, countries_of, events_with_trigger, tree

from detente.events.labelled import labelled, labelled_nouns, names_one_act

# "Ghana condemned what it termed an unjustified closure ."
TERMED = """
Ghana      Ghana       PROPN NNP nsubj 1 B-GPE
condemned  condemn     VERB  VBD ROOT  1 O
what       what        PRON  WP  dobj  4 O
it         it          PRON  PRP nsubj 4 O
termed     term        VERB  VBD ccomp 1 O
an         an          DET   DT  det   7 O
unjustified unjustified ADJ  JJ  amod  7 O
closure    closure     NOUN  NN  oprd  4 O
.          .           PUNCT .   punct 1 O
"""

# "Oslo protested against what it described as the expulsion ."
DESCRIBED = """
Oslo       Oslo        PROPN NNP nsubj 1 B-GPE
protested  protest     VERB  VBD ROOT  1 O
against    against     ADP   IN  prep  1 O
what       what        PRON  WP  dobj  5 O
it         it          PRON  PRP nsubj 5 O
described  describe    VERB  VBD pcomp 2 O
as         as          ADP   IN  prep  5 O
the        the         DET   DT  det   8 O
expulsion  expulsion   NOUN  NN  pobj  6 O
.          .           PUNCT .   punct 1 O
"""

# "Ghana said it had termed the closure unjustified ." : a naming verb whose object is no free relative
NOT_FREE = """
Ghana      Ghana       PROPN NNP nsubj 1 B-GPE
said       say         VERB  VBD ROOT  1 O
it         it          PRON  PRP nsubj 4 O
had        have        AUX   VBD aux   4 O
termed     term        VERB  VBN ccomp 1 O
the        the         DET   DT  det   6 O
closure    closure     NOUN  NN  dobj  4 O
unjustified unjustified ADJ  JJ  oprd  4 O
.          .           PUNCT .   punct 1 O
"""


def test_label_of_a_clause_free_relative_is_found(blank_nlp, coder):
    doc = tree(blank_nlp.language.vocab, TERMED)
    words = coder.lexicon.words
    assert [t.text for t in labelled_nouns(doc[1], words)] == ["closure"]
    assert labelled(doc[7], words) and not labelled(doc[0], words)


def test_label_after_as_under_a_preposition_is_found(blank_nlp, coder):
    doc = tree(blank_nlp.language.vocab, DESCRIBED)
    words = coder.lexicon.words
    assert [t.text for t in labelled_nouns(doc[1], words)] == ["expulsion"]
    assert labelled(doc[8], words)


def test_naming_verb_without_a_free_relative_gives_no_label(blank_nlp, coder):
    doc = tree(blank_nlp.language.vocab, NOT_FREE)
    words = coder.lexicon.words
    assert labelled_nouns(doc[1], words) == []
    assert not labelled(doc[6], words)


def test_names_one_act_is_a_definite_noun_or_a_label(blank_nlp, coder):
    words = coder.lexicon.words
    termed, not_free = tree(blank_nlp.language.vocab, TERMED), tree(blank_nlp.language.vocab, NOT_FREE)
    assert names_one_act(termed[7], words)  # "what it termed an unjustified closure": a label, no "the"
    assert names_one_act(not_free[6], words)  # "the closure": definite, no label
    assert not names_one_act(termed[0], words)  # "Ghana": neither


def test_criticism_of_a_labelled_ban_is_aimed_at_the_state_that_banned(explaining):
    import datetime as dt

    from detente.model import Article

    text = ("NAIROBI, Sept 3 (Reuters) - Tanzania banned trucks from Uganda on Wednesday in a row over road tolls. "
            "Uganda's transport minister criticised what he called a hasty ban that would hurt drivers on both sides.")
    result = explaining.code(Article(date=dt.date(2026, 9, 3), text=text))
    (event,) = events_with_trigger(result, "criticised")
    assert countries_of(event.source) == ["UGA"] and countries_of(event.target) == ["TZA"]
    assert "events/labelled.py" in " ".join(event.explanation.sides)


def test_welcome_of_a_labelled_decision_is_aimed_at_its_maker(code):
    result = code("SKOPJE, Oct 9 (AP) - Greece lifted its ban on North Macedonian wine imports on Thursday after "
                  "months of talks. North Macedonia welcomed what its economy minister called a long overdue "
                  "decision.", date="2026-10-09")
    (event,) = events_with_trigger(result, "welcomed")
    assert countries_of(event.target) == ["GRC"]


def test_label_naming_no_act_gives_no_target(code):
    result = code("CAIRO, March 30 (Reuters) - Jordan's foreign minister met the Swiss president in Bern on Monday. "
                  "The minister criticised what he called double standards in aid to refugees.", date="2026-03-30")
    assert all(not actors_of(e.target) for e in events_with_trigger(result, "criticised"))


def test_rejection_of_labelled_claims_answers_the_accuser_though_a_third_party_is_named(code):
    # the label names an accusation (accusation_noun "claim"): whoever made it (events/replies.py), not the
    # dispute of the lead, whose rule a third party in the sentence stops
    result = code("ACCRA, March 3 (Reuters) - Burkina Faso accused Ghana on Monday of sheltering armed dissidents "
                  "near the border.\n\nOfficials in Ouagadougou said more than 40 people had fled across the border "
                  "last month. The main crossing has been closed to trucks since January. Burkina Faso said it "
                  "had evidence of training camps.\n\nGhana's foreign ministry rejected what it called baseless "
                  "claims on Tuesday, and Nigeria called for calm.", date="2025-03-04")
    assert countries_of(_only_target(result, "rejected")) == ["BFA"]


def _only_target(result, trigger: str):
    (event,) = events_with_trigger(result, trigger)
    return event.target
