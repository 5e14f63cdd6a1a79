"""Reactions aimed at the doer of the act they react to (issue 11, h-react43): a reaction's relative clause on a noun
that sums up the act told before it in its sentence (``referents.summed_up_doers``, ``referents.summing_noun``), and a
demand that an earlier act be undone (``referents.DEMAND_ROOT``).

All texts here are synthetic, written in agency style for these tests; none comes from a development set or from a
real article."""

from tests.conftest import actors_of, code_tree


def _reaction(result, word):
    [event] = [e for e in result.events if e.trigger.text == word]
    return event


def _countries(event):
    return {p.country for p in event.target if p.actor}


def test_react43_charges_a_state_rejected_answer_the_accuser(code):
    # ", charges Kabul has rejected": a relative clause the parser may read as a clause of its own; the accused's own
    # act told in the accusation is not what the rejection answers
    result = code("ISLAMABAD, May 2 (Reuters) - Pakistan accused Afghanistan on Saturday of arming militants in the "
                  "tribal districts, charges Kabul has long rejected.", date="2026-05-02")
    assert _countries(_reaction(result, "rejected")) == {"PAK"}


def test_react43_a_policy_no_act_is_coded_for_takes_the_clause_subject(code):
    # "told police to turn back migrants" codes no act: the policy is the subject's, Austria's
    result = code("VIENNA, June 3 (dpa) - Austria told its police on Wednesday to turn back migrants without papers "
                  "at the Slovenian border, a policy that Slovenia criticised.", date="2026-06-03")
    assert _countries(_reaction(result, "criticised")) == {"AUT"}


def test_react43_a_resolution_a_state_rejected_is_the_bodys(code):
    result = code("WASHINGTON, April 16 (AFP) - The Organization of American States on Thursday called on Venezuela "
                  "to release political prisoners, in a resolution that Caracas rejected as meddling.",
                  date="2026-04-16")
    event = _reaction(result, "rejected")
    assert event.target and all(p.country is None for p in event.target if p.actor)
    assert "VEN" not in _countries(event)


def test_react43_no_target_from_a_summed_act_of_the_reactions_own_party(code):
    # the measure is Austria's own: its ministry's praise is aimed at no one it names
    result = code("VIENNA, June 3 (dpa) - Austria closed two crossings on its border on Wednesday, a measure that "
                  "the Austrian interior ministry praised.", date="2026-06-03")
    assert "AUT" not in _countries(_reaction(result, "praised"))


def test_react43_a_demand_that_an_act_be_undone_is_made_of_its_doer(code):
    # told in the same sentence, no answer to an act of the paragraph before: the sentences' doer is Iran's court
    result = code("TEHRAN, March 5 (AP) - A court in Iran on Thursday sentenced two Dutch citizens to death on "
                  "espionage charges, and the Netherlands demanded that the sentences be overturned, officials said.",
                  date="2026-03-05")
    [demand] = [e for e in result.events if e.trigger.text.startswith("demanded")]
    assert actors_of(demand.source) & {"NLD"} or {p.country for p in demand.source} == {"NLD"}
    assert _countries(demand) == {"IRN"}


def test_react43_a_demand_about_the_demanders_own_partys_act_takes_no_target_from_it(code):
    result = code("TEHRAN, March 5 (AP) - A court in Iran on Thursday sentenced two Dutch citizens to death on "
                  "espionage charges.\n\nIran's parliament demanded that the sentences be carried out quickly.",
                  date="2026-03-05")
    [demand] = [e for e in result.events if e.trigger.text.startswith("demanded")]
    assert "IRN" not in _countries(demand)


# paragraphs that code no act: they put the rejection beyond the reach of the answers told just before it
QUIET = ("\n\nThe border region grows maize and tobacco. Rains came late this year. Traders say prices have risen. "
         "Many lorries wait for days at the crossing. The road was repaved in 2019. Schools reopened in January. "
         "Fuel has been scarce in the north. Local markets were quiet on Tuesday.\n\n")


def test_react43_a_rejected_communique_is_its_authors_named_with_it_before(code):
    result = code("LUSAKA, Oct 6 (Xinhua) - The Southern African Development Community urged Malawi to reopen its "
                  "border with Zambia, the bloc said in a communique on Monday." + QUIET + "Malawi's foreign minister "
                  "rejected the communique, saying the border was closed to stop smuggling.", date="2026-10-06")
    event = _reaction(result, "rejected")
    assert event.target and all(p.country is None for p in event.target if p.actor)
    assert "MWI" not in _countries(event)


def test_react43_a_resolution_told_with_an_appeal_is_the_appealing_bodys(code):
    # "in a resolution" hangs on the appeal: its subject passed the resolution a third state criticises paragraphs later
    result = code("JEDDAH, Feb 9 (AFP) - The Organisation of Islamic Cooperation called on Myanmar on Monday to let "
                  "Rohingya refugees return home, in a resolution passed at a meeting of foreign ministers." + QUIET
                  + "China criticised the resolution as one-sided.", date="2026-02-09")
    event = _reaction(result, "criticised")
    assert event.target and all(p.country is None for p in event.target if p.actor)


def test_react43_a_document_of_the_judges_own_party_names_no_target(code):
    result = code("LILONGWE, Oct 6 (Xinhua) - Malawi's foreign ministry said on Monday in a written statement that "
                  "the border with Zambia would stay closed." + QUIET
                  + "Malawi's opposition leader rejected the statement as reckless.", date="2026-10-06")
    event = _reaction(result, "rejected")
    assert "MWI" not in _countries(event)


def test_react43_claims_by_named_accusers_are_theirs_though_indefinite(code):
    result = code("ATHENS, July 8 (Reuters) - Greece's coast guard on Wednesday denied claims by Turkish officials "
                  "that its boats had pushed migrants back into Turkish waters.", date="2026-07-08")
    [denial] = [e for e in result.events if e.trigger.text.startswith("denied")]
    assert _countries(denial) == {"TUR"}


def test_react43_a_relative_clause_on_an_indefinite_object_names_no_doer_of_it(blank_coder):
    # "a plan that the EU described as ...": who described the plan, not whose plan it is (a "by" phrase would be);
    # the parse built by hand, the parser's reading of the clause not being the point
    result = code_tree(blank_coder, """
        Spain      Spain      PROPN  NNP  nsubj   1  B-GPE
        offered    offer      VERB   VBD  ROOT    1  O
        a          a          DET    DT   det     3  O
        plan       plan       NOUN   NN   dobj    1  O
        that       that       PRON   WDT  dobj    7  O
        the        the        DET    DT   det     6  O
        EU         EU         PROPN  NNP  nsubj   7  B-ORG
        described  describe   VERB   VBD  relcl   3  O
        as         as         ADP    IN   prep    7  O
        a          a          DET    DT   det     10 O
        basis      basis      NOUN   NN   pobj    8  O
        .          .          PUNCT  .    punct   1  O
    """)
    [offer] = [e for e in result.events if e.trigger.text.startswith("offered")]
    assert not any(p.actor for p in offer.target)


def test_react43_a_consignment_names_the_delivery_before_it(code):
    # nominalisations.tsv: "consignment" names an act told with "deliver", "ship" or "send"
    result = code("HANOI, March 9 (Reuters) - Vietnam on Monday delivered a shipment of rice to Cuba, the foreign "
                  "ministry said.\n\nThe United States criticised the consignment.", date="2026-03-09")
    assert _countries(_reaction(result, "criticised")) == {"VNM"}
