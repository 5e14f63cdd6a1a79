"""Acts of the lead done under an agreement made in the news week, whose "under" phrase the parser hangs deep in the
act's objects (session 66, h-date66), following eval/wire/README.md ("a dated agreement framing the act dates it"):
on a noun of a phrase of the act ("for a clinic ... under an agreement signed on Monday"), on a participle of a noun
inside a "to" infinitive the parser hangs on the object as a relative clause ("40 million dollars to repair roads
in districts hit by floods under an agreement signed on Wednesday"), or naming notes exchanged rather than an
agreement (``under_agreement_below`` in events/date_pacts.py, ``DateRules._under_a_pact_of_the_week``). A relative
clause with a subject of its own is another clause: its "under" phrase dates nothing of the act.

Sentences are synthetic, written in agency style for these tests; the parses are built by hand (the parser's reading
of such sentences) so that the rule, not the model, is under test. Expected values worked out from a calendar."""

from tests.conftest import code_tree

# synthetic: "Qatar will lend Jordan 50 million dollars for a clinic in Irbid under an agreement signed on Monday, the
# ministry said on Tuesday." (publication Tuesday 2026-03-10; the parser hangs "under" on "clinic")
LEND_UNDER_ON_A_NOUN_OF_ITS_PHRASE = """
    Qatar      Qatar      PROPN NNP  nsubj    2   B-GPE
    will       will       AUX   MD   aux      2   O
    lend       lend       VERB  VB   ccomp    21  O
    Jordan     Jordan     PROPN NNP  dative   2   B-GPE
    50         50         NUM   CD   compound 5   B-MONEY
    million    million    NUM   CD   nummod   6   I-MONEY
    dollars    dollar     NOUN  NNS  dobj     2   I-MONEY
    for        for        ADP   IN   prep     2   O
    a          a          DET   DT   det      9   O
    clinic     clinic     NOUN  NN   pobj     7   O
    in         in         ADP   IN   prep     9   O
    Irbid      Irbid      PROPN NNP  pobj     10  B-GPE
    under      under      ADP   IN   prep     9   O
    an         an         DET   DT   det      14  O
    agreement  agreement  NOUN  NN   pobj     12  O
    signed     sign       VERB  VBN  acl      14  O
    on         on         ADP   IN   prep     15  O
    Monday     Monday     PROPN NNP  pobj     16  B-DATE
    ,          ,          PUNCT ,    punct    21  O
    the        the        DET   DT   det      20  O
    ministry   ministry   NOUN  NN   nsubj    21  O
    said       say        VERB  VBD  ROOT     21  O
    on         on         ADP   IN   prep     21  O
    Tuesday    Tuesday    PROPN NNP  pobj     22  B-DATE
    .          .          PUNCT .    punct    21  O
"""

# synthetic: "Norway will give Malawi 40 million dollars to repair roads in districts hit by floods under an agreement
# signed on Wednesday, the embassy said." (publication Thursday 2026-10-22; the parser hangs "to repair" on "dollars"
# as a relative clause and "under" on "hit")
GIVE_UNDER_ON_A_PARTICIPLE_IN_ITS_PURPOSE = """
    Norway     Norway     PROPN NNP  nsubj    2   B-GPE
    will       will       AUX   MD   aux      2   O
    give       give       VERB  VB   ccomp    25  O
    Malawi     Malawi     PROPN NNP  dative   2   B-GPE
    40         40         NUM   CD   compound 5   B-MONEY
    million    million    NUM   CD   nummod   6   I-MONEY
    dollars    dollar     NOUN  NNS  dobj     2   I-MONEY
    to         to         PART  TO   aux      8   O
    repair     repair     VERB  VB   relcl    6   O
    roads      road       NOUN  NNS  dobj     8   O
    in         in         ADP   IN   prep     9   O
    districts  district   NOUN  NNS  pobj     10  O
    hit        hit        VERB  VBN  acl      11  O
    by         by         ADP   IN   agent    12  O
    floods     flood      NOUN  NNS  pobj     13  O
    under      under      ADP   IN   prep     12  O
    an         an         DET   DT   det      17  O
    agreement  agreement  NOUN  NN   pobj     15  O
    signed     sign       VERB  VBN  acl      17  O
    on         on         ADP   IN   prep     18  O
    Wednesday  Wednesday  PROPN NNP  pobj     19  B-DATE
    ,          ,          PUNCT ,    punct    25  O
    the        the        DET   DT   det      24  O
    embassy    embassy    NOUN  NN   nsubj    25  O
    said       say        VERB  VBD  ROOT     25  O
    .          .          PUNCT .    punct    25  O
"""

# synthetic: "Korea will give Nepal a grant to build clinics, under notes exchanged on Tuesday, the embassy said."
# (publication Wednesday 2026-05-13; the parser hangs "under" on "build")
GIVE_UNDER_NOTES_EXCHANGED = """
    Korea      Korea      PROPN NNP  nsubj    2   B-GPE
    will       will       AUX   MD   aux      2   O
    give       give       VERB  VB   ccomp    17  O
    Nepal      Nepal      PROPN NNP  dative   2   B-GPE
    a          a          DET   DT   det      5   O
    grant      grant      NOUN  NN   dobj     2   O
    to         to         PART  TO   aux      7   O
    build      build      VERB  VB   advcl    2   O
    clinics    clinic     NOUN  NNS  dobj     7   O
    ,          ,          PUNCT ,    punct    7   O
    under      under      ADP   IN   prep     7   O
    notes      note       NOUN  NNS  pobj     10  O
    exchanged  exchange   VERB  VBN  acl      11  O
    on         on         ADP   IN   prep     12  O
    Tuesday    Tuesday    PROPN NNP  pobj     13  B-DATE
    ,          ,          PUNCT ,    punct    17  O
    the        the        DET   DT   det      16  O
    embassy    embassy    NOUN  NN   nsubj    17  O
    said       say        VERB  VBD  ROOT     17  O
    .          .          PUNCT .    punct    17  O
"""

# synthetic: "Norway will give Malawi 40 million dollars for farmers who were resettled under an agreement signed on
# Wednesday, the embassy said." (publication Thursday 2026-10-22): the resettling is a clause of its own
GIVE_FOR_PEOPLE_OF_A_CLAUSE_UNDER_IT = """
    Norway     Norway     PROPN NNP  nsubj    2   B-GPE
    will       will       AUX   MD   aux      2   O
    give       give       VERB  VB   ccomp    21  O
    Malawi     Malawi     PROPN NNP  dative   2   B-GPE
    40         40         NUM   CD   compound 5   B-MONEY
    million    million    NUM   CD   nummod   6   I-MONEY
    dollars    dollar     NOUN  NNS  dobj     2   I-MONEY
    for        for        ADP   IN   prep     2   O
    farmers    farmer     NOUN  NNS  pobj     7   O
    who        who        PRON  WP   nsubjpass 11 O
    were       be         AUX   VBD  auxpass  11  O
    resettled  resettle   VERB  VBN  relcl    8   O
    under      under      ADP   IN   prep     11  O
    an         an         DET   DT   det      14  O
    agreement  agreement  NOUN  NN   pobj     12  O
    signed     sign       VERB  VBN  acl      14  O
    on         on         ADP   IN   prep     15  O
    Wednesday  Wednesday  PROPN NNP  pobj     16  B-DATE
    ,          ,          PUNCT ,    punct    21  O
    the        the        DET   DT   det      20  O
    embassy    embassy    NOUN  NN   nsubj    21  O
    said       say        VERB  VBD  ROOT     21  O
    .          .          PUNCT .    punct    21  O
"""


def _value(result, verb: str):
    [event] = [e for e in result.events if e.trigger.text.split()[0] == verb]
    return event.date.value if event.date is not None else None


def test_dates66_under_phrase_hung_on_a_noun_of_the_acts_phrase_dates_the_act(blank_coder):
    result = code_tree(blank_coder, LEND_UNDER_ON_A_NOUN_OF_ITS_PHRASE, date="2026-03-10")
    assert _value(result, "lend") == "2026-03-09", result.events


def test_dates66_under_phrase_in_a_purpose_hung_on_the_object_dates_the_act(blank_coder):
    result = code_tree(blank_coder, GIVE_UNDER_ON_A_PARTICIPLE_IN_ITS_PURPOSE, date="2026-10-22")
    assert _value(result, "give") == "2026-10-21", result.events


def test_dates66_under_notes_exchanged_dates_the_act(blank_coder):
    result = code_tree(blank_coder, GIVE_UNDER_NOTES_EXCHANGED, date="2026-05-13")
    assert _value(result, "give") == "2026-05-12", result.events


def test_dates66_under_phrase_of_a_relative_clause_with_its_own_subject_dates_nothing(blank_coder):
    result = code_tree(blank_coder, GIVE_FOR_PEOPLE_OF_A_CLAUSE_UNDER_IT, date="2026-10-22")
    assert _value(result, "give") is None, result.events


# synthetic: "Ruto accepted an invitation to visit Seoul next year, and the two ministers will meet in May."
# (publication Wednesday 2026-04-15): the sentence names two times, the trip's and the meeting's
_INVITATION = """
    Ruto       Ruto       PROPN NNP  nsubj    1   B-PERSON
    accepted   accept     VERB  VBD  ROOT     1   O
    an         an         DET   DT   det      3   O
    invitation invitation NOUN  NN   dobj     1   O
    to         to         PART  TO   aux      5   O
    visit      visit      VERB  VB   acl      3   O
    Seoul      Seoul      PROPN NNP  dobj     5   B-GPE
{when}    ,          ,          PUNCT ,    punct    1   O
    and        and        CCONJ CC   cc       1   O
    the        the        DET   DT   det      {ministers}  O
    two        two        NUM   CD   nummod   {ministers}  B-CARDINAL
    ministers  minister   NOUN  NNS  nsubj    {meet}  O
    will       will       AUX   MD   aux      {meet}  O
    meet       meet       VERB  VB   conj     1   O
    in         in         ADP   IN   prep     {meet}  O
    May        May        PROPN NNP  pobj     {in_}  B-DATE
    .          .          PUNCT .    punct    1   O
"""
_NEXT_YEAR = """    next       next       ADJ   JJ   amod     8   B-DATE
    year       year       NOUN  NN   npadvmod 5   I-DATE
"""


def _invitation(when: bool) -> str:
    shift = 2 if when else 0
    return _INVITATION.format(when=_NEXT_YEAR if when else "", ministers=11 + shift, meet=13 + shift,
                              in_=14 + shift)


def test_dates66_accepted_invitation_takes_the_time_of_its_trip_beside_another_date(blank_coder):
    result = code_tree(blank_coder, _invitation(True), date="2026-04-15")
    assert _value(result, "accepted") == "2027", result.events
    # control: a trip with no time of its own leaves the accepting undated; the meeting's May is not its date
    other = code_tree(blank_coder, _invitation(False), date="2026-04-15")
    assert _value(other, "accepted") is None, other.events
