"""Subjects of one verb that the parser split: "X and Y met" parsed as two ``nsubj`` of "met", the first
carrying the "and" and no conjunct (events/participants.py ``_split_subjects``). Both are doers.

Sentences are synthetic, written in agency style for these tests; the parses are built by hand to hold
the parser's error in question."""

from tests.conftest import actors_of, code_tree, events_of

# synthetic: "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese met in
# Jakarta on Monday.", with Albanese a second nsubj of "met" instead of a conjunct of Subianto
SPLIT = """
    Indonesian  indonesian ADJ   JJ   amod     1  B-NORP
    President   President  PROPN NNP  compound 3  O
    Prabowo     Prabowo    PROPN NNP  compound 3  B-PERSON
    Subianto    Subianto   PROPN NNP  nsubj    10 I-PERSON
    and         and        CCONJ CC   cc       3  O
    Australian  australian ADJ   JJ   amod     7  B-NORP
    Prime       Prime      PROPN NNP  compound 7  O
    Minister    Minister   PROPN NNP  compound 9  O
    Anthony     Anthony    PROPN NNP  compound 9  B-PERSON
    Albanese    Albanese   PROPN NNP  nsubj    10 I-PERSON
    met         meet       VERB  VBD  ROOT     10 O
    in          in         ADP   IN   prep     10 O
    Jakarta     Jakarta    PROPN NNP  pobj     11 B-GPE
    on          on         ADP   IN   prep     10 O
    Monday      Monday     PROPN NNP  pobj     13 B-DATE
    .           .          PUNCT .    punct    10 O
"""


def test_split_subjects_both_subjects_of_a_split_coordination_are_doers(blank_coder):
    result = code_tree(blank_coder, SPLIT, date="2025-11-04")
    [meeting] = events_of(result, "CONSULT")
    assert {"prabowo-subianto", "anthony-albanese"} <= actors_of([*meeting.source, *meeting.target])
    assert {"IDN", "AUS"} <= {p.country for p in (*meeting.source, *meeting.target)}


def test_split_subjects_a_subject_without_and_keeps_the_parse(blank_coder):
    # the same tree without the "and": two subjects the parser gave for another reason are not joined
    table = "\n".join(line for line in SPLIT.splitlines() if " cc " not in line)
    table = "\n".join(_shift_heads(table.splitlines(), removed=4))
    result = code_tree(blank_coder, table, date="2025-11-04")
    [meeting] = events_of(result, "CONSULT")
    assert "anthony-albanese" not in actors_of(meeting.source)


def test_split_subjects_a_real_conjunct_is_not_counted_twice(blank_coder):
    # the parser's right tree ("Albanese" a conj of "Subianto"): one doer each, no duplicate
    split = "Albanese    Albanese   PROPN NNP  nsubj    10"
    table = SPLIT.replace(split, "Albanese    Albanese   PROPN NNP  conj     3 ")
    result = code_tree(blank_coder, table, date="2025-11-04")
    [meeting] = events_of(result, "CONSULT")
    people = [p.actor for p in (*meeting.source, *meeting.target) if p.actor]
    assert sorted(people) == ["anthony-albanese", "prabowo-subianto"]


def _shift_heads(lines: list[str], removed: int) -> list[str]:
    """The table's lines with the head indexes after a removed token moved down by one."""
    out = []
    for line in lines:
        cols = line.split()
        if len(cols) == 7:
            head = int(cols[5])
            cols[5] = str(head - 1 if head > removed else head)
            line = "  ".join(cols)
        out.append(line)
    return out


# synthetic: "Kenyan President William Ruto is expected to visit Mogadishu next month."
RAISED = """
    Kenyan       Kenyan       PROPN NNP  amod      1   B-NORP
    President    President    PROPN NNP  compound  3   O
    William      William      PROPN NNP  compound  3   B-PERSON
    Ruto         Ruto         PROPN NNP  nsubjpass 5   I-PERSON
    is           be           AUX   VBZ  auxpass   5   O
    expected     expect       VERB  VBN  ROOT      5   O
    to           to           PART  TO   aux       7   O
    visit        visit        VERB  VB   xcomp     5   O
    Mogadishu    Mogadishu    PROPN NNP  dobj      7   B-GPE
    next         next         ADJ   JJ   amod      10  B-DATE
    month        month        NOUN  NN   npadvmod  7   I-DATE
    .            .            PUNCT .    punct     5   O
"""


def test_split_subjects_a_raising_passive_names_who_does_its_complement(blank_coder):
    # "is expected to visit": the president visits (raising_verb in words.tsv); the side was empty
    [visit] = code_tree(blank_coder, RAISED, date="2026-05-04").events
    assert "visit" in visit.trigger.text and [p.text for p in visit.source] == ["Kenyan President William Ruto"]
    assert "SOM" in {p.country for p in visit.target}


# synthetic: "Kenya was angered by the raid and summoned the Ugandan envoy."
PASSIVE_THEN_ACTIVE = """
    Kenya        Kenya        PROPN NNP  nsubjpass 2   B-GPE
    was          be           AUX   VBD  auxpass   2   O
    angered      anger        VERB  VBN  ROOT      2   O
    by           by           ADP   IN   agent     2   O
    the          the          DET   DT   det       5   O
    raid         raid         NOUN  NN   pobj      3   O
    and          and          CCONJ CC   cc        2   O
    summoned     summon       VERB  VBD  conj      2   O
    the          the          DET   DT   det       10  O
    Ugandan      Ugandan      ADJ   JJ   amod      10  B-NORP
    envoy        envoy        NOUN  NN   dobj      7   O
    .            .            PUNCT .    punct     2   O
"""


def test_split_subjects_an_active_conjunct_of_a_passive_shares_its_subject_not_its_agent(blank_coder):
    # Kenya summons; "the raid" (the passive's agent) did not (it made the act side-less and lost)
    events = code_tree(blank_coder, PASSIVE_THEN_ACTIVE).events
    [summoned] = [e for e in events if e.trigger.text.startswith("summoned")]
    assert actors_of(summoned.source) >= {"KEN"}
