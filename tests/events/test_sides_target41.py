"""Sides that are places, groups and titles (issue 11, session 41, h-target41):

- a meeting or visit of an envoy with someone unnamed, said to be in several places joined by "and", names no one
  host (``CodeSideRules.host_asked``, ``_first_conjunct``): "the diplomat had met the officer in Vilnius and
  Warsaw" is not done to Lithuania's government; one place still names the host ("visited the crew in Riga");
- "the two groups", "the two communities" (words.tsv ``pair_noun_nonstate``; ``actors/sets.resolve_set``) point
  back only to actors that are no state nor organ of one: after "herders and fishermen clashed near the border of
  X and Y" they are no one known, never X and Y; "the two countries" still are;
- a title opening a person's name takes the possessive the parser hangs on the name's head
  (``DocResolver._name_a_title_opens``): "Kuwait's Emir Sheikh X" is Kuwait's emir, not the dateline's state;
- an ambiguous alias written as a name before a state organ's sector word (``ActorFinder._names_state_body``):
  "Somaliland police" are Somaliland's, where the NER reads the name as something else;
- a region's ambiguous name on a word of ground (``ActorFinder._names_ground``): "the Bougainville coast" is the place,
  not the autonomous government;
- a region's ambiguous name on a word of ground (``ActorFinder._names_ground``): "the Bougainville coast" is the place,
  not the autonomous government;
- "announced that its government would expel ..." (words.tsv ``plan_verb``; ``FrameRules._own_act``) is the plan,
  not a threat: no THREATEN, the expulsion is coded with its own doer.

The parses are built by hand (tests.conftest.code_tree): the construction is the point, not the model's reading.
The sentences are synthetic, written for these tests. The probe of the class is ``tests/data/probe_target41.jsonl``
(``test_probe_target41.py``)."""

from tests.conftest import code_tree


def _events(result, trigger: str):
    return [e for e in result.events if trigger in e.trigger.text]


def _keys(participants):
    return sorted({p.actor for p in participants if p.actor is not None})


# synthetic: "RIGA, May 6 (Reuters) - A Belarusian diplomat had met the officer several times in {places}."
MET = """
        RIGA        Riga        PROPN NNP ROOT     0 B-GPE
        ,           ,           PUNCT ,   punct    0 O
        May         May         PROPN NNP appos    0 B-DATE
        6           6           NUM   CD  nummod   2 I-DATE
        (           (           PUNCT -LRB- punct  0 O
        Reuters     Reuters     PROPN NNP appos    0 B-ORG
        )           )           PUNCT -RRB- punct  0 O
        -           -           PUNCT :   punct    0 O
        A           a           DET   DT  det      10 O
        Belarusian  belarusian  ADJ   JJ  amod     10 B-NORP
        diplomat    diplomat    NOUN  NN  nsubj    12 O
        had         have        AUX   VBD aux      12 O
        met         meet        VERB  VBN ROOT     12 O
        the         the         DET   DT  det      14 O
        officer     officer     NOUN  NN  dobj     12 O
        several     several     ADJ   JJ  amod     16 O
        times       time        NOUN  NNS npadvmod 12 O
        in          in          ADP   IN  prep     12 O
        Vilnius     Vilnius     PROPN NNP pobj     17 B-GPE
        {tail}
        .           .           PUNCT .   punct    12 O
"""
JOINED = """and         and         CCONJ CC  cc       18 O
        Warsaw      Warsaw      PROPN NNP conj     18 B-GPE"""


def test_meeting_in_two_joined_places_targets_no_host(blank_coder):
    result = code_tree(blank_coder, MET.format(tail=JOINED), date="2026-05-06")
    (event,) = _events(result, "met")
    assert "LTUGOV" not in _keys(event.target) and "POLGOV" not in _keys(event.target)
    assert _keys(event.source) == ["BLRGOV"]


def test_meeting_in_one_place_still_names_its_host(blank_coder):
    # the host rule's own case stays: one place abroad, someone unnamed met there
    result = code_tree(blank_coder, MET.format(tail=""), date="2026-05-06")
    (event,) = _events(result, "met")
    assert _keys(event.target) == ["LTUGOV"]


# synthetic: "Herders and fishermen clashed near the border of Niger and Nigeria. Fighting between the two {noun} killed
# 14 people."
GROUPS = """
        Herders     herder      NOUN  NNS nsubj    3 O
        and         and         CCONJ CC  cc       0 O
        fishermen   fisherman   NOUN  NNS conj     0 O
        clashed     clash       VERB  VBD ROOT     3 O
        near        near        ADP   IN  prep     3 O
        the         the         DET   DT  det      6 O
        border      border      NOUN  NN  pobj     4 O
        of          of          ADP   IN  prep     6 O
        Niger       Niger       PROPN NNP pobj     7 B-GPE
        and         and         CCONJ CC  cc       8 O
        Nigeria     Nigeria     PROPN NNP conj     8 B-GPE
        .           .           PUNCT .   punct    3 O
        Fighting    fighting    NOUN  NN  nsubj    17 O
        between     between     ADP   IN  prep     12 O
        the         the         DET   DT  det      16 O
        two         two         NUM   CD  nummod   16 O
        {noun}      {lemma}     NOUN  NNS pobj     13 O
        killed      kill        VERB  VBD ROOT     17 O
        14          14          NUM   CD  nummod   19 O
        people      people      NOUN  NNS dobj     17 O
        .           .           PUNCT .   punct    17 O
"""


def _set_members(result, word: str):
    return sorted({p.actor for e in result.events for p in (*e.source, *e.target) if p.text.endswith(word)
                   and p.actor is not None})


def test_the_two_groups_are_not_the_states_named_before(blank_coder):
    for noun, lemma in (("groups", "group"), ("communities", "community")):
        result = code_tree(blank_coder, GROUPS.format(noun=noun, lemma=lemma))
        assert not {"NER", "NGA"} & set(_set_members(result, noun)), noun


def test_the_two_countries_still_are_the_states_named_before(blank_coder):
    result = code_tree(blank_coder, GROUPS.format(noun="countries", lemma="country"))
    assert _set_members(result, "countries") == ["NER", "NGA"]


# synthetic: "MUSCAT, Nov 4 (ONA) - Kuwait's Emir Sheikh Nasser Al-Sabah mediated between Oman and Yemen." (the
# name's last word is also a place the knowledge base knows, so the name is no person it resolves whole)
EMIR = """
        MUSCAT      Muscat      PROPN NNP ROOT     0 B-GPE
        ,           ,           PUNCT ,   punct    0 O
        Nov         Nov         PROPN NNP appos    0 B-DATE
        4           4           NUM   CD  nummod   2 I-DATE
        (           (           PUNCT -LRB- punct  0 O
        ONA         ONA         PROPN NNP appos    0 B-ORG
        )           )           PUNCT -RRB- punct  0 O
        -           -           PUNCT :   punct    0 O
        Kuwait      Kuwait      PROPN NNP poss     15 B-GPE
        's          's          PART  POS case     8 O
        Emir        Emir        PROPN NNP compound 11 B-PERSON
        Sheikh      Sheikh      PROPN NNP compound 15 I-PERSON
        Nasser      Nasser      PROPN NNP compound 15 I-PERSON
        Al          Al          PROPN NNP compound 15 I-PERSON
        -           -           PUNCT HYPH punct   15 I-PERSON
        Sabah       Sabah       PROPN NNP nsubj    16 I-PERSON
        mediated    mediate     VERB  VBD ROOT     16 O
        between     between     ADP   IN  prep     16 O
        Oman        Oman        PROPN NNP pobj     17 B-GPE
        and         and         CCONJ CC  cc       18 O
        Yemen       Yemen       PROPN NNP conj     18 B-GPE
        .           .           PUNCT .   punct    16 O
"""


def test_a_title_opening_a_name_is_the_possessor_states(blank_coder):
    result = code_tree(blank_coder, EMIR, date="2026-05-06")
    titles = [p for e in result.events for p in (*e.source, *e.target) if p.text == "Emir"]
    assert titles and all(p.country == "KWT" for p in titles)
    assert all("OMNGOV" not in _keys(e.source) for e in _events(result, "mediated"))


# synthetic: "Djibouti accused Somaliland police of firing on a border post."
POLICE = """
        Djibouti    Djibouti    PROPN NNP nsubj    1 B-GPE
        accused     accuse      VERB  VBD ROOT     1 O
        {region}    {region}    {tags} compound 3 {ent}
        police      police      NOUN  NN  dobj     1 O
        of          of          ADP   IN  prep     1 O
        firing      fire        VERB  VBG pcomp    4 O
        on          on          ADP   IN  prep     5 O
        a           a           DET   DT  det      9 O
        border      border      NOUN  NN  compound 9 O
        post        post        NOUN  NN  pobj     6 O
        .           .           PUNCT .   punct    1 O
"""


def test_an_ambiguous_region_name_on_police_gives_the_region(blank_coder):
    result = code_tree(blank_coder, POLICE.format(region="Somaliland", tags="PROPN NNP", ent="B-PRODUCT"))
    (event,) = _events(result, "accused")
    assert _keys(event.target) == ["somaliland"]


def test_a_lower_case_word_on_police_stays_no_name(blank_coder):
    # the alias's common-word sense is not written as a name: the police are no region's
    result = code_tree(blank_coder, POLICE.format(region="somaliland", tags="NOUN NN", ent="O"))
    assert "somaliland" not in [k for e in result.events for k in _keys(e.target)]


# synthetic: "Jamaica {announced|said} that its government would expel 5,000 undocumented workers."
PLAN = """
        Jamaica     Jamaica     PROPN NNP nsubj    1 B-GPE
        {verb}      {lemma}     VERB  VBD ROOT     1 O
        that        that        SCONJ IN  mark     6 O
        its         its         PRON  PRP$ poss    4 O
        government  government  NOUN  NN  nsubj    6 O
        would       would       AUX   MD  aux      6 O
        expel       expel       VERB  VB  ccomp    1 O
        5,000       5,000       NUM   CD  nummod   9 O
        undocumented undocumented ADJ JJ  amod     9 O
        workers     worker      NOUN  NNS dobj     6 O
        .           .           PUNCT .   punct    1 O
"""


def test_an_announced_plan_is_the_act_not_a_threat(blank_coder):
    result = code_tree(blank_coder, PLAN.format(verb="announced", lemma="announce"))
    assert not [e for e in result.events if e.plover == "THREATEN"]
    expulsions = _events(result, "expel")
    assert expulsions and all(_keys(e.source) == ["JAMGOV"] for e in expulsions)


def test_said_it_would_expel_stays_a_threat(blank_coder):
    result = code_tree(blank_coder, PLAN.format(verb="said", lemma="say"))
    assert [e for e in result.events if e.plover == "THREATEN"]


# synthetic: "Papua New Guinea sent police to the Bougainville coast."
COAST = """
        Papua       Papua       PROPN NNP compound 2 B-GPE
        New         New         PROPN NNP compound 2 I-GPE
        Guinea      Guinea      PROPN NNP nsubj    3 I-GPE
        sent        send        VERB  VBD ROOT     3 O
        police      police      NOUN  NN  dobj     3 O
        to          to          ADP   IN  prep     3 O
        the         the         DET   DT  det      8 O
        Bougainville Bougainville PROPN NNP compound 8 B-GPE
        {noun}      {noun}      NOUN  NN  pobj     5 O
        .           .           PUNCT .   punct    3 O
"""


def test_a_region_name_on_its_ground_is_the_place_not_the_authority(blank_coder):
    result = code_tree(blank_coder, COAST.format(noun="coast"))
    assert "abg-bougainville" not in [a.id for a in result.actors]


def test_a_region_name_on_no_ground_word_stays_the_authority(blank_coder):
    result = code_tree(blank_coder, COAST.format(noun="government"))
    assert "abg-bougainville" in [a.id for a in result.actors]
