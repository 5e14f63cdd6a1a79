"""Both sides of a symmetric act (issue 11, "who did what to whom"): meetings and talks pool their
participants, so a third party wrongly read as a side breaks the pair.

All sentences here are synthetic, written in agency style for these tests; none comes from a
development set or from a real article."""

from tests.conftest import actors_of, code_tree, codes_of, events_of


# -- the occasion of a meeting is no side of it ("on the sidelines of a NATO summit") ---------------
def test_sym_sides_summit_on_whose_sidelines_two_leaders_meet_is_no_side(code):
    result = code("ATHENS, March 3 (Reuters) - Greek Prime Minister Kyriakos Mitsotakis and Turkish President "
                  "Tayyip Erdogan are due to meet on the sidelines of a NATO summit in Ankara in July.",
                  date="2025-03-03")
    [event] = [e for e in result.events if e.trigger.text == "meet"]
    assert actors_of(event.source) >= {"GRC", "TUR"}
    assert "IGOWSTNAT" not in codes_of(event.source) | codes_of(event.target)
    # the summit's place is still where they meet
    assert event.location is not None and event.location.country == "TUR"


def test_sym_sides_met_on_the_sidelines_of_a_bloc_summit_keeps_the_pair_only(code):
    result = code("NEW DELHI, Sept 1 (Reuters) - Indian Prime Minister Narendra Modi and Chinese President "
                  "Xi Jinping met in Tianjin on the sidelines of the SCO summit on Sunday.", date="2025-09-01")
    [event] = [e for e in events_of(result, "CONSULT") if e.trigger.text == "met"]
    assert codes_of(event.source) | codes_of(event.target) == {"INDGOV", "CHNGOV"}


def test_sym_sides_the_other_party_stays_a_side_next_to_the_occasion(code):
    # must not apply to the one met: only the phrase of the sidelines is the occasion
    result = code("NEW DELHI, Sept 1 (Reuters) - Indian Prime Minister Narendra Modi met Chinese President "
                  "Xi Jinping on the sidelines of the SCO summit in Tianjin on Sunday.", date="2025-09-01")
    [event] = [e for e in events_of(result, "CONSULT") if e.trigger.text == "met"]
    assert codes_of(event.source) == {"INDGOV"} and codes_of(event.target) == {"CHNGOV"}
    assert event.location is not None and event.location.country == "CHN"


def test_sym_sides_a_mediator_is_not_pooled_as_a_side(code):
    # must not apply the other way: a mediator is no side of the talks, its mediation an act of its own
    result = code("Armenia and Azerbaijan held talks in Washington on Friday under U.S. mediation.")
    [talks] = [e for e in events_of(result, "CONSULT") if "talks" in e.trigger.text]
    assert actors_of(talks.source) | actors_of(talks.target) == {"ARM", "AZE"}


# -- the partner a verb pattern's own preposition names ("fought alongside X") ---------------------
def test_sym_sides_fought_alongside_names_the_partner(code):
    result = code("JUBA, May 3 (Reuters) - Chadian troops fought alongside French forces in northern Mali in 2013.",
                  date="2025-05-03")
    [event] = [e for e in events_of(result, "COOPERATE") if e.trigger.text == "fought"]
    assert codes_of(event.source) == {"TCDMIL"} and codes_of(event.target) == {"FRAMIL"}


def test_sym_sides_fought_alongside_against_a_common_enemy_keeps_the_enemy_out(code):
    # must not apply to the enemy: whom both fight is no partner of the cooperation
    result = code("JUBA, May 3 (Reuters) - Chadian troops fought alongside French forces against Islamist "
                  "militants in 2013.", date="2025-05-03")
    [event] = [e for e in events_of(result, "COOPERATE") if e.trigger.text == "fought"]
    assert codes_of(event.target) == {"FRAMIL"}


def test_sym_sides_a_partner_preposition_outside_the_pattern_names_no_target(code):
    # "alongside" is a partner only where the verb's pattern names it: standing alongside someone while
    # speaking does not make them whom the act is aimed at
    result = code("Polish President Andrzej Duda, speaking alongside German Chancellor Friedrich Merz, "
                  "condemned Russia on Tuesday.", date="2025-05-06")
    [event] = [e for e in result.events if e.trigger.text == "condemned"]
    assert actors_of(event.target) == {"RUS"}


# -- an act between two sides (events/mutual.py) -----------------------------------------------
def test_sym_sides_fighting_between_two_sides_takes_them_not_a_borrowed_subject(blank_coder):
    # the parser reads the gerund as a verb under another clause, whose subject it would borrow
    result = code_tree(blank_coder, """
        Kenya      Kenya      PROPN NNP nsubj 1  B-GPE
        abstained  abstain    VERB  VBD ROOT  1  O
        as         as         SCONJ IN  mark  3  O
        fighting   fight      VERB  VBG advcl 1  O
        between    between    ADP   IN  prep  3  O
        Ethiopian  Ethiopian  ADJ   JJ  amod  6  B-NORP
        troops     troop      NOUN  NNS pobj  4  O
        and        and        CCONJ CC  cc    6  O
        Somali     Somali     ADJ   JJ  amod  9  B-NORP
        forces     force      NOUN  NNS conj  6  O
        continued  continue   VERB  VBD conj  1  O
        .          .          PUNCT .   punct 1  O
    """)
    [event] = [e for e in result.events if e.trigger.text == "fighting"]
    assert codes_of(event.source) == {"ETHMIL", "SOMMIL"}
    assert "KEN" not in actors_of(event.source) | actors_of(event.target)


def test_sym_sides_a_verb_with_its_own_subject_keeps_the_between_pair_as_targets(blank_coder):
    # must not apply to a mediator: "Kenya mediated between X and Y" is done by Kenya
    result = code_tree(blank_coder, """
        Kenya      Kenya      PROPN NNP nsubj 1  B-GPE
        mediated   mediate    VERB  VBD ROOT  1  O
        between    between    ADP   IN  prep  1  O
        Ethiopia   Ethiopia   PROPN NNP pobj  2  B-GPE
        and        and        CCONJ CC  cc    3  O
        Eritrea    Eritrea    PROPN NNP conj  3  B-GPE
        .          .          PUNCT .   punct 1  O
    """)
    [event] = [e for e in result.events if e.trigger.text == "mediated"]
    assert actors_of(event.source) == {"KEN"}


def test_sym_sides_a_pair_sending_envoys_to_a_capital_meets_there(code):
    result = code("ADDIS ABABA, May 3 (Reuters) - Ethiopian and Eritrean troops clashed along their disputed border "
                  "on Tuesday, Ethiopia's army said. Ethiopia accused Eritrea of shelling its positions. Eritrea "
                  "rejected the charge and blamed Ethiopia. Both sides agreed on Wednesday to send delegations to "
                  "Nairobi for talks next month, Kenya's foreign ministry said.", date="2025-05-03")
    # (the trigger takes in the sending, a visit: "agreed on Wednesday to send delegations")
    [event] = [e for e in result.events if e.trigger.text.startswith("agreed")]
    assert actors_of(event.source) >= {"ETH", "ERI"}
    assert "KEN" not in actors_of(event.target)


def test_sym_sides_one_party_sending_envoys_to_a_capital_keeps_it(code):
    # must not apply to one party: a state sending envoys to a capital sends them to its government
    result = code("Ethiopia agreed on Wednesday to send a delegation to Nairobi next month.", date="2025-05-03")
    [event] = [e for e in result.events if e.trigger.text.startswith("agreed")]
    assert "KEN" in actors_of(event.target)


def test_sym_sides_a_place_read_as_a_person_is_no_side_of_a_pair_pulling_back(blank_coder):
    result = code_tree(blank_coder, """
        India     India     PROPN NNP nsubj 3  B-GPE
        and       and       CCONJ CC  cc    0  O
        China     China     PROPN NNP conj  0  B-GPE
        pulled    pull      VERB  VBD ROOT  3  O
        back      back      ADP   RP  prt   3  O
        troops    troop     NOUN  NNS dobj  3  O
        from      from      ADP   IN  prep  3  O
        Galwan    Galwan    PROPN NNP pobj  6  B-LOC
        and       and       CCONJ CC  cc    7  O
        Demchok   Demchok   PROPN NNP conj  7  B-PERSON
        .         .         PUNCT .   punct 3  O
    """)
    [event] = [e for e in result.events if e.plover == "RETREAT"]
    assert actors_of(event.source) == {"IND", "CHN"}
    assert not [p for p in event.target if p.actor]


def test_sym_sides_the_one_joined_in_an_act_does_it_too(code):
    result = code("Egypt joined Sudan on Monday in rejecting the plan.", date="2025-05-05")
    [event] = events_of(result, "REJECT")
    assert actors_of(event.source) == {"EGY", "SDN"}
    assert "SDN" not in actors_of(event.target)


def test_sym_sides_a_side_of_fighting_is_not_also_its_target(code):
    result = code("The fighting between the army and the Houthis spread to the port of Hodeidah on Monday.",
                  date="2025-05-05")
    [event] = [e for e in result.events if e.trigger.text == "fighting"]
    assert {p.text for p in event.source} == {"the army", "the Houthis"}
    assert not {p.text for p in event.target} & {"the army", "the Houthis"}


def test_sym_sides_own_forces_pulled_back_under_an_agreement_are_no_target(code):
    result = code("Under a ceasefire reached on Sunday, Moscow agreed to pull its forces back to their barracks.",
                  date="2025-05-05")
    [event] = [e for e in result.events if e.trigger.text.startswith("agreed")]
    assert "RUS" in actors_of(event.source)
    assert not [p for p in event.target if p.actor]


def test_sym_sides_another_party_s_soldiers_stay_the_target_of_an_agreement(code):
    # must not apply to the other party's people: they are whom the act is done to
    result = code("Russia agreed on Sunday to release Ukrainian soldiers captured near Kursk.", date="2025-05-05")
    [event] = [e for e in result.events if e.trigger.text.startswith("agreed")]
    assert "UKR" in actors_of(event.target)


def test_sym_sides_whom_a_mediator_acts_for_is_a_doer_with_it(code):
    result = code("Under a ceasefire brokered by Norway on behalf of the United Nations, Colombia agreed on Monday "
                  "to pull its troops back.", date="2025-05-05")
    [event] = [e for e in result.events if e.trigger.text == "brokered"]
    assert "NOR" in actors_of(event.source)
    assert not [p for p in event.target if p.actor == "IGOUNO" or p.code == "IGOUNO"]


# -- a mediation whose sentence names the deal's two sides, though the story's main sides differ --------
def test_sym_sides_talks_brokered_by_a_third_party_take_the_two_sides_its_sentence_names(code):
    result = code("NAIROBI, May 5 (Reuters) - Kenya's president flew to Mogadishu on Monday. Kenya and Uganda "
                  "have pledged more troops for the mission. Kenya said Uganda would send a battalion. "
                  "Talks brokered by Qatar stalled in March after Sudan said Chad had walked out.",
                  date="2025-05-05")
    [event] = [e for e in result.events if e.trigger.text == "brokered"]
    assert actors_of(event.source) == {"QAT"}
    assert {"SDN", "TCD"} <= actors_of(event.target) and not actors_of(event.target) & {"KEN", "UGA", "QAT"}


# -- a consultation a third party hosts or brings about (session 48: events/extract.py, _go_between) -------------
def countries(participants) -> set[str]:
    return {p.country for p in participants if p.actor}


def test_sym_sides_talks_a_state_offers_to_host_are_done_by_the_host_to_the_pair(blank_coder):
    # the parser hangs "offered" on the minister as a participle and tags "host" a noun
    result = code_tree(blank_coder, """
        Ghana      Ghana      PROPN NNP poss    3  B-GPE
        's         's         PART  POS case    0  O
        foreign    foreign    ADJ   JJ  amod    3  O
        minister   minister   NOUN  NN  nsubj   14 O
        offered    offer      VERB  VBD acl     3  O
        to         to         PART  TO  aux     6  O
        host       host       NOUN  NN  xcomp   4  O
        talks      talk       NOUN  NNS dobj    6  O
        between    between    ADP   IN  prep    7  O
        Togo       Togo       PROPN NNP pobj    8  B-GPE
        and        and        CCONJ CC  cc      9  O
        Benin      Benin      PROPN NNP conj    9  B-GPE
        ,          ,          PUNCT ,   punct   14 O
        officials  official   NOUN  NNS nsubj   14 O
        said       say        VERB  VBD ROOT    14 O
        .          .          PUNCT .   punct   14 O
    """)
    [event] = [e for e in result.events if e.trigger.text == "talks"]
    assert countries(event.source) == {"GHA"} and countries(event.target) == {"TGO", "BEN"}


def test_sym_sides_talks_hosted_read_as_a_modifier_are_the_hosts(blank_coder):
    # "Austria hosted talks between ...", parsed as a noun phrase whose modifier "hosted" has the host as subject
    result = code_tree(blank_coder, """
        Austria    Austria    PROPN NNP nsubj   1  B-GPE
        hosted     host       VERB  VBN amod    2  O
        talks      talk       NOUN  NNS ROOT    2  O
        between    between    ADP   IN  prep    2  O
        Serbia     Serbia     PROPN NNP pobj    3  B-GPE
        and        and        CCONJ CC  cc      4  O
        Croatia    Croatia    PROPN NNP conj    4  B-GPE
        .          .          PUNCT .   punct   2  O
    """)
    [event] = [e for e in result.events if e.trigger.text == "talks"]
    assert countries(event.source) == {"AUT"} and countries(event.target) == {"SRB", "HRV"}


def test_sym_sides_talks_between_a_pair_with_no_host_stay_theirs(blank_coder):
    # must not apply without a host: "talks between X and Y began" are the pair's own
    result = code_tree(blank_coder, """
        Talks      talk       NOUN  NNS nsubj   5  O
        between    between    ADP   IN  prep    0  O
        Serbia     Serbia     PROPN NNP pobj    1  B-GPE
        and        and        CCONJ CC  cc      2  O
        Croatia    Croatia    PROPN NNP conj    2  B-GPE
        began      begin      VERB  VBD ROOT    5  O
        .          .          PUNCT .   punct   5  O
    """)
    [event] = [e for e in result.events if e.trigger.text == "Talks"]
    assert countries(event.source) | countries(event.target) == {"SRB", "HRV"}


def test_sym_sides_a_deal_a_state_brokered_between_a_pair_stays_the_pairs(blank_coder):
    # must not apply to an agreement: "brokered a deal between X and Y" is X's and Y's deal, the broker's act its own
    result = code_tree(blank_coder, """
        Qatar      Qatar      PROPN NNP nsubj   1  B-GPE
        brokered   broker     VERB  VBD ROOT    1  O
        a          a          DET   DT  det     3  O
        deal       deal       NOUN  NN  dobj    1  O
        between    between    ADP   IN  prep    3  O
        Israel     Israel     PROPN NNP pobj    4  B-GPE
        and        and        CCONJ CC  cc      5  O
        Hamas      Hamas      PROPN NNP conj    5  B-ORG
        .          .          PUNCT .   punct   1  O
    """)
    [event] = [e for e in result.events if e.trigger.text == "brokered"]
    assert countries(event.source) == {"QAT"}
    assert all("QAT" not in countries(e.source) for e in result.events if e.trigger.text == "deal")


def test_sym_sides_a_mediation_borrowing_its_subject_goes_between_the_pair(blank_coder):
    # "flew to X and mediated between A and B": the pair is whom the mediator goes between, not the doers
    result = code_tree(blank_coder, """
        Kenya      Kenya      PROPN NNP nsubj   1  B-GPE
        flew       fly        VERB  VBD ROOT    1  O
        to         to         ADP   IN  prep    1  O
        Addis      Addis      PROPN NNP compound 4 B-GPE
        Ababa      Ababa      PROPN NNP pobj    2  I-GPE
        and        and        CCONJ CC  cc      1  O
        mediated   mediate    VERB  VBD conj    1  O
        between    between    ADP   IN  prep    6  O
        Ethiopia   Ethiopia   PROPN NNP pobj    7  B-GPE
        and        and        CCONJ CC  cc      8  O
        Eritrea    Eritrea    PROPN NNP conj    8  B-GPE
        .          .          PUNCT .   punct   1  O
    """)
    [event] = [e for e in result.events if e.trigger.text == "mediated"]
    assert countries(event.source) == {"KEN"} and countries(event.target) == {"ETH", "ERI"}
