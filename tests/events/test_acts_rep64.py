"""One event per act, session 64 (h-rep64): a signing restated on a definite text that names none of its own.

- Two signings by one verb, the later on a definite text naming none of its own ("Greece signed an agreement with
  Israel" / "The deal was signed by ..."), are about the same text whatever target each names: who signed with whom
  is compared with the parties pooled (``same_act.same_sides``), so the later signing's target (a signer's own
  state, as a nominal or the attacher may give it) no longer makes it an act about something else
  (``same_act.other_objects``, ``_signed_again``).
- An organisation of states and an official holding its office, neither owned by a state, are one party of a
  meeting or signing (``same_act.participant``): "The European Union and Ghana signed a partnership" / "The document
  was signed by Kaja Kallas and Ghana's foreign minister".

All sentences are synthetic, written in agency style for these tests; none comes from an evaluation set. The parses
are built by hand: the rules compare the mentions, not how the model parses the sentences."""

from types import SimpleNamespace

from tests.conftest import code_tree, tree

from detente.actors.refs import ActorRef
from detente.events.lexicon import Words
from detente.events.same_act import other_objects, participant

# Greece signed an agreement with Israel. The deal was signed by the government's envoy.
SIGNED_AND_RESTATED = """
    Greece     Greece     PROPN NNP nsubj     1  B-GPE
    signed     sign       VERB  VBD ROOT      1  O
    an         an         DET   DT  det       3  O
    agreement  agreement  NOUN  NN  dobj      1  O
    with       with       ADP   IN  prep      1  O
    Israel     Israel     PROPN NNP pobj      4  B-GPE
    .          .          PUNCT .   punct     1  O
    The        the        DET   DT  det       8  O
    deal       deal       NOUN  NN  nsubjpass 10 O
    was        be         AUX   VBD auxpass   10 O
    signed     sign       VERB  VBN ROOT      10 O
    by         by         ADP   IN  agent     10 O
    the        the        DET   DT  det       13 O
    government government NOUN  NN  poss      15 O
    's         's         PART  POS case      13 O
    envoy      envoy      NOUN  NN  pobj      11 O
    .          .          PUNCT .   punct     10 O
"""

BLOC_SIGNED_AND_RESTATED = """
    The         the         DET   DT  det       2  O
    European    European    PROPN NNP compound  2  B-ORG
    Union       Union       PROPN NNP nsubj     5  I-ORG
    and         and         CCONJ CC  cc        2  O
    Ghana       Ghana       PROPN NNP conj      2  B-GPE
    signed      sign        VERB  VBD ROOT      5  O
    a           a           DET   DT  det       7  O
    partnership partnership NOUN  NN  dobj      5  O
    on          on          ADP   IN  prep      5  O
    Monday      Monday      PROPN NNP pobj      8  B-DATE
    .           .           PUNCT .   punct     5  O
    The         the         DET   DT  det       12 O
    document    document    NOUN  NN  nsubjpass 14 O
    was         be          AUX   VBD auxpass   14 O
    signed      sign        VERB  VBN ROOT      14 O
    by          by          ADP   IN  agent     14 O
    Kaja        Kaja        PROPN NNP compound  17 B-PERSON
    Kallas      Kallas      PROPN NNP pobj      15 I-PERSON
    and         and         CCONJ CC  cc        17 O
    Ghana       Ghana       PROPN NNP poss      22 B-GPE
    's          's          PART  POS case      19 O
    foreign     foreign     ADJ   JJ  amod      22 O
    minister    minister    NOUN  NN  conj      17 O
    .           .           PUNCT .   punct     14 O
"""


def _signings(result):
    return [e for e in result.events if e.cameo == "057"]


def _summary(result):
    return [(e.trigger.text, [p.text for p in e.source], [m.trigger.text for m in e.mentions]) for e in result.events]


GRC = ActorRef("GRC", "Greece", "GRC", "GRC", None, "country")
GRCGOV = ActorRef("GRCGOV", "Greece (government)", "GRCGOV", "GRC", "GOV", "sector")
ISR = ActorRef("ISR", "Israel", "ISR", "ISR", None, "country")
WORDS = Words(definite_det=frozenset({"the"}))


def _signing(doc, head: int, sources=(), targets=()):
    """A judged signing (057) on ``doc``: its verb ``head``, its sides as (token index, actor) pairs."""
    return SimpleNamespace(
        status=SimpleNamespace(cameo="057"),
        candidate=SimpleNamespace(head=doc[head], frame_token=None, sources=tuple((doc[i], ref) for i, ref in sources),
                                  targets=tuple((doc[i], ref) for i, ref in targets), specific=False, sentence=0))


def test_same_act_a_text_signed_again_is_no_other_object_whatever_its_targets(blank_nlp):
    # the restatement's target (one of its own signers' state, as an attacher or a nominal may give it) is not the
    # lead's: the signers are compared pooled (same_sides), the text is the one signed before
    doc = tree(blank_nlp.language.vocab, SIGNED_AND_RESTATED)
    lead = _signing(doc, 1, sources=[(0, GRC)], targets=[(5, ISR)])
    restated = _signing(doc, 10, targets=[(13, GRCGOV)])
    assert not other_objects(lead, restated, {}, WORDS)


def test_acts_rep64_a_signing_restated_by_the_blocs_office_holder_is_one_act(blank_coder):
    result = code_tree(blank_coder, BLOC_SIGNED_AND_RESTATED, date="2026-06-12")
    signings = _signings(result)
    assert len(signings) == 1, _summary(result)


def _ref(key: str, code: str | None, country: str | None, kind: str, sector: str | None = None) -> ActorRef:
    return ActorRef(key=key, name=key, code=code, country=country, sector=sector, kind=kind)


def test_same_act_participant_an_organisation_of_states_and_its_office_holder():
    bloc = _ref("eu", "IGOEUREEC", None, "organisation")
    chief = _ref("kaja-kallas", "IGOEUREEC", None, "person")
    agency = _ref("unhcr", "IGOUNOREF", None, "organisation")
    assert participant(bloc) == participant(chief)
    assert participant(agency) != participant(bloc)  # another organisation, another party
    minister = _ref("theresa-lazaro", "PHLGOV", "PHL", "person", "GOV")
    assert participant(minister) == "state:PHL"  # a state's official: its state, as same_act.party says
