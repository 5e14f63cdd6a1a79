"""A document as a verb's subject speaks for whoever its "by" phrase names (``authored_noun`` in
``data/lexicon/words.tsv``; events/participants.py).

The sentences are synthetic, written in agency style for these tests."""

from tests.conftest import actors_of, code_tree


def test_authored_a_report_by_un_experts_accuses_for_the_un(code):
    result = code("KAMPALA, May 5 (Reuters) - A report by U.N. experts accused Kenya's army of shelling "
                  "border villages.", date="2025-05-05")
    [event] = [e for e in result.events if e.trigger.text == "accused"]
    assert "IGOUNO" in {p.code for p in event.source}
    assert "KEN" in actors_of(event.target)


def test_authored_a_report_with_no_author_stays_unknown(code):
    result = code("KAMPALA, May 5 (Reuters) - A report published on Monday accused Kenya's army of shelling "
                  "border villages.", date="2025-05-05")
    for event in result.events:
        assert "IGOUNO" not in {p.code for p in event.source}


# synthetic: "Iran sent a letter to the U.N. Secretary-General accusing Washington of piracy.", with the parser's
# reading of the participle as a clause on the letter
LETTER_ACCUSING = """
    Iran             Iran             PROPN NNP  nsubj    1   B-GPE
    sent             send             VERB  VBD  ROOT     1   O
    a                a                DET   DT   det      3   O
    letter           letter           NOUN  NN   dobj     1   O
    to               to               ADP   IN   dative   1   O
    the              the              DET   DT   det      9   O
    U.N.             U.N.             PROPN NNP  compound 9   B-ORG
    Secretary        Secretary        PROPN NNP  compound 9   O
    -                -                PUNCT HYPH punct    9   O
    General          General          PROPN NNP  pobj     4   O
    accusing         accuse           VERB  VBG  acl      3   O
    Washington       Washington       PROPN NNP  dobj     10  B-GPE
    of               of               ADP   IN   prep     10  O
    piracy           piracy           NOUN  NN   pobj     12  O
    .                .                PUNCT .    punct    1   O
"""


def test_authored_a_letter_sent_says_its_word_act_for_the_sender(blank_coder):
    # the letter accuses for Iran, which sent it (it was lost: a letter is no doer)
    [accusing] = [e for e in code_tree(blank_coder, LETTER_ACCUSING).events if e.trigger.text == "accusing"]
    assert actors_of(accusing.source) >= {"IRN"} and "USA" in actors_of(accusing.target)


def test_authored_whoever_blocks_a_statement_does_not_say_it(code):
    # must not change: the statement was blocked, so its condemnation is nobody's act (issue_verb in words.tsv)
    result = code("Hungary and Slovakia blocked a joint EU statement condemning Israel's offensive.")
    assert not [e for e in result.events if e.trigger.text == "condemning" and actors_of(e.source) & {"HUN", "SVK"}]


# synthetic: "An attack attributed to Islamic State killed 12 soldiers in Niger." (the parser's reading)
ATTRIBUTED = """
    An           an           DET   DT   det       1   O
    attack       attack       NOUN  NN   nsubj     6   O
    attributed   attribute    VERB  VBN  acl       1   O
    to           to           ADP   IN   prep      2   O
    Islamic      Islamic      PROPN NNP  compound  5   B-ORG
    State        State        PROPN NNP  pobj      3   I-ORG
    killed       kill         VERB  VBD  ROOT      6   O
    12           12           NUM   CD   nummod    8   B-CARDINAL
    soldiers     soldier      NOUN  NNS  dobj      6   O
    in           in           ADP   IN   prep      6   O
    Niger        Niger        PROPN NNP  pobj      9   B-GPE
    .            .            PUNCT .    punct     6   O
"""


def test_authored_an_attack_blamed_on_someone_is_theirs(blank_coder):
    # blamed_participle in words.tsv: the one the attack is attributed to did the killing (the act was lost)
    killed = [e for e in code_tree(blank_coder, ATTRIBUTED).events if e.trigger.text == "killed"]
    assert killed and [p.text for p in killed[0].source] == ["Islamic State"]


# synthetic: "Thailand said the attacks violated the law and demanded that Laos stop." (the parser's reading:
# "demanded" joined to the reported clause, not to "said")
SAID_AND_DEMANDED = """
    Thailand     Thailand     PROPN NNP  nsubj     1   B-GPE
    said         say          VERB  VBD  ROOT      1   O
    the          the          DET   DT   det       3   O
    attacks      attack       NOUN  NNS  nsubj     4   O
    violated     violate      VERB  VBD  ccomp     1   O
    the          the          DET   DT   det       6   O
    law          law          NOUN  NN   dobj      4   O
    and          and          CCONJ CC   cc        4   O
    demanded     demand       VERB  VBD  conj      4   O
    that         that         SCONJ IN   mark      11  O
    Laos         Laos         PROPN NNP  nsubj     11  B-GPE
    stop         stop         VERB  VB   ccomp     8   O
    .            .            PUNCT .    punct     1   O
"""


def test_authored_a_demand_joined_to_a_reported_clause_about_a_thing_is_the_speakers(blank_coder):
    # before: "demanded" took the subject of "violated", the attacks (no actor), and the demand was nobody's
    [demand] = [e for e in code_tree(blank_coder, SAID_AND_DEMANDED).events if e.trigger.text == "demanded"]
    assert actors_of(demand.source) == {"THA"} and actors_of(demand.target) == {"LAO"}


def test_authored_a_conjunct_of_a_reported_clause_with_an_actor_subject_keeps_it(code):
    # must not change: "Thailand said Laos had shelled the border and had demanded ...": Laos demanded (the
    # auxiliary shared with the reported clause says so; without it the tense says the demand is the speaker's)
    result = code("Thailand said Laos had shelled the border and had demanded talks with Cambodia.",
                  date="2025-03-04")
    assert not [e for e in result.events if e.trigger.text.startswith("demanded") and "THA" in actors_of(e.source)]
