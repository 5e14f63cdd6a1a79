"""Acts done under a dated agreement whose "under" phrase the parser hangs away from the act (session 61, h-date61),
following eval/wire/README.md ("a dated agreement framing the act dates it"; acts an agreement sets out, "Under its
terms, ...", take the agreement's date): a closing "under an agreement signed on <day>" of a lead hung on the
reporting verb after the act's clause, or on a participle describing the object of the act's clause, dates the act
by that day (``under_agreement_below`` in events/date_pacts.py); "Under its terms" in a later sentence names the
agreement the lead tells made (``_part_of_an_agreement``, words.tsv ``accord_part_noun``).

Sentences are synthetic, written in agency style for these tests; the parses are built by hand (the parser's reading
of each sentence, as the model reads such sentences) so that the rule, not the model, is under test. Expected values
worked out by hand from a calendar."""

from tests.conftest import code_tree

# synthetic: "Russia will lend Iran 500 million euros, under an agreement the two governments signed on Wednesday, the
# ministry said." (publication Thursday 2026-02-19; the parser hangs "under" on "said")
LEND_UNDER_ON_THE_SAYING = """
    Russia     Russia     PROPN NNP  nsubj    2   B-GPE
    will       will       AUX   MD   aux      2   O
    lend       lend       VERB  VB   ccomp    20  O
    Iran       Iran       PROPN NNP  dative   2   B-GPE
    500        500        NUM   CD   compound 5   B-MONEY
    million    million    NUM   CD   nummod   6   I-MONEY
    euros      euro       NOUN  NNS  dobj     2   I-MONEY
    ,          ,          PUNCT ,    punct    2   O
    under      under      ADP   IN   prep     20  O
    an         an         DET   DT   det      10  O
    agreement  agreement  NOUN  NN   pobj     8   O
    the        the        DET   DT   det      13  O
    two        two        NUM   CD   nummod   13  B-CARDINAL
    governments government NOUN NNS  nsubj    14  O
    signed     sign       VERB  VBD  relcl    10  O
    on         on         ADP   IN   prep     14  O
    Wednesday  Wednesday  PROPN NNP  pobj     15  B-DATE
    ,          ,          PUNCT ,    punct    20  O
    the        the        DET   DT   det      19  O
    ministry   ministry   NOUN  NN   nsubj    20  O
    said       say        VERB  VBD  ROOT     20  O
    .          .          PUNCT .    punct    20  O
"""

# synthetic: "Australia will train Fijian crews to stop boats bound for Australian waters under an agreement signed on
# Tuesday, the minister said." (publication Wednesday 2026-09-16; the parser hangs "under" on "bound")
TRAIN_UNDER_ON_THE_OBJECTS_PARTICIPLE = """
    Australia  Australia  PROPN NNP  nsubj    2   B-GPE
    will       will       AUX   MD   aux      2   O
    train      train      VERB  VB   ccomp    21  O
    Fijian     Fijian     ADJ   JJ   amod     4   B-NORP
    crews      crew       NOUN  NNS  dobj     2   O
    to         to         PART  TO   aux      6   O
    stop       stop       VERB  VB   xcomp    2   O
    boats      boat       NOUN  NNS  dobj     6   O
    bound      bind       VERB  VBN  acl      7   O
    for        for        ADP   IN   prep     8   O
    Australian Australian ADJ   JJ   amod     11  B-NORP
    waters     water      NOUN  NNS  pobj     9   O
    under      under      ADP   IN   prep     8   O
    an         an         DET   DT   det      14  O
    agreement  agreement  NOUN  NN   pobj     12  O
    signed     sign       VERB  VBN  acl      14  O
    on         on         ADP   IN   prep     15  O
    Tuesday    Tuesday    PROPN NNP  pobj     16  B-DATE
    ,          ,          PUNCT ,    punct    21  O
    the        the        DET   DT   det      20  O
    minister   minister   NOUN  NN   nsubj    21  O
    said       say        VERB  VBD  ROOT     21  O
    .          .          PUNCT .    punct    21  O
"""

# synthetic: "Chile and Peru signed an agreement on Tuesday. Under its terms, Chile will train Peruvian guards."
# (publication Wednesday 2026-04-22)
_SIGNED = """
    Chile      Chile      PROPN NNP  nsubj    3   B-GPE
    and        and        CCONJ CC   cc       0   O
    Peru       Peru       PROPN NNP  conj     0   B-GPE
    signed     sign       VERB  VBD  ROOT     3   O
    an         an         DET   DT   det      5   O
    agreement  agreement  NOUN  NN   dobj     3   O
    on         on         ADP   IN   prep     3   O
    Tuesday    Tuesday    PROPN NNP  pobj     6   B-DATE
    .          .          PUNCT .    punct    3   O
"""
_UNDER = """
    Under      under      ADP   IN   prep     15  O
    {owner}    {owner}    PRON  PRP$ poss     11  O
    terms      term       NOUN  NNS  pobj     9   O
    ,          ,          PUNCT ,    punct    15  O
    Chile      Chile      PROPN NNP  nsubj    15  B-GPE
    will       will       AUX   MD   aux      15  O
    train      train      VERB  VB   ROOT     15  O
    Peruvian   Peruvian   ADJ   JJ   amod     17  B-NORP
    guards     guard      NOUN  NNS  dobj     15  O
    .          .          PUNCT .    punct    15  O
"""


def _value(result, verb: str):
    [event] = [e for e in result.events if e.trigger.text.split()[0] == verb]
    return event.date.value if event.date is not None else None


def test_dates61_under_phrase_hung_on_the_saying_after_the_acts_clause_dates_the_act(blank_coder):
    result = code_tree(blank_coder, LEND_UNDER_ON_THE_SAYING, date="2026-02-19")
    assert _value(result, "lend") == "2026-02-18", result.events


def test_dates61_under_phrase_hung_on_a_participle_of_the_object_dates_the_act(blank_coder):
    result = code_tree(blank_coder, TRAIN_UNDER_ON_THE_OBJECTS_PARTICIPLE, date="2026-09-16")
    assert _value(result, "train") == "2026-09-15", result.events


def test_dates61_under_its_terms_takes_the_day_of_the_agreement_the_lead_tells_made(blank_coder):
    result = code_tree(blank_coder, _SIGNED + _UNDER.format(owner="its"), date="2026-04-22")
    assert _value(result, "train") == "2026-04-21", result.events
    # control: "their terms" names no agreement ("its" stands for one named before; "their" for the parties)
    other = code_tree(blank_coder, _SIGNED + _UNDER.format(owner="their"), date="2026-04-22")
    assert _value(other, "train") is None, other.events
