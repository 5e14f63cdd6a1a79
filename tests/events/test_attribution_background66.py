"""Attribution of an act told as done in a clause on a noun of the reported words (a restrictive relative clause or a
past participle): background the speaker takes as known, given, not claimed (session 66). Sentences written for
the tests (synthetic, wire style)."""


def _on(result, word: str):
    return [e for e in result.events if word in e.trigger.text]


def test_attribution_a_participle_on_a_noun_of_the_reported_words_is_given(code):
    result = code("LIMA, May 6 (Reuters) - Peru asked Ecuador on Wednesday to release 12 Peruvian fishermen detained "
                  "by the Ecuadorean navy near the maritime border last week, the foreign ministry said.",
                  date="2026-05-06")
    detentions = _on(result, "detained")
    assert detentions and all(e.attribution is None for e in detentions)


def test_attribution_a_past_relative_clause_on_a_noun_of_the_reported_words_is_given(code):
    result = code("LIMA, May 6 (Reuters) - Peru asked Ecuador on Wednesday to return a fishing boat that the "
                  "Ecuadorean navy seized near the maritime border on Sunday, the foreign ministry said.",
                  date="2026-05-06")
    seizures = _on(result, "seized")
    assert seizures and all(e.attribution is None for e in seizures)


def test_attribution_the_reported_act_itself_keeps_its_speaker(code):
    # must not change: the act the ministry reports is its word
    result = code("LIMA, May 6 (Reuters) - The Ecuadorean navy detained 12 Peruvian fishermen near the maritime "
                  "border last week, the foreign ministry said.", date="2026-05-06")
    detentions = _on(result, "detained")
    assert detentions and all(e.attribution is not None for e in detentions)


def test_attribution_a_time_clause_on_a_recall_of_an_envoy_is_given(code):
    # "recall" is a reporting lemma, but with an object and no clause said it is an act, not a saying
    result = code("NIAMEY, May 8 (Reuters) - Niger shut its border with Mali on Friday and recalled its envoy from "
                  "Bamako, a day after a Malian drone strike killed six herders near the town of Ayorou, a government "
                  "spokesman said.", date="2026-05-08")
    strikes = [e for e in result.events if e.cameo.startswith("19")]
    assert strikes and all(e.attribution is None for e in strikes)


def test_attribution_a_time_clause_the_parser_made_a_conjunct_is_given(blank_coder):
    from tests.conftest import code_tree

    # the parse the model gives such sentences: the "after" clause joined as one more conjunct of the reported act
    result = code_tree(blank_coder, """
        Niger      Niger      PROPN NNP nsubj   1  B-GPE
        closed     close      VERB  VBD ccomp   16 O
        its        its        PRON  PRP$ poss   3  O
        border     border     NOUN  NN  dobj    1  O
        ,          ,          PUNCT ,   punct   1  O
        a          a          DET   DT  det     6  O
        day        day        NOUN  NN  npadvmod 10 O
        after      after      SCONJ IN  mark    10 O
        Malian     Malian     ADJ   JJ  amod    9  B-NORP
        troops     troop      NOUN  NNS nsubj   10 O
        attacked   attack     VERB  VBD conj    1  O
        a          a          DET   DT  det     12 O
        village    village    NOUN  NN  dobj    10 O
        ,          ,          PUNCT ,   punct   16 O
        the        the        DET   DT  det     15 O
        ministry   ministry   NOUN  NN  nsubj   16 O
        said       say        VERB  VBD ROOT    16 O
        .          .          PUNCT .   punct   16 O
    """, date="2026-05-08")
    attacks = [e for e in result.events if "attacked" in e.trigger.text]
    assert attacks and all(e.attribution is None for e in attacks)
