"""The actor helpers that read the parse view (indices in, indices out) say what the Token walks they
replaced said: a counted noun, the verb a set phrase is the object of, and the dateline's country
looked up in the finder's name index instead of a scan of the knowledge base.

The trees are built by hand; the sentences are written for these tests."""

from __future__ import annotations

from tests.conftest import tree

from detente.actors.antecedents import counted
from detente.actors.set_parties import _verb_of_object
from detente.parse_view import ParseView


def test_view_helpers_counted_reads_a_number_on_the_noun_or_on_the_amount_it_is_of(blank_nlp):
    doc = tree(blank_nlp.language.vocab, """
        Gunmen   gunman   NOUN  NNS nsubj  1 O
        killed   kill     VERB  VBD ROOT   1 O
        three    three    NUM   CD  nummod 3 O
        guards   guard    NOUN  NNS dobj   1 O
        and      and      CCONJ CC  cc     3 O
        dozens   dozen    NOUN  NNS conj   3 B-CARDINAL
        of       of       ADP   IN  prep   5 O
        villagers villager NOUN NNS pobj   6 O
        near     near     ADP   IN  prep   1 O
        the      the      DET   DT  det    10 O
        border   border   NOUN  NN  pobj   8 O
        .        .        PUNCT .   punct  1 O
    """)
    view = ParseView.of(doc)
    assert counted(view, 3)  # "three guards": a number on the noun
    assert counted(view, 7)  # "dozens of villagers": the amount the NER reads as a cardinal
    assert not counted(view, 0) and not counted(view, 10)  # "gunmen", "the border"


def test_view_helpers_the_verb_a_set_phrase_is_the_object_of(blank_nlp):
    doc = tree(blank_nlp.language.vocab, """
        Qatar    Qatar    PROPN NNP nsubj  1 B-GPE
        urged    urge     VERB  VBD ROOT   1 O
        both     both     DET   DT  det    3 O
        sides    side     NOUN  NNS dobj   1 O
        and      and      CCONJ CC  cc     1 O
        hosted   host     VERB  VBD conj   1 O
        talks    talk     NOUN  NNS dobj   5 O
        between  between  ADP   IN  prep   6 O
        the      the      DET   DT  det    10 O
        two      two      NUM   CD  nummod 10 O
        countries country NOUN  NNS pobj   7 O
        .        .        PUNCT .   punct  1 O
    """)
    view = ParseView.of(doc)
    assert _verb_of_object(view, 3) == 1  # "urged both sides"
    assert _verb_of_object(view, 10) == 5  # "hosted talks between the two countries": through its object
    assert _verb_of_object(view, 10, through_noun=False) is None
    assert _verb_of_object(view, 0) is None  # a subject is the object of nothing


def _scanned(kb, name: str):
    """The dateline lookup as a scan of the knowledge base: a place before a country's name or alias."""
    for place, country in kb.places.items():
        if place.lower() == name:
            return True, kb.get(country)
    for entry in kb.entries.values():
        if entry.kind == "country" and name in (entry.name.lower(), *(a.lower() for a in entry.aliases)):
            return True, entry
    return False, None


def test_view_helpers_the_finders_name_index_is_the_scan_of_the_knowledge_base(coder):
    finder = coder.finder
    homes = finder.homes()
    assert homes is finder.homes()  # made once
    kb = finder.kb
    names = sorted(homes)[::max(1, len(homes) // 40)] + ["berlin", "kenya", "nowhere-at-all"]
    for name in names:
        assert ((name in homes), homes.get(name)) == _scanned(kb, name), name
